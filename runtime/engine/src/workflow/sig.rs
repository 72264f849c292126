//! Operation signatures: what a workflow may call and with which arguments. The loader checks
//! steps against them; the engine's connectors declare them (see `engine::ops`).

/// One declared argument.
#[derive(Debug, Clone, PartialEq)]
pub struct ArgSig {
    pub name: String,
    pub required: bool,
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
            })
            .collect();
        args.extend(optional.iter().map(|a| ArgSig {
            name: (*a).into(),
            required: false,
        }));
        OpSig {
            name: name.into(),
            args,
            output,
            endpoint: endpoint.map(Into::into),
        }
    }
}
