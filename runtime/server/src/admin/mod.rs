//! The admin page: server-rendered HTML (askama templates in `runtime/server/templates/`, one
//! CSS file, no script), readable on a laptop and a phone. Pages: log in and change password, activity history, run detail
//! (Run again), workflows (Run now, enable/disable), credentials, users, notifications, audit
//! log. What pages share is in [`crate::web`].

pub mod credentials;
pub mod login;
pub mod mask;
pub mod notifications;
pub mod pages;
pub mod users;
