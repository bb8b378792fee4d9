//! [`ModuleBuilder`]: the tables and functions of one module, so a code generator builds
//! functions one after another against the same tables and gets a checked [`Module`].

use super::{ConstDedup, Function, FunctionBuilder, FunctionId, IrError, Tables};
use crate::model::{CodeKind, Module};

/// Builds an unlowered [`Module`]: functions are numbered in the order they are added,
/// the first being the module body, and [`finish`](ModuleBuilder::finish) checks them all.
///
/// Tables are filled as functions are built, so building functions in mpy-cross's scope
/// order (the module body, then the functions it makes, breadth first) gives mpy-cross's
/// table order.
///
/// ```
/// use mpy_ir::func::{ConstTok, FunctionId, GlobalKind, ModuleBuilder};
/// use mpy_ir::CodeKind;
///
/// let mut m = ModuleBuilder::new(b"twice.py");
/// // The module body, function 0: `twice = <function 1>`.
/// let mut body = m.function(CodeKind::Bytecode, b"<module>", &[]);
/// body.make_function(FunctionId(1), 0, 0);
/// body.store_global(b"twice", GlobalKind::Name);
/// body.load_const_tok(ConstTok::None);
/// body.return_value();
/// let body = body.finish_function()?;
/// assert_eq!(m.add(body), FunctionId(0));
/// // Function 1: `def twice(x): return x + x`.
/// let mut twice = m.function(CodeKind::Bytecode, b"twice", &[b"x"]);
/// twice.load_local(0, mpy_ir::func::LocalKind::Fast);
/// twice.dup_top();
/// twice.binary_op(mpy_ir::func::BinaryOp::Add);
/// twice.return_value();
/// let twice = twice.finish_function()?;
/// assert_eq!(m.add(twice), FunctionId(1));
/// let module = m.finish()?;
/// assert_eq!(module.functions().map(<[_]>::len), Some(2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct ModuleBuilder {
    tables: Tables,
    functions: Vec<Function>,
}

impl ModuleBuilder {
    /// A module whose qstr 0 is `source_name`, de-duplicating constants as the newest
    /// release does (`0.0` and `-0.0` apart).
    pub fn new(source_name: &[u8]) -> ModuleBuilder {
        ModuleBuilder::with_dedup(
            source_name,
            ConstDedup {
                distinct_signed_zero: true,
            },
        )
    }

    /// A module that de-duplicates constants as `dedup` says (releases before 1.26
    /// merge `0.0` and `-0.0`).
    pub fn with_dedup(source_name: &[u8], dedup: ConstDedup) -> ModuleBuilder {
        ModuleBuilder {
            tables: Tables::new(source_name, dedup),
            functions: Vec::new(),
        }
    }

    /// Start a function of `kind` named `simple_name` with parameters `params`
    /// ([`FunctionBuilder::start`]); give what its
    /// [`finish_function`](FunctionBuilder::finish_function) returns to [`add`](Self::add).
    pub fn function(
        &mut self,
        kind: CodeKind,
        simple_name: &[u8],
        params: &[&[u8]],
    ) -> FunctionBuilder<'_> {
        FunctionBuilder::start(&mut self.tables, kind, simple_name, params)
    }

    /// The id the next [`add`](Self::add) gives: what a `make_function` of a function
    /// not yet built refers to.
    pub fn next_id(&self) -> FunctionId {
        FunctionId(self.functions.len() as u32)
    }

    /// Add a finished function; ids count from 0, the module body.
    pub fn add(&mut self, function: Function) -> FunctionId {
        let id = self.next_id();
        self.functions.push(function);
        id
    }

    /// The tables, for interning ahead of the functions that use them.
    pub fn tables(&mut self) -> &mut Tables {
        &mut self.tables
    }

    /// The checked module ([`Module::new`]).
    pub fn finish(self) -> Result<Module, IrError> {
        Module::new(self.tables, self.functions)
    }
}
