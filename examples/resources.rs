//! A resource generator: every file of a folder (fonts, images, lookup tables) becomes a
//! `bytes` global of one `.mpy` module, named from the file name, and `FILES` lists the
//! names. The module is what mpy-cross makes of `name = b'...'` lines, byte for byte
//! (`tests/examples_resources.rs` checks it against mpy-cross 1.28).
//!
//! ```sh
//! cargo run --example resources -- --micropython 1.28 examples/resources -o res.mpy
//! ```
//! On the board: `import res; res.logo, res.FILES`.

use std::error::Error;
use std::path::Path;

use mpy_ir::func::{ConstTok, GlobalKind, ModuleBuilder};
use mpy_ir::verify::{verify, Severity, VerifyOptions};
use mpy_ir::{CodeKind, Object};
use mpy_targets::lower::lower;
use mpyc::codegen::{bytecode_target, const_dedup, lower_options, FloatText};
use mpyc::Release;

/// The module's bytes: `NAME = b'...'` for each `(NAME, data)`, in order, then
/// `FILES = ('NAME', ...)`. `source_name` is the file name stored in the module (for
/// tracebacks); `release` picks the container version and the settings that release's
/// mpy-cross uses.
pub fn generate(
    files: &[(String, Vec<u8>)],
    source_name: &str,
    release: Release,
) -> Result<Vec<u8>, Box<dyn Error>> {
    let mut m = ModuleBuilder::with_dedup(source_name.as_bytes(), const_dedup(release));
    let mut b = m.function(CodeKind::Bytecode, b"<module>", &[]);
    let mut line = 1;
    for (name, data) in files {
        b.set_source_line(line);
        b.load_const_obj(Object::Bytes(data.clone()));
        b.store_global(name.as_bytes(), GlobalKind::Name);
        line += 1;
    }
    let names = files
        .iter()
        .map(|(n, _)| Object::Str(n.as_bytes().to_vec()));
    b.set_source_line(line);
    b.load_const_obj(Object::Tuple(names.collect()));
    b.store_global(b"FILES", GlobalKind::Name);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let body = b.finish_function()?;
    m.add(body);

    let opts = lower_options(release, bytecode_target(release));
    let lowered = lower(&m.finish()?, &opts, &FloatText::for_release(release))?;
    Ok(mpy_ir::write(&lowered)?)
}

/// Each file's global name and contents.
pub type Files = Vec<(String, Vec<u8>)>;

/// The files of `dir`, sorted by file name, each with its global's name. Two files that
/// would get the same name are an error.
pub fn collect(dir: &Path) -> Result<Files, Box<dyn Error>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut files = Files::new();
    for path in paths {
        let name = identifier(&path)?;
        if let Some((_, _)) = files.iter().find(|(n, _)| *n == name) {
            return Err(format!("{}: a second file named `{name}`", path.display()).into());
        }
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        files.push((name, data));
    }
    if files.is_empty() {
        return Err(format!("{}: no files", dir.display()).into());
    }
    Ok(files)
}

/// `sine-table.bin` -> `sine_table`: the stem, with every character that cannot be in a
/// Python identifier made `_`, and `_` before a leading digit or after a keyword.
pub fn identifier(path: &Path) -> Result<String, Box<dyn Error>> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{}: not a UTF-8 file name", path.display()))?;
    let mut name: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    const KEYWORDS: [&str; 35] = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    if KEYWORDS.contains(&name.as_str()) || name == "FILES" {
        name.push('_');
    }
    Ok(name)
}

/// Load the bytes back and run the verifier: the round trip every generator should do.
pub fn check(bytes: &[u8]) -> Result<(), Box<dyn Error>> {
    let (module, notes) = mpy_ir::load_with(bytes, &mpy_ir::LoadOptions::default())?;
    let findings = verify(&module, &notes, &VerifyOptions::default());
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.to_string())
        .collect();
    if !errors.is_empty() {
        return Err(format!("the written module does not verify:\n{}", errors.join("\n")).into());
    }
    Ok(())
}

const USAGE: &str = "usage: resources [--micropython X.Y] DIR -o OUT.mpy";

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("resources: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let (mut release, mut dir, mut out) = (Release::DEFAULT, None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--micropython" => {
                let v = args.next().ok_or(USAGE)?;
                release = Release::parse(&v).ok_or_else(|| {
                    format!("--micropython {v}: one of {}", Release::names().join(", "))
                })?;
            }
            "-o" => out = Some(args.next().ok_or(USAGE)?),
            _ if dir.is_none() && !arg.starts_with('-') => dir = Some(arg),
            _ => return Err(format!("{arg}: unexpected\n{USAGE}").into()),
        }
    }
    let (dir, out) = (dir.ok_or(USAGE)?, out.ok_or(USAGE)?);
    // The stored source name, as mpy-cross would store `res.py` for `res.mpy`.
    let stem = Path::new(&out)
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| format!("{out}: not a UTF-8 file name"))?;
    let files = collect(Path::new(&dir))?;
    let bytes = generate(&files, &format!("{stem}.py"), release)?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    check(&std::fs::read(&out)?).map_err(|e| format!("{out}: {e}"))?;
    for (name, data) in &files {
        println!("{name}: {} bytes", data.len());
    }
    println!(
        "wrote {out} ({} bytes, MicroPython {})",
        bytes.len(),
        release.name()
    );
    Ok(())
}
