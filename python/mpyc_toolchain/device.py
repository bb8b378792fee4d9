"""From a board's ``sys.implementation._mpy`` to the options that compile for it.

The value packs what the board's loader accepts: bits 0-7 the ``.mpy`` version (6),
bits 8-9 the sub-version, bits 10-15 the native arch number (0 when the firmware runs
no native code). The release chosen is the newest one writing that sub-version: every
release with the same sub-version loads the same files.
"""

from typing import Dict, Optional

from . import _native


def newest_release_writing(sub: int) -> Optional[str]:
    """The newest release whose mpy-cross writes ``.mpy`` 6.``sub``, or None."""
    releases = [r for r in _native.releases() if _native.mpy_version(r) == (6, sub)]
    return releases[-1] if releases else None


def options_for_device(mpy_value: int) -> Dict[str, Optional[str]]:
    """``compile()`` keywords for a board whose ``sys.implementation._mpy`` is ``mpy_value``.

    >>> options_for_device(0x1106)   # rp2 on 1.20 or 1.21: version 6.1, armv6m
    {'micropython': '1.21', 'march': 'armv6m'}
    >>> options_for_device(0x1F06)   # PYBD on 1.23 to 1.29: 6.3, armv7emsp
    {'micropython': '1.29', 'march': 'armv7emsp'}

    Raises ``ValueError`` for a version mpyc does not write (before 1.19) or an arch it
    does not know.
    """
    if not isinstance(mpy_value, int) or mpy_value < 0:
        raise ValueError(f"sys.implementation._mpy is a non-negative int, not {mpy_value!r}")
    version, sub, arch = mpy_value & 0xFF, (mpy_value >> 8) & 3, mpy_value >> 10
    if version != 6:
        raise ValueError(
            f".mpy version {version}: mpyc writes version 6 (MicroPython 1.19 and later)"
        )
    release = newest_release_writing(sub)
    if release is None:
        raise ValueError(f".mpy version 6.{sub} is written by no release mpyc knows")
    names = _native.arch_names()
    if arch >= len(names):
        raise ValueError(f"native arch number {arch} is not one mpy-cross knows")
    return {"micropython": release, "march": names[arch] or None}
