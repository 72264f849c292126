//! Diagnostics: one type of our own, rendered at the edge (miette in the CLI, JSON for machines).
//!
//! Codes are stable and live in [`codes`]; a code is never reused once released.

use crate::source::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A labelled span: the primary one says what is wrong, secondary ones say why we think so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
    pub primary: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: codes::Code,
    pub severity: Severity,
    pub message: String,
    pub labels: Vec<Label>,
    /// Extra lines shown under the snippet ("expected one of …").
    pub notes: Vec<String>,
    /// What to do about it ("did you mean `relation_name`?").
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: codes::Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: code.default_severity(),
            code,
            message: message.into(),
            labels: Vec::new(),
            notes: Vec::new(),
            hint: None,
        }
    }

    pub fn with_primary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: true,
        });
        self
    }

    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: false,
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn primary_span(&self) -> Option<Span> {
        self.labels
            .iter()
            .find(|l| l.primary)
            .or(self.labels.first())
            .map(|l| l.span)
    }
}

/// The registry of diagnostic codes. Ranges:
/// - `E0xx` YAML and file structure
/// - `E1xx` expressions (syntax)
/// - `E2xx` names and paths
/// - `E3xx` types
/// - `E4xx` option sets and value maps
/// - `E5xx` transforms and workflows (structure)
/// - `W6xx` warnings
///
/// Add new codes at the end of their range; never renumber or reuse one.
pub mod explain;

pub mod codes {
    macro_rules! registry {
        ($( $name:ident = $code:literal, $sev:ident, $summary:literal; )*) => {
            /// A stable diagnostic code.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
            #[allow(non_camel_case_types)]
            pub enum Code { $( $name, )* }

            impl Code {
                pub const ALL: &'static [Code] = &[ $( Code::$name, )* ];

                /// The code as printed: `E201`.
                pub fn as_str(self) -> &'static str {
                    match self { $( Code::$name => $code, )* }
                }

                /// One line saying what the code means.
                pub fn summary(self) -> &'static str {
                    match self { $( Code::$name => $summary, )* }
                }

                pub fn default_severity(self) -> super::Severity {
                    match self { $( Code::$name => super::Severity::$sev, )* }
                }
            }
        };
    }

    registry! {
        // E0xx: files and YAML
        Io = "E001", Error, "a file could not be read";
        InvalidUtf8 = "E002", Error, "a file is not valid UTF-8";
        YamlSyntax = "E003", Error, "the YAML could not be parsed";
        TabIndent = "E004", Error, "a tab is used for indentation";
        DuplicateKey = "E005", Error, "a key appears twice in the same mapping";
        UnknownKey = "E006", Error, "a key that the spec language does not know";
        MissingKey = "E007", Error, "a required key is missing";
        WrongYamlType = "E008", Error, "a value has the wrong YAML shape";
        TooLarge = "E009", Error, "a file or structure exceeds a limit (size, depth, aliases)";
        UnknownFileKind = "E010", Error, "a spec file does not start with schema, option_set, value_map, transform or workflow";
        DuplicateName = "E011", Error, "two definitions share one name";
        NoDeployment = "E012", Error, "the folder holds no deployment";
        // E1xx: expression syntax
        ExprSyntax = "E101", Error, "an expression could not be parsed";
        UnclosedString = "E102", Error, "a string literal is not closed";
        UnbalancedParen = "E103", Error, "parentheses do not balance";
        ExprTooDeep = "E104", Error, "an expression is nested too deeply";
        BadNumber = "E105", Error, "a number literal is out of range";
        BadEscape = "E106", Error, "an invalid escape in a string literal";
        // E2xx: names and paths
        UnknownField = "E201", Error, "a path names a field the schema does not have";
        UnknownSchema = "E202", Error, "a schema name that is not defined";
        UnknownOptionSet = "E203", Error, "an option set name that is not defined";
        UnknownValueMap = "E204", Error, "a value map name that is not defined";
        UnknownFunction = "E205", Error, "a function that the stdlib does not have";
        UnknownParam = "E206", Error, "a parameter the transform does not declare";
        ItOutsideCollection = "E207", Error, "`it` used outside a collection function";
        RootOutsideEach = "E208", Error, "`root.` used outside `each`";
        IndexOnNonList = "E209", Error, "an index on something that is not a list";
        FieldOnNonObject = "E210", Error, "a field step on something that is not an object";
        SchemaCycle = "E211", Error, "a schema refers to itself";
        UnknownLet = "E212", Error, "`let.NAME` names a let the transform does not define";
        LetOrder = "E213", Error, "a let reads itself or a later let (a forward reference or a cycle)";
        UnknownQuestion = "E214", Error, "an `answer:` or a questionnaire table names a table, question, group, week or form that is not defined";
        // E3xx: types
        TypeMismatch = "E301", Error, "a value has the wrong type";
        WrongArity = "E302", Error, "a function is called with the wrong number of arguments";
        BadComparison = "E303", Error, "two values that cannot be compared";
        ConditionNotBool = "E304", Error, "a condition is not a boolean";
        TranslateNotSelect = "E305", Error, "translate on a field that is not a select";
        BadParamValue = "E306", Error, "a parameter value does not have the declared type";
        TargetMismatch = "E307", Error, "the output does not match the target schema";
        // E4xx: option sets and value maps
        MissingLabel = "E401", Error, "option codes without a label in the output language";
        DuplicateCode = "E402", Error, "a code appears twice in one option set or value map";
        ValueMapNotTotal = "E403", Error, "a value map does not cover every code of its source";
        ValueMapTargetCode = "E404", Error, "a value map produces a code its target option set lacks";
        OptionSetMismatch = "E405", Error, "a value is bound to a different option set";
        // E5xx: transforms and workflows
        BadRule = "E501", Error, "a field rule combines keys that do not go together";
        BadPolicy = "E502", Error, "an unknown policy value";
        ConstNotJson = "E503", Error, "a constant or default is not a JSON value";
        BadStep = "E520", Error, "a workflow step combines keys that do not go together, or has none";
        UnknownStep = "E521", Error, "a workflow edge or fan-out names a step that does not exist";
        UnknownOperation = "E522", Error, "a workflow step names an adaptor operation that does not exist";
        BadArgument = "E523", Error, "an operation argument is unknown, missing or of the wrong kind";
        BadTrigger = "E524", Error, "a workflow trigger is invalid (cron expression, time zone, kind)";
        UnknownTransform = "E525", Error, "a workflow step names a transform that no deployment defines";
        UnknownScope = "E526", Error, "a workflow expression reads a name that is not in scope";
        // W6xx: warnings
        DuplicateTarget = "W601", Warning, "a target field is written twice";
        UnreachableRule = "W602", Warning, "a rule can never produce a value";
        UnusedOptionSet = "W603", Warning, "an option set no transform uses";
        EmptyLabel = "W604", Warning, "an option has an empty label";
        UnusedParam = "W605", Warning, "a declared parameter is never used";
        UnusedLet = "W606", Warning, "a let is never used";
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn codes_are_unique() {
            let mut seen = std::collections::BTreeSet::new();
            for c in Code::ALL {
                assert!(seen.insert(c.as_str()), "code {} reused", c.as_str());
            }
        }
    }
}
