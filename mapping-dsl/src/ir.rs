//! The resolved, well-typed IR that the checker produces. The interpreter runs it and codegen
//! emits Rust from it; neither re-checks it. Everything is ordered (Vec / BTreeMap) so that
//! emission is deterministic.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::source::Span;
use crate::types::{Scalar, Type};

/// The small enums generated code names too; defined in the run-time support crate.
pub use mapwright_rt::{BinOp, Coercion, MissingLabel, UnknownCode};

/// Everything checked in one deployment (`mappings/<deployment>/`).
#[derive(Debug, Clone, Default)]
pub struct Deployment {
    pub name: String,
    pub option_sets: BTreeMap<String, OptionSet>,
    pub value_maps: BTreeMap<String, ValueMap>,
    /// In file-name order.
    pub transforms: Vec<Transform>,
    /// [`crate::source::fingerprint`] of the deployment's spec files but workflows, in name
    /// order.
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionSet {
    pub name: String,
    /// Where the set came from (Primero lookup id, field name…), for documentation.
    pub source: Option<String>,
    /// In file order. Codes are unique (the checker rejects duplicates).
    pub options: Vec<OptionItem>,
    pub span: Span,
    /// Code lookup, built on the first [`OptionSet::find`] (`Default::default()` when
    /// constructing).
    pub index: CodeIndex,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionItem {
    pub code: String,
    /// Language -> label. A present but empty label is kept (`""`), a missing one is absent.
    pub labels: BTreeMap<String, String>,
    pub span: Span,
}

impl OptionSet {
    /// The option whose code is `code`: a binary search over an index of the codes built once
    /// per set, or a scan for small sets.
    pub fn find(&self, code: &str) -> Option<&OptionItem> {
        self.index.find(&self.options, code)
    }

    pub fn label(&self, code: &str, lang: &str) -> Option<&str> {
        self.find(code)
            .and_then(|o| o.labels.get(lang))
            .map(String::as_str)
    }
}

/// Positions of an option set's options sorted by code. Built lazily on the first lookup, so
/// every way of making an [`OptionSet`] gets it; an index whose length no longer matches the
/// options (they were edited after a lookup) is not used. It holds no information of its own:
/// it compares equal to any other and a clone starts empty.
#[derive(Default)]
pub struct CodeIndex(OnceLock<Box<[u32]>>);

/// Up to this many options a scan is as fast as a search.
const SCAN_MAX: usize = 8;

impl CodeIndex {
    fn find<'a>(&self, options: &'a [OptionItem], code: &str) -> Option<&'a OptionItem> {
        if options.len() <= SCAN_MAX || u32::try_from(options.len()).is_err() {
            return options.iter().find(|o| o.code == code);
        }
        let sorted = self.0.get_or_init(|| {
            let mut v: Vec<u32> = (0..options.len() as u32).collect();
            v.sort_unstable_by(|a, b| options[*a as usize].code.cmp(&options[*b as usize].code));
            v.into_boxed_slice()
        });
        if sorted.len() != options.len() {
            return options.iter().find(|o| o.code == code);
        }
        sorted
            .binary_search_by(|i| options[*i as usize].code.as_str().cmp(code))
            .ok()
            .map(|k| &options[sorted[k] as usize])
    }
}

impl Clone for CodeIndex {
    fn clone(&self) -> Self {
        CodeIndex::default()
    }
}

impl PartialEq for CodeIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for CodeIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.get().is_some() {
            "CodeIndex(built)"
        } else {
            "CodeIndex"
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueMap {
    pub name: String,
    /// In file order; keys are unique.
    pub entries: Vec<(String, serde_json::Value)>,
    /// Used for keys that are not listed; without it the map is partial and a miss fails the
    /// record (or follows the rule's `unknown` policy).
    pub default: Option<serde_json::Value>,
    /// The type of the values (a select when `to: {options: SET}`).
    pub value_type: Type,
    pub span: Span,
}

/// How one kind of empty output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmptyAs {
    /// Write the value as it is.
    Keep,
    Null,
    EmptyString,
    EmptyList,
    /// Leave the key out of the output object.
    Omit,
}

/// The empty-value policy: applied to every field value after its rule ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EmptyPolicy {
    /// A `null` (or missing) value.
    pub missing: EmptyAs,
    /// `""`.
    pub empty_string: EmptyAs,
    /// `[]`.
    pub empty_list: EmptyAs,
}

impl Default for EmptyPolicy {
    fn default() -> Self {
        EmptyPolicy {
            missing: EmptyAs::Keep,
            empty_string: EmptyAs::Keep,
            empty_list: EmptyAs::Keep,
        }
    }
}

/// The part of the source schema that a transform reads: only the fields it uses, typed.
/// Codegen turns this into the `Input` structs; the interpreter validates/coerces with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InputObject {
    /// In schema order.
    pub fields: Vec<InputField>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InputField {
    /// The JSON key.
    pub name: String,
    pub ty: InputType,
    pub nullable: bool,
}

#[cfg(test)]
impl InputField {
    /// A nullable field, for the interpreter's tests.
    pub(crate) fn nullable(name: &str, ty: InputType) -> InputField {
        InputField {
            name: name.to_owned(),
            ty,
            nullable: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum InputType {
    Scalar(Scalar),
    Select {
        set: String,
    },
    MultiSelect {
        set: String,
    },
    Object(InputObject),
    /// A subform: a list of objects.
    List(InputObject),
    /// A list of scalars.
    ScalarList(Scalar),
    Json,
}

/// A named run-time parameter (`params.NAME`).
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub ty: Scalar,
    pub default: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Transform {
    /// Registry name.
    pub name: String,
    pub description: Option<String>,
    /// `mappings/<deployment>/transforms/<file>.yaml`, for the generated header.
    pub file: String,
    pub source_schema: String,
    pub target_schema: Option<String>,
    /// Allowed coercions of the source schema (empty = strict).
    pub coercions: Vec<Coercion>,
    pub input: InputObject,
    pub params: Vec<Param>,
    /// Names the record in errors (e.g. its id).
    pub key: Option<TExpr>,
    /// Named expressions (`let:`), in declaration order: evaluated once per record, in order,
    /// after input validation and before `keep` and the fields. A let reads only earlier lets.
    pub lets: Vec<LetRule>,
    pub keep: Option<TExpr>,
    pub output: ObjectRule,
    /// The `questionnaires:` tables, in file order.
    pub questionnaires: Vec<Questionnaire>,
    /// `policy.unmatched_question: fail`: a question no table lists fails the record (else it
    /// is counted and the record delivered).
    pub fail_unmatched_question: bool,
}

/// A `questionnaires:` table: the questions one Child Shield questionnaire is expected to have.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    /// The table's name in the spec (`cc`).
    pub name: String,
    /// `questionnaire_code` in the HIS document (`CC`).
    pub code: String,
    /// `(week, that week's questionsList)`, in file order.
    pub weeks: Vec<(String, TExpr)>,
    pub questions: Vec<ExpectedQuestion>,
    /// Texts the questionnaire has that no rule reads (`ignore:`): not drift.
    pub ignored: Vec<String>,
}

/// One question a table expects, where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedQuestion {
    /// `questionnaire_code` (`CC`).
    pub questionnaire: String,
    /// The table's name (`cc`).
    pub table: String,
    /// The question's name in the table (`palm_hit`).
    pub key: String,
    /// The `groupDescription` of its group, when it is looked for in one.
    pub group: Option<String>,
    pub text: String,
    /// The text in the YAML.
    pub span: Span,
}

impl Questionnaire {
    /// `(group, text)` of every question, as [`crate::stdlib::questionnaire::drift`] takes them.
    pub fn expected(&self) -> Vec<(Option<&str>, &str)> {
        self.questions
            .iter()
            .map(|q| (q.group.as_deref(), q.text.as_str()))
            .collect()
    }

    pub fn ignored(&self) -> Vec<&str> {
        self.ignored.iter().map(String::as_str).collect()
    }
}

/// Every question the transform's tables expect, table by table in file order.
pub fn expected_questions(t: &Transform) -> Vec<ExpectedQuestion> {
    t.questionnaires
        .iter()
        .flat_map(|q| q.questions.iter().cloned())
        .collect()
}

/// One `let:` entry: `let.NAME` in later expressions reads its value.
#[derive(Debug, Clone, PartialEq)]
pub struct LetRule {
    pub name: String,
    pub expr: TExpr,
    pub span: Span,
}

/// An output object: ordered field rules (`copy:` entries come first, in their order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectRule {
    pub fields: Vec<FieldRule>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldRule {
    /// The output key.
    pub name: String,
    /// Emit the key only when this holds.
    pub when: Option<TExpr>,
    pub value: ValueRule,
    /// Used when the value is `null`, before the empty policy.
    pub default: Option<serde_json::Value>,
    pub empty: EmptyPolicy,
    /// The type of the value the rule produces (before the empty policy).
    pub ty: Type,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ValueRule {
    Expr(TExpr),
    Const(serde_json::Value),
    /// `source` is a `Select` (one code) or a `MultiSelect` (a list of codes).
    Translate {
        source: TExpr,
        set: String,
        multi: bool,
        lang: String,
        unknown: UnknownCode,
        missing_label: MissingLabel,
    },
    /// Through a value map; a list source maps element-wise. `unknown` applies when the map has
    /// no default: Error fails the record, KeepCode passes the key through, Null gives null.
    Map {
        source: TExpr,
        map: String,
        unknown: UnknownCode,
    },
    Object(ObjectRule),
    /// One output object per element of `source` (a list); inside, `PathRoot::Element(depth)`
    /// reads the element. `keep` filters elements.
    Each {
        source: TExpr,
        keep: Option<TExpr>,
        body: ObjectRule,
        depth: u32,
    },
}

/// A typed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct TExpr {
    pub kind: Expr,
    pub ty: Type,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Lit {
    Null,
    Bool(bool),
    Int(i64),
    Number(f64),
    String(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Lit(Lit),
    Path(Path),
    Param(String),
    Unary(UnaryOp, Box<TExpr>),
    Binary(BinOp, Box<TExpr>, Box<TExpr>),
    If(Box<TExpr>, Box<TExpr>, Box<TExpr>),
    /// A stdlib call. Collection functions (`filter`, `find`, `map`, `sort_by`) take the list
    /// first and the element expression second; inside it `PathRoot::It(depth)` is the element.
    /// `translate` and `lookup` carry the set / map name as a `Lit::String` second argument.
    Call(crate::stdlib::Func, Vec<TExpr>),
    /// `let.NAME`: the value of a transform-level let (record-level, also inside `each`).
    Let(String),
    /// Steps on a computed value: `first(list).date`, `let.week1.questionsList`, `f(x)[0]`.
    /// A missing step reads as null, as in a path.
    Access(Box<TExpr>, Vec<Step>),
    /// An `answer:` rule's value: the answer to a question of a questionnaire table.
    Answer(Box<Answer>),
}

/// The answer to one question, from the first of `sources` that has it answered (see
/// [`crate::stdlib::questionnaire`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub form: AnswerForm,
    pub sources: Vec<AnswerSource>,
}

/// One place an answer is looked for.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSource {
    /// The questionnaire's `questionsList` (a `json` expression; null when it is absent).
    pub questions: TExpr,
    /// The group's `groupDescription`, when the question is looked for in one group.
    pub group: Option<String>,
    /// The question text as the questionnaire writes it.
    pub text: String,
}

/// What is read from the question found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerForm {
    /// The score of the checked answer (`json`).
    Score,
    /// `"<number of answers>:<score>"` (`string`).
    CountScore,
    /// A free-text answer, null when empty (`json`).
    Text,
    /// The digits of a free-text answer as a whole number (`int`).
    Number,
}

impl AnswerForm {
    pub fn name(self) -> &'static str {
        match self {
            AnswerForm::Score => "score",
            AnswerForm::CountScore => "count_score",
            AnswerForm::Text => "text",
            AnswerForm::Number => "number",
        }
    }

    pub const ALL: [AnswerForm; 4] = [
        AnswerForm::Score,
        AnswerForm::CountScore,
        AnswerForm::Text,
        AnswerForm::Number,
    ];

    /// The type of the value it reads.
    pub fn ty(self) -> Type {
        match self {
            AnswerForm::Score | AnswerForm::Text => Type::Json,
            AnswerForm::CountScore => Type::STRING,
            AnswerForm::Number => Type::INT,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Not,
    Neg,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Path {
    pub root: PathRoot,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PathRoot {
    /// The source record.
    Record,
    /// The element of the enclosing `each` at this nesting depth (0 = outermost).
    Element(u32),
    /// `it` of the enclosing collection function at this nesting depth (0 = outermost).
    It(u32),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    Field(String),
    Index(usize),
}
