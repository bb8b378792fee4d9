//! `-march=rv64imc --native-backend cranelift`: viper code for RISC-V 64 (`.mpy` arch 12,
//! sub-version 3), which only Cranelift compiles (no mpy-cross release has an rv64imc
//! emitter). CI has no riscv64 runtime, so these are golden bytes of the project's own,
//! checked once in MicroPython 1.28's unix port for riscv64 under `qemu-riscv64`:
//!
//! - `tests/native_rv64/checksum.mpy` is what
//!   `cd tests/native_rv64 && mpyc -march=rv64imc --native-backend cranelift checksum.py -o checksum.mpy`
//!   writes (`BLESS=1` rewrites it). Checked under qemu (2026-12-04, Cranelift 0.135.8):
//!   `qemu-riscv64 micropython -m checksum` prints `checksum.stdout`, which is also what the
//!   x64 unix port prints for `checksum.py`. Rewriting the `.mpy` needs that check again.
//! - `tests/native_rv64/globals_calls.mpy` is the same for `globals_calls.py`: viper
//!   functions that name globals and call functions, so each starts with the hand-encoded
//!   entry stub (`cranelift_rv64::globals_entry`: the module's globals swapped in, an
//!   `nlr` handler, the body called, the caller's globals back, also when an exception
//!   passes). Checked under qemu (2026-12-04, Cranelift 0.135.8, qemu-riscv64 7.2):
//!   `qemu-riscv64 micropython -m globals_calls` prints `globals_calls.stdout`, which is
//!   also what the x64 unix port prints running `globals_calls.py` (its `exec` with another
//!   globals dict shows the caller's globals back after a return and after an exception).
//! - `tests/native_rv64/handlers.mpy` is the same for `tests/native_cranelift/handlers.py`
//!   (compiled from here as `../native_cranelift/handlers.py`): viper functions with
//!   exception handlers (`try`, `with`, returns and jumps through them), each entered
//!   through the hand-encoded handler stub (`cranelift_rv64::handler_entry`: an `nlr`
//!   handler that enters the body again at the handler an exception reaches). Checked
//!   under qemu (2026-12-04, Cranelift 0.135.8, qemu-riscv64 7.2): `qemu-riscv64 micropython
//!   -m handlers` prints `tests/native_cranelift/handlers.stdout`, which is also what the
//!   x64 unix port prints running `handlers.py`.
//! - The files verify and round-trip, their headers say rv64imc 6.3, and every instruction
//!   of their code is RV64IMC (Cranelift must be given the G extensions to start).
//! - The errors (`<name>.stderr` beside `<name>.py`): a `native` function is "invalid arch",
//!   and so is viper code without `--native-backend cranelift` (both byte for byte mpy-cross
//!   1.28's `-march=rv64imc` output); a construct Cranelift does not translate is a located
//!   error (there is no fallback code); a viper type error is mpy-cross 1.28's for
//!   `-march=x64`, since the emitter's type pass runs as for x64, even after a function
//!   Cranelift cannot take (for x64 that one compiled).

use std::path::{Path, PathBuf};
use std::process::Output;

mod support;
use support::{dump_diff, read, run_compiler, scratch, text_diff, HANDLERS_PY_FUNCTIONS};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/native_rv64")
}

fn mpyc() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_mpyc"))
}

const RV64: [&str; 3] = ["-march=rv64imc", "--native-backend", "cranelift"];

/// `mpyc ARGS NAME.py -o OUT` in `tests/native_rv64`.
fn compile(args: &[&str], name: &str, out: &Path) -> Output {
    run_compiler(mpyc(), &dir(), args, name, out)
}

/// The golden modules: name, its source (from `tests/native_rv64`, no `.py`), its viper
/// functions (all Cranelift's).
const GOLDEN: [(&str, &str, &[&str]); 3] = [
    (
        "checksum",
        "checksum",
        &["fletcher16", "fill", "sum32", "mix", "pair"],
    ),
    (
        "globals_calls",
        "globals_calls",
        &["scaled", "bump", "where", "checked", "calls_back"],
    ),
    (
        "handlers",
        "../native_cranelift/handlers",
        &HANDLERS_PY_FUNCTIONS,
    ),
];

#[test]
fn golden_modules_match_their_bytes() {
    let work = scratch("native-rv64-golden");
    let mut failures = Vec::new();
    for (name, source, functions) in GOLDEN {
        let expected_path = dir().join(format!("{name}.mpy"));
        let out = work.join(format!("{name}.mpy"));
        let o = compile(&[&RV64[..], &["-v"]].concat(), source, &out);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        // Every viper function is Cranelift's: there is nothing else for rv64imc.
        let notes = String::from_utf8_lossy(&o.stderr);
        for function in functions {
            assert!(
                notes.contains(&format!("{source}.py: {function}: cranelift")),
                "{notes}"
            );
        }
        let actual = read(&out);
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&expected_path, &actual).expect("expected file written");
        }
        let expected = read(&expected_path);
        if expected != actual {
            failures.push(format!(
                "{name}.mpy differs (Cranelift changed? check the new bytes under qemu, \
                 then BLESS=1):\n{}",
                dump_diff(&expected, &actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn golden_modules_are_rv64imc_and_round_trip() {
    let work = scratch("native-rv64-roundtrip");
    for (name, ..) in GOLDEN {
        let path = dir().join(format!("{name}.mpy"));
        let bytes = read(&path);
        // Version 6; feature byte: arch 12 (RV64IMC) << 2 | sub-version 3.
        assert_eq!(bytes.get(..3), Some(&[b'M', 6, 12 << 2 | 3][..]), "{name}");
        let o = std::process::Command::new(mpyc())
            .arg("verify")
            .arg(&path)
            .output()
            .expect("mpyc runs");
        assert!(
            o.status.success(),
            "verify {name}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        let back = work.join(format!("{name}-back.mpy"));
        let o = std::process::Command::new(mpyc())
            .arg("roundtrip")
            .arg(&path)
            .arg(&back)
            .output()
            .expect("mpyc runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(
            bytes == read(&back),
            "{name}: {}",
            dump_diff(&bytes, &read(&back))
        );
    }
}

/// The machine code of each viper function of golden module `name`.
fn viper_code(name: &str) -> Vec<Vec<u8>> {
    let module =
        mpy_ir::load(&read(&dir().join(format!("{name}.mpy")))).expect("golden file loads");
    let mpy_ir::Code::Lowered(root) = &module.code else {
        panic!("a loaded module is lowered");
    };
    root.walk()
        .into_iter()
        .filter(|rc| matches!(rc.kind, mpy_ir::Kind::Viper { .. }))
        .map(|rc| rc.fun_data.clone())
        .collect()
}

#[test]
fn golden_code_is_rv64imc_only() {
    for (name, _, functions) in GOLDEN {
        let viper = viper_code(name);
        assert_eq!(viper.len(), functions.len(), "{name}");
        for code in viper {
            // These functions load no 64-bit constant, so Cranelift put no constant pool
            // after the code: every byte is an instruction (the globals entry stub's,
            // then the body's; the stub's padding words are zero).
            if let Err(e) = check_rv64imc(&code) {
                panic!("{name}: {e}");
            }
        }
    }
}

/// A function that names globals starts with the hand-encoded entry stub: it swaps the
/// module's globals in (`mp_fun_table` slot 5, `mp_native_swap_globals`), and the body
/// follows it 16-byte aligned.
#[test]
fn globals_functions_start_with_the_entry_stub() {
    let viper = viper_code("globals_calls");
    assert!(!viper.is_empty(), "globals_calls.mpy has no viper function");
    for code in viper {
        let word = |k: usize| {
            let b = &code[4 * k..4 * k + 4];
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        };
        // addi sp, sp, -208; sd ra, 200(sp); sd s0, 192(sp).
        assert_eq!(word(0), 0xf301_0113);
        assert_eq!(word(1), 0x0c11_3423);
        assert_eq!(word(2), 0x0c81_3023);
        // ld t0, 40(s0); jalr ra, 0(t0): mp_native_swap_globals.
        assert_eq!(word(11), 0x0284_3283);
        assert_eq!(word(12), 0x0002_80e7);
    }
}

/// Walk `code` instruction by instruction and refuse anything outside RV64IMC: the
/// floating-point, atomic and system major opcodes, and the compressed floating-point
/// loads and stores.
fn check_rv64imc(code: &[u8]) -> Result<(), String> {
    let mut at = 0;
    while at < code.len() {
        let half = |k: usize| code.get(k..k + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let low = half(at).ok_or_else(|| format!("odd length at {at:#x}"))?;
        if low & 3 != 3 {
            let (quadrant, funct3) = (low & 3, low >> 13);
            // C.FLD/C.FSD (quadrant 0) and C.FLDSP/C.FSDSP (quadrant 2): funct3 1 and 5.
            if quadrant != 1 && (funct3 == 1 || funct3 == 5) {
                return Err(format!("compressed float load/store {low:#06x} at {at:#x}"));
            }
            at += 2;
            continue;
        }
        let high = half(at + 2).ok_or_else(|| format!("truncated at {at:#x}"))?;
        let word = u32::from(low) | u32::from(high) << 16;
        let allowed = matches!(
            word & 0x7f,
            0x03 | 0x13 | 0x17 | 0x1b | 0x23 | 0x33 | 0x37 | 0x3b | 0x63 | 0x67 | 0x6f
        );
        if !allowed {
            return Err(format!(
                "instruction {word:#010x} at {at:#x} is not RV64IMC"
            ));
        }
        at += 4;
    }
    Ok(())
}

#[test]
fn the_instruction_check_refuses_float_and_atomic_code() {
    // fld fa0, 0(a0); amoadd.d a0, a1, (a0); c.fldsp fa0, 0(sp); then add a0, a0, a1.
    assert!(check_rv64imc(&0x0000_3507u32.to_le_bytes()).is_err());
    assert!(check_rv64imc(&0x00b5_352fu32.to_le_bytes()).is_err());
    assert!(check_rv64imc(&0x2502u16.to_le_bytes()).is_err());
    assert!(check_rv64imc(&0x00b5_0533u32.to_le_bytes()).is_ok());
}

/// Each `<name>.py` with a `<name>.stderr` beside it fails with exactly that output.
#[test]
fn errors_match_their_stderr_files() {
    let work = scratch("native-rv64-errors");
    let out = work.join("error.mpy");
    let cases: [(&str, &[&str]); 5] = [
        ("native_function", &RV64),
        ("unsupported", &RV64),
        ("type_error", &RV64),
        // A type error in any function comes before a function Cranelift cannot take.
        ("type_error_after_unsupported", &RV64),
        // Without the Cranelift backend, viper for rv64imc is mpy-cross 1.28's error.
        ("viper_without_cranelift", &["-march=rv64imc"]),
    ];
    let mut failures = Vec::new();
    for (name, args) in cases {
        let source = if name == "viper_without_cranelift" {
            "checksum"
        } else {
            name
        };
        let o = compile(args, source, &out);
        assert!(!o.status.success(), "{name} compiled");
        let path = dir().join(format!("{name}.stderr"));
        let actual = String::from_utf8_lossy(&o.stderr).into_owned();
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&path, &actual).expect("expected stderr written");
        }
        let expected = String::from_utf8_lossy(&read(&path)).into_owned();
        if expected != actual {
            failures.push(format!("{name}:\n{}", text_diff(&expected, &actual)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
