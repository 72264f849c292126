use std::process::ExitCode;

fn main() -> ExitCode {
    mapwright::cli::main()
}
