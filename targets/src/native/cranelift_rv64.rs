//! Viper functions for `-march=rv64imc` (`.mpy` arch 12), through Cranelift's riscv64
//! backend: the first code generator for it, since no mpy-cross release has an rv64imc
//! emitter (1.28 rejects viper code there with "invalid arch").
//!
//! There is no fallback code, so a function [`super::cranelift`] does not translate is an
//! error ([`super::NativeError::NoFallback`]) naming why, never the emitter's code. The viper
//! typing rules and their `ViperTypeError`s still come from the mpy-cross emitter: it runs
//! over the function as for `-march=x64` (the same 8-byte word, and its typing does not
//! depend on the arch), and only its type records and errors are kept ([`super::lower_with_backend`]).
//!
//! The runtime is RV64IMC: Cranelift's riscv64 backend refuses to start without the G
//! extensions (`has_m`, `has_a`, `has_f`, `has_d`, `has_zicsr`, `has_zifencei`), so they
//! are declared, and [`compile`] then refuses any code in which Cranelift chose a
//! floating-point, atomic, CSR or fence instruction (none of which the translated
//! integer-only subset needs). Compressed code is `has_zca` alone: `has_c` would also
//! turn on `has_zcd`, the compressed double-precision loads and stores.

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use target_lexicon::{Architecture, BinaryFormat, Environment, OperatingSystem, Triple, Vendor};

use super::cranelift::handlers::{STATE_EXC_VAL, STATE_HANDLER, STATE_UNWIND};
use super::cranelift::Fallback;
use super::emit::{CONTEXT_GLOBALS, CONTEXT_OBJ_TABLE, FUN_BC_CONTEXT, NLR_BUF_IDX_RET_VAL};
use super::helpers::Helper;
use super::isa::rv32::encode::{Branch, A0, A4, A5, S0, SP, ZERO};
use stub::{Place, Stub};

mod stub;

/// Cranelift's riscv64 backend, set up for an RV64IMC runtime (see the module doc).
pub(super) fn isa(shared: settings::Flags) -> Result<OwnedTargetIsa, Fallback> {
    let triple = Triple {
        architecture: Architecture::Riscv64(target_lexicon::Riscv64Architecture::Riscv64),
        vendor: Vendor::Unknown,
        operating_system: OperatingSystem::Linux,
        environment: Environment::Gnu,
        binary_format: BinaryFormat::Elf,
    };
    let mut builder = cranelift_codegen::isa::lookup(triple)
        .map_err(|e| Fallback(format!("cranelift riscv64 backend: {e}")))?;
    for (name, value) in [
        // Required by the backend (the G extension); never used by the subset, which
        // `check_integer_only` makes sure of.
        ("has_m", "true"),
        ("has_a", "true"),
        ("has_f", "true"),
        ("has_d", "true"),
        ("has_zicsr", "true"),
        ("has_zifencei", "true"),
        // C without its floating-point loads and stores.
        ("has_zca", "true"),
        ("has_zcd", "false"),
    ] {
        builder
            .set(name, value)
            .map_err(|e| Fallback(format!("cranelift riscv64 setting {name}: {e}")))?;
    }
    builder
        .finish(shared)
        .map_err(|e| Fallback(format!("cranelift riscv64 backend: {e}")))
}

/// Refuse code for which Cranelift picked an instruction outside RV64IMC, read from its
/// own listing of the final instructions (`vcode`): the machine code itself cannot be
/// decoded blindly, as a constant pool may follow it.
pub(super) fn check_integer_only(vcode: &str) -> Result<(), Fallback> {
    for line in vcode.lines() {
        let Some(mnemonic) = line.split_whitespace().next() else {
            continue;
        };
        // Labels (`block3:`) and Cranelift's pseudo-instructions that expand to integer
        // code are not instructions of their own.
        if mnemonic.ends_with(':') {
            continue;
        }
        let outside = mnemonic.starts_with('f')
            || mnemonic.starts_with("amo")
            || mnemonic.starts_with("lr.")
            || mnemonic.starts_with("sc.")
            || mnemonic.starts_with("csr")
            || mnemonic.starts_with("atomic")
            || mnemonic == "udf";
        if outside {
            return Err(Fallback(format!(
                "Cranelift chose '{mnemonic}', which is not RV64IMC"
            )));
        }
    }
    Ok(())
}

/// Words of the rv64 entry stub's frame: `nlr_buf_t` of the riscv64 unix port (its native
/// `nlrrv64.c`: `prev`, `ret_val` and 14 registers, no pystack; two more words spare),
/// then the caller's globals, the four entry arguments, the body's result, `s0` and `ra`.
const STUB_NLR_WORDS: i64 = 18;
const STUB_OLD_GLOBALS: i64 = STUB_NLR_WORDS;
const STUB_ARGS: i64 = STUB_OLD_GLOBALS + 1;
const STUB_RESULT: i64 = STUB_ARGS + 4;
const STUB_S0: i64 = STUB_RESULT + 1;
const STUB_RA: i64 = STUB_S0 + 1;
/// The frame in bytes, a multiple of 16 (the stack stays 16-byte aligned).
const STUB_FRAME: i64 = (STUB_RA + 1 + 1) / 2 * 16;

/// The rv64imc entry of a function that names globals: what
/// `cranelift::x64_entry::globals_entry` is for x64, hand-encoded here in uncompressed
/// RV64I instructions (`addi`, `ld`, `sd`, `jalr`, `auipc`, `beq`/`bne`; nothing from
/// M or C, let alone outside RV64IMC), so Cranelift's listing check has nothing to look
/// at in it.
///
/// `mp_fun_table` is kept in `s0` (saved in the frame): `nlr_push` saves `s0` and the
/// stack pointer, and `nlr_jump` restores them, so the exception path finds both. The
/// body (Cranelift's SystemV code, which finds `mp_fun_table` itself) is called with the
/// entry arguments reloaded, by `auipc` + `jalr`: no relocation. It follows the stub,
/// 16-byte aligned (the padding is zero words, illegal instructions).
pub(super) fn globals_entry(fun_table_index: u32) -> Result<Vec<u8>, Fallback> {
    let table_offset = table_word(fun_table_index)?;
    let mut a = Stub::new();
    let [same, except, body] = [(); 3].map(|()| a.place());
    a.prologue(STUB_FRAME, STUB_RA, STUB_S0, STUB_ARGS);
    load_fun_table(&mut a, table_offset, true);
    a.call(Helper::NativeSwapGlobals);
    a.sd(A0, SP, STUB_OLD_GLOBALS);
    a.branch_a0(Branch::Beq, same);
    a.addi(A0, SP, 0); // the nlr_buf_t at the frame's bottom
    a.call(Helper::NlrPush);
    a.branch_a0(Branch::Bne, except);
    call_body(&mut a, STUB_ARGS, body);
    a.sd(A0, SP, STUB_RESULT);
    a.ld(A0, SP, STUB_OLD_GLOBALS);
    a.call(Helper::NativeSwapGlobals);
    a.call(Helper::NlrPop);
    a.ld(A0, SP, STUB_RESULT);
    a.epilogue(STUB_FRAME, STUB_RA, STUB_S0);
    // An exception unwound the body: the caller's globals, then raise it again.
    a.bind(except);
    a.ld(A0, SP, STUB_OLD_GLOBALS);
    a.call(Helper::NativeSwapGlobals);
    a.ld(A0, SP, i64::from(NLR_BUF_IDX_RET_VAL));
    a.call(Helper::NativeRaise);
    // Already the function's globals: just the body.
    a.bind(same);
    call_body(&mut a, STUB_ARGS, body);
    a.epilogue(STUB_FRAME, STUB_RA, STUB_S0);
    a.align16();
    a.bind(body);
    a.finish()
}

/// `mp_fun_table`'s word in the object table, within an `ld`'s reach (12 bits, signed).
fn table_word(fun_table_index: u32) -> Result<i64, Fallback> {
    let word = i64::from(fun_table_index);
    if word * 8 > 2047 {
        return Err(Fallback(format!(
            "mp_fun_table constant {fun_table_index} out of the entry stub's reach"
        )));
    }
    Ok(word)
}

/// `mp_fun_table` into `s0` from the function object in `a0`, and with `globals` the
/// module's globals into `a0`.
fn load_fun_table(a: &mut Stub, table_word: i64, globals: bool) {
    a.ld(S0, A0, i64::from(FUN_BC_CONTEXT));
    if globals {
        a.ld(A0, S0, i64::from(CONTEXT_GLOBALS));
    }
    a.ld(S0, S0, i64::from(CONTEXT_OBJ_TABLE));
    a.ld(S0, S0, table_word);
}

/// Reload the entry arguments from word `args_word` on and call the body at `body`.
fn call_body(a: &mut Stub, args_word: i64, body: Place) {
    for (k, &arg) in stub::ARGS.iter().enumerate() {
        a.ld(arg, SP, args_word + k as i64);
    }
    a.call_place(body);
}

/// Words of the rv64 handler stub's frame below the state block: the 18 of
/// `nlr_buf_t` as in [`globals_entry`], the caller's globals, the four entry arguments,
/// the body's result, the handler to resume, `s0` and `ra`.
const HANDLER_OLD_GLOBALS: i64 = STUB_NLR_WORDS;
const HANDLER_ARGS: i64 = HANDLER_OLD_GLOBALS + 1;
const HANDLER_RESULT: i64 = HANDLER_ARGS + 4;
const HANDLER_RESUME: i64 = HANDLER_RESULT + 1;
const HANDLER_S0: i64 = HANDLER_RESUME + 1;
const HANDLER_RA: i64 = HANDLER_S0 + 1;
const HANDLER_STATE: i64 = HANDLER_RA + 1;

/// The rv64imc entry of a function with exception handlers: what the x64
/// `cranelift::x64_entry::handler_entry` is, in RV64I as [`globals_entry`] is. The body
/// is called with the state block (`a4`) and the handler to resume (`a5`); an
/// exception that finds a handler active pushes the `nlr` handler again (a backward
/// branch) and calls the body to resume there. `globals`: the function names globals,
/// so the module's are swapped in and back.
pub(super) fn handler_entry(
    fun_table_index: u32,
    globals: bool,
    state_words: u32,
) -> Result<Vec<u8>, Fallback> {
    let table_offset = table_word(fun_table_index)?;
    // `addi sp, sp, frame` on the way out takes a 12-bit signed immediate: 2047 at most,
    // so 2032 for a multiple of 16.
    let frame = (HANDLER_STATE + i64::from(state_words) + 1) / 2 * 16;
    if frame > 2032 {
        return Err(Fallback(format!(
            "an rv64 handler frame of {frame} bytes, out of the entry stub's reach"
        )));
    }
    let state = |word: u32| HANDLER_STATE + i64::from(word);
    let swap_back = |a: &mut Stub| {
        if globals {
            a.ld(A0, SP, HANDLER_OLD_GLOBALS);
            a.call(Helper::NativeSwapGlobals);
        }
    };
    let mut a = Stub::new();
    let [push, except, body] = [(); 3].map(|()| a.place());
    a.prologue(frame, HANDLER_RA, HANDLER_S0, HANDLER_ARGS);
    load_fun_table(&mut a, table_offset, globals);
    if globals {
        a.call(Helper::NativeSwapGlobals);
        a.sd(A0, SP, HANDLER_OLD_GLOBALS);
    }
    for word in [HANDLER_RESUME, state(STATE_EXC_VAL), state(STATE_UNWIND)] {
        a.sd(ZERO, SP, word);
    }
    // Push the handler; the first time, and again for each handler resumed.
    a.bind(push);
    a.addi(A0, SP, 0);
    a.call(Helper::NlrPush);
    a.branch_a0(Branch::Bne, except);
    a.sd(ZERO, SP, state(STATE_HANDLER));
    a.addi(A4, SP, HANDLER_STATE * 8);
    a.ld(A5, SP, HANDLER_RESUME);
    call_body(&mut a, HANDLER_ARGS, body);
    a.sd(A0, SP, HANDLER_RESULT);
    swap_back(&mut a);
    a.call(Helper::NlrPop);
    a.ld(A0, SP, HANDLER_RESULT);
    a.epilogue(frame, HANDLER_RA, HANDLER_S0);
    // An exception unwound the body: resume its active handler, or pass it on.
    a.bind(except);
    a.ld(A0, SP, i64::from(NLR_BUF_IDX_RET_VAL));
    a.sd(A0, SP, state(STATE_EXC_VAL));
    a.ld(A0, SP, state(STATE_HANDLER));
    a.sd(A0, SP, HANDLER_RESUME);
    a.branch_a0(Branch::Bne, push);
    swap_back(&mut a);
    a.ld(A0, SP, i64::from(NLR_BUF_IDX_RET_VAL));
    a.call(Helper::NativeRaise);
    a.align16();
    a.bind(body);
    a.finish()
}

#[cfg(test)]
mod tests {
    use super::{check_integer_only, globals_entry, handler_entry};

    /// The check reads Cranelift's listing (mnemonic first, blocks as `blockN:`).
    #[test]
    fn listing_check_refuses_what_rv64imc_lacks() {
        let integer =
            "  addi sp,sp,-16\nblock0:\n  ld a0,8(a0)\n  callind a3\n  mul a0,a0,a1\n  ret\n";
        assert_eq!(check_integer_only(integer), Ok(()));
        for bad in [
            "fld fa0,0(a0)",
            "fmv.x.d a0,fa0",
            "amoadd.d a0,a1,(a2)",
            "lr.d a0,(a1)",
            "csrrw zero,cycle,zero",
            "udf ##trap_code=heap_oob",
        ] {
            let listing = format!("{integer}  {bad}\n");
            assert!(check_integer_only(&listing).is_err(), "{bad}");
        }
    }

    /// The stub is base RV64I only, 16-byte aligned at its end, and its branches and body
    /// calls land inside it or at the body.
    #[test]
    fn globals_entry_is_rv64i_and_reaches_the_body() {
        let stub = globals_entry(2).expect("stub");
        assert_eq!(stub.len() % 16, 0);
        let words: Vec<u32> = stub
            .chunks(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let mut body_calls = 0;
        for (k, &w) in words.iter().enumerate() {
            let at = 4 * k as i64;
            match w & 0x7f {
                // addi, ld, sd, auipc (always with 0 here).
                0x13 | 0x23 => {}
                0x03 => assert_eq!(w >> 12 & 7, 3, "ld at {at}"),
                0x17 => {
                    assert_eq!(w, 0x0000_0297, "auipc t0, 0 at {at}");
                    let jalr = words[k + 1];
                    let target = at + i64::from((jalr as i32) >> 20);
                    assert_eq!(target, stub.len() as i64, "body call at {at}");
                    body_calls += 1;
                }
                0x67 => {}
                0x63 => {
                    let imm = ((w >> 31) as i64 * -4096)
                        | i64::from(
                            (w >> 7 & 1) << 11 | (w >> 25 & 0x3f) << 5 | (w >> 8 & 0xf) << 1,
                        );
                    let target = at + imm;
                    assert!(target > at && target < stub.len() as i64, "branch at {at}");
                }
                0 => assert_eq!(w, 0, "padding at {at}"),
                op => panic!("opcode {op:#x} at {at}"),
            }
        }
        assert_eq!(body_calls, 2);
        // Out of `ld`'s reach: refused, not mis-encoded.
        assert!(globals_entry(256).is_err());
    }

    /// The handler stub is base RV64I too; its one body call lands at its end, its
    /// forward branch inside it, and its one backward branch (resume a handler) at the
    /// `nlr_push` it came from.
    #[test]
    fn handler_entry_is_rv64i_and_reaches_the_body() {
        for globals in [false, true] {
            let stub = handler_entry(2, globals, 30).expect("stub");
            assert_eq!(stub.len() % 16, 0);
            let words: Vec<u32> = stub
                .chunks(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect();
            let (mut body_calls, mut back) = (0, 0);
            for (k, &w) in words.iter().enumerate() {
                let at = 4 * k as i64;
                match w & 0x7f {
                    0x13 | 0x23 | 0x67 => {}
                    0x03 => assert_eq!(w >> 12 & 7, 3, "ld at {at}"),
                    0x17 => {
                        let target = at + i64::from((words[k + 1] as i32) >> 20);
                        assert_eq!(target, stub.len() as i64, "body call at {at}");
                        body_calls += 1;
                    }
                    0x63 => {
                        let imm = ((w >> 31) as i64 * -4096)
                            | i64::from(
                                (w >> 7 & 1) << 11 | (w >> 25 & 0x3f) << 5 | (w >> 8 & 0xf) << 1,
                            );
                        let target = at + imm;
                        assert!(target >= 0 && target < stub.len() as i64, "branch at {at}");
                        if target < at {
                            // addi a0, sp, 0: the nlr_buf_t for nlr_push.
                            assert_eq!(words[(target / 4) as usize], 0x0001_0513);
                            back += 1;
                        }
                    }
                    0 => assert_eq!(w, 0, "padding at {at}"),
                    op => panic!("opcode {op:#x} at {at}"),
                }
            }
            assert_eq!((body_calls, back), (1, 1));
        }
        // The largest frame `addi sp, sp, frame` can free is 2032 bytes: 227 state words.
        assert!(handler_entry(2, true, 227).is_ok());
        assert!(handler_entry(2, true, 228).is_err());
    }
}
