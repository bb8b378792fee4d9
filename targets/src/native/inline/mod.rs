//! Inline assemblers: the machine code of `@micropython.asm_thumb` (and `asm_xtensa`,
//! `asm_rv32`) functions, as `compile_scope_inline_asm` in `py/compile.c` drives the
//! arch's `py/emitinline*.c`.
//!
//! The `-march` picks the assembler, not the decorator: every Thumb flavour (and ARM's
//! `armv6`, whose code starts with a switch to Thumb state) uses [`thumb`], `xtensa` (and
//! from 1.28 `xtensawin`) [`xtensa`]. The RV32 inline assembler is not built in yet.
//!
//! The driver here is shared: mpy-cross runs a code-size pass and then an emit pass over
//! the statements, with `count_params` at the start of the first, labels looked up by name
//! (a forward label is unknown on the first pass; a name bound twice is "label redefined",
//! checked on the first pass), `align` and `data` done by the generic assembler base. An
//! assembler reports a bad operand by writing the error slot, which a later operand of the
//! same instruction may overwrite; the compile stops after the first statement that left
//! an error, reported at that statement's line.
//!
//! [`AsmBuf`] keeps `mp_asm_base_t`'s arithmetic exactly: the offset is a `size_t` that
//! `align` may move anywhere, also backwards, and the emit pass writes into a buffer as
//! long as the first pass ended, failing (mpy-cross fails an assertion) when it would
//! write past its end.

pub mod rv32;
pub mod thumb;
pub mod xtensa;

use crate::exception::ExceptionKind;
use std::collections::HashMap;

use crate::native::{NativeError, NativeOptions};
use crate::target::Target;
use mpy_ir::func::{AsmArg, AsmBody, AsmStmt};

/// Release-dependent behaviours of the inline assemblers' shared parts (`py/compile.c`,
/// `py/asmbase.c`). Each switch names the release (and MicroPython commit) whose behaviour
/// `true` is; [`InlineOptions::default`] is mpy-cross 1.28.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineOptions {
    /// `data` takes any integer constant, truncated to a machine word (1.20+,
    /// c0fa903d6b); 1.19 took only small-int literals ("'data' requires integer
    /// arguments" otherwise).
    pub data_any_int: bool,
    /// `align` inverts its mask after widening it to `size_t` (1.27+, d3391b7632); before,
    /// the inverted 32-bit mask cleared the offset's upper bits. It matters only for
    /// alignments of 2^31 and more (`align(-1)`).
    pub align_mask_widened: bool,
    /// A failed allocation reports its full size (1.27+, c91e091ad7); before, the size's
    /// low 32 bits (`MemoryError: memory allocation failed, allocating 5 bytes` for 4 GiB
    /// and 5 bytes).
    pub alloc_size_full_width: bool,
    /// The RV32 inline assembler's own switches.
    pub rv32: rv32::Rv32InlineOptions,
}

impl Default for InlineOptions {
    /// mpy-cross 1.28.
    fn default() -> InlineOptions {
        InlineOptions {
            data_any_int: true,
            align_mask_widened: true,
            alloc_size_full_width: true,
            rv32: rv32::Rv32InlineOptions::default(),
        }
    }
}

/// The largest machine code mpy-cross's default 2 MiB heap gave room for, measured with
/// 1.19 and 1.28 on a small file (the emit pass allocates the code in one piece); one
/// byte more is a `MemoryError`. With larger files the real limit is a little lower.
pub const MAX_CODE_SIZE: u64 = 2_078_368;

/// Where an inline-assembler pass writes: `mp_asm_base_t`'s offset, labels and code.
#[derive(Clone, Debug)]
pub struct AsmBuf {
    emit: bool,
    offset: u64,
    /// Emit pass: the code, as long as the first pass ended.
    code: Vec<u8>,
    /// Each label's offset on this pass, or from the first pass on the emit pass.
    labels: Vec<Option<u64>>,
    /// A write went past the end of the emit pass's buffer.
    overrun: bool,
    /// An exception the assembler raised (`mp_raise_msg_varg`): it ends the compile at
    /// once, with no line.
    raised: Option<(ExceptionKind, String)>,
}

impl AsmBuf {
    fn compute(num_labels: usize) -> AsmBuf {
        AsmBuf {
            emit: false,
            offset: 0,
            code: Vec::new(),
            labels: vec![None; num_labels],
            overrun: false,
            raised: None,
        }
    }

    fn emit_pass(first: &AsmBuf) -> AsmBuf {
        AsmBuf {
            emit: true,
            offset: 0,
            code: vec![0; first.offset as usize],
            labels: first.labels.clone(),
            overrun: false,
            raised: None,
        }
    }

    /// True on the emit pass (`MP_ASM_PASS_EMIT`), when every label is known.
    pub fn is_emit(&self) -> bool {
        self.emit
    }

    /// The current offset (`code_offset`), where the next byte goes.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Where `label` is, or `u64::MAX` (mpy-cross's `(size_t)-1`) when this pass cannot
    /// know: a forward label on the first pass, or a number no label has.
    pub fn label_offset(&self, label: usize) -> u64 {
        self.labels
            .get(label)
            .copied()
            .flatten()
            .unwrap_or(u64::MAX)
    }

    /// Append bytes (`mp_asm_base_get_cur_to_write_bytes`).
    pub fn bytes(&mut self, b: &[u8]) {
        let at = self.offset;
        self.offset = at.wrapping_add(b.len() as u64);
        if !self.emit {
            return;
        }
        let dst = usize::try_from(at)
            .ok()
            .and_then(|at| self.code.get_mut(at..at.checked_add(b.len())?));
        match dst {
            Some(dst) => dst.copy_from_slice(b),
            None => self.overrun = true,
        }
    }

    /// Overwrite bytes written earlier on the emit pass (Xtensa's literal slots).
    pub fn patch(&mut self, at: u64, b: &[u8]) {
        if !self.emit {
            return;
        }
        let dst = usize::try_from(at)
            .ok()
            .and_then(|at| self.code.get_mut(at..at.checked_add(b.len())?));
        match dst {
            Some(dst) => dst.copy_from_slice(b),
            None => self.overrun = true,
        }
    }

    /// Raise a Python exception (`mp_raise_msg_varg`); the first one counts, and the
    /// driver stops after the instruction that raised it.
    pub fn raise(&mut self, exception: ExceptionKind, message: String) {
        self.raised.get_or_insert((exception, message));
    }

    /// A 16-bit instruction, little-endian.
    pub fn op16(&mut self, op: u16) {
        self.bytes(&op.to_le_bytes());
    }

    /// A 32-bit Thumb-2 instruction: its first halfword, then its second.
    pub fn op32(&mut self, op: [u16; 2]) {
        let [a, b] = op[0].to_le_bytes();
        let [c, d] = op[1].to_le_bytes();
        self.bytes(&[a, b, c, d]);
    }

    /// `mp_asm_base_data`: `size` bytes of `value`, little-endian (zeros past 8 bytes).
    fn data(&mut self, size: u32, value: u64) {
        let at = self.offset;
        self.offset = at.wrapping_add(u64::from(size));
        if !self.emit {
            return;
        }
        let dst = usize::try_from(at)
            .ok()
            .and_then(|at| self.code.get_mut(at..at.checked_add(size as usize)?));
        match dst {
            Some(dst) => {
                dst.fill(0);
                for (b, v) in dst.iter_mut().zip(value.to_le_bytes()) {
                    *b = v;
                }
            }
            None => self.overrun = true,
        }
    }

    /// `mp_asm_base_align`, with the mask of the imitated release.
    fn align(&mut self, align: u32, widened: bool) {
        let minus_one = align.wrapping_sub(1);
        let mask = if widened {
            !u64::from(minus_one)
        } else {
            u64::from(!minus_one)
        };
        self.offset = self.offset.wrapping_add(u64::from(align)).wrapping_sub(1) & mask;
    }

    /// Bind `label` here; false when the emit pass finds it elsewhere than the last
    /// code-size pass did (mpy-cross fails an assertion in `mp_asm_base_label_assign`).
    fn bind(&mut self, label: usize) -> bool {
        match self.labels.get_mut(label) {
            Some(slot) if self.emit => *slot == Some(self.offset),
            Some(slot) => {
                *slot = Some(self.offset);
                true
            }
            None => true,
        }
    }
}

/// What an instruction leaves behind besides its bytes: the error slot, and whether
/// mpy-cross would have failed an assertion.
#[derive(Debug)]
pub struct OpContext<'a> {
    /// Where the instruction's bytes go.
    pub buf: &'a mut AsmBuf,
    labels: &'a HashMap<Box<[u8]>, usize>,
    error: Option<String>,
    assertion: Option<&'static str>,
}

impl OpContext<'_> {
    /// The number of the label called `name`, if this pass knows it (`label_lookup`):
    /// on the first pass only the labels defined so far, on the emit pass all of them.
    pub fn label(&self, name: &[u8]) -> Option<usize> {
        self.labels.get(name).copied()
    }

    /// Write the error slot (a `SyntaxError`); a later error of the same instruction
    /// replaces it.
    pub fn error(&mut self, message: String) {
        self.error = Some(message);
    }

    /// mpy-cross fails an assertion here (`what`) and dies; nothing else counts.
    pub fn assertion(&mut self, what: &'static str) {
        self.assertion.get_or_insert(what);
    }

    /// The assembler raises `exception` (not a `SyntaxError`, so with no line): the
    /// compile ends here, whatever the instruction does next ([`AsmBuf::raise`]).
    pub fn raise(&mut self, exception: ExceptionKind, message: String) {
        self.buf.raise(exception, message);
    }
}

/// One arch's inline assembler (an `emit_inline_asm_method_table_t`).
pub trait InlineAsm {
    /// How many code-size passes run before the emit pass: 1, or 2 for Xtensa, which
    /// sizes its literal table on the first (`compile.c` runs the pass twice; the
    /// assembler keeps its own state across them, everything else starts afresh).
    const SIZE_PASSES: u32 = 1;

    /// `count_params`: how many parameters the function takes, or the error message
    /// (reported at the definition).
    fn count_params(&self, params: &[AsmArg]) -> Result<u32, String>;
    /// `start_pass`: the function's entry code.
    fn start_pass(&mut self, buf: &mut AsmBuf);
    /// `end_pass`: the function's exit code.
    fn end_pass(&mut self, buf: &mut AsmBuf);
    /// What the emit pass printed on stdout (Xtensa's branch range warnings before
    /// 1.26), taken once after it.
    fn take_stdout(&mut self) -> Option<String> {
        None
    }
    /// One instruction.
    fn op(&mut self, cx: &mut OpContext<'_>, name: &[u8], args: &[AsmArg]);
}

/// An inline-assembler function's machine code and the facts saved with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsmFunction {
    /// The machine code, as the emit pass wrote it; there is no prelude.
    pub code: Vec<u8>,
    /// The parameter count (at most 4, the argument registers), which the runtime checks
    /// calls against.
    pub n_pos_args: u32,
    /// The return type as an `MP_NATIVE_TYPE_*` number (object 0, bool 1, int 2, uint 3),
    /// from which the runtime converts the register the code returns.
    pub type_sig: u8,
    /// What mpy-cross printed on stdout while assembling it.
    pub stdout: Option<String>,
}

/// Whether mpyc has the inline assembler `-march` selects for `target`.
pub fn supports(target: &Target) -> bool {
    let options = NativeOptions::default();
    thumb::ThumbInline::for_arch(target.arch, &options).is_some()
        || xtensa::XtensaInline::for_arch(target.arch, &options).is_some()
        || rv32::Rv32Inline::for_arch(target.arch, &options, 0).is_some()
}

/// Assemble one inline-assembler function; `def_line` is where parameter errors are
/// reported, `arch_flags` the `-march-flags=` value (RV32's extensions).
pub fn lower(
    body: &AsmBody,
    def_line: u32,
    target: &Target,
    options: &NativeOptions,
    arch_flags: u64,
) -> Result<AsmFunction, NativeError> {
    if let Some(asm) = thumb::ThumbInline::for_arch(target.arch, options) {
        return run(asm, body, def_line, options.inline);
    }
    if let Some(asm) = xtensa::XtensaInline::for_arch(target.arch, options) {
        return run(asm, body, def_line, options.inline);
    }
    match rv32::Rv32Inline::for_arch(target.arch, options, arch_flags) {
        Some(asm) => run(asm, body, def_line, options.inline),
        None => Err(NativeError::NotSupported("inline assembler")),
    }
}

fn syntax_error(message: String, line: u32) -> NativeError {
    NativeError::Python {
        exception: ExceptionKind::SyntaxError,
        message,
        line: Some(line),
    }
}

/// The passes of `compile_scope_inline_asm` after the scope pass: code size, then emit.
fn run<A: InlineAsm>(
    mut asm: A,
    body: &AsmBody,
    def_line: u32,
    options: InlineOptions,
) -> Result<AsmFunction, NativeError> {
    let num_labels = body
        .stmts
        .iter()
        .filter(|s| matches!(s, AsmStmt::Label { .. }))
        .count();
    let mut labels = HashMap::new();
    let mut size_pass = |asm: &mut A| {
        labels.clear();
        let mut buf = AsmBuf::compute(num_labels);
        asm.start_pass(&mut buf);
        let n_pos_args = asm
            .count_params(&body.params)
            .map_err(|m| syntax_error(m, def_line))?;
        pass(asm, &mut buf, &mut labels, body, options)?;
        asm.end_pass(&mut buf);
        Ok::<_, NativeError>((buf, n_pos_args))
    };
    let (mut buf, mut n_pos_args) = match size_pass(&mut asm) {
        // A second code-size pass runs even after an error, and reports it again at the
        // definition (`compile_scope_inline_asm` jumps to its error exit right after
        // `count_params` when an error is pending).
        Err(NativeError::Python {
            exception,
            message,
            line: Some(_),
        }) if A::SIZE_PASSES > 1 => {
            return Err(NativeError::Python {
                exception,
                message,
                line: Some(def_line),
            })
        }
        first => first?,
    };
    for _ in 1..A::SIZE_PASSES {
        (buf, n_pos_args) = size_pass(&mut asm)?;
    }

    // The emit pass allocates the code in one piece.
    let size = buf.offset;
    if size > MAX_CODE_SIZE {
        let shown = if options.alloc_size_full_width {
            size
        } else {
            size & 0xffff_ffff
        };
        return Err(NativeError::Python {
            exception: ExceptionKind::MemoryError,
            message: format!("memory allocation failed, allocating {shown} bytes"),
            line: None,
        });
    }
    let mut buf = AsmBuf::emit_pass(&buf);
    asm.start_pass(&mut buf);
    pass(&mut asm, &mut buf, &mut labels, body, options)?;
    asm.end_pass(&mut buf);
    raised(&mut buf)?;
    if buf.overrun {
        return Err(NativeError::Assertion(
            "code written past the end of the buffer (asmbase.c)",
        ));
    }
    Ok(AsmFunction {
        code: buf.code,
        n_pos_args,
        type_sig: body.type_sig,
        stdout: asm.take_stdout(),
    })
}

/// The exception an instruction raised, if any.
fn raised(buf: &mut AsmBuf) -> Result<(), NativeError> {
    match buf.raised.take() {
        Some((exception, message)) => Err(NativeError::Python {
            exception,
            message,
            line: None,
        }),
        None => Ok(()),
    }
}

/// One pass over the statements.
fn pass<A: InlineAsm>(
    asm: &mut A,
    buf: &mut AsmBuf,
    labels: &mut HashMap<Box<[u8]>, usize>,
    body: &AsmBody,
    options: InlineOptions,
) -> Result<(), NativeError> {
    let mut next_label = 0;
    for stmt in &body.stmts {
        match stmt {
            AsmStmt::Label { name, line } => {
                let label = next_label;
                next_label += 1;
                if !buf.is_emit() {
                    if labels.contains_key(name) {
                        return Err(syntax_error("label redefined".into(), *line));
                    }
                    labels.insert(name.clone(), label);
                }
                if !buf.bind(label) {
                    return Err(NativeError::Assertion(
                        "a label moved between the code-size and emit passes \
                         (mp_asm_base_label_assign, asmbase.c)",
                    ));
                }
            }
            AsmStmt::Align { bytes } => buf.align(*bytes as u32, options.align_mask_widened),
            AsmStmt::Data { size, values, line } => {
                for value in values {
                    let v = match value {
                        AsmArg::SmallInt(v) => Some(*v),
                        AsmArg::Int(_) if options.data_any_int => value.int_truncated(),
                        _ => None,
                    };
                    let Some(v) = v else {
                        return Err(syntax_error(
                            "'data' requires integer arguments".into(),
                            *line,
                        ));
                    };
                    buf.data(*size as u32, v as u64);
                }
            }
            AsmStmt::Op { name, args, line } => {
                let mut cx = OpContext {
                    buf,
                    labels,
                    error: None,
                    assertion: None,
                };
                asm.op(&mut cx, name, args);
                raised(cx.buf)?;
                if let Some(what) = cx.assertion {
                    return Err(NativeError::Assertion(what));
                }
                if let Some(message) = cx.error {
                    return Err(syntax_error(message, *line));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn align_masks_per_release() {
        let mut b = AsmBuf::compute(0);
        b.offset = 6;
        b.align(4, true);
        assert_eq!(b.offset, 8);
        b.align(3, true);
        assert_eq!(b.offset, 8);
        // align(0) rewinds to 0 in every release.
        b.align(0, true);
        assert_eq!(b.offset, 0);
        b.offset = 4;
        b.align(u32::MAX, true);
        assert_eq!(b.offset, 1 << 32);
        b.offset = 4;
        b.align(u32::MAX, false);
        assert_eq!(b.offset, 0);
    }

    #[test]
    fn emit_pass_cannot_write_past_the_first_pass() {
        let mut first = AsmBuf::compute(1);
        first.op16(1);
        first.bind(0);
        let mut emit = AsmBuf::emit_pass(&first);
        assert_eq!(emit.label_offset(0), 2);
        assert_eq!(emit.label_offset(5), u64::MAX);
        emit.op32([1, 2]);
        assert!(emit.overrun);
    }

    #[test]
    fn data_is_little_endian_then_zeros() {
        let mut first = AsmBuf::compute(0);
        first.data(10, 0);
        let mut emit = AsmBuf::emit_pass(&first);
        emit.data(10, 0x0102_0304_0506_0708);
        assert_eq!(emit.code, [8, 7, 6, 5, 4, 3, 2, 1, 0, 0]);
    }
}
