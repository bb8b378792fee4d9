//! `mpyc link` golden tests (`tests/link_golden/README.md`): the committed objects of the
//! project's own natmod (golden.c, helper.c, golden_extra.py) link, for every arch, to the
//! bytes MicroPython 1.28's mpy_ld.py (and mpy-tool --merge for the .py part) wrote; the
//! config header matches mpy_ld --preprocess; objects compiled now with the cross
//! compilers link to the same bytes when the compiler is the recorded version; the x64
//! module runs in the unix port; bad input is an error naming file and symbol, never a
//! panic.

use std::path::{Path, PathBuf};
use std::process::Command;

use mpy_targets::link::{link, Input, LinkOptions};
use mpy_targets::Arch;

mod micropython;
mod support;
use support::{dump_diff, read};

/// Arch, C compiler, its flags (as `regen.sh`), the Debian package of the compiler.
/// Xtensa at `-O0`, which mpy_ld links (at `-Os` it fails, see [`xtensa_os_links`]); the
/// xtensawin objects are the same lx106 objects (Debian has no ESP32 compiler), which
/// checks the xtensawin layout (rodata apart from the text) but could not run.
const ARCHES: [(&str, &str, &str, &str); 10] = [
    ("x64", "gcc", "-fno-stack-protector", "gcc"),
    (
        "x86",
        "i686-linux-gnu-gcc",
        "-m32 -fno-stack-protector",
        "gcc-i686-linux-gnu",
    ),
    (
        "armv6m",
        "arm-none-eabi-gcc",
        "-mthumb -mcpu=cortex-m0",
        "gcc-arm-none-eabi",
    ),
    (
        "armv7m",
        "arm-none-eabi-gcc",
        "-mthumb -mcpu=cortex-m3",
        "gcc-arm-none-eabi",
    ),
    (
        "armv7emsp",
        "arm-none-eabi-gcc",
        "-mthumb -mcpu=cortex-m4 -mfpu=fpv4-sp-d16 -mfloat-abi=hard",
        "gcc-arm-none-eabi",
    ),
    (
        "armv7emdp",
        "arm-none-eabi-gcc",
        "-mthumb -mcpu=cortex-m7 -mfpu=fpv5-d16 -mfloat-abi=hard",
        "gcc-arm-none-eabi",
    ),
    (
        "rv32imc",
        "riscv64-unknown-elf-gcc",
        "-march=rv32imac -mabi=ilp32 -mno-relax",
        "gcc-riscv64-unknown-elf",
    ),
    (
        "rv64imc",
        "riscv64-unknown-elf-gcc",
        "-march=rv64imac -mabi=lp64 -mno-relax",
        "gcc-riscv64-unknown-elf",
    ),
    (
        "xtensa",
        "xtensa-lx106-elf-gcc",
        "-mforce-l32 -O0",
        "gcc-xtensa-lx106",
    ),
    (
        "xtensawin",
        "xtensa-lx106-elf-gcc",
        "-mforce-l32 -O0",
        "gcc-xtensa-lx106",
    ),
];

/// The first line of `--version` of the compilers that made the committed objects.
const RECORDED_VERSIONS: [(&str, &str); 5] = [
    ("gcc", "gcc (Debian 12.2.0-14+deb12u1) 12.2.0"),
    (
        "i686-linux-gnu-gcc",
        "i686-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0",
    ),
    (
        "arm-none-eabi-gcc",
        "arm-none-eabi-gcc (15:12.2.rel1-1) 12.2.1 20221205",
    ),
    (
        "riscv64-unknown-elf-gcc",
        "riscv64-unknown-elf-gcc (12.2.0-14+deb12u1+11+b2) 12.2.0",
    ),
    (
        "xtensa-lx106-elf-gcc",
        "xtensa-lx106-elf-gcc (12.2.0-14+deb12u1+13+b2) 12.2.0",
    ),
];

const CFLAGS: &str = "-std=c99 -ffreestanding -Os -Wall -Werror -fpic -fno-common \
                      -U_FORTIFY_SOURCE -DMP_CONFIGFILE=\"golden.config.h\" -I.";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/link_golden")
}

/// A fresh copy of the golden directory's inputs (the module stores its output path, so
/// mpyc writes the same relative paths mpy_ld was given, inside the copy).
fn scratch(tag: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("link-{tag}"));
    let _ = std::fs::remove_dir_all(&d);
    for (arch, ..) in ARCHES {
        std::fs::create_dir_all(d.join(arch)).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for obj in ["golden.o", "helper.o"] {
            let from = dir().join(arch).join(obj);
            std::fs::copy(&from, d.join(arch).join(obj))
                .unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        }
    }
    for arch in STATIC_BSS_ARCHES {
        let obj = format!("{arch}/static_bss.o");
        std::fs::copy(dir().join(&obj), d.join(&obj)).unwrap_or_else(|e| panic!("{obj}: {e}"));
    }
    std::fs::create_dir_all(d.join("xtensa_os")).unwrap_or_else(|e| panic!("xtensa_os: {e}"));
    for obj in ["xtensa_os/golden.o", "xtensa_os/helper.o"] {
        std::fs::copy(dir().join(obj), d.join(obj)).unwrap_or_else(|e| panic!("{obj}: {e}"));
    }
    for f in [
        "golden.c",
        "helper.c",
        "natmod.h",
        "golden.config.h",
        "golden_extra.py",
        "static_bss.config.h",
    ] {
        std::fs::copy(dir().join(f), d.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    }
    d
}

fn mpyc(cwd: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(cwd)
        .arg("link")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("mpyc: {e}"))
}

fn link_ok(cwd: &Path, args: &[&str]) {
    let out = mpyc(cwd, args);
    assert!(
        out.status.success(),
        "mpyc link {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `mpyc link ARGS` in `work`, then its output `out` against the committed file of that
/// name: `None` when they are the same, else the diff of their dumps.
fn link_mismatch(work: &Path, args: &[&str], out: &str) -> Option<String> {
    link_ok(work, args);
    let expected = read(&dir().join(out));
    let actual = read(&work.join(out));
    (expected != actual).then(|| format!("{out}:\n{}", dump_diff(&expected, &actual)))
}

/// Link both variants (native only, and with the .py part) for `arch` in `work`, and
/// return the mismatches with the expected files.
fn link_and_compare(work: &Path, arch: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, extra) in [("golden", None), ("golden_py", Some("golden_extra.py"))] {
        let out = format!("{arch}/{name}.mpy");
        let (g, h) = (format!("{arch}/golden.o"), format!("{arch}/helper.o"));
        let mut args = vec![
            "--arch",
            arch,
            "--qstrs",
            "golden.config.h",
            "-o",
            &out,
            &g,
            &h,
        ];
        args.extend(extra);
        problems.extend(link_mismatch(work, &args, &out));
    }
    problems
}

#[test]
fn committed_objects_link_as_mpy_ld_does() {
    let work = scratch("committed");
    let problems: Vec<String> = ARCHES
        .iter()
        .flat_map(|(arch, ..)| link_and_compare(&work, arch))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn preprocess_writes_mpy_lds_config_header() {
    let work = scratch("preprocess");
    link_ok(
        &work,
        &["--preprocess", "-o", "out.config.h", "golden.c", "helper.c"],
    );
    let expected = String::from_utf8_lossy(&read(&dir().join("golden.config.h"))).into_owned();
    let actual = String::from_utf8_lossy(&read(&work.join("out.config.h"))).into_owned();
    assert!(
        expected == actual,
        "{}",
        support::text_diff(&expected, &actual)
    );
}

fn compiler_version(cc: &str) -> Option<String> {
    let out = Command::new(cc).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Some(text.lines().next().unwrap_or_default().to_string())
}

#[test]
fn freshly_compiled_objects_link_as_committed() {
    let work = scratch("compiled");
    let mut problems = Vec::new();
    for (arch, cc, flags, package) in ARCHES {
        let Some(version) = compiler_version(cc) else {
            // CI installs every compiler (.ci/run) and sets MPYC_REQUIRE_CROSS.
            assert!(
                std::env::var_os("MPYC_REQUIRE_CROSS").is_none(),
                "no {cc} (Debian package {package}) and MPYC_REQUIRE_CROSS is set"
            );
            eprintln!("SKIP {arch}: no {cc} (Debian package {package})");
            continue;
        };
        let recorded = RECORDED_VERSIONS
            .iter()
            .find(|(c, _)| *c == cc)
            .map_or("", |(_, v)| v);
        for src in ["golden", "helper"] {
            let status = Command::new(cc)
                .current_dir(&work)
                .args(CFLAGS.split_whitespace())
                .args(flags.split_whitespace())
                .args(["-c", "-o", &format!("{arch}/{src}.o"), &format!("{src}.c")])
                .status()
                .unwrap_or_else(|e| panic!("{cc}: {e}"));
            assert!(status.success(), "{cc} {src}.c for {arch}: {status}");
        }
        let mismatches = link_and_compare(&work, arch);
        if mismatches.is_empty() {
            continue;
        }
        if version != recorded {
            eprintln!(
                "SKIP {arch}: {cc} is `{version}`, the expected files were made with \
                 `{recorded}` (object code depends on the compiler; see \
                 tests/link_golden/README.md to remake them)"
            );
            continue;
        }
        problems.extend(mismatches);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn x64_module_runs_in_the_unix_port() {
    let Some(mp) = micropython::find("x64_module_runs_in_the_unix_port") else {
        return;
    };
    let work = scratch("run");
    for name in ["golden", "golden_py"] {
        std::fs::copy(
            dir().join(format!("x64/{name}.mpy")),
            work.join(format!("{name}.mpy")),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let stdout = micropython::import(
        &mp,
        &work,
        "golden",
        "print(golden.add(2, 40), golden.prime(3), golden.word(1), golden.word(9))\n\
         print(golden.scaled(4), golden.calls(), golden.golden_version)\n\
         import golden_py\n\
         print(golden_py.twice_scaled(5), golden_py.calls())\n",
    );
    assert_eq!(
        stdout,
        "42 7 one many\n48 (1, 1, 1, 0) 3\n116 (0, 0, 1, 0)\n"
    );
}

/// `-l`: helper.o from an archive, named directly or through an ld script's `GROUP`,
/// links as when given as an object (mpy_ld writes the same bytes, README).
#[test]
fn library_members_link_as_objects() {
    let work = scratch("library");
    for arch in ["x64", "armv7m", "rv32imc"] {
        let lib = format!("{arch}/libhelper.a");
        std::fs::copy(dir().join(&lib), work.join(&lib)).unwrap_or_else(|e| panic!("{lib}: {e}"));
        let script = work.join(format!("{arch}/libscript.a"));
        let group = format!(
            "/* an ld script */\nGROUP ( {} )\n",
            work.join(&lib).display()
        );
        std::fs::write(&script, group).unwrap_or_else(|e| panic!("{}: {e}", script.display()));
        for lib in [lib.clone(), format!("{arch}/libscript.a")] {
            let (out, obj) = (format!("{arch}/golden.mpy"), format!("{arch}/golden.o"));
            let args = [
                "--arch",
                arch,
                "--qstrs",
                "golden.config.h",
                "-l",
                &lib,
                "-o",
                &out,
                &obj,
            ];
            if let Some(diff) = link_mismatch(&work, &args, &out) {
                panic!("-l {lib}: {diff}");
            }
        }
    }
}

/// The arches `static_bss.o` is committed for.
const STATIC_BSS_ARCHES: [&str; 4] = ["x64", "x86", "armv7m", "rv32imc"];

/// File-local bss, which mpy_ld refuses (x64, ARM) or miscomputes (x86, RISC-V): the
/// expected files are mpyc's own (README), and the x64 one runs correctly.
#[test]
fn static_bss_links_into_the_text() {
    let work = scratch("static-bss");
    let mut problems = Vec::new();
    for arch in STATIC_BSS_ARCHES {
        let (out, obj) = (
            format!("{arch}/static_bss.mpy"),
            format!("{arch}/static_bss.o"),
        );
        let args = [
            "--arch",
            arch,
            "--qstrs",
            "static_bss.config.h",
            "-o",
            &out,
            &obj,
        ];
        problems.extend(link_mismatch(&work, &args, &out));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let Some(mp) = micropython::find("static_bss_links_into_the_text") else {
        return;
    };
    std::fs::copy(work.join("x64/static_bss.mpy"), work.join("static_bss.mpy"))
        .unwrap_or_else(|e| panic!("static_bss.mpy: {e}"));
    let stdout = micropython::import(
        &mp,
        &work,
        "static_bss",
        "print(static_bss.bump(3), static_bss.bump(4), static_bss.bump(5))\n",
    );
    assert_eq!(stdout, "331 732 1233\n");
}

/// gcc's `-Os` Xtensa code loads `mp_native_qstr_table+N` from its literal pools, where
/// mpy_ld 1.28 fails (`AssertionError: ('mp_native_qstr_table+0x2',
/// '.external.qstr_table')`): mpyc links it (the expected file is mpyc's own, README),
/// and the module passes `mpyc verify`.
#[test]
fn xtensa_os_links() {
    let work = scratch("xtensa-os");
    let out = "xtensa_os/golden.mpy";
    let args = [
        "--arch",
        "xtensa",
        "--qstrs",
        "golden.config.h",
        "-o",
        out,
        "xtensa_os/golden.o",
        "xtensa_os/helper.o",
    ];
    if let Some(diff) = link_mismatch(&work, &args, out) {
        panic!("{diff}");
    }
    let verify = Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(&work)
        .args(["verify", out])
        .output()
        .unwrap_or_else(|e| panic!("mpyc verify: {e}"));
    assert!(
        verify.status.success(),
        "mpyc verify {out}: {}",
        String::from_utf8_lossy(&verify.stderr)
    );
}

fn opts(arch: Arch) -> LinkOptions {
    LinkOptions {
        arch,
        arch_flags: 0,
        qstrs: vec!["add".into()],
        externs: Default::default(),
        source_name: "m.mpy".into(),
    }
}

#[test]
fn errors_name_file_and_symbol() {
    let golden = read(&dir().join("x64/golden.o"));
    let x86 = read(&dir().join("x86/golden.o"));
    let err = |objects: &[Input<'_>], arch| match link(objects, &[], &opts(arch)) {
        Ok(_) => panic!("linked"),
        Err(e) => e.to_string(),
    };
    let one = [Input {
        name: "x64/golden.o",
        bytes: &golden,
    }];
    assert_eq!(
        err(&one, Arch::X64),
        "x64/golden.o: undefined symbol (and x64/golden.o: golden_scale): golden_calls"
    );
    assert_eq!(
        err(
            &[Input {
                name: "x86/golden.o",
                bytes: &x86
            }],
            Arch::X64
        ),
        "x86/golden.o: incompatible arch: ELF machine 3 is not x64's 62"
    );
    let nopic = read(&dir().join("rv32imc/nopic.o"));
    assert_eq!(
        err(
            &[Input {
                name: "rv32imc/nopic.o",
                bytes: &nopic
            }],
            Arch::Rv32imc
        ),
        "rv32imc/nopic.o: .text+0x0: absolute addressing (R_RISCV_HI20) cannot be \
         relocated: the object was not compiled position-independent (-fpic): mp_fun_table"
    );
    let dup = [
        one[0],
        Input {
            name: "again.o",
            bytes: &golden,
        },
    ];
    assert_eq!(err(&dup, Arch::X64), "again.o: duplicate symbol: mpy_init");
    let out = mpyc(
        &dir(),
        &["--arch", "x64", "-o", "/nonexistent/x.mpy", "x64/golden.o"],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("golden_calls"));
}

/// Every truncation and many single-byte corruptions of an object: an error or a module,
/// never a panic.
#[test]
fn damaged_objects_do_not_panic() {
    for arch in ["x64", "x86", "armv7m", "rv32imc", "xtensa", "xtensawin"] {
        let a = Arch::from_march(arch).unwrap_or_else(|| panic!("no arch {arch}"));
        let golden = read(&dir().join(format!("{arch}/golden.o")));
        let helper = read(&dir().join(format!("{arch}/helper.o")));
        let run = |bytes: &[u8]| {
            let objects = [
                Input {
                    name: "golden.o",
                    bytes,
                },
                Input {
                    name: "helper.o",
                    bytes: &helper,
                },
            ];
            let _ = link(&objects, &[], &opts(a));
        };
        for len in 0..golden.len() {
            run(&golden[..len]);
        }
        let mut bytes = golden.clone();
        for i in 0..bytes.len() {
            for v in [0x00, 0xff, bytes[i] ^ 0x10] {
                let old = bytes[i];
                bytes[i] = v;
                run(&bytes);
                bytes[i] = old;
            }
        }
    }
}
