"""The wheel's build backend: maturin, after building the ``mpyc`` command into the wheel.

maturin builds either a pyo3 module or a program into a wheel, not both. The wheel holds
both: the in-process module, and the native ``mpyc`` binary as its console script (a
Python shim would take longer to start than a small file takes to compile). So before
maturin runs, this backend builds the binary with cargo at the repository root (so the
root's static linking applies, and a ``target/release/mpyc`` already built is reused)
and puts it in the wheel's data folder under ``scripts/``, which installers copy to the
environment's ``bin/``. Every hook is maturin's otherwise.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import maturin
from maturin import (  # noqa: F401 (re-exported PEP 517 hooks)
    get_requires_for_build_sdist,
    get_requires_for_build_wheel,
)

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
#: The wheel's data folder (``[tool.maturin] data`` in pyproject.toml).
DATA = PACKAGE / "build" / "wheel-data"


def _build_binary() -> None:
    """Build ``mpyc`` in release mode and copy it to ``DATA/scripts``."""
    if not (ROOT / "Cargo.toml").is_file():
        sys.exit(
            "mpyc-toolchain builds from a checkout of the mpyc repository "
            f"(no Cargo.toml in {ROOT})"
        )
    cargo = os.environ.get("CARGO", "cargo")
    subprocess.run(
        [cargo, "build", "--release", "--locked", "--bin", "mpyc"],
        cwd=ROOT,
        check=True,
        stdout=sys.stderr,
    )
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    exe = "mpyc.exe" if os.name == "nt" else "mpyc"
    scripts = DATA / "scripts"
    shutil.rmtree(DATA, ignore_errors=True)
    scripts.mkdir(parents=True)
    shutil.copy2(target / "release" / exe, scripts / exe)
    (scripts / exe).chmod(0o755)
    # The workspace's release profile keeps debug info (for profiling); users need none.
    strip = shutil.which("strip")
    if strip and os.name != "nt":
        subprocess.run([strip, str(scripts / exe)], check=True)


def _shared_library_flags() -> None:
    """Build the extension module without the root's static C runtime.

    The root's ``.cargo/config.toml`` links x86-64 Linux programs statically
    (``+crt-static``) for the binary's start-up time. An extension module is a shared
    library, which cannot have a static glibc, and pyo3's proc-macros cannot be linked so
    either; a deeper ``.cargo/config.toml`` cannot undo it (cargo appends both flags, and
    rustc lets ``+crt-static`` win), but ``RUSTFLAGS`` replaces the configured flags.
    A ``RUSTFLAGS`` the user set is kept.
    """
    if sys.platform.startswith("linux"):
        os.environ.setdefault("RUSTFLAGS", "-C target-feature=-crt-static")


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    """PEP 517: maturin's metadata, which it refuses to write while DATA is missing."""
    (DATA / "scripts").mkdir(parents=True, exist_ok=True)
    return maturin.prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    """PEP 517: the binary first, then maturin's wheel (which takes DATA in)."""
    _build_binary()
    _shared_library_flags()
    return maturin.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    """PEP 660: as build_wheel."""
    _build_binary()
    _shared_library_flags()
    return maturin.build_editable(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory, config_settings=None):
    """No source distribution: the package builds from the repository it lives in."""
    raise RuntimeError(
        "mpyc-toolchain has no sdist: it builds from a checkout of the mpyc repository "
        "(pip install ./python)"
    )
