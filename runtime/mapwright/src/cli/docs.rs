//! `mapwright docs`: one readable table per transform (Markdown or HTML) from the checked specs.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::docs;
use crate::specs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
}

#[derive(Debug, clap::Args)]
pub struct DocsArgs {
    /// The mappings root, or one deployment folder.
    #[arg(long, value_name = "PATH", default_value = "mappings")]
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: Format,
    /// The folder to write one file per transform into (created if missing).
    #[arg(short = 'o', long = "output")]
    pub output: PathBuf,
}

pub fn run(args: DocsArgs) -> ExitCode {
    let checked = match specs::load_mappings(&args.dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        eprintln!("error: cannot create {}: {e}", args.output.display());
        return ExitCode::from(2);
    }
    let mut failed = false;
    let mut written = 0;
    for c in &checked {
        let Some(dep) = &c.deployment else {
            eprintln!("error: the specs have errors; run `mapwright check` first");
            failed = true;
            continue;
        };
        for d in docs::build(dep, &c.sources) {
            let (text, ext) = match args.format {
                Format::Md => (docs::render_markdown(&d), "md"),
                Format::Html => (docs::render_html(&d), "html"),
            };
            let path = args.output.join(format!("{}.{ext}", d.name));
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::from(2);
            }
            written += 1;
        }
    }
    eprintln!("wrote {written} document(s) to {}", args.output.display());
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
