//! The code buffer every native assembler writes into: bytes, labels and dead-code
//! suppression, with the same observable behaviour as `py/asmbase.c`.
//!
//! mpy-cross lays a function out on compute passes and writes it on a final emit pass that
//! already knows where every label is; its assemblers choose each instruction's form from
//! what they know at that moment (a backward label is known on every pass, a forward one
//! only on the emit pass), and the form's size must not depend on the difference. A
//! [`CodeBuf`] is one pass:
//! - [`CodeBuf::new`] starts a compute pass: labels are unknown until bound here.
//! - [`CodeBuf::emit_pass`] starts the emit pass from the previous pass's label offsets,
//!   so [`CodeBuf::label_offset`] answers for forward labels too, and an assembler can
//!   write the final bytes at once. No fix-ups are needed.
//!
//! Invariants:
//! - A label is bound at most once per pass; binding ends any dead-code region.
//! - On the emit pass, each label is bound where the previous pass bound it (otherwise the
//!   layout was not stable and [`BufferError::Moved`] is reported).
//! - While suppressed, writes are dropped and the offset does not move (mpy-cross's
//!   compute and emit passes drop the same bytes, so offsets agree).
//! - Errors are recorded, not raised: the first one is returned by [`CodeBuf::finish`],
//!   and code after it is still laid out so that offsets stay meaningful.

use crate::exception::ExceptionKind;

/// A label in one function's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

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
    /// A label bound at another offset than on the previous pass.
    Moved(u32),
    /// A displacement that does not fit its instruction.
    OutOfRange(u32),
    /// An exception the imitated assembler raises mid-emit (mpy-cross's `mp_raise_*`,
    /// e.g. Thumb's "native method too big"): it ends the compile at once, and mpy-cross
    /// prints it without a traceback.
    Raised {
        /// The Python exception type mpy-cross raises.
        exception: ExceptionKind,
        /// Its message, word for word as mpy-cross prints it.
        message: String,
    },
}

impl std::fmt::Display for BufferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BufferError::UnknownLabel(l) => write!(f, "label {l} does not exist"),
            BufferError::Rebound(l) => write!(f, "label {l} is bound twice"),
            BufferError::Unbound(l) => write!(f, "label {l} is used but never bound"),
            BufferError::Moved(l) => write!(f, "label {l} moved between passes"),
            BufferError::OutOfRange(l) => write!(f, "jump to label {l} is out of range"),
            BufferError::Raised { exception, message } => write!(f, "{exception}: {message}"),
        }
    }
}

impl std::error::Error for BufferError {}

/// Which pass a buffer is (`MP_ASM_PASS_COMPUTE` or `MP_ASM_PASS_EMIT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Pass {
    /// A sizing pass: labels are bound and offsets counted, but forward references are
    /// not known yet, so the bytes written are not kept.
    #[default]
    Compute,
    /// The last pass: every label is known and the bytes are the function's code.
    Emit,
}

/// Bytes and labels of one function, for one pass.
#[derive(Clone, Debug, Default)]
pub struct CodeBuf {
    code: Vec<u8>,
    /// Where each label is bound on this pass.
    labels: Vec<Option<usize>>,
    /// Emit pass: where each label was bound on the previous pass.
    known: Vec<Option<usize>>,
    /// The IR's labels; [`CodeBuf::new_label`]s come after them, numbered alike in every
    /// pass because each pass asks for them in the same order.
    ir_labels: usize,
    pass: Pass,
    suppress: bool,
    error: Option<BufferError>,
}

impl CodeBuf {
    /// A compute pass with labels `0..num_labels` available.
    pub fn new(num_labels: u32) -> CodeBuf {
        CodeBuf {
            labels: vec![None; num_labels as usize],
            ir_labels: num_labels as usize,
            ..CodeBuf::default()
        }
    }

    /// The emit pass that follows `previous`: every label it bound is known from the start.
    pub fn emit_pass(previous: &CodeBuf) -> CodeBuf {
        CodeBuf {
            labels: vec![None; previous.ir_labels],
            known: previous.labels.clone(),
            ir_labels: previous.ir_labels,
            pass: Pass::Emit,
            ..CodeBuf::default()
        }
    }

    /// Which pass this is.
    pub fn pass(&self) -> Pass {
        self.pass
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
        let i = label.0 as usize;
        match self.labels.get_mut(i) {
            None => self.fail(BufferError::UnknownLabel(label.0)),
            Some(Some(_)) => self.fail(BufferError::Rebound(label.0)),
            Some(slot) => {
                *slot = Some(here);
                if self.pass == Pass::Emit && self.known.get(i).copied().flatten() != Some(here) {
                    self.fail(BufferError::Moved(label.0));
                }
            }
        }
    }

    /// Where `label` is, if this pass can know it: bound already, or (on the emit pass)
    /// bound by the previous pass. mpy-cross's `get_label_dest` gives `-1` otherwise.
    pub fn label_offset(&mut self, label: Label) -> Option<usize> {
        let i = label.0 as usize;
        match self.labels.get(i) {
            None => {
                self.fail(BufferError::UnknownLabel(label.0));
                None
            }
            Some(Some(o)) => Some(*o),
            Some(None) => self.known.get(i).copied().flatten(),
        }
    }

    /// The displacement from `from` to `label`, when known; on the emit pass an unknown
    /// label is an error (it was never bound), and 0 stands in.
    pub fn displacement(&mut self, label: Label, from: usize) -> Option<i64> {
        match self.label_offset(label) {
            Some(dest) => Some(dest as i64 - from as i64),
            None => {
                if self.pass == Pass::Emit {
                    self.fail(BufferError::Unbound(label.0));
                }
                None
            }
        }
    }

    /// Record the first error; later code is still laid out so offsets stay meaningful.
    pub fn fail(&mut self, e: BufferError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    /// Raise `exception` as mpy-cross's assembler does mid-emit: recorded like any error
    /// (the first one wins), and reported by the pass as that Python exception.
    pub fn raise(&mut self, exception: ExceptionKind, message: String) {
        self.fail(BufferError::Raised { exception, message });
    }

    /// The first error recorded so far.
    pub fn error(&self) -> Option<&BufferError> {
        self.error.as_ref()
    }

    /// The bytes written so far.
    pub fn code(&self) -> &[u8] {
        &self.code
    }

    /// The code, or the first error.
    pub fn finish(mut self) -> Result<Vec<u8>, BufferError> {
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(self.code),
        }
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
        assert_eq!(b.label_offset(Label(7)), None);
        assert_eq!(b.finish(), Err(BufferError::UnknownLabel(7)));
    }

    #[test]
    fn emit_pass_knows_forward_labels_and_checks_them() {
        let mut compute = CodeBuf::new(1);
        assert_eq!(compute.label_offset(Label(0)), None);
        compute.bytes(&[0; 3]);
        compute.bind(Label(0));
        let mut emit = CodeBuf::emit_pass(&compute);
        assert_eq!(emit.pass(), Pass::Emit);
        assert_eq!(emit.displacement(Label(0), 0), Some(3));
        emit.bytes(&[0; 2]);
        emit.bind(Label(0));
        assert_eq!(emit.finish(), Err(BufferError::Moved(0)));
    }
}
