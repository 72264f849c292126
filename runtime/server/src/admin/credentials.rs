//! Credentials (admins only): name, owner, environment, field names and the workflows that use
//! each one. Values are write-only: a form can set or rotate them, no page or API shows them.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::auth::{AdminUser, CsrfForm, HasCsrf};
use crate::state::AppState;
use crate::web::{Nav, message, render, short_time};

struct CredView {
    name: String,
    owner: String,
    environment: String,
    fields: String,
    used_by: String,
    rotated: String,
}

#[derive(Template)]
#[template(path = "credentials.html")]
struct CredentialsPage {
    nav: Nav,
    title: String,
    creds: Vec<CredView>,
    /// Credentials named by the config's endpoints but not stored here (they come from the
    /// config file, `env:` or `file:` values).
    from_config: Vec<String>,
}

/// Workflows using credential `name`: those listing an endpoint whose credential it is.
fn used_by(state: &AppState, name: &str) -> Vec<String> {
    let cfg = &state.app.config;
    state
        .app
        .workflows
        .workflows
        .iter()
        .filter(|w| {
            w.endpoints.iter().any(|e| {
                let cred = cfg
                    .endpoints
                    .get(e)
                    .and_then(|ep| ep.credential.clone())
                    .unwrap_or_else(|| e.clone());
                cred == name
            })
        })
        .map(|w| w.name.clone())
        .collect()
}

pub async fn page(u: AdminUser, State(state): State<AppState>) -> Response {
    let rows = match state.store.credentials().await {
        Ok(r) => r,
        Err(e) => return crate::web::internal(&e),
    };
    let creds = rows
        .iter()
        .map(|c| CredView {
            name: c.name.clone(),
            owner: c.owner.clone(),
            environment: c.environment.clone(),
            fields: c.fields.join(", "),
            used_by: used_by(&state, &c.name).join(", "),
            rotated: short_time(&c.rotated_at),
        })
        .collect();
    let from_config = state
        .app
        .config
        .credentials
        .keys()
        .filter(|k| !rows.iter().any(|c| &c.name == *k))
        .cloned()
        .collect();
    render(&CredentialsPage {
        nav: Nav::new(&u.0, "credentials"),
        title: "Credentials".into(),
        creds,
        from_config,
    })
}

#[derive(Deserialize)]
pub struct PutForm {
    csrf: String,
    name: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    environment: String,
    /// `field=value` lines.
    values: String,
}

fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Creates or rotates a credential.
pub async fn put(
    State(state): State<AppState>,
    CsrfForm(u, f): CsrfForm<AdminUser, PutForm>,
) -> Response {
    let name = f.name.trim();
    if !valid_name(name) {
        return message(
            &u.0,
            StatusCode::BAD_REQUEST,
            "Invalid name",
            "A credential name is letters, digits, `_` and `-`.",
        );
    }
    let mut fields = std::collections::BTreeMap::new();
    for line in f.values.lines().map(str::trim).filter(|l| !l.is_empty()) {
        // The message never repeats the line: it may hold a secret.
        let Some((k, v)) = line.split_once('=') else {
            return message(
                &u.0,
                StatusCode::BAD_REQUEST,
                "Invalid values",
                "Write one `field=value` per line.",
            );
        };
        let k = k.trim();
        if !valid_name(k) || v.is_empty() {
            return message(
                &u.0,
                StatusCode::BAD_REQUEST,
                "Invalid values",
                "Field names are letters, digits, `_` and `-`; values may not be empty.",
            );
        }
        fields.insert(k.to_owned(), v.to_owned());
    }
    if fields.is_empty() {
        return message(
            &u.0,
            StatusCode::BAD_REQUEST,
            "Invalid values",
            "Give at least one `field=value` line.",
        );
    }
    let existed = state
        .store
        .credentials()
        .await
        .map(|c| c.iter().any(|c| c.name == name))
        .unwrap_or(false);
    let owner = if f.owner.trim().is_empty() {
        u.0.username.clone()
    } else {
        f.owner.trim().to_owned()
    };
    let env = if f.environment.trim().is_empty() {
        "production".to_owned()
    } else {
        f.environment.trim().to_owned()
    };
    if let Err(e) = state
        .store
        .put_credential(&state.key, name, &owner, &env, &fields)
        .await
    {
        return crate::web::internal(&e);
    }
    let names = fields.keys().cloned().collect::<Vec<_>>().join(", ");
    let action = if existed {
        "rotate credential"
    } else {
        "create credential"
    };
    state
        .audit(
            &u.0.username,
            action,
            name,
            Some(&format!("fields: {names}")),
        )
        .await;
    // A workflow held for want of this credential runs again.
    state.setup.check(&state.app).await;
    Redirect::to("/credentials").into_response()
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

pub async fn delete(
    State(state): State<AppState>,
    Path(name): Path<String>,
    CsrfForm(u, _f): CsrfForm<AdminUser, CsrfOnly>,
) -> Response {
    match state.store.delete_credential(&name).await {
        Ok(true) => {
            state
                .audit(&u.0.username, "delete credential", &name, None)
                .await;
            state.setup.check(&state.app).await;
            Redirect::to("/credentials").into_response()
        }
        Ok(false) => message(
            &u.0,
            StatusCode::NOT_FOUND,
            "No such credential",
            "It may have been deleted already.",
        ),
        Err(e) => crate::web::internal(&e),
    }
}

impl HasCsrf for PutForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

impl HasCsrf for CsrfOnly {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}
