//! The qstrs the compiler recognises by identity (`MP_QSTR_*` in `py/compile.c`).
//!
//! All of them are in mpy-cross's built-in pool, so interning them here never adds a new
//! qstr; it only looks up the ids the parse tree uses.

use crate::front::qstr::{Qstr, QstrPool};

use super::scope::ViperTypes;

/// Well-known names, as ids of the compile's [`QstrPool`].
#[derive(Clone, Copy, Debug)]
pub struct Names {
    pub empty: Qstr,
    pub star: Qstr,
    pub module: Qstr,
    pub lambda: Qstr,
    pub listcomp: Qstr,
    pub dictcomp: Qstr,
    pub setcomp: Qstr,
    pub genexpr: Qstr,
    pub range: Qstr,
    pub super_: Qstr,
    pub dunder_class: Qstr,
    pub dunder_name: Qstr,
    pub dunder_module: Qstr,
    pub dunder_qualname: Qstr,
    pub micropython: Qstr,
    pub bytecode: Qstr,
    pub native: Qstr,
    pub viper: Qstr,
    pub asm_thumb: Qstr,
    pub asm_xtensa: Qstr,
    pub asm_rv32: Qstr,
    pub assertion_error: Qstr,
    pub stop_async_iteration: Qstr,
    pub aiter: Qstr,
    pub anext: Qstr,
    pub aenter: Qstr,
    pub aexit: Qstr,
    pub label: Qstr,
    pub align: Qstr,
    pub data: Qstr,
    pub viper_types: ViperTypes,
}

impl Names {
    pub fn new(pool: &mut QstrPool) -> Names {
        let mut q = |text: &'static str| pool.intern_known(text);
        Names {
            empty: q(""),
            star: q("*"),
            module: q("<module>"),
            lambda: q("<lambda>"),
            listcomp: q("<listcomp>"),
            dictcomp: q("<dictcomp>"),
            setcomp: q("<setcomp>"),
            genexpr: q("<genexpr>"),
            range: q("range"),
            super_: q("super"),
            dunder_class: q("__class__"),
            dunder_name: q("__name__"),
            dunder_module: q("__module__"),
            dunder_qualname: q("__qualname__"),
            micropython: q("micropython"),
            bytecode: q("bytecode"),
            native: q("native"),
            viper: q("viper"),
            asm_thumb: q("asm_thumb"),
            asm_xtensa: q("asm_xtensa"),
            asm_rv32: q("asm_rv32"),
            assertion_error: q("AssertionError"),
            stop_async_iteration: q("StopAsyncIteration"),
            aiter: q("__aiter__"),
            anext: q("__anext__"),
            aenter: q("__aenter__"),
            aexit: q("__aexit__"),
            label: q("label"),
            align: q("align"),
            data: q("data"),
            viper_types: ViperTypes {
                names: [
                    q("object"),
                    q("bool"),
                    q("int"),
                    q("uint"),
                    q("ptr"),
                    q("ptr8"),
                    q("ptr16"),
                    q("ptr32"),
                ],
            },
        }
    }
}
