//! Errors the compiler reports, rendered the way mpy-cross prints an uncaught exception.

use std::fmt;

pub use mpy_targets::ExceptionKind;

/// A rejected compile: the exception mpy-cross would raise, and where.
///
/// The fields are the data of mpy-cross's report, so that a caller can act on them (an
/// editor underlining a line); [`CompileError::render`] gives mpy-cross's exact text.
/// Made with [`CompileError::new`] and the `at_line`/`in_block`/`in_file` methods, so
/// that a new location field is not a breaking change.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CompileError {
    /// The exception type: `SyntaxError`, `IndentationError`, `NotImplementedError`, ...
    pub exception: ExceptionKind,
    /// The exception message (may be empty, then only the type is printed).
    pub message: String,
    /// The source name the traceback names. [`crate::driver::compile`] sets it; the
    /// front end alone does not know it.
    pub file: Option<String>,
    /// Source line of the traceback entry; `None` when mpy-cross prints no traceback.
    pub line: Option<u32>,
    /// 1-based column of the offending token, where the parser knows it. mpy-cross never
    /// prints it, so it is not rendered.
    pub column: Option<u32>,
    /// Block named in the traceback entry (`in <module>`, `in f`); parser and lexer errors
    /// have none.
    pub block: Option<String>,
}

impl CompileError {
    /// An `exception` with `message` and no location (mpy-cross prints no traceback).
    pub fn new(exception: ExceptionKind, message: impl Into<String>) -> CompileError {
        CompileError {
            exception,
            message: message.into(),
            file: None,
            line: None,
            column: None,
            block: None,
        }
    }

    /// A `SyntaxError` at `line` with no block, as the parser raises them.
    pub fn syntax(message: impl Into<String>, line: u32) -> CompileError {
        CompileError::new(ExceptionKind::SyntaxError, message).at_line(line)
    }

    /// The same error, reported at `line` (with a traceback).
    pub fn at_line(self, line: u32) -> CompileError {
        CompileError {
            line: Some(line),
            ..self
        }
    }

    /// The same error, reported in the block (function) `name`.
    pub fn in_block(self, name: impl Into<String>) -> CompileError {
        CompileError {
            block: Some(name.into()),
            ..self
        }
    }

    /// The same error, in the source named `file`.
    pub fn in_file(self, file: impl Into<String>) -> CompileError {
        CompileError {
            file: Some(file.into()),
            ..self
        }
    }

    /// The text mpy-cross writes to stderr for this error (`mp_obj_print_exception`).
    /// The traceback names [`CompileError::file`], or `<unknown>` when it is not set.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Some(line) = self.line {
            let file = self.file.as_deref().unwrap_or("<unknown>");
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format!("  File \"{file}\", line {line}"));
            if let Some(block) = &self.block {
                out.push_str(&format!(", in {block}"));
            }
            out.push('\n');
        }
        out.push_str(self.exception.name());
        if !self.message.is_empty() {
            out.push_str(": ");
            out.push_str(&self.message);
        }
        out.push('\n');
        out
    }
}

/// One line, `file:line:column: Kind: message`, with the parts that are known.
impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}:")?;
        }
        if let Some(line) = self.line {
            write!(f, "{line}:")?;
            if let Some(column) = self.column {
                write!(f, "{column}:")?;
            }
        }
        if self.file.is_some() || self.line.is_some() {
            f.write_str(" ")?;
        }
        f.write_str(self.exception.name())?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for CompileError {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front::qstr::NameTooLong;

    #[test]
    fn renders_like_mpy_cross() {
        let e = CompileError::syntax("invalid syntax", 3).in_file("t.py");
        assert_eq!(
            e.render(),
            "Traceback (most recent call last):\n  File \"t.py\", line 3\nSyntaxError: invalid syntax\n"
        );
        let e = CompileError::syntax("too many args", 21)
            .in_block("<module>")
            .in_file("t.py");
        assert!(e.render().contains("line 21, in <module>\n"));
        let e = CompileError::from(NameTooLong);
        assert_eq!(e.render(), "RuntimeError: name too long\n");
    }

    #[test]
    fn displays_on_one_line() {
        let mut e = CompileError::syntax("invalid syntax", 3).in_file("t.py");
        e.column = Some(7);
        assert_eq!(e.to_string(), "t.py:3:7: SyntaxError: invalid syntax");
        assert_eq!(
            CompileError::from(NameTooLong).to_string(),
            "RuntimeError: name too long"
        );
    }
}
