"""Compiling files: one (``compile_file``), or many in parallel (``compile_many``).

Both name outputs as mpy-cross does (the input's last two characters replaced by
``mpy``: ``x.py`` -> ``x.mpy``) and store the input path, as given, in the file, unless
``filename=`` says otherwise. Outputs are written whole or not at all (a temporary file
renamed into place), so an interrupted build never leaves half a ``.mpy``.
"""

import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePath
from typing import Iterable, List, Optional, Union

from .errors import CompileError

PathLike = Union[str, "os.PathLike[str]"]


def default_output(src: str) -> str:
    """mpy-cross's output name for ``src``: its last two characters replaced by ``mpy``."""
    return src[:-2] + "mpy"


def write_atomically(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` through a temporary file in the same folder."""
    fd, tmp = tempfile.mkstemp(prefix=".mpyc-", dir=dest.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def compile_file(src: PathLike, dest: Optional[PathLike] = None, **options) -> Path:
    """Compile the file ``src`` to ``dest`` (default: ``src`` with ``.py`` -> ``.mpy``).

    ``options`` are ``compile()``'s keywords; ``filename`` defaults to ``src`` as given,
    which is the name mpy-cross stores. Returns the path written.
    """
    from . import compile  # the package's compile: keyword defaults and error classes

    src_text = os.fspath(src)
    source = Path(src_text).read_bytes()
    options.setdefault("filename", src_text)
    mpy = compile(source, **options)
    out = Path(dest) if dest is not None else Path(default_output(src_text))
    write_atomically(out, mpy)
    return out


def batch_output(out_dir: Path, src: str) -> Path:
    """Where ``compile_many`` writes ``src``: under ``out_dir``, with any root, ``.`` and
    ``..`` parts dropped so that it stays inside (``mpyc a/b.py -o build/`` does the
    same)."""
    parts = [p for p in PurePath(src).parts if p not in ("..", ".") and p != PurePath(src).anchor]
    return out_dir / default_output(str(PurePath(*parts)) if parts else src)


def compile_many(
    paths: Iterable[PathLike],
    out_dir: PathLike,
    *,
    jobs: Optional[int] = None,
    **options,
) -> List[Path]:
    """Compile every file in ``paths`` to ``out_dir``, ``jobs`` at a time (default: one
    per CPU); the compiler runs outside the GIL, so threads run truly in parallel.

    Each file gets what ``compile_file`` would give it, at ``out_dir/<path>.mpy``
    (``lib/x.py`` -> ``out_dir/lib/x.mpy``). Every file is tried; if any is rejected,
    the first rejected one's ``CompileError`` (in the order of ``paths``) is raised after
    the others are written, with the full list in its ``errors`` attribute. Returns the
    paths written, in the order of ``paths``.
    """
    out = Path(out_dir)
    srcs = [os.fspath(p) for p in paths]

    def one(src: str) -> Path:
        dest = batch_output(out, src)
        dest.parent.mkdir(parents=True, exist_ok=True)
        return compile_file(src, dest, **dict(options))

    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
        futures = [pool.submit(one, s) for s in srcs]
    written, errors = [], []
    for f in futures:
        e = f.exception()
        if e is None:
            written.append(f.result())
        elif isinstance(e, CompileError):
            errors.append(e)
        else:
            raise e
    if errors:
        errors[0].errors = errors
        raise errors[0]
    return written
