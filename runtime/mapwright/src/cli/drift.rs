//! `mapwright drift`: compare the mappings with what Primero and Child Shield say now, and
//! propose the edits (`--write` applies them).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::workflows::ConfigArg;
use crate::drift::{self, Inputs};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One line per finding at its YAML file and line, with the proposed edit.
    Human,
    /// One JSON document (stable field names).
    Json,
}

/// Compare the mappings with Primero's forms and lookups and with Child Shield's questionnaires:
/// option codes added or removed, labels changed (per language), fields renamed or removed,
/// question texts changed (with the nearest new text) or no longer sent.
///
/// Exit status: 0 no drift, 1 drift found (also after --write), 2 usage, I/O or endpoint error.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  mapwright drift --deployment thailand --primero-lookups lookups.json --primero-forms forms.json\n  mapwright drift --questionnaires person.json --format json\n  mapwright drift --live --national-id 1111111111113 --write"
)]
pub struct DriftArgs {
    /// The mappings root (every deployment under it) or one deployment folder.
    #[arg(long, value_name = "PATH", default_value = "mappings")]
    pub dir: PathBuf,
    /// Only this deployment (a folder under --dir).
    #[arg(long, value_name = "NAME")]
    pub deployment: Option<String>,
    /// Primero's forms export (GET /api/v2/forms).
    #[arg(long, value_name = "FILE")]
    pub primero_forms: Option<PathBuf>,
    /// Primero's lookups export (GET /api/v2/lookups).
    #[arg(long, value_name = "FILE")]
    pub primero_lookups: Option<PathBuf>,
    /// Primero's locations export (GET /api/v2/locations).
    #[arg(long, value_name = "FILE")]
    pub primero_locations: Option<PathBuf>,
    /// HIS person responses or Child Shield intervention documents (JSON), any number.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub questionnaires: Vec<PathBuf>,
    /// Read Primero's forms, lookups and locations from the configured endpoint (and, with
    /// --national-id, that person's questionnaires from HIS).
    #[arg(long)]
    pub live: bool,
    /// With --live: the national id whose questionnaires HIS is asked for.
    #[arg(long, value_name = "CID", requires = "live")]
    pub national_id: Option<String>,
    #[command(flatten)]
    pub config: ConfigArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Apply the proposed label and question-text edits to the YAML (comments and layout kept).
    #[arg(long)]
    pub write: bool,
}

pub fn run(a: DriftArgs) -> ExitCode {
    match check(&a) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn check(a: &DriftArgs) -> Result<ExitCode, drift::DriftRunError> {
    let mut inputs = Inputs::read(
        a.primero_forms.as_deref(),
        a.primero_lookups.as_deref(),
        a.primero_locations.as_deref(),
        &a.questionnaires,
    )?;
    if a.live {
        let config = crate::settings::load(a.config.config.as_deref())
            .map(|(config, _serve)| config)
            .map_err(|e| drift::DriftRunError::Live(e.to_string()))?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| drift::DriftRunError::Live(e.to_string()))?;
        rt.block_on(async {
            drift::live::primero_exports(&config, &mut inputs).await?;
            if let Some(cid) = &a.national_id {
                drift::live::his_person(&config, cid, &mut inputs).await?;
            }
            Ok::<_, drift::DriftRunError>(())
        })?;
    }
    let all = drift::check(&a.dir, a.deployment.as_deref(), &inputs)?;
    let written = if a.write {
        let mut n = 0;
        for d in &all {
            n += drift::write_edits(d)?;
        }
        Some(n)
    } else {
        None
    };
    let mut out = std::io::stdout().lock();
    let ok = match a.format {
        Format::Human => out.write_all(drift::human(&all, written).as_bytes()),
        Format::Json => serde_json::to_writer_pretty(&mut out, &drift::json(&all, written))
            .map_err(std::io::Error::other)
            .and_then(|()| out.write_all(b"\n")),
    };
    if ok.is_err() {
        return Ok(ExitCode::from(2));
    }
    Ok(if drift::has_drift(&all) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
