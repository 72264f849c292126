//! Set-up problems found before anything runs: for every workflow, each endpoint it uses must be
//! configured and each credential field must resolve (from the file, the environment, a secrets
//! file or the admin page). `mapwright config check` prints them; values are never shown.

use crate::app::App;

/// One problem with one workflow's set-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub workflow: String,
    /// What is wrong and where to set it (never a secret's value).
    pub message: String,
}

impl App {
    /// Every set-up problem of every loaded workflow, in workflow order (empty: ready to run).
    pub async fn preflight(&self) -> Vec<Problem> {
        let config = match self.effective_config().await {
            Ok(c) => c,
            Err(e) => {
                return self
                    .workflows
                    .workflows
                    .iter()
                    .map(|w| Problem {
                        workflow: w.name.clone(),
                        message: e.to_string(),
                    })
                    .collect();
            }
        };
        let mut problems = Vec::new();
        for wf in &self.workflows.workflows {
            let before = problems.len();
            for endpoint in &wf.endpoints {
                if let Err(e) = config.endpoint(&wf.name, endpoint) {
                    problems.push(Problem {
                        workflow: wf.name.clone(),
                        message: e.to_string(),
                    });
                }
            }
            // Each adaptor's own requirements (the fields its authentication needs).
            if problems.len() == before
                && let Err(e) = crate::connectors::for_workflow(&config, wf)
            {
                problems.push(Problem {
                    workflow: wf.name.clone(),
                    message: e.to_string(),
                });
            }
        }
        problems
    }
}
