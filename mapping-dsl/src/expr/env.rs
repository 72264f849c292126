//! What an expression is checked against: the record type, the enclosing `each` elements,
//! parameters, option sets and value maps. Build one with the chained methods:
//!
//! ```
//! use mapping_dsl::expr::Env;
//! use mapping_dsl::types::{ObjectType, Scalar, Type};
//! let record = Env::object([("age", Type::INT), ("name", Type::STRING)]);
//! let env = Env::new(record).param("cursor", Scalar::DateTime);
//! assert!(env.params.contains_key("cursor"));
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::ir::{Deployment, MissingLabel, OptionSet, Param, PathRoot, UnknownCode, ValueMap};
use crate::types::{ObjectType, Scalar, Type};

/// The transform's `policy:` as it applies to `translate()` calls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatePolicy {
    pub lang: String,
    pub unknown: UnknownCode,
    pub missing: MissingLabel,
}

impl Default for TranslatePolicy {
    fn default() -> Self {
        TranslatePolicy {
            lang: "th".to_owned(),
            unknown: UnknownCode::Error,
            missing: MissingLabel::Error,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Env {
    /// The source record's type.
    pub record: ObjectType,
    /// Element types of the enclosing `each` rules, outermost first.
    pub elements: Vec<Type>,
    /// What a bare path (`a.b`) starts from: the record, or the innermost `each` element.
    pub bare_root: PathRoot,
    /// Declared parameters.
    pub params: BTreeMap<String, Scalar>,
    pub option_sets: Arc<BTreeMap<String, OptionSet>>,
    pub value_maps: Arc<BTreeMap<String, ValueMap>>,
    pub translate: TranslatePolicy,
    /// The transform's lets in declaration order: `Some(type)` once defined (readable as
    /// `let.NAME`), `None` for the one being checked and those after it.
    pub lets: Vec<(String, Option<Type>)>,
    /// While lets are checked: the lets each let reads, to name a cycle as one.
    pub let_reads: BTreeMap<String, std::collections::BTreeSet<String>>,
}

impl Env {
    pub fn new(record: ObjectType) -> Env {
        Env {
            record,
            elements: Vec::new(),
            bare_root: PathRoot::Record,
            params: BTreeMap::new(),
            option_sets: Arc::default(),
            value_maps: Arc::default(),
            translate: TranslatePolicy::default(),
            lets: Vec::new(),
            let_reads: BTreeMap::new(),
        }
    }

    /// An object type from `(name, type)` pairs, in order.
    pub fn object<'a>(fields: impl IntoIterator<Item = (&'a str, Type)>) -> ObjectType {
        ObjectType {
            fields: fields.into_iter().map(|(n, t)| (n.to_owned(), t)).collect(),
        }
    }

    pub fn param(mut self, name: impl Into<String>, ty: Scalar) -> Env {
        self.params.insert(name.into(), ty);
        self
    }

    pub fn params(mut self, params: &[Param]) -> Env {
        self.params
            .extend(params.iter().map(|p| (p.name.clone(), p.ty)));
        self
    }

    pub fn option_set(mut self, set: OptionSet) -> Env {
        Arc::make_mut(&mut self.option_sets).insert(set.name.clone(), set);
        self
    }

    pub fn value_map(mut self, map: ValueMap) -> Env {
        Arc::make_mut(&mut self.value_maps).insert(map.name.clone(), map);
        self
    }

    /// The deployment's option sets and value maps.
    pub fn deployment(mut self, dep: &Deployment) -> Env {
        self.option_sets = Arc::new(dep.option_sets.clone());
        self.value_maps = Arc::new(dep.value_maps.clone());
        self
    }

    /// A defined let, readable as `let.NAME`.
    pub fn with_let(mut self, name: impl Into<String>, ty: Type) -> Env {
        let name = name.into();
        match self.lets.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = Some(ty),
            None => self.lets.push((name, Some(ty))),
        }
        self
    }

    pub fn translate_policy(mut self, policy: TranslatePolicy) -> Env {
        self.translate = policy;
        self
    }

    /// Inside an `each` over elements of type `element` (an `Object` for a subform): bare paths
    /// now start at the element, and `root.` reaches the record.
    pub fn each(mut self, element: Type) -> Env {
        self.elements.push(element);
        self.bare_root =
            PathRoot::Element(u32::try_from(self.elements.len() - 1).unwrap_or(u32::MAX));
        self
    }

    /// [`Env::each`] on a copy (option sets and value maps are shared, not copied).
    pub fn enter_each(&self, element: Type) -> Env {
        self.clone().each(element)
    }
}
