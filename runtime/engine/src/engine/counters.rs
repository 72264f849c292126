//! The transform counters of a run (coercions applied, unknown codes passed by policy, codes
//! written without a label by policy, questionnaire questions no table lists and listed ones
//! missing), summed
//! over every record and stored with the run when it ends.

use std::collections::BTreeMap;
use std::sync::Mutex;

use mapping_dsl::rt::CounterMaps;

use crate::store::CounterRow;

/// `(transform, kind, subject, detail)`.
type CounterKey = (String, &'static str, String, String);

#[derive(Debug, Default)]
pub(crate) struct RunCounters {
    inner: Mutex<BTreeMap<CounterKey, u64>>,
}

impl RunCounters {
    /// Adds one transform call's counters.
    pub fn add(&self, transform: &str, c: &CounterMaps) {
        if c.is_empty() {
            return;
        }
        let Ok(mut m) = self.inner.lock() else { return };
        let kinds = [
            ("coercion", &c.coercions),
            ("unknown_code", &c.unknown_codes),
            ("missing_label", &c.missing_labels),
            // Questionnaire drift: (questionnaire code, question text, a form label).
            ("unmatched_question", &c.unmatched_questions),
            ("missing_question", &c.missing_questions),
        ];
        for (kind, map) in kinds {
            for ((subject, detail), n) in map {
                *m.entry((transform.to_owned(), kind, subject.clone(), detail.clone()))
                    .or_default() += n;
            }
        }
    }

    /// Everything counted so far, emptied (so a second flush adds only what is new).
    pub fn take(&self) -> Vec<CounterRow> {
        let Ok(mut m) = self.inner.lock() else {
            return Vec::new();
        };
        std::mem::take(&mut *m)
            .into_iter()
            .map(|((transform, kind, subject, detail), count)| CounterRow {
                transform,
                kind: kind.to_owned(),
                subject,
                detail,
                count,
            })
            .collect()
    }
}
