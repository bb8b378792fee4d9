//! The x64 entry stubs of functions whose `nlr` handler Cranelift's code cannot keep
//! (`nlr_push` returns twice): written with the emitter's x64 assembler, each is placed
//! before the body Cranelift compiled and calls it PC-relative (no relocation). The
//! rv64imc ones are `cranelift_rv64`'s.

use super::handlers::{STATE_EXC_VAL, STATE_HANDLER, STATE_UNWIND};
use super::Fallback;
use crate::native::asm::{AsmContext, NativeAsm};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::emit::{
    CONTEXT_GLOBALS, CONTEXT_OBJ_TABLE, FUN_BC_CONTEXT, NLR_BUF_IDX_RET_VAL,
};
use crate::native::helpers::Helper;
use crate::native::isa::x64::{encode, X64};
use crate::native::NativeOptions;
use crate::target::Arch;

/// Words of the entry stub's frame: `nlr_buf_t` as the emitter reserves it for x64
/// (`prev`, `ret_val`, ten registers, one spare), then the caller's globals, the four
/// entry arguments and the body's result.
const STUB_NLR_WORDS: u32 = 13;
const STUB_OLD_GLOBALS: u32 = STUB_NLR_WORDS;
const STUB_ARGS: u32 = STUB_NLR_WORDS + 1;
const STUB_RESULT: u32 = STUB_ARGS + 4;

/// The entry of a function that names globals: make the function's module globals
/// current, call the body, make the caller's current again, also when an exception
/// passes, as the emitter's `global_exc_entry` and epilogue do.
///
/// `nlr_push` returns twice, which Cranelift cannot model, so the handler lives here,
/// in code written with the emitter's x64 assembler, and the body Cranelift compiled
/// follows this stub (16-byte aligned, as Cranelift lays out its constants) and is
/// reached by a PC-relative call: no relocation. An exception that unwinds the body
/// (`nlr_jump` restores the callee-saved registers `nlr_push` saved, `mp_fun_table` in
/// `rbp` among them) lands here with `nlr_push` returning non-zero; the runtime has
/// already unlinked the handler, so the stub restores the globals and raises the
/// exception again. When the globals are already the function's
/// (`mp_native_swap_globals` returns null), no handler is needed, as in the emitter.
pub(super) fn globals_entry(
    fun_table_index: u32,
    options: NativeOptions,
) -> Result<Vec<u8>, Fallback> {
    let r = X64::REGS;
    let a0 = r.arg[0];
    assemble(options, |a, body| {
        let [same, except] = [(); 2].map(|()| a.buf().new_label());
        prologue(a, STUB_RESULT + 1, fun_table_index, true);
        a.call_ind(Helper::NativeSwapGlobals);
        a.mov_local_reg(STUB_OLD_GLOBALS, r.ret);
        a.jump_if_reg_zero(r.ret, same, false);
        a.mov_reg_local_addr(a0, 0);
        a.call_ind(Helper::NlrPush);
        a.jump_if_reg_nonzero(r.ret, except, true);
        call_body(a, body);
        a.mov_local_reg(STUB_RESULT, r.ret);
        a.mov_reg_local(a0, STUB_OLD_GLOBALS);
        a.call_ind(Helper::NativeSwapGlobals);
        a.call_ind(Helper::NlrPop);
        a.mov_reg_local(r.ret, STUB_RESULT);
        a.exit();
        // An exception unwound the body: the caller's globals, then raise it again.
        a.label_assign(except);
        a.mov_reg_local(a0, STUB_OLD_GLOBALS);
        a.call_ind(Helper::NativeSwapGlobals);
        a.mov_reg_local(a0, NLR_BUF_IDX_RET_VAL);
        a.call_ind(Helper::NativeRaise);
        // Already the function's globals: just the body.
        a.label_assign(same);
        call_body(a, body);
        a.exit();
    })
}

/// Write a stub with `write`, given the body's label, twice: a compute pass lays it
/// out, the emit pass writes it knowing every label. The body follows the stub,
/// 16-byte aligned (as Cranelift lays out its constants).
fn assemble(
    options: NativeOptions,
    mut write: impl FnMut(&mut X64, Label),
) -> Result<Vec<u8>, Fallback> {
    let mut previous: Option<CodeBuf> = None;
    for _ in 0..2 {
        let buf = match &previous {
            None => CodeBuf::new(0),
            Some(p) => CodeBuf::emit_pass(p),
        };
        let mut a = X64::new(buf, AsmContext::new(Arch::X64, options));
        let body = a.buf().new_label();
        write(&mut a, body);
        while a.buf().offset() % 16 != 0 {
            a.buf().bytes(&[0xcc]);
        }
        a.label_assign(body);
        previous = Some(a.into_buf());
    }
    previous
        .ok_or_else(|| Fallback("entry stub".into()))?
        .finish()
        .map_err(|e| Fallback(format!("entry stub: {e}")))
}

/// Open a frame of `frame` words, keep the entry arguments, load `mp_fun_table` (kept
/// in `rbp`) from the function object and, with `globals`, the module's globals into
/// the first argument register.
fn prologue(a: &mut X64, frame: u32, fun_table_index: u32, globals: bool) {
    let r = X64::REGS;
    a.entry(frame, "");
    for (k, &arg) in r.arg.iter().enumerate() {
        a.mov_local_reg(STUB_ARGS + k as u32, arg);
    }
    let (ft, a0) = (r.fun_table, r.arg[0]);
    a.load_reg_reg_offset(ft, a0, FUN_BC_CONTEXT);
    if globals {
        a.load_reg_reg_offset(a0, ft, CONTEXT_GLOBALS);
    }
    a.load_reg_reg_offset(ft, ft, CONTEXT_OBJ_TABLE);
    a.load_reg_reg_offset(ft, ft, fun_table_index);
}

/// Reload the entry arguments and call the body at `body`.
fn call_body(a: &mut X64, body: Label) {
    let r = X64::REGS;
    for (k, &arg) in r.arg.iter().enumerate() {
        a.mov_reg_local(arg, STUB_ARGS + k as u32);
    }
    a.mov_reg_pcrel(r.ret, body);
    encode::call_reg(a.buf(), encode::Reg(r.ret));
}

/// The handler stub's frame: the globals stub's, then the handler to resume and the
/// state block.
const STUB_RESUME: u32 = STUB_RESULT + 1;
const STUB_STATE: u32 = STUB_RESUME + 1;

/// The x64 entry of a function with exception handlers: keep an `nlr` handler, make the
/// module's globals current if the function names any, and call the body; when an
/// exception unwinds it and the body had a handler active, push the `nlr` handler again
/// and call the body to resume there (the emitter's `global_exc_entry`, with the
/// handler's code address replaced by its id). The body follows, 16-byte aligned, and is
/// reached by a PC-relative call.
pub(super) fn handler_entry(
    fun_table_index: u32,
    options: NativeOptions,
    globals: bool,
    state_words: u32,
) -> Result<Vec<u8>, Fallback> {
    let r = X64::REGS;
    let a0 = r.arg[0];
    let (state_reg, resume_reg) = (encode::R8.0, encode::R9.0);
    let frame = STUB_STATE
        .checked_add(state_words)
        .ok_or_else(|| Fallback("state block out of range".into()))?;
    let swap_back = |a: &mut X64| {
        if globals {
            a.mov_reg_local(a0, STUB_OLD_GLOBALS);
            a.call_ind(Helper::NativeSwapGlobals);
        }
    };
    assemble(options, |a, body| {
        let [push, except] = [(); 2].map(|()| a.buf().new_label());
        prologue(a, frame, fun_table_index, globals);
        if globals {
            a.call_ind(Helper::NativeSwapGlobals);
            a.mov_local_reg(STUB_OLD_GLOBALS, r.ret);
        }
        a.mov_reg_imm(r.ret, 0);
        for word in [
            STUB_RESUME,
            STUB_STATE + STATE_EXC_VAL,
            STUB_STATE + STATE_UNWIND,
        ] {
            a.mov_local_reg(word, r.ret);
        }
        // Push the handler; the first time, and again for each handler resumed.
        a.label_assign(push);
        a.mov_reg_local_addr(a0, 0);
        a.call_ind(Helper::NlrPush);
        a.jump_if_reg_nonzero(r.ret, except, true);
        a.mov_reg_imm(r.ret, 0);
        a.mov_local_reg(STUB_STATE + STATE_HANDLER, r.ret);
        a.mov_reg_local_addr(state_reg, STUB_STATE);
        a.mov_reg_local(resume_reg, STUB_RESUME);
        call_body(a, body);
        a.mov_local_reg(STUB_RESULT, r.ret);
        swap_back(a);
        a.call_ind(Helper::NlrPop);
        a.mov_reg_local(r.ret, STUB_RESULT);
        a.exit();
        // An exception unwound the body: resume its active handler, or pass it on.
        a.label_assign(except);
        a.mov_reg_local(r.ret, NLR_BUF_IDX_RET_VAL);
        a.mov_local_reg(STUB_STATE + STATE_EXC_VAL, r.ret);
        a.mov_reg_local(r.ret, STUB_STATE + STATE_HANDLER);
        a.mov_local_reg(STUB_RESUME, r.ret);
        a.jump_if_reg_nonzero(r.ret, push, false);
        swap_back(a);
        a.mov_reg_local(a0, NLR_BUF_IDX_RET_VAL);
        a.call_ind(Helper::NativeRaise);
    })
}
