//! Every spec example file loads and writes back byte-identically.

use std::path::PathBuf;

use mpy_ir::{load_with, write, Layout, LoadOptions};

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/spec-examples")
}

fn check_dir(dir: PathBuf, layout: Layout) -> usize {
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.extension().is_none_or(|e| e != "mpy") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let opts = LoadOptions {
            layout,
            ..Default::default()
        };
        let (module, notes) =
            load_with(&bytes, &opts).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(notes.is_empty(), "{}: {notes:?}", path.display());
        assert_eq!(
            write(&module).as_deref(),
            Ok(&bytes[..]),
            "{}",
            path.display()
        );
        n += 1;
    }
    n
}

#[test]
fn released_examples_round_trip() {
    assert_eq!(check_dir(examples(), Layout::Released), 32);
}

#[test]
fn seed_examples_round_trip() {
    assert_eq!(check_dir(examples().join("seed"), Layout::Seed), 5);
}
