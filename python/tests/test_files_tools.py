"""compile_file, compile_many, options_for_device, dump and verify, against the CLI."""

import doctest
import json
import os

import pytest

import mpyc_toolchain as m
from conftest import cli

PROGRAM = "def f(x):\n    return x * 2.5\nprint(f(2), 'ok')\n"


def test_compile_file_is_mpy_cross_on_the_file(tmp_path, monkeypatch):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.py").write_text(PROGRAM)
    assert cli(tmp_path, "--micropython", "1.22", "-o", "want.mpy", "lib/a.py")[0] == 0
    monkeypatch.chdir(tmp_path)
    out = m.compile_file("lib/a.py", micropython="1.22")
    assert out.as_posix() == "lib/a.mpy"
    assert out.read_bytes() == (tmp_path / "want.mpy").read_bytes()
    # dest and the stored name as asked
    assert cli(tmp_path, "-s", "a.py", "-o", "want2.mpy", "lib/a.py")[0] == 0
    got = m.compile_file(tmp_path / "lib" / "a.py", tmp_path / "x.mpy", filename="a.py")
    assert got.read_bytes() == (tmp_path / "want2.mpy").read_bytes()


def test_compile_file_error_writes_nothing(tmp_path):
    (tmp_path / "bad.py").write_text("x = )\n")
    with pytest.raises(m.SyntaxError) as info:
        m.compile_file(tmp_path / "bad.py")
    assert info.value.lineno == 1
    assert not (tmp_path / "bad.mpy").exists()
    assert os.listdir(tmp_path) == ["bad.py"]


def test_compile_many_matches_cli_batch(tmp_path, monkeypatch):
    names = [f"pkg/m{i}.py" for i in range(12)] + ["top.py"]
    for i, name in enumerate(names):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"X = {i}\n" + PROGRAM)
    assert cli(tmp_path, "--micropython", "1.19", "-march=armv6m", *names, "-o", "want/")[0] == 0
    monkeypatch.chdir(tmp_path)
    written = m.compile_many(names, "got", jobs=4, micropython="1.19", march="armv6m")
    assert [p.as_posix() for p in written] == ["got/" + n[:-2] + "mpy" for n in names]
    for n in names:
        assert (tmp_path / "got" / (n[:-2] + "mpy")).read_bytes() == (
            tmp_path / "want" / (n[:-2] + "mpy")
        ).read_bytes(), n


def test_compile_many_reports_every_error_and_writes_the_rest(tmp_path, monkeypatch):
    for name, text in [("a.py", "x = 1\n"), ("b.py", "def (:\n"), ("c.py", "  y\n")]:
        (tmp_path / name).write_text(text)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(m.CompileError) as info:
        m.compile_many(["a.py", "b.py", "c.py"], "out")
    assert info.value.filename == "b.py"
    assert [type(e).__name__ for e in info.value.errors] == ["SyntaxError", "IndentationError"]
    assert (tmp_path / "out" / "a.mpy").is_file()
    assert not (tmp_path / "out" / "b.mpy").exists()


def test_compile_many_keeps_outputs_inside_out_dir(tmp_path, monkeypatch):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.py").write_text("x = 1\n")
    monkeypatch.chdir(tmp_path / "src")
    [out] = m.compile_many([str(tmp_path / "src" / "a.py")], tmp_path / "o")
    assert out == tmp_path / "o" / (str(tmp_path / "src" / "a")[1:] + ".mpy")
    [out] = m.compile_many(["../src/a.py"], tmp_path / "o2")
    assert out == tmp_path / "o2" / "src" / "a.mpy"


@pytest.mark.parametrize(
    "value, expected",
    [
        (0x0006, {"micropython": "1.19", "march": None}),  # 1.19, no native code
        (0x0806, {"micropython": "1.19", "march": "x64"}),  # unix port 1.19
        (0x1106, {"micropython": "1.21", "march": "armv6m"}),  # rp2 1.20/1.21
        (0x2A06, {"micropython": "1.22", "march": "xtensawin"}),  # esp32 1.22
        (0x2F06, {"micropython": "1.29", "march": "rv32imc"}),  # esp32c3 1.23+
        (0x1F06, {"micropython": "1.29", "march": "armv7emsp"}),
    ],
)
def test_options_for_device(value, expected):
    assert m.options_for_device(value) == expected
    # and they compile for it: the header says the board's version and arch
    mpy = m.compile("@micropython.native\ndef f(): pass\n", **expected) if expected[
        "march"
    ] else m.compile("x = 1\n", **expected)
    assert mpy[1] == 6 and mpy[2] == value >> 8


@pytest.mark.parametrize("value", [0x0005, 0x0106 | (60 << 10), -1, "6"])
def test_options_for_device_rejects(value):
    with pytest.raises(ValueError):
        m.options_for_device(value)


def test_dump_and_verify_match_cli(tmp_path):
    (tmp_path / "d.py").write_text(PROGRAM)
    assert cli(tmp_path, "-march=x64", "d.py")[0] == 0
    data = (tmp_path / "d.mpy").read_bytes()
    code, text, _ = cli(tmp_path, "dump", "d.mpy")
    assert code == 0 and m.dump(data) == text
    code, js, _ = cli(tmp_path, "dump", "--json", "d.mpy")
    doc = m.dump(data, as_dict=True)
    want = json.loads(js)
    want.pop("file")
    assert doc == want
    report = m.verify(data, runtime="1.29")
    assert report.ok and report.findings == []
    code, out, _ = cli(tmp_path, "verify", "d.mpy")
    assert out.splitlines()[0] == f"d.mpy: loadable by: {report.loadable_by}"


def test_verify_finds_a_broken_file():
    good = m.compile("None\n", source_lines=False, filename="b.py")
    # header, qstrs "b.py" and <module>, no objects, then the raw code: kind-and-length
    # 0x28 (5 bytes of bytecode) and a body with n_state 1 that pushes one value
    assert good[13:] == bytes([0x28, 0x00, 0x02, 0x01, 0x51, 0x63])
    assert m.verify(good).ok
    # the same n_state, but two values pushed (mpy_ir::verify's own example)
    broken = good[:13] + bytes([0x38, 0x00, 0x02, 0x01, 0x51, 0x51, 0x59, 0x63])
    report = m.verify(broken)
    assert not report.ok
    assert [f.message for f in report.findings if f.severity == "error"] == [
        "n_state 1 is less than 0 locals plus a stack depth of 2"
    ], report


@pytest.mark.parametrize("data", [b"", b"M\x06\x00\x1f", b"M\x05\x00\x1f\x00", b"\xff" * 40])
def test_unloadable_files_raise_value_error_with_offset(data):
    for call in (m.dump, m.verify):
        with pytest.raises(ValueError, match="offset"):
            call(data)


def test_doc_examples():
    for mod in (m, m.device):
        failures, _ = doctest.testmod(mod)
        assert failures == 0, mod.__name__
