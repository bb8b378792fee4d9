//! A tiny language compiled to MicroPython bytecode with the checked builder: numbers,
//! variables, `+ - * /`, parentheses, `def f(x, y) = x * y + 1` and calls; each line that is
//! an expression prints its value. The parser emits ops as it goes (a stack machine needs
//! no syntax tree), and a `def` builds its function with a second builder on the same
//! tables.
//!
//! ```sh
//! cargo run --example calc -- examples/calc/demo.calc -o demo.mpy
//! micropython -c "import sys; sys.path.insert(0, '.'); import demo"
//! ```

use std::collections::HashMap;
use std::error::Error;
use std::path::Path;

use mpy_ir::func::{
    BinaryOp, ConstTok, Function, FunctionBuilder, FunctionId, GlobalKind, LocalKind,
    ModuleBuilder, UnaryOp,
};
use mpy_ir::verify::{verify, Severity, VerifyOptions};
use mpy_ir::{CodeKind, FloatBits, Object};
use mpy_targets::lower::{lower, RustFloats};
use mpyc::codegen::{bytecode_target, const_dedup, lower_options};
use mpyc::Release;
use num_bigint::BigInt;

/// The `.mpy` of a calc program; errors read `NAME:LINE:COL: message`.
pub fn compile(
    source: &str,
    source_name: &str,
    release: Release,
) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut m = ModuleBuilder::with_dedup(source_name.as_bytes(), const_dedup(release));
    let mut body = m.function(CodeKind::Bytecode, b"<module>", &[]);
    // Module body first; its children get ids 1, 2, ... in the order they are made.
    let mut functions = Vec::new();
    // Each global: `None` for a variable, `Some(arity)` for a function.
    let mut globals: HashMap<String, Option<usize>> = HashMap::new();
    for (i, text) in source.lines().enumerate() {
        let line = i + 1;
        let tokens =
            tokenize(text).map_err(|(col, m)| format!("{source_name}:{line}:{col}: {m}"))?;
        if tokens.is_empty() {
            continue;
        }
        let mut p = Parser {
            tokens,
            pos: 0,
            end: text.len() + 1,
            globals: &globals,
            params: &[],
            scope: GlobalKind::Name,
        };
        body.set_source_line(line as u32);
        let defined = p
            .statement(&mut body, &mut functions, line as u32)
            .map_err(|(col, m)| format!("{source_name}:{line}:{col}: {m}"))?;
        if let Some((name, arity)) = defined {
            globals.insert(name, arity);
        }
    }
    body.load_const_tok(ConstTok::None);
    body.return_value();
    let body = body.finish_function()?;
    m.add(body);
    for f in functions {
        m.add(f);
    }
    // Floats print as Rust does: exact text any runtime reads back.
    let lowered = lower(
        &m.finish()?,
        &lower_options(release, bytecode_target(release)),
        &RustFloats,
    )?;
    Ok(mpy_ir::write(&lowered)?)
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(String),
    Name(String),
    Punct(char),
}

/// The tokens of one line with their 1-based columns; `#` starts a comment.
fn tokenize(line: &str) -> Result<Vec<(usize, Tok)>, (usize, String)> {
    let mut tokens = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut take = |first: char, ok: fn(char) -> bool| {
            let mut s = String::from(first);
            while let Some(&(_, c)) = chars.peek().filter(|(_, c)| ok(*c)) {
                s.push(c);
                chars.next();
            }
            s
        };
        let tok = match c {
            '#' => break,
            c if c.is_whitespace() => continue,
            c if c.is_ascii_digit() => Tok::Num(take(c, |c| c.is_ascii_digit() || c == '.')),
            c if c.is_alphabetic() || c == '_' => {
                Tok::Name(take(c, |c| c.is_alphanumeric() || c == '_'))
            }
            '+' | '-' | '*' | '/' | '(' | ')' | ',' | '=' => Tok::Punct(c),
            _ => return Err((i + 1, format!("unexpected character {c:?}"))),
        };
        tokens.push((i + 1, tok));
    }
    Ok(tokens)
}

type Fail = (usize, String);

/// One line's parser; it emits into the builder it is given.
struct Parser<'a> {
    tokens: Vec<(usize, Tok)>,
    pos: usize,
    /// The column past the end of the line, for "expected ..." at the end.
    end: usize,
    globals: &'a HashMap<String, Option<usize>>,
    /// The parameters of the function being compiled (local slots 0, 1, ...).
    params: &'a [String],
    /// Module code looks names up with `LOAD_NAME`, function code with `LOAD_GLOBAL`.
    scope: GlobalKind,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }
    fn col(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(c, _)| *c)
    }
    fn fail<T>(&self, message: impl Into<String>) -> Result<T, Fail> {
        Err((self.col(), message.into()))
    }
    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(&Tok::Punct(c));
        self.pos += usize::from(hit);
        hit
    }
    fn expect(&mut self, c: char) -> Result<(), Fail> {
        if self.eat(c) {
            Ok(())
        } else {
            self.fail(format!("expected '{c}'"))
        }
    }
    fn name(&mut self) -> Result<String, Fail> {
        match self.peek() {
            Some(Tok::Name(n)) => {
                let n = n.clone();
                self.pos += 1;
                Ok(n)
            }
            _ => self.fail("expected a name"),
        }
    }

    /// `def f(a, b) = e`, `x = e` or `e` (printed); returns the global it defines.
    fn statement(
        &mut self,
        b: &mut FunctionBuilder<'_>,
        functions: &mut Vec<Function>,
        line: u32,
    ) -> Result<Option<(String, Option<usize>)>, Fail> {
        let defined = match (self.tokens.first(), self.tokens.get(1)) {
            (Some((_, Tok::Name(d))), Some((_, Tok::Name(_)))) if d == "def" => {
                self.pos = 1;
                Some(self.def(b, functions, line)?)
            }
            (Some((_, Tok::Name(n))), Some((_, Tok::Punct('=')))) => {
                let name = n.clone();
                self.pos = 2;
                self.expr(b)?;
                b.store_global(name.as_bytes(), GlobalKind::Name);
                Some((name, None))
            }
            _ => {
                b.load_global(b"print", GlobalKind::Name);
                self.expr(b)?;
                b.call_function(1, 0, false);
                b.pop_top();
                None
            }
        };
        if self.pos < self.tokens.len() {
            return self.fail("expected an operator or the end of the line");
        }
        Ok(defined)
    }

    /// `f(a, b) = e` after `def`: the function is built with a second builder on the
    /// module's tables, and the module body makes it and stores it.
    fn def(
        &mut self,
        b: &mut FunctionBuilder<'_>,
        functions: &mut Vec<Function>,
        line: u32,
    ) -> Result<(String, Option<usize>), Fail> {
        let name = self.name()?;
        self.expect('(')?;
        let mut params = Vec::new();
        while !self.eat(')') {
            if !params.is_empty() {
                self.expect(',')?;
            }
            let p = self.name()?;
            if params.contains(&p) {
                return Err((self.tokens[self.pos - 1].0, format!("`{p}` twice")));
            }
            params.push(p);
        }
        self.expect('=')?;
        let refs: Vec<&[u8]> = params.iter().map(|p| p.as_bytes()).collect();
        let mut f = FunctionBuilder::start(b.tables(), CodeKind::Bytecode, name.as_bytes(), &refs);
        f.def_line(line);
        f.set_source_line(line);
        let mut inner = Parser {
            tokens: std::mem::take(&mut self.tokens),
            params: &params,
            scope: GlobalKind::Global,
            ..*self
        };
        inner.expr(&mut f)?;
        self.tokens = inner.tokens;
        self.pos = inner.pos;
        f.return_value();
        functions.push(f.finish_function().map_err(|e| (1, e.to_string()))?);
        b.make_function(FunctionId(functions.len() as u32), 0, 0);
        b.store_global(name.as_bytes(), GlobalKind::Name);
        Ok((name, Some(params.len())))
    }

    /// `term (('+' | '-') term)*`
    fn expr(&mut self, b: &mut FunctionBuilder<'_>) -> Result<(), Fail> {
        self.term(b)?;
        loop {
            let op = match self.peek() {
                Some(Tok::Punct('+')) => BinaryOp::Add,
                Some(Tok::Punct('-')) => BinaryOp::Subtract,
                _ => return Ok(()),
            };
            self.pos += 1;
            self.term(b)?;
            b.binary_op(op);
        }
    }

    /// `unary (('*' | '/') unary)*`
    fn term(&mut self, b: &mut FunctionBuilder<'_>) -> Result<(), Fail> {
        self.unary(b)?;
        loop {
            let op = match self.peek() {
                Some(Tok::Punct('*')) => BinaryOp::Multiply,
                Some(Tok::Punct('/')) => BinaryOp::TrueDivide,
                _ => return Ok(()),
            };
            self.pos += 1;
            self.unary(b)?;
            b.binary_op(op);
        }
    }

    /// `'-' unary | NUMBER | NAME | NAME '(' args ')' | '(' expr ')'`
    fn unary(&mut self, b: &mut FunctionBuilder<'_>) -> Result<(), Fail> {
        let col = self.col();
        let Some(tok) = self.peek().cloned() else {
            return self.fail("expected a number, a name or '('");
        };
        self.pos += 1;
        match tok {
            Tok::Punct('-') => {
                self.unary(b)?;
                b.unary_op(UnaryOp::Negative);
            }
            Tok::Punct('(') => {
                self.expr(b)?;
                self.expect(')')?;
            }
            Tok::Num(text) => number(b, &text).map_err(|m| (col, m))?,
            Tok::Name(name) if self.eat('(') => {
                let Some(&Some(arity)) = self.globals.get(&name) else {
                    return Err((col, format!("`{name}` is not a function defined above")));
                };
                b.load_global(name.as_bytes(), self.scope);
                let mut n = 0;
                while !self.eat(')') {
                    if n > 0 {
                        self.expect(',')?;
                    }
                    self.expr(b)?;
                    n += 1;
                }
                if n != arity {
                    return Err((col, format!("`{name}` takes {arity} arguments, not {n}")));
                }
                b.call_function(n as u32, 0, false);
            }
            Tok::Name(name) => {
                if let Some(slot) = self.params.iter().position(|p| *p == name) {
                    b.load_local(slot as u32, LocalKind::Fast);
                } else if self.globals.get(&name) == Some(&None) {
                    b.load_global(name.as_bytes(), self.scope);
                } else {
                    return Err((col, format!("`{name}` is not a variable defined above")));
                }
            }
            Tok::Punct(c) => {
                return Err((col, format!("expected a number, a name or '(', not '{c}'")))
            }
        }
        Ok(())
    }
}

/// An int (a small int in the op, else a constant) or a float constant.
fn number(b: &mut FunctionBuilder<'_>, text: &str) -> Result<(), String> {
    if text.contains('.') {
        let v: f64 = text.parse().map_err(|_| format!("bad number `{text}`"))?;
        b.load_const_obj(Object::UnprintedFloat(FloatBits::new(v)));
    } else {
        let v: BigInt = text.parse().map_err(|_| format!("bad number `{text}`"))?;
        // 31-bit small ints (the header's default): -2**30 <= v < 2**30.
        match i64::try_from(&v) {
            Ok(small) if (-(1 << 30)..1 << 30).contains(&small) => b.load_const_small_int(small),
            _ => b.load_const_obj(Object::Int(v.to_string().into_bytes())),
        }
    }
    Ok(())
}

/// Load the bytes back and run the verifier: the round trip every generator should do.
pub fn check(bytes: &[u8]) -> Result<(), Box<dyn Error>> {
    let (module, notes) = mpy_ir::load_with(bytes, &mpy_ir::LoadOptions::default())?;
    let errors: Vec<String> = verify(&module, &notes, &VerifyOptions::default())
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.to_string())
        .collect();
    if !errors.is_empty() {
        return Err(format!("the written module does not verify:\n{}", errors.join("\n")).into());
    }
    Ok(())
}

const USAGE: &str = "usage: calc [--micropython X.Y] PROGRAM.calc -o OUT.mpy";

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("calc: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let (mut release, mut input, mut out) = (Release::DEFAULT, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--micropython" => {
                let v = args.next().ok_or(USAGE)?;
                release = Release::parse(&v).ok_or_else(|| {
                    format!("--micropython {v}: one of {}", Release::names().join(", "))
                })?;
            }
            "-o" => out = Some(args.next().ok_or(USAGE)?),
            _ if input.is_none() && !arg.starts_with('-') => input = Some(arg),
            _ => return Err(format!("{arg}: unexpected\n{USAGE}").into()),
        }
    }
    let (input, out) = (input.ok_or(USAGE)?, out.ok_or(USAGE)?);
    let source = std::fs::read_to_string(&input).map_err(|e| format!("{input}: {e}"))?;
    // Tracebacks name the program file.
    let name = Path::new(&input)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("calc");
    let bytes = compile(&source, name, release)?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    check(&std::fs::read(&out)?).map_err(|e| format!("{out}: {e}"))?;
    println!("wrote {out} ({} bytes)", bytes.len());
    Ok(())
}
