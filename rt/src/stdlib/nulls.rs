//! Null handling: `coalesce`, `default`, `is_empty`. "Empty" means null, "" or [] — the same
//! notion as the transform's `empty:` policy.

use serde_json::Value;

/// Values that can be empty ("" or []).
pub trait Emptiness {
    fn is_empty_value(&self) -> bool;
}

impl Emptiness for str {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}
impl Emptiness for String {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}
impl Emptiness for std::borrow::Cow<'_, str> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}
impl<T> Emptiness for [T] {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}
impl<T> Emptiness for Vec<T> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}
impl Emptiness for Value {
    fn is_empty_value(&self) -> bool {
        match self {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => false,
        }
    }
}
impl<T: Emptiness + ?Sized> Emptiness for &T {
    fn is_empty_value(&self) -> bool {
        (**self).is_empty_value()
    }
}
macro_rules! never_empty {
    ($($t:ty),*) => { $(impl Emptiness for $t { fn is_empty_value(&self) -> bool { false } })* };
}
never_empty!(i64, f64, bool, serde_json::Number);

/// `is_empty(x)`: null, "" and [] are empty.
pub fn is_empty<T: Emptiness>(x: Option<T>) -> bool {
    x.is_none_or(|v| v.is_empty_value())
}

/// `default(a, b)`: `b` when `a` is null or empty.
pub fn default<T: Emptiness>(a: Option<T>, b: Option<T>) -> Option<T> {
    if is_empty(a.as_ref()) { b } else { a }
}

/// `coalesce(a, b, …)`: the first non-null.
pub fn coalesce<T>(items: impl IntoIterator<Item = Option<T>>) -> Option<T> {
    items.into_iter().flatten().next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn emptiness() {
        assert!(is_empty::<&str>(None));
        assert!(is_empty(Some("")));
        assert!(!is_empty(Some(" ")));
        assert!(is_empty(Some(&json!([]))));
        assert!(!is_empty(Some(0i64)));
        assert!(is_empty(Some(&Value::Null)));
    }

    #[test]
    fn default_and_coalesce() {
        assert_eq!(default(Some(""), Some("x")), Some("x"));
        assert_eq!(default(Some("a"), Some("x")), Some("a"));
        assert_eq!(default(None, Some(2i64)), Some(2));
        assert_eq!(coalesce([None, Some(1), Some(2)]), Some(1));
        assert_eq!(coalesce::<i64>([None, None]), None);
    }
}
