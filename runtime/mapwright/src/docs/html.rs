//! HTML rendering of a [`TransformDoc`]: one self-contained page, no scripts.

use super::table::TransformDoc;

/// One HTML page for a transform.
pub fn render_html(d: &TransformDoc) -> String {
    let mut s = String::new();
    s.push_str("<!doctype html>\n<html><head><meta charset=\"utf-8\">");
    s.push_str(&format!("<title>{}</title>", esc(&d.name)));
    s.push_str(
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}code{font-size:.9em}</style>",
    );
    s.push_str("</head><body>\n");
    s.push_str(&format!("<h1><code>{}</code></h1>\n", esc(&d.name)));
    if let Some(desc) = &d.description {
        s.push_str(&format!("<p>{}</p>\n", esc(desc)));
    }
    s.push_str(&format!(
        "<ul><li>spec: <code>{}</code></li><li>source schema: <code>{}</code></li>",
        esc(&d.file),
        esc(&d.source_schema)
    ));
    if let Some(t) = &d.target_schema {
        s.push_str(&format!("<li>target schema: <code>{}</code></li>", esc(t)));
    }
    if let Some(k) = &d.keep {
        s.push_str(&format!(
            "<li>records kept when: <code>{}</code></li>",
            esc(k)
        ));
    }
    s.push_str("</ul>\n");
    if !d.lets.is_empty() {
        s.push_str("<p>Named values (<code>let:</code>), computed once per record:</p>\n<table>\n<tr><th>name</th><th>value</th><th>spec line</th></tr>\n");
        for (name, expr, at) in &d.lets {
            s.push_str(&format!(
                "<tr><td><code>let.{}</code></td><td><code>{}</code></td><td>{}</td></tr>\n",
                esc(name),
                esc(expr),
                esc(at)
            ));
        }
        s.push_str("</table>\n");
    }
    s.push_str("<table>\n<tr><th>target field</th><th>source</th><th>rule</th><th>option set / map</th><th>notes</th><th>spec line</th></tr>\n");
    for r in &d.rows {
        let set = r
            .set
            .as_deref()
            .map(|n| format!("<a href=\"#{0}\"><code>{0}</code></a>", esc(n)))
            .unwrap_or_default();
        s.push_str(&format!(
            "<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            esc(&r.target),
            esc(&r.source),
            esc(&r.rule),
            set,
            esc(&r.notes.join("; ")),
            esc(&r.at)
        ));
    }
    s.push_str("</table>\n");
    for t in &d.tables {
        s.push_str(&format!(
            "<h2 id=\"{0}\">{1} <code>{0}</code></h2>\n",
            esc(&t.name),
            esc(t.kind)
        ));
        s.push_str("<table><tr><th>code</th>");
        for l in &t.langs {
            s.push_str(&format!("<th>{}</th>", esc(l)));
        }
        s.push_str("</tr>\n");
        for (c, cells) in &t.entries {
            s.push_str(&format!("<tr><td><code>{}</code></td>", esc(c)));
            for x in cells {
                let v = match x {
                    Some(v) if v.is_empty() => "<em>(empty)</em>".to_string(),
                    Some(v) => esc(v),
                    None => "<em>(none)</em>".to_string(),
                };
                s.push_str(&format!("<td>{v}</td>"));
            }
            s.push_str("</tr>\n");
        }
        s.push_str("</table>\n");
        if t.omitted > 0 {
            s.push_str(&format!(
                "<p>… and {} more (see the YAML file)</p>\n",
                t.omitted
            ));
        }
    }
    s.push_str("</body></html>\n");
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
