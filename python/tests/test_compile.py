"""The in-process compiler against the mpyc command line, and its errors.

The command line is the workspace's ``target/release/mpyc`` (``cargo build --release``
at the root), or the binary ``MPYC_BIN`` names; it writes what each release's mpy-cross
writes (the Rust golden tests check that), so byte-identical output here means the
binding passes every option through.
"""

import subprocess

import pytest

import mpyc_toolchain as m
from conftest import MPYC

SOURCES = {
    "plain.py": "x = [i * 2 for i in range(10)]\nassert x\nprint(x, 1.5, 'text', b'b')\n",
    "funcs.py": (
        "def f(a, *b, c=3, **d):\n"
        "    yield from b\n"
        "class C:\n"
        "    def m(self):\n"
        "        return super().m()\n"
        "try:\n"
        "    f(1)\n"
        "except Exception as e:\n"
        "    print(e)\n"
    ),
    "native.py": (
        "@micropython.native\n"
        "def f(x):\n"
        "    return x + 1\n"
        "@micropython.viper\n"
        "def g(x: int) -> int:\n"
        "    return x * 3\n"
        "print(f(1), g(2))\n"
    ),
}


def cli(tmp_path, name, source, *args):
    """The CLI's output for ``source`` saved as ``name`` (relative, so both store it)."""
    (tmp_path / name).write_text(source)
    out = tmp_path / "out.mpy"
    run = subprocess.run(
        [str(MPYC), *args, "-o", str(out), name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    if run.returncode:
        return None, run.stderr
    return out.read_bytes(), run.stderr


@pytest.mark.parametrize("release", ["1.19", "1.22", "1.29"])
@pytest.mark.parametrize("march", [None, "x64", "armv7m"])
@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize("extra", [{}, {"opt": 3}, {"emit": "native"}])
def test_identical_with_cli(tmp_path, release, march, name, extra):
    if extra.get("emit") and not march:
        pytest.skip("native emit needs an arch (1.19 defaults to x64: covered by x64)")
    args = ["--micropython", release]
    if march:
        args.append(f"-march={march}")
    if "opt" in extra:
        args.append(f"-O{extra['opt']}")
    if "emit" in extra:
        args += ["-X", f"emit={extra['emit']}"]
    expected, stderr = cli(tmp_path, name, SOURCES[name], *args)
    if expected is None:
        # native code without -march: "invalid arch", from both
        with pytest.raises(m.CompileError) as info:
            m.compile(SOURCES[name], filename=name, micropython=release, **extra)
        assert str(info.value) == stderr
        return
    got = m.compile(
        SOURCES[name], filename=name, micropython=release, march=march, **extra
    )
    assert got == expected
    # bytes in, the same bytes out
    assert m.compile(SOURCES[name].encode(), filename=name, micropython=release,
                     march=march, **extra) == expected


def test_options_passed_through(tmp_path):
    src = SOURCES["native.py"]
    expected, _ = cli(tmp_path, "n.py", src, "-march=rv32imc", "-march-flags=zba",
                      "-X", "no-source-lines", "-msmall-int-bits=15")
    assert expected == m.compile(src, filename="n.py", march="rv32imc", march_flags="zba",
                                 source_lines=False, small_int_bits=15)


ERRORS = {
    "SyntaxError": ("def f(:\n", {}, 1, 7),
    "IndentationError": ("x = 1\n    y = 2\n", {}, 2, 5),
    "ViperTypeError": (
        "@micropython.viper\ndef f(x: int) -> int:\n    return x + 'a'\n",
        {"march": "x64"}, 2, None,
    ),
    "NotImplementedError": ('s = "\\N{DASH}"\n', {}, None, None),
    "OverflowError": (
        "@micropython.asm_rv32\ndef f(a0, a1):\n    cm_push({ra, s0-s1}, 2**70)\n",
        {"march": "rv32imc", "march_flags": "zcmp"}, None, None,
    ),
    "MemoryError": ("x = " + "[" * 8000 + "]" * 8000 + "\n", {}, None, None),
    "RuntimeError": ("x" * 300 + " = 1\n", {}, None, None),
}


@pytest.mark.parametrize("kind", sorted(ERRORS))
def test_errors(tmp_path, kind):
    source, options, lineno, offset = ERRORS[kind]
    with pytest.raises(m.CompileError) as info:
        m.compile(source, filename="e.py", **options)
    e = info.value
    assert type(e) is getattr(m, kind)
    assert (e.filename, e.lineno, e.offset) == ("e.py", lineno, offset)
    # str() is mpy-cross's stderr, whose last line is "Kind: msg"
    args = []
    if "march" in options:
        args.append(f"-march={options['march']}")
    if "march_flags" in options:
        args.append(f"-march-flags={options['march_flags']}")
    _, stderr = cli(tmp_path, "e.py", source, *args)
    assert str(e) == stderr
    assert stderr.splitlines()[-1] == f"{kind}: {e.msg}" if e.msg else kind


def test_indentation_error_is_a_syntax_error():
    with pytest.raises(m.SyntaxError):
        m.compile("x = 1\n    y = 2\n")


@pytest.mark.parametrize(
    "options",
    [
        {"micropython": "1.18"},
        {"march": "z80"},
        {"micropython": "1.19", "march": "host"},
        {"march": "x64", "march_flags": "zba"},
        {"emit": "native"},
        {"emit": "asm"},
        {"small_int_bits": 0},
        {"opt": -1},
    ],
)
def test_bad_options_are_value_errors(options):
    with pytest.raises(ValueError):
        m.compile("x = 1\n", **options)


def test_source_type():
    with pytest.raises(TypeError):
        m.compile(12)


def test_mpy_version():
    assert m.mpy_version("1.19") == (6, 0)
    assert m.mpy_version("1.22.2") == (6, 2)
    assert m.mpy_version("1.29") == (6, 3)
    with pytest.raises(ValueError):
        m.mpy_version("2.0")
