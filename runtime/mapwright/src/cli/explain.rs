//! `mapwright explain CODE`: the page of one diagnostic code (what it means, a broken example,
//! the error it gives, the fix), or the list of codes. The pages live in
//! `mapping-dsl/src/diag/explain/`, shared with the docs and checked by its tests.

use std::process::ExitCode;

use mapping_dsl::diag::explain;

/// Explain a diagnostic code: what it means, a broken example, the error it gives, and the fix.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  mapwright explain\n  mapwright explain E401\n  mapwright explain base"
)]
pub struct ExplainArgs {
    /// The code, as `check` prints it (`E401`, `W604`); `base` shows the deployment the
    /// examples are laid over. Without one, every code is listed.
    pub code: Option<String>,
}

pub fn run(args: ExplainArgs) -> ExitCode {
    let text = match args.code.as_deref() {
        None => explain::index(),
        Some(c) if c.eq_ignore_ascii_case("base") => explain::BASE.to_owned(),
        Some(c) => match explain::lookup(c).and_then(explain::page) {
            Some(p) => format!("{p}\n"),
            None => {
                eprintln!("error: `{c}` is not a diagnostic code; `mapwright explain` lists them");
                return ExitCode::from(2);
            }
        },
    };
    print!("{text}");
    ExitCode::SUCCESS
}
