//! Option sets: a generated set is a table of rows sorted by code, and a select value a
//! [`Coded`] of it (found by binary search); reading a select, and translating a code to
//! `{code: label}` under the rule's policies.

use std::borrow::Cow;
use std::fmt;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{Coercion, Context, ErrorKind, Field, Lenient, MissingLabel, UnknownCode};
use crate::{number_text_f64, number_text_i64, stdlib};

/// A select value read from a code ([`Coded`] implements this).
pub trait Code: Sized {
    fn from_code(code: Cow<'_, str>) -> Self;
    fn code(&self) -> &str;
}

/// A select's code as text (an expression reading a select field).
#[inline]
pub fn code<C: Code>(v: Option<&C>) -> Option<Cow<'_, str>> {
    v.map(|c| Cow::Borrowed(c.code()))
}

/// An option set's rows, sorted by code, as [`option_table!`] lays them out: every code and
/// label in one text, and numbers saying where each ends. A static of `&str` pointers would
/// hold three per row, each patched by the loader when the program starts (a relative
/// relocation in a position-independent executable, and a page copied on its first write):
/// the 8,442 Thai locations alone gave 25,000 of them. A table holds two.
#[derive(Debug)]
pub struct Table {
    text: &'static str,
    /// For each row, `width` numbers: where its code ends in `text`, then where its label in
    /// each language ends ([`MISSING`] set where it has none). A row starts where the row
    /// before it ends, a label where what stands before it ends.
    ends: &'static [u32],
    width: usize,
}

/// In [`Table`]'s ends: the row has no label in this language.
pub const MISSING: u32 = 1 << 31;

impl Table {
    /// A table of `ends.len() / width` rows (a code and `width - 1` labels each). Made by
    /// [`option_table!`], where a table that does not fit fails the build.
    pub const fn new(text: &'static str, ends: &'static [u32], width: usize) -> Table {
        assert!(
            width > 0 && ends.len().is_multiple_of(width),
            "a table's rows are whole"
        );
        assert!(
            text.len() < MISSING as usize,
            "a table's text fits its ends"
        );
        Table { text, ends, width }
    }

    /// Rows in the table.
    #[inline]
    pub fn len(&self) -> usize {
        self.ends.len() / self.width
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Where the `k`-th number of the ends (counting all rows) starts in the text.
    #[inline]
    fn start(&self, k: usize) -> usize {
        match k.checked_sub(1) {
            Some(before) => self.ends.get(before).map_or(0, |e| (e & !MISSING) as usize),
            None => 0,
        }
    }

    /// Where the `k`-th code or label lies in the text, or `None` for a missing label or a `k`
    /// past the end.
    #[inline]
    fn span(&self, k: usize) -> Option<std::ops::Range<usize>> {
        let end = *self.ends.get(k)?;
        if end & MISSING != 0 {
            return None;
        }
        Some(self.start(k)..end as usize)
    }

    /// The text of the `k`-th number, or `None` for a missing label or a `k` past the end.
    #[inline]
    fn text_at(&self, k: usize) -> Option<&'static str> {
        self.text.get(self.span(k)?)
    }

    /// The code of `row`.
    #[inline]
    pub fn code(&self, row: usize) -> Option<&'static str> {
        self.text_at(row.checked_mul(self.width)?)
    }

    /// The label of `row` in language `lang` (an index into the generated `LANGS`): `None`
    /// where it has none, or the table has no such language or row.
    #[inline]
    pub fn label(&self, row: usize, lang: usize) -> Option<&'static str> {
        if lang >= self.width - 1 {
            return None;
        }
        self.text_at(row.checked_mul(self.width)? + 1 + lang)
    }

    /// The index of `code`'s row, by binary search.
    #[inline]
    pub fn find(&self, code: &str) -> Option<usize> {
        let text = self.text.as_bytes();
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let row = text.get(self.span(mid * self.width)?)?;
            match row.cmp(code.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}

/// Where each code and label of `lens` (a row of byte lengths each, `u32::MAX` for a missing
/// label) ends in the text holding them one after another: the ends of a [`Table`].
#[doc(hidden)]
pub const fn table_ends<const W: usize, const N: usize>(lens: [[u32; W]; N]) -> [[u32; W]; N] {
    let mut out = [[0u32; W]; N];
    let mut at: u32 = 0;
    let mut i = 0;
    while i < N {
        let mut j = 0;
        while j < W {
            let len = lens[i][j];
            if len == u32::MAX {
                out[i][j] = at | MISSING;
            } else {
                at += len;
                assert!(at < MISSING, "a table's text fits its ends");
                out[i][j] = at;
            }
            j += 1;
        }
        i += 1;
    }
    out
}

/// An option set's [`Table`], written one row per line as generated code writes it:
///
/// ```
/// mapwright_rt::option_table! {
///     /// The rows of option set `sex`, sorted by code.
///     static SEX = 2 rows of 2 labels;
///     "f" => [Some("female"), Some("หญิง")],
///     "m" => [Some("male"), None],
/// }
/// assert_eq!(SEX.label(0, 1), Some("หญิง"));
/// assert_eq!(SEX.label(1, 1), None);
/// assert_eq!(SEX.find("m"), Some(1));
/// ```
///
/// The codes and labels are joined at compile time (`concat!`) and their lengths summed by a
/// `const fn`, so the table costs the loader nothing at start-up.
#[macro_export]
macro_rules! option_table {
    (
        $(#[$meta:meta])*
        static $name:ident = $rows:literal rows of $labels:literal labels;
        $($code:literal => [$($l:ident $(($text:literal))?),* $(,)?],)*
    ) => {
        $(#[$meta])*
        static $name: $crate::Table = {
            const TEXT: &str = concat!($($code, $($crate::__option_label_text!($l $(($text))?),)*)*);
            const ENDS: [[u32; 1 + $labels]; $rows] = $crate::table_ends([
                $([$code.len() as u32, $($crate::__option_label_len!($l $(($text))?)),*],)*
            ]);
            $crate::Table::new(TEXT, ENDS.as_flattened(), 1 + $labels)
        };
    };
}

/// A label's text in [`option_table!`]'s `concat!` (nothing for a missing one).
#[doc(hidden)]
#[macro_export]
macro_rules! __option_label_text {
    (None) => {
        ""
    };
    (Some($text:literal)) => {
        $text
    };
}

/// A label's length in [`option_table!`] (`u32::MAX` for a missing one).
#[doc(hidden)]
#[macro_export]
macro_rules! __option_label_len {
    (None) => {
        u32::MAX
    };
    (Some($text:literal)) => {
        $text.len() as u32
    };
}

/// An option set as generated code knows it: a table of rows sorted by code.
pub trait OptionSet: 'static {
    /// The rows, sorted by code, each code once.
    fn table() -> &'static Table;

    /// The index of `code`'s row. By binary search here; `cargo gen` writes a `match` on the
    /// code's length and then the code for a set where few codes share a length (the compiler
    /// compares a code of known length in a word or two, without a call).
    #[inline]
    fn find(code: &str) -> Option<usize> {
        Self::table().find(code)
    }

    /// No code or label of the set holds a byte that JSON escapes (`"`, `\`, below 0x20): a
    /// translation's `{"code":"label"}` is then written as it is, without a scan. `cargo gen`
    /// says so for each set it checked.
    const CLEAN: bool = false;
}

/// A code of option set `S` read from input: the index of its row in the set's table, or a
/// code that the set does not have.
pub struct Coded<S> {
    at: Result<usize, String>,
    set: std::marker::PhantomData<fn() -> S>,
}

impl<S: OptionSet> Coded<S> {
    /// The label in language `lang` (an index into the generated `LANGS`).
    #[inline]
    pub fn label(&self, lang: usize) -> Label {
        match &self.at {
            Ok(i) => {
                let table = S::table();
                match table.label(*i, lang) {
                    Some(text) if S::CLEAN => Label::Clean {
                        code: table.code(*i).unwrap_or_default(),
                        text,
                    },
                    Some(text) => Label::Text(text),
                    None => Label::Missing,
                }
            }
            Err(_) => Label::Unknown,
        }
    }
}

impl<S: OptionSet> Code for Coded<S> {
    #[inline]
    fn from_code(code: Cow<'_, str>) -> Self {
        let found = S::find(&code);
        debug_assert_eq!(
            found,
            S::table().find(&code),
            "a generated `find` of {code:?}"
        );
        let at = match found {
            Some(i) => Ok(i),
            None => Err(code.into_owned()),
        };
        Coded {
            at,
            set: std::marker::PhantomData,
        }
    }

    #[inline]
    fn code(&self) -> &str {
        match &self.at {
            Ok(i) => S::table().code(*i).unwrap_or_default(),
            Err(c) => c,
        }
    }
}

impl<'de, S: OptionSet> Lenient<'de> for Coded<S> {
    fn from_str(s: Cow<'de, str>) -> Field<Self> {
        select_from_str(s)
    }
    fn from_i64(v: i64) -> Field<Self> {
        select_from_i64(v)
    }
    fn from_f64(v: f64) -> Field<Self> {
        select_from_f64(v)
    }
    fn from_bool(v: bool) -> Field<Self> {
        select_from_bool(v)
    }
}

// By hand rather than derived: a derive would ask `S`, a marker type, for the same traits.
impl<S> Clone for Coded<S> {
    fn clone(&self) -> Self {
        Coded {
            at: self.at.clone(),
            set: std::marker::PhantomData,
        }
    }
}

impl<S> PartialEq for Coded<S> {
    fn eq(&self, other: &Self) -> bool {
        self.at == other.at
    }
}

impl<S> Eq for Coded<S> {}

impl<S: OptionSet> fmt::Debug for Coded<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Ok(_) => write!(f, "Coded({:?})", self.code()),
            Err(c) => write!(f, "Coded(unknown {c:?})"),
        }
    }
}

/// Reads a select: a string code (a number is coerced to its text).
pub fn select_from_str<C: Code>(s: Cow<'_, str>) -> Field<C> {
    Field::Val(C::from_code(s))
}

pub fn select_from_i64<C: Code>(v: i64) -> Field<C> {
    Field::Coerced(
        C::from_code(Cow::Owned(number_text_i64(v))),
        Coercion::NumberToString,
    )
}

pub fn select_from_f64<C: Code>(v: f64) -> Field<C> {
    match number_text_f64(v) {
        Some(s) => Field::Coerced(C::from_code(Cow::Owned(s)), Coercion::NumberToString),
        None => Field::Wrong("number"),
    }
}

pub fn select_from_bool<C: Code>(v: bool) -> Field<C> {
    Field::Coerced(
        C::from_code(Cow::Borrowed(if v { "true" } else { "false" })),
        Coercion::BoolToString,
    )
}

/// A translated code: `{"code": "label"}` (the label `null` when the policy says so).
#[derive(Debug, Clone, PartialEq)]
pub struct Translated<'a> {
    pub code: Cow<'a, str>,
    pub label: Option<Cow<'a, str>>,
    /// The code and the label need no escape in JSON (a row of a [`OptionSet::CLEAN`] set):
    /// they are written without a scan.
    pub clean: bool,
}

impl Serialize for Translated<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(&*self.code, &self.label.as_deref())?;
        m.end()
    }
}

/// A translation's label for a code in one language, as [`Coded::label`] reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Text(&'static str),
    /// A label of a [`OptionSet::CLEAN`] set, with its row's code: neither needs an escape.
    Clean {
        code: &'static str,
        text: &'static str,
    },
    /// A known code without a label in this language.
    Missing,
    /// A code that is not in the option set.
    Unknown,
}

/// `{code: label}` for one code under the rule's policies. A known code with a label costs
/// no allocation; the other cases go through `stdlib::translate::apply_label_policy`, the
/// function the interpreter uses.
#[inline]
pub fn translated<'a>(
    code: Cow<'a, str>,
    label: Label,
    set: &str,
    lang: &str,
    unknown: UnknownCode,
    missing: MissingLabel,
    ctx: &Context,
) -> Result<Translated<'a>, ErrorKind> {
    let found = match label {
        Label::Text(t) => {
            return Ok(Translated {
                code,
                label: Some(Cow::Borrowed(t)),
                clean: false,
            });
        }
        Label::Clean { code: row, text } => {
            // Clean when the code written is the row's (as generated code passes it).
            let clean = *code == *row;
            return Ok(Translated {
                code,
                label: Some(Cow::Borrowed(text)),
                clean,
            });
        }
        Label::Missing => Some(None),
        Label::Unknown => None,
    };
    let label = stdlib::translate::apply_label_policy(
        set,
        &code,
        lang,
        found,
        unknown,
        missing,
        &ctx.counters,
    )?
    .map(|l| Cow::Owned(l.to_owned()));
    Ok(Translated {
        code,
        label,
        clean: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A select type of its own: the readers work for any `Code`.
    #[derive(Debug, PartialEq)]
    enum Sex {
        Male,
        Other(String),
    }

    impl Code for Sex {
        fn from_code(code: Cow<'_, str>) -> Self {
            match &*code {
                "1" => Sex::Male,
                _ => Sex::Other(code.into_owned()),
            }
        }
        fn code(&self) -> &str {
            match self {
                Sex::Male => "1",
                Sex::Other(c) => c,
            }
        }
    }

    #[test]
    fn selects_read_codes_and_coerce_numbers_and_bools_to_text() {
        assert_eq!(select_from_str::<Sex>("1".into()), Field::Val(Sex::Male));
        assert_eq!(
            select_from_i64::<Sex>(1),
            Field::Coerced(Sex::Male, Coercion::NumberToString)
        );
        assert_eq!(
            select_from_f64::<Sex>(1.5),
            Field::Coerced(Sex::Other("1.5".into()), Coercion::NumberToString)
        );
        assert_eq!(select_from_f64::<Sex>(f64::NAN), Field::Wrong("number"));
        assert_eq!(
            select_from_bool::<Sex>(true),
            Field::Coerced(Sex::Other("true".into()), Coercion::BoolToString)
        );
        assert_eq!(code(Some(&Sex::Other("9".into()))).as_deref(), Some("9"));
        assert_eq!(code::<Sex>(None), None);
    }

    /// What generated code writes for a set: a marker type and its sorted rows, labels in the
    /// order of `LANGS` (here `en`, `th`).
    struct Gender;

    crate::option_table! {
        static GENDER = 3 rows of 2 labels;
        "f" => [Some("female"), Some("หญิง")],
        "m" => [Some("male"), None],
        "x" => [None, None],
    }

    impl OptionSet for Gender {
        fn table() -> &'static Table {
            &GENDER
        }
    }

    const EN: usize = 0;
    const TH: usize = 1;

    #[test]
    fn a_coded_value_finds_its_row_and_labels() {
        let f = Coded::<Gender>::from_code("f".into());
        assert_eq!(f.code(), "f");
        assert_eq!(f.label(EN), Label::Text("female"));
        assert_eq!(f.label(TH), Label::Text("หญิง"));
        let m = Coded::<Gender>::from_code("m".into());
        assert_eq!(m.label(TH), Label::Missing);
        assert_eq!(m.label(7), Label::Missing, "a language the table lacks");
        assert_eq!(
            Coded::<Gender>::from_code("x".into()).label(EN),
            Label::Missing
        );
        assert_eq!(format!("{m:?}"), r#"Coded("m")"#);
        assert_eq!(m.clone(), m);
        assert_ne!(m, f);
    }

    /// A table built at run time the way [`option_table!`] lays one out, against the rows it
    /// was built from: every code and label comes back, every code is found, and a code
    /// between two others or past both ends is not.
    #[test]
    fn a_table_gives_back_its_rows_and_finds_each_code() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        let words = ["", "a", "หญิง", "ประเทศไทย:กรุงเทพมหานคร", "\"q\"", "x y"];
        let mut codes: Vec<String> = (0..400).map(|_| format!("c{}", next(100_000))).collect();
        codes.push(String::new());
        codes.push("ก".to_owned());
        codes.sort();
        codes.dedup();
        let rows: Vec<(String, Vec<Option<&str>>)> = codes
            .into_iter()
            .map(|c| {
                let labels = (0..3)
                    .map(|_| match next(7) {
                        0 => None,
                        w => Some(words[(w - 1) as usize]),
                    })
                    .collect();
                (c, labels)
            })
            .collect();
        let mut text = String::new();
        let mut ends = Vec::new();
        for (code, labels) in &rows {
            text.push_str(code);
            ends.push(text.len() as u32);
            for l in labels {
                match l {
                    Some(l) => {
                        text.push_str(l);
                        ends.push(text.len() as u32);
                    }
                    None => ends.push(text.len() as u32 | MISSING),
                }
            }
        }
        let table = Table::new(text.leak(), ends.leak(), 4);
        assert_eq!(table.len(), rows.len());
        for (i, (code, labels)) in rows.iter().enumerate() {
            assert_eq!(table.code(i), Some(code.as_str()));
            assert_eq!(table.find(code), Some(i), "{code:?}");
            for (lang, l) in labels.iter().enumerate() {
                assert_eq!(table.label(i, lang), *l, "row {i} language {lang}");
            }
            assert_eq!(table.label(i, 3), None, "a language the table lacks");
            assert_eq!(table.find(&format!("{code}!")), None);
        }
        assert_eq!(table.code(rows.len()), None);
        assert_eq!(table.label(rows.len(), 0), None);
        assert_eq!(table.find("zzz"), None);
        let empty = Table::new("", &[], 2);
        assert!(empty.is_empty());
        assert_eq!(empty.find(""), None);
    }

    crate::option_table! {
        static EMPTY_LABELS = 2 rows of 1 labels;
        "" => [Some("")],
        "a" => [None],
    }

    #[test]
    fn an_empty_label_is_a_label_and_an_empty_code_a_code() {
        assert_eq!(EMPTY_LABELS.find(""), Some(0));
        assert_eq!(EMPTY_LABELS.code(0), Some(""));
        assert_eq!(EMPTY_LABELS.label(0, 0), Some(""));
        assert_eq!(EMPTY_LABELS.label(1, 0), None);
        assert_eq!(EMPTY_LABELS.find("a"), Some(1));
    }

    /// The same rows in a set `cargo gen` found clean.
    struct CleanGender;

    impl OptionSet for CleanGender {
        fn table() -> &'static Table {
            &GENDER
        }
        const CLEAN: bool = true;
    }

    #[test]
    fn a_clean_sets_translation_is_written_unscanned_as_serde_writes_it() {
        let cx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let f = Coded::<CleanGender>::from_code("f".into());
        assert_eq!(
            f.label(TH),
            Label::Clean {
                code: "f",
                text: "หญิง"
            }
        );
        assert_eq!(
            Coded::<CleanGender>::from_code("m".into()).label(TH),
            Label::Missing
        );
        let of = |code: &'static str| {
            translated(
                code.into(),
                f.label(TH),
                "sex",
                "th",
                UnknownCode::Error,
                MissingLabel::Error,
                &cx,
            )
            .expect("a known code")
        };
        let t = of("f");
        assert!(t.clean);
        assert!(!of("f\"").clean, "a code other than the row's is scanned");
        // A set not known clean is scanned, whatever its rows.
        let g = Coded::<Gender>::from_code("f".into());
        assert_eq!(g.label(TH), Label::Text("หญิง"));
        for t in [t, of("f\"")] {
            let mut ours = Vec::new();
            crate::WriteJson::write_json(&t, &mut crate::JsonOut::new(&mut ours)).expect("writes");
            let serde = serde_json::to_vec(&t).expect("writes");
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&serde)
            );
        }
    }

    #[test]
    fn a_code_the_set_lacks_is_kept_as_written() {
        for code in ["", "F", "g", "a", "z", " f"] {
            let c = Coded::<Gender>::from_code(code.into());
            assert_eq!(c.code(), code);
            assert_eq!(c.label(EN), Label::Unknown, "{code:?}");
        }
        let unknown = Coded::<Gender>::from_code("q".into());
        assert_eq!(format!("{unknown:?}"), r#"Coded(unknown "q")"#);
        assert_ne!(unknown, Coded::<Gender>::from_code("f".into()));
    }

    #[test]
    fn a_coded_field_reads_codes_and_coerces_scalars_to_text() {
        let read = |text: &str| -> Field<Coded<Gender>> {
            serde_json::from_str(text).expect("any JSON value reads as a field")
        };
        assert_eq!(read(r#""m""#), Field::Val(Coded::from_code("m".into())));
        assert_eq!(
            read("1"),
            Field::Coerced(Coded::from_code("1".into()), Coercion::NumberToString)
        );
        assert_eq!(
            read("false"),
            Field::Coerced(Coded::from_code("false".into()), Coercion::BoolToString)
        );
        assert_eq!(read("[]"), Field::Wrong("list"));
        assert_eq!(read("null"), Field::Null);
    }

    fn tr(
        label: Label,
        unknown: UnknownCode,
        missing: MissingLabel,
        cx: &Context,
    ) -> Result<Translated<'static>, ErrorKind> {
        translated("c".into(), label, "sex", "th", unknown, missing, cx)
    }

    #[test]
    fn a_known_label_is_borrowed_and_not_counted() {
        let cx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let t = tr(
            Label::Text("ชาย"),
            UnknownCode::Error,
            MissingLabel::Error,
            &cx,
        );
        let t = t.expect("a known code");
        assert!(matches!(t.label, Some(Cow::Borrowed("ชาย"))));
        assert!(cx.counters.snapshot().is_empty());
    }

    #[test]
    fn missing_and_unknown_codes_follow_the_policies_and_are_counted() {
        let cx = Context::new(chrono::DateTime::UNIX_EPOCH);
        let label = |l, u, m| tr(l, u, m, &cx).map(|t| t.label.map(Cow::into_owned));
        assert_eq!(
            label(Label::Missing, UnknownCode::Error, MissingLabel::Empty),
            Ok(Some(String::new()))
        );
        assert_eq!(
            label(Label::Missing, UnknownCode::Error, MissingLabel::KeepCode),
            Ok(Some("c".into()))
        );
        assert_eq!(
            label(Label::Unknown, UnknownCode::KeepCode, MissingLabel::Error),
            Ok(Some("c".into()))
        );
        assert_eq!(
            label(Label::Unknown, UnknownCode::Null, MissingLabel::Error),
            Ok(None)
        );
        assert_eq!(
            label(Label::Unknown, UnknownCode::Error, MissingLabel::Empty),
            Err(ErrorKind::UnknownCode {
                set: "sex".into(),
                code: "c".into()
            })
        );
        assert!(matches!(
            label(Label::Missing, UnknownCode::KeepCode, MissingLabel::Error),
            Err(ErrorKind::Function { .. })
        ));
        let counted = cx.counters.snapshot();
        let key = ("sex".to_owned(), "c".to_owned());
        assert_eq!(counted.missing_labels.get(&key), Some(&2));
        assert_eq!(counted.unknown_codes.get(&key), Some(&2));
    }
}
