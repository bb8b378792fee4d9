//! A viper function whose Xtensa code jumps forward over more than 128 KiB: beyond the
//! reach of `j` (18 bits), which the long form of `b<cc>z` (an inverted branch over a `j`)
//! needs from 1.26.
//!
//! Measured with every mpy-cross release 1.19 to 1.29, for `-march=xtensa` and
//! `xtensawin`: 1.26 and later reject the file with `RuntimeError: ERROR: xtensa bccz out
//! of range`; before, the branch is written with its displacement's low 12 bits (and
//! "ERROR: xtensa bccz out of range" printed on stdout) and the file compiles.

use mpy_targets::Target;
use mpyc::driver::{compile, CompileOptions};
use mpyc::profile::Release;

/// About 200 KB of code inside one `if`.
fn far_forward_source() -> String {
    let mut src =
        String::from("@micropython.viper\ndef huge(x: int, y: int) -> int:\n    if x > y:\n");
    for i in 0..4500 {
        src.push_str(&format!(
            "        x = ((x + {i}) * 3 + (x >> 2) - y) ^ (x << 1)\n"
        ));
    }
    src.push_str("    return x\n");
    src
}

#[test]
fn forward_branch_beyond_j_reach() {
    let source = far_forward_source();
    for march in ["xtensa", "xtensawin"] {
        for release in Release::ALL {
            let opts = CompileOptions::new(release);
            let opts = CompileOptions {
                target: Target::from_march(march, opts.profile.mpy_version).expect("a target"),
                ..opts
            };
            let result = compile(source.as_bytes(), "huge.py", &opts);
            let rejects = release >= Release::V1_26;
            match result {
                Ok(_) => assert!(!rejects, "{march} {}: compiled", release.name()),
                Err(e) => {
                    let text = e.render();
                    assert!(
                        rejects
                            && text.ends_with("RuntimeError: ERROR: xtensa bccz out of range\n"),
                        "{march} {}: {text}",
                        release.name()
                    );
                }
            }
        }
    }
}
