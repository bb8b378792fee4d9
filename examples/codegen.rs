//! A code generator's view of mpyc: build a module with the checked builder, lower it for
//! a target, write the `.mpy`, load it back and verify it.
//!
//! ```sh
//! cargo run --example codegen -- out.mpy
//! ```
//! The module is `print("hello from codegen", 6 * 7)`.

use mpy_ir::func::{BinaryOp, ConstTok, GlobalKind, ModuleBuilder};
use mpy_ir::verify::{verify, VerifyOptions};
use mpy_ir::CodeKind;
use mpy_targets::lower::{lower, LowerOptions, RustFloats};
use mpy_targets::{MpyVersion, Target};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "codegen.mpy".into());

    let mut m = ModuleBuilder::new(b"codegen.py");
    let mut b = m.function(CodeKind::Bytecode, b"<module>", &[]);
    b.set_source_line(1);
    b.load_global(b"print", GlobalKind::Name);
    b.load_const_str(b"hello from codegen");
    b.load_const_small_int(6);
    b.load_const_small_int(7);
    b.binary_op(BinaryOp::Multiply);
    b.call_function(2, 0, false);
    b.pop_top();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let body = b.finish_function()?;
    m.add(body);
    let module = m.finish()?;

    let opts = LowerOptions::new(Target::bytecode(MpyVersion::V6_3));
    let bytes = mpy_ir::write(&lower(&module, &opts, &RustFloats)?)?;
    std::fs::write(&out, &bytes)?;

    // The round trip: the loader reads what the writer wrote, and the verifier is happy.
    let (loaded, notes) = mpy_ir::load_with(&bytes, &mpy_ir::LoadOptions::default())?;
    assert_eq!(mpy_ir::write(&loaded)?, bytes);
    let findings = verify(&loaded, &notes, &VerifyOptions::default());
    assert!(findings.is_empty(), "{findings:?}");
    print!("{}", mpy_ir::dump::text(&loaded));
    println!("wrote {out} ({} bytes)", bytes.len());
    Ok(())
}
