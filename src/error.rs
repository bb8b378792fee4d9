//! Errors the compiler reports, rendered the way mpy-cross prints an uncaught exception.

use std::fmt;

use crate::front::qstr::NameTooLong;

/// A rejected compile: the exception mpy-cross would raise, with its traceback entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Exception type name: `SyntaxError`, `IndentationError`, `NotImplementedError`, ...
    pub exception: &'static str,
    /// The exception message (may be empty, then only the type is printed).
    pub message: String,
    /// Source line of the traceback entry; `None` when mpy-cross prints no traceback.
    pub line: Option<u32>,
    /// Block named in the traceback entry (`in <module>`, `in f`); parser and lexer errors
    /// have none.
    pub block: Option<String>,
}

impl CompileError {
    /// A `SyntaxError` at `line` with no block, as the parser raises them.
    pub fn syntax(message: impl Into<String>, line: u32) -> CompileError {
        CompileError {
            exception: "SyntaxError",
            message: message.into(),
            line: Some(line),
            block: None,
        }
    }

    /// The text mpy-cross writes to stderr for this error (`mp_obj_print_exception`),
    /// with `source_name` as the traceback's file name.
    pub fn render(&self, source_name: &str) -> String {
        let mut out = String::new();
        if let Some(line) = self.line {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format!("  File \"{source_name}\", line {line}"));
            if let Some(block) = &self.block {
                out.push_str(&format!(", in {block}"));
            }
            out.push('\n');
        }
        out.push_str(self.exception);
        if !self.message.is_empty() {
            out.push_str(": ");
            out.push_str(&self.message);
        }
        out.push('\n');
        out
    }
}

/// mpy-cross raises this one outside any block, so it prints no traceback entry.
impl From<NameTooLong> for CompileError {
    fn from(e: NameTooLong) -> CompileError {
        CompileError {
            exception: "RuntimeError",
            message: e.to_string(),
            line: None,
            block: None,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.exception)?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(line) = self.line {
            write!(f, " (line {line})")?;
        }
        Ok(())
    }
}

impl std::error::Error for CompileError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_mpy_cross() {
        let e = CompileError::syntax("invalid syntax", 3);
        assert_eq!(
            e.render("t.py"),
            "Traceback (most recent call last):\n  File \"t.py\", line 3\nSyntaxError: invalid syntax\n"
        );
        let e = CompileError {
            block: Some("<module>".into()),
            ..CompileError::syntax("too many args", 21)
        };
        assert!(e.render("t.py").contains("line 21, in <module>\n"));
        let e = CompileError::from(NameTooLong);
        assert_eq!(e.render("t.py"), "RuntimeError: name too long\n");
    }
}
