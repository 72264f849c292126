//! Where in a record an error happened, and the check of one input field against the coercions
//! its schema accepts (an accepted one is counted under the field's path).

use crate::field::wrong;
use crate::{Coercion, Context, ErrorKind, Field, TransformError};

/// Where in a record an error happened, built on the stack and rendered only on failure.
#[derive(Debug, Clone, Copy)]
pub enum Loc<'a> {
    Root,
    Field {
        parent: &'a Loc<'a>,
        name: &'static str,
    },
    Elem {
        parent: &'a Loc<'a>,
        name: &'static str,
        index: usize,
    },
}

impl Loc<'_> {
    fn render(&self, out: &mut String) {
        match self {
            Loc::Root => {}
            Loc::Field { parent, name } => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Loc::Elem {
                parent,
                name,
                index,
            } => {
                parent.render(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }

    /// The path of `leaf` under this location, e.g. `family[2].relation`.
    pub fn path(&self, leaf: &str) -> String {
        let mut out = String::new();
        self.render(&mut out);
        if !leaf.is_empty() {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(leaf);
        }
        out
    }

    pub fn fail(&self, leaf: &str, kind: ErrorKind) -> TransformError {
        TransformError::new(self.path(leaf), kind)
    }

    /// An error at element `index` of the list under `leaf`: `nationality[2]`.
    pub fn fail_at(&self, leaf: &str, index: usize, kind: ErrorKind) -> TransformError {
        TransformError::new(format!("{}[{index}]", self.path(leaf)), kind)
    }
}

/// Checks one input field; counts an allowed coercion under the field's path (with list
/// indices, as the interpreter does).
#[inline]
pub fn check<T>(
    f: &Field<T>,
    expected: &str,
    accept: &[Coercion],
    loc: &Loc<'_>,
    name: &str,
    ctx: &Context,
) -> Result<(), TransformError> {
    match f.check(expected, accept) {
        Ok(None) => Ok(()),
        Ok(Some(c)) => {
            ctx.counters.coercion(&loc.path(name), c.name());
            Ok(())
        }
        Err(kind) => Err(loc.fail(name, kind)),
    }
}

/// Like [`check`] for list elements that may not be null (option codes).
#[inline]
pub fn check_present<T>(
    f: &Field<T>,
    expected: &str,
    accept: &[Coercion],
    loc: &Loc<'_>,
    ctx: &Context,
) -> Result<(), TransformError> {
    if matches!(f, Field::Null) {
        return Err(loc.fail("", wrong(expected, "null")));
    }
    check(f, expected, accept, loc, "", ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context {
        Context::new(chrono::DateTime::UNIX_EPOCH)
    }

    #[test]
    fn paths_render_fields_and_list_elements() {
        let root = Loc::Root;
        assert_eq!(root.path("age"), "age");
        assert_eq!(root.path(""), "");
        let family = Loc::Field {
            parent: &root,
            name: "family",
        };
        assert_eq!(family.path("relation"), "family.relation");
        let second = Loc::Elem {
            parent: &family,
            name: "members",
            index: 2,
        };
        assert_eq!(second.path("name"), "family.members[2].name");
        assert_eq!(second.path(""), "family.members[2]");
        let top = Loc::Elem {
            parent: &root,
            name: "children",
            index: 0,
        };
        assert_eq!(top.path("age"), "children[0].age");
        let e = family.fail_at("nationality", 3, ErrorKind::NotAnObject);
        assert_eq!(e.field, "family.nationality[3]");
        assert_eq!(root.fail("x", ErrorKind::NotAnObject).field, "x");
    }

    #[test]
    fn an_accepted_coercion_is_counted_under_the_fields_path() {
        let cx = ctx();
        let root = Loc::Root;
        let at = Loc::Elem {
            parent: &root,
            name: "children",
            index: 1,
        };
        let f = Field::Coerced(7_i64, Coercion::StringToNumber);
        check(&f, "int", &[Coercion::StringToNumber], &at, "age", &cx).expect("accepted");
        check(&f, "int", &[Coercion::StringToNumber], &at, "age", &cx).expect("accepted");
        check(&Field::Val(1_i64), "int", &[], &at, "age", &cx).expect("valid");
        let counted = cx.counters.snapshot().coercions;
        assert_eq!(
            counted.into_iter().collect::<Vec<_>>(),
            [(
                ("children[1].age".to_owned(), "string_to_number".to_owned()),
                2
            )]
        );
    }

    #[test]
    fn a_refused_field_fails_at_its_path() {
        let cx = ctx();
        let root = Loc::Root;
        let f = Field::Coerced(7_i64, Coercion::StringToNumber);
        let e = check(&f, "int", &[], &root, "age", &cx).expect_err("not accepted");
        assert_eq!(e.to_string(), "age: expected int, found string");
        assert!(cx.counters.snapshot().is_empty());
    }

    #[test]
    fn a_list_element_may_not_be_null() {
        let cx = ctx();
        let root = Loc::Root;
        let at = Loc::Elem {
            parent: &root,
            name: "nationality",
            index: 4,
        };
        let e = check_present(&Field::<i64>::Null, "code", &[], &at, &cx).expect_err("null");
        assert_eq!(e.to_string(), "nationality[4]: expected code, found null");
        check_present(&Field::Val(1_i64), "code", &[], &at, &cx).expect("present");
    }
}
