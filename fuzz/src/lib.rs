//! What the fuzz targets share: the invariants every diagnostic must keep.

use mapping_dsl::diag::Diagnostic;

/// Every label of `d` points inside a text of `len` bytes (an analyst's editor jumps there).
pub fn assert_labels_inside(d: &Diagnostic, len: usize) {
    for l in &d.labels {
        assert!(
            l.span.start <= l.span.end && l.span.end as usize <= len,
            "label {:?} outside a {len}-byte text: {}",
            l.span,
            d.message
        );
    }
}
