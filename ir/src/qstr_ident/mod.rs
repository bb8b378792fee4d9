//! The C identifier of a qstr (`MP_QSTR_` + this), as MicroPython's
//! `py/makeqstrdata.py` spells it; mpy-tool's frozen C and its views name qstrs and
//! functions with it.

mod names;

use names::CODEPOINT_NAMES;

/// The identifier of a qstr: letters, digits and `_` as they are, any other character as
/// `_name_` (`_dot_`, `_lt_`, `_alpha_`) or, without a name, `_0x3b1_`.
pub fn qstr_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
            continue;
        }
        let cp = u32::from(c);
        out.push('_');
        match CODEPOINT_NAMES.binary_search_by_key(&cp, |&(k, _)| k) {
            Ok(i) => out.push_str(CODEPOINT_NAMES[i].1),
            Err(_) => out.push_str(&format!("0x{cp:02x}")),
        }
        out.push('_');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::qstr_escape;

    #[test]
    fn escapes_as_makeqstrdata() {
        assert_eq!(qstr_escape("<module>"), "_lt_module_gt_");
        assert_eq!(qstr_escape("a.b-c"), "a_dot_b_hyphen_c");
        assert_eq!(qstr_escape("\u{3b1}\u{3b2}x"), "_alpha__beta_x");
        assert_eq!(qstr_escape("\u{3c0}"), "_pi_");
        assert_eq!(qstr_escape("\u{101}"), "_0x101_");
        assert_eq!(qstr_escape("\u{4e2d}"), "_0x4e2d_");
        assert_eq!(qstr_escape("\n"), "_0x0a_");
    }
}
