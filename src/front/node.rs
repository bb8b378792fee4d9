//! The parse tree, shaped exactly like MicroPython's `mp_parse_node_t` trees.
//!
//! The compiler (`py/compile.c`) relies on the precise shape the parser builds: which rules
//! are collapsed into their single child, which lists are flattened, which leaves are
//! tokens. Keeping the same shape lets the Rust compiler follow the C one rule for rule.
//!
//! | C | Rust |
//! | --- | --- |
//! | `MP_PARSE_NODE_NULL` | [`Node::Null`] |
//! | `MP_PARSE_NODE_SMALL_INT` leaf | [`Node::SmallInt`] |
//! | `MP_PARSE_NODE_ID` leaf | [`Node::Id`] |
//! | `MP_PARSE_NODE_STRING` leaf (interned literal) | [`Node::Str`] |
//! | `MP_PARSE_NODE_TOKEN` leaf | [`Node::Token`] |
//! | struct node of rule `r` | [`Node::Struct`] |
//! | struct node of `RULE_const_object` | [`Node::Const`] |
//!
//! `MP_PARSE_NODE_IS_STRUCT` is true for both `Struct` and `Const`, as in C; use
//! [`Node::is_struct`] and [`Node::struct_rule`] to keep that behaviour.

use super::obj::Obj;
use super::qstr::Qstr;
use super::rule::Rule;
use super::token::TokenKind;

/// A parse node.
#[derive(Clone, Debug)]
pub enum Node {
    /// An absent optional part (`MP_PARSE_NODE_NULL`): a missing annotation, default or
    /// `else` clause.
    Null,
    /// An integer leaf within the host small-int range.
    SmallInt(i64),
    /// An identifier.
    Id(Qstr),
    /// A string literal whose text is interned.
    Str(Qstr),
    /// A token leaf (keywords such as `None`/`True`, operators kept in the tree, ...).
    Token(TokenKind),
    /// A rule with children.
    Struct(Box<StructNode>),
    /// A constant object (`RULE_const_object`): big ints, floats, complex, non-interned
    /// strings, bytes, folded constants.
    Const(Box<ConstNode>),
}

/// A struct node: a rule with its children and the source line it starts on.
#[derive(Clone, Debug)]
pub struct StructNode {
    /// The grammar rule matched (its `RULE_*` number as mpy-cross's parser has it).
    pub rule: Rule,
    /// 1-based source line the rule starts on, which the line-number table records.
    pub line: u32,
    /// The children, in source order.
    pub args: Vec<Node>,
}

/// A constant-object node.
#[derive(Clone, Debug)]
pub struct ConstNode {
    /// 1-based source line of the constant.
    pub line: u32,
    /// The value.
    pub obj: Obj,
}

impl Node {
    /// How many struct levels the tree has (a leaf is 0), found without recursion: it tells
    /// whether a recursive walk of the tree fits on an ordinary thread stack.
    pub fn depth(&self) -> usize {
        let mut max = 0;
        let mut pending = vec![(self, 0usize)];
        while let Some((node, depth)) = pending.pop() {
            max = max.max(depth);
            if let Node::Struct(s) = node {
                pending.extend(s.args.iter().map(|child| (child, depth + 1)));
            } else if matches!(node, Node::Const(_)) {
                max = max.max(depth + 1);
            }
        }
        max
    }

    /// The truth of `True`, `False` or a small int: the only constant conditions of
    /// mpy-cross 1.19 (its `mp_parse_node_is_const_false`/`_true`).
    pub fn small_const_truth(&self) -> Option<bool> {
        match self {
            Node::SmallInt(v) => Some(*v != 0),
            Node::Token(TokenKind::KwTrue) => Some(true),
            Node::Token(TokenKind::KwFalse) => Some(false),
            _ => None,
        }
    }

    /// `MP_PARSE_NODE_IS_NULL`.
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }

    /// `MP_PARSE_NODE_IS_LEAF`.
    pub fn is_leaf(&self) -> bool {
        matches!(
            self,
            Node::SmallInt(_) | Node::Id(_) | Node::Str(_) | Node::Token(_)
        )
    }

    /// `MP_PARSE_NODE_IS_STRUCT`: true for rule nodes and constant-object nodes.
    pub fn is_struct(&self) -> bool {
        matches!(self, Node::Struct(_) | Node::Const(_))
    }

    /// `MP_PARSE_NODE_STRUCT_KIND` for struct nodes (`ConstObject` for constants).
    pub fn struct_rule(&self) -> Option<Rule> {
        match self {
            Node::Struct(s) => Some(s.rule),
            Node::Const(_) => Some(Rule::ConstObject),
            _ => None,
        }
    }

    /// `MP_PARSE_NODE_IS_STRUCT_KIND(pn, rule)`.
    pub fn is_struct_kind(&self, rule: Rule) -> bool {
        self.struct_rule() == Some(rule)
    }

    /// The struct node, if this is a rule node (not a constant).
    pub fn as_struct(&self) -> Option<&StructNode> {
        match self {
            Node::Struct(s) => Some(s),
            _ => None,
        }
    }

    /// The struct node of rule `rule`, if this is one.
    pub fn as_struct_kind(&self, rule: Rule) -> Option<&StructNode> {
        self.as_struct().filter(|s| s.rule == rule)
    }

    /// `MP_PARSE_NODE_IS_ID`, returning the identifier.
    pub fn as_id(&self) -> Option<Qstr> {
        match self {
            Node::Id(q) => Some(*q),
            _ => None,
        }
    }

    /// `MP_PARSE_NODE_IS_TOKEN_KIND(pn, kind)`.
    pub fn is_token(&self, kind: TokenKind) -> bool {
        matches!(self, Node::Token(k) if *k == kind)
    }

    /// `MP_PARSE_NODE_IS_SMALL_INT`, returning the value.
    pub fn as_small_int(&self) -> Option<i64> {
        match self {
            Node::SmallInt(v) => Some(*v),
            _ => None,
        }
    }

    /// Source line of a struct or constant node (`pns->source_line`).
    pub fn line(&self) -> Option<u32> {
        match self {
            Node::Struct(s) => Some(s.line),
            Node::Const(c) => Some(c.line),
            _ => None,
        }
    }

    /// `mp_parse_node_extract_list`: the children of a `rule` node, or the node itself as a
    /// one-element list, or nothing for `Null`.
    pub fn extract_list(&self, rule: Rule) -> &[Node] {
        match self {
            Node::Null => &[],
            Node::Struct(s) if s.rule == rule => &s.args,
            other => std::slice::from_ref(other),
        }
    }
}

impl StructNode {
    /// Number of children (`MP_PARSE_NODE_STRUCT_NUM_NODES`).
    pub fn len(&self) -> usize {
        self.args.len()
    }

    /// True when the node has no children.
    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }
}
