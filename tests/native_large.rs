//! A `@micropython.native` function whose x64 code passes 64 KiB.
//!
//! mpy-cross (every release, 1.19 to 1.29) keeps a native function's prelude offset in a
//! `uint16_t` (`mp_raw_code_t.prelude_offset`, `py/emitglue.h`) and so writes it modulo
//! 65536: the file loads, but the runtime reads the prelude from inside the machine code,
//! and the unix port crashes on import. mpyc writes the true offset, a deliberate
//! difference (README, "Deliberate differences from mpy-cross"). This test fails if the
//! offset is ever truncated.

use mpy_ir::inspect::{view, View};
use mpy_ir::{Kind, Module, RawCode};
use mpy_targets::Target;
use mpyc::driver::{compile, CompileOptions};
use mpyc::profile::Release;

/// About 190 KB of x64 code in one native function (each statement is a few dozen bytes).
fn large_native_source() -> String {
    let mut src =
        String::from("import micropython\n@micropython.native\ndef big(a, b):\n    t = 0\n");
    for i in 0..2500 {
        src.push_str(&format!("    t = t + a * {} - b\n", i % 50));
    }
    src.push_str("    return t\nprint(big(3, 1))\n");
    src
}

fn compile_x64(source: &str, release: Release) -> Module {
    let opts = CompileOptions::new(release);
    let opts = CompileOptions {
        target: Target::from_march("x64", opts.profile.mpy_version).expect("a target"),
        ..opts
    };
    let bytes = compile(source.as_bytes(), "big.py", &opts)
        .unwrap_or_else(|e| panic!("{}: {}", release.name(), e.render()));
    mpy_ir::load(&bytes).unwrap_or_else(|e| panic!("{}: does not load: {e}", release.name()))
}

fn native_functions(module: &Module) -> Vec<&RawCode> {
    module
        .root()
        .expect("a loaded module is lowered")
        .walk()
        .into_iter()
        .filter(|rc| matches!(rc.kind, Kind::Native { .. }))
        .collect()
}

#[test]
fn prelude_offset_past_64k_is_written_in_full() {
    let source = large_native_source();
    for release in Release::ALL {
        let module = compile_x64(&source, release);
        let natives = native_functions(&module);
        assert_eq!(natives.len(), 1, "{}", release.name());
        let rc = natives[0];
        let Kind::Native { prelude_offset } = rc.kind else {
            unreachable!()
        };
        let offset = usize::try_from(prelude_offset).expect("offset fits usize");
        assert!(
            offset > usize::from(u16::MAX),
            "{}: the code should pass 64 KiB, prelude at {offset}",
            release.name()
        );
        // The prelude is the tail of the function data, after all of the machine code.
        assert!(offset < rc.fun_data.len(), "{}", release.name());
        assert!(rc.fun_data.len() - offset < 32, "{}", release.name());
        let View::Native(native) = view(rc) else {
            panic!("{}: not viewed as native code", release.name())
        };
        let prelude = native
            .prelude
            .unwrap_or_else(|e| panic!("{}: prelude: {e:?}", release.name()));
        let name = |index: u64| {
            usize::try_from(index)
                .ok()
                .and_then(|i| module.qstrs.get(i))
                .map(|q| String::from_utf8_lossy(q).into_owned())
        };
        assert_eq!(
            name(prelude.simple_name).as_deref(),
            Some("big"),
            "{}",
            release.name()
        );
        let args: Vec<Option<String>> = prelude.arg_names.iter().map(|&i| name(i)).collect();
        assert_eq!(
            args,
            [Some("a".to_string()), Some("b".to_string())],
            "{}",
            release.name()
        );
        assert_eq!(prelude.signature.n_pos_args, 2, "{}", release.name());
    }
}

#[test]
fn the_offset_truncated_to_16_bits_does_not_decode() {
    // What mpy-cross writes: the same data with the offset modulo 65536. The check above
    // must be able to tell: at that place there is machine code, not the prelude.
    let module = compile_x64(&large_native_source(), Release::V1_28);
    let rc = native_functions(&module)[0].clone();
    let Kind::Native { prelude_offset } = rc.kind else {
        unreachable!()
    };
    let truncated = RawCode {
        kind: Kind::Native {
            prelude_offset: prelude_offset % 65536,
        },
        ..rc
    };
    let View::Native(native) = view(&truncated) else {
        unreachable!()
    };
    let still_big = native.prelude.ok().is_some_and(|p| {
        usize::try_from(p.simple_name)
            .ok()
            .and_then(|i| module.qstrs.get(i))
            .is_some_and(|q| q == b"big")
            && p.arg_names.len() == 2
    });
    assert!(
        !still_big,
        "a truncated offset decodes like the real prelude"
    );
}
