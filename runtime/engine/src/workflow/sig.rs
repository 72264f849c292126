//! Operation signatures: what a workflow may call and with which arguments. The loader checks
//! steps against them; the engine's connectors declare them (see `engine::ops`).

/// One declared argument.
#[derive(Debug, Clone, PartialEq)]
pub struct ArgSig {
    pub name: String,
    pub required: bool,
    /// The operation only sends the value on, serialised whole (a request body's document):
    /// a transform's output can reach it as the JSON the transform wrote
    /// ([`super::Workflow::raw_outputs`]).
    pub sends: bool,
}

/// What an operation returns: a JSON value, a stream of record pages (fanned out by
/// `for_each`), or a delivery with its outcome (created / updated).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Json,
    Records,
    Outcome,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OpSig {
    pub name: String,
    pub args: Vec<ArgSig>,
    pub output: Output,
    /// The endpoint (and so credential) the operation talks to.
    pub endpoint: Option<String>,
}

impl OpSig {
    pub fn new(
        name: &str,
        output: Output,
        endpoint: Option<&str>,
        required: &[&str],
        optional: &[&str],
    ) -> OpSig {
        let mut args: Vec<ArgSig> = required
            .iter()
            .map(|a| ArgSig {
                name: (*a).into(),
                required: true,
                sends: false,
            })
            .collect();
        args.extend(optional.iter().map(|a| ArgSig {
            name: (*a).into(),
            required: false,
            sends: false,
        }));
        OpSig {
            name: name.into(),
            args,
            output,
            endpoint: endpoint.map(Into::into),
        }
    }

    /// Marks `args` as sent on whole ([`ArgSig::sends`]).
    pub fn sending(mut self, args: &[&str]) -> OpSig {
        for a in &mut self.args {
            a.sends |= args.contains(&a.name.as_str());
        }
        self
    }

    /// Whether the operation only sends argument `name` on, serialised whole.
    pub fn sends(&self, name: &str) -> bool {
        self.args.iter().any(|a| a.name == name && a.sends)
    }
}
