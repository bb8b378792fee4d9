//! Turns the embedded qstr pool data (`src/front/data/mpy_cross_qstr_pool.json`) into static
//! tables, so that a compile starts without parsing JSON or building a hash map of the pool.

use std::path::Path;

const POOL_JSON: &str = "src/front/data/mpy_cross_qstr_pool.json";

fn main() {
    println!("cargo:rerun-if-changed={POOL_JSON}");
    let text = std::fs::read_to_string(POOL_JSON).expect("qstr pool data is readable");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("qstr pool data is JSON");
    let versions = doc["versions"]
        .as_object()
        .expect("qstr pool data has a versions object");
    let mut out = String::from(
        "/// Built-in qstr pools: (release key, texts in pool order, indices sorted by text).\n\
         pub static POOLS: &[(&str, &[&str], &[u16])] = &[\n",
    );
    for (key, pool) in versions {
        let texts: Vec<&str> = pool["qstrs"]
            .as_array()
            .expect("each pool has a qstrs list")
            .iter()
            .map(|v| v.as_str().expect("qstrs are strings"))
            .collect();
        assert!(texts.len() < usize::from(u16::MAX), "pool fits u16 indices");
        let mut sorted: Vec<u16> = (0..texts.len() as u16).collect();
        // Stable: equal texts keep pool order, so a lookup finds the first (lowest id).
        sorted.sort_by_key(|&i| texts[usize::from(i)].as_bytes());
        out.push_str(&format!("    ({key:?}, &["));
        for t in &texts {
            out.push_str(&format!("{t:?},"));
        }
        out.push_str(&format!("], &{sorted:?}),\n"));
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("qstr_pools.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
