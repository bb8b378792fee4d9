//! The text and JSON dumps of every spec example match the committed golden dumps.
//! On mismatch the test prints a unified diff; `BLESS=1 cargo test` rewrites the goldens.

use std::path::{Path, PathBuf};

use mpy_ir::{load_with, Layout, LoadOptions};

fn compare(golden: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(golden, actual).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(golden)
        .map_err(|e| format!("{}: {e} (run with BLESS=1 to create)", golden.display()))?;
    if expected == actual {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(&expected, actual);
    Err(format!(
        "{} differs:\n{}",
        golden.display(),
        diff.unified_diff().header("golden", "actual")
    ))
}

#[test]
fn dumps_match_goldens() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/spec-examples");
    let goldens = root.join("mpyc-dumps");
    std::fs::create_dir_all(&goldens).unwrap();
    let mut failures = Vec::new();
    let mut n = 0;
    for (dir, layout, suffix) in [
        (root.clone(), Layout::Released, ""),
        (root.join("seed"), Layout::Seed, ".seed"),
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "mpy"))
        {
            let bytes = std::fs::read(path).unwrap();
            let (module, _) = load_with(
                &bytes,
                &LoadOptions {
                    layout,
                    ..Default::default()
                },
            )
            .unwrap();
            let name = path.file_name().unwrap().to_string_lossy();
            let text = mpy_ir::dump::text(&module);
            let json = serde_json::to_string_pretty(&mpy_ir::dump::json(&module)).unwrap() + "\n";
            for (golden, actual) in [
                (format!("{name}{suffix}.txt"), text),
                (format!("{name}{suffix}.json"), json),
            ] {
                if let Err(e) = compare(&goldens.join(golden), &actual) {
                    failures.push(e);
                }
            }
            n += 1;
        }
    }
    assert_eq!(n, 37);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
