//! Markdown rendering of a [`TransformDoc`].

use super::table::TransformDoc;

/// One Markdown document for a transform.
pub fn render_markdown(d: &TransformDoc) -> String {
    let mut s = String::new();
    s.push_str(&format!("# `{}`\n\n", d.name));
    if let Some(desc) = &d.description {
        s.push_str(&format!("{}\n\n", cell(desc)));
    }
    s.push_str(&format!(
        "- spec: `{}`\n- source schema: `{}`\n",
        d.file, d.source_schema
    ));
    if let Some(t) = &d.target_schema {
        s.push_str(&format!("- target schema: `{t}`\n"));
    }
    if let Some(k) = &d.keep {
        s.push_str(&format!("- records kept when: `{}`\n", cell(k)));
    }
    s.push_str(&format!(
        "- {} output fields\n\n",
        d.rows
            .iter()
            .filter(|r| r.rule != "object" && r.rule != "list")
            .count()
    ));
    if !d.lets.is_empty() {
        s.push_str("Named values (`let:`), computed once per record; fields read them as `let.NAME`:\n\n| name | value | spec line |\n|---|---|---|\n");
        for (name, expr, at) in &d.lets {
            s.push_str(&format!("| `let.{name}` | {} | {at} |\n", code(expr)));
        }
        s.push('\n');
    }
    s.push_str("| target field | source | rule | option set / map | notes | spec line |\n|---|---|---|---|---|---|\n");
    for r in &d.rows {
        let set = r
            .set
            .as_deref()
            .map(|n| format!("[`{n}`](#{})", anchor(n)))
            .unwrap_or_default();
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            r.target,
            code(&r.source),
            r.rule,
            set,
            cell(&r.notes.join("; ")),
            r.at
        ));
    }
    for t in &d.tables {
        s.push_str(&format!(
            "\n<a id=\"{}\"></a>\n\n## {} `{}`\n\n",
            anchor(&t.name),
            t.kind,
            t.name
        ));
        if let Some(src) = &t.source {
            s.push_str(&format!("source: `{src}`\n\n"));
        }
        s.push_str(&format!(
            "| code | {} |\n|---|{}\n",
            t.langs.join(" | "),
            "---|".repeat(t.langs.len())
        ));
        for (code_, cells) in &t.entries {
            let cells: Vec<String> = cells
                .iter()
                .map(|c| match c {
                    Some(x) if x.is_empty() => "*(empty)*".to_string(),
                    Some(x) => cell(x),
                    None => "*(none)*".to_string(),
                })
                .collect();
            s.push_str(&format!("| `{}` | {} |\n", code_, cells.join(" | ")));
        }
        if t.omitted > 0 {
            s.push_str(&format!("\n… and {} more (see the YAML file)\n", t.omitted));
        }
    }
    s
}

/// Text safe inside a table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn code(s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let short: String = if s.chars().count() > 160 {
        format!("{}…", s.chars().take(160).collect::<String>())
    } else {
        s.to_string()
    };
    format!("`{}`", short.replace('`', "'").replace('|', "\\|"))
}

fn anchor(name: &str) -> String {
    name.to_lowercase()
}
