//! A generated 3 MB module of 20,000 small functions is lexed and parsed whole. Its speed
//! is measured by `bench/scale.py` (linear time, see bench/README.md), not asserted here:
//! a wall-clock bound fails on a loaded machine. Run with
//! `cargo test --release --test front_speed -- --nocapture` to see the time.

use std::time::Instant;

use mpyc::front::parse::parse;
use mpyc::front::qstr::{PoolRelease, QstrPool};
use mpyc::profile::Profile;

/// A module of `count` small functions (about 150 bytes each) with arithmetic, strings,
/// an f-string, a comprehension and a nested block.
fn generated_module(count: usize) -> String {
    let mut src = String::from("from micropython import const\n_LIMIT = const(1 << 20)\n");
    for i in 0..count {
        src.push_str(&format!(
            "def function_{i}(a, b=2):\n    total = a * {i} + b - (3 << 2)\n    name = 'v{i}'\n    items = [x for x in a if x]\n    if total > _LIMIT:\n        return (total, name)\n    return f\"{{name}}: {{total}}\"\n\n"
        ));
    }
    src
}

#[test]
fn a_large_module_parses() {
    let src = generated_module(20_000);
    assert!(src.len() > 3_000_000, "{}", src.len());
    let profile = Profile::v1_28();
    let opts = profile.parse_options();
    let mut pool = QstrPool::new(PoolRelease::V1_28_0);
    let start = Instant::now();
    let root = parse(src.as_bytes(), &mut pool, &opts).expect("parses");
    let elapsed = start.elapsed();
    assert_eq!(root.as_struct().map(|s| s.args.len()), Some(20_002));
    eprintln!("parsed {} bytes in {elapsed:?}", src.len());
}
