//! `mpyc dump` for bytes in memory: the same text, or the same JSON, as the command line.

use serde_json::json;

use crate::frame::Response;

/// How to print the loaded file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `mpyc dump FILE`.
    Text,
    /// `mpyc dump --json FILE` (without the `file` key: there is no path).
    Json,
}

/// The dump of `mpy`, or the loader's located error text.
pub fn dump(mpy: &[u8], format: Format) -> Result<String, String> {
    let module = mpy_ir::load(mpy).map_err(|e| e.to_string())?;
    Ok(match format {
        Format::Text => mpy_ir::dump::text(&module),
        Format::Json => mpy_ir::dump::json(&module).to_string(),
    })
}

/// [`dump`] framed: `{"ok": true}` and the text as payload, or `{"ok": false, "error"}`.
pub fn response(mpy: &[u8], format: Format) -> Response {
    match dump(mpy, format) {
        Ok(text) => Response {
            header: json!({"ok": true}),
            payload: text.into_bytes(),
        },
        Err(error) => Response::header(json!({"ok": false, "error": error})),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dumps_and_refuses() {
        let mpy = crate::compile::run("a.py", &[], b"x = 1\n")
            .mpy
            .unwrap_or_default();
        let text = dump(&mpy, Format::Text).unwrap_or_default();
        assert!(text.contains("a.py"), "{text}");
        assert!(dump(&mpy, Format::Json).is_ok_and(|j| j.starts_with('{')));
        assert!(dump(&mpy[..mpy.len() / 2], Format::Text).is_err());
        assert!(dump(b"", Format::Text).is_err());
    }
}
