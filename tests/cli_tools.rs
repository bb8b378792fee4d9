//! The `.mpy` tool commands, run as a user runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn mpyc(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .args(args)
        .output()
        .unwrap()
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/spec-examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mpyc-cli-tools-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn roundtrip_writes_the_same_bytes() {
    for (name, seed) in [
        ("nat.x64.v1_28_0.mpy", false),
        ("natmod_spectest.x64.v1_28_0.mpy", false),
        ("seed/nat.x64.seed.mpy", true),
    ] {
        let out = tmp(&name.replace('/', "_"));
        let input = example(name);
        let mut args = vec!["roundtrip", &input, out.to_str().unwrap()];
        if seed {
            args.insert(1, "--seed");
        }
        let o = mpyc(&args);
        assert!(
            o.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(
            std::fs::read(&out).unwrap(),
            std::fs::read(&input).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn roundtrip_fails_cleanly_on_bad_input() {
    let bad = tmp("bad.mpy");
    std::fs::write(&bad, b"M\x06\x00\x1f\x05").unwrap();
    let out = tmp("bad-out.mpy");
    let o = mpyc(&["roundtrip", bad.to_str().unwrap(), out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unexpected end of file") && err.contains("(at offset 0x5)"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn dump_text_and_json() {
    let o = mpyc(&["dump", &example("hello.v1_28_0.mpy")]);
    assert!(o.status.success());
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("0008  11 05        LOAD_NAME 5  ; \"print\""),
        "{text}"
    );
    let o = mpyc(&["dump", "--json", &example("hello.v1_28_0.mpy")]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["qstrs"][5], "print");
    assert_eq!(v["raw_code"]["children"][0]["prelude"]["arg_names"][0], 6);
}

#[test]
fn verify_every_example() {
    let mut args = vec!["verify".to_string()];
    for e in std::fs::read_dir(example("")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "mpy") {
            args.push(p.to_string_lossy().into_owned());
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = mpyc(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let o = mpyc(&["verify", "--runtime", "1.19", &example("flow.v1_28_0.mpy")]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("MicroPython 1.19 runtimes crash"));
    let o = mpyc(&[
        "verify",
        "--runtime",
        "1.19",
        &example("vip.x64.v1_28_0.mpy"),
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn diff_shows_the_dead_code_difference() {
    let o = mpyc(&[
        "diff",
        &example("flow.v1_19_1.mpy"),
        &example("flow.v1_28_0.mpy"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let diff = String::from_utf8_lossy(&o.stdout);
    assert!(
        diff.contains("-") && diff.contains("POP_EXCEPT_JUMP"),
        "{diff}"
    );
    let o = mpyc(&[
        "diff",
        &example("hello.v1_19_1.mpy"),
        &example("hello.v1_28_0.mpy"),
    ]);
    assert_eq!(o.status.code(), Some(0));
}
