//! Definitions: functions, lambdas, classes, decorators, default arguments, closures and
//! comprehensions, and the bodies of those scopes.

use mpy_ir::func::{AccessKind, BuildKind, CompKind, LocalKind, ScopeFlags, ViperType, YieldKind};
use mpy_ir::CodeKind;

use crate::error::ExceptionKind;
use crate::front::node::{Node, StructNode};
use crate::front::qstr::Qstr;
use crate::front::rule::Rule;

use super::stmt::AssignKind;
use super::{child, node_key, Pass, PendingError, Walker};
use crate::compile::scope::{id_flags, IdKind, Scope, ScopeId, ScopeKind, ScopeNode};

impl<'a> Walker<'_, 'a, '_> {
    /// The scope of a definition: created in the scope pass (`scope_new_and_link`), found
    /// again in the code pass.
    fn scope_for(
        &mut self,
        s: &'a StructNode,
        kind: ScopeKind,
        name: Qstr,
        emit: CodeKind,
    ) -> Option<ScopeId> {
        let key = node_key(s);
        if self.pass == Pass::Scope {
            let scope = Scope::new(kind, Some(self.scope), ScopeNode::Def(s), name, emit);
            let id = self.st.scopes.push(scope);
            self.st.scope_of.insert(key, id);
            return Some(id);
        }
        let found = self.st.scope_of.get(&key).copied();
        if found.is_none() {
            self.error(
                Some(s.line),
                ExceptionKind::RuntimeError,
                "internal: definition without a scope".into(),
            );
        }
        found
    }

    /// `compile_funcdef`.
    pub(super) fn funcdef(&mut self, s: &'a StructNode) {
        self.funcdef_scope(s);
    }

    /// `compile_funcdef`, returning the function's scope.
    pub(super) fn funcdef_scope(&mut self, s: &'a StructNode) -> Option<ScopeId> {
        let emit = self.cur().emit;
        let (scope, name) = self.funcdef_helper(s, emit)?;
        self.store_id(name);
        Some(scope)
    }

    /// `compile_funcdef_helper`: leaves the function object on the stack.
    fn funcdef_helper(&mut self, s: &'a StructNode, emit: CodeKind) -> Option<(ScopeId, Qstr)> {
        let name = child(s, 0).as_id().unwrap_or(self.names().empty);
        let scope = self.scope_for(s, ScopeKind::Function, name, emit)?;
        self.funcdef_lambdef(scope, child(s, 1), Rule::Typedargslist);
        Some((scope, name))
    }

    /// `compile_classdef`.
    pub(super) fn classdef(&mut self, s: &'a StructNode) {
        let emit = self.cur().emit;
        if let Some(name) = self.classdef_helper(s, emit) {
            self.store_id(name);
        }
    }

    /// `compile_classdef_helper`: `__build_class__(<class body function>, name, *bases)`.
    fn classdef_helper(&mut self, s: &'a StructNode, emit: CodeKind) -> Option<Qstr> {
        let name = child(s, 0).as_id().unwrap_or(self.names().empty);
        let scope = self.scope_for(s, ScopeKind::Class, name, emit)?;
        self.emit.load_build_class();
        self.close_over_variables_etc(scope, 0, 0);
        self.load_const_str(name);
        // "class C():" has an empty classdef_2 node, meaning no bases.
        let mut bases = child(s, 1);
        if bases.is_struct_kind(Rule::Classdef2) {
            bases = &super::NULL_NODE;
        }
        self.call(bases, false, 2);
        Some(name)
    }

    /// `compile_decorated`: decorators, then the definition, then the decorator calls.
    pub(super) fn decorated(&mut self, s: &'a StructNode) {
        let decorators = child(s, 0).extract_list(Rule::Decorators);
        let mut emit = self.cur().emit;
        let mut num_builtin = 0;
        for dec in decorators {
            let Some(dec) = dec.as_struct() else { continue };
            let name_nodes = child(dec, 0).extract_list(Rule::DottedName);
            if self.builtin_decorator(name_nodes, &mut emit) {
                num_builtin += 1;
                continue;
            }
            if let Some((first, rest)) = name_nodes.split_first() {
                self.node(first);
                for n in rest {
                    if let Some(q) = n.as_id() {
                        self.attr(q, AccessKind::Load);
                    }
                }
            }
            let args = child(dec, 1);
            if !args.is_null() {
                self.node(args);
            }
        }

        let Some(body) = child(s, 1).as_struct() else {
            return;
        };
        let name = match body.rule {
            Rule::Funcdef => self.funcdef_helper(body, emit).map(|(_, n)| n),
            Rule::AsyncFuncdef => {
                let Some(def) = child(body, 0).as_struct() else {
                    return;
                };
                let made = self.funcdef_helper(def, emit);
                if let Some((scope, _)) = made {
                    self.st.scopes.get_mut(scope).flags |= ScopeFlags::GENERATOR;
                }
                made.map(|(_, n)| n)
            }
            _ => self.classdef_helper(body, emit),
        };
        for _ in num_builtin..decorators.len() {
            self.emit.call_function(1, 0, false);
        }
        if let Some(name) = name {
            self.store_id(name);
        }
    }

    /// `compile_built_in_decorator`: `@micropython.<emitter>` sets how the definition is
    /// compiled. Returns true when it was such a decorator (even an invalid one).
    fn builtin_decorator(&mut self, name_nodes: &'a [Node], emit: &mut CodeKind) -> bool {
        let Some(first) = name_nodes.first() else {
            return false;
        };
        if first.as_id() != Some(self.names().micropython) {
            return false;
        }
        if name_nodes.len() != 2 {
            self.syntax_error(first.line(), "invalid micropython decorator");
            return true;
        }
        let attr_node = &name_nodes[1];
        let names = *self.names();
        match attr_node.as_id() {
            Some(q) if q == names.bytecode => *emit = CodeKind::Bytecode,
            Some(q) if q == names.native => *emit = CodeKind::Native,
            Some(q) if q == names.viper => *emit = CodeKind::Viper,
            Some(q) if q == names.asm_thumb || q == names.asm_xtensa => *emit = CodeKind::Asm,
            Some(q) if q == names.asm_rv32 && self.st.opts.profile.asm_rv32_decorator => {
                *emit = CodeKind::Asm
            }
            _ => self.syntax_error(attr_node.line(), "invalid micropython decorator"),
        }
        let arch_ok = self.st.arch.allows(*emit);
        if !arch_ok {
            self.syntax_error(attr_node.line(), "invalid arch");
        }
        true
    }

    /// `compile_lambdef`.
    pub(super) fn lambdef(&mut self, s: &'a StructNode) {
        let emit = self.cur().emit;
        let name = self.names().lambda;
        if let Some(scope) = self.scope_for(s, ScopeKind::Lambda, name, emit) {
            self.funcdef_lambdef(scope, child(s, 0), Rule::Varargslist);
        }
    }

    /// `compile_funcdef_lambdef`: push the default arguments and make the function. Default
    /// expressions may hold lambdas, so the parameter state is saved around this.
    fn funcdef_lambdef(&mut self, scope: ScopeId, params: &'a Node, list_rule: Rule) {
        let saved = (
            self.have_star,
            self.num_dict_params,
            self.num_default_params,
        );
        self.have_star = false;
        self.num_dict_params = 0;
        self.num_default_params = 0;
        self.for_each_in_list(params, list_rule, Self::default_param);
        if self.has_error() {
            return;
        }
        // mpy-cross returns here on an error of the native emitter too: for the native
        // lowering, the making is the second statement of a list whose first is empty.
        self.emit.statement_list_start();
        self.emit.statement_done(None);
        if self.num_default_params > 0 && self.num_dict_params == 0 {
            self.emit.build(self.num_default_params, BuildKind::Tuple);
            self.emit.load_null();
        }
        self.close_over_variables_etc(scope, self.num_default_params, self.num_dict_params);
        self.emit.statement_list_end();
        (
            self.have_star,
            self.num_dict_params,
            self.num_default_params,
        ) = saved;
    }

    /// `compile_funcdef_lambdef_param`: a positional default goes into a tuple, a
    /// keyword-only default into a dict.
    fn default_param(&mut self, pn: &'a Node) {
        let rule = pn.struct_rule();
        match rule {
            Some(Rule::TypedargslistStar | Rule::VarargslistStar) => {
                self.have_star = true;
                return;
            }
            Some(Rule::TypedargslistDblStar | Rule::VarargslistDblStar) => return,
            _ => {}
        }
        let (id, default) = match pn {
            Node::Struct(s) if s.rule == Rule::TypedargslistName => (child(s, 0), child(s, 2)),
            Node::Struct(s) => (child(s, 0), child(s, 1)),
            _ => (pn, &super::NULL_NODE),
        };
        if default.is_null() {
            if !self.have_star && self.num_default_params != 0 {
                self.syntax_error(pn.line(), "non-default argument follows default argument");
            }
            return;
        }
        if self.have_star {
            self.num_dict_params += 1;
            if self.num_dict_params == 1 {
                // The positional defaults tuple goes below the keyword defaults dict.
                if self.num_default_params > 0 {
                    self.emit.build(self.num_default_params, BuildKind::Tuple);
                } else {
                    self.emit.load_null();
                }
                self.emit.build(0, BuildKind::Map);
            }
            self.node(default);
            self.load_const_str(id.as_id().unwrap_or(self.names().empty));
            self.emit.store_map();
        } else {
            self.num_default_params += 1;
            self.node(default);
        }
    }

    /// `close_over_variables_etc`: make the function or closure of `scope`, with the default
    /// arguments already on the stack.
    fn close_over_variables_etc(
        &mut self,
        scope: ScopeId,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    ) {
        {
            let child_scope = self.st.scopes.get_mut(scope);
            if n_kw_defaults > 0 {
                child_scope.flags |= ScopeFlags::DEFKWARGS;
            }
            child_scope.num_def_pos_args = n_pos_defaults;
        }
        self.cur_mut().flags |= ScopeFlags::REFGLOBALS | ScopeFlags::HASCONSTS;

        // Closed-over cells are passed in the order of the enclosing scope.
        let mut nfree = 0;
        if self.cur().kind != ScopeKind::Module {
            let slots: Vec<u32> = self
                .st
                .scopes
                .closed_over(self.scope, scope)
                .into_iter()
                .map(|(parent_pos, _)| self.cur().ids()[parent_pos].local_num)
                .collect();
            for slot in slots {
                self.emit.load_local(slot, LocalKind::Fast);
                nfree += 1;
            }
        }
        let child_id = self.child_id(scope);
        if nfree == 0 {
            self.emit
                .make_function(child_id, n_pos_defaults, n_kw_defaults);
        } else {
            self.emit
                .make_closure(child_id, nfree, n_pos_defaults, n_kw_defaults);
        }
    }

    /// `compile_comprehension`: make the comprehension's function and call it with the
    /// iterator of its first `for`.
    pub(super) fn comprehension(&mut self, s: &'a StructNode, kind: ScopeKind) {
        let comp_for = child(s, 1).as_struct();
        let emit = self.cur().emit;
        let names = self.names();
        let name = match kind {
            ScopeKind::ListComp => names.listcomp,
            ScopeKind::DictComp => names.dictcomp,
            ScopeKind::SetComp => names.setcomp,
            _ => names.genexpr,
        };
        let Some(scope) = self.scope_for(s, kind, name, emit) else {
            return;
        };
        self.close_over_variables_etc(scope, 0, 0);
        self.node(comp_for.map_or(&super::NULL_NODE, |f| child(f, 1)));
        if kind == ScopeKind::GenExpr {
            self.emit.get_iter(false);
        }
        self.emit.call_function(1, 0, false);
    }

    // ---- scope bodies ----------------------------------------------------------------

    /// A function scope: parameters (scope pass), then the body.
    pub(super) fn function_body(&mut self, s: &'a StructNode) {
        if self.pass == Pass::Scope {
            self.have_star = false;
            self.for_each_in_list(child(s, 1), Rule::Typedargslist, Self::func_param);
            if self.cur().emit == CodeKind::Viper {
                let ret = self.viper_type_annotation(child(s, 2));
                let flags = self.cur().flags;
                self.cur_mut().flags =
                    flags.with_viper_return(ViperType::from_code(ret).unwrap_or_default());
            }
        }
        self.node(child(s, 3));
        if !self.skip_after_return() {
            self.load_none();
            self.emit.return_value();
        }
    }

    /// A lambda scope: its value is returned, unless it is a generator.
    pub(super) fn lambda_body(&mut self, s: &'a StructNode) {
        self.emit.set_source_line(s.line);
        if self.pass == Pass::Scope {
            self.have_star = false;
            self.for_each_in_list(child(s, 0), Rule::Varargslist, Self::lambda_param);
        }
        self.node(child(s, 1));
        if self.cur().flags.contains(ScopeFlags::GENERATOR) {
            self.emit.pop_top();
            self.load_none();
        }
        self.emit.return_value();
    }

    /// A comprehension scope: its one argument is the iterator (named by the empty qstr).
    pub(super) fn comprehension_body(&mut self, s: &'a StructNode, kind: ScopeKind) {
        let arg = self.names().empty;
        if self.pass == Pass::Scope {
            self.cur_mut().find_or_add(arg, IdKind::Local);
            self.cur_mut().num_pos_args = 1;
        }
        self.emit.set_source_line(s.line);
        match kind {
            ScopeKind::ListComp => self.emit.build(0, BuildKind::List),
            ScopeKind::DictComp => self.emit.build(0, BuildKind::Map),
            ScopeKind::SetComp => self.emit.build(0, BuildKind::Set),
            _ => {}
        }
        if kind == ScopeKind::GenExpr {
            // The iterator's four stack slots, the first NULL meaning "object in the second".
            self.emit.load_null();
            self.load_id(arg);
            self.emit.load_null();
            self.emit.load_null();
        } else {
            self.load_id(arg);
            self.emit.get_iter(true);
        }
        match child(s, 1).as_struct() {
            Some(comp_for) => self.comp_iter(comp_for, child(s, 0), 0),
            None => self.error(
                Some(s.line),
                ExceptionKind::RuntimeError,
                "internal: comprehension without for".into(),
            ),
        }
        if kind == ScopeKind::GenExpr {
            self.load_none();
        }
        self.emit.return_value();
    }

    /// `compile_scope_comp_iter`: one `for` of a comprehension, with its `if`s and the
    /// nested `for`s inside it.
    fn comp_iter(&mut self, comp_for: &'a StructNode, inner: &'a Node, for_depth: u32) {
        self.deeper(Some(comp_for.line), |w| {
            w.comp_iter_here(comp_for, inner, for_depth)
        });
    }

    fn comp_iter_here(&mut self, comp_for: &'a StructNode, inner: &'a Node, for_depth: u32) {
        let l_top = self.new_label();
        let l_end = self.new_label();
        self.emit.label_assign(l_top);
        self.emit.for_iter(l_end);
        self.assign(child(comp_for, 0), AssignKind::Store);
        let mut pn_iter = child(comp_for, 2);
        loop {
            match pn_iter {
                Node::Struct(it) if it.rule == Rule::CompIf => {
                    self.if_cond(child(it, 0), false, l_top);
                    pn_iter = child(it, 1);
                }
                Node::Struct(it) if it.rule == Rule::CompFor => {
                    self.node(child(it, 1));
                    self.emit.get_iter(true);
                    self.comp_iter(it, inner, for_depth + 1);
                    break;
                }
                _ => {
                    self.node(inner);
                    let kind = self.cur().kind;
                    let comp_kind = match kind {
                        ScopeKind::GenExpr => None,
                        ScopeKind::DictComp => Some(CompKind::Dict),
                        ScopeKind::SetComp => Some(CompKind::Set),
                        _ => Some(CompKind::List),
                    };
                    match comp_kind {
                        None => {
                            self.reserve_labels_for_native(1);
                            self.emit_yield(YieldKind::Value);
                            self.emit.pop_top();
                        }
                        Some(ck) => self.emit.store_comp(ck, 4 * for_depth + 5),
                    }
                    break;
                }
            }
        }
        self.emit.jump(l_top);
        self.emit.label_assign(l_end);
        self.emit.for_iter_end();
    }

    /// A class scope: `__module__` and `__qualname__`, the body, then the `__class__` cell
    /// (or None) as the return value.
    pub(super) fn class_body(&mut self, s: &'a StructNode) {
        let names = *self.names();
        if self.pass == Pass::Scope {
            self.cur_mut()
                .find_or_add(names.dunder_class, IdKind::Local);
        }
        self.load_id(names.dunder_name);
        self.store_id(names.dunder_module);
        self.load_const_str(child(s, 0).as_id().unwrap_or(names.empty));
        self.store_id(names.dunder_qualname);
        self.node(child(s, 2));
        match self.cur().find(names.dunder_class).copied() {
            Some(id) if id.kind != IdKind::Local => {
                self.emit.load_local(id.local_num, LocalKind::Fast)
            }
            _ => self.load_none(),
        }
        self.emit.return_value();
    }

    fn func_param(&mut self, pn: &'a Node) {
        self.param(
            pn,
            Rule::TypedargslistName,
            Rule::TypedargslistStar,
            Rule::TypedargslistDblStar,
        );
    }

    fn lambda_param(&mut self, pn: &'a Node) {
        self.param(
            pn,
            Rule::VarargslistName,
            Rule::VarargslistStar,
            Rule::VarargslistDblStar,
        );
    }

    /// `compile_scope_func_lambda_param`: declare one parameter in the scope pass.
    fn param(&mut self, pn: &'a Node, name_rule: Rule, star_rule: Rule, dbl_star_rule: Rule) {
        if self.cur().flags.contains(ScopeFlags::VARKEYWORDS) {
            // Nothing may follow **kwargs.
            self.syntax_error(pn.line(), "invalid syntax");
            return;
        }
        let mut flag = id_flags::IS_PARAM;
        let mut annotated: Option<&'a StructNode> = None;
        let name = match pn {
            Node::Id(q) => {
                self.count_param();
                Some(*q)
            }
            Node::Struct(s) if s.rule == name_rule => {
                self.count_param();
                annotated = Some(s);
                child(s, 0).as_id()
            }
            Node::Struct(s) if s.rule == star_rule => {
                if self.have_star {
                    self.syntax_error(pn.line(), "invalid syntax");
                    return;
                }
                self.have_star = true;
                flag |= id_flags::IS_STAR_PARAM;
                match child(s, 0) {
                    Node::Null => None,
                    Node::Id(q) => {
                        self.cur_mut().flags |= ScopeFlags::VARARGS;
                        Some(*q)
                    }
                    Node::Struct(tfpdef) => {
                        self.cur_mut().flags |= ScopeFlags::VARARGS;
                        annotated = Some(tfpdef);
                        child(tfpdef, 0).as_id()
                    }
                    _ => None,
                }
            }
            Node::Struct(s) if s.rule == dbl_star_rule => {
                flag |= id_flags::IS_DBL_STAR_PARAM;
                self.cur_mut().flags |= ScopeFlags::VARKEYWORDS;
                annotated = Some(s);
                child(s, 0).as_id()
            }
            _ => None,
        };
        let Some(name) = name else { return };
        let pos = self.cur_mut().find_or_add(name, IdKind::Undecided);
        if self.cur().ids()[pos].kind != IdKind::Undecided {
            self.syntax_error(pn.line(), "argument name reused");
            return;
        }
        {
            let id = self.cur_mut().id_mut(pos);
            id.kind = IdKind::Local;
            id.flags = flag;
        }
        if self.cur().emit == CodeKind::Viper && name_rule == Rule::TypedargslistName {
            if let Some(s) = annotated {
                let ty = self.viper_type_annotation(child(s, 1));
                self.cur_mut().id_mut(pos).flags |= ty << id_flags::VIPER_TYPE_POS;
            }
        }
    }

    /// A named parameter counts as positional before the star and keyword-only after it.
    fn count_param(&mut self) {
        let have_star = self.have_star;
        let scope = self.cur_mut();
        if have_star {
            scope.num_kwonly_args += 1;
        } else {
            scope.num_pos_args += 1;
        }
    }

    /// `compile_viper_type_annotation`: the native type number of an annotation.
    fn viper_type_annotation(&mut self, pn: &'a Node) -> u8 {
        match pn {
            Node::Null => 0,
            Node::Id(q) => match self.names().viper_types.type_of(*q) {
                Some(t) => t,
                None => {
                    // This error replaces any earlier one, keeping its line (as C does),
                    // unless the compile has already stopped.
                    if !self.st.error.as_ref().is_some_and(|e| e.raised) {
                        let line = self.st.error.as_ref().map_or(0, |e| e.line);
                        let message = format!("unknown type '{}'", self.st.pool.display(*q));
                        self.st.error = Some(PendingError {
                            exception: ExceptionKind::ViperTypeError,
                            message,
                            line,
                            raised: false,
                        });
                    }
                    0
                }
            },
            _ => {
                self.syntax_error(pn.line(), "annotation must be an identifier");
                0
            }
        }
    }
}
