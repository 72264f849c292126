//! Logging for every command: where log lines go (stderr), in which format (`--log-format
//! text|json`), with colour only on a terminal and never under `NO_COLOR`, and how a closed
//! stdout ends a command (quietly, as `head` expects).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// The log line format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line: `timestamp`, `level`, `target`, `fields` (with `message` and
    /// the event's named fields such as `workflow`, `run`, `step`), and the enclosing `spans`.
    Json,
}

/// The logging options every command takes.
#[derive(Debug, Clone, clap::Args)]
pub struct LogArgs {
    /// Log line format on stderr: `text` for people, `json` for a log collector.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = LogFormat::Text,
        env = "MAPWRIGHT_LOG_FORMAT"
    )]
    pub log_format: LogFormat,
}

/// Whether log lines may carry ANSI colour: only on a terminal, and `NO_COLOR` (any non-empty
/// value, <https://no-color.org>) turns it off.
pub fn colour(is_terminal: bool, no_color: Option<&str>) -> bool {
    is_terminal && no_color.is_none_or(str::is_empty)
}

/// Installs the log subscriber. `RUST_LOG` filters (e.g. `RUST_LOG=debug`); without it, a
/// long-running command (`serve`, `demo`, `fakes`) logs at `info` and the others at `warn`.
pub fn init(args: &LogArgs, default_level: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_level));
    let no_color = std::env::var("NO_COLOR").ok();
    let ansi = colour(std::io::stderr().is_terminal(), no_color.as_deref());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match args.log_format {
        LogFormat::Text => builder.with_ansi(ansi).try_init(),
        LogFormat::Json => builder
            .json()
            .with_ansi(false)
            .with_current_span(false)
            .with_span_list(true)
            .try_init(),
    };
}

/// Restores the default action of SIGPIPE for commands that print to stdout, so that
/// `mapwright show 1 | head` ends quietly (status 141, as `cat` does) instead of panicking in
/// `println!`. Not for `serve`: a server must survive a client that hangs up.
pub fn quiet_on_closed_stdout() {
    #[cfg(unix)]
    // SAFETY: called once at start, before any thread exists; SIG_DFL is a valid disposition.
    #[allow(unsafe_code)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(test)]
mod tests {
    use super::colour;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(colour(true, None));
        assert!(colour(true, Some("")));
        assert!(!colour(true, Some("1")));
        assert!(!colour(false, None));
    }
}
