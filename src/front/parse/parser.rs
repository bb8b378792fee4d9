//! The table-driven parsing engine of `mp_parse`.
//!
//! Two explicit stacks replace recursion: the *rule stack* holds rules in progress (which
//! rule, how far into its elements, the line it started on) and the *result stack* holds
//! the nodes built so far. A rule that fails sets `backtrack` and returns to its caller,
//! which tries its next alternative; once an `and` rule or a separated list has consumed
//! a token past its first element it cannot backtrack, and the failure is a syntax error.

use std::collections::HashMap;

use super::grammar::{may_start_with, rule_def, Arg, Kind};
use super::ParseOptions;
use crate::error::{CompileError, ExceptionKind};
use crate::front::lexer::Lexer;
use crate::front::node::Node;
use crate::front::obj::Obj;
use crate::front::qstr::{Qstr, QstrPool};
use crate::front::rule::Rule;
use crate::front::token::TokenKind;

/// Rules in progress beyond which parsing stops with a `MemoryError`.
///
/// mpy-cross keeps the same stack of 16-byte entries in its 2 MB heap and runs out of
/// memory near this depth: 7,643 nested list displays parse, 7,644 do not. (Other shapes
/// also fill the heap with results and nodes, so mpy-cross may fail earlier for them.)
/// Stopping here also bounds the depth of the tree that later passes walk.
const MAX_RULE_DEPTH: usize = 122_300;

/// A rule in progress.
#[derive(Clone, Copy, Debug)]
pub(super) struct RuleFrame {
    pub(super) rule: Rule,
    /// The element to continue with.
    pub(super) arg_i: usize,
    /// The line of the rule's first token.
    pub(super) line: u32,
}

/// The parser's state (`parser_t`).
pub(super) struct Parser<'src, 'p, 'o> {
    pub(super) lexer: Lexer<'src>,
    pub(super) pool: &'p mut QstrPool,
    pub(super) opts: &'o ParseOptions,
    pub(super) rule_stack: Vec<RuleFrame>,
    pub(super) results: Vec<Node>,
    /// Values of `NAME = const(value)` seen so far.
    pub(super) consts: HashMap<Qstr, Obj>,
}

impl<'src, 'p, 'o> Parser<'src, 'p, 'o> {
    /// Parse `source` as a module.
    pub(super) fn run(
        source: &'src [u8],
        pool: &'p mut QstrPool,
        opts: &'o ParseOptions,
    ) -> Result<Node, CompileError> {
        let lexer = Lexer::with_switches(source, opts.optimize, opts.lexer)?;
        let mut parser = Parser {
            lexer,
            pool,
            opts,
            rule_stack: Vec::with_capacity(64),
            results: Vec::with_capacity(32),
            consts: HashMap::new(),
        };
        parser.parse_file_input()
    }

    fn parse_file_input(&mut self) -> Result<Node, CompileError> {
        let line = self.lexer.line();
        self.push_rule(line, Rule::FileInput, 0)?;
        let mut backtrack = false;

        while let Some(frame) = self.rule_stack.pop() {
            let def = rule_def(frame.rule);
            let step = match def.kind {
                Kind::Or => self.step_or(frame, backtrack)?,
                Kind::And => self.step_and(frame, backtrack)?,
                Kind::List { shape } => self.step_list(frame, shape, backtrack)?,
            };
            backtrack = match step {
                Step::Continue => false,
                Step::Backtrack => true,
                Step::SyntaxError => return Err(self.syntax_error()),
            };
        }

        if self.lexer.kind() != TokenKind::End {
            return Err(self.syntax_error());
        }
        match (self.results.pop(), self.results.is_empty()) {
            (Some(root), true) => Ok(root),
            _ => Err(self.syntax_error()),
        }
    }

    /// An `or` rule: try each alternative in turn.
    fn step_or(&mut self, frame: RuleFrame, backtrack: bool) -> Result<Step, CompileError> {
        if frame.arg_i > 0 && !backtrack {
            // The alternative tried last time matched.
            return Ok(Step::Continue);
        }
        let args = rule_def(frame.rule).args;
        for (i, &arg) in args.iter().enumerate().skip(frame.arg_i) {
            match arg {
                Arg::Tok(kind) => {
                    if self.lexer.kind() == kind {
                        self.push_result_token(frame.rule)?;
                        self.lexer.advance()?;
                        return Ok(Step::Continue);
                    }
                }
                Arg::Rule(sub) | Arg::OptRule(sub) => {
                    if !may_start_with(sub, self.lexer.kind()) {
                        // It would backtrack at once: try the next alternative.
                        continue;
                    }
                    if i + 1 < args.len() {
                        self.push_rule(frame.line, frame.rule, i + 1)?;
                    }
                    self.push_rule(self.lexer.line(), sub, 0)?;
                    return Ok(Step::Continue);
                }
            }
        }
        Ok(Step::Backtrack)
    }

    /// An `and` rule: match each element in sequence, then build the node.
    fn step_and(&mut self, frame: RuleFrame, backtrack: bool) -> Result<Step, CompileError> {
        let def = rule_def(frame.rule);
        let args = def.args;
        let mut i = frame.arg_i;

        if backtrack {
            // The sub-rule at i - 1 failed.
            match i.checked_sub(1).and_then(|j| args.get(j)) {
                Some(Arg::OptRule(_)) => self.results.push(Node::Null),
                _ if i > 1 => return Ok(Step::SyntaxError),
                _ => return Ok(Step::Backtrack),
            }
        }

        while let Some(&arg) = args.get(i) {
            match arg {
                Arg::Tok(kind) => {
                    if self.lexer.kind() != kind {
                        // Once a token is eaten the rule cannot backtrack.
                        return Ok(if i > 0 {
                            Step::SyntaxError
                        } else {
                            Step::Backtrack
                        });
                    }
                    if kind == TokenKind::Name {
                        self.push_result_token(frame.rule)?;
                    }
                    self.lexer.advance()?;
                }
                Arg::OptRule(sub) if !may_start_with(sub, self.lexer.kind()) => {
                    // Absent, as it would turn out after backtracking.
                    self.results.push(Node::Null);
                }
                Arg::Rule(sub) if !may_start_with(sub, self.lexer.kind()) => {
                    return Ok(if i > 0 {
                        Step::SyntaxError
                    } else {
                        Step::Backtrack
                    });
                }
                Arg::Rule(sub) | Arg::OptRule(sub) => {
                    self.push_rule(frame.line, frame.rule, i + 1)?;
                    self.push_rule(self.lexer.line(), sub, 0)?;
                    return Ok(Step::Continue);
                }
            }
            i += 1;
        }

        // Matched: build the node.
        if frame.rule == Rule::ExprStmt && self.discard_lonely_constant(frame.line)? {
            return Ok(Step::Continue);
        }

        // Only rules and NAME tokens left a result.
        let mut num_args = 0;
        let mut num_not_null = 0;
        for arg in args.iter().rev() {
            match arg {
                Arg::Tok(TokenKind::Name) => {
                    num_args += 1;
                    num_not_null += 1;
                }
                Arg::Tok(_) => {}
                Arg::Rule(_) | Arg::OptRule(_) => {
                    if !self.peek(num_args).is_null() {
                        num_not_null += 1;
                    }
                    num_args += 1;
                }
            }
        }

        if num_not_null == 1 && def.allow_ident {
            // Collapse the rule into its single result.
            let base = self.results.len() - num_args;
            let kept = self
                .results
                .drain(base..)
                .rfind(|n| !n.is_null())
                .unwrap_or(Node::Null);
            self.results.push(kept);
        } else {
            if def.add_blank {
                self.results.push(Node::Null);
                num_args += 1;
            }
            self.push_result_rule(frame.line, frame.rule, num_args)?;
        }
        Ok(Step::Continue)
    }

    /// A list rule: items, possibly with separators.
    fn step_list(
        &mut self,
        frame: RuleFrame,
        shape: usize,
        backtrack: bool,
    ) -> Result<Step, CompileError> {
        let args = rule_def(frame.rule).args;
        let mut i = frame.arg_i;
        let mut failed = backtrack;

        if !failed {
            loop {
                // Even positions are items, odd positions separators (for separated lists).
                let index = i & 1 & shape;
                let Some(&arg) = args.get(index) else {
                    return Ok(Step::SyntaxError);
                };
                match arg {
                    Arg::Tok(kind) => {
                        i += 1;
                        if self.lexer.kind() != kind {
                            failed = true;
                            break;
                        }
                        if index == 0 {
                            // Separators that are tokens are not kept.
                            self.push_result_token(frame.rule)?;
                        }
                        self.lexer.advance()?;
                    }
                    Arg::Rule(sub) | Arg::OptRule(sub) => {
                        i += 1;
                        if !may_start_with(sub, self.lexer.kind()) {
                            // It would backtrack at once.
                            failed = true;
                            break;
                        }
                        self.push_rule(frame.line, frame.rule, i)?;
                        self.push_rule(self.lexer.line(), sub, 0)?;
                        return Ok(Step::Continue);
                    }
                }
            }
        }

        let mut had_trailing_sep = false;
        if failed {
            if i <= 1 {
                // The first item failed: the whole list fails.
                return Ok(Step::Backtrack);
            }
            if shape != 2 && i & 1 == 1 {
                // An item after a separator failed.
                if shape == 3 {
                    had_trailing_sep = true;
                } else {
                    return Ok(Step::SyntaxError);
                }
            }
        }

        // Count the items (and separators that are rules).
        let mut count = i - 1;
        let separator_is_token = matches!(args.get(1), Some(Arg::Tok(_)));
        if shape & 1 == 1 && separator_is_token {
            count = count.div_ceil(2);
        }
        if count != 1 || had_trailing_sep {
            // A single item without a trailing separator is left as it is.
            self.push_result_rule(frame.line, frame.rule, count)?;
        }
        Ok(Step::Continue)
    }

    /// A statement that is only a constant (a docstring, a bare number) is replaced by
    /// `pass`, so that it costs nothing.
    fn discard_lonely_constant(&mut self, line: u32) -> Result<bool, CompileError> {
        if !self.peek(0).is_null() {
            return Ok(false);
        }
        let value = self.peek(1);
        let is_constant =
            (value.is_leaf() && value.as_id().is_none()) || value.is_struct_kind(Rule::ConstObject);
        if !is_constant {
            return Ok(false);
        }
        self.results.pop();
        self.results.pop();
        self.push_result_rule(line, Rule::PassStmt, 0)?;
        Ok(true)
    }

    pub(super) fn push_rule(
        &mut self,
        line: u32,
        rule: Rule,
        arg_i: usize,
    ) -> Result<(), CompileError> {
        if self.rule_stack.len() >= MAX_RULE_DEPTH {
            return Err(CompileError::new(ExceptionKind::MemoryError, ""));
        }
        self.rule_stack.push(RuleFrame { rule, arg_i, line });
        Ok(())
    }

    /// The result `pos` places below the top of the result stack.
    pub(super) fn peek(&self, pos: usize) -> &Node {
        self.results
            .len()
            .checked_sub(pos + 1)
            .and_then(|i| self.results.get(i))
            .unwrap_or(&Node::Null)
    }

    /// The rule `pos` places below the top of the rule stack.
    pub(super) fn peek_rule(&self, pos: usize) -> Option<Rule> {
        let len = self.rule_stack.len();
        len.checked_sub(pos + 1).map(|i| self.rule_stack[i].rule)
    }

    /// The error for the current token: an indentation error for indentation tokens, a
    /// malformed f-string, or invalid syntax.
    fn syntax_error(&self) -> CompileError {
        let line = self.lexer.line();
        let error = match self.lexer.kind() {
            TokenKind::Indent => {
                CompileError::new(ExceptionKind::IndentationError, "unexpected indent")
                    .at_line(line)
            }
            TokenKind::DedentMismatch => CompileError::new(
                ExceptionKind::IndentationError,
                "unindent doesn't match any outer indent level",
            )
            .at_line(line),
            TokenKind::MalformedFstring => CompileError::syntax("malformed f-string", line),
            TokenKind::FstringRaw => CompileError::syntax("raw f-strings are not supported", line),
            _ => CompileError::syntax("invalid syntax", line),
        };
        CompileError {
            column: Some(self.lexer.column()),
            ..error
        }
    }
}

/// What the engine does after a rule step.
enum Step {
    /// Go on with the next rule on the stack.
    Continue,
    /// The rule failed; its caller tries something else.
    Backtrack,
    /// The rule failed after consuming tokens.
    SyntaxError,
}
