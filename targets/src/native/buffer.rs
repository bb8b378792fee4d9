//! The code buffer every native assembler writes into: bytes, labels, forward fix-ups and
//! dead-code suppression, with the same observable behaviour as `py/asmbase.c`.
//!
//! Invariants:
//! - A label is bound at most once per buffer; binding ends any dead-code region.
//! - While suppressed, writes are dropped and the offset does not move (mpy-cross's
//!   compute and emit passes drop the same bytes, so offsets agree).
//! - A reference to a label not bound yet is a forward reference: the assembler must pick
//!   the encoding that fits any distance (as mpy-cross does on its compute pass) and
//!   register a [`Fixup`]; [`CodeBuf::finish`] patches every fix-up.

/// A label in one function's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// How a forward reference is patched once its label is bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixupKind {
    /// A little-endian 32-bit displacement relative to the end of the field (x86 `rel32`).
    Rel32,
}

/// A forward reference waiting for its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fixup {
    /// Offset of the field to patch.
    pub at: usize,
    pub label: Label,
    pub kind: FixupKind,
}

/// Why the buffer could not produce code.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BufferError {
    /// A label number outside the function's label space.
    UnknownLabel(u32),
    /// A label bound twice.
    Rebound(u32),
    /// A label used but never bound.
    Unbound(u32),
    /// A displacement that does not fit its field.
    OutOfRange(u32),
}

impl std::fmt::Display for BufferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BufferError::UnknownLabel(l) => write!(f, "label {l} does not exist"),
            BufferError::Rebound(l) => write!(f, "label {l} is bound twice"),
            BufferError::Unbound(l) => write!(f, "label {l} is used but never bound"),
            BufferError::OutOfRange(l) => write!(f, "jump to label {l} is out of range"),
        }
    }
}

impl std::error::Error for BufferError {}

/// Bytes, labels and fix-ups of one function.
#[derive(Clone, Debug, Default)]
pub struct CodeBuf {
    code: Vec<u8>,
    labels: Vec<Option<usize>>,
    fixups: Vec<Fixup>,
    suppress: bool,
    error: Option<BufferError>,
}

impl CodeBuf {
    /// A buffer with labels `0..num_labels` available.
    pub fn new(num_labels: u32) -> CodeBuf {
        CodeBuf {
            labels: vec![None; num_labels as usize],
            ..CodeBuf::default()
        }
    }

    /// A fresh label after all existing ones.
    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// The current offset (where the next byte goes).
    pub fn offset(&self) -> usize {
        self.code.len()
    }

    /// True while in a dead-code region.
    pub fn is_suppressed(&self) -> bool {
        self.suppress
    }

    /// Start a dead-code region: writes are dropped until the next label is bound.
    pub fn suppress(&mut self) {
        self.suppress = true;
    }

    /// Append bytes, unless suppressed.
    pub fn bytes(&mut self, b: &[u8]) {
        if !self.suppress {
            self.code.extend_from_slice(b);
        }
    }

    /// Append the low `size` bytes of `value`, little-endian (`mp_asm_base_data`).
    pub fn data(&mut self, size: usize, value: u64) {
        let le = value.to_le_bytes();
        self.bytes(&le[..size.min(8)]);
    }

    /// Overwrite bytes already written at `at` (e.g. a header word known only at the end).
    pub fn patch(&mut self, at: usize, b: &[u8]) {
        if let Some(dst) = self.code.get_mut(at..at + b.len()) {
            dst.copy_from_slice(b);
        }
    }

    /// Bind `label` here; ends any dead-code region.
    pub fn bind(&mut self, label: Label) {
        self.suppress = false;
        let here = self.code.len();
        match self.labels.get_mut(label.0 as usize) {
            None => self.fail(BufferError::UnknownLabel(label.0)),
            Some(Some(_)) => self.fail(BufferError::Rebound(label.0)),
            Some(slot) => *slot = Some(here),
        }
    }

    /// Where `label` is bound, if it is already.
    pub fn label_offset(&mut self, label: Label) -> Option<usize> {
        match self.labels.get(label.0 as usize) {
            None => {
                self.fail(BufferError::UnknownLabel(label.0));
                None
            }
            Some(o) => *o,
        }
    }

    /// Register a forward reference whose field starts at `at` (if the field was written).
    pub fn add_fixup(&mut self, at: usize, label: Label, kind: FixupKind) {
        if !self.suppress {
            self.fixups.push(Fixup { at, label, kind });
        }
    }

    /// Record the first error; later code is still laid out so offsets stay meaningful.
    pub fn fail(&mut self, e: BufferError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    /// Patch all fix-ups and return the code.
    pub fn finish(mut self) -> Result<Vec<u8>, BufferError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for fx in std::mem::take(&mut self.fixups) {
            let dest = self
                .labels
                .get(fx.label.0 as usize)
                .copied()
                .flatten()
                .ok_or(BufferError::Unbound(fx.label.0))?;
            match fx.kind {
                FixupKind::Rel32 => {
                    let rel = dest as i64 - (fx.at as i64 + 4);
                    let rel =
                        i32::try_from(rel).map_err(|_| BufferError::OutOfRange(fx.label.0))?;
                    self.patch(fx.at, &rel.to_le_bytes());
                }
            }
        }
        Ok(self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suppressed_bytes_vanish_until_a_label() {
        let mut b = CodeBuf::new(1);
        b.bytes(&[1]);
        b.suppress();
        b.bytes(&[2, 3]);
        assert_eq!(b.offset(), 1);
        b.bind(Label(0));
        b.bytes(&[4]);
        assert_eq!(b.finish().unwrap(), vec![1, 4]);
    }

    #[test]
    fn errors_not_panics() {
        let mut b = CodeBuf::new(1);
        b.bind(Label(0));
        b.bind(Label(0));
        assert_eq!(b.finish(), Err(BufferError::Rebound(0)));
        let mut b = CodeBuf::new(1);
        b.bytes(&[0; 4]);
        b.add_fixup(0, Label(0), FixupKind::Rel32);
        assert_eq!(b.finish(), Err(BufferError::Unbound(0)));
    }
}
