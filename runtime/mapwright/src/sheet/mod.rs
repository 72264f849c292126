//! The analysts' spreadsheet: `mapwright sheet export` writes a workbook with the transforms'
//! fields (target, source, rule, option set) and every option set's codes and labels;
//! `mapwright sheet import` applies the labels edited in it back into the YAML, in place.
//!
//! The YAML stays the source of truth: the workbook is a view, and import changes only the text
//! of the labels whose cell differs (see `mapping_dsl::labels`).

mod export;
mod import;

use std::path::{Path, PathBuf};

use mapping_dsl::Checked;
use mapping_dsl::spec::options::OptionSetFile;
use mapping_dsl::spec::{self, SpecFile};

use crate::specs::{self, SpecsError};

pub use export::{ExportError, Exported, export};
pub use import::{CellProblem, ImportReport, LabelChange, SheetError, import};

/// The sheet of the transforms' fields.
pub const FIELDS: &str = "Fields";
/// The sheet of the option sets' labels: the one `import` reads.
pub const OPTIONS: &str = "Options";
/// The `Options` columns before the languages, and the last one.
pub const DEPLOYMENT: &str = "deployment";
pub const OPTION_SET: &str = "option set";
pub const CODE: &str = "code";
pub const FILE: &str = "file";

/// One deployment as the sheet sees it: checked, with its option set files parsed again (the
/// checker keeps no spans of labels) and where each file lives.
pub struct Deployment {
    pub name: String,
    pub checked: Checked,
    pub option_sets: Vec<OptionSetSource>,
}

/// One option set file: its display name (`thailand/option-sets/gender.yaml`), path and text,
/// and the parsed set with the span of every label.
pub struct OptionSetSource {
    pub display: String,
    pub path: PathBuf,
    pub text: String,
    pub set: Box<OptionSetFile>,
}

/// Every deployment under `dir` (the mappings root, or one deployment folder).
pub fn load(dir: &Path) -> Result<Vec<Deployment>, SpecsError> {
    let mut out = Vec::new();
    for (name, path) in specs::deployments(dir)? {
        let checked = specs::load_deployment(&name, &path)?;
        let prefix = format!("{name}/");
        let mut option_sets = Vec::new();
        for (id, f) in checked.sources.files() {
            if spec::kind_of(&f.text) != Some("option_set") {
                continue;
            }
            let Ok(SpecFile::OptionSet(set)) = spec::parse_file(id, &f.text) else {
                continue; // the checker reports it
            };
            let rel = f.name.strip_prefix(&prefix).unwrap_or(&f.name);
            option_sets.push(OptionSetSource {
                display: f.name.clone(),
                path: path.join(rel),
                text: f.text.to_string(),
                set,
            });
        }
        option_sets.sort_by(|a, b| a.set.option_set.value.cmp(&b.set.option_set.value));
        out.push(Deployment {
            name,
            checked,
            option_sets,
        });
    }
    Ok(out)
}

/// The label languages of the option sets, `en` and `th` first, then the others by name.
pub fn languages(all: &[Deployment]) -> Vec<String> {
    let mut langs: Vec<String> = vec!["en".into(), "th".into()];
    let mut more = std::collections::BTreeSet::new();
    for d in all {
        for s in &d.option_sets {
            for o in &s.set.options.value {
                for (l, _) in &o.value.labels {
                    if !langs.contains(l) {
                        more.insert(l.clone());
                    }
                }
            }
        }
    }
    langs.extend(more);
    langs
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
pub fn column_name(col: u32) -> String {
    let mut n = col + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_names() {
        assert_eq!(super::column_name(0), "A");
        assert_eq!(super::column_name(4), "E");
        assert_eq!(super::column_name(25), "Z");
        assert_eq!(super::column_name(26), "AA");
        assert_eq!(super::column_name(27), "AB");
    }
}
