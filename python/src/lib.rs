//! `mpyc_toolchain._native`: the compiler's entry point for Python.
//!
//! This module is the thin layer between Python values and [`mpyc::compile`]; the API
//! users see (keyword defaults, the `CompileError` classes) is the pure-Python package
//! `mpyc_toolchain`, which is easier to read and to change than classes built here.
//!
//! A rejected source raises [`Failure`] with the error's fields as its arguments, and the
//! package turns it into the `CompileError` subclass named after the exception. A bad
//! option raises `ValueError` (`TypeError` for a source that is not text or bytes).

use std::borrow::Cow;

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
    Release::parse(micropython).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown MicroPython release {micropython:?}; valid: {}",
            Release::names().join(", ")
        ))
    })
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
    m.add("Failure", m.py().get_type::<Failure>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
