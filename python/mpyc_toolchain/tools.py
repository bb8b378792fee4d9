"""The ``.mpy`` tools on bytes: ``dump`` (``mpyc dump``) and ``verify`` (``mpyc verify``).

A file that does not load raises ``ValueError`` naming the byte offset of the problem.
"""

import json
from typing import Any, Dict, List, NamedTuple, Optional, Union

from . import _native


def dump(mpy: bytes, *, as_dict: bool = False) -> Union[str, Dict[str, Any]]:
    """``mpyc dump``'s text for the ``.mpy`` file ``mpy``: header, qstrs, constants, and
    every raw code with its prelude, line table and disassembly. With ``as_dict``,
    ``mpyc dump --json``'s document instead, as dicts and lists."""
    if as_dict:
        return json.loads(_native.dump_json(bytes(mpy)))
    return _native.dump_text(bytes(mpy))


class Finding(NamedTuple):
    """One problem ``verify`` found: ``severity`` is ``"error"`` or ``"warning"``."""

    severity: str
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.location}: {self.message}"


class Report(NamedTuple):
    """``verify``'s answer: the findings, and the releases that can load the file."""

    findings: List[Finding]
    loadable_by: str

    @property
    def ok(self) -> bool:
        """No finding is an error (warnings allowed), as ``mpyc verify``'s exit status."""
        return all(f.severity != "error" for f in self.findings)


def verify(mpy: bytes, runtime: Optional[str] = None) -> Report:
    """Check ``mpy`` as ``mpyc verify`` does: table indices, jump targets, stack depth
    against the prelude, relocation ranges; with ``runtime`` (``"1.19"``), also whether
    that release's loader accepts it and runs it safely."""
    findings, loadable_by = _native.verify(bytes(mpy), runtime)
    return Report([Finding(*f) for f in findings], loadable_by)
