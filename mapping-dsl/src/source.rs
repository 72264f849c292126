//! Source files and byte spans. Every node an error can point at carries a [`Span`].

use std::sync::Arc;

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range `start..end` in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            file,
            start: clamp(start),
            end: clamp(end.max(start)),
        }
    }

    /// A span covering both `self` and `other` (same file assumed).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// One loaded text file: its display name (a path relative to the mappings root) and content.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: Arc<str>,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self
            .text
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// Byte offset of a 1-based line and column (column in characters).
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start as usize..];
        let extra: usize = rest
            .chars()
            .take(col.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        start as usize + extra
    }
}

/// All files of one load, addressed by [`FileId`].
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX))
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
}

/// A fingerprint of spec texts (64 bits, as 16 hex digits), taken in the order given (a
/// deployment's files sorted by name). Generated code records its deployment's fingerprint,
/// so a runtime can tell that the specs it loads are not the ones the code was generated from.
///
/// Eight bytes at a time: `h = rotl((h ^ word) × K, 23)` for each word of a text (its last
/// padded with zeros), then for the text's length, which marks where one file ends. Each step
/// is a one-to-one function of `h` and of the word, so a text that differs in one word gives
/// another fingerprint. `transform` takes the fingerprint of its deployment at every start:
/// the byte-at-a-time FNV-1a it replaces took 15 M instructions for Thailand's 1.5 MB, nine
/// tenths of a one-record `transform`.
pub fn fingerprint<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    /// An odd multiplier (2⁶⁴ / φ), so the product is one-to-one.
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |h: u64, word: u64| (h ^ word).wrapping_mul(K).rotate_left(23);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for t in texts {
        let (words, rest) = t.as_bytes().as_chunks::<8>();
        for w in words {
            h = step(h, u64::from_le_bytes(*w));
        }
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = step(h, u64::from_le_bytes(last));
        h = step(h, t.len() as u64);
    }
    format!("{h:016x}")
}

/// The fingerprint of a deployment's spec files, `(name, text)` in any order: [`fingerprint`]
/// of their texts in name order, workflows left out (they are the runtime's; generated code
/// does not depend on them). The checker records it in the IR, and `spec_files::fingerprint_dir`
/// computes it from a folder without parsing: one rule for both.
pub fn deployment_fingerprint<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut files: Vec<(&str, &str)> = files
        .into_iter()
        .filter(|(_, text)| crate::spec::kind_of(text) != Some("workflow"))
        .collect();
    files.sort_by(|a, b| a.0.cmp(b.0));
    fingerprint(files.into_iter().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("a.yaml", "a: 1\nth: ผู้ชาย x\n");
        let off = f.text.find('x').unwrap() as u32;
        assert_eq!(f.line_col(off), (2, 12));
        assert_eq!(f.offset_of(2, 12), off as usize);
        assert_eq!(f.line_col(0), (1, 1));
    }

    #[test]
    fn fingerprint_follows_every_byte_and_the_file_boundaries() {
        let fp = |t: &[&str]| fingerprint(t.iter().copied());
        let base = fp(&["a: 1\n", "th: ผู้ชาย\n"]);
        assert_eq!(base.len(), 16);
        assert_eq!(base, fp(&["a: 1\n", "th: ผู้ชาย\n"]), "deterministic");
        assert_ne!(base, fp(&["a: 1\n", "th: ผู้หญิง\n"]), "a label");
        assert_ne!(base, fp(&["a: 1\nth: ผู้ชาย\n"]), "a file boundary");
        assert_ne!(base, fp(&["th: ผู้ชาย\n", "a: 1\n"]), "the order");
        assert_ne!(fp(&["ab", "c"]), fp(&["a", "bc"]), "where a file ends");
        assert_ne!(fp(&["a"]), fp(&["a\0"]), "a padded last word");
        assert_ne!(fp(&[]), fp(&[""]), "an empty file");
        // Of "" alone: a zero word, then the length 0, computed by hand.
        let step = |h: u64| h.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(23);
        assert_eq!(
            fp(&[""]),
            format!("{:016x}", step(step(0xcbf2_9ce4_8422_2325)))
        );
    }

    /// Every change of one byte, at every place of a text longer than two words (the words,
    /// the padded last one), gives a fingerprint of its own.
    #[test]
    fn fingerprint_tells_apart_every_one_byte_change() {
        let text = "kind: option_set\nname: gender_of_child"; // 4 words and 6 bytes
        let mut seen = std::collections::BTreeSet::new();
        seen.insert(fingerprint([text]));
        for i in 0..text.len() {
            for bit in [1u8, 2, 4, 16] {
                let mut bytes = text.as_bytes().to_vec();
                bytes[i] ^= bit;
                let changed = String::from_utf8(bytes).expect("ASCII stays ASCII");
                assert!(
                    seen.insert(fingerprint([changed.as_str()])),
                    "byte {i}, bit {bit}: {changed:?}"
                );
            }
        }
        assert_eq!(seen.len(), 1 + text.len() * 4);
    }
}
