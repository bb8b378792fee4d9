//! The compile pipeline for one source: qstr pool, parse, compile, lower, write.
//!
//! [`compile()`] is the library's entry point: source bytes in, `.mpy` bytes out, for the
//! release and target in [`CompileOptions`]. The command line is a thin layer over it.

use mpy_targets::lower::{lower_with_report, BackendNote, LowerError};
use mpy_targets::native::{BackendOutcome, NativeBackend, NativeError};
use mpy_targets::{Arch, Target, TargetError};

use crate::codegen::FloatText;
use crate::compile::{compile_module, StackPolicy};
use crate::error::{CompileError, ExceptionKind};
use crate::front::parse::{parse, ParseOptions};
use crate::front::qstr::QstrPool;
use crate::profile::{Profile, Release};
use mpy_ir::CodeKind;

/// Everything that shapes one compile, besides the source: what `mpy-cross`'s options say.
///
/// [`CompileOptions::new`] gives a release's `mpy-cross` with no options; the fields are
/// public for the rest.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    /// The imitated release's behaviour (`--micropython`).
    pub profile: Profile,
    /// The native arch, if any (`-march=`), and the `.mpy` flavour written.
    pub target: Target,
    /// Bits of a small int on the target (`-msmall-int-bits=`, default 31).
    pub small_int_bits: u8,
    /// `-O` level: 1+ drops asserts, 3 drops line numbers.
    pub opt_level: u8,
    /// The emitter of functions without a decorator (`-X emit=`).
    pub emit: CodeKind,
    /// Line-number tables (`-X no-source-lines` turns them off).
    pub source_lines: bool,
    /// The arch-flags vuint (RV32 extensions, `-march-flags=`).
    pub arch_flags: Option<u64>,
    /// Where the recursive tree walk runs for deeply nested sources (no `mpy-cross`
    /// option: a choice of the embedding program, see [`StackPolicy`]).
    pub stack: StackPolicy,
    /// Which code generator lowers viper functions (`--native-backend`): mpy-cross's
    /// emitter (the default, byte-identical output), or Cranelift where it can.
    pub native_backend: NativeBackend,
}

impl CompileOptions {
    /// `mpy-cross` of `release` with no options: bytecode (and, for 1.19, whose
    /// `mpy-cross` defaults to its x64 host, x64 native code where a decorator asks for
    /// it), in the release's own `.mpy` flavour.
    pub fn new(release: Release) -> CompileOptions {
        let profile = Profile::for_release(release);
        CompileOptions {
            target: profile.default_target(profile.mpy_version),
            profile,
            small_int_bits: 31,
            opt_level: 0,
            emit: CodeKind::Bytecode,
            source_lines: true,
            arch_flags: None,
            stack: StackPolicy::default(),
            native_backend: NativeBackend::default(),
        }
    }

    /// The same options with native code for `arch` (`-march=`), in the release's `.mpy`
    /// flavour; an error if that flavour has no such arch (RV32 before `.mpy` 6.3).
    pub fn with_arch(self, arch: Arch) -> Result<CompileOptions, TargetError> {
        let target = Target::from_march(arch.march_name(), self.profile.mpy_version)?;
        Ok(CompileOptions { target, ..self })
    }
}

/// The newest release's `mpy-cross` with no options.
impl Default for CompileOptions {
    fn default() -> CompileOptions {
        CompileOptions::new(Release::DEFAULT)
    }
}

/// Compile the Python module `source` to the bytes of a `.mpy` file, as the `mpy-cross`
/// of `opts`'s release does.
///
/// `source_name` is the name stored in the file and shown in tracebacks (`mpy-cross`'s
/// input path, or its `-s`). An error is the exception that `mpy-cross` raises, with its
/// location; [`CompileError::render`] gives `mpy-cross`'s exact stderr.
///
/// ```
/// use mpyc::{compile, CompileOptions, Release};
///
/// let opts = CompileOptions::new(Release::V1_28);
/// let mpy = compile(b"print('hello')\n", "hello.py", &opts).unwrap();
/// assert_eq!(&mpy[..2], b"M\x06"); // magic, .mpy version 6
///
/// let err = compile(b"def f(:\n", "bad.py", &opts).unwrap_err();
/// assert_eq!(err.exception, mpyc::ExceptionKind::SyntaxError);
/// assert_eq!((err.file.as_deref(), err.line), (Some("bad.py"), Some(1)));
/// assert_eq!(
///     err.render(),
///     "Traceback (most recent call last):\n  File \"bad.py\", line 1\nSyntaxError: invalid syntax\n"
/// );
/// ```
pub fn compile(
    source: &[u8],
    source_name: &str,
    opts: &CompileOptions,
) -> Result<Vec<u8>, CompileError> {
    compile_with_listing(source, source_name, source_name, opts, &mut String::new())
}

/// [`compile()`] as `mpy-cross` runs it, for the command line: `input_name` is the path
/// the file was read from (mpy-cross interns it before lexing, which can change the qstr
/// table), `source_name` the name stored in the file (the same unless `-s`); and `listing`
/// receives the text `-march=debug` prints (mpy-cross writes it to stdout as it compiles,
/// so it is there also when a later function fails).
///
/// Either name over 255 bytes fails as mpy-cross does, with `RuntimeError: name too long`.
pub fn compile_with_listing(
    source: &[u8],
    input_name: &str,
    source_name: &str,
    opts: &CompileOptions,
    listing: &mut String,
) -> Result<Vec<u8>, CompileError> {
    compile_with_notes(
        source,
        input_name,
        source_name,
        opts,
        listing,
        &mut Vec::new(),
    )
}

/// [`compile_with_listing`], also appending to `notes` one line per viper function that
/// [`CompileOptions::native_backend`] was asked to compile with Cranelift: compiled, or
/// which emitter's code it kept and why (what `-v` prints).
pub fn compile_with_notes(
    source: &[u8],
    input_name: &str,
    source_name: &str,
    opts: &CompileOptions,
    listing: &mut String,
    notes: &mut Vec<String>,
) -> Result<Vec<u8>, CompileError> {
    let mut report = Vec::new();
    let result = compile_unnamed(source, input_name, source_name, opts, listing, &mut report)
        .map_err(|e| e.in_file(source_name));
    notes.extend(report.iter().map(|n| note_line(source_name, n)));
    result
}

/// One `-v` line about a function's native backend.
fn note_line(source_name: &str, note: &BackendNote) -> String {
    match &note.outcome {
        BackendOutcome::Cranelift => format!("{source_name}: {}: cranelift", note.name),
        BackendOutcome::FellBack(why) => format!(
            "{source_name}: {}: mpy-cross emitter (cranelift: {why})",
            note.name
        ),
        other => format!("{source_name}: {}: {other:?}", note.name),
    }
}

/// [`compile_with_listing`], with errors that do not name the file yet.
fn compile_unnamed(
    source: &[u8],
    input_name: &str,
    source_name: &str,
    opts: &CompileOptions,
    listing: &mut String,
    report: &mut Vec<BackendNote>,
) -> Result<Vec<u8>, CompileError> {
    let mut pool = QstrPool::new(opts.profile.qstr_pool);
    pool.intern(input_name.as_bytes())?;
    pool.intern(source_name.as_bytes())?;
    let ir = front_end(source, &mut pool, source_name, opts)?;
    let mut lower_opts = opts.profile.lower_options(opts.target);
    lower_opts.small_int_bits = opts.small_int_bits;
    lower_opts.arch_flags = opts.arch_flags;
    lower_opts.bytecode.line_numbers = opts.source_lines && opts.opt_level < 3;
    lower_opts.native_backend = opts.native_backend;
    let text = FloatText::with_style(opts.profile.num.format);
    let module = lower_with_report(&ir, &lower_opts, &text, listing, report)
        .map_err(|e| lower_error(e, &ir, &opts.profile))?;
    mpy_ir::write(&module)
        .map_err(|e| CompileError::new(ExceptionKind::RuntimeError, e.to_string()))
}

/// The exception mpy-cross reports for a failed lowering, in the function `ir` names.
fn lower_error(e: LowerError, ir: &mpy_ir::Module, profile: &Profile) -> CompileError {
    let functions = ir.functions().unwrap_or_default();
    let function_name = |function: u32| {
        let f = functions.get(function as usize)?;
        // An inline-assembler function interns nothing: its body has the name.
        let name = match &f.asm {
            Some(body) => &body.name[..],
            None => ir.qstrs.get(f.simple_name.0 as usize)?,
        };
        Some(String::from_utf8_lossy(name).into_owned())
    };
    let def_line = |function: u32| functions.get(function as usize).map(|f| f.def_line);
    // A located error: at the function's `def` line, in the function.
    let in_function = |error: CompileError, function: u32| CompileError {
        line: def_line(function),
        block: function_name(function),
        ..error
    };
    match e {
        // Errors mpy-cross's native emitter raises (ViperTypeError), with its traceback.
        LowerError::Native {
            function,
            error:
                NativeError::Python {
                    exception,
                    message,
                    line,
                },
        } => CompileError {
            line,
            // An exception raised mid-emit (not a recorded error) has no traceback.
            block: line.and_then(|_| function_name(function)),
            ..CompileError::new(exception, message)
        },
        // mpy-cross aborts on these; say so rather than guess at output it never wrote.
        LowerError::Native {
            function,
            error: NativeError::Assertion(what),
        } => in_function(
            CompileError::new(
                ExceptionKind::NotImplementedError,
                format!(
                    "{what}: mpy-cross {} fails an assertion here and writes nothing",
                    profile.release.version()
                ),
            ),
            function,
        ),
        // A viper function only Cranelift could compile (rv64imc), and it cannot: a
        // limit of this backend, not a bug, at the function's definition.
        LowerError::Native {
            function,
            error: error @ NativeError::NoFallback(_),
        } => in_function(
            CompileError::new(ExceptionKind::NotImplementedError, error.to_string()),
            function,
        ),
        // Where mpy-cross would fail an assertion or mpyc has a bug: name the function.
        LowerError::Native { function, error } => in_function(
            CompileError::new(ExceptionKind::RuntimeError, format!("native code: {error}")),
            function,
        ),
        LowerError::NotSupported { kind, target } => CompileError::new(
            ExceptionKind::NotImplementedError,
            format!("mpyc cannot emit {kind} code for {target} yet"),
        ),
        // mpy-cross names no function: its message is just the error.
        LowerError::Bytecode { error, .. } => {
            CompileError::new(ExceptionKind::RuntimeError, error.to_string())
        }
        other => CompileError::new(ExceptionKind::RuntimeError, other.to_string()),
    }
}

/// Parse and compile to IR.
fn front_end(
    source: &[u8],
    pool: &mut QstrPool,
    source_name: &str,
    opts: &CompileOptions,
) -> Result<mpy_ir::Module, CompileError> {
    let parse_opts = ParseOptions {
        small_int_bits: opts.small_int_bits,
        optimize: opts.opt_level,
        ..opts.profile.parse_options()
    };
    let root = parse(source, pool, &parse_opts)?;
    let compile_opts = crate::compile::IrOptions {
        profile: opts.profile.clone(),
        small_int_bits: opts.small_int_bits,
        opt_level: opts.opt_level,
        emit: opts.emit,
        stack: opts.stack,
        march: opts.target.arch.map(|a| a.march_name().to_owned()),
        viper_by_other_backend: mpy_targets::native::viper_only_through(
            &opts.target,
            opts.native_backend,
        ),
    };
    compile_module(&root, pool, source_name.as_bytes(), &compile_opts)
}
