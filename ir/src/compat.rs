//! Which MicroPython runtimes can load a file and run it safely: the header checks of each
//! loader family, plus the bytecode layouts some runtimes mis-execute (`mpy-format.md` 12.5).

use std::collections::HashMap;

use crate::bytecode::decode::{Arg, Op};
use crate::bytecode::opcodes::Opcode;
use crate::inspect::{view, View};
use crate::model::{Module, RawCode};
use crate::runtime::{loadable_by, Runtime};

/// A bytecode layout a runtime family mis-executes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hazard {
    /// The runtime family that mis-executes the layout.
    pub runtime: Runtime,
    /// Raw-code path (`0.4` = child 4 of the module).
    pub path: String,
    /// Offset in that raw code's `fun_data`.
    pub offset: usize,
    /// What the runtime does wrong here, for a diagnostic.
    pub message: String,
}

/// Bytecode hazards in every raw code of `module`.
///
/// v1.19 runtimes (and the seed) look for a finally/with handler that starts *exactly* at
/// the instruction after a RETURN_VALUE, UNWIND_JUMP or JUMP the wrong way, and crash;
/// mpy-cross 1.20+ produces that layout because it drops dead code (commit a506335524).
pub fn bytecode_hazards(module: &Module) -> Vec<Hazard> {
    let mut out = Vec::new();
    let Some(root) = module.root() else {
        return out;
    };
    let mut stack: Vec<(&RawCode, String)> = vec![(root, "0".into())];
    while let Some((rc, path)) = stack.pop() {
        if let View::Bytecode(b) = view(rc) {
            let index: HashMap<usize, usize> = b
                .insns
                .iter()
                .enumerate()
                .map(|(i, insn)| (insn.offset, i))
                .collect();
            for insn in &b.insns {
                let (
                    Op::Single(setup @ (Opcode::SETUP_FINALLY | Opcode::SETUP_WITH)),
                    Arg::Jump { target, .. },
                ) = (insn.op, insn.arg)
                else {
                    continue;
                };
                let Some(&t) = usize::try_from(target).ok().and_then(|t| index.get(&t)) else {
                    continue;
                };
                let Some(prev) = t.checked_sub(1).map(|p| &b.insns[p]) else {
                    continue;
                };
                if matches!(
                    prev.op,
                    Op::Single(Opcode::RETURN_VALUE | Opcode::UNWIND_JUMP | Opcode::JUMP)
                ) {
                    let handler = if setup == Opcode::SETUP_WITH {
                        "with"
                    } else {
                        "finally"
                    };
                    out.push(Hazard {
                        runtime: Runtime::V1_19,
                        path: path.clone(),
                        offset: prev.offset,
                        message: format!(
                            "{} right before the {handler} handler at {target:04x}",
                            prev.name()
                        ),
                    });
                }
            }
        }
        for (i, c) in rc.children.iter().enumerate().rev() {
            stack.push((c, format!("{path}.{i}")));
        }
    }
    out
}

/// One line: the runtime families that load the file (for its own arch), and those that
/// load it but would mis-execute it.
pub fn summary(module: &Module) -> String {
    let loads = loadable_by(&module.header);
    let hazards = bytecode_hazards(module);
    let mut safe = Vec::new();
    let mut risky = Vec::new();
    for r in &loads {
        match hazards.iter().find(|h| h.runtime == *r) {
            Some(h) => risky.push(format!(
                "{} loads it but crashes ({} in raw code {})",
                r.name(),
                h.message,
                h.path
            )),
            None => safe.push(r.name()),
        }
    }
    let mut text = if safe.is_empty() {
        "no runtime".to_string()
    } else {
        safe.join(", ")
    };
    if !risky.is_empty() {
        text.push_str("; ");
        text.push_str(&risky.join("; "));
    }
    text
}
