//! The one lowering call: an unlowered [`Module`] (function IR) becomes a lowered one
//! (raw codes) for a [`Target`]. Every function goes to the backend of its kind (bytecode,
//! or the target's native ISA), the raw codes nest as their parents' `MakeFunction` ops
//! say, and the header gets the flags the target and the module's code kinds call for.
//!
//! ```
//! use mpy_ir::func::{ConstTok, ModuleBuilder};
//! use mpy_ir::CodeKind;
//! use mpy_targets::lower::{lower, LowerOptions, RustFloats};
//! use mpy_targets::{MpyVersion, Target};
//!
//! let mut m = ModuleBuilder::new(b"empty.py");
//! let mut body = m.function(CodeKind::Bytecode, b"<module>", &[]);
//! body.load_const_tok(ConstTok::None);
//! body.return_value();
//! let body = body.finish_function()?;
//! m.add(body);
//! let target = Target::from_march("x64", MpyVersion::V6_3)?;
//! let lowered = lower(&m.finish()?, &LowerOptions::new(target), &RustFloats)?;
//! // Bytecode only, so the header names no arch.
//! let bytes = mpy_ir::write(&lowered)?;
//! assert_eq!(&bytes[..4], b"M\x06\x00\x1f");
//! assert_eq!(&bytes[4..], b"\x02\x00\x10empty.py\x00\x0f\x28\x00\x02\x01\x51\x63");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use mpy_ir::func::{check, Function, FunctionId, IrError, Op};
use mpy_ir::model::{Code, CodeKind, Header, Kind, Module, Object, RawCode};

use crate::bytecode::{self, BytecodeError, BytecodeOptions};
use crate::native::{self, ExtraQstrs, NativeContext, NativeError};
use crate::target::{Arch, Target};

/// Everything the lowering needs besides the IR.
#[derive(Clone, Debug)]
pub struct LowerOptions {
    /// The arch (and `.mpy` sub-version) native functions are lowered for; bytecode-only
    /// modules only take the sub-version from it.
    pub target: Target,
    /// Header byte 3: small-int bits the code assumes.
    pub small_int_bits: u8,
    /// The arch-flags vuint (RV32 extensions); `Some` sets feature bit 6.
    pub arch_flags: Option<u64>,
    /// The bytecode backend's release switches.
    pub bytecode: BytecodeOptions,
    /// The native backends' release switches.
    pub native: native::NativeOptions,
    /// Which code generator lowers viper functions; the default is mpy-cross's emitter.
    pub native_backend: native::NativeBackend,
}

impl LowerOptions {
    /// Options for `target` with mpy-cross's default settings: 31-bit small ints, no arch
    /// flags, dead code dropped and line numbers kept (1.20+), and the native emitter of
    /// [`native::NativeOptions::default`] (1.28). A generator that needs no release's
    /// exact bytes wants nothing else.
    pub fn new(target: Target) -> LowerOptions {
        LowerOptions {
            target,
            small_int_bits: 31,
            arch_flags: None,
            bytecode: BytecodeOptions::default(),
            native: native::NativeOptions::default(),
            native_backend: native::NativeBackend::default(),
        }
    }
}

/// Why the module could not be lowered.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LowerError {
    /// A bytecode function the bytecode backend could not encode.
    Bytecode {
        /// Index of the function in the module's scope order.
        function: u32,
        /// What failed.
        error: BytecodeError,
    },
    /// A code kind with no backend for the target yet.
    NotSupported {
        /// `native`, `viper`, `inline assembler`, or the construct.
        kind: &'static str,
        /// The `-march` name of the target (`bytecode` when it has none).
        target: String,
    },
    /// A function made by two parents, or by one that comes after it in scope order.
    BadTree(u32),
    /// A native function the native backend could not lower.
    Native {
        /// Index of the function in the module's scope order.
        function: u32,
        /// What failed: an mpy-cross error (with its exception) or an assertion.
        error: NativeError,
    },
    /// A function the IR verifier refuses ([`mpy_ir::func::check`]), before any lowering.
    Invalid(IrError),
    /// The module holds no function IR: it was loaded from a file or lowered already.
    AlreadyLowered,
    /// The target's header fields do not fit the format.
    Header(mpy_ir::model::HeaderError),
}

impl std::fmt::Display for LowerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LowerError::Bytecode { function, error } => write!(f, "function {function}: {error}"),
            LowerError::NotSupported { kind, target } => {
                write!(f, "{kind} code is not supported yet for {target}")
            }
            LowerError::Native { function, error } => {
                write!(f, "function {function}: native code: {error}")
            }
            LowerError::Invalid(error) => error.fmt(f),
            LowerError::AlreadyLowered => write!(f, "the module is lowered already"),
            LowerError::Header(error) => write!(f, "header: {error}"),
            LowerError::BadTree(function) => write!(
                f,
                "function {function} is made more than once or before its parent"
            ),
        }
    }
}

impl std::error::Error for LowerError {}

/// Prints float and complex constants: the file stores their text, and each mpy-cross
/// release prints them its own way (`mpyc` has the exact printers of every release).
pub trait ConstText {
    /// The text of a float constant.
    fn float(&self, value: f64) -> String;
    /// The text of a complex constant (mpy-cross only stores pure imaginaries).
    fn complex(&self, real: f64, imag: f64) -> String;
}

/// Floats printed as Rust's `{:?}` does (shortest round-trip text, `1.0`, `1e100`):
/// exact values any runtime parses back, though not any mpy-cross release's text.
#[derive(Clone, Copy, Debug, Default)]
pub struct RustFloats;

impl ConstText for RustFloats {
    fn float(&self, value: f64) -> String {
        format!("{value:?}")
    }
    fn complex(&self, real: f64, imag: f64) -> String {
        if real == 0.0 && real.is_sign_positive() {
            format!("{imag:?}j")
        } else {
            format!("({real:?}+{imag:?}j)")
        }
    }
}

/// A constant's file form: floats and complex numbers printed by `text`, the rest as is.
pub fn const_object(c: &Object, text: &dyn ConstText) -> Object {
    match c {
        Object::UnprintedFloat(f) => Object::Float(text.float(f.get()).into_bytes()),
        Object::UnprintedComplex { real, imag } => {
            Object::Complex(text.complex(real.get(), imag.get()).into_bytes())
        }
        Object::Tuple(items) => {
            Object::Tuple(items.iter().map(|i| const_object(i, text)).collect())
        }
        other => other.clone(),
    }
}

/// One function's lowered form, before nesting.
struct Lowered {
    kind: Kind,
    fun_data: Vec<u8>,
    children: Vec<FunctionId>,
}

/// What every native function of `module` shares: the helper-table constant and the qstrs
/// the emitter looks up by name.
fn native_context(
    module: &Module,
    target: Target,
    options: native::NativeOptions,
) -> NativeContext {
    let fun_table_index = module
        .objects
        .iter()
        .position(|c| matches!(c, Object::FunTable))
        .map(|i| i as u32);
    let mut qstrs = ExtraQstrs::default();
    for (i, q) in module.qstrs.iter().enumerate() {
        match &q[..] {
            b"__exit__" => qstrs.exit = Some(i as u32),
            b"__enter__" => qstrs.enter = Some(i as u32),
            _ => {}
        }
    }
    NativeContext {
        target,
        options,
        fun_table_index,
        qstrs,
        arch_flags: 0,
        saved_regs: 0,
    }
}

/// The function whose `MakeFunction`/`MakeClosure` makes each function, if any.
fn parents(functions: &[Function]) -> Vec<Option<usize>> {
    let mut parent = vec![None; functions.len()];
    for (i, f) in functions.iter().enumerate() {
        for op in &f.ops {
            if let Op::MakeFunction { child, .. } | Op::MakeClosure { child, .. } = op {
                if let Some(p) = parent.get_mut(child.0 as usize) {
                    *p = Some(i);
                }
            }
        }
    }
    parent
}

/// The name mpy-cross's debug listing gives function `index`: its simple name after those
/// of the functions and classes that make it, up to the module (`C.f`, `f.<lambda>`).
fn qualified_name(
    module: &Module,
    functions: &[Function],
    parents: &[Option<usize>],
    index: usize,
) -> String {
    let name = |i: usize| {
        functions
            .get(i)
            .and_then(|f| module.qstrs.get(f.simple_name.0 as usize))
            .map_or(&[][..], Vec::as_slice)
    };
    let mut parts = vec![name(index)];
    let mut i = index;
    // Parents come before their children, so the walk ends.
    while let Some(p) = parents
        .get(i)
        .copied()
        .flatten()
        .filter(|&p| p < i && name(p) != b"<module>")
    {
        parts.push(name(p));
        i = p;
    }
    parts.reverse();
    String::from_utf8_lossy(&parts.join(&b'.')).into_owned()
}

/// Verify, lower and nest every function of `module`.
pub fn lower(
    module: &Module,
    opts: &LowerOptions,
    text: &dyn ConstText,
) -> Result<Module, LowerError> {
    lower_with_listing(module, opts, text, &mut String::new())
}

/// [`lower()`] (the IR verifier first), appending to `listing` what the debug ISA prints for each native
/// function in turn (mpy-cross's `-march=debug` stdout), also when a later function fails.
pub fn lower_with_listing(
    module: &Module,
    opts: &LowerOptions,
    text: &dyn ConstText,
    listing: &mut String,
) -> Result<Module, LowerError> {
    lower_with_report(module, opts, text, listing, &mut Vec::new())
}

/// What [`LowerOptions::native_backend`] did with one viper function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackendNote {
    /// Index of the function in the module's scope order.
    pub function: u32,
    /// Its qualified name (`C.f`).
    pub name: String,
    /// Which backend's code the module holds, and why when it is the emitter's.
    pub outcome: native::BackendOutcome,
}

/// [`lower_with_listing`], also appending to `report` what the chosen native backend did
/// with each viper function (nothing for the default backend).
pub fn lower_with_report(
    module: &Module,
    opts: &LowerOptions,
    text: &dyn ConstText,
    listing: &mut String,
    report: &mut Vec<BackendNote>,
) -> Result<Module, LowerError> {
    let functions = module.functions().ok_or(LowerError::AlreadyLowered)?;
    check::check_module(module).map_err(LowerError::Invalid)?;
    let n = functions.len();
    let mut native_ctx = native_context(module, opts.target, opts.native);
    native_ctx.arch_flags = opts.arch_flags.unwrap_or(0);
    let parents = parents(functions);
    let mut lowered = Vec::with_capacity(n);
    // A function only Cranelift could compile and cannot (rv64imc) fails the module, but
    // after the other functions: a viper type error in a later function is what mpy-cross
    // reports for x64 (where the first one compiled), so it wins.
    let mut no_fallback = None;
    for (i, f) in functions.iter().enumerate() {
        let kind = match f.kind {
            CodeKind::Bytecode => None,
            CodeKind::Native => Some("native"),
            CodeKind::Viper => Some("viper"),
            CodeKind::Asm => Some("inline assembler"),
        };
        if let Some(kind) = kind {
            if !native::supports(&opts.target, f.kind, opts.native_backend) {
                let target = opts
                    .target
                    .arch
                    .map_or("bytecode".to_string(), |a| a.march_name().to_string());
                return Err(LowerError::NotSupported { kind, target });
            }
            let native_error = |error| match error {
                NativeError::NotSupported(what) => LowerError::NotSupported {
                    kind: what,
                    target: opts
                        .target
                        .arch
                        .map_or(String::new(), |a| a.march_name().to_string()),
                },
                error => LowerError::Native {
                    function: i as u32,
                    error,
                },
            };
            if let Some(body) = f.asm.as_ref().filter(|_| f.kind == CodeKind::Asm) {
                let a = native::inline::lower(
                    body,
                    f.def_line,
                    &opts.target,
                    &opts.native,
                    opts.arch_flags.unwrap_or(0),
                )
                .map_err(native_error)?;
                if let Some(text) = &a.stdout {
                    listing.push_str(text);
                }
                // mpy-cross saves no scope flags for assembler code (0 in every release).
                lowered.push(Some(Lowered {
                    kind: Kind::Asm {
                        scope_flags: 0,
                        n_pos_args: u64::from(a.n_pos_args),
                        type_sig: u64::from(a.type_sig),
                    },
                    fun_data: a.code,
                    children: Vec::new(),
                }));
                continue;
            }
            let name = qualified_name(module, functions, &parents, i);
            let (l, outcome) =
                match native::lower_with_backend(f, &name, &native_ctx, opts.native_backend) {
                    Err(error @ NativeError::NoFallback(_)) => {
                        no_fallback.get_or_insert(LowerError::Native {
                            function: i as u32,
                            error,
                        });
                        lowered.push(None);
                        continue;
                    }
                    result => result.map_err(native_error)?,
                };
            if let Some(outcome) = outcome {
                report.push(BackendNote {
                    function: i as u32,
                    name,
                    outcome,
                });
            }
            // mpy-cross's one assembler per module carries its state to the next function.
            native_ctx.saved_regs = l.saved_regs;
            if let Some(text) = &l.listing {
                listing.push_str(text);
            }
            let kind = if l.viper {
                // mpy-cross 1.23+ writes 0 for the flags of every viper function; before,
                // its signature flags.
                let scope_flags = if opts.native.viper_flags_zero {
                    0
                } else {
                    u64::from(
                        f.scope_flags
                            .masked(mpy_ir::func::ScopeFlags::SIGNATURE)
                            .bits(),
                    )
                };
                Kind::Viper {
                    scope_flags,
                    rodata: None,
                    bss_size: None,
                }
            } else {
                // The true offset, even past 64 KiB of code: mpy-cross keeps it in a
                // `uint16_t` and writes it modulo 65536, a file that crashes on import
                // (a deliberate difference, see the README; `tests/native_large.rs`).
                Kind::Native {
                    prelude_offset: l.prelude_offset as u64,
                }
            };
            lowered.push(Some(Lowered {
                kind,
                fun_data: l.fun_data,
                children: l.children,
            }));
            continue;
        }
        let l = bytecode::lower(f, opts.bytecode).map_err(|error| LowerError::Bytecode {
            function: i as u32,
            error,
        })?;
        lowered.push(Some(Lowered {
            kind: Kind::Bytecode,
            fun_data: l.fun_data,
            children: l.children,
        }));
    }

    if let Some(error) = no_fallback {
        return Err(error);
    }
    // Children always come after their parent in scope order, so build from the back.
    let mut built: Vec<Option<RawCode>> = (0..n).map(|_| None).collect();
    for i in (0..n).rev() {
        let l = lowered[i].take().ok_or(LowerError::BadTree(i as u32))?;
        let mut children = Vec::with_capacity(l.children.len());
        for FunctionId(c) in l.children {
            let child = built
                .get_mut(c as usize)
                .and_then(Option::take)
                .filter(|_| c as usize > i)
                .ok_or(LowerError::BadTree(c))?;
            children.push(child);
        }
        let mut rc = RawCode::bytecode(l.fun_data, children);
        rc.kind = l.kind;
        built[i] = Some(rc);
    }
    // A scope no parent makes a function of is dropped, as mpy-cross never saves it.
    let root = built
        .first_mut()
        .and_then(Option::take)
        .ok_or(LowerError::BadTree(0))?;

    let has_native = module.has_native_code();
    let arch = match opts.target.arch {
        _ if !has_native => 0,
        // The debug pseudo-arch was numbered after the real ones, which grew in 1.27.
        Some(Arch::Debug) => opts.native.debug.header_arch,
        _ => opts.target.header_arch(),
    };
    let header = Header::new(
        arch,
        opts.target.version.sub_version(),
        opts.small_int_bits,
        // mpy-cross writes the flags only when some are set (`-march-flags=0` writes none).
        opts.arch_flags.filter(|&f| f != 0),
    )
    .map_err(LowerError::Header)?;
    Ok(Module {
        header,
        layout: mpy_ir::Layout::Released,
        qstrs: module.qstrs.clone(),
        objects: module
            .objects
            .iter()
            .map(|c| const_object(c, text))
            .collect(),
        code: Code::Lowered(root),
    })
}
