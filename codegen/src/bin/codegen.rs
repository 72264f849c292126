//! `cargo gen [--check]`: regenerate `generated/src/` from `mappings/`, and the function table
//! of `docs/spec-language.md` from the stdlib's signatures.
//!
//! With `--check`, nothing is written: exit 1 and name the stale files when the checked-in code
//! or the table differs from what the specs and signatures produce (CI runs this). Exit 2 on
//! spec errors or I/O errors.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut check = false;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut mappings = root.join("mappings");
    let mut out = root.join("generated").join("src");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--check" => check = true,
            "--mappings" => mappings = args.next().map(PathBuf::from).unwrap_or(mappings),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            "-h" | "--help" => {
                println!("usage: cargo gen [--check] [--mappings DIR] [--out DIR]");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("error: unknown argument `{other}` (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    let generation = match codegen::fsio::generate_from(&mappings) {
        Ok(g) => g,
        Err(e) => {
            eprint!("{e}");
            if !e.to_string().ends_with('\n') {
                eprintln!();
            }
            return ExitCode::from(2);
        }
    };
    let result = if check {
        codegen::fsio::stale_files(&out, &generation)
    } else {
        codegen::fsio::write(&out, &generation)
    };
    let result = result.map_err(|e| e.to_string()).and_then(|files| {
        let mut changed: Vec<String> = files
            .into_iter()
            .map(|f| format!("generated/src/{f}"))
            .collect();
        let doc = root.join(codegen::docs::DOC);
        match codegen::docs::refresh(&doc, !check) {
            Ok(true) => changed.push(codegen::docs::DOC.to_owned()),
            Ok(false) => {}
            Err(e) => return Err(format!("{}: {e}", codegen::docs::DOC)),
        }
        Ok(changed)
    });
    match result {
        Ok(stale) if check && !stale.is_empty() => {
            eprintln!("generated code is stale; run `cargo gen`:");
            for s in stale {
                eprintln!("  {s}");
            }
            ExitCode::from(1)
        }
        Ok(changed) => {
            if !check {
                eprintln!(
                    "cargo gen: {} files, {} changed",
                    generation.files.len(),
                    changed.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
