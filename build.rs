//! Turns the embedded qstr pool data (`src/front/data/mpy_cross_qstr_pool.json`) into static
//! tables, so that a compile starts without parsing JSON or building a hash map of the pool.

use std::path::Path;

#[path = "src/front/text_hash.rs"]
mod text_hash;
use text_hash::text_hash;

const POOL_JSON: &str = "src/front/data/mpy_cross_qstr_pool.json";

fn main() {
    println!("cargo:rerun-if-changed={POOL_JSON}");
    println!("cargo:rerun-if-changed=src/front/text_hash.rs");
    let text = std::fs::read_to_string(POOL_JSON).expect("qstr pool data is readable");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("qstr pool data is JSON");
    let versions = doc["versions"]
        .as_object()
        .expect("qstr pool data has a versions object");
    let mut out = String::from(
        "/// Built-in qstr pools: (release key, texts in pool order, open-addressing hash table\n\
         /// of pool index + 1 by `text_hash`, 0 = empty slot).\n\
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
        // Linear probing in a table at most half full; the first of equal texts wins.
        let slots = (texts.len() * 2).next_power_of_two();
        let mut table = vec![0u16; slots];
        for (i, t) in texts.iter().enumerate() {
            let mut at = (text_hash(t.as_bytes()) as usize) & (slots - 1);
            loop {
                match table[at] {
                    0 => {
                        table[at] = i as u16 + 1;
                        break;
                    }
                    j if texts[usize::from(j) - 1] == *t => break,
                    _ => at = (at + 1) & (slots - 1),
                }
            }
        }
        out.push_str(&format!("    ({key:?}, &["));
        for t in &texts {
            out.push_str(&format!("{t:?},"));
        }
        out.push_str(&format!("], &{table:?}),\n"));
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("qstr_pools.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
