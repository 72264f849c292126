//! The one walk over a deployment folder: which files, in which order, what is refused (and
//! named), and the fingerprint that tells compiled code from changed specs.

use std::path::Path;

use spec_files::{FileError, LoadError};

const SCHEMA: &str = "schema: case\nfields:\n  id: string\n  name: string?\n";
const TRANSFORM: &str = "transform: t\nsource: case\nfields:\n  id: id\n";
const WORKFLOW: &str = "workflow: w\nsteps: []\n";

fn write(dir: &Path, rel: &str, text: &[u8]) {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("set up");
    }
    std::fs::write(p, text).expect("set up");
}

/// A small valid deployment: one schema, one transform, one workflow.
fn deployment() -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("temp dir");
    write(d.path(), "transforms/t.yaml", TRANSFORM.as_bytes());
    write(d.path(), "schemas/case.yaml", SCHEMA.as_bytes());
    write(d.path(), "workflows/w.yaml", WORKFLOW.as_bytes());
    d
}

fn rels(dir: &Path) -> Vec<String> {
    spec_files::walk_deployment(dir)
        .expect("walks")
        .into_iter()
        .map(|s| s.rel)
        .collect()
}

#[test]
fn spec_files_come_in_path_order_from_the_kind_folders_only() {
    let d = deployment();
    write(
        d.path(),
        "option-sets/b.yml",
        b"option_set: b\noptions: []\n",
    );
    write(
        d.path(),
        "option-sets/a.yaml",
        b"option_set: a\noptions: []\n",
    );
    write(
        d.path(),
        "option-sets/nested/c.yaml",
        b"option_set: c\noptions: []\n",
    );
    write(d.path(), "top.yaml", b"value_map: top\nentries: {}\n");
    // Not specs: another folder (sample records), other extensions.
    write(d.path(), "samples/case.yaml", b"id: 1\n");
    write(d.path(), "transforms/notes.md", b"# notes\n");
    write(d.path(), "schemas/case.json", b"{}\n");
    assert_eq!(
        rels(d.path()),
        [
            "option-sets/a.yaml",
            "option-sets/b.yml",
            "option-sets/nested/c.yaml",
            "schemas/case.yaml",
            "top.yaml",
            "transforms/t.yaml",
            "workflows/w.yaml",
        ]
    );
    let specs = spec_files::walk_deployment(d.path()).expect("walks");
    let kinds: Vec<Option<&str>> = specs.iter().map(|s| s.kind_dir).collect();
    assert_eq!(kinds[2], Some("option-sets"));
    assert_eq!(kinds[4], None);
    assert_eq!(kinds[6], Some("workflows"));
    // Deterministic: the same folder gives the same list.
    assert_eq!(specs, spec_files::walk_deployment(d.path()).expect("walks"));
}

#[test]
fn dotfiles_editor_files_and_symlinked_folders_are_skipped() {
    let d = deployment();
    let before = rels(d.path());
    assert_eq!(before.len(), 3);
    for junk in [
        "transforms/.t.yaml.swp",
        "transforms/.#t.yaml",
        "transforms/.hidden.yaml",
        "transforms/t.yaml~",
        "transforms/#t.yaml#",
        "transforms/.git/x.yaml",
        ".cache/transforms/x.yaml",
        ".top.yaml",
    ] {
        write(d.path(), junk, b"transform: junk\n");
    }
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().expect("temp dir");
        write(outside.path(), "x.yaml", TRANSFORM.as_bytes());
        std::os::unix::fs::symlink(outside.path(), d.path().join("transforms/linked"))
            .expect("symlink");
    }
    assert_eq!(rels(d.path()), before);
}

#[cfg(unix)]
#[test]
fn a_fifo_an_oversized_and_a_non_utf8_file_are_refused_by_name() {
    let cases: [(&str, &str); 3] = [
        ("transforms/fifo.yaml", "a FIFO"),
        ("transforms/big.yaml", "spec files are limited to"),
        ("transforms/latin1.yaml", "not valid UTF-8"),
    ];
    for (rel, why) in cases {
        let d = deployment();
        let p = d.path().join(rel);
        match rel {
            "transforms/fifo.yaml" => {
                let made = std::process::Command::new("mkfifo").arg(&p).status();
                assert!(made.is_ok_and(|s| s.success()), "mkfifo");
            }
            "transforms/big.yaml" => {
                let size = usize::try_from(spec_files::MAX_SPEC_BYTES).expect("fits") + 1;
                write(d.path(), rel, &vec![b'#'; size]);
            }
            _ => write(d.path(), rel, b"transform: caf\xe9\n"),
        }
        // The loader keeps the others and says what is wrong with this one.
        let loaded = spec_files::load_deployment(d.path()).expect("walks");
        assert_eq!(loaded.len(), 4, "{rel}");
        let bad: Vec<_> = loaded.iter().filter(|s| s.text.is_err()).collect();
        assert_eq!(bad.len(), 1, "{rel}");
        assert_eq!(bad[0].spec.rel, rel);
        // The strict reader fails, naming the file and why.
        let err = spec_files::source_files("d", d.path()).expect_err(rel);
        let msg = err.to_string();
        assert!(msg.contains(&p.display().to_string()), "{msg}");
        assert!(msg.contains(why), "{msg}");
        assert!(matches!(err, LoadError::File { .. }), "{msg}");
        assert!(spec_files::fingerprint_dir(d.path()).is_err(), "{rel}");
    }
    // Non-UTF-8: the first bad byte and the lossy text, for the runtime's diagnostic.
    let d = deployment();
    write(d.path(), "transforms/latin1.yaml", b"transform: caf\xe9\n");
    let loaded = spec_files::load_deployment(d.path()).expect("walks");
    let bad = loaded.iter().find_map(|s| s.text.as_ref().err());
    assert!(
        matches!(bad, Some(FileError::NotUtf8 { at: 14, lossy }) if lossy.contains('\u{fffd}')),
        "{bad:?}"
    );
}

#[test]
fn the_fingerprint_follows_specs_not_dotfiles_samples_or_workflows() {
    let d = deployment();
    let fp = || spec_files::fingerprint_dir(d.path()).expect("fingerprint");
    let first = fp();
    assert_eq!(first.len(), 16);
    write(d.path(), "transforms/.t.yaml.swp", b"anything");
    write(d.path(), "samples/case.yaml", b"id: 2\n");
    write(
        d.path(),
        "workflows/w.yaml",
        b"workflow: w\nsteps: [] # changed\n",
    );
    assert_eq!(fp(), first, "a dotfile, a sample or a workflow changed it");
    write(
        d.path(),
        "transforms/t.yaml",
        format!("{TRANSFORM}  name: name\n").as_bytes(),
    );
    let changed = fp();
    assert_ne!(changed, first, "a changed transform kept the fingerprint");
    write(
        d.path(),
        "schemas/extra.yaml",
        b"schema: extra\nfields:\n  a: string\n",
    );
    assert_ne!(fp(), changed, "a new schema kept the fingerprint");
}

#[test]
fn the_fingerprint_is_the_one_the_checker_records_for_generated_code() {
    let d = deployment();
    let files = spec_files::source_files("d", d.path()).expect("reads");
    assert_eq!(files.len(), 3);
    let checked = mapping_dsl::check_deployment("d", files);
    let dep = checked.deployment.unwrap_or_else(|| {
        let msgs: Vec<&str> = checked
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        panic!("the deployment does not check: {msgs:?}")
    });
    assert_eq!(
        spec_files::fingerprint_dir(d.path()).expect("fingerprint"),
        dep.fingerprint
    );
}

#[test]
fn deployments_are_the_folder_itself_or_its_deployment_subfolders() {
    let root = tempfile::tempdir().expect("temp dir");
    let b = root.path().join("b");
    let a = root.path().join("a");
    write(&b, "transforms/t.yaml", TRANSFORM.as_bytes());
    write(&a, "schemas/case.yaml", SCHEMA.as_bytes());
    write(root.path(), "json-schema/x.json", b"{}");
    write(
        root.path(),
        ".hidden/transforms/t.yaml",
        TRANSFORM.as_bytes(),
    );
    let found = spec_files::deployments(root.path()).expect("lists");
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["a", "b"]);
    let one = spec_files::deployments(&b).expect("lists");
    assert_eq!(one, [("b".to_owned(), b.clone())]);
}
