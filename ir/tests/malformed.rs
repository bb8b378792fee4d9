//! Malformed-input sweep: every truncation and many single-byte corruptions of every
//! example file give values or located errors, never panics; whatever loads also dumps,
//! verifies and round-trips canonically (`mpy_ir::fuzz::check`).

use std::path::PathBuf;

use mpy_ir::{load_with, Layout, LoadOptions};

fn example_files() -> Vec<(PathBuf, Layout)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/spec-examples");
    let mut out = Vec::new();
    for (dir, layout) in [
        (root.clone(), Layout::Released),
        (root.join("seed"), Layout::Seed),
    ] {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "mpy") {
                out.push((p, layout));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 37);
    out
}

#[test]
fn every_truncation_is_a_located_error() {
    for (path, layout) in example_files() {
        let bytes = std::fs::read(&path).unwrap();
        let opts = LoadOptions {
            layout,
            ..Default::default()
        };
        for len in 0..bytes.len() {
            let err = load_with(&bytes[..len], &opts).expect_err("a truncated file must not load");
            assert!(
                err.offset() <= len,
                "{}: error offset {} past truncation {len}",
                path.display(),
                err.offset()
            );
            mpy_ir::fuzz::check(&bytes[..len]);
        }
    }
}

#[test]
fn single_byte_corruptions_never_panic() {
    // Bit 7 (vuint continuation), all bits, zero, and an off-by-one.
    let mutations: [fn(u8) -> u8; 4] =
        [|b| b ^ 0x80, |b| b ^ 0xff, |_| 0x00, |b| b.wrapping_add(1)];
    let mut loaded = 0usize;
    let mut total = 0usize;
    for (path, _) in example_files() {
        let bytes = std::fs::read(&path).unwrap();
        for i in 0..bytes.len() {
            for m in &mutations {
                let mut b = bytes.clone();
                b[i] = m(b[i]);
                total += 1;
                if mpy_ir::load(&b).is_ok() {
                    loaded += 1;
                }
                mpy_ir::fuzz::check(&b);
            }
        }
    }
    // Most corruptions of opcode bytes still load (the container is intact); many others don't.
    assert!(loaded > 0 && loaded < total, "{loaded}/{total}");
}

#[test]
fn trailing_bytes_are_reported() {
    let mut bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/data/spec-examples/hello.v1_28_0.mpy"),
    )
    .unwrap();
    bytes.extend_from_slice(b"xx");
    let err = mpy_ir::load(&bytes).unwrap_err();
    assert_eq!(err.offset(), 77);
    assert!(err.to_string().contains("2 trailing bytes"), "{err}");
}

#[test]
fn huge_lengths_do_not_allocate() {
    // n_qstr = 2^49: rejected against the remaining input before any allocation.
    let bytes = [
        b'M', 6, 0, 31, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00,
    ];
    let err = mpy_ir::load(&bytes).unwrap_err();
    assert!(
        err.to_string()
            .contains("qstr count of 562949953421312 exceeds"),
        "{err}"
    );
    assert_eq!(err.offset(), 13);
}

#[test]
fn deep_nesting_is_bounded() {
    // A tuple constant nested 10,000 deep.
    let mut bytes = vec![b'M', 6, 0, 31, 0x00, 0x01];
    bytes.extend(std::iter::repeat_n([0x0a, 0x01], 10_000).flatten());
    bytes.push(0x01);
    let err = mpy_ir::load(&bytes).unwrap_err();
    assert!(err.to_string().contains("nested deeper"), "{err}");
}

#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/fuzz-regressions");
    for e in std::fs::read_dir(dir).unwrap() {
        let data = std::fs::read(e.unwrap().path()).unwrap();
        mpy_ir::fuzz::check(&data);
    }
}
