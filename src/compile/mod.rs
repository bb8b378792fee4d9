//! Scope analysis (`py/scope.c`) and the compiler (`py/compile.c`): parse tree to the
//! function IR of `mpy_targets::ir`, one function per scope, in mpy-cross's scope order.
//!
//! Contract (for the driver):
//!
//! ```ignore
//! pub fn compile_module(root: &Node, pool: &mut QstrPool, source_name: &[u8], opts: &CompileOptions)
//!     -> Result<mpy_targets::ir::Module, CompileError>;
//! ```
