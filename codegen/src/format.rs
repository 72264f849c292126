//! Laying out generated files: prettyplease turns tokens into text, then the toolchain's
//! `rustfmt` formats it, so that generated code also satisfies `cargo fmt --check`.
//! prettyplease alone is deterministic but lays some constructs out differently from rustfmt,
//! so a missing or failing rustfmt is an error (the freshness check would otherwise report
//! every file stale).
//!
//! A single file goes through `rustfmt` on stdin ([`format_file`]). A whole tree
//! ([`rustfmt_tree`]) goes through one `rustfmt` process: started once per file, rustfmt's
//! start-up was most of `cargo gen`'s time once the stdlib's ~50 examples were compiled.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use proc_macro2::TokenStream;

use crate::{CodegenError, GeneratedFile};

fn header(from: &str) -> String {
    format!("// @generated from {from} by `cargo gen`: do not edit.\n\n")
}

/// Formats tokens as a Rust file with the generated-code header.
pub fn format_file(tokens: TokenStream, from: &str) -> Result<String, CodegenError> {
    rustfmt(unformatted(tokens, from, "")?)
}

/// The file's text before rustfmt: the header, prettyplease's layout of `tokens`, then `tail`
/// (code written as text rather than tokens: the option-set tables, laid out one row a line).
pub(crate) fn unformatted(
    tokens: TokenStream,
    from: &str,
    tail: &str,
) -> Result<String, CodegenError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| CodegenError::Syntax {
        file: from.to_owned(),
        message: e.to_string(),
    })?;
    let mut text = format!("{}{}", header(from), prettyplease::unparse(&file));
    text.push_str(tail);
    Ok(text)
}

fn fail(why: String) -> CodegenError {
    CodegenError::Rustfmt(why)
}

fn rustfmt_command() -> Command {
    let mut c = Command::new("rustfmt");
    c.args(["--edition", "2024", "--quiet"]);
    c
}

fn check(out: &Output) -> Result<(), CodegenError> {
    if out.status.success() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    Err(fail(format!(
        "`rustfmt` failed ({}): {}",
        out.status,
        err.lines().take(5).collect::<Vec<_>>().join(" / ")
    )))
}

/// One text through `rustfmt` on stdin.
pub(crate) fn rustfmt(code: String) -> Result<String, CodegenError> {
    use std::io::Write;
    let mut child = rustfmt_command()
        .args(["--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(format!("cannot start `rustfmt` ({e})")))?;
    // Write from another thread: a large file could fill the stdout pipe while we still write.
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| fail("no pipe to `rustfmt`".into()))?;
    let writer = std::thread::spawn(move || stdin.write_all(code.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| fail(format!("`rustfmt` did not finish ({e})")))?;
    let wrote = writer.join().map(|r| r.is_ok()).unwrap_or(false);
    check(&out)?;
    if !wrote || out.stdout.is_empty() {
        return Err(fail("`rustfmt` wrote nothing".into()));
    }
    String::from_utf8(out.stdout).map_err(|_| fail("`rustfmt` wrote text that is not UTF-8".into()))
}

/// A folder of its own under the system's temporary directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Scratch, CodegenError> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir =
            std::env::temp_dir().join(format!("mapwright-gen-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&dir).map_err(|e| {
            fail(format!(
                "cannot make a folder for it at {} ({e})",
                dir.display()
            ))
        })?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Formats every `.rs` file of a generated tree in place, with one `rustfmt` process: the
/// files are written at their paths under a scratch folder (so `mod` declarations find their
/// files, as in `generated/src/`), formatted there, and read back. The result is what
/// [`format_file`] gives file by file.
pub(crate) fn rustfmt_tree(files: &mut [GeneratedFile]) -> Result<(), CodegenError> {
    let scratch = Scratch::new()?;
    let io = |what: &str, p: &Path, e: std::io::Error| {
        fail(format!("cannot {what} {} ({e})", p.display()))
    };
    let mut children = std::collections::BTreeSet::new();
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        let p = scratch.0.join(&f.path);
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io("make", dir, e))?;
        }
        std::fs::write(&p, &f.contents).map_err(|e| io("write", &p, e))?;
        children.extend(child_modules(&f.path, &f.contents));
    }
    // rustfmt formats the files of a file's `mod` declarations too: given only the roots, it
    // formats each file once (given every file, it formatted most of them several times).
    let roots: Vec<&str> = files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| p.ends_with(".rs") && !children.contains(*p))
        .collect();
    if roots.is_empty() {
        return Ok(());
    }
    let out = rustfmt_command()
        .args(&roots)
        .current_dir(&scratch.0)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| fail(format!("cannot start `rustfmt` ({e})")))?;
    check(&out)?;
    for f in files.iter_mut().filter(|f| f.path.ends_with(".rs")) {
        let p = scratch.0.join(&f.path);
        f.contents = std::fs::read_to_string(&p).map_err(|e| io("read back", &p, e))?;
    }
    Ok(())
}

/// The paths (relative, `/`-separated) of the files that the out-of-line `mod` declarations of
/// the file at `path` name: `mod x;` in `a/lib.rs` or `a/mod.rs` is `a/x.rs` or `a/x/mod.rs`,
/// in `a/b.rs` it is `a/b/x.rs` or `a/b/x/mod.rs`.
fn child_modules(path: &str, text: &str) -> Vec<String> {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let stem = file.trim_end_matches(".rs");
    let base = match (dir, stem) {
        (d, "lib" | "mod" | "main") => d.to_owned(),
        ("", s) => s.to_owned(),
        (d, s) => format!("{d}/{s}"),
    };
    let join = |tail: String| {
        if base.is_empty() {
            tail
        } else {
            format!("{base}/{tail}")
        }
    };
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            let name = l.strip_prefix("mod ")?.strip_suffix(';')?.trim();
            let name = name.strip_prefix("r#").unwrap_or(name);
            Some([join(format!("{name}.rs")), join(format!("{name}/mod.rs"))])
        })
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    fn file(path: &str, tokens: TokenStream) -> GeneratedFile {
        GeneratedFile {
            path: path.to_owned(),
            contents: unformatted(tokens, "test", "").expect("parses"),
        }
    }

    #[test]
    fn a_tree_formatted_at_once_is_each_file_formatted_alone() {
        let lib = quote!(
            pub mod a;
            pub fn f(x: i64) -> i64 {
                if x > 0 {
                    x * 2
                } else {
                    let y = x - 1;
                    y * y * y * y * y * y * y * y * y * y * y * y * y
                }
            }
        );
        let a = quote!(
            pub mod b;
            pub struct S {
                pub a: ::std::option::Option<::std::borrow::Cow<'static, str>>,
                pub b: ::std::vec::Vec<::std::option::Option<i64>>,
            }
        );
        let b = quote!(
            pub const X: &[(&str, &str)] = &[
                ("a", "b"),
                ("c", "d"),
                ("eeeeeeeeeeeeeeeeeeee", "ffffffffffffffffffffffffffff"),
                ("g", "h"),
            ];
        );
        let mut tree = vec![
            file("lib.rs", lib.clone()),
            file("a/mod.rs", a.clone()),
            file("a/b.rs", b.clone()),
        ];
        rustfmt_tree(&mut tree).expect("rustfmt runs");
        for (f, tokens) in tree.iter().zip([lib, a, b]) {
            assert_eq!(
                f.contents,
                format_file(tokens, "test").expect("formats"),
                "{}",
                f.path
            );
        }
        // rustfmt changed something (prettyplease's layout is not rustfmt's everywhere).
        assert!(tree[0].contents.contains("pub fn f(x: i64) -> i64 {\n"));
    }

    #[test]
    fn child_modules_are_found_where_rustc_looks_for_them() {
        let text = "pub mod options;\n#[cfg(x)]\npub mod r#type;\nmod inline { }\n";
        assert_eq!(
            child_modules("lib.rs", text),
            ["options.rs", "options/mod.rs", "type.rs", "type/mod.rs"]
        );
        assert_eq!(
            child_modules("thailand/mod.rs", "pub mod options;\n"),
            ["thailand/options.rs", "thailand/options/mod.rs"]
        );
        assert_eq!(
            child_modules("a/b.rs", "mod c;\n"),
            ["a/b/c.rs", "a/b/c/mod.rs"]
        );
        assert!(child_modules("a/b.rs", "fn f() {}\n").is_empty());
    }

    #[test]
    fn a_file_rustfmt_rejects_is_an_error_naming_rustfmt() {
        let mut tree = vec![GeneratedFile {
            path: "lib.rs".to_owned(),
            contents: "fn f( {".to_owned(),
        }];
        let e = rustfmt_tree(&mut tree).expect_err("does not parse");
        assert!(e.to_string().contains("`rustfmt` failed"), "{e}");
    }
}
