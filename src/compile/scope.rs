//! Scopes and identifiers (`py/scope.c`, the id decisions of `py/emitcommon.c` and
//! `scope_compute_things` of `py/compile.c`).
//!
//! A scope is a module, class, function, lambda or comprehension. While the scope pass walks
//! a scope, every name it meets gets an [`IdInfo`] whose [`IdKind`] says how the code pass
//! will access it. Identifiers keep their first-seen order, because that order decides local
//! slot numbers, cell order and the closed-over argument order, all visible in a `.mpy`.
//! Lookups go through a hash index instead of mpy-cross's linear scans.

use mpy_ir::func::ScopeFlags;
use mpy_ir::CodeKind;

use crate::front::node::{Node, StructNode};
use crate::front::qstr::Qstr;

use super::fxhash::FxHashMap;

/// Index of a scope in the scope list; equals the `FunctionId` of its IR function.
pub type ScopeId = usize;

/// What kind of block a scope is (`scope_kind_t`; the order is significant).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScopeKind {
    Module,
    Class,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
    Function,
}

impl ScopeKind {
    /// `SCOPE_IS_FUNC_LIKE`: assignments make locals (lambdas, comprehensions, functions).
    pub fn is_func_like(self) -> bool {
        self >= ScopeKind::Lambda
    }

    /// `SCOPE_IS_COMP_LIKE`: list/dict/set comprehensions and generator expressions.
    pub fn is_comp_like(self) -> bool {
        (ScopeKind::ListComp..=ScopeKind::GenExpr).contains(&self)
    }
}

/// How an identifier is accessed (`id_info_kind_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Undecided,
    GlobalImplicit,
    /// Assigned in a module or class body: a name, never closed over.
    GlobalImplicitAssigned,
    GlobalExplicit,
    /// Local to a function and used only by it.
    Local,
    /// Local to a function and used by inner functions.
    Cell,
    /// Belongs to an enclosing function.
    Free,
}

/// `ID_FLAG_*` bits; bits 4.. hold a viper parameter type.
pub mod id_flags {
    pub const IS_PARAM: u8 = 0x01;
    pub const IS_STAR_PARAM: u8 = 0x02;
    pub const IS_DBL_STAR_PARAM: u8 = 0x04;
    pub const VIPER_TYPE_POS: u8 = 4;
}

/// One identifier of a scope (`id_info_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdInfo {
    pub kind: IdKind,
    pub flags: u8,
    /// Local slot for locals and parameters, cell/free slot for closed-over names.
    pub local_num: u32,
    pub name: Qstr,
}

/// The node a scope compiles.
#[derive(Clone, Copy, Debug)]
pub enum ScopeNode<'a> {
    /// The module's root (a `file_input` tree, or null for an empty file).
    Module(&'a Node),
    /// A `funcdef`, `classdef`, `lambdef`, or the node holding a comprehension's expression
    /// and its `comp_for`.
    Def(&'a StructNode),
}

impl ScopeNode<'_> {
    /// The line errors fall back to when nothing closer is known.
    pub fn line(&self) -> Option<u32> {
        match self {
            ScopeNode::Module(n) => n.line(),
            ScopeNode::Def(s) => Some(s.line),
        }
    }
}

/// A scope and its identifiers.
#[derive(Debug)]
pub struct Scope<'a> {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    pub node: ScopeNode<'a>,
    pub simple_name: Qstr,
    pub flags: ScopeFlags,
    pub emit: CodeKind,
    pub num_pos_args: u32,
    pub num_kwonly_args: u32,
    pub num_def_pos_args: u32,
    pub num_locals: u32,
    pub exc_stack_size: u32,
    ids: Vec<IdInfo>,
    index: FxHashMap<Qstr, usize>,
}

impl<'a> Scope<'a> {
    pub fn new(
        kind: ScopeKind,
        parent: Option<ScopeId>,
        node: ScopeNode<'a>,
        simple_name: Qstr,
        emit: CodeKind,
    ) -> Scope<'a> {
        Scope {
            kind,
            parent,
            node,
            simple_name,
            flags: ScopeFlags::EMPTY,
            emit,
            num_pos_args: 0,
            num_kwonly_args: 0,
            num_def_pos_args: 0,
            num_locals: 0,
            exc_stack_size: 0,
            ids: Vec::new(),
            index: FxHashMap::default(),
        }
    }

    /// The identifiers in first-seen order.
    pub fn ids(&self) -> &[IdInfo] {
        &self.ids
    }

    /// Position of `name` in [`Scope::ids`] (`scope_find`).
    pub fn position(&self, name: Qstr) -> Option<usize> {
        self.index.get(&name).copied()
    }

    /// The identifier `name`, if the scope has it.
    pub fn find(&self, name: Qstr) -> Option<&IdInfo> {
        self.position(name).map(|i| &self.ids[i])
    }

    /// The identifier at `pos` (a position returned by this scope).
    pub fn id_mut(&mut self, pos: usize) -> &mut IdInfo {
        &mut self.ids[pos]
    }

    /// `scope_find_or_add_id`: the position of `name`, appending it with `kind` if new.
    pub fn find_or_add(&mut self, name: Qstr, kind: IdKind) -> usize {
        if let Some(pos) = self.position(name) {
            return pos;
        }
        let pos = self.ids.len();
        self.ids.push(IdInfo {
            kind,
            flags: 0,
            local_num: 0,
            name,
        });
        self.index.insert(name, pos);
        pos
    }

    /// `mp_emit_common_get_id_for_modification`: a name being stored or deleted becomes a
    /// local in function-like scopes and an assigned name elsewhere.
    pub fn id_for_modification(&mut self, name: Qstr) -> usize {
        let pos = self.find_or_add(name, IdKind::GlobalImplicit);
        let func_like = self.kind.is_func_like();
        let id = &mut self.ids[pos];
        if id.kind == IdKind::GlobalImplicit {
            id.kind = if func_like {
                IdKind::Local
            } else {
                IdKind::GlobalImplicitAssigned
            };
        }
        pos
    }

    /// Local slots holding cells, in identifier order (the prelude's cell list).
    pub fn cells(&self) -> Vec<u32> {
        self.ids
            .iter()
            .filter(|id| id.kind == IdKind::Cell)
            .map(|id| id.local_num)
            .collect()
    }

    /// The viper annotation type of each parameter, by local slot (0 = object), for the
    /// slots `0..num_locals`.
    pub fn param_viper_types(&self) -> Vec<u8> {
        let mut types = vec![0; self.num_locals as usize];
        for id in &self.ids {
            if id.flags & id_flags::IS_PARAM != 0 {
                if let Some(t) = types.get_mut(id.local_num as usize) {
                    *t = id.flags >> id_flags::VIPER_TYPE_POS;
                }
            }
        }
        types
    }

    /// The name of each local slot `0..num_locals` (parameters, locals, cells, free
    /// variables), for messages.
    pub fn local_names(&self) -> Vec<Option<Qstr>> {
        let mut names = vec![None; self.num_locals as usize];
        for id in &self.ids {
            let local = matches!(id.kind, IdKind::Local | IdKind::Cell | IdKind::Free)
                || id.flags & id_flags::IS_PARAM != 0;
            if local {
                if let Some(n) = names.get_mut(id.local_num as usize) {
                    n.get_or_insert(id.name);
                }
            }
        }
        names
    }

    /// Name of each argument slot `0..n_pos_args + n_kwonly_args`, `None` for a slot that
    /// is not a parameter (closed-over values, a comprehension's iterator).
    pub fn arg_slot_names(&self) -> Vec<Option<Qstr>> {
        let n = (self.num_pos_args + self.num_kwonly_args) as usize;
        let mut names = vec![None; n];
        for id in &self.ids {
            if id.flags & id_flags::IS_PARAM != 0 {
                if let Some(slot) = names.get_mut(id.local_num as usize) {
                    // The first parameter in identifier order wins, as in the C loop.
                    slot.get_or_insert(id.name);
                }
            }
        }
        names
    }

    /// Swap two identifiers' positions, keeping the index right.
    fn swap_ids(&mut self, a: usize, b: usize) {
        self.ids.swap(a, b);
        self.index.insert(self.ids[a].name, a);
        self.index.insert(self.ids[b].name, b);
    }
}

/// All scopes of a module in scope-list order (module first, others as discovered).
#[derive(Debug, Default)]
pub struct Scopes<'a> {
    list: Vec<Scope<'a>>,
}

impl<'a> Scopes<'a> {
    pub fn push(&mut self, scope: Scope<'a>) -> ScopeId {
        self.list.push(scope);
        self.list.len() - 1
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn get(&self, id: ScopeId) -> &Scope<'a> {
        &self.list[id]
    }

    pub fn get_mut(&mut self, id: ScopeId) -> &mut Scope<'a> {
        &mut self.list[id]
    }

    /// `scope_find_global`: `name` in the outermost scope.
    pub fn find_global_mut(&mut self, scope: ScopeId, name: Qstr) -> Option<&mut IdInfo> {
        let mut s = scope;
        while let Some(p) = self.list[s].parent {
            s = p;
        }
        let pos = self.list[s].position(name)?;
        Some(self.list[s].id_mut(pos))
    }

    /// `scope_check_to_close_over`: if an enclosing function defines the name at `pos` of
    /// `scope`, make it free here and close it over in the scopes in between.
    pub fn check_to_close_over(&mut self, scope: ScopeId, pos: usize) {
        let name = self.list[scope].ids[pos].name;
        let mut s = self.list[scope].parent;
        while let Some(cur) = s {
            // The outermost (module) scope never provides a closure.
            let Some(next) = self.list[cur].parent else {
                break;
            };
            if let Some(found) = self.list[cur].find(name) {
                if matches!(found.kind, IdKind::Local | IdKind::Cell | IdKind::Free) {
                    self.list[scope].ids[pos].kind = IdKind::Free;
                    self.close_over_in_parents(scope, name);
                }
                break;
            }
            s = Some(next);
        }
    }

    /// `scope_close_over_in_parents`: mark `name` free in each parent up to the one that
    /// defines it, where it becomes a cell.
    fn close_over_in_parents(&mut self, scope: ScopeId, name: Qstr) {
        let mut s = self.list[scope].parent;
        while let Some(cur) = s {
            let pos = self.list[cur].find_or_add(name, IdKind::Undecided);
            let id = &mut self.list[cur].ids[pos];
            match id.kind {
                IdKind::Undecided => id.kind = IdKind::Free,
                IdKind::Local => {
                    id.kind = IdKind::Cell;
                    return;
                }
                _ => return,
            }
            s = self.list[cur].parent;
        }
    }

    /// The names `child` takes from `parent`: positions (in parent, in child) of each name
    /// that is a cell or free in `parent` and free in `child`, in the parent's order. This is
    /// the order closures are built and free variables numbered in.
    pub fn closed_over(&self, parent: ScopeId, child: ScopeId) -> Vec<(usize, usize)> {
        let (p, c) = (&self.list[parent], &self.list[child]);
        let mut pairs: Vec<(usize, usize)> = c
            .ids
            .iter()
            .enumerate()
            .filter(|(_, id)| id.kind == IdKind::Free)
            .filter_map(|(child_pos, id)| {
                let parent_pos = p.position(id.name)?;
                matches!(p.ids[parent_pos].kind, IdKind::Cell | IdKind::Free)
                    .then_some((parent_pos, child_pos))
            })
            .collect();
        pairs.sort_unstable();
        pairs
    }

    /// `scope_compute_things`: number the locals, cells and free variables of `scope` once
    /// every scope pass is done.
    pub fn compute_things(&mut self, scope: ScopeId, class_cell_name: Qstr, viper: &ViperTypes) {
        let parent = self.list[scope].parent;
        let s = &mut self.list[scope];

        // The *args parameter goes after all other parameters (except **kwargs).
        if s.flags.contains(ScopeFlags::VARARGS) {
            let mut last_plain_param = None;
            for i in (0..s.ids.len()).rev() {
                let flags = s.ids[i].flags;
                if flags & id_flags::IS_STAR_PARAM != 0 {
                    if let Some(p) = last_plain_param {
                        s.swap_ids(p, i);
                    }
                    break;
                } else if last_plain_param.is_none() && flags == id_flags::IS_PARAM {
                    last_plain_param = Some(i);
                }
            }
        }

        // In functions implicit globals become explicit; parameters and locals get slots.
        s.num_locals = 0;
        let func_like = s.kind.is_func_like();
        let is_class = s.kind == ScopeKind::Class;
        for id in &mut s.ids {
            if is_class && id.name == class_cell_name {
                // __class__ is no local; if used it becomes a cell, numbered below.
                continue;
            }
            if func_like && id.kind == IdKind::GlobalImplicit {
                id.kind = IdKind::GlobalExplicit;
            }
            if id.kind == IdKind::GlobalExplicit {
                // A viper cast such as int(x) is no real global reference; `bool` (type 1)
                // still counts as one, as mpy-cross tests `>= MP_NATIVE_TYPE_INT`.
                let viper_cast =
                    s.emit == CodeKind::Viper && viper.type_of(id.name).is_some_and(|t| t >= 2);
                if !viper_cast {
                    s.flags |= ScopeFlags::REFGLOBALS;
                }
            }
            // A parameter keeps its slot even when it is a cell.
            if id.kind == IdKind::Local || id.flags & id_flags::IS_PARAM != 0 {
                id.local_num = s.num_locals;
                s.num_locals += 1;
            }
        }

        // Cells come right after the plain locals.
        for id in &mut s.ids {
            if id.kind == IdKind::Cell && id.flags & id_flags::IS_PARAM == 0 {
                id.local_num = s.num_locals;
                s.num_locals += 1;
            }
        }

        // Free variables come first, in the parent's order, passed in as leading arguments.
        let Some(parent) = parent else { return };
        let free_order: Vec<usize> = self
            .closed_over(parent, scope)
            .into_iter()
            .map(|(_, child_pos)| child_pos)
            .collect();
        let s = &mut self.list[scope];
        let num_free = free_order.len() as u32;
        for (n, pos) in free_order.into_iter().enumerate() {
            s.ids[pos].local_num = n as u32;
        }
        if num_free > 0 {
            for id in &mut s.ids {
                if id.kind != IdKind::Free || id.flags & id_flags::IS_PARAM != 0 {
                    id.local_num += num_free;
                }
            }
            s.num_pos_args += num_free;
            s.num_locals += num_free;
        }
    }
}

/// The viper type names (`mp_native_type_from_qstr`), as the qstrs of the pool.
#[derive(Clone, Copy, Debug)]
pub struct ViperTypes {
    /// object, bool, int, uint, ptr, ptr8, ptr16, ptr32 in type-number order.
    pub names: [Qstr; 8],
}

impl ViperTypes {
    /// The native type number of `name`, if it is a viper type name.
    pub fn type_of(&self, name: Qstr) -> Option<u8> {
        self.names.iter().position(|&n| n == name).map(|i| i as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: u32) -> Qstr {
        Qstr(1000 + n)
    }

    static NULL: Node = Node::Null;

    #[test]
    fn ids_keep_first_seen_order_and_dedup() {
        let mut s = Scope::new(
            ScopeKind::Function,
            None,
            ScopeNode::Module(&NULL),
            q(0),
            CodeKind::Bytecode,
        );
        assert_eq!(s.find_or_add(q(1), IdKind::GlobalImplicit), 0);
        assert_eq!(s.find_or_add(q(2), IdKind::Local), 1);
        assert_eq!(s.find_or_add(q(1), IdKind::Local), 0);
        assert_eq!(s.find(q(1)).map(|i| i.kind), Some(IdKind::GlobalImplicit));
    }

    #[test]
    fn modification_makes_locals_in_functions_only() {
        let mut f = Scope::new(
            ScopeKind::Function,
            None,
            ScopeNode::Module(&NULL),
            q(0),
            CodeKind::Bytecode,
        );
        let p = f.id_for_modification(q(1));
        assert_eq!(f.ids()[p].kind, IdKind::Local);
        let mut m = Scope::new(
            ScopeKind::Module,
            None,
            ScopeNode::Module(&NULL),
            q(0),
            CodeKind::Bytecode,
        );
        let p = m.id_for_modification(q(1));
        assert_eq!(m.ids()[p].kind, IdKind::GlobalImplicitAssigned);
    }
}
