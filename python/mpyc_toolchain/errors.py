"""The exceptions ``compile`` raises for a source mpy-cross rejects.

Each class is named after the exception mpy-cross reports, so that ``except
mpyc_toolchain.ViperTypeError`` reads like the compiler's own message; all derive from
``CompileError``. ``str(e)`` is mpy-cross's exact stderr.
"""

from typing import Optional


class CompileError(Exception):
    """A source mpy-cross rejects: its message, where, and its rendered stderr."""

    def __init__(
        self,
        msg: str,
        filename: Optional[str] = None,
        lineno: Optional[int] = None,
        offset: Optional[int] = None,
        rendered: Optional[str] = None,
    ):
        super().__init__(msg)
        #: The exception message, exactly as mpy-cross prints it after ``Kind: ``.
        self.msg = msg
        #: The source name the traceback names.
        self.filename = filename
        #: 1-based line of the traceback entry (None when mpy-cross prints none).
        self.lineno = lineno
        #: 1-based column of the offending token, where the parser knows it.
        self.offset = offset
        self._rendered = rendered

    @property
    def kind(self) -> str:
        """The exception's name as mpy-cross prints it (``SyntaxError``)."""
        return type(self).__name__

    def __str__(self) -> str:
        if self._rendered is not None:
            return self._rendered
        return f"{self.kind}: {self.msg}" if self.msg else self.kind


class SyntaxError(CompileError):  # noqa: A001 (mpy-cross's name, on purpose)
    """Invalid syntax, and most compile-time errors."""


class IndentationError(SyntaxError):  # noqa: A001
    """A bad indent or dedent (a subclass of SyntaxError, as in MicroPython)."""


class ViperTypeError(CompileError):
    """A type error in ``@micropython.viper`` code."""


class NotImplementedError(CompileError):  # noqa: A001
    """Something the imitated mpy-cross does not implement."""


class RuntimeError(CompileError):  # noqa: A001
    """An internal limit: a name over 255 bytes, a branch out of range."""


class OverflowError(CompileError):  # noqa: A001
    """An immediate too wide for its field, in an inline assembler."""


class MemoryError(CompileError):  # noqa: A001
    """Nesting deeper than the parser's stack."""


#: The class for each exception name the compiler reports.
BY_NAME = {
    cls.__name__: cls
    for cls in (
        SyntaxError,
        IndentationError,
        ViperTypeError,
        NotImplementedError,
        RuntimeError,
        OverflowError,
        MemoryError,
    )
}
