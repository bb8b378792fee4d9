//! A viper function built from IR and compiled to machine code (x64 by default): a
//! checksum over a buffer, read through a `ptr8` cast. The module is what mpy-cross
//! 1.28 makes of this Python, byte for byte, for `-march=x64` and five other arches
//! (`tests/examples_kernel.rs`):
//!
//! ```python
//! @micropython.viper
//! def checksum(buf, n: int) -> int:
//!     p = ptr8(buf)
//!     s = 0
//!     i = 0
//!     while i < n:
//!         s = (s * 31 + p[i]) & 0xffffff
//!         i += 1
//!     return s
//! ```
//!
//! ```sh
//! cargo run --example kernel -- --micropython 1.28 -march=x64 -o kernel.mpy
//! cargo run --example kernel -- --target thumbv7m-none-eabi -o kernel.mpy   # a Cortex-M3 board
//! micropython -c "import sys; sys.path.insert(0, '.'); import kernel; print(kernel.checksum(b'abc', 3))"
//! ```

use std::error::Error;
use std::str::FromStr;

use mpy_ir::func::{
    AccessKind, BinaryOp, ConstTok, GlobalKind, LocalKind::Fast, ModuleBuilder, ViperType,
};
use mpy_ir::verify::{verify, Severity, VerifyOptions};
use mpy_ir::CodeKind;
use mpy_targets::lower::{lower, RustFloats};
use mpy_targets::Target;
use mpyc::codegen::{bytecode_target, const_dedup, lower_options};
use mpyc::Release;
use target_lexicon::Triple;

/// The module defining `checksum`, for `target` (an mpy-cross `-march=` name such as
/// `armv7m`, or a target triple such as `thumbv7m-none-eabi`) and the settings of
/// `release`'s mpy-cross; `source_name` is the file name stored in it.
pub fn generate(
    release: Release,
    target: &str,
    source_name: &str,
) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut m = ModuleBuilder::with_dedup(source_name.as_bytes(), const_dedup(release));

    // The module body: `checksum = <function 1>`.
    let mut b = m.function(CodeKind::Bytecode, b"<module>", &[]);
    b.set_source_line(1);
    let checksum_id = mpy_ir::func::FunctionId(1);
    b.make_function(checksum_id, 0, 0);
    b.store_global(b"checksum", GlobalKind::Name);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let body = b.finish_function()?;
    m.add(body);

    // The viper function. Slots: the parameters first, then the locals.
    let (buf, n, p, s, i) = (0, 1, 2, 3, 4);
    let mut f = m.function(CodeKind::Viper, b"checksum", &[b"buf", b"n"]);
    // `(buf, n: int) -> int`, and the slot names viper type errors quote.
    f.def_line(2)
        .param_types(&[ViperType::Object, ViperType::Int])
        .return_type(ViperType::Int)
        .local_names(&[b"buf", b"n", b"p", b"s", b"i"]);
    // p = ptr8(buf): in a viper function the global `ptr8` is a cast.
    f.load_global(b"ptr8", GlobalKind::Global);
    f.load_local(buf, Fast);
    f.call_function(1, 0, false);
    f.store_local(p, Fast);
    // s = 0; i = 0: a local's first store gives it its type (int).
    for slot in [s, i] {
        f.load_const_small_int(0);
        f.store_local(slot, Fast);
    }
    // while i < n: the test at the bottom, as MicroPython compiles loops.
    let (body_start, test) = (f.new_label(), f.new_label());
    f.jump(test);
    f.label_assign(body_start);
    // s = (s * 31 + p[i]) & 0xffffff
    f.load_local(s, Fast);
    f.load_const_small_int(31);
    f.binary_op(BinaryOp::Multiply);
    f.load_local(p, Fast);
    f.load_local(i, Fast);
    f.subscr(AccessKind::Load);
    f.binary_op(BinaryOp::Add);
    f.load_const_small_int(0xff_ffff);
    f.binary_op(BinaryOp::And);
    f.store_local(s, Fast);
    // i += 1
    f.load_local(i, Fast);
    f.load_const_small_int(1);
    f.binary_op(BinaryOp::InplaceAdd);
    f.store_local(i, Fast);
    f.label_assign(test);
    f.load_local(i, Fast);
    f.load_local(n, Fast);
    f.binary_op(BinaryOp::Less);
    f.pop_jump_if(true, body_start);
    // return s (boxed as the int the return type says)
    f.load_local(s, Fast);
    f.return_value();
    let checksum = f.finish_function()?;
    assert_eq!(m.add(checksum), checksum_id);

    let version = bytecode_target(release).version;
    let target = match Target::from_march(target, version) {
        Ok(t) => t,
        Err(_) => {
            let triple = Triple::from_str(target)
                .map_err(|e| format!("{target}: neither a -march= name nor a triple ({e})"))?;
            Target::from_triple(&triple, version)?
        }
    };
    // No float constants here; `RustFloats` would print any exactly.
    let lowered = lower(&m.finish()?, &lower_options(release, target), &RustFloats)?;
    Ok(mpy_ir::write(&lowered)?)
}

/// Load the bytes back and run the verifier: the round trip every generator should do.
pub fn check(bytes: &[u8]) -> Result<(), Box<dyn Error>> {
    let (module, notes) = mpy_ir::load_with(bytes, &mpy_ir::LoadOptions::default())?;
    let errors: Vec<String> = verify(&module, &notes, &VerifyOptions::default())
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.to_string())
        .collect();
    if !errors.is_empty() {
        return Err(format!("the written module does not verify:\n{}", errors.join("\n")).into());
    }
    Ok(())
}

const USAGE: &str = "usage: kernel [--micropython X.Y] [-march=NAME | --target TRIPLE] -o OUT.mpy";

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kernel: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let (mut release, mut march, mut out) = (Release::DEFAULT, "x64".to_string(), None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--micropython" => {
                let v = args.next().ok_or(USAGE)?;
                release = Release::parse(&v).ok_or_else(|| {
                    format!("--micropython {v}: one of {}", Release::names().join(", "))
                })?;
            }
            "-o" => out = Some(args.next().ok_or(USAGE)?),
            "--target" => march = args.next().ok_or(USAGE)?,
            _ => match arg.strip_prefix("-march=") {
                Some(name) => march = name.to_string(),
                None => return Err(format!("{arg}: unexpected\n{USAGE}").into()),
            },
        }
    }
    let out = out.ok_or(USAGE)?;
    let bytes = generate(release, &march, "kernel.py")?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    check(&std::fs::read(&out)?).map_err(|e| format!("{out}: {e}"))?;
    println!(
        "wrote {out} ({} bytes, {march}, MicroPython {})",
        bytes.len(),
        release.name()
    );
    Ok(())
}
