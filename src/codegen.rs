//! What a code generator needs to write what a given release's `mpy-cross` writes: the
//! constant de-duplication for [`mpy_ir::func::ModuleBuilder::with_dedup`], the lowering
//! options of every backend switch, and the exact float text. The compiler uses the same
//! three, so a generator and `mpyc` agree byte for byte.
//!
//! ```
//! use mpy_ir::func::{ConstTok, GlobalKind, ModuleBuilder};
//! use mpy_ir::{CodeKind, FloatBits, Object};
//! use mpyc::codegen::{bytecode_target, const_dedup, lower_options, FloatText};
//! use mpyc::Release;
//!
//! // `x = 0.1`, as mpy-cross 1.22 writes it.
//! let release = Release::V1_22;
//! let mut m = ModuleBuilder::with_dedup(b"x.py", const_dedup(release));
//! let mut body = m.function(CodeKind::Bytecode, b"<module>", &[]);
//! body.load_const_obj(Object::UnprintedFloat(FloatBits::new(0.1)));
//! body.store_global(b"x", GlobalKind::Name);
//! body.load_const_tok(ConstTok::None);
//! body.return_value();
//! let body = body.finish_function()?;
//! m.add(body);
//! let opts = lower_options(release, bytecode_target(release));
//! let lowered = mpy_targets::lower::lower(&m.finish()?, &opts, &FloatText::for_release(release))?;
//! assert_eq!(lowered.objects, [Object::Float(b"0.1".to_vec())]);
//! assert_eq!(mpy_ir::write(&lowered)?, mpyc::compile(b"x = 0.1\n", "x.py", &mpyc::CompileOptions::new(release))?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use mpy_ir::func::ConstDedup;
use mpy_targets::lower::{ConstText, LowerOptions};
use mpy_targets::Target;

use crate::front::num::{complex_repr, float_repr, FloatStyle};
use crate::profile::Profile;
use crate::release::Release;

/// How `release` de-duplicates constants (1.26+ keeps `0.0` and `-0.0` apart).
pub fn const_dedup(release: Release) -> ConstDedup {
    Profile::for_release(release).const_dedup()
}

/// The bytecode-only target of `release` (its `.mpy` sub-version); native targets come
/// from [`Target::from_march`] with the same version.
pub fn bytecode_target(release: Release) -> Target {
    Target::bytecode(Profile::for_release(release).mpy_version)
}

/// The lowering options `release`'s mpy-cross uses for `target` with no other option
/// (31-bit small ints, source lines kept, no `-O`).
pub fn lower_options(release: Release, target: Target) -> LowerOptions {
    Profile::for_release(release).lower_options(target)
}

/// Float and complex constants as a release's mpy-cross prints them (`py/formatfloat.c`
/// as of that release, x87 and glibc `pow` steps included).
#[derive(Clone, Copy, Debug)]
pub struct FloatText(FloatStyle);

impl FloatText {
    /// The printer of `release`.
    pub fn for_release(release: Release) -> FloatText {
        FloatText(Profile::for_release(release).num.format)
    }

    /// The printer of a float style (what a [`Profile`] carries).
    pub fn with_style(style: FloatStyle) -> FloatText {
        FloatText(style)
    }
}

impl ConstText for FloatText {
    fn float(&self, value: f64) -> String {
        float_repr(value, self.0)
    }
    fn complex(&self, real: f64, imag: f64) -> String {
        complex_repr(real, imag, self.0)
    }
}
