//! Writing the workbook: `Fields` (one row per output field of every transform) and `Options`
//! (one row per option: deployment, option set, code, a column per language, file and line).

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::{CODE, DEPLOYMENT, Deployment, FIELDS, FILE, OPTION_SET, OPTIONS, languages};
use crate::docs;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the deployment `{0}` has errors; run `mapwright check` and fix them first")]
    NotChecked(String),
    #[error("cannot write the workbook {path}: {source}")]
    Write { path: String, source: XlsxError },
    #[error("cannot write the sheet `{sheet}`: {source}")]
    Sheet {
        sheet: &'static str,
        source: XlsxError,
    },
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub fields: usize,
    pub options: usize,
}

const FIELD_COLUMNS: [(&str, f64); 8] = [
    ("deployment", 12.0),
    ("transform", 26.0),
    ("target field", 36.0),
    ("source", 48.0),
    ("rule", 16.0),
    ("option set", 24.0),
    ("notes", 30.0),
    ("at", 40.0),
];

/// Writes the workbook of every deployment to `path`.
pub fn export(all: &[Deployment], path: &Path) -> Result<Exported, ExportError> {
    let write_err = |source| ExportError::Write {
        path: path.display().to_string(),
        source,
    };
    let mut book = Workbook::new();
    let header = Format::new().set_bold();
    // Text cells stay text when an analyst types a number or a date into them.
    let text = Format::new().set_num_format("@");
    let fields = fields_sheet(all, book.add_worksheet(), &header, &text)?;
    let options = options_sheet(all, book.add_worksheet(), &header, &text)?;
    book.save(path).map_err(write_err)?;
    Ok(Exported { fields, options })
}

fn fields_sheet(
    all: &[Deployment],
    ws: &mut Worksheet,
    header: &Format,
    text: &Format,
) -> Result<usize, ExportError> {
    let xl = |source| ExportError::Sheet {
        sheet: FIELDS,
        source,
    };
    start(ws, FIELDS, &FIELD_COLUMNS, header).map_err(xl)?;
    let mut row = 1u32;
    for d in all {
        let Some(dep) = &d.checked.deployment else {
            return Err(ExportError::NotChecked(d.name.clone()));
        };
        for t in docs::build(dep, &d.checked.sources) {
            for r in &t.rows {
                let cells = [
                    d.name.as_str(),
                    t.name.as_str(),
                    r.target.as_str(),
                    r.source.as_str(),
                    r.rule.as_str(),
                    r.set.as_deref().unwrap_or(""),
                    &r.notes.join("; "),
                    r.at.as_str(),
                ];
                for (c, v) in cells.iter().enumerate() {
                    ws.write_string_with_format(row, c as u16, *v, text)
                        .map_err(xl)?;
                }
                row += 1;
            }
        }
    }
    finish(ws, row, FIELD_COLUMNS.len(), 0).map_err(xl)?;
    Ok(row as usize - 1)
}

fn options_sheet(
    all: &[Deployment],
    ws: &mut Worksheet,
    header: &Format,
    text: &Format,
) -> Result<usize, ExportError> {
    let xl = |source| ExportError::Sheet {
        sheet: OPTIONS,
        source,
    };
    let langs = languages(all);
    let mut columns: Vec<(&str, f64)> = vec![(DEPLOYMENT, 12.0), (OPTION_SET, 28.0), (CODE, 24.0)];
    columns.extend(langs.iter().map(|l| (l.as_str(), 36.0)));
    columns.push((FILE, 44.0));
    start(ws, OPTIONS, &columns, header).map_err(xl)?;
    let mut row = 1u32;
    for d in all {
        for s in &d.option_sets {
            let file = mapping_dsl::source::SourceFile::new(s.display.clone(), s.text.as_str());
            for o in &s.set.options.value {
                let code = o.value.code.as_ref().map_or("", |c| c.0.as_str());
                let start = o.referenced.span().byte_offset().unwrap_or(0) as u32;
                let at = format!("{}:{}", s.display, file.line_col(start).0);
                let mut cells: Vec<&str> = vec![&d.name, &s.set.option_set.value, code];
                for l in &langs {
                    let label = o.value.labels.iter().find(|(k, _)| k == l);
                    cells.push(label.map_or("", |(_, v)| v.as_str()));
                }
                cells.push(&at);
                for (c, v) in cells.iter().enumerate() {
                    // An empty label stays an empty cell: no label in the YAML.
                    if !v.is_empty() {
                        ws.write_string_with_format(row, c as u16, *v, text)
                            .map_err(xl)?;
                    }
                }
                row += 1;
            }
        }
    }
    for (c, _) in columns.iter().enumerate().skip(3) {
        ws.set_column_format(c as u16, text).map_err(xl)?;
    }
    finish(ws, row, columns.len(), 3).map_err(xl)?;
    Ok(row as usize - 1)
}

/// Names the sheet and writes its header row (bold) and column widths.
fn start(
    ws: &mut Worksheet,
    name: &str,
    columns: &[(&str, f64)],
    header: &Format,
) -> Result<(), XlsxError> {
    ws.set_name(name)?;
    for (c, (title, width)) in columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, *title, header)?;
        ws.set_column_width(c, *width)?;
    }
    Ok(())
}

/// Freezes the header row (and the first `frozen_cols` columns) and filters every column.
fn finish(ws: &mut Worksheet, rows: u32, cols: usize, frozen_cols: u16) -> Result<(), XlsxError> {
    ws.set_freeze_panes(1, frozen_cols)?;
    ws.autofilter(0, 0, rows.saturating_sub(1).max(1), cols as u16 - 1)?;
    Ok(())
}
