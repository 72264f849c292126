//! Reading the `Options` sheet back: every label cell that differs from the YAML becomes an edit
//! of that label's text, in place. Nothing is written unless the whole sheet is understood: every
//! problem is reported with its sheet, row and column, and the files stay as they were.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use mapping_dsl::drift::{Edit, EditError, apply_edits};
use mapping_dsl::labels::{LabelEditError, label_edit};
use mapping_dsl::spec::options::is_language;
use mapping_dsl::spec::{self, SpecFile};

use super::{CODE, DEPLOYMENT, Deployment, FILE, OPTION_SET, OPTIONS, column_name};

#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("cannot read the workbook {path}: {source}")]
    Read {
        path: String,
        source: calamine::XlsxError,
    },
    #[error(
        "the workbook has no sheet `{OPTIONS}` (its sheets: {found}); was it renamed? `sheet import` reads the labels from the sheet named `{OPTIONS}`"
    )]
    MissingSheet { found: String },
    #[error("{} problem(s) in the workbook; no file was changed:\n{}", .0.len(), list(.0))]
    Cells(Vec<CellError>),
    #[error("{path}: {source}")]
    Edit { path: String, source: EditError },
    #[error(
        "{file}: after the edit the labels read back differently ({detail}); no file was changed"
    )]
    RoundTrip { file: String, detail: String },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn list(errors: &[CellError]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One problem at one cell: `sheet `Options`, row 7, column E (th): …`.
#[derive(Debug, Clone, PartialEq)]
pub struct CellError {
    pub sheet: String,
    /// 1-based, as the spreadsheet shows it.
    pub row: u32,
    /// 0-based column; shown as a letter with the column's header.
    pub col: u32,
    pub header: String,
    pub problem: CellProblem,
}

impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "sheet `{}`, row {}, column {}",
            self.sheet,
            self.row,
            column_name(self.col)
        )?;
        if !self.header.is_empty() {
            write!(f, " ({})", self.header)?;
        }
        write!(f, ": {}", self.problem)
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CellProblem {
    #[error(
        "unknown column `{0}`: the columns are deployment, option set, code, one per language (en, th, …) and file"
    )]
    UnknownColumn(String),
    #[error("the column `{0}` is missing from the header row")]
    MissingColumn(&'static str),
    #[error("no deployment is named `{0}` under the mappings folder")]
    UnknownDeployment(String),
    #[error("deployment `{deployment}` has no option set named `{set}`{hint}")]
    UnknownOptionSet {
        deployment: String,
        set: String,
        hint: String,
    },
    #[error(
        "option set `{set}` has no code `{code}` (codes are added in the YAML, not in the sheet)"
    )]
    UnknownCode { set: String, code: String },
    #[error("option set `{set}`: the code `{code}` is listed again (first on row {first})")]
    DuplicateCode {
        set: String,
        code: String,
        first: u32,
    },
    #[error(
        "a label must be text, and this cell holds {0}; format the cell as text and type the label again"
    )]
    NotText(String),
    #[error("{0}")]
    Label(LabelEditError),
}

/// A label changed by the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelChange {
    /// `thailand/option-sets/gender.yaml`.
    pub file: String,
    pub line: usize,
    pub set: String,
    pub code: String,
    pub lang: String,
    pub old: String,
    pub new: String,
}

/// What the import did.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub changes: Vec<LabelChange>,
    pub files_written: usize,
}

/// The header of the `Options` sheet: where each column is.
struct Columns {
    deployment: u32,
    set: u32,
    code: u32,
    langs: Vec<(u32, String)>,
}

/// Reads `book` and applies its edited labels to the option set files of `all`.
pub fn import(all: &[Deployment], book: &Path) -> Result<ImportReport, SheetError> {
    let mut wb: Xlsx<_> = calamine::open_workbook(book).map_err(|source| SheetError::Read {
        path: book.display().to_string(),
        source,
    })?;
    let names = wb.sheet_names();
    if !names.iter().any(|n| n == OPTIONS) {
        return Err(SheetError::MissingSheet {
            found: names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let range = wb
        .worksheet_range(OPTIONS)
        .map_err(|source| SheetError::Read {
            path: book.display().to_string(),
            source,
        })?;
    let (edits, changes) = edits_from(all, &range)?;
    let files_written = write(all, &edits)?;
    Ok(ImportReport {
        changes,
        files_written,
    })
}

type Edits = BTreeMap<String, Vec<(Edit, (String, String, String))>>;

/// The edits the sheet asks for, by file display name (with the option, language and new text
/// each one is for), or every problem found.
fn edits_from(
    all: &[Deployment],
    range: &calamine::Range<Data>,
) -> Result<(Edits, Vec<LabelChange>), SheetError> {
    let mut errors = Vec::new();
    let Some((r0, c0)) = range.start() else {
        return Ok((Edits::new(), Vec::new()));
    };
    let (r1, c1) = range.end().unwrap_or((r0, c0));
    let cell = |r: u32, c: u32| range.get_value((r, c)).unwrap_or(&Data::Empty);
    let err = |row: u32, col: u32, header: &str, problem| CellError {
        sheet: OPTIONS.into(),
        row: row + 1,
        col,
        header: header.to_string(),
        problem,
    };
    // The header row: the first row of the sheet.
    let mut cols = Columns {
        deployment: u32::MAX,
        set: u32::MAX,
        code: u32::MAX,
        langs: Vec::new(),
    };
    for c in c0..=c1 {
        let name = text_of(cell(r0, c)).unwrap_or_default();
        match name.trim() {
            DEPLOYMENT => cols.deployment = c,
            OPTION_SET => cols.set = c,
            CODE => cols.code = c,
            FILE | "" => {}
            l if is_language(l) => cols.langs.push((c, l.to_string())),
            other => errors.push(err(r0, c, "", CellProblem::UnknownColumn(other.into()))),
        }
    }
    for (c, name) in [
        (cols.deployment, DEPLOYMENT),
        (cols.set, OPTION_SET),
        (cols.code, CODE),
    ] {
        if c == u32::MAX {
            errors.push(err(r0, c1 + 1, "", CellProblem::MissingColumn(name)));
        }
    }
    if !errors.is_empty() {
        return Err(SheetError::Cells(errors));
    }
    let deployments: HashMap<&str, &Deployment> =
        all.iter().map(|d| (d.name.as_str(), d)).collect();
    let mut seen: HashMap<(String, String, String), u32> = HashMap::new();
    let mut edits = Edits::new();
    let mut changes = Vec::new();
    for r in r0 + 1..=r1 {
        let key = |c: u32| text_of(cell(r, c)).unwrap_or_default().trim().to_string();
        let (dep_name, set_name, code) = (key(cols.deployment), key(cols.set), key(cols.code));
        if dep_name.is_empty() && set_name.is_empty() && code.is_empty() {
            continue;
        }
        let Some(dep) = deployments.get(dep_name.as_str()) else {
            let p = CellProblem::UnknownDeployment(dep_name);
            errors.push(err(r, cols.deployment, DEPLOYMENT, p));
            continue;
        };
        let Some(src) = dep
            .option_sets
            .iter()
            .find(|s| s.set.option_set.value == set_name)
        else {
            let names = dep
                .option_sets
                .iter()
                .map(|s| s.set.option_set.value.as_str());
            let hint = mapping_dsl::yaml::did_you_mean(&set_name, names)
                .map(|h| format!("; {h}"))
                .unwrap_or_default();
            let p = CellProblem::UnknownOptionSet {
                deployment: dep_name,
                set: set_name,
                hint,
            };
            errors.push(err(r, cols.set, OPTION_SET, p));
            continue;
        };
        let Some(decl) = src
            .set
            .options
            .value
            .iter()
            .find(|o| o.value.code.as_ref().is_some_and(|c| c.0 == code))
        else {
            let p = CellProblem::UnknownCode {
                set: set_name,
                code,
            };
            errors.push(err(r, cols.code, CODE, p));
            continue;
        };
        let k = (dep_name.clone(), set_name.clone(), code.clone());
        if let Some(first) = seen.get(&k) {
            let p = CellProblem::DuplicateCode {
                set: set_name,
                code,
                first: *first,
            };
            errors.push(err(r, cols.code, CODE, p));
            continue;
        }
        seen.insert(k, r + 1);
        for (c, lang) in &cols.langs {
            let new = match cell(r, *c) {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                other => {
                    let p = CellProblem::NotText(describe(other));
                    errors.push(err(r, *c, lang, p));
                    continue;
                }
            };
            match label_edit(&src.display, &src.text, decl, lang, &new) {
                Ok(None) => {}
                Ok(Some(e)) => {
                    let old = decl
                        .value
                        .labels
                        .iter()
                        .find(|(l, _)| l == lang)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    let file = mapping_dsl::source::SourceFile::new("", src.text.as_str());
                    changes.push(LabelChange {
                        file: src.display.clone(),
                        line: file.line_col(e.start as u32).0,
                        set: set_name.clone(),
                        code: code.clone(),
                        lang: lang.clone(),
                        old,
                        new: new.clone(),
                    });
                    edits
                        .entry(src.display.clone())
                        .or_default()
                        .push((e, (code.clone(), lang.clone(), new)));
                }
                Err(e) => errors.push(err(r, *c, lang, CellProblem::Label(e))),
            }
        }
    }
    if errors.is_empty() {
        Ok((edits, changes))
    } else {
        Err(SheetError::Cells(errors))
    }
}

/// Applies the edits file by file. Every new text is parsed again and its labels compared with
/// the intended ones before any file is written.
fn write(all: &[Deployment], edits: &Edits) -> Result<usize, SheetError> {
    let mut out = Vec::new();
    for (display, mine) in edits {
        let Some(src) = all
            .iter()
            .flat_map(|d| &d.option_sets)
            .find(|s| &s.display == display)
        else {
            continue;
        };
        let refs: Vec<&Edit> = mine.iter().map(|(e, _)| e).collect();
        let new = apply_edits(&src.text, &refs).map_err(|source| SheetError::Edit {
            path: display.clone(),
            source,
        })?;
        verify(src, &new, mine)?;
        out.push((src.path.clone(), new));
    }
    for (path, text) in &out {
        std::fs::write(path, text).map_err(|source| SheetError::Write {
            path: path.clone(),
            source,
        })?;
    }
    Ok(out.len())
}

/// The new text parses, and its labels are the old ones with exactly the intended changes.
fn verify(
    src: &super::OptionSetSource,
    new: &str,
    mine: &[(Edit, (String, String, String))],
) -> Result<(), SheetError> {
    let fail = |detail: String| SheetError::RoundTrip {
        file: src.display.clone(),
        detail,
    };
    let after = match spec::parse_file(mapping_dsl::source::FileId::default(), new) {
        Ok(SpecFile::OptionSet(s)) => s,
        Ok(_) => return Err(fail("it is no longer an option set".into())),
        Err(d) => return Err(fail(d.message)),
    };
    let before = &src.set.options.value;
    if before.len() != after.options.value.len() {
        return Err(fail("the number of options changed".into()));
    }
    for (b, a) in before.iter().zip(&after.options.value) {
        let code = b
            .value
            .code
            .as_ref()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let mut want = b.value.labels.clone();
        for (_, (c, lang, text)) in mine.iter().filter(|(_, (c, _, _))| *c == code) {
            let _ = c;
            match want.iter_mut().find(|(l, _)| l == lang) {
                Some(w) => w.1 = text.clone(),
                None => want.push((lang.clone(), text.clone())),
            }
        }
        if a.value.labels != want {
            return Err(fail(format!(
                "code `{code}`: expected {want:?}, read {:?}",
                a.value.labels
            )));
        }
    }
    Ok(())
}

/// The text of a key cell: a code typed as a number reads as that number's text.
fn text_of(d: &Data) -> Option<String> {
    match d {
        Data::String(s) => Some(s.clone()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => Some(format!("{}", *f as i64)),
        Data::Float(f) => Some(f.to_string()),
        Data::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn describe(d: &Data) -> String {
    match d {
        Data::Int(i) => format!("the number {i}"),
        Data::Float(f) => format!("the number {f}"),
        Data::Bool(b) => format!("the boolean {}", if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(_) | Data::DateTimeIso(_) => "a date".into(),
        Data::DurationIso(_) => "a duration".into(),
        Data::Error(e) => format!("the error {e}"),
        Data::String(_) | Data::Empty => "text".into(),
    }
}
