//! A folder with a real Primero metadata export, served instead of the synthetic one
//! (`mapwright fakes --metadata DIR`): the forms, lookups and locations as `GET /api/v2/...`
//! returns them (`{"data": [...]}` or a bare list).
//!
//! Files are found by name: `forms.json` or `api_v2_forms.json` (likewise `lookups`,
//! `locations`), else the one `.json` file whose name contains the word. Forms are required;
//! missing lookups or locations fall back to the synthetic ones.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::data::metadata::export_items;

/// Could not read a metadata folder.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a Primero export (expected {{\"data\": [...]}} or a list)")]
    Shape { path: PathBuf },
    #[error("{dir}: no forms export (forms.json or api_v2_forms.json)")]
    NoForms { dir: PathBuf },
    #[error("{dir}: several files could be the {word} export ({found}); name one {word}.json")]
    Ambiguous {
        dir: PathBuf,
        word: &'static str,
        found: String,
    },
}

/// Metadata read from a folder; `None` where the folder has no such export.
#[derive(Debug, Clone, Default)]
pub struct Export {
    pub forms: Vec<Value>,
    pub lookups: Option<Vec<Value>>,
    pub locations: Option<Vec<Value>>,
}

impl Export {
    pub fn load_dir(dir: &Path) -> Result<Export, ExportError> {
        let io = |source| ExportError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        let read = |word: &'static str| -> Result<Option<Vec<Value>>, ExportError> {
            let Some(path) = find(dir, &names, word)? else {
                return Ok(None);
            };
            let text = std::fs::read_to_string(&path).map_err(|source| ExportError::Io {
                path: path.clone(),
                source,
            })?;
            export_items(&text)
                .map(Some)
                .ok_or(ExportError::Shape { path })
        };
        Ok(Export {
            forms: read("forms")?.ok_or_else(|| ExportError::NoForms {
                dir: dir.to_path_buf(),
            })?,
            lookups: read("lookups")?,
            locations: read("locations")?,
        })
    }
}

fn find(dir: &Path, names: &[String], word: &'static str) -> Result<Option<PathBuf>, ExportError> {
    for exact in [format!("{word}.json"), format!("api_v2_{word}.json")] {
        if names.contains(&exact) {
            return Ok(Some(dir.join(exact)));
        }
    }
    let found: Vec<&String> = names.iter().filter(|n| n.contains(word)).collect();
    match found.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(dir.join(one))),
        many => Err(ExportError::Ambiguous {
            dir: dir.to_path_buf(),
            word,
            found: many
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}
