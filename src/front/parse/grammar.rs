//! The grammar of `py/grammar.h` (v1.28.0, mpy-cross configuration: async/await,
//! assignment expressions, slices and sets), as data for the table-driven parser.
//!
//! Each rule is one of three kinds:
//! - `or`: the first alternative that matches;
//! - `and`: every element in sequence. `and_ident` rules with a single non-null result
//!   collapse into that result; `and_blank` rules get an extra null child that the
//!   compiler uses as scratch space;
//! - lists: `one_or_more` (`item item*`), `list` (`item (sep item)*`) and
//!   `list_with_end` (`item (sep item)* [sep]`).
//!
//! Only `NAME` tokens of an `and` rule are kept in the tree; other tokens of an `and`
//! rule are implied by the rule.

use crate::front::rule::Rule;
use crate::front::token::TokenKind;

/// One element of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Arg {
    /// A token of this kind.
    Tok(TokenKind),
    /// A sub-rule that must match.
    Rule(Rule),
    /// A sub-rule that may be absent (a null node takes its place).
    OptRule(Rule),
}

/// How a rule combines its elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Or,
    And,
    /// A list; `shape` is MicroPython's list code: 1 = `list`, 2 = `one_or_more`,
    /// 3 = `list_with_end`.
    List {
        shape: usize,
    },
}

/// A rule's definition.
#[derive(Debug)]
pub(super) struct RuleDef {
    pub(super) kind: Kind,
    /// An `and` rule with one non-null result is replaced by that result.
    pub(super) allow_ident: bool,
    /// An `and` rule gets an extra null child.
    pub(super) add_blank: bool,
    pub(super) args: &'static [Arg],
}

const fn or() -> RuleDef {
    RuleDef {
        kind: Kind::Or,
        allow_ident: false,
        add_blank: false,
        args: &[],
    }
}
const fn and() -> RuleDef {
    RuleDef {
        kind: Kind::And,
        allow_ident: false,
        add_blank: false,
        args: &[],
    }
}
const fn and_ident() -> RuleDef {
    RuleDef {
        kind: Kind::And,
        allow_ident: true,
        add_blank: false,
        args: &[],
    }
}
const fn and_blank() -> RuleDef {
    RuleDef {
        kind: Kind::And,
        allow_ident: false,
        add_blank: true,
        args: &[],
    }
}
const fn list() -> RuleDef {
    RuleDef {
        kind: Kind::List { shape: 1 },
        allow_ident: false,
        add_blank: false,
        args: &[],
    }
}
const fn one_or_more() -> RuleDef {
    RuleDef {
        kind: Kind::List { shape: 2 },
        allow_ident: false,
        add_blank: false,
        args: &[],
    }
}
const fn list_with_end() -> RuleDef {
    RuleDef {
        kind: Kind::List { shape: 3 },
        allow_ident: false,
        add_blank: false,
        args: &[],
    }
}
const fn tok(kind: TokenKind) -> Arg {
    Arg::Tok(kind)
}
const fn rule(r: Rule) -> Arg {
    Arg::Rule(r)
}
const fn opt(r: Rule) -> Arg {
    Arg::OptRule(r)
}

/// A `&'static RuleDef` built by constructor `$kind` with elements `$arg`.
macro_rules! def {
    ($kind:ident [$($arg:expr),* $(,)?]) => {{
        const DEF: RuleDef = RuleDef { args: &[$($arg),*], ..$kind() };
        &DEF
    }};
}

/// The definition of `r`.
pub(super) fn rule_def(r: Rule) -> &'static RuleDef {
    RULE_DEFS[r as usize]
}

/// True unless rule `r` is sure to fail, without consuming a token or building a node,
/// when the current token is `tok`. The parser uses this to skip alternatives it would
/// otherwise push only to see them backtrack at once; the outcome is the same.
pub(super) fn may_start_with(r: Rule, tok: TokenKind) -> bool {
    START_TOKENS[r as usize] & (1u128 << tok as u8) != 0
}

/// For each rule, the set of tokens (as bits) it may start with. An `and` rule that
/// starts with an optional element may start with anything: when the element is absent
/// the rule goes on (and may raise a syntax error) rather than backtrack.
static START_TOKENS: [u128; Rule::ALL.len()] = {
    let mut sets = [0u128; Rule::ALL.len()];
    // Least fixed point: grow the sets until nothing changes.
    let mut changed = true;
    while changed {
        changed = false;
        let mut i = 0;
        while i < sets.len() {
            let def = definition(Rule::ALL[i]);
            let mut set = 0u128;
            let mut j = 0;
            while j < def.args.len() {
                let first_only = !matches!(def.kind, Kind::Or);
                if first_only && j > 0 {
                    break;
                }
                set |= match def.args[j] {
                    Arg::Tok(kind) => 1u128 << kind as u8,
                    Arg::Rule(sub) => sets[sub as usize],
                    Arg::OptRule(_) => u128::MAX,
                };
                j += 1;
            }
            if matches!(def.kind, Kind::And) && def.args.is_empty() {
                set = u128::MAX;
            }
            if set != sets[i] {
                sets[i] = set;
                changed = true;
            }
            i += 1;
        }
    }
    sets
};

/// Every rule's definition, indexed by rule number.
static RULE_DEFS: [&RuleDef; Rule::ALL.len()] = {
    let mut defs = [definition(Rule::ConstObject); Rule::ALL.len()];
    let mut i = 0;
    while i < defs.len() {
        defs[i] = definition(Rule::ALL[i]);
        i += 1;
    }
    defs
};

/// The definition of `r`. `ConstObject` is not a grammar rule; it gets an empty `and`.
const fn definition(r: Rule) -> &'static RuleDef {
    use Rule::*;
    use TokenKind::*;
    match r {
        ConstObject => def!(and[]),
        GenericColonTest => def!(and_ident[tok(DelColon), rule(Test)]),
        GenericEqualTest => def!(and_ident[tok(DelEqual), rule(Test)]),
        SingleInput => def!(or[tok(Newline), rule(SimpleStmt), rule(CompoundStmt)]),
        FileInput => def!(and_ident[opt(FileInput2)]),
        FileInput2 => def!(one_or_more[rule(FileInput3)]),
        FileInput3 => def!(or[tok(Newline), rule(Stmt)]),
        EvalInput => def!(and_ident[rule(Testlist), opt(EvalInput2)]),
        EvalInput2 => def!(and[tok(Newline)]),
        Decorator => def!(and[tok(OpAt), rule(DottedName), opt(TrailerParen), tok(Newline)]),
        Decorators => def!(one_or_more[rule(Decorator)]),
        Decorated => def!(and_ident[rule(Decorators), rule(DecoratedBody)]),
        DecoratedBody => def!(or[rule(Classdef), rule(Funcdef), rule(AsyncFuncdef)]),
        AsyncFuncdef => def!(and[tok(KwAsync), rule(Funcdef)]),
        Funcdef => {
            def!(and_blank[tok(KwDef), tok(Name), tok(DelParenOpen), opt(Typedargslist), tok(DelParenClose), opt(Funcdefrettype), tok(DelColon), rule(Suite)])
        }
        Funcdefrettype => def!(and_ident[tok(DelMinusMore), rule(Test)]),
        Typedargslist => def!(list_with_end[rule(TypedargslistItem), tok(DelComma)]),
        TypedargslistItem => {
            def!(or[rule(TypedargslistName), rule(TypedargslistStar), rule(TypedargslistDblStar)])
        }
        TypedargslistName => {
            def!(and_ident[tok(Name), opt(GenericColonTest), opt(GenericEqualTest)])
        }
        TypedargslistStar => def!(and[tok(OpStar), opt(Tfpdef)]),
        TypedargslistDblStar => def!(and[tok(OpDblStar), tok(Name), opt(GenericColonTest)]),
        Tfpdef => def!(and[tok(Name), opt(GenericColonTest)]),
        Varargslist => def!(list_with_end[rule(VarargslistItem), tok(DelComma)]),
        VarargslistItem => {
            def!(or[rule(VarargslistName), rule(VarargslistStar), rule(VarargslistDblStar)])
        }
        VarargslistName => def!(and_ident[tok(Name), opt(GenericEqualTest)]),
        VarargslistStar => def!(and[tok(OpStar), opt(Vfpdef)]),
        VarargslistDblStar => def!(and[tok(OpDblStar), tok(Name)]),
        Vfpdef => def!(and_ident[tok(Name)]),
        Stmt => def!(or[rule(CompoundStmt), rule(SimpleStmt)]),
        SimpleStmt => def!(and_ident[rule(SimpleStmt2), tok(Newline)]),
        SimpleStmt2 => def!(list_with_end[rule(SmallStmt), tok(DelSemicolon)]),
        SmallStmt => {
            def!(or[rule(DelStmt), rule(PassStmt), rule(FlowStmt), rule(ImportStmt), rule(GlobalStmt), rule(NonlocalStmt), rule(AssertStmt), rule(ExprStmt)])
        }
        ExprStmt => def!(and[rule(TestlistStarExpr), opt(ExprStmt2)]),
        ExprStmt2 => def!(or[rule(Annassign), rule(ExprStmtAugassign), rule(ExprStmtAssignList)]),
        ExprStmtAugassign => def!(and_ident[rule(Augassign), rule(ExprStmt6)]),
        ExprStmtAssignList => def!(one_or_more[rule(ExprStmtAssign)]),
        ExprStmtAssign => def!(and_ident[tok(DelEqual), rule(ExprStmt6)]),
        ExprStmt6 => def!(or[rule(YieldExpr), rule(TestlistStarExpr)]),
        TestlistStarExpr => def!(list_with_end[rule(TestlistStarExpr2), tok(DelComma)]),
        TestlistStarExpr2 => def!(or[rule(StarExpr), rule(Test)]),
        Annassign => def!(and[tok(DelColon), rule(Test), opt(ExprStmtAssign)]),
        Augassign => {
            def!(or[tok(DelPlusEqual), tok(DelMinusEqual), tok(DelStarEqual), tok(DelAtEqual), tok(DelSlashEqual), tok(DelPercentEqual), tok(DelAmpersandEqual), tok(DelPipeEqual), tok(DelCaretEqual), tok(DelDblLessEqual), tok(DelDblMoreEqual), tok(DelDblStarEqual), tok(DelDblSlashEqual)])
        }
        DelStmt => def!(and[tok(KwDel), rule(Exprlist)]),
        PassStmt => def!(and[tok(KwPass)]),
        FlowStmt => {
            def!(or[rule(BreakStmt), rule(ContinueStmt), rule(ReturnStmt), rule(RaiseStmt), rule(YieldStmt)])
        }
        BreakStmt => def!(and[tok(KwBreak)]),
        ContinueStmt => def!(and[tok(KwContinue)]),
        ReturnStmt => def!(and[tok(KwReturn), opt(Testlist)]),
        YieldStmt => def!(and[rule(YieldExpr)]),
        RaiseStmt => def!(and[tok(KwRaise), opt(RaiseStmtArg)]),
        RaiseStmtArg => def!(and_ident[rule(Test), opt(RaiseStmtFrom)]),
        RaiseStmtFrom => def!(and_ident[tok(KwFrom), rule(Test)]),
        ImportStmt => def!(or[rule(ImportName), rule(ImportFrom)]),
        ImportName => def!(and[tok(KwImport), rule(DottedAsNames)]),
        ImportFrom => def!(and[tok(KwFrom), rule(ImportFrom2), tok(KwImport), rule(ImportFrom3)]),
        ImportFrom2 => def!(or[rule(DottedName), rule(ImportFrom2b)]),
        ImportFrom2b => def!(and_ident[rule(OneOrMorePeriodOrEllipsis), opt(DottedName)]),
        ImportFrom3 => def!(or[tok(OpStar), rule(ImportAsNamesParen), rule(ImportAsNames)]),
        ImportAsNamesParen => {
            def!(and_ident[tok(DelParenOpen), rule(ImportAsNames), tok(DelParenClose)])
        }
        OneOrMorePeriodOrEllipsis => def!(one_or_more[rule(PeriodOrEllipsis)]),
        PeriodOrEllipsis => def!(or[tok(DelPeriod), tok(Ellipsis)]),
        ImportAsName => def!(and[tok(Name), opt(AsName)]),
        DottedAsName => def!(and_ident[rule(DottedName), opt(AsName)]),
        AsName => def!(and_ident[tok(KwAs), tok(Name)]),
        ImportAsNames => def!(list_with_end[rule(ImportAsName), tok(DelComma)]),
        DottedAsNames => def!(list[rule(DottedAsName), tok(DelComma)]),
        DottedName => def!(list[tok(Name), tok(DelPeriod)]),
        GlobalStmt => def!(and[tok(KwGlobal), rule(NameList)]),
        NonlocalStmt => def!(and[tok(KwNonlocal), rule(NameList)]),
        NameList => def!(list[tok(Name), tok(DelComma)]),
        AssertStmt => def!(and[tok(KwAssert), rule(Test), opt(AssertStmtExtra)]),
        AssertStmtExtra => def!(and_ident[tok(DelComma), rule(Test)]),
        CompoundStmt => {
            def!(or[rule(IfStmt), rule(WhileStmt), rule(ForStmt), rule(TryStmt), rule(WithStmt), rule(Funcdef), rule(Classdef), rule(Decorated), rule(AsyncStmt)])
        }
        AsyncStmt => def!(and[tok(KwAsync), rule(AsyncStmt2)]),
        AsyncStmt2 => def!(or[rule(Funcdef), rule(WithStmt), rule(ForStmt)]),
        IfStmt => {
            def!(and[tok(KwIf), rule(NamedexprTest), tok(DelColon), rule(Suite), opt(IfStmtElifList), opt(ElseStmt)])
        }
        IfStmtElifList => def!(one_or_more[rule(IfStmtElif)]),
        IfStmtElif => def!(and[tok(KwElif), rule(NamedexprTest), tok(DelColon), rule(Suite)]),
        WhileStmt => {
            def!(and[tok(KwWhile), rule(NamedexprTest), tok(DelColon), rule(Suite), opt(ElseStmt)])
        }
        ForStmt => {
            def!(and[tok(KwFor), rule(Exprlist), tok(KwIn), rule(Testlist), tok(DelColon), rule(Suite), opt(ElseStmt)])
        }
        TryStmt => def!(and[tok(KwTry), tok(DelColon), rule(Suite), rule(TryStmt2)]),
        TryStmt2 => def!(or[rule(TryStmtExceptAndMore), rule(TryStmtFinally)]),
        TryStmtExceptAndMore => {
            def!(and_ident[rule(TryStmtExceptList), opt(ElseStmt), opt(TryStmtFinally)])
        }
        TryStmtExcept => def!(and[tok(KwExcept), opt(TryStmtAsName), tok(DelColon), rule(Suite)]),
        TryStmtAsName => def!(and_ident[rule(Test), opt(AsName)]),
        TryStmtExceptList => def!(one_or_more[rule(TryStmtExcept)]),
        TryStmtFinally => def!(and[tok(KwFinally), tok(DelColon), rule(Suite)]),
        ElseStmt => def!(and_ident[tok(KwElse), tok(DelColon), rule(Suite)]),
        WithStmt => def!(and[tok(KwWith), rule(WithStmtList), tok(DelColon), rule(Suite)]),
        WithStmtList => def!(list[rule(WithItem), tok(DelComma)]),
        WithItem => def!(and_ident[rule(Test), opt(WithItemAs)]),
        WithItemAs => def!(and_ident[tok(KwAs), rule(Expr)]),
        Suite => def!(or[rule(SuiteBlock), rule(SimpleStmt)]),
        SuiteBlock => {
            def!(and_ident[tok(Newline), tok(Indent), rule(SuiteBlockStmts), tok(Dedent)])
        }
        SuiteBlockStmts => def!(one_or_more[rule(Stmt)]),
        NamedexprTest => def!(and_ident[rule(Test), opt(NamedexprTest2)]),
        NamedexprTest2 => def!(and_ident[tok(OpAssign), rule(Test)]),
        Test => def!(or[rule(Lambdef), rule(TestIfExpr)]),
        TestIfExpr => def!(and_ident[rule(OrTest), opt(TestIfElse)]),
        TestIfElse => def!(and[tok(KwIf), rule(OrTest), tok(KwElse), rule(Test)]),
        TestNocond => def!(or[rule(LambdefNocond), rule(OrTest)]),
        Lambdef => def!(and_blank[tok(KwLambda), opt(Varargslist), tok(DelColon), rule(Test)]),
        LambdefNocond => {
            def!(and_blank[tok(KwLambda), opt(Varargslist), tok(DelColon), rule(TestNocond)])
        }
        OrTest => def!(list[rule(AndTest), tok(KwOr)]),
        AndTest => def!(list[rule(NotTest), tok(KwAnd)]),
        NotTest => def!(or[rule(NotTest2), rule(Comparison)]),
        NotTest2 => def!(and[tok(KwNot), rule(NotTest)]),
        Comparison => def!(list[rule(Expr), rule(CompOp)]),
        CompOp => {
            def!(or[tok(OpLess), tok(OpMore), tok(OpDblEqual), tok(OpLessEqual), tok(OpMoreEqual), tok(OpNotEqual), tok(KwIn), rule(CompOpNotIn), rule(CompOpIs)])
        }
        CompOpNotIn => def!(and[tok(KwNot), tok(KwIn)]),
        CompOpIs => def!(and[tok(KwIs), opt(CompOpIsNot)]),
        CompOpIsNot => def!(and[tok(KwNot)]),
        StarExpr => def!(and[tok(OpStar), rule(Expr)]),
        Expr => def!(list[rule(XorExpr), tok(OpPipe)]),
        XorExpr => def!(list[rule(AndExpr), tok(OpCaret)]),
        AndExpr => def!(list[rule(ShiftExpr), tok(OpAmpersand)]),
        ShiftExpr => def!(list[rule(ArithExpr), rule(ShiftOp)]),
        ShiftOp => def!(or[tok(OpDblLess), tok(OpDblMore)]),
        ArithExpr => def!(list[rule(Term), rule(ArithOp)]),
        ArithOp => def!(or[tok(OpPlus), tok(OpMinus)]),
        Term => def!(list[rule(Factor), rule(TermOp)]),
        TermOp => def!(or[tok(OpStar), tok(OpAt), tok(OpSlash), tok(OpPercent), tok(OpDblSlash)]),
        Factor => def!(or[rule(Factor2), rule(Power)]),
        Factor2 => def!(and_ident[rule(FactorOp), rule(Factor)]),
        FactorOp => def!(or[tok(OpPlus), tok(OpMinus), tok(OpTilde)]),
        Power => def!(and_ident[rule(AtomExpr), opt(PowerDblStar)]),
        AtomExpr => def!(or[rule(AtomExprAwait), rule(AtomExprNormal)]),
        AtomExprAwait => def!(and[tok(KwAwait), rule(Atom), opt(AtomExprTrailers)]),
        AtomExprNormal => def!(and_ident[rule(Atom), opt(AtomExprTrailers)]),
        AtomExprTrailers => def!(one_or_more[rule(Trailer)]),
        PowerDblStar => def!(and_ident[tok(OpDblStar), rule(Factor)]),
        Atom => {
            def!(or[tok(Name), tok(Integer), tok(FloatOrImag), tok(String), tok(Bytes), tok(Ellipsis), tok(KwNone), tok(KwTrue), tok(KwFalse), rule(AtomParen), rule(AtomBracket), rule(AtomBrace)])
        }
        AtomParen => def!(and[tok(DelParenOpen), opt(Atom2b), tok(DelParenClose)]),
        Atom2b => def!(or[rule(YieldExpr), rule(TestlistComp)]),
        AtomBracket => def!(and[tok(DelBracketOpen), opt(TestlistComp), tok(DelBracketClose)]),
        AtomBrace => def!(and[tok(DelBraceOpen), opt(Dictorsetmaker), tok(DelBraceClose)]),
        TestlistComp => def!(and_ident[rule(TestlistComp2), opt(TestlistComp3)]),
        TestlistComp2 => def!(or[rule(StarExpr), rule(NamedexprTest)]),
        TestlistComp3 => def!(or[rule(CompFor), rule(TestlistComp3b)]),
        TestlistComp3b => def!(and_ident[tok(DelComma), opt(TestlistComp3c)]),
        TestlistComp3c => def!(list_with_end[rule(TestlistComp2), tok(DelComma)]),
        Trailer => def!(or[rule(TrailerParen), rule(TrailerBracket), rule(TrailerPeriod)]),
        TrailerParen => def!(and[tok(DelParenOpen), opt(Arglist), tok(DelParenClose)]),
        TrailerBracket => def!(and[tok(DelBracketOpen), rule(Subscriptlist), tok(DelBracketClose)]),
        TrailerPeriod => def!(and[tok(DelPeriod), tok(Name)]),
        Subscriptlist => def!(list_with_end[rule(Subscript), tok(DelComma)]),
        Subscript => def!(or[rule(Subscript3), rule(Subscript2)]),
        Subscript2 => def!(and_ident[rule(Test), opt(Subscript3)]),
        Subscript3 => def!(and[tok(DelColon), opt(Subscript3b)]),
        Subscript3b => def!(or[rule(Subscript3c), rule(Subscript3d)]),
        Subscript3c => def!(and[tok(DelColon), opt(Test)]),
        Subscript3d => def!(and_ident[rule(Test), opt(Sliceop)]),
        Sliceop => def!(and[tok(DelColon), opt(Test)]),
        Exprlist => def!(list_with_end[rule(Exprlist2), tok(DelComma)]),
        Exprlist2 => def!(or[rule(StarExpr), rule(Expr)]),
        Testlist => def!(list_with_end[rule(Test), tok(DelComma)]),
        Dictorsetmaker => def!(and_ident[rule(DictorsetmakerItem), opt(DictorsetmakerTail)]),
        DictorsetmakerItem => def!(and_ident[rule(Test), opt(GenericColonTest)]),
        DictorsetmakerTail => def!(or[rule(CompFor), rule(DictorsetmakerList)]),
        DictorsetmakerList => def!(and[tok(DelComma), opt(DictorsetmakerList2)]),
        DictorsetmakerList2 => def!(list_with_end[rule(DictorsetmakerItem), tok(DelComma)]),
        Classdef => {
            def!(and_blank[tok(KwClass), tok(Name), opt(Classdef2), tok(DelColon), rule(Suite)])
        }
        Classdef2 => def!(and_ident[tok(DelParenOpen), opt(Arglist), tok(DelParenClose)]),
        Arglist => def!(list_with_end[rule(Arglist2), tok(DelComma)]),
        Arglist2 => def!(or[rule(ArglistStar), rule(ArglistDblStar), rule(Argument)]),
        ArglistStar => def!(and[tok(OpStar), rule(Test)]),
        ArglistDblStar => def!(and[tok(OpDblStar), rule(Test)]),
        Argument => def!(and_ident[rule(Test), opt(Argument2)]),
        Argument2 => def!(or[rule(CompFor), rule(GenericEqualTest), rule(Argument3)]),
        Argument3 => def!(and[tok(OpAssign), rule(Test)]),
        CompIter => def!(or[rule(CompFor), rule(CompIf)]),
        CompFor => {
            def!(and_blank[tok(KwFor), rule(Exprlist), tok(KwIn), rule(OrTest), opt(CompIter)])
        }
        CompIf => def!(and[tok(KwIf), rule(TestNocond), opt(CompIter)]),
        YieldExpr => def!(and[tok(KwYield), opt(YieldArg)]),
        YieldArg => def!(or[rule(YieldArgFrom), rule(Testlist)]),
        YieldArgFrom => def!(and[tok(KwFrom), rule(Test)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_definition_of_the_right_size() {
        for r in Rule::ALL {
            let def = rule_def(r);
            match def.kind {
                Kind::List { shape: 2 } => assert_eq!(def.args.len(), 1, "{r:?}"),
                Kind::List { .. } => assert_eq!(def.args.len(), 2, "{r:?}"),
                _ => assert!(def.args.len() <= 13, "{r:?}"),
            }
        }
        assert_eq!(rule_def(Rule::Atom).args.len(), 12);
    }

    #[test]
    fn start_tokens_follow_the_first_elements() {
        use TokenKind::*;
        assert!(may_start_with(Rule::Atom, Name));
        assert!(may_start_with(Rule::Test, KwLambda));
        assert!(may_start_with(Rule::Test, OpMinus));
        assert!(!may_start_with(Rule::Test, DelColon));
        assert!(!may_start_with(Rule::AtomExprAwait, Name));
        assert!(!may_start_with(Rule::PowerDblStar, OpStar));
        // Starts with an optional rule: may start with anything.
        assert!(may_start_with(Rule::FileInput, DelColon));
        assert!(may_start_with(Rule::Stmt, KwDef));
        assert_eq!(rule_def(Rule::Funcdef).args[1], Arg::Tok(TokenKind::Name));
    }
}
