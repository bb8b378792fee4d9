//! The bytecode backend: IR functions to bytecode `fun_data`, as `py/emitbc.c` emits it.
//!
//! - Dead code (after an unconditional jump, return, raise or unwind, up to the next label)
//!   is dropped when [`BytecodeOptions::suppress_dead_code`] is set (mpy-cross 1.20+), but it
//!   still counts for the stack depth and still allocates child indices, as in emitbc.
//! - Jumps get their smallest encoding via the `mpy-ir` assembler.
//! - The line-number table records a step only when the line grows.

use mpy_ir::func::stack;

use mpy_ir::bytecode::asm::{AsmError, Assembler, Label as AsmLabel};
use mpy_ir::bytecode::lines;
use mpy_ir::bytecode::opcodes::{multi, MultiOp, Opcode};
use mpy_ir::bytecode::prelude::{encode_names, Signature, Size};

use mpy_ir::func::{
    AccessKind, BinaryOp, BlockKind, BuildKind, CompKind, ConstTok, Function, FunctionId,
    GlobalKind, LocalKind, Op, YieldKind,
};

/// Per-release choices of the bytecode emitter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BytecodeOptions {
    /// Drop unreachable code (mpy-cross 1.20+).
    pub suppress_dead_code: bool,
    /// Write the line-number table (off with `-O3` or `-X no-source-lines`).
    pub line_numbers: bool,
}

impl Default for BytecodeOptions {
    fn default() -> BytecodeOptions {
        BytecodeOptions {
            suppress_dead_code: true,
            line_numbers: true,
        }
    }
}

/// A lowered function: its `fun_data` and its children in index order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lowered {
    /// The prelude, then the bytecode (`mp_raw_code_t`'s `fun_data`, as a `.mpy` stores it).
    pub fun_data: Vec<u8>,
    /// The functions this one makes (`MAKE_FUNCTION`'s operand indexes this list), in the
    /// order of the child table.
    pub children: Vec<FunctionId>,
}

/// Why a function could not be lowered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BytecodeError {
    /// The stack count went negative at this op: the IR is unbalanced.
    StackUnderflow(usize),
    /// A jump offset does not fit (mpy-cross raises `RuntimeError: bytecode overflow`).
    Overflow,
    /// A label used but never bound, or bound twice.
    Label(String),
    /// A value the bytecode cannot encode.
    Unencodable(&'static str),
}

impl std::fmt::Display for BytecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BytecodeError::StackUnderflow(op) => write!(f, "unbalanced stack at op {op}"),
            BytecodeError::Overflow => f.write_str("bytecode overflow"),
            BytecodeError::Label(what) => write!(f, "bad label: {what}"),
            BytecodeError::Unencodable(what) => write!(f, "cannot encode: {what}"),
        }
    }
}

impl std::error::Error for BytecodeError {}

impl From<AsmError> for BytecodeError {
    fn from(e: AsmError) -> BytecodeError {
        match e {
            AsmError::Overflow => BytecodeError::Overflow,
            other => BytecodeError::Label(format!("{other:?}")),
        }
    }
}

/// Lower one bytecode function.
pub fn lower(f: &Function, opts: BytecodeOptions) -> Result<Lowered, BytecodeError> {
    let max_stack =
        stack::max_depth(&f.ops).map_err(|e| BytecodeError::StackUnderflow(e.op_index))?;
    let mut emitter = Emitter {
        asm: Assembler::new(),
        suppress: false,
        opts,
        children: Vec::new(),
    };
    for op in &f.ops {
        emitter.op(op)?;
    }
    let assembled = emitter.asm.finish()?;

    let mut line_table = Vec::new();
    if opts.line_numbers {
        let (mut last_offset, mut last_line) = (0usize, 1u32);
        for &(offset, line) in &assembled.lines {
            if line > last_line {
                lines::encode_step(
                    &mut line_table,
                    (offset - last_offset) as u64,
                    u64::from(line - last_line),
                );
                last_offset = offset;
                last_line = line;
            }
        }
    }

    let mut names = Vec::new();
    encode_names(
        &mut names,
        u64::from(f.simple_name.0),
        &f.arg_names
            .iter()
            .map(|a| u64::from(a.0))
            .collect::<Vec<_>>(),
    );
    let n_state = (u64::from(f.num_locals) + u64::from(max_stack)).max(1);
    let signature = Signature {
        n_state,
        n_exc_stack: u64::from(f.exc_stack_size),
        scope_flags: u64::from(f.scope_flags.bits()),
        n_pos_args: u64::from(f.n_pos_args),
        n_kwonly_args: u64::from(f.n_kwonly_args),
        n_def_pos_args: u64::from(f.n_def_pos_args),
    };
    let size = Size {
        n_info: (names.len() + line_table.len()) as u64,
        n_cell: f.cells.len() as u64,
    };

    let mut fun_data = Vec::with_capacity(
        8 + names.len() + line_table.len() + f.cells.len() + assembled.code.len(),
    );
    signature.encode(&mut fun_data);
    size.encode(&mut fun_data);
    fun_data.extend_from_slice(&names);
    fun_data.extend_from_slice(&line_table);
    for &c in &f.cells {
        fun_data
            .push(u8::try_from(c).map_err(|_| BytecodeError::Unencodable("cell slot above 255"))?);
    }
    fun_data.extend_from_slice(&assembled.code);
    Ok(Lowered {
        fun_data,
        children: emitter.children,
    })
}

/// Walks the ops, writing bytes unless in a dead-code region.
struct Emitter {
    asm: Assembler,
    suppress: bool,
    opts: BytecodeOptions,
    children: Vec<FunctionId>,
}

fn label(l: mpy_ir::func::Label) -> AsmLabel {
    AsmLabel(l.0)
}

impl Emitter {
    fn live(&self) -> bool {
        !self.suppress
    }

    /// Everything after this is unreachable until the next label.
    fn end_of_flow(&mut self) {
        if self.opts.suppress_dead_code {
            self.suppress = true;
        }
    }

    fn byte(&mut self, b: u8) {
        if self.live() {
            self.asm.byte(b);
        }
    }

    fn uint(&mut self, op: Opcode, v: u64) {
        if self.live() {
            self.asm.op_uint(op, v);
        }
    }

    fn jump(&mut self, op: Opcode, l: mpy_ir::func::Label) -> Result<(), BytecodeError> {
        if self.live() {
            self.asm.jump(op, label(l))?;
        }
        Ok(())
    }

    fn bind(&mut self, l: mpy_ir::func::Label) {
        self.suppress = false;
        self.asm.bind(label(l));
    }

    fn op(&mut self, op: &Op) -> Result<(), BytecodeError> {
        match op {
            Op::SetSourceLine(line) => self.asm.mark_line(*line),
            Op::StatementDone(_)
            | Op::NativeLabels(_)
            | Op::StatementListStart
            | Op::StatementListEnd => {}
            Op::AdjustStackSize(_)
            | Op::ForIterEnd
            | Op::StartExceptHandler
            | Op::EndExceptHandler => {}
            Op::LoadLocal { local, kind } => match kind {
                LocalKind::Fast if *local < u32::from(multi::FAST_COUNT) => {
                    self.byte(MultiOp::LoadFast(*local as u8).byte())
                }
                LocalKind::Fast => self.uint(Opcode::LOAD_FAST_N, u64::from(*local)),
                LocalKind::Deref => self.uint(Opcode::LOAD_DEREF, u64::from(*local)),
            },
            Op::StoreLocal { local, kind } => match kind {
                LocalKind::Fast if *local < u32::from(multi::FAST_COUNT) => {
                    self.byte(MultiOp::StoreFast(*local as u8).byte())
                }
                LocalKind::Fast => self.uint(Opcode::STORE_FAST_N, u64::from(*local)),
                LocalKind::Deref => self.uint(Opcode::STORE_DEREF, u64::from(*local)),
            },
            Op::DeleteLocal { local, kind } => match kind {
                LocalKind::Fast => self.uint(Opcode::DELETE_FAST, u64::from(*local)),
                LocalKind::Deref => self.uint(Opcode::DELETE_DEREF, u64::from(*local)),
            },
            Op::LoadGlobal { name, kind } => {
                let op = if *kind == GlobalKind::Name {
                    Opcode::LOAD_NAME
                } else {
                    Opcode::LOAD_GLOBAL
                };
                self.uint(op, u64::from(name.0));
            }
            Op::LoadViperCast(_) => return Err(BytecodeError::Unencodable("a viper cast")),
            Op::StoreGlobal { name, kind } => {
                let op = if *kind == GlobalKind::Name {
                    Opcode::STORE_NAME
                } else {
                    Opcode::STORE_GLOBAL
                };
                self.uint(op, u64::from(name.0));
            }
            Op::DeleteGlobal { name, kind } => {
                let op = if *kind == GlobalKind::Name {
                    Opcode::DELETE_NAME
                } else {
                    Opcode::DELETE_GLOBAL
                };
                self.uint(op, u64::from(name.0));
            }
            Op::Label(l) => self.bind(*l),
            Op::ImportName(name) => self.uint(Opcode::IMPORT_NAME, u64::from(name.0)),
            Op::ImportFrom(name) => self.uint(Opcode::IMPORT_FROM, u64::from(name.0)),
            Op::ImportStar => self.byte(Opcode::IMPORT_STAR as u8),
            Op::LoadConstTok(tok) => self.byte(match tok {
                ConstTok::False => Opcode::LOAD_CONST_FALSE,
                ConstTok::None => Opcode::LOAD_CONST_NONE,
                ConstTok::True => Opcode::LOAD_CONST_TRUE,
            } as u8),
            Op::LoadConstSmallInt(v) => {
                let lo = -multi::SMALL_INT_EXCESS;
                let hi = i64::from(multi::SMALL_INT_COUNT) - multi::SMALL_INT_EXCESS;
                if (lo..hi).contains(v) {
                    self.byte(MultiOp::LoadConstSmallInt(*v).byte());
                } else if self.live() {
                    self.asm.op_small_int(*v);
                }
            }
            Op::LoadConstStr(q) => self.uint(Opcode::LOAD_CONST_STRING, u64::from(q.0)),
            Op::LoadConstObj(c) => self.uint(Opcode::LOAD_CONST_OBJ, u64::from(c.0)),
            Op::LoadNull => self.byte(Opcode::LOAD_NULL as u8),
            Op::LoadMethod { name, is_super } => {
                let op = if *is_super {
                    Opcode::LOAD_SUPER_METHOD
                } else {
                    Opcode::LOAD_METHOD
                };
                self.uint(op, u64::from(name.0));
            }
            Op::LoadBuildClass => self.byte(Opcode::LOAD_BUILD_CLASS as u8),
            Op::Subscr(kind) => match kind {
                AccessKind::Load => self.byte(Opcode::LOAD_SUBSCR as u8),
                AccessKind::Store => self.byte(Opcode::STORE_SUBSCR as u8),
                AccessKind::Delete => {
                    self.byte(Opcode::LOAD_NULL as u8);
                    self.byte(Opcode::ROT_THREE as u8);
                    self.byte(Opcode::STORE_SUBSCR as u8);
                }
            },
            Op::Attr { name, kind } => match kind {
                AccessKind::Load => self.uint(Opcode::LOAD_ATTR, u64::from(name.0)),
                AccessKind::Store => self.uint(Opcode::STORE_ATTR, u64::from(name.0)),
                AccessKind::Delete => {
                    self.byte(Opcode::LOAD_NULL as u8);
                    self.byte(Opcode::ROT_TWO as u8);
                    self.uint(Opcode::STORE_ATTR, u64::from(name.0));
                }
            },
            Op::DupTop => self.byte(Opcode::DUP_TOP as u8),
            Op::DupTopTwo => self.byte(Opcode::DUP_TOP_TWO as u8),
            Op::PopTop => self.byte(Opcode::POP_TOP as u8),
            Op::RotTwo => self.byte(Opcode::ROT_TWO as u8),
            Op::RotThree => self.byte(Opcode::ROT_THREE as u8),
            Op::Jump(l) => {
                self.jump(Opcode::JUMP, *l)?;
                self.end_of_flow();
            }
            Op::PopJumpIf { cond, label } => {
                let op = if *cond {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                };
                self.jump(op, *label)?;
            }
            Op::JumpIfOrPop { cond, label } => {
                let op = if *cond {
                    Opcode::JUMP_IF_TRUE_OR_POP
                } else {
                    Opcode::JUMP_IF_FALSE_OR_POP
                };
                self.jump(op, *label)?;
            }
            Op::UnwindJump {
                label: l,
                except_depth,
                from_for,
            } => {
                if *except_depth == 0 {
                    if *from_for {
                        for _ in 0..stack::ITER_BUF_NSLOTS {
                            self.byte(Opcode::POP_TOP as u8);
                        }
                    }
                    self.jump(Opcode::JUMP, *l)?;
                } else if self.live() {
                    let depth = u8::try_from(*except_depth)
                        .map_err(|_| BytecodeError::Unencodable("unwind depth above 127"))?;
                    self.asm
                        .unwind_jump(label(*l), if *from_for { 0x80 } else { 0 } | depth);
                }
                self.end_of_flow();
            }
            Op::SetupBlock { label, kind } => {
                let op = match kind {
                    BlockKind::With => Opcode::SETUP_WITH,
                    BlockKind::Except => Opcode::SETUP_EXCEPT,
                    BlockKind::Finally => Opcode::SETUP_FINALLY,
                };
                self.jump(op, *label)?;
            }
            Op::WithCleanup(l) => {
                self.byte(Opcode::LOAD_CONST_NONE as u8);
                self.bind(*l);
                self.byte(Opcode::WITH_CLEANUP as u8);
            }
            Op::AsyncWithSetupFinally {
                aexit_no_exc,
                finally_block,
                ret_unwind_jump,
                base_exception,
            } => {
                self.byte(Opcode::LOAD_CONST_NONE as u8);
                self.byte(Opcode::ROT_TWO as u8);
                self.jump(Opcode::JUMP, *aexit_no_exc)?;
                self.end_of_flow();
                self.bind(*finally_block);
                self.byte(Opcode::DUP_TOP as u8);
                let base_exception = base_exception.ok_or(BytecodeError::Unencodable(
                    "an async with built for native code (no BaseException qstr)",
                ))?;
                self.uint(Opcode::LOAD_GLOBAL, u64::from(base_exception.0));
                self.byte(MultiOp::BinaryOp(BinaryOp::ExceptionMatch as u8).byte());
                self.jump(Opcode::POP_JUMP_IF_FALSE, *ret_unwind_jump)?;
            }
            Op::EndFinally => self.byte(Opcode::END_FINALLY as u8),
            Op::GetIter { use_stack } => self.byte(if *use_stack {
                Opcode::GET_ITER_STACK
            } else {
                Opcode::GET_ITER
            } as u8),
            Op::ForIter(l) => self.jump(Opcode::FOR_ITER, *l)?,
            Op::PopExceptJump { label, .. } => {
                self.jump(Opcode::POP_EXCEPT_JUMP, *label)?;
                self.end_of_flow();
            }
            Op::UnaryOp(u) => self.byte(MultiOp::UnaryOp(*u as u8).byte()),
            Op::BinaryOp(b) => match b {
                BinaryOp::NotIn | BinaryOp::IsNot => {
                    let base = if *b == BinaryOp::NotIn {
                        BinaryOp::In
                    } else {
                        BinaryOp::Is
                    };
                    self.byte(MultiOp::BinaryOp(base as u8).byte());
                    self.byte(MultiOp::UnaryOp(mpy_ir::func::UnaryOp::Not as u8).byte());
                }
                other => self.byte(MultiOp::BinaryOp(*other as u8).byte()),
            },
            Op::Build { n, kind } => {
                let op = match kind {
                    BuildKind::Tuple => Opcode::BUILD_TUPLE,
                    BuildKind::List => Opcode::BUILD_LIST,
                    BuildKind::Map => Opcode::BUILD_MAP,
                    BuildKind::Set => Opcode::BUILD_SET,
                    BuildKind::Slice => Opcode::BUILD_SLICE,
                };
                self.uint(op, u64::from(*n));
            }
            Op::StoreMap => self.byte(Opcode::STORE_MAP as u8),
            Op::StoreComp { kind, stack_index } => {
                let (n, t) = match kind {
                    CompKind::List => (0, 0),
                    CompKind::Dict => (1, 1),
                    CompKind::Set => (0, 2),
                };
                self.uint(Opcode::STORE_COMP, (u64::from(*stack_index) + n) << 2 | t);
            }
            Op::UnpackSequence(n) => self.uint(Opcode::UNPACK_SEQUENCE, u64::from(*n)),
            Op::UnpackEx { n_left, n_right } => self.uint(
                Opcode::UNPACK_EX,
                u64::from(*n_left) | u64::from(*n_right) << 8,
            ),
            Op::MakeFunction {
                child,
                n_pos_defaults,
                n_kw_defaults,
            } => {
                let index = self.alloc_child(*child);
                let op = if *n_pos_defaults == 0 && *n_kw_defaults == 0 {
                    Opcode::MAKE_FUNCTION
                } else {
                    Opcode::MAKE_FUNCTION_DEFARGS
                };
                self.uint(op, index);
            }
            Op::MakeClosure {
                child,
                n_closed_over,
                n_pos_defaults,
                n_kw_defaults,
            } => {
                let index = self.alloc_child(*child);
                let op = if *n_pos_defaults == 0 && *n_kw_defaults == 0 {
                    Opcode::MAKE_CLOSURE
                } else {
                    Opcode::MAKE_CLOSURE_DEFARGS
                };
                let cells = u8::try_from(*n_closed_over)
                    .map_err(|_| BytecodeError::Unencodable("more than 255 closed-over cells"))?;
                self.uint(op, index);
                self.byte(cells);
            }
            Op::CallFunction {
                n_positional,
                n_keyword,
                star_args,
            } => {
                let op = if *star_args {
                    Opcode::CALL_FUNCTION_VAR_KW
                } else {
                    Opcode::CALL_FUNCTION
                };
                self.uint(op, u64::from(*n_keyword) << 8 | u64::from(*n_positional));
            }
            Op::CallMethod {
                n_positional,
                n_keyword,
                star_args,
            } => {
                let op = if *star_args {
                    Opcode::CALL_METHOD_VAR_KW
                } else {
                    Opcode::CALL_METHOD
                };
                self.uint(op, u64::from(*n_keyword) << 8 | u64::from(*n_positional));
            }
            Op::ReturnValue => {
                self.byte(Opcode::RETURN_VALUE as u8);
                self.end_of_flow();
            }
            Op::RaiseVarargs(n) => {
                let op = match n {
                    0 => Opcode::RAISE_LAST,
                    1 => Opcode::RAISE_OBJ,
                    2 => Opcode::RAISE_FROM,
                    _ => {
                        return Err(BytecodeError::Unencodable(
                            "raise with more than two arguments",
                        ))
                    }
                };
                self.byte(op as u8);
                self.end_of_flow();
            }
            Op::Yield(kind) => self.byte(if *kind == YieldKind::From {
                Opcode::YIELD_FROM
            } else {
                Opcode::YIELD_VALUE
            } as u8),
        }
        Ok(())
    }

    /// Child indices count every MAKE_FUNCTION, dead ones included.
    fn alloc_child(&mut self, child: FunctionId) -> u64 {
        self.children.push(child);
        (self.children.len() - 1) as u64
    }
}
