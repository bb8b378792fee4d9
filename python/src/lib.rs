//! `mpyc_toolchain._native`: the compiler's entry point for Python.
//!
//! This module is the thin layer between Python values and [`mpyc::compile`]; the API
//! users see (keyword defaults, the `CompileError` classes) is the pure-Python package
//! `mpyc_toolchain`, which is easier to read and to change than classes built here.
//!
//! A rejected source raises [`Failure`] with the error's fields as its arguments, and the
//! package turns it into the `CompileError` subclass named after the exception. A bad
//! option raises `ValueError` (`TypeError` for a source that is not text or bytes).
//! The `.mpy` tools (`dump_text`, `dump_json`, `verify`) are the CLI's `dump` and
//! `verify` on bytes; a file that does not load raises `ValueError` with its offset.

use std::borrow::Cow;

use mpy_ir::read::{load_with, LoadOptions};
use mpy_ir::runtime::Runtime;
use mpy_ir::verify::{Severity, VerifyOptions};
use mpyc::options::CrossOptions;
use mpyc::{CodeKind, CompileError, Release, StackPolicy};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

create_exception!(
    _native,
    Failure,
    PyException,
    "A rejected source: (exception name, message, filename, lineno, offset, rendered stderr)."
);

/// The release `micropython` names (`1.22` or `1.22.2`), or `ValueError` listing them.
fn release(micropython: &str) -> PyResult<Release> {
    Release::parse(micropython)
        .ok_or_else(|| PyValueError::new_err(Release::unknown_message(micropython)))
}

/// The emitter `-X emit=` names.
fn emit(name: &str) -> PyResult<CodeKind> {
    match name {
        "bytecode" => Ok(CodeKind::Bytecode),
        "native" => Ok(CodeKind::Native),
        "viper" => Ok(CodeKind::Viper),
        _ => Err(PyValueError::new_err(format!(
            "unknown emitter {name:?}; valid: bytecode, native, viper"
        ))),
    }
}

/// The source's bytes: `str` as UTF-8 (what mpy-cross reads from a file), `bytes` and
/// `bytearray` as they are.
fn source_bytes<'a>(source: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, [u8]>> {
    if let Ok(s) = source.cast::<PyString>() {
        return Ok(Cow::Owned(s.to_cow()?.as_bytes().to_vec()));
    }
    if let Ok(b) = source.cast::<PyBytes>() {
        return Ok(Cow::Borrowed(b.as_bytes()));
    }
    if let Ok(b) = source.cast::<PyByteArray>() {
        return Ok(Cow::Owned(b.to_vec()));
    }
    Err(PyTypeError::new_err(format!(
        "source must be str or bytes, not {}",
        source.get_type().name()?
    )))
}

/// The Python exception for a rejected source: [`Failure`] carrying the error's fields,
/// for the package to re-raise as its own class.
fn failure(e: &CompileError) -> PyErr {
    Failure::new_err((
        e.exception.name(),
        e.message.clone(),
        e.file.clone(),
        e.line,
        e.column,
        e.render(),
    ))
}

/// Compile `source` as the `mpy-cross` of `micropython` with these options would, to the
/// bytes of a `.mpy` file.
#[pyfunction]
#[pyo3(signature = (source, filename, micropython, march, march_flags, opt, emit_kind, source_lines, small_int_bits))]
#[allow(clippy::too_many_arguments)] // mpy-cross's options, one keyword each in Python
fn compile<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    filename: &str,
    micropython: &str,
    march: Option<String>,
    march_flags: Option<String>,
    opt: u8,
    emit_kind: Option<&str>,
    source_lines: bool,
    small_int_bits: Option<u8>,
) -> PyResult<Bound<'py, PyBytes>> {
    let source = source_bytes(source)?;
    let mut o = CrossOptions::new(release(micropython)?);
    o.march = march;
    o.march_flags = march_flags;
    o.opt_level = opt;
    o.emit = emit_kind.map_or(Ok(CodeKind::Bytecode), emit)?;
    o.source_lines = source_lines;
    o.small_int_bits = small_int_bits.unwrap_or(o.small_int_bits);
    let opts = o
        // Any nesting the parser accepts compiles, as in mpy-cross.
        .compile_options(StackPolicy::BIG_THREAD)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    // Other Python threads run meanwhile: a pool of them compiles files in parallel.
    let mpy = py
        .detach(|| mpyc::compile(&source, filename, &opts))
        .map_err(|e| failure(&e))?;
    Ok(PyBytes::new(py, &mpy))
}

/// The `.mpy` version `micropython`'s mpy-cross writes, as `(6, sub)`.
#[pyfunction]
fn mpy_version(micropython: &str) -> PyResult<(u8, u8)> {
    let version = CrossOptions::new(release(micropython)?).mpy_version();
    Ok((6, version.sub_version()))
}

/// The module in `data`, or `ValueError` with the loader's located message.
fn load(data: &[u8], opts: &LoadOptions) -> PyResult<(mpy_ir::Module, Vec<mpy_ir::read::Note>)> {
    load_with(data, opts)
        .map_err(|e| PyValueError::new_err(format!("not a loadable .mpy file: {e}")))
}

/// `mpyc dump`'s text for the `.mpy` file in `data`.
#[pyfunction]
fn dump_text(data: &[u8]) -> PyResult<String> {
    let (module, _) = load(data, &LoadOptions::default())?;
    Ok(mpy_ir::dump::text(&module))
}

/// `mpyc dump --json`'s document for the `.mpy` file in `data`, as JSON text (the
/// package parses it, so that the Python side gets plain dicts and lists).
#[pyfunction]
fn dump_json(data: &[u8]) -> PyResult<String> {
    let (module, _) = load(data, &LoadOptions::default())?;
    serde_json::to_string(&mpy_ir::dump::json(&module))
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// `mpyc verify`'s findings for the `.mpy` file in `data`, as `(severity, location,
/// message)` triples, and the releases that can load it. With `runtime` (`"1.19"`), also
/// that release's loader checks and run-time hazards.
#[pyfunction]
#[pyo3(signature = (data, runtime=None))]
fn verify(
    data: &[u8],
    runtime: Option<&str>,
) -> PyResult<(Vec<(&'static str, String, String)>, String)> {
    let runtime = runtime
        .map(|name| {
            Runtime::parse(name)
                .ok_or_else(|| PyValueError::new_err(Release::unknown_message(name)))
        })
        .transpose()?;
    let opts = LoadOptions {
        allow_trailing_bytes: true,
        ..LoadOptions::default()
    };
    let (module, notes) = load(data, &opts)?;
    let findings = mpy_ir::verify::verify(&module, &notes, &VerifyOptions { runtime })
        .into_iter()
        .map(|f| {
            let severity = match f.severity {
                Severity::Warning => "warning",
                Severity::Error => "error",
            };
            (severity, f.location, f.message)
        })
        .collect();
    Ok((findings, mpy_ir::compat::summary(&module)))
}

/// The `-march=` names by header arch number (index 0 is bytecode only).
#[pyfunction]
fn arch_names() -> Vec<&'static str> {
    (0..=12)
        .map(|n| match n {
            0 => "",
            // The dump's name notes that 1.24-1.26 numbered debug 12; -march= says rv64imc.
            12 => "rv64imc",
            n => mpy_ir::dump::arch_name(n),
        })
        .collect()
}

/// The releases imitated, oldest first.
#[pyfunction]
fn releases() -> Vec<&'static str> {
    Release::names()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_function(wrap_pyfunction!(mpy_version, m)?)?;
    m.add_function(wrap_pyfunction!(releases, m)?)?;
    m.add_function(wrap_pyfunction!(dump_text, m)?)?;
    m.add_function(wrap_pyfunction!(dump_json, m)?)?;
    m.add_function(wrap_pyfunction!(verify, m)?)?;
    m.add_function(wrap_pyfunction!(arch_names, m)?)?;
    m.add("Failure", m.py().get_type::<Failure>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
