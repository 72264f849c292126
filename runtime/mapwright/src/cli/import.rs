//! `mapwright schema …` and `mapwright options …`: importers for Primero exports. The work is
//! done by `mapping_dsl::import` (pure); this module reads and writes files and prints findings.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mapping_dsl::import::{self, FormsOptions, Imported, LookupsInput};

#[derive(Debug, clap::Subcommand)]
pub enum SchemaCommand {
    /// Field types from a Primero /api/v2/forms export.
    ImportPrimeroForms {
        /// The forms export (`{"data": [...]}` or a list of form sections).
        forms: PathBuf,
        /// The record type whose top-level forms are read.
        #[arg(long, default_value = "case")]
        record_type: String,
        /// The schema name written (default: primero_<record type>).
        #[arg(long)]
        name: Option<String>,
        /// Only the fields this transform file writes (a target schema), plus `--extras`.
        #[arg(long)]
        written_by: Option<PathBuf>,
        /// A schema file of declared extras: fields the export lacks, each with its reason,
        /// copied after the imported fields (with `--written-by`).
        #[arg(long, requires = "written_by")]
        extras: Option<PathBuf>,
        /// The deployment's option-sets folder: a select whose set is not there is read as
        /// text (with `--written-by`).
        #[arg(long, requires = "written_by")]
        option_sets: Option<PathBuf>,
        /// The schema file to write.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
    /// A JSON Schema per spec file kind (schema, option_set, value_map, transform, workflow),
    /// for editors: the YAML language server reads the `# yaml-language-server: $schema=…`
    /// modeline of each spec file.
    Json {
        /// The folder to write `<kind>.schema.json` into.
        #[arg(short = 'o', long = "output", default_value = "mappings/json-schema")]
        output: PathBuf,
        /// Write nothing; exit 1 naming the files that are missing or differ.
        #[arg(long)]
        check: bool,
    },
}

#[derive(Debug, clap::Subcommand)]
pub enum OptionsCommand {
    /// Option sets (en/th labels) from a Primero /api/v2/lookups export.
    ImportPrimeroLookups {
        /// The lookups export.
        lookups: PathBuf,
        /// A forms export: adds one option set per field with inline options.
        #[arg(long)]
        forms: Option<PathBuf>,
        /// A locations export: adds the `locations` set (code -> full path).
        #[arg(long)]
        locations: Option<PathBuf>,
        /// Label languages to write.
        #[arg(long, value_delimiter = ',', default_value = "en,th")]
        langs: Vec<String>,
        /// The folder to write one file per option set into (created if missing).
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

pub fn run_schema(c: SchemaCommand) -> ExitCode {
    if let SchemaCommand::Json { output, check } = &c {
        return super::json_schema::run(output, *check);
    }
    let SchemaCommand::ImportPrimeroForms {
        forms,
        record_type,
        name,
        written_by,
        extras,
        option_sets,
        output,
    } = c
    else {
        return ExitCode::from(2); // `Json` is handled above
    };
    let text = match read(&forms) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let schema_name = name.unwrap_or_else(|| format!("primero_{record_type}"));
    let narrow = match written_by {
        None => None,
        Some(t) => match narrow(&t, extras.as_deref(), option_sets.as_deref()) {
            Ok(n) => Some(n),
            Err(code) => return code,
        },
    };
    let opts = FormsOptions {
        record_type,
        schema_name,
        narrow,
    };
    let imported = match import::import_primero_forms(&text, &opts) {
        Ok(i) => i,
        Err(e) => return fail(&format!("{}: {e}", forms.display())),
    };
    let Some(file) = imported.files.first() else {
        return fail("the importer produced no schema");
    };
    if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return fail(&format!("cannot create {}: {e}", dir.display()));
    }
    if let Err(e) = std::fs::write(&output, &file.yaml) {
        return fail(&format!("cannot write {}: {e}", output.display()));
    }
    report(&imported);
    eprintln!("wrote {}", output.display());
    ExitCode::SUCCESS
}

pub fn run_options(c: OptionsCommand) -> ExitCode {
    let OptionsCommand::ImportPrimeroLookups {
        lookups,
        forms,
        locations,
        langs,
        output,
    } = c;
    let lookups_text = match read(&lookups) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let forms_text = match forms.as_deref().map(read).transpose() {
        Ok(t) => t,
        Err(code) => return code,
    };
    let loc_text = match locations.as_deref().map(read).transpose() {
        Ok(t) => t,
        Err(code) => return code,
    };
    let mut input = LookupsInput::new(&lookups_text);
    input.forms_json = forms_text.as_deref();
    input.locations_json = loc_text.as_deref();
    input.langs = langs;
    let imported = match import::import_primero_lookups(&input) {
        Ok(i) => i,
        Err(e) => return fail(&e.to_string()),
    };
    if let Err(e) = std::fs::create_dir_all(&output) {
        return fail(&format!("cannot create {}: {e}", output.display()));
    }
    for f in &imported.files {
        let path = output.join(&f.file_name);
        if let Err(e) = std::fs::write(&path, &f.yaml) {
            return fail(&format!("cannot write {}: {e}", path.display()));
        }
    }
    report(&imported);
    eprintln!(
        "wrote {} option sets to {}",
        imported.files.len(),
        output.display()
    );
    ExitCode::SUCCESS
}

/// `--written-by`, `--extras` and `--option-sets` as the importer takes them.
fn narrow(
    transform: &Path,
    extras: Option<&Path>,
    option_sets: Option<&Path>,
) -> Result<import::Narrow, ExitCode> {
    let only = import::fields_written_by(&read(transform)?)
        .map_err(|e| fail(&format!("{}: {e}", transform.display())))?;
    let extras = match extras {
        None => None,
        Some(p) => Some(
            import::Extras::parse(&file_name(p), &read(p)?)
                .map_err(|e| fail(&format!("{}: {e}", p.display())))?,
        ),
    };
    let known_sets = match option_sets {
        None => None,
        Some(dir) => {
            let entries = std::fs::read_dir(dir)
                .map_err(|e| fail(&format!("cannot read {}: {e}", dir.display())))?;
            let names = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
            Some(names)
        }
    };
    Ok(import::Narrow {
        written_by: file_name(transform),
        only,
        known_sets,
        extras,
    })
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read(path: &Path) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| fail(&format!("cannot read {}: {e}", path.display())))
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

/// Findings go to stderr, one line each; they never fail the import.
fn report(imported: &Imported) {
    for f in &imported.findings {
        eprintln!("finding [{:?}]: {}", f.kind, f.message);
    }
    if !imported.findings.is_empty() {
        eprintln!(
            "{} finding(s); they are also marked FINDING in the YAML where they concern one line",
            imported.findings.len()
        );
    }
}
