//! No generated function is longer than 500 lines (issue 11): a large transform is emitted as
//! several functions (record fields and `each` elements in runs, lets, drift, input checks in
//! runs of fields) and a large option set or value map as sorted tables. Reads the checked-in
//! `generated/src/` (which `fresh.rs` checks is what `cargo gen` makes).

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 500;

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("readable generated/src")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `(name, lines)` of every function (free, in an impl or a trait, in inline modules), from
/// the `fn` keyword to the closing brace of its body.
fn fn_lengths(source: &str) -> Vec<(String, usize)> {
    fn len(sig: &syn::Signature, block: &syn::Block) -> usize {
        let start = sig.fn_token.span.start().line;
        let end = block.brace_token.span.close().end().line;
        end + 1 - start
    }
    fn walk(items: &[syn::Item], out: &mut Vec<(String, usize)>) {
        for item in items {
            match item {
                syn::Item::Fn(f) => out.push((f.sig.ident.to_string(), len(&f.sig, &f.block))),
                syn::Item::Impl(i) => {
                    for ii in &i.items {
                        if let syn::ImplItem::Fn(f) = ii {
                            out.push((f.sig.ident.to_string(), len(&f.sig, &f.block)));
                        }
                    }
                }
                syn::Item::Trait(t) => {
                    for ti in &t.items {
                        if let syn::TraitItem::Fn(f) = ti
                            && let Some(b) = &f.default
                        {
                            out.push((f.sig.ident.to_string(), len(&f.sig, b)));
                        }
                    }
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        walk(items, out);
                    }
                }
                _ => {}
            }
        }
    }
    let file = syn::parse_file(source).expect("generated code parses");
    let mut out = Vec::new();
    walk(&file.items, &mut out);
    out
}

#[test]
fn the_measure_sees_a_long_function() {
    let body = "    let _x = 1;\n".repeat(MAX_LINES + 10);
    let src = format!("fn short() {{}}\n\nimpl S {{\n    fn long() {{\n{body}    }}\n}}\n");
    let lens = fn_lengths(&src);
    assert_eq!(lens[0], ("short".to_owned(), 1));
    assert_eq!(lens[1], ("long".to_owned(), MAX_LINES + 12));
}

#[test]
fn no_generated_function_is_longer_than_500_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/src");
    let mut files = Vec::new();
    rs_files(&src, &mut files);
    assert!(files.len() > 5, "generated/src has the transforms");
    let mut long = Vec::new();
    let mut longest = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable");
        for (name, lines) in fn_lengths(&text) {
            longest = longest.max(lines);
            if lines > MAX_LINES {
                long.push(format!("{}: fn {name} has {lines} lines", f.display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "generated functions over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
    // The measure found real functions (the transforms' are hundreds of lines).
    assert!(longest > 100, "longest generated function: {longest} lines");
}
