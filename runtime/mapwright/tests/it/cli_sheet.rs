//! The real `mapwright sheet export|import` on a copy of `mappings/`: a round trip without
//! edits leaves every file byte-identical; edited labels (quotes, colons, Thai, line breaks)
//! change exactly their lines and read back as typed; each kind of problem in the workbook is
//! named by sheet, row and column and changes nothing; `check` runs after the import.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};

use crate::support::{copy_dir, mapwright_in};

fn mappings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../mappings")
}

struct Setup {
    tmp: tempfile::TempDir,
}

impl Setup {
    fn new() -> Setup {
        let tmp = tempfile::tempdir().unwrap();
        copy_dir(&mappings(), &tmp.path().join("mappings"));
        Setup { tmp }
    }

    /// Only the example deployment (fast): for the tests of one kind of problem each.
    fn example() -> Setup {
        let tmp = tempfile::tempdir().unwrap();
        copy_dir(
            &mappings().join("example"),
            &tmp.path().join("mappings/example"),
        );
        Setup { tmp }
    }

    fn root(&self) -> &Path {
        self.tmp.path()
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        mapwright_in(self.root(), args)
    }

    fn export(&self) -> PathBuf {
        let (code, out, err) = self.run(&["sheet", "export", "-o", "mapping.xlsx"]);
        assert_eq!(code, 0, "export: {out}{err}");
        self.root().join("mapping.xlsx")
    }

    /// Every file under the copied `mappings/`, by relative path.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(&self.root().join("mappings"), Path::new(""), &mut out);
        out
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join("mappings").join(rel)).unwrap()
    }
}

fn walk(dir: &Path, rel: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let (p, r) = (e.path(), rel.join(e.file_name()));
        if p.is_dir() {
            walk(&p, &r, out);
        } else {
            out.insert(r, std::fs::read(&p).unwrap());
        }
    }
}

/// A sheet's cells, row by row (from A1).
fn read_sheet(book: &Path, name: &str) -> Vec<Vec<Data>> {
    let mut wb: Xlsx<_> = calamine::open_workbook(book).unwrap();
    let range = wb.worksheet_range(name).unwrap();
    range.rows().map(|r| r.to_vec()).collect()
}

/// Writes a workbook of the given sheets (strings, numbers, empty cells).
fn write_book(path: &Path, sheets: &[(&str, &[Vec<Data>])]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::String(s) => {
                        ws.write_string(r, c, s.as_str()).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).unwrap();
                    }
                    Data::Bool(b) => {
                        ws.write_boolean(r, c, *b).unwrap();
                    }
                    _ => {}
                }
            }
        }
    }
    book.save(path).unwrap();
}

fn s(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

/// The row of `(deployment, set, code)` in the Options rows, and the column of `header`.
fn find(rows: &[Vec<Data>], dep: &str, set: &str, code: &str, header: &str) -> (usize, usize) {
    let col = rows[0].iter().position(|h| s(h) == header).unwrap();
    let row = rows
        .iter()
        .position(|r| s(&r[0]) == dep && s(&r[1]) == set && s(&r[2]) == code)
        .unwrap_or_else(|| panic!("no row {dep} {set} {code}"));
    (row, col)
}

/// The Options rows of a fresh export, with the Fields rows to write back beside them.
fn exported(st: &Setup) -> (Vec<Vec<Data>>, Vec<Vec<Data>>) {
    let book = st.export();
    (read_sheet(&book, "Fields"), read_sheet(&book, "Options"))
}

fn import(st: &Setup, fields: &[Vec<Data>], options: &[Vec<Data>]) -> (i32, String, String) {
    let book = st.root().join("edited.xlsx");
    write_book(&book, &[("Fields", fields), ("Options", options)]);
    st.run(&["sheet", "import", "edited.xlsx"])
}

#[test]
fn export_lists_fields_and_every_option_with_its_labels() {
    let st = Setup::new();
    let (fields, options) = exported(&st);
    let header: Vec<String> = fields[0].iter().map(s).collect();
    assert_eq!(
        header,
        [
            "deployment",
            "transform",
            "target field",
            "source",
            "rule",
            "option set",
            "notes",
            "at"
        ]
    );
    let sex = fields
        .iter()
        .find(|r| s(&r[1]) == "example_case_summary" && s(&r[2]) == "sex")
        .expect("the sex field of the example transform");
    assert_eq!(s(&sex[4]), "translate");
    assert_eq!(s(&sex[5]), "gender");
    let header: Vec<String> = options[0].iter().map(s).collect();
    assert_eq!(
        header[..5],
        ["deployment", "option set", "code", "en", "th"]
    );
    let (r, c) = find(&options, "thailand", "gender", "male", "th");
    assert_eq!(s(&options[r][c]), "ผู้ชาย");
    assert_eq!(
        s(options[r].last().unwrap()),
        "thailand/option-sets/gender.yaml:6"
    );
    let thailand_sets = std::fs::read_dir(st.root().join("mappings/thailand/option-sets"))
        .unwrap()
        .flatten()
        .filter(|f| {
            let text = std::fs::read_to_string(f.path()).unwrap();
            mapping_dsl::spec::kind_of(&text) == Some("option_set")
        })
        .count();
    let listed: std::collections::BTreeSet<String> = options[1..]
        .iter()
        .filter(|r| s(&r[0]) == "thailand")
        .map(|r| s(&r[1]))
        .collect();
    assert_eq!(listed.len(), thailand_sets, "every option set is listed");
}

#[test]
fn a_round_trip_without_edits_is_byte_identical() {
    let st = Setup::new();
    let before = st.files();
    let book = st.export();
    let (code, out, err) = st.run(&["sheet", "import", book.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 label(s) changed in 0 file(s)"), "{out}");
    let mut after = st.files();
    after.retain(|p, _| before.contains_key(p));
    assert!(before == after, "a file changed");
}

#[test]
fn edited_labels_change_exactly_their_lines_and_read_back_as_typed() {
    let st = Setup::new();
    let before = st.files();
    let (fields, mut options) = exported(&st);
    let edits = [
        ("thailand", "gender", "male", "th", "ชาย: \"เพศ\""),
        ("thailand", "gender", "female", "en", "Female, 'adult'"),
        ("example", "gender", "other", "en", "Other\nsecond line"),
        (
            "example",
            "protection_concern",
            "abuse",
            "th",
            "การทารุณกรรม #1",
        ),
    ];
    for (dep, set, code, lang, new) in edits {
        let (r, c) = find(&options, dep, set, code, lang);
        options[r][c] = Data::String(new.into());
    }
    let (code, out, err) = import(&st, &fields, &options);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("4 label(s) changed in 3 file(s)"), "{out}");
    assert!(
        out.contains("thailand/option-sets/gender.yaml:6: gender `male` th:"),
        "{out}"
    );
    // Only the lines of the edited options changed, and nothing else in any file.
    let after = st.files();
    let changed: Vec<&PathBuf> = before
        .keys()
        .filter(|p| before.get(*p) != after.get(*p))
        .collect();
    assert_eq!(changed.len(), 3, "{changed:?}");
    let line_diff = |rel: &str| {
        let old = String::from_utf8(before[Path::new(rel)].clone()).unwrap();
        let new = st.read(rel);
        let (o, n): (Vec<_>, Vec<_>) = (old.lines().collect(), new.lines().collect());
        assert_eq!(o.len(), n.len(), "{rel}: the number of lines changed");
        o.iter()
            .zip(&n)
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, (_, b))| (i + 1, b.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        line_diff("thailand/option-sets/gender.yaml"),
        [
            (
                6,
                r#"  - { code: male, en: Male, th: "ชาย: \"เพศ\"" }"#.to_string()
            ),
            (
                7,
                r#"  - { code: female, en: "Female, 'adult'", th: ผู้หญิง }"#.to_string()
            ),
        ]
    );
    assert_eq!(
        line_diff("example/option-sets/gender.yaml"),
        [(
            6,
            r#"  - { code: other,  en: "Other\nsecond line",  th: อื่น ๆ }"#.to_string()
        )]
    );
    assert_eq!(
        line_diff("example/option-sets/protection_concern.yaml"),
        [(
            4,
            r#"  - { code: abuse,     en: Abuse,     th: "การทารุณกรรม #1" }"#.to_string()
        )]
    );
    // A second export reads back exactly what was typed.
    let (_, again) = exported(&st);
    for (dep, set, code, lang, new) in edits {
        let (r, c) = find(&again, dep, set, code, lang);
        assert_eq!(s(&again[r][c]), new);
    }
    // And importing that export again changes nothing.
    let snapshot = st.files();
    let (code, out, _) = st.run(&["sheet", "import", "mapping.xlsx"]);
    assert_eq!(code, 0);
    assert!(out.contains("0 label(s) changed"), "{out}");
    assert!(snapshot == st.files());
}

/// Imports `options` and expects exit 1 with `want` in stderr and no file changed.
fn refused(st: &Setup, fields: &[Vec<Data>], options: &[Vec<Data>], want: &str) {
    let before = st.files();
    let (code, out, err) = import(st, fields, options);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains(want), "want `{want}` in:\n{err}");
    let mut after = st.files();
    after.retain(|p, _| before.contains_key(p));
    assert!(before == after, "a file changed");
}

#[test]
fn an_unknown_option_set_is_named_at_its_cell() {
    let st = Setup::example();
    let (fields, mut options) = exported(&st);
    let (r, _) = find(&options, "example", "gender", "male", "th");
    options[r][1] = Data::String("gendre".into());
    let (rc, c) = find(&options, "example", "gender", "female", "th");
    options[rc][c] = Data::String("หญิง".into());
    let want = format!(
        "sheet `Options`, row {}, column B (option set): deployment `example` has no option set named `gendre`; did you mean `gender`?",
        r + 1
    );
    refused(&st, &fields, &options, &want);
}

#[test]
fn an_unknown_code_is_named_at_its_cell() {
    let st = Setup::example();
    let (fields, mut options) = exported(&st);
    let (r, _) = find(&options, "example", "gender", "female", "th");
    options[r][2] = Data::String("femal".into());
    let want = format!(
        "sheet `Options`, row {}, column C (code): option set `gender` has no code `femal`",
        r + 1
    );
    refused(&st, &fields, &options, &want);
}

#[test]
fn a_label_cell_that_is_not_text_is_named_at_its_cell() {
    let st = Setup::example();
    let (fields, mut options) = exported(&st);
    let (r, c) = find(&options, "example", "gender", "male", "th");
    options[r][c] = Data::Float(42.0);
    let (r2, c2) = find(&options, "example", "gender", "female", "en");
    options[r2][c2] = Data::Bool(true);
    let want = format!(
        "sheet `Options`, row {}, column E (th): a label must be text, and this cell holds the number 42",
        r + 1
    );
    refused(&st, &fields, &options, &want);
    let want = format!(
        "sheet `Options`, row {}, column D (en): a label must be text, and this cell holds the boolean TRUE",
        r2 + 1
    );
    refused(&st, &fields, &options, &want);
}

#[test]
fn a_renamed_sheet_is_named() {
    let st = Setup::example();
    let (fields, options) = exported(&st);
    let book = st.root().join("renamed.xlsx");
    write_book(&book, &[("Fields", &fields), ("Labels", &options)]);
    let before = st.files();
    let (code, out, err) = st.run(&["sheet", "import", "renamed.xlsx"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains(
            "the workbook has no sheet `Options` (its sheets: `Fields`, `Labels`); was it renamed?"
        ),
        "{err}"
    );
    let mut after = st.files();
    after.retain(|p, _| before.contains_key(p));
    assert!(before == after);
}

#[test]
fn check_runs_after_the_import_and_shows_its_errors() {
    let st = Setup::example();
    let (fields, mut options) = exported(&st);
    let (r, c) = find(&options, "example", "gender", "male", "en");
    options[r][c] = Data::String("Man".into());
    // A transform broken after the export: the import still applies the label, and says.
    let t = st
        .root()
        .join("mappings/example/transforms/case_summary.yaml");
    let text = std::fs::read_to_string(&t).unwrap();
    std::fs::write(&t, text.replace("translate: gender", "translate: gendr")).unwrap();
    let (code, out, err) = import(&st, &fields, &options);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("1 label(s) changed in 1 file(s)"), "{out}");
    assert!(
        out.contains("E203: no option set is named `gendr`"),
        "check's errors are shown: {out}"
    );
    assert!(
        st.read("example/option-sets/gender.yaml")
            .contains("en: Man,")
    );
}
