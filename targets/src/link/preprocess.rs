//! The text inputs and outputs of a natmod build around the link itself: the qstr config
//! header that `mpy_ld.py --preprocess` writes from the C sources, the qstr list read
//! back from it at link time, the fixed-address symbols of a linker script, and the
//! archives a library that is an ld script groups.

use indexmap::{IndexMap, IndexSet};
use mpy_ir::qstr_ident::qstr_escape;
use mpy_ir::static_qstrs::STATIC_QSTRS;

use super::LinkError;

const PREFIX: &[u8] = b"MP_QSTR_";

/// Every `MP_QSTR_name` token in `source` (as mpy_ld's regex finds them: anywhere,
/// followed by the longest run of `[A-Za-z0-9_]`).
fn qstr_tokens(source: &[u8], into: &mut IndexSet<String>) {
    let mut pos = 0;
    while let Some(at) = find(&source[pos..], PREFIX) {
        let start = pos + at;
        let mut end = start + PREFIX.len();
        while end < source.len() && (source[end].is_ascii_alphanumeric() || source[end] == b'_') {
            end += 1;
        }
        into.insert(String::from_utf8_lossy(&source[start..end]).into_owned());
        pos = end;
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The config header `mpy_ld.py --preprocess` writes for these C sources: the static
/// qstrs as numbers, the module's own as entries of `mp_native_qstr_table` (sorted).
pub fn config_header(sources: &[&[u8]]) -> String {
    let statics: Vec<String> = STATIC_QSTRS
        .iter()
        .map(|q| format!("MP_QSTR_{}", qstr_escape(q)))
        .collect();
    let mut found = IndexSet::new();
    for s in sources {
        qstr_tokens(s, &mut found);
    }
    let mut own: Vec<&String> = found.iter().filter(|q| !statics.contains(q)).collect();
    own.sort();
    let mut out = String::from(
        "#include <stdint.h>\ntypedef uintptr_t mp_uint_t;\ntypedef intptr_t mp_int_t;\ntypedef uintptr_t mp_off_t;\n",
    );
    for (i, q) in statics.iter().enumerate() {
        out.push_str(&format!("#define {q} ({})\n", i + 1));
    }
    for (i, q) in own.iter().enumerate() {
        out.push_str(&format!("#define {q} (mp_native_qstr_table[{}])\n", i + 1));
    }
    out.push_str("extern const uint16_t mp_native_qstr_table[];\n");
    out.push_str("extern const mp_uint_t mp_native_obj_table[];\n");
    out
}

/// The module's own qstrs from a config header, in table order (mpy_ld's `--qstrs`:
/// lines starting `#define MP_QSTR_name (mp_native`).
pub fn qstrs_from_config(header: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in header.lines() {
        let Some(rest) = line.strip_prefix("#define MP_QSTR_") else {
            continue;
        };
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if rest[end..].starts_with(" (mp_native_") {
            out.push(rest[..end].to_string());
        }
    }
    out
}

/// Fixed-address symbols from a linker script (mpy_ld's `parse_linkerscript`: lines
/// `name = 0xADDR;` or `PROVIDE(name = 0xADDR);`, comments skipped, nothing else read).
pub fn parse_linker_script(text: &str) -> Result<IndexMap<String, u32>, LinkError> {
    let mut symbols = IndexMap::new();
    let mut in_comment = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("/*") && !in_comment {
            if !line.ends_with("*/") {
                in_comment = true;
            }
            continue;
        }
        if in_comment {
            if line.ends_with("*/") {
                in_comment = false;
            }
            continue;
        }
        if line.starts_with("//") {
            continue;
        }
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        let Some((name, address)) = symbol_line(&compact) else {
            continue;
        };
        if symbols.insert(name.to_string(), address).is_some() {
            return Err(LinkError::new(format!(
                "line {}: symbol {name} already defined",
                n + 1
            )));
        }
    }
    Ok(symbols)
}

/// The files of a library that is an ld script (`libc.so`-style `GROUP(a b)`, with
/// `OUTPUT_FORMAT(...)` and comments allowed, nothing else), in order.
pub fn library_group(script: &str) -> Result<Vec<String>, String> {
    let mut text = String::new();
    let mut s = script;
    while let Some(start) = s.find("/*") {
        text.push_str(&s[..start]);
        s = s[start..]
            .find("*/")
            .map_or("", |end| &s[start + end + 2..]);
    }
    text.push_str(s);
    let mut files = Vec::new();
    let mut s = text.trim();
    while !s.is_empty() {
        let (keyword, after) = s
            .split_once('(')
            .ok_or("not an archive, nor an ld script of GROUP(...)")?;
        let (inside, tail) = after.split_once(')').ok_or("unclosed ( in ld script")?;
        match keyword.trim() {
            "GROUP" => files.extend(
                inside
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|f| !f.is_empty())
                    .map(str::to_string),
            ),
            "OUTPUT_FORMAT" => {}
            other => return Err(format!("ld script instruction {other} is not supported")),
        }
        s = tail.trim();
    }
    Ok(files)
}

/// `name=0xADDR;` or `PROVIDE(name=0xADDR);`, whitespace already removed.
fn symbol_line(line: &str) -> Option<(&str, u32)> {
    let (body, weak) = match line.strip_prefix("PROVIDE(") {
        Some(rest) => (rest.strip_suffix(");")?, true),
        None => (line.strip_suffix(';')?, false),
    };
    let _ = weak;
    let (name, value) = body.split_once('=')?;
    let mut chars = name.chars();
    let first = chars.next()?;
    if !(first.is_ascii_alphabetic() || first == '_')
        || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return None;
    }
    let hex = value.strip_prefix("0x")?;
    if hex.is_empty() || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    // mpy_ld's pattern repeats a group of 1 to 8 digits and keeps the last repetition.
    let last = &hex[(hex.len() - 1) / 8 * 8..];
    Some((name, u32::from_str_radix(last, 16).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config() {
        let h = config_header(&[b"x = MP_QSTR_foo + MP_QSTR_bar + MP_QSTR___init__;"]);
        assert!(h.contains("#define MP_QSTR___init__ ("));
        assert!(h.contains("#define MP_QSTR_bar (mp_native_qstr_table[1])\n#define MP_QSTR_foo (mp_native_qstr_table[2])\n"));
        assert_eq!(qstrs_from_config(&h), ["bar", "foo"]);
    }

    #[test]
    fn linker_script() {
        let s = "/* c */\nPROVIDE ( a = 0x40001000 );\nb = 0x10;\n// c = 0x1;\nbad\n";
        let m = parse_linker_script(s).unwrap_or_default();
        assert_eq!(m.get("a"), Some(&0x4000_1000));
        assert_eq!(m.get("b"), Some(&0x10));
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn library_groups() {
        let script = "/* GNU ld script */\nOUTPUT_FORMAT(elf32-littlearm)\nGROUP ( /a/libc.a, /b/libm.a /* x */ )\n";
        assert_eq!(
            library_group(script),
            Ok(vec!["/a/libc.a".to_string(), "/b/libm.a".to_string()])
        );
        assert_eq!(
            library_group("INPUT(x)"),
            Err("ld script instruction INPUT is not supported".to_string())
        );
        assert!(library_group("GROUP(a").is_err());
        assert!(library_group("garbage").is_err());
    }
}
