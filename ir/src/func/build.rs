//! The checked side of [`FunctionBuilder`]: a signature collected while the ops are
//! emitted, and [`FunctionBuilder::finish_function`], which derives the fields a [`Function`] would
//! otherwise need by hand (labels, locals, exception depth, scope flags) and checks the
//! result, so a code generator gets a function the backends can lower or an error that
//! names the op.

use std::collections::HashSet;

use super::check::{self, function_name, ModuleFacts};
use super::derive::{self, exc_nesting};
use super::stack;
use super::{
    BuildError, Function, FunctionBuilder, IrError, Label, LocalKind, Op, Problem, QstrIdx,
    ScopeFlags, Tables, ViperType,
};
use crate::model::{CodeKind, Object};

/// What [`FunctionBuilder::finish_function`] needs besides the ops.
#[derive(Clone, Debug)]
pub(super) struct Signature {
    kind: CodeKind,
    simple_name: QstrIdx,
    arg_names: Vec<QstrIdx>,
    /// Native functions intern their argument names after the body, as mpy-cross's
    /// native emitter writes the prelude last.
    late_arg_names: Vec<Box<[u8]>>,
    n_args: u32,
    n_kwonly_args: u32,
    n_def_pos_args: u32,
    flags: ScopeFlags,
    min_locals: u32,
    cells: Vec<u32>,
    def_line: u32,
    next_label: u32,
    param_types: Vec<ViperType>,
    local_names: Vec<Vec<u8>>,
}

impl Signature {
    pub(super) fn new(kind: CodeKind, simple_name: QstrIdx, arg_names: Vec<QstrIdx>) -> Self {
        Signature {
            kind,
            simple_name,
            n_args: arg_names.len() as u32,
            arg_names,
            late_arg_names: Vec::new(),
            n_kwonly_args: 0,
            n_def_pos_args: 0,
            flags: ScopeFlags::EMPTY,
            min_locals: 0,
            cells: Vec::new(),
            def_line: 1,
            next_label: 0,
            param_types: Vec::new(),
            local_names: Vec::new(),
        }
    }
}

impl<'t> FunctionBuilder<'t> {
    /// Start a function of `kind` named `simple_name` whose parameters are `params`
    /// (positional ones, unless [`kwonly_args`](Self::kwonly_args) says otherwise), interning
    /// as mpy-cross's emitter for `kind` does: a native or viper function gets the
    /// `mp_fun_table` constant first. Finish it with [`finish_function`](Self::finish_function).
    ///
    /// ```
    /// use mpy_ir::func::{ConstDedup, ConstTok, FunctionBuilder, Tables};
    /// use mpy_ir::CodeKind;
    ///
    /// let mut tables = Tables::new(b"gen.py", ConstDedup::default());
    /// let mut f = FunctionBuilder::start(&mut tables, CodeKind::Bytecode, b"<module>", &[]);
    /// f.load_const_tok(ConstTok::None);
    /// f.return_value();
    /// let function = f.finish_function()?;
    /// assert_eq!((function.num_locals, function.num_labels), (0, 0));
    ///
    /// // A function that falls off its end is refused.
    /// let f = FunctionBuilder::start(&mut tables, CodeKind::Bytecode, b"f", &[]);
    /// let err = f.finish_function().unwrap_err();
    /// assert!(err.to_string().contains("falls off the end"), "{err}");
    /// # Ok::<(), mpy_ir::func::BuildError>(())
    /// ```
    pub fn start(
        tables: &'t mut Tables,
        kind: CodeKind,
        simple_name: &[u8],
        params: &[&[u8]],
    ) -> FunctionBuilder<'t> {
        let early = match kind {
            CodeKind::Bytecode => params,
            CodeKind::Native | CodeKind::Viper | CodeKind::Asm => &[][..],
        };
        let (mut b, _, _) = FunctionBuilder::new(tables, kind, simple_name, early);
        b.sig.kind = kind;
        b.sig.n_args = params.len() as u32;
        if matches!(kind, CodeKind::Native | CodeKind::Viper) {
            b.tables.use_const(Object::FunTable);
        }
        // Viper functions have no prelude, so their parameter names are never interned.
        if kind == CodeKind::Native {
            b.sig.late_arg_names = params.iter().map(|p| Box::from(*p)).collect();
        }
        b
    }

    /// A fresh label, for [`label_assign`](Self::label_assign) and the jumps.
    pub fn new_label(&mut self) -> Label {
        let l = Label(self.sig.next_label);
        self.sig.next_label += 1;
        l
    }

    /// The last `n` parameters are keyword-only.
    pub fn kwonly_args(&mut self, n: u32) -> &mut Self {
        self.sig.n_kwonly_args = n;
        self
    }

    /// The last `n` positional parameters have defaults (given to `make_function`).
    pub fn default_args(&mut self, n: u32) -> &mut Self {
        self.sig.n_def_pos_args = n;
        self
    }

    /// Add scope flags (`VARARGS`, `VARKEYWORDS`, `DEFKWARGS`); a yield adds
    /// `GENERATOR` itself.
    pub fn flags(&mut self, flags: ScopeFlags) -> &mut Self {
        self.sig.flags |= flags;
        self
    }

    /// At least `n` local slots, for slots the ops never name.
    pub fn min_locals(&mut self, n: u32) -> &mut Self {
        self.sig.min_locals = self.sig.min_locals.max(n);
        self
    }

    /// Local slot `slot` holds a cell (accessed with `LocalKind::Deref`); cells are
    /// listed in the order declared.
    pub fn cell(&mut self, slot: u32) -> &mut Self {
        if !self.sig.cells.contains(&slot) {
            self.sig.cells.push(slot);
        }
        self
    }

    /// Viper: the annotated type of each parameter, in slot order (`def f(p: ptr8, n:
    /// int)`); parameters not given are `object`.
    pub fn param_types(&mut self, types: &[ViperType]) -> &mut Self {
        self.sig.param_types = types.to_vec();
        self
    }

    /// Viper: the return annotation (`-> int`), which decides how the result is boxed;
    /// without it the function returns an object. Stored in scope-flag bits 6..8
    /// (`MP_SCOPE_FLAG_VIPERRET_POS`).
    pub fn return_type(&mut self, ty: ViperType) -> &mut Self {
        self.sig.flags = self.sig.flags.with_viper_return(ty);
        self
    }

    /// Native and viper: the name of each local slot (parameters first), which the
    /// native emitter quotes in viper type errors (`local 'n' has type 'int' but source
    /// is 'object'`).
    pub fn local_names(&mut self, names: &[&[u8]]) -> &mut Self {
        self.sig.local_names = names.iter().map(|n| n.to_vec()).collect();
        self
    }

    /// The source line of the definition (default 1).
    pub fn def_line(&mut self, line: u32) -> &mut Self {
        self.sig.def_line = line;
        self
    }

    /// The finished function, with its derived fields filled: `num_labels`, `num_locals`
    /// (the parameters, the highest slot named, the cells), `exc_stack_size` and the
    /// generator flag. Fails, naming the op, on IR a backend would misbuild: unbound or
    /// twice-bound labels, a stack underflow, unbalanced handlers, a body that falls off its end, a native
    /// function's qstr constant (and everything [`check::check_module`] checks).
    pub fn finish_function(self) -> Result<Function, BuildError> {
        let FunctionBuilder {
            tables,
            ops,
            scope_flags,
            sig,
            ..
        } = self;
        let mut arg_names = sig.arg_names;
        arg_names.extend(sig.late_arg_names.iter().map(|a| tables.use_qstr(a)));
        let flags = sig.flags | scope_flags;
        let n_params = sig.n_args
            + u32::from(flags.contains(ScopeFlags::VARARGS))
            + u32::from(flags.contains(ScopeFlags::VARKEYWORDS));
        let highest = |it: &mut dyn Iterator<Item = u32>| it.max().map_or(0, |n| n + 1);
        let num_locals = [
            sig.min_locals,
            n_params,
            highest(&mut ops.iter().filter_map(derive::local)),
            highest(&mut sig.cells.iter().copied()),
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        let num_labels = sig.next_label.max(highest(
            &mut ops.iter().flat_map(derive::labels).map(|l| l.0),
        ));
        let f = Function {
            kind: sig.kind,
            simple_name: sig.simple_name,
            arg_names,
            scope_flags: flags,
            n_pos_args: sig.n_args.saturating_sub(sig.n_kwonly_args),
            n_kwonly_args: sig.n_kwonly_args,
            n_def_pos_args: sig.n_def_pos_args,
            num_locals,
            exc_stack_size: exc_nesting(&ops).max,
            cells: sig.cells,
            param_types: sig.param_types,
            local_names: sig.local_names,
            def_line: sig.def_line,
            ops,
            num_labels,
            asm: None,
        };
        builder_checks(&f, tables)?;
        check::check_function(
            &f,
            function_name(&f, |i| tables.qstr(i)),
            ModuleFacts::of_objects(tables.consts(), None),
        )?;
        Ok(f)
    }
}

/// What the builder refuses beyond the verifier: structure the front end gets right by
/// construction but a hand-written generator easily does not.
fn builder_checks(f: &Function, tables: &Tables) -> Result<(), IrError> {
    let fail = |i: usize, problem| IrError {
        function: None,
        name: function_name(f, |i| tables.qstr(i)),
        op: f.ops.get(i).map(|op| (i, format!("{op:?}"))),
        problem,
    };
    if f.kind == CodeKind::Asm {
        return Err(IrError {
            op: None,
            ..fail(0, Problem::AsmFromOps)
        });
    }
    if let Err(e) = stack::max_depth(&f.ops) {
        return Err(fail(e.op_index, Problem::StackUnderflow));
    }
    let nesting = exc_nesting(&f.ops);
    if let Some(i) = nesting.underflow_at {
        return Err(fail(i, Problem::EndFinallyWithoutSetup));
    }
    if let Some(i) = nesting.last_open_at {
        return Err(fail(i, Problem::UnclosedHandler));
    }
    // Cells are declared (`cell`), closed-over ones arrive as the leading parameters.
    let n_params = f.n_pos_args + f.n_kwonly_args;
    for (i, op) in f.ops.iter().enumerate() {
        if let Op::LoadLocal {
            local,
            kind: LocalKind::Deref,
        }
        | Op::StoreLocal {
            local,
            kind: LocalKind::Deref,
        }
        | Op::DeleteLocal {
            local,
            kind: LocalKind::Deref,
        } = op
        {
            if *local >= n_params && !f.cells.contains(local) {
                return Err(fail(i, Problem::DerefNotCell(*local)));
            }
        }
    }
    let mut bound = HashSet::new();
    for (i, op) in f.ops.iter().enumerate() {
        if let Op::Label(l) = op {
            if !bound.insert(l.0) {
                return Err(fail(i, Problem::LabelBoundTwice(l.0)));
            }
        }
    }
    for (i, op) in f.ops.iter().enumerate() {
        if let Some(l) = derive::labels(op).find(|l| !bound.contains(&l.0)) {
            return Err(fail(i, Problem::LabelUnbound(l.0)));
        }
    }
    Ok(())
}
