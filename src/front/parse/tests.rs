//! Tree-shape tests: hand-written inputs against the trees MicroPython builds.

use super::*;
use crate::front::qstr::{PoolRelease, QstrPool};

fn tree(source: &str) -> String {
    let profile = Profile::v1_28();
    let opts = ParseOptions::new(&profile);
    let mut pool = QstrPool::new(PoolRelease::V1_28_0);
    match parse(source.as_bytes(), &mut pool, &opts) {
        Ok(root) => print_tree(&root, &pool),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn smoke() {
    println!(
        "{}",
        tree("x = 1 + 2\nif x:\n  print('hello world long string', 3.5, 2**70)\n")
    );
}
