//! Number literals and float text against the real mpy-cross of every release.
//!
//! The tables in `tests/data/num/` hold what each release's mpy-cross stored in the
//! `.mpy` constant table (or the error it raised) for thousands of literals and folded
//! float expressions; `tests/data/num/make_data.py` regenerates them.

use std::collections::BTreeMap;

use num_bigint::BigInt;

use mpyc::front::num::{
    complex_repr, float_repr, int_to_float, parse_float_literal_with, parse_integer_literal_with,
    FloatStyle, NumStyle,
};
use mpyc::front::obj::Obj;
use mpyc::profile::Release;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/num/");

/// A directory with bigger tables of the same shape (`make_data.py --random`), checked
/// by the ignored test `extra_tables_from_env`.
const EXTRA_ENV: &str = "MPYC_NUM_EXTRA";

fn release(name: &str) -> Release {
    match name {
        "1.19" => Release::V1_19,
        "1.20" => Release::V1_20,
        "1.21" => Release::V1_21,
        "1.22" => Release::V1_22,
        "1.23" => Release::V1_23,
        "1.24" => Release::V1_24,
        "1.25" => Release::V1_25,
        "1.26" => Release::V1_26,
        "1.27" => Release::V1_27,
        "1.28" => Release::V1_28,
        "1.29" => Release::V1_29,
        _ => panic!("unknown release column {name}"),
    }
}

/// A reference table: some leading columns, then the expected text per release.
struct Table {
    releases: Vec<Release>,
    rows: Vec<Row>,
}

struct Row {
    fixed: Vec<String>,
    /// One cell per release, `=` cells (same as the cell on the left) filled in.
    expected: Vec<String>,
}

fn table(name: &str, fixed_columns: usize) -> Table {
    table_at(&format!("{DATA}{name}"), fixed_columns)
}

fn table_at(path: &str, fixed_columns: usize) -> Table {
    let text = std::fs::read_to_string(path).expect("reference table");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    let releases = header[fixed_columns..].iter().map(|r| release(r)).collect();
    let rows = lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let mut expected: Vec<String> = Vec::new();
            for cell in &cells[fixed_columns..] {
                let cell = match *cell {
                    "=" => expected
                        .last()
                        .cloned()
                        .expect("= in the first release column"),
                    _ => cell.to_string(),
                };
                expected.push(cell);
            }
            Row {
                fixed: cells[..fixed_columns]
                    .iter()
                    .map(|c| c.to_string())
                    .collect(),
                expected,
            }
        })
        .collect();
    Table { releases, rows }
}

/// What a release's mpy-cross stores for a number token, in the table's notation.
fn stored_text(kind: &str, token: &str, style: NumStyle) -> String {
    let result = match kind {
        "int" => parse_integer_literal_with(token.as_bytes(), style.int),
        _ => parse_float_literal_with(token.as_bytes(), style.parse),
    };
    match result {
        Ok(Obj::SmallInt(v)) => v.to_string(),
        Ok(Obj::BigInt(v)) => v.to_string(),
        Ok(Obj::Float(v)) => float_repr(v, style.format),
        Ok(Obj::Complex { real, imag }) => complex_repr(real, imag, style.format),
        Ok(other) => format!("unexpected {other:?}"),
        Err(e) => format!("!{}: {}", e.exception, e.message),
    }
}

/// Mismatches per release, with a few examples, as one readable failure.
fn report(name: &str, total: usize, failures: BTreeMap<Release, Vec<String>>) {
    if failures.is_empty() {
        return;
    }
    let mut msg = format!("{name}: mismatches out of {total} rows per release\n");
    for (r, f) in &failures {
        msg += &format!("  {r:?}: {} mismatches, e.g.\n", f.len());
        for example in f.iter().take(8) {
            msg += &format!("    {example}\n");
        }
    }
    panic!("{msg}");
}

#[test]
fn literals_match_every_release() {
    check_literals("literals.tsv", &table("literals.tsv", 3));
}

fn check_literals(name: &str, t: &Table) {
    let mut failures: BTreeMap<Release, Vec<String>> = BTreeMap::new();
    for row in &t.rows {
        let (literal, kind, token) = (&row.fixed[0], &row.fixed[1], &row.fixed[2]);
        for (r, want) in t.releases.iter().zip(&row.expected) {
            let got = stored_text(kind, token, NumStyle::for_release(*r));
            if &got != want {
                failures
                    .entry(*r)
                    .or_default()
                    .push(format!("{literal}: want {want}, got {got}"));
            }
        }
    }
    report(name, t.rows.len(), failures);
}

/// The underscore-free, lowercase-`e` token is what the lexer passes, but the literal as
/// written parses the same.
#[test]
fn source_spelling_parses_like_the_token() {
    let style = NumStyle::default();
    for row in &table("literals.tsv", 3).rows {
        let (literal, kind, token) = (&row.fixed[0], &row.fixed[1], &row.fixed[2]);
        let mut spelled = stored_text(kind, literal, style);
        let tokened = stored_text(kind, token, style);
        if spelled.starts_with('!') {
            // error messages quote the text they were given
            spelled = tokened.clone();
        }
        assert_eq!(spelled, tokened, "{literal}");
    }
}

#[test]
fn folded_expressions_print_like_every_release() {
    check_expressions("expressions.tsv", &table("expressions.tsv", 2));
}

#[test]
#[ignore = "needs MPYC_NUM_EXTRA=<dir made by make_data.py --random>"]
fn extra_tables_from_env() {
    let dir = std::env::var(EXTRA_ENV).expect("MPYC_NUM_EXTRA");
    let literals = format!("{dir}/literals.tsv");
    check_literals(&literals, &table_at(&literals, 3));
    let expressions = format!("{dir}/expressions.tsv");
    check_expressions(&expressions, &table_at(&expressions, 2));
}

fn check_expressions(name: &str, t: &Table) {
    let mut failures: BTreeMap<Release, Vec<String>> = BTreeMap::new();
    for row in &t.rows {
        let (expr, hex) = (&row.fixed[0], &row.fixed[1]);
        let value = parse_hex_float(hex);
        for (r, want) in t.releases.iter().zip(&row.expected) {
            let got = float_repr(value, FloatStyle::for_release(*r));
            if &got != want {
                failures
                    .entry(*r)
                    .or_default()
                    .push(format!("{expr} = {hex}: want {want}, got {got}"));
            }
        }
    }
    report(name, t.rows.len(), failures);
}

#[test]
fn big_ints_convert_to_float_like_mpz() {
    let t = table("int_to_float.tsv", 1);
    let mut failures: BTreeMap<Release, Vec<String>> = BTreeMap::new();
    for row in &t.rows {
        let value: BigInt = row.fixed[0].parse().expect("decimal int");
        let got_value = int_to_float(&value);
        for (r, want) in t.releases.iter().zip(&row.expected) {
            let got = float_repr(got_value, FloatStyle::for_release(*r));
            if &got != want {
                failures
                    .entry(*r)
                    .or_default()
                    .push(format!("{value}: want {want}, got {got}"));
            }
        }
    }
    report("int_to_float.tsv", t.rows.len(), failures);
}

/// Python's `float.hex()` text: `-0x1.8000000000000p+0`, `0x0.0000000000001p-1022`
/// (subnormal), `0x0.0p+0`, `inf`, `nan`.
fn parse_hex_float(text: &str) -> f64 {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let magnitude = match body {
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let hex = body.strip_prefix("0x").expect("0x prefix");
            let (mantissa, exp) = hex.split_once('p').expect("p exponent");
            let (lead, frac) = mantissa.split_once('.').expect("hex point");
            let frac = u64::from_str_radix(&format!("{frac:0<13}"), 16).expect("hex digits");
            let exp: i64 = exp.parse().expect("exponent");
            let bits = match lead {
                "1" => ((exp + 1023) as u64) << 52 | frac,
                _ => frac, // subnormal or zero
            };
            f64::from_bits(bits)
        }
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}
