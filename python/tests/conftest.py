"""Shared by the tests: the mpyc binary they compare with, and a CLI runner.

The reference is the workspace's ``target/release/mpyc`` (``cargo build --release`` at
the root), or the binary ``MPYC_BIN`` names; the Rust golden tests check that it writes
what each release's mpy-cross writes. A missing binary fails the tests: it never skips.
"""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MPYC = Path(os.environ.get("MPYC_BIN", ROOT / "target" / "release" / "mpyc"))


@pytest.fixture(scope="session", autouse=True)
def need_cli():
    if not MPYC.is_file():
        pytest.fail(f"no mpyc binary at {MPYC}: cargo build --release, or set MPYC_BIN")


def cli(cwd, *args):
    """Run the reference binary in ``cwd``: (returncode, stdout, stderr)."""
    run = subprocess.run([str(MPYC), *map(str, args)], cwd=cwd, capture_output=True, text=True)
    return run.returncode, run.stdout, run.stderr
