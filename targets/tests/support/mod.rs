//! What the IR tests share.

use mpy_ir::func::{Function, Tables};
use mpy_ir::{Code, Header, Layout, Module};

/// A module built without the verifier (`Module::new` runs it), so that what `lower`
/// checks itself is what a test sees.
pub fn unchecked(tables: Tables, functions: Vec<Function>) -> Module {
    let (qstrs, objects) = tables.into_parts();
    Module {
        header: Header::bytecode(),
        layout: Layout::Released,
        qstrs,
        objects,
        code: Code::Unlowered(functions),
    }
}
