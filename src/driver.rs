//! The compile pipeline for one source: qstr pool, parse, compile, lower, write.

use mpy_targets::assemble::{assemble_with_listing, AssembleError, AssembleOptions, ConstText};
use mpy_targets::bytecode::BytecodeOptions;
use mpy_targets::native::NativeError;
use mpy_targets::Target;

use crate::compile::{compile_module, Emitter};
use crate::error::CompileError;
use crate::front::num::{complex_repr, float_repr, FloatStyle};
use crate::front::parse::{parse, ParseOptions};
use crate::front::qstr::QstrPool;
use crate::profile::Profile;

/// Everything that shapes one compile, besides the source.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub profile: Profile,
    pub target: Target,
    pub small_int_bits: u8,
    /// `-O` level: 1+ drops asserts, 3 drops line numbers.
    pub opt_level: u8,
    pub emit: Emitter,
    /// Line-number tables (`-X no-source-lines` turns them off).
    pub source_lines: bool,
    /// The arch-flags vuint (RV32 extensions).
    pub arch_flags: Option<u64>,
}

/// Compile `source`. `input_name` is the path the file was read from (mpy-cross interns it
/// before lexing), `source_name` the name stored in the file (the same unless `-s`).
/// Either name over 255 bytes fails as mpy-cross does, with `RuntimeError: name too long`.
pub fn compile(
    source: &[u8],
    input_name: &str,
    source_name: &str,
    opts: &CompileOptions,
) -> Result<Vec<u8>, CompileError> {
    compile_with_listing(source, input_name, source_name, opts, &mut String::new())
}

/// [`compile`], appending to `listing` the text `-march=debug` prints (mpy-cross writes it
/// to stdout as it compiles, so it is there also when a later function fails).
pub fn compile_with_listing(
    source: &[u8],
    input_name: &str,
    source_name: &str,
    opts: &CompileOptions,
    listing: &mut String,
) -> Result<Vec<u8>, CompileError> {
    let mut pool = QstrPool::new(opts.profile.qstr_pool);
    pool.intern(input_name.as_bytes())?;
    pool.intern(source_name.as_bytes())?;
    let module = front_end(source, &mut pool, source_name, opts)?;
    let assemble_opts = AssembleOptions {
        target: opts.target,
        small_int_bits: opts.small_int_bits,
        arch_flags: opts.arch_flags,
        bytecode: BytecodeOptions {
            suppress_dead_code: opts.profile.suppress_dead_code,
            line_numbers: opts.source_lines && opts.opt_level < 3,
        },
        native: opts.profile.native,
    };
    let text = FloatText(opts.profile.num.format);
    let ir = module;
    let function_name = |function: u32| {
        let f = ir.functions.get(function as usize)?;
        // An inline-assembler function interns nothing: its body has the name.
        let name = match &f.asm {
            Some(body) => &body.name[..],
            None => ir.tables.qstr(f.simple_name)?,
        };
        Some(String::from_utf8_lossy(name).into_owned())
    };
    let def_line = |function: u32| ir.functions.get(function as usize).map(|f| f.def_line);
    let module =
        assemble_with_listing(&ir, &assemble_opts, &text, listing).map_err(|e| match e {
            // Errors mpy-cross's native emitter raises (ViperTypeError), with its traceback.
            AssembleError::Native {
                function,
                error:
                    NativeError::Python {
                        exception,
                        message,
                        line,
                    },
            } => CompileError {
                exception,
                message,
                line,
                // An exception raised mid-emit (not a recorded error) has no traceback.
                block: line.and_then(|_| function_name(function)),
            },
            // mpy-cross aborts on these; say so rather than guess at output it never wrote.
            AssembleError::Native {
                function,
                error: NativeError::Assertion(what),
            } => CompileError {
                exception: "NotImplementedError",
                message: format!(
                    "{what}: mpy-cross {} fails an assertion here and writes nothing",
                    opts.profile.release.version()
                ),
                line: def_line(function),
                block: function_name(function),
            },
            // Where mpy-cross would fail an assertion or mpyc has a bug: name the function.
            AssembleError::Native { function, error } => CompileError {
                exception: "RuntimeError",
                message: format!("native code: {error}"),
                line: def_line(function),
                block: function_name(function),
            },
            AssembleError::NotSupported { kind, target } => CompileError {
                exception: "NotImplementedError",
                message: format!("mpyc cannot emit {kind} code for {target} yet"),
                line: None,
                block: None,
            },
            // mpy-cross names no function: its message is just the error.
            AssembleError::Lower { error, .. } => CompileError {
                exception: "RuntimeError",
                message: error.to_string(),
                line: None,
                block: None,
            },
            other => CompileError {
                exception: "RuntimeError",
                message: other.to_string(),
                line: None,
                block: None,
            },
        })?;
    Ok(mpy_ir::write(&module))
}

/// Parse and compile to IR.
fn front_end(
    source: &[u8],
    pool: &mut QstrPool,
    source_name: &str,
    opts: &CompileOptions,
) -> Result<mpy_targets::ir::Module, CompileError> {
    let parse_opts = ParseOptions {
        profile: &opts.profile,
        small_int_bits: opts.small_int_bits,
        optimize: opts.opt_level,
    };
    let root = parse(source, pool, &parse_opts)?;
    let compile_opts = crate::compile::CompileOptions {
        profile: opts.profile.clone(),
        small_int_bits: opts.small_int_bits,
        opt_level: opts.opt_level,
        emit: opts.emit,
        march: opts.target.arch.map(|a| a.march_name().to_owned()),
    };
    compile_module(&root, pool, source_name.as_bytes(), &compile_opts)
}

/// Float and complex constants as the imitated mpy-cross prints them.
struct FloatText(FloatStyle);

impl ConstText for FloatText {
    fn float(&self, value: f64) -> String {
        float_repr(value, self.0)
    }
    fn complex(&self, real: f64, imag: f64) -> String {
        complex_repr(real, imag, self.0)
    }
}
