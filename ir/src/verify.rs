//! Structural checks beyond what a runtime's loader does: table indices in range, jumps
//! on instruction starts, MAKE_FUNCTION operands matching the children, stack depth and
//! handler nesting consistent with the prelude, relocations inside their sections, and
//! the bytecode hazards of particular runtimes (`mpy-format.md` 12.5).

use std::collections::HashMap;
use std::fmt;

use crate::bytecode::decode::{Arg, Insn, Op};
use crate::bytecode::opcodes::{MultiOp, Opcode, Operand};
use crate::inspect::{view, View};
use crate::model::{scope_flags, Kind, Layout, Module, RawCode};
use crate::read::Note;
use crate::runtime::{Runtime, RuntimeCheck};

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Valid, but not what a writer produces, or a hazard for some runtime.
    Warning,
    /// The file is malformed or would misbehave.
    Error,
}

/// One finding: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Whether the file is broken or just unusual.
    pub severity: Severity,
    /// `file offset 0x..` or `raw code 0.1 at 0012`.
    pub location: String,
    /// What is wrong, in `mpy-format.md` terms.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.location, self.message)
    }
}

/// What to check besides the structure.
#[derive(Clone, Copy, Debug, Default)]
pub struct VerifyOptions {
    /// Also check that this runtime can load the file and run its bytecode safely.
    pub runtime: Option<Runtime>,
}

/// Check `module`; `notes` are the loader's notes on non-canonical encodings.
///
/// A file the runtime's loader accepts can still crash it: the runtime trusts the
/// prelude's `n_state` and the table indices in the bytecode. This finds such problems
/// before the file reaches a board.
///
/// ```
/// use mpy_ir::read::{load_with, LoadOptions};
/// use mpy_ir::verify::{verify, Severity, VerifyOptions};
/// use mpy_ir::{write, Code, Header, Layout, Module, RawCode};
///
/// // A module body that pushes two values with n_state = 1 (prelude signature 0x00):
/// // LOAD_CONST_NONE, LOAD_CONST_NONE, POP_TOP, RETURN_VALUE.
/// let module = Module {
///     header: Header::bytecode(),
///     layout: Layout::Released,
///     qstrs: vec![b"bad.py".to_vec(), b"<module>".to_vec()],
///     objects: vec![],
///     code: Code::Lowered(RawCode::bytecode(vec![0x00, 0x02, 0x01, 0x51, 0x51, 0x59, 0x63], vec![])),
/// };
/// let (loaded, notes) = load_with(&write(&module)?, &LoadOptions::default())?;
/// let findings = verify(&loaded, &notes, &VerifyOptions::default());
/// assert!(findings.iter().any(|f| f.severity == Severity::Error
///     && f.message == "n_state 1 is less than 0 locals plus a stack depth of 2"));
///
/// // With n_state = 2 (signature 0x08) the same body is clean.
/// let mut fixed = module.clone();
/// if let Some(root) = fixed.root_mut() {
///     root.fun_data[0] = 0x08;
/// }
/// assert!(verify(&fixed, &[], &VerifyOptions::default()).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn verify(module: &Module, notes: &[Note], opts: &VerifyOptions) -> Vec<Finding> {
    let mut v = Verifier {
        module,
        findings: Vec::new(),
        opts: *opts,
    };
    for n in notes {
        v.push(
            Severity::Warning,
            format!("file offset {:#x}", n.offset),
            n.message.clone(),
        );
    }
    v.header();
    if let Some(runtime) = opts.runtime {
        for h in crate::compat::bytecode_hazards(module)
            .into_iter()
            .filter(|h| h.runtime == runtime)
        {
            v.push(
                Severity::Warning,
                format!("raw code {} at {:04x}", h.path, h.offset),
                format!(
                    "{}: MicroPython {} runtimes crash on this layout",
                    h.message,
                    runtime.name()
                ),
            );
        }
    }
    let Some(root) = module.root() else {
        v.push(
            Severity::Error,
            "module".into(),
            "the module is not lowered: it holds function IR, not code a runtime loads".into(),
        );
        return v.findings;
    };
    let mut stack = vec![(root, "0".to_string())];
    while let Some((rc, path)) = stack.pop() {
        v.raw_code(rc, &path);
        for (i, c) in rc.children.iter().enumerate().rev() {
            stack.push((c, format!("{path}.{i}")));
        }
    }
    v.findings
}

struct Verifier<'m> {
    module: &'m Module,
    findings: Vec<Finding>,
    opts: VerifyOptions,
}

/// How an instruction moves the stack and the handler nesting, and where control goes.
struct Flow {
    fall: Option<(i64, i64)>,
    target: Option<(i64, i64)>,
}

impl Verifier<'_> {
    fn push(&mut self, severity: Severity, location: String, message: String) {
        self.findings.push(Finding {
            severity,
            location,
            message,
        });
    }

    fn header(&mut self) {
        let h = &self.module.header;
        let loc = || "header".to_string();
        if h.feature & 0x80 != 0 {
            self.push(
                Severity::Error,
                loc(),
                "reserved feature bit 7 is set".into(),
            );
        }
        if h.arch() == 0 && h.sub_version_bits() != 0 {
            self.push(
                Severity::Warning,
                loc(),
                "sub-version bits set in a file without native code (v1.19 runtimes reject it)"
                    .into(),
            );
        }
        if h.arch() != 0 && !self.module.has_native_code() {
            self.push(
                Severity::Warning,
                loc(),
                "arch set but the file has no native code".into(),
            );
        }
        if h.arch() == 0 && self.module.has_native_code() {
            self.push(
                Severity::Error,
                loc(),
                "native code in a file whose header names no arch".into(),
            );
        }
        if h.arch_flags == Some(0) {
            self.push(
                Severity::Warning,
                loc(),
                "arch flags of 0 (mpy-cross leaves bit 6 clear instead)".into(),
            );
        }
        if h.small_int_bits > 63 {
            self.push(
                Severity::Error,
                loc(),
                format!(
                    "small-int bits {} exceed every runtime's 63",
                    h.small_int_bits
                ),
            );
        }
        if self.module.qstrs.is_empty() {
            self.push(
                Severity::Error,
                loc(),
                "empty qstr table: the runtime reads the source name from qstr 0".into(),
            );
        }
        if let Some(runtime) = self.opts.runtime {
            let arch = h.arch();
            let check = RuntimeCheck {
                runtime,
                arch: (arch != 0).then_some(arch),
                small_int_bits: 63,
                rv32_extensions: h.arch_flags.filter(|_| arch == 11),
            };
            if let Err(msg) = check.check_header(h.feature, h.small_int_bits) {
                self.push(
                    Severity::Error,
                    loc(),
                    format!(
                        "MicroPython {} rejects this file: ValueError: {msg}",
                        runtime.name()
                    ),
                );
            }
            if self.module.layout == Layout::Seed && runtime != Runtime::V1_19 {
                self.push(
                    Severity::Error,
                    loc(),
                    "seed-layout native code only runs on the seed snapshot".into(),
                );
            }
        }
    }

    fn raw_code(&mut self, rc: &RawCode, path: &str) {
        match &rc.kind {
            Kind::Bytecode => self.bytecode(rc, path),
            Kind::Native { .. } => self.native(rc, path),
            Kind::Viper {
                scope_flags: flags,
                rodata,
                ..
            } => {
                if (flags & scope_flags::VIPERRODATA != 0) != rodata.is_some() {
                    self.push(
                        Severity::Error,
                        format!("raw code {path}"),
                        "rodata flag and rodata presence disagree".into(),
                    );
                }
                self.relocations(rc, path);
            }
            Kind::Asm {
                n_pos_args,
                type_sig,
                ..
            } => {
                if *n_pos_args > 4 {
                    self.push(
                        Severity::Error,
                        format!("raw code {path}"),
                        format!("asm function takes {n_pos_args} arguments, at most 4"),
                    );
                }
                if *type_sig > 3 {
                    self.push(
                        Severity::Error,
                        format!("raw code {path}"),
                        format!("asm return type {type_sig} is not 0..=3"),
                    );
                }
                self.relocations(rc, path);
            }
        }
    }

    fn check_qstr(&mut self, loc: &str, what: &str, idx: u64) {
        if idx >= self.module.qstrs.len() as u64 {
            self.push(
                Severity::Error,
                loc.to_string(),
                format!(
                    "{what} qstr index {idx} out of range (table has {})",
                    self.module.qstrs.len()
                ),
            );
        }
    }

    fn native(&mut self, rc: &RawCode, path: &str) {
        let loc = format!("raw code {path}");
        let View::Native(n) = view(rc) else { return };
        match n.prelude {
            Ok(p) => {
                self.check_qstr(&loc, "prelude name", p.simple_name);
                for a in &p.arg_names {
                    self.check_qstr(&loc, "argument name", *a);
                }
            }
            Err(e) => self.push(Severity::Error, loc, e.message.to_string()),
        }
    }

    fn relocations(&mut self, rc: &RawCode, path: &str) {
        let Some(relocs) = &rc.relocations else {
            return;
        };
        let word = if matches!(self.module.header.arch(), 2 | 12) {
            8
        } else {
            4
        };
        let rodata_len = match &rc.kind {
            Kind::Viper {
                rodata: Some(r), ..
            } => r.len(),
            _ => 0,
        };
        let mut slot: Option<(bool, u64)> = None;
        for (i, r) in relocs.iter().enumerate() {
            let loc = format!("raw code {path} relocation {i}");
            if let Some(a) = r.addr {
                slot = Some((a & 1 == 1, a >> 1));
            }
            let Some((in_rodata, word_index)) = slot else {
                self.push(
                    Severity::Error,
                    loc,
                    "first relocation does not set an address".into(),
                );
                return;
            };
            let count = r.count.unwrap_or(1);
            let section = if in_rodata {
                rodata_len
            } else {
                rc.fun_data.len()
            };
            let end = word_index.saturating_add(count).saturating_mul(word);
            if end > section as u64 {
                self.push(
                    Severity::Error,
                    loc,
                    format!(
                        "patches words past the end of {}",
                        if in_rodata { "rodata" } else { "text" }
                    ),
                );
            }
            slot = Some((in_rodata, word_index.saturating_add(count)));
        }
    }

    fn bytecode(&mut self, rc: &RawCode, path: &str) {
        let loc = format!("raw code {path}");
        let View::Bytecode(b) = view(rc) else { return };
        let p = match b.prelude {
            Ok(p) => p,
            Err(e) => {
                self.push(
                    Severity::Error,
                    format!("{loc} at {:04x}", e.offset),
                    e.message.to_string(),
                );
                return;
            }
        };
        self.check_qstr(&loc, "function name", p.simple_name);
        for a in &p.arg_names {
            self.check_qstr(&loc, "argument name", *a);
        }
        let code_len = (rc.fun_data.len() - p.code_start) as u64;
        if let Some(&(off, _)) = b.lines.last() {
            if off > code_len {
                self.push(
                    Severity::Error,
                    loc.clone(),
                    format!("line table reaches offset {off}, past the {code_len} bytes of code"),
                );
            }
        }
        if let Some(e) = &b.decode_error {
            self.push(
                Severity::Error,
                format!("{loc} at {:04x}", e.offset),
                e.message.clone(),
            );
            return;
        }
        let at = |insn: &Insn| format!("{loc} at {:04x}", insn.offset);

        // Operands.
        let n_obj = self.module.objects.len() as u64;
        let n_children = rc.children.len() as u64;
        let mut child_uses = vec![0u32; rc.children.len()];
        let mut max_local: Option<u64> = None;
        for insn in &b.insns {
            match (insn.op, insn.arg) {
                (Op::Single(op), Arg::Uint(v)) => match op.operand() {
                    Operand::Qstr => self.check_qstr(&at(insn), op.name(), v),
                    Operand::Const if v >= n_obj => self.push(
                        Severity::Error,
                        at(insn),
                        format!("object index {v} out of range (table has {n_obj})"),
                    ),
                    Operand::Child => match child_uses.get_mut(v as usize) {
                        Some(u) if v < n_children => *u += 1,
                        _ => self.push(
                            Severity::Error,
                            at(insn),
                            format!("child index {v} but the function has {n_children} children"),
                        ),
                    },
                    Operand::Local => max_local = Some(max_local.map_or(v, |m| m.max(v))),
                    _ => {}
                },
                (Op::Single(_), Arg::ChildCells { child, .. }) => match child_uses
                    .get_mut(child as usize)
                {
                    Some(u) => *u += 1,
                    None => self.push(
                        Severity::Error,
                        at(insn),
                        format!("child index {child} but the function has {n_children} children"),
                    ),
                },
                (Op::Multi(MultiOp::LoadFast(n) | MultiOp::StoreFast(n)), _) => {
                    let n = u64::from(n);
                    max_local = Some(max_local.map_or(n, |m| m.max(n)));
                }
                _ => {}
            }
        }
        for (i, uses) in child_uses.iter().enumerate() {
            if *uses == 0 {
                self.push(
                    Severity::Warning,
                    loc.clone(),
                    format!("child {i} is never made into a function"),
                );
            }
        }
        for &c in &p.cells {
            max_local = Some(max_local.map_or(u64::from(c), |m| m.max(u64::from(c))));
        }

        // Jumps land on instruction starts.
        let index: HashMap<usize, usize> = b
            .insns
            .iter()
            .enumerate()
            .map(|(i, insn)| (insn.offset, i))
            .collect();
        for insn in &b.insns {
            if let Arg::Jump { target, .. } = insn.arg {
                if usize::try_from(target)
                    .ok()
                    .and_then(|t| index.get(&t))
                    .is_none()
                {
                    self.push(
                        Severity::Error,
                        at(insn),
                        format!("jump target {target:04x} is not the start of an instruction"),
                    );
                }
            }
        }

        // Stack depth and handler nesting along every path.
        let s = &p.signature;
        let params = s.n_pos_args
            + s.n_kwonly_args
            + u64::from(s.scope_flags & 0x04 != 0)
            + u64::from(s.scope_flags & 0x02 != 0);
        let locals = max_local.map_or(0, |m| m + 1).max(params);
        self.stack_walk(&loc, &b.insns, &index, locals, s.n_state, s.n_exc_stack);
    }

    fn stack_walk(
        &mut self,
        loc: &str,
        insns: &[Insn],
        index: &HashMap<usize, usize>,
        locals: u64,
        n_state: u64,
        n_exc: u64,
    ) {
        let mut state: Vec<Option<(i64, i64)>> = vec![None; insns.len()];
        let mut work = Vec::new();
        if !insns.is_empty() {
            state[0] = Some((0, 0));
            work.push(0usize);
        }
        let (mut max_stack, mut max_exc) = (0i64, 0i64);
        let mut reported = false;
        while let Some(i) = work.pop() {
            let Some((depth, exc)) = state[i] else {
                continue;
            };
            let insn = &insns[i];
            let flow = flow(insn);
            let mut edges = Vec::new();
            if let Some((d, e)) = flow.fall {
                if i + 1 < insns.len() {
                    edges.push((i + 1, depth.saturating_add(d), exc.saturating_add(e)));
                } else if !reported {
                    self.push(
                        Severity::Error,
                        format!("{loc} at {:04x}", insn.offset),
                        "execution can run past the end of the code".into(),
                    );
                    reported = true;
                }
            }
            if let (Some((d, e)), Arg::Jump { target, .. }) = (flow.target, insn.arg) {
                if let Some(&t) = usize::try_from(target).ok().and_then(|t| index.get(&t)) {
                    edges.push((t, depth.saturating_add(d), exc.saturating_add(e)));
                }
            }
            for (j, d, e) in edges {
                if d < 0 {
                    if !reported {
                        self.push(
                            Severity::Error,
                            format!("{loc} at {:04x}", insn.offset),
                            "stack underflow".into(),
                        );
                        reported = true;
                    }
                    continue;
                }
                max_stack = max_stack.max(d);
                max_exc = max_exc.max(e);
                match state[j] {
                    None => {
                        state[j] = Some((d, e));
                        work.push(j);
                    }
                    Some((d0, _)) if d0 != d && !reported => {
                        self.push(
                            Severity::Error,
                            format!("{loc} at {:04x}", insns[j].offset),
                            format!("stack depth {d0} on one path and {d} on another"),
                        );
                        reported = true;
                    }
                    Some(_) => {}
                }
            }
        }
        if locals.saturating_add(max_stack as u64) > n_state {
            self.push(
                Severity::Error,
                loc.to_string(),
                format!("n_state {n_state} is less than {locals} locals plus a stack depth of {max_stack}"),
            );
        }
        if max_exc as u64 > n_exc {
            self.push(
                Severity::Error,
                loc.to_string(),
                format!("n_exc_stack {n_exc} but handlers nest {max_exc} deep"),
            );
        }
    }
}

/// VM-level effect of one instruction (`py/vm.c`).
fn flow(insn: &Insn) -> Flow {
    let fall = |d: i64| Flow {
        fall: Some((d, 0)),
        target: None,
    };
    let Op::Single(op) = insn.op else {
        return match insn.op {
            Op::Multi(MultiOp::LoadConstSmallInt(_) | MultiOp::LoadFast(_)) => fall(1),
            Op::Multi(MultiOp::StoreFast(_) | MultiOp::BinaryOp(_)) => fall(-1),
            _ => fall(0),
        };
    };
    // Operands come from the file: clamp them so the arithmetic below cannot overflow.
    let v = match insn.arg {
        Arg::Uint(v) => i64::try_from(v.min(1 << 40)).unwrap_or(0),
        _ => 0,
    };
    let calls = |v: i64| (v & 0xff) + 2 * (v >> 8);
    use Opcode::*;
    match op {
        LOAD_CONST_STRING | LOAD_NAME | LOAD_GLOBAL | LOAD_METHOD | IMPORT_FROM
        | LOAD_CONST_SMALL_INT | LOAD_CONST_OBJ | LOAD_FAST_N | LOAD_DEREF | BUILD_MAP
        | MAKE_FUNCTION | LOAD_CONST_FALSE | LOAD_CONST_NONE | LOAD_CONST_TRUE | LOAD_NULL
        | LOAD_BUILD_CLASS | DUP_TOP => fall(1),
        LOAD_ATTR | DELETE_NAME | DELETE_GLOBAL | DELETE_FAST | DELETE_DEREF | ROT_TWO
        | ROT_THREE | GET_ITER | YIELD_VALUE => fall(0),
        LOAD_SUPER_METHOD
        | STORE_NAME
        | STORE_GLOBAL
        | IMPORT_NAME
        | IMPORT_STAR
        | STORE_FAST_N
        | STORE_DEREF
        | MAKE_FUNCTION_DEFARGS
        | LOAD_SUBSCR
        | POP_TOP
        | YIELD_FROM => fall(-1),
        STORE_ATTR | STORE_MAP | WITH_CLEANUP => fall(-2),
        STORE_SUBSCR => fall(-3),
        DUP_TOP_TWO => fall(2),
        GET_ITER_STACK => fall(3),
        MAKE_CLOSURE | MAKE_CLOSURE_DEFARGS => {
            let cells = match insn.arg {
                Arg::ChildCells { cells, .. } => i64::from(cells),
                _ => 0,
            };
            fall(if op == MAKE_CLOSURE {
                1 - cells
            } else {
                -1 - cells
            })
        }
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_SLICE => fall(1 - v),
        STORE_COMP => fall(if v & 3 == 1 { -2 } else { -1 }),
        UNPACK_SEQUENCE => fall(v - 1),
        UNPACK_EX => fall((v & 0xff) + (v >> 8)),
        CALL_FUNCTION => fall(-calls(v)),
        CALL_FUNCTION_VAR_KW | CALL_METHOD => fall(-calls(v) - 1),
        CALL_METHOD_VAR_KW => fall(-calls(v) - 2),
        END_FINALLY => Flow {
            fall: Some((-1, -1)),
            target: None,
        },
        JUMP => Flow {
            fall: None,
            target: Some((0, 0)),
        },
        POP_JUMP_IF_TRUE | POP_JUMP_IF_FALSE => Flow {
            fall: Some((-1, 0)),
            target: Some((-1, 0)),
        },
        JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP => Flow {
            fall: Some((-1, 0)),
            target: Some((0, 0)),
        },
        SETUP_WITH => Flow {
            fall: Some((2, 1)),
            target: Some((2, 1)),
        },
        SETUP_EXCEPT | SETUP_FINALLY => Flow {
            fall: Some((0, 1)),
            target: Some((1, 1)),
        },
        POP_EXCEPT_JUMP => Flow {
            fall: None,
            target: Some((0, -1)),
        },
        FOR_ITER => Flow {
            fall: Some((1, 0)),
            target: Some((-4, 0)),
        },
        // Unwinding runs finally handlers as coroutines; the target's depth comes from its
        // other predecessors.
        UNWIND_JUMP | RETURN_VALUE | RAISE_LAST | RAISE_OBJ | RAISE_FROM => Flow {
            fall: None,
            target: None,
        },
    }
}
