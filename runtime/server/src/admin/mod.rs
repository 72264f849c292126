//! The admin page: server-rendered HTML (askama templates in `runtime/server/templates/`, one
//! CSS file, no script), readable on a laptop and a phone. Pages: log in and change password,
//! activity history ([`pages`]), a run ([`run_page`]: failures first, records by outcome, Run
//! again), workflows ([`workflows_page`]: set-up problems, success rates and their [`chart`], Run
//! now, enable/disable), credentials, users, notifications, audit log. What pages share is in
//! [`crate::web`].

pub mod chart;
pub mod credentials;
pub mod login;
pub mod mask;
pub mod notifications;
pub mod pages;
pub mod run_page;
pub mod users;
pub mod workflows_page;
