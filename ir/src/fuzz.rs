//! The fuzz body: the properties every input must satisfy. The cargo-fuzz target in
//! `fuzz/` calls it, and the malformed-input sweep runs it as an ordinary test.
//!
//! For any bytes, in either layout: loading returns a value or a located error (never a
//! panic); a loaded module dumps, verifies and writes without panicking; and what it
//! writes loads back to the same module (the writer's output is canonical).

use crate::model::Layout;
use crate::read::{load_with, LoadOptions};
use crate::verify::{verify, VerifyOptions};

/// Check the properties on `data`. Panics if one fails, which is what a fuzzer looks for.
pub fn check(data: &[u8]) {
    for layout in [Layout::Released, Layout::Seed] {
        let opts = LoadOptions {
            layout,
            allow_trailing_bytes: true,
            ..Default::default()
        };
        let Ok((module, notes)) = load_with(data, &opts) else {
            continue;
        };
        let _ = crate::dump::text(&module);
        let _ = crate::dump::json(&module);
        let _ = verify(
            &module,
            &notes,
            &VerifyOptions {
                runtime: Some(crate::runtime::Runtime::V1_19),
            },
        );
        let written = match crate::write::write(&module) {
            Ok(bytes) => bytes,
            Err(e) => panic!("a loaded module does not write: {e}"),
        };
        let strict = LoadOptions {
            layout,
            ..Default::default()
        };
        match load_with(&written, &strict) {
            Ok((again, again_notes)) => {
                assert_eq!(again, module, "written module loads back differently");
                assert!(
                    again_notes.is_empty(),
                    "writer produced non-canonical encodings: {again_notes:?}"
                );
            }
            Err(e) => panic!("written module does not load: {e}"),
        }
    }
}
