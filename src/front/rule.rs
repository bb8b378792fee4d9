//! Grammar rule ids, generated from `py/grammar.h` at v1.28.0 with the mpy-cross configuration
//! (async/await, assignment expressions, slices and sets enabled).
//!
//! Numbering follows `py/parse.c`: first the rules that have a compile function (`DEF_RULE`),
//! then `ConstObject`, then the rules without one (`DEF_RULE_NC`). Variant names are the
//! C names in CamelCase (`testlist_comp` -> `TestlistComp`), so `RULE_x`/`PN_x` in the C
//! sources map to `Rule::X` one to one.

/// A grammar rule id (`RULE_*` / `PN_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Rule {
    /// `file_input`
    FileInput,
    /// `file_input_2`
    FileInput2,
    /// `decorated`
    Decorated,
    /// `funcdef`
    Funcdef,
    /// `simple_stmt_2`
    SimpleStmt2,
    /// `expr_stmt`
    ExprStmt,
    /// `testlist_star_expr`
    TestlistStarExpr,
    /// `del_stmt`
    DelStmt,
    /// `pass_stmt`
    PassStmt,
    /// `break_stmt`
    BreakStmt,
    /// `continue_stmt`
    ContinueStmt,
    /// `return_stmt`
    ReturnStmt,
    /// `yield_stmt`
    YieldStmt,
    /// `raise_stmt`
    RaiseStmt,
    /// `import_name`
    ImportName,
    /// `import_from`
    ImportFrom,
    /// `global_stmt`
    GlobalStmt,
    /// `nonlocal_stmt`
    NonlocalStmt,
    /// `assert_stmt`
    AssertStmt,
    /// `async_stmt`
    AsyncStmt,
    /// `if_stmt`
    IfStmt,
    /// `while_stmt`
    WhileStmt,
    /// `for_stmt`
    ForStmt,
    /// `try_stmt`
    TryStmt,
    /// `with_stmt`
    WithStmt,
    /// `suite_block_stmts`
    SuiteBlockStmts,
    /// `namedexpr_test`
    NamedexprTest,
    /// `test_if_expr`
    TestIfExpr,
    /// `lambdef`
    Lambdef,
    /// `lambdef_nocond`
    LambdefNocond,
    /// `or_test`
    OrTest,
    /// `and_test`
    AndTest,
    /// `not_test_2`
    NotTest2,
    /// `comparison`
    Comparison,
    /// `star_expr`
    StarExpr,
    /// `expr`
    Expr,
    /// `xor_expr`
    XorExpr,
    /// `and_expr`
    AndExpr,
    /// `shift_expr`
    ShiftExpr,
    /// `arith_expr`
    ArithExpr,
    /// `term`
    Term,
    /// `factor_2`
    Factor2,
    /// `power`
    Power,
    /// `atom_expr_await`
    AtomExprAwait,
    /// `atom_expr_normal`
    AtomExprNormal,
    /// `atom_paren`
    AtomParen,
    /// `atom_bracket`
    AtomBracket,
    /// `atom_brace`
    AtomBrace,
    /// `trailer_paren`
    TrailerParen,
    /// `trailer_bracket`
    TrailerBracket,
    /// `trailer_period`
    TrailerPeriod,
    /// `subscriptlist`
    Subscriptlist,
    /// `subscript_2`
    Subscript2,
    /// `subscript_3`
    Subscript3,
    /// `testlist`
    Testlist,
    /// `dictorsetmaker_item`
    DictorsetmakerItem,
    /// `classdef`
    Classdef,
    /// `yield_expr`
    YieldExpr,
    /// `const_object`
    ConstObject,
    /// `generic_colon_test`
    GenericColonTest,
    /// `generic_equal_test`
    GenericEqualTest,
    /// `single_input`
    SingleInput,
    /// `file_input_3`
    FileInput3,
    /// `eval_input`
    EvalInput,
    /// `eval_input_2`
    EvalInput2,
    /// `decorator`
    Decorator,
    /// `decorators`
    Decorators,
    /// `decorated_body`
    DecoratedBody,
    /// `async_funcdef`
    AsyncFuncdef,
    /// `funcdefrettype`
    Funcdefrettype,
    /// `typedargslist`
    Typedargslist,
    /// `typedargslist_item`
    TypedargslistItem,
    /// `typedargslist_name`
    TypedargslistName,
    /// `typedargslist_star`
    TypedargslistStar,
    /// `typedargslist_dbl_star`
    TypedargslistDblStar,
    /// `tfpdef`
    Tfpdef,
    /// `varargslist`
    Varargslist,
    /// `varargslist_item`
    VarargslistItem,
    /// `varargslist_name`
    VarargslistName,
    /// `varargslist_star`
    VarargslistStar,
    /// `varargslist_dbl_star`
    VarargslistDblStar,
    /// `vfpdef`
    Vfpdef,
    /// `stmt`
    Stmt,
    /// `simple_stmt`
    SimpleStmt,
    /// `small_stmt`
    SmallStmt,
    /// `expr_stmt_2`
    ExprStmt2,
    /// `expr_stmt_augassign`
    ExprStmtAugassign,
    /// `expr_stmt_assign_list`
    ExprStmtAssignList,
    /// `expr_stmt_assign`
    ExprStmtAssign,
    /// `expr_stmt_6`
    ExprStmt6,
    /// `testlist_star_expr_2`
    TestlistStarExpr2,
    /// `annassign`
    Annassign,
    /// `augassign`
    Augassign,
    /// `flow_stmt`
    FlowStmt,
    /// `raise_stmt_arg`
    RaiseStmtArg,
    /// `raise_stmt_from`
    RaiseStmtFrom,
    /// `import_stmt`
    ImportStmt,
    /// `import_from_2`
    ImportFrom2,
    /// `import_from_2b`
    ImportFrom2b,
    /// `import_from_3`
    ImportFrom3,
    /// `import_as_names_paren`
    ImportAsNamesParen,
    /// `one_or_more_period_or_ellipsis`
    OneOrMorePeriodOrEllipsis,
    /// `period_or_ellipsis`
    PeriodOrEllipsis,
    /// `import_as_name`
    ImportAsName,
    /// `dotted_as_name`
    DottedAsName,
    /// `as_name`
    AsName,
    /// `import_as_names`
    ImportAsNames,
    /// `dotted_as_names`
    DottedAsNames,
    /// `dotted_name`
    DottedName,
    /// `name_list`
    NameList,
    /// `assert_stmt_extra`
    AssertStmtExtra,
    /// `compound_stmt`
    CompoundStmt,
    /// `async_stmt_2`
    AsyncStmt2,
    /// `if_stmt_elif_list`
    IfStmtElifList,
    /// `if_stmt_elif`
    IfStmtElif,
    /// `try_stmt_2`
    TryStmt2,
    /// `try_stmt_except_and_more`
    TryStmtExceptAndMore,
    /// `try_stmt_except`
    TryStmtExcept,
    /// `try_stmt_as_name`
    TryStmtAsName,
    /// `try_stmt_except_list`
    TryStmtExceptList,
    /// `try_stmt_finally`
    TryStmtFinally,
    /// `else_stmt`
    ElseStmt,
    /// `with_stmt_list`
    WithStmtList,
    /// `with_item`
    WithItem,
    /// `with_item_as`
    WithItemAs,
    /// `suite`
    Suite,
    /// `suite_block`
    SuiteBlock,
    /// `namedexpr_test_2`
    NamedexprTest2,
    /// `test`
    Test,
    /// `test_if_else`
    TestIfElse,
    /// `test_nocond`
    TestNocond,
    /// `not_test`
    NotTest,
    /// `comp_op`
    CompOp,
    /// `comp_op_not_in`
    CompOpNotIn,
    /// `comp_op_is`
    CompOpIs,
    /// `comp_op_is_not`
    CompOpIsNot,
    /// `shift_op`
    ShiftOp,
    /// `arith_op`
    ArithOp,
    /// `term_op`
    TermOp,
    /// `factor`
    Factor,
    /// `factor_op`
    FactorOp,
    /// `atom_expr`
    AtomExpr,
    /// `atom_expr_trailers`
    AtomExprTrailers,
    /// `power_dbl_star`
    PowerDblStar,
    /// `atom`
    Atom,
    /// `atom_2b`
    Atom2b,
    /// `testlist_comp`
    TestlistComp,
    /// `testlist_comp_2`
    TestlistComp2,
    /// `testlist_comp_3`
    TestlistComp3,
    /// `testlist_comp_3b`
    TestlistComp3b,
    /// `testlist_comp_3c`
    TestlistComp3c,
    /// `trailer`
    Trailer,
    /// `subscript`
    Subscript,
    /// `subscript_3b`
    Subscript3b,
    /// `subscript_3c`
    Subscript3c,
    /// `subscript_3d`
    Subscript3d,
    /// `sliceop`
    Sliceop,
    /// `exprlist`
    Exprlist,
    /// `exprlist_2`
    Exprlist2,
    /// `dictorsetmaker`
    Dictorsetmaker,
    /// `dictorsetmaker_tail`
    DictorsetmakerTail,
    /// `dictorsetmaker_list`
    DictorsetmakerList,
    /// `dictorsetmaker_list2`
    DictorsetmakerList2,
    /// `classdef_2`
    Classdef2,
    /// `arglist`
    Arglist,
    /// `arglist_2`
    Arglist2,
    /// `arglist_star`
    ArglistStar,
    /// `arglist_dbl_star`
    ArglistDblStar,
    /// `argument`
    Argument,
    /// `argument_2`
    Argument2,
    /// `argument_3`
    Argument3,
    /// `comp_iter`
    CompIter,
    /// `comp_for`
    CompFor,
    /// `comp_if`
    CompIf,
    /// `yield_arg`
    YieldArg,
    /// `yield_arg_from`
    YieldArgFrom,
}

impl Rule {
    /// Number of rules with a compile function; `ConstObject` has this number.
    pub const NUM_WITH_COMPILE_FN: u8 = 58;
    /// Every rule, indexed by its numeric value.
    pub const ALL: [Rule; 176] = [
        Rule::FileInput,
        Rule::FileInput2,
        Rule::Decorated,
        Rule::Funcdef,
        Rule::SimpleStmt2,
        Rule::ExprStmt,
        Rule::TestlistStarExpr,
        Rule::DelStmt,
        Rule::PassStmt,
        Rule::BreakStmt,
        Rule::ContinueStmt,
        Rule::ReturnStmt,
        Rule::YieldStmt,
        Rule::RaiseStmt,
        Rule::ImportName,
        Rule::ImportFrom,
        Rule::GlobalStmt,
        Rule::NonlocalStmt,
        Rule::AssertStmt,
        Rule::AsyncStmt,
        Rule::IfStmt,
        Rule::WhileStmt,
        Rule::ForStmt,
        Rule::TryStmt,
        Rule::WithStmt,
        Rule::SuiteBlockStmts,
        Rule::NamedexprTest,
        Rule::TestIfExpr,
        Rule::Lambdef,
        Rule::LambdefNocond,
        Rule::OrTest,
        Rule::AndTest,
        Rule::NotTest2,
        Rule::Comparison,
        Rule::StarExpr,
        Rule::Expr,
        Rule::XorExpr,
        Rule::AndExpr,
        Rule::ShiftExpr,
        Rule::ArithExpr,
        Rule::Term,
        Rule::Factor2,
        Rule::Power,
        Rule::AtomExprAwait,
        Rule::AtomExprNormal,
        Rule::AtomParen,
        Rule::AtomBracket,
        Rule::AtomBrace,
        Rule::TrailerParen,
        Rule::TrailerBracket,
        Rule::TrailerPeriod,
        Rule::Subscriptlist,
        Rule::Subscript2,
        Rule::Subscript3,
        Rule::Testlist,
        Rule::DictorsetmakerItem,
        Rule::Classdef,
        Rule::YieldExpr,
        Rule::ConstObject,
        Rule::GenericColonTest,
        Rule::GenericEqualTest,
        Rule::SingleInput,
        Rule::FileInput3,
        Rule::EvalInput,
        Rule::EvalInput2,
        Rule::Decorator,
        Rule::Decorators,
        Rule::DecoratedBody,
        Rule::AsyncFuncdef,
        Rule::Funcdefrettype,
        Rule::Typedargslist,
        Rule::TypedargslistItem,
        Rule::TypedargslistName,
        Rule::TypedargslistStar,
        Rule::TypedargslistDblStar,
        Rule::Tfpdef,
        Rule::Varargslist,
        Rule::VarargslistItem,
        Rule::VarargslistName,
        Rule::VarargslistStar,
        Rule::VarargslistDblStar,
        Rule::Vfpdef,
        Rule::Stmt,
        Rule::SimpleStmt,
        Rule::SmallStmt,
        Rule::ExprStmt2,
        Rule::ExprStmtAugassign,
        Rule::ExprStmtAssignList,
        Rule::ExprStmtAssign,
        Rule::ExprStmt6,
        Rule::TestlistStarExpr2,
        Rule::Annassign,
        Rule::Augassign,
        Rule::FlowStmt,
        Rule::RaiseStmtArg,
        Rule::RaiseStmtFrom,
        Rule::ImportStmt,
        Rule::ImportFrom2,
        Rule::ImportFrom2b,
        Rule::ImportFrom3,
        Rule::ImportAsNamesParen,
        Rule::OneOrMorePeriodOrEllipsis,
        Rule::PeriodOrEllipsis,
        Rule::ImportAsName,
        Rule::DottedAsName,
        Rule::AsName,
        Rule::ImportAsNames,
        Rule::DottedAsNames,
        Rule::DottedName,
        Rule::NameList,
        Rule::AssertStmtExtra,
        Rule::CompoundStmt,
        Rule::AsyncStmt2,
        Rule::IfStmtElifList,
        Rule::IfStmtElif,
        Rule::TryStmt2,
        Rule::TryStmtExceptAndMore,
        Rule::TryStmtExcept,
        Rule::TryStmtAsName,
        Rule::TryStmtExceptList,
        Rule::TryStmtFinally,
        Rule::ElseStmt,
        Rule::WithStmtList,
        Rule::WithItem,
        Rule::WithItemAs,
        Rule::Suite,
        Rule::SuiteBlock,
        Rule::NamedexprTest2,
        Rule::Test,
        Rule::TestIfElse,
        Rule::TestNocond,
        Rule::NotTest,
        Rule::CompOp,
        Rule::CompOpNotIn,
        Rule::CompOpIs,
        Rule::CompOpIsNot,
        Rule::ShiftOp,
        Rule::ArithOp,
        Rule::TermOp,
        Rule::Factor,
        Rule::FactorOp,
        Rule::AtomExpr,
        Rule::AtomExprTrailers,
        Rule::PowerDblStar,
        Rule::Atom,
        Rule::Atom2b,
        Rule::TestlistComp,
        Rule::TestlistComp2,
        Rule::TestlistComp3,
        Rule::TestlistComp3b,
        Rule::TestlistComp3c,
        Rule::Trailer,
        Rule::Subscript,
        Rule::Subscript3b,
        Rule::Subscript3c,
        Rule::Subscript3d,
        Rule::Sliceop,
        Rule::Exprlist,
        Rule::Exprlist2,
        Rule::Dictorsetmaker,
        Rule::DictorsetmakerTail,
        Rule::DictorsetmakerList,
        Rule::DictorsetmakerList2,
        Rule::Classdef2,
        Rule::Arglist,
        Rule::Arglist2,
        Rule::ArglistStar,
        Rule::ArglistDblStar,
        Rule::Argument,
        Rule::Argument2,
        Rule::Argument3,
        Rule::CompIter,
        Rule::CompFor,
        Rule::CompIf,
        Rule::YieldArg,
        Rule::YieldArgFrom,
    ];

    /// The rule with numeric value `n`, if any.
    pub fn from_u8(n: u8) -> Option<Rule> {
        Self::ALL.get(usize::from(n)).copied()
    }

    /// The C name of the rule (`testlist_comp`), for debug printing.
    pub fn c_name(self) -> &'static str {
        const NAMES: [&str; 176] = [
            "file_input",
            "file_input_2",
            "decorated",
            "funcdef",
            "simple_stmt_2",
            "expr_stmt",
            "testlist_star_expr",
            "del_stmt",
            "pass_stmt",
            "break_stmt",
            "continue_stmt",
            "return_stmt",
            "yield_stmt",
            "raise_stmt",
            "import_name",
            "import_from",
            "global_stmt",
            "nonlocal_stmt",
            "assert_stmt",
            "async_stmt",
            "if_stmt",
            "while_stmt",
            "for_stmt",
            "try_stmt",
            "with_stmt",
            "suite_block_stmts",
            "namedexpr_test",
            "test_if_expr",
            "lambdef",
            "lambdef_nocond",
            "or_test",
            "and_test",
            "not_test_2",
            "comparison",
            "star_expr",
            "expr",
            "xor_expr",
            "and_expr",
            "shift_expr",
            "arith_expr",
            "term",
            "factor_2",
            "power",
            "atom_expr_await",
            "atom_expr_normal",
            "atom_paren",
            "atom_bracket",
            "atom_brace",
            "trailer_paren",
            "trailer_bracket",
            "trailer_period",
            "subscriptlist",
            "subscript_2",
            "subscript_3",
            "testlist",
            "dictorsetmaker_item",
            "classdef",
            "yield_expr",
            "const_object",
            "generic_colon_test",
            "generic_equal_test",
            "single_input",
            "file_input_3",
            "eval_input",
            "eval_input_2",
            "decorator",
            "decorators",
            "decorated_body",
            "async_funcdef",
            "funcdefrettype",
            "typedargslist",
            "typedargslist_item",
            "typedargslist_name",
            "typedargslist_star",
            "typedargslist_dbl_star",
            "tfpdef",
            "varargslist",
            "varargslist_item",
            "varargslist_name",
            "varargslist_star",
            "varargslist_dbl_star",
            "vfpdef",
            "stmt",
            "simple_stmt",
            "small_stmt",
            "expr_stmt_2",
            "expr_stmt_augassign",
            "expr_stmt_assign_list",
            "expr_stmt_assign",
            "expr_stmt_6",
            "testlist_star_expr_2",
            "annassign",
            "augassign",
            "flow_stmt",
            "raise_stmt_arg",
            "raise_stmt_from",
            "import_stmt",
            "import_from_2",
            "import_from_2b",
            "import_from_3",
            "import_as_names_paren",
            "one_or_more_period_or_ellipsis",
            "period_or_ellipsis",
            "import_as_name",
            "dotted_as_name",
            "as_name",
            "import_as_names",
            "dotted_as_names",
            "dotted_name",
            "name_list",
            "assert_stmt_extra",
            "compound_stmt",
            "async_stmt_2",
            "if_stmt_elif_list",
            "if_stmt_elif",
            "try_stmt_2",
            "try_stmt_except_and_more",
            "try_stmt_except",
            "try_stmt_as_name",
            "try_stmt_except_list",
            "try_stmt_finally",
            "else_stmt",
            "with_stmt_list",
            "with_item",
            "with_item_as",
            "suite",
            "suite_block",
            "namedexpr_test_2",
            "test",
            "test_if_else",
            "test_nocond",
            "not_test",
            "comp_op",
            "comp_op_not_in",
            "comp_op_is",
            "comp_op_is_not",
            "shift_op",
            "arith_op",
            "term_op",
            "factor",
            "factor_op",
            "atom_expr",
            "atom_expr_trailers",
            "power_dbl_star",
            "atom",
            "atom_2b",
            "testlist_comp",
            "testlist_comp_2",
            "testlist_comp_3",
            "testlist_comp_3b",
            "testlist_comp_3c",
            "trailer",
            "subscript",
            "subscript_3b",
            "subscript_3c",
            "subscript_3d",
            "sliceop",
            "exprlist",
            "exprlist_2",
            "dictorsetmaker",
            "dictorsetmaker_tail",
            "dictorsetmaker_list",
            "dictorsetmaker_list2",
            "classdef_2",
            "arglist",
            "arglist_2",
            "arglist_star",
            "arglist_dbl_star",
            "argument",
            "argument_2",
            "argument_3",
            "comp_iter",
            "comp_for",
            "comp_if",
            "yield_arg",
            "yield_arg_from",
        ];
        NAMES[self as usize]
    }
}
