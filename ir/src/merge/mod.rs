//! Merging several `.mpy` files into one, the job of MicroPython's
//! `tools/mpy-tool.py --merge` (1.23 and later), byte for byte where mpy-tool is right.
//!
//! The merged file holds the inputs' qstr and object tables one after another and a new
//! outer function that makes and calls each input's module function in turn, so importing
//! it runs the inputs in order. The first module's code keeps its indices and is copied
//! unchanged; the others are [rebased](mod@rebase) onto the combined tables. A module with
//! native code must be the one copied unchanged (its machine code cannot be rewritten), so
//! it moves to the front, and at most one input may have native code.
//!
//! Where mpy-tool 1.28 writes a wrong file, this does not (the project README lists them):
//! UNWIND_JUMP keeps its target, `arch_flags` on a bytecode-only merge sets the header
//! bit, and inputs with different small-int bits are refused instead of taking the last
//! one's.

pub mod rebase;

use crate::error::Error;
use crate::model::{feature, Code, Header, Module, RawCode};
use crate::write::{fun_data_offsets, write};
use rebase::{rebase, Bases, RebaseError};

/// One file to merge: its name for messages, and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// How errors name the file (its path, usually).
    pub name: &'a str,
    /// The `.mpy` file's contents.
    pub bytes: &'a [u8],
}

/// Merge settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeOptions {
    /// mpy-tool's `-march-flags`: the arch-flags value of the output, replacing the native
    /// input's (0 drops them). `None` keeps the native input's flags.
    pub arch_flags: Option<u64>,
}

/// Why the inputs cannot be merged.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MergeErrorKind {
    /// No input at all.
    NoInputs,
    /// The file does not load.
    Load(Error),
    /// A second input with native code (mpy-tool: "can't merge files when more than one
    /// contains native code"); names the first.
    SecondNative {
        /// The input that has native code too.
        first: String,
    },
    /// Small-int bits differ from the first input's (mpy-tool keeps the last input's, so
    /// an input could assume ints the merged header does not promise).
    SmallIntBits {
        /// The first input's value.
        expected: u8,
        /// This input's value.
        found: u8,
    },
    /// A function could not be rebased (a damaged opcode stream, a jump into the middle
    /// of an instruction, native code outside the native input).
    Rebase(String),
    /// The merged module could not be written.
    Write(crate::write::WriteError),
}

/// A merge error: the file, the byte offset in it when one applies, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeError {
    /// The input's name (empty for [`MergeErrorKind::NoInputs`]).
    pub file: String,
    /// Byte offset in that file.
    pub offset: Option<usize>,
    /// What went wrong.
    pub kind: MergeErrorKind,
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}: ", self.file)?;
        }
        match &self.kind {
            MergeErrorKind::NoInputs => f.write_str("no files to merge")?,
            // The load error carries its own offset.
            MergeErrorKind::Load(e) => return write!(f, "{e}"),
            MergeErrorKind::SecondNative { first } => write!(
                f,
                "can't merge files when more than one contains native code (so does the earlier {first})"
            )?,
            MergeErrorKind::SmallIntBits { expected, found } => write!(
                f,
                "compiled for {found}-bit small ints, the first file for {expected}"
            )?,
            MergeErrorKind::Rebase(m) => f.write_str(m)?,
            MergeErrorKind::Write(e) => write!(f, "{e}")?,
        }
        if let Some(o) = self.offset {
            write!(f, " (at offset 0x{o:x})")?;
        }
        Ok(())
    }
}

impl std::error::Error for MergeError {}

/// Merge `inputs` into one `.mpy` file, in order (the one with native code first).
///
/// A single input comes back unchanged, as mpy-tool copies it (its `-march-flags` is
/// ignored then too).
///
/// ```
/// use mpy_ir::merge::{merge, Input, MergeOptions};
/// use mpy_ir::{load, write, Code, Header, Layout, Module, RawCode};
///
/// // Two empty modules: prelude, simple_name = qstr 1, LOAD_CONST_NONE, RETURN_VALUE.
/// let empty = |name: &str| Module {
///     header: Header::bytecode(),
///     layout: Layout::Released,
///     qstrs: vec![name.as_bytes().to_vec(), b"<module>".to_vec()],
///     objects: vec![],
///     code: Code::Lowered(RawCode::bytecode(vec![0x00, 0x02, 0x01, 0x51, 0x63], vec![])),
/// };
/// let (a, b) = (write(&empty("a.py"))?, write(&empty("b.py"))?);
/// let inputs = [Input { name: "a.mpy", bytes: &a }, Input { name: "b.mpy", bytes: &b }];
/// let merged = load(&merge(&inputs, &MergeOptions::default())?)?;
/// assert_eq!(merged.qstrs.len(), 4);
/// let root = merged.root().expect("loaded modules are lowered");
/// // The outer function makes and calls child 0, then child 1, and returns None.
/// assert_eq!(root.fun_data, [0x00, 0x02, 0x00, 0x32, 0x00, 0x34, 0x00, 0x59,
///                            0x32, 0x01, 0x34, 0x00, 0x59, 0x51, 0x63]);
/// // b.py's name moved from qstr 1 to qstr 3.
/// assert_eq!(root.children[1].fun_data, [0x00, 0x02, 0x03, 0x51, 0x63]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn merge(inputs: &[Input<'_>], opts: &MergeOptions) -> Result<Vec<u8>, MergeError> {
    let error = |file: &str, offset, kind| MergeError {
        file: file.to_string(),
        offset,
        kind,
    };
    match inputs {
        [] => return Err(error("", None, MergeErrorKind::NoInputs)),
        [one] => {
            crate::load(one.bytes).map_err(|e| error(one.name, None, MergeErrorKind::Load(e)))?;
            return Ok(one.bytes.to_vec());
        }
        _ => {}
    }
    let mut modules = Vec::with_capacity(inputs.len());
    for input in inputs {
        let module = crate::load(input.bytes)
            .map_err(|e| error(input.name, None, MergeErrorKind::Load(e)))?;
        modules.push((input.name, module));
    }
    let order = merge_order(&modules).map_err(|(i, kind)| error(inputs[i].name, Some(2), kind))?;
    let expected = modules[order[0]].1.header.small_int_bits;
    for (name, m) in &modules {
        if m.header.small_int_bits != expected {
            let kind = MergeErrorKind::SmallIntBits {
                expected,
                found: m.header.small_int_bits,
            };
            return Err(error(name, Some(3), kind));
        }
    }
    let ordered: Vec<&Module> = order.iter().map(|&i| &modules[i].1).collect();
    let merged = merge_ordered(&ordered, opts).map_err(|(k, e)| {
        let (name, module) = &modules[order[k]];
        let offset = fun_data_offsets(module)
            .ok()
            .and_then(|o| o.get(e.raw_code).map(|start| start + e.offset));
        error(name, offset, MergeErrorKind::Rebase(e.message))
    })?;
    write(&merged).map_err(|e| error(inputs[0].name, None, MergeErrorKind::Write(e)))
}

/// Merge loaded modules, in the order given (callers put the native one first, as
/// [`merge`] does). Errors name the module by its position in `modules`.
pub fn merge_ordered(
    modules: &[&Module],
    opts: &MergeOptions,
) -> Result<Module, (usize, RebaseError)> {
    let mut children = Vec::with_capacity(modules.len());
    let mut bases = Bases { qstr: 0, obj: 0 };
    for (k, m) in modules.iter().enumerate() {
        let root = m.root().ok_or((
            k,
            RebaseError {
                raw_code: 0,
                offset: 0,
                message: "the module is not lowered".into(),
            },
        ))?;
        children.push(if k == 0 {
            root.clone()
        } else {
            rebase(root, bases).map_err(|e| (k, e))?
        });
        bases.qstr += m.qstrs.len() as u64;
        bases.obj += m.objects.len() as u64;
    }
    Ok(Module {
        header: merged_header(modules, opts),
        layout: modules.first().map(|m| m.layout).unwrap_or_default(),
        qstrs: modules
            .iter()
            .flat_map(|m| m.qstrs.iter().cloned())
            .collect(),
        objects: modules
            .iter()
            .flat_map(|m| m.objects.iter().cloned())
            .collect(),
        code: Code::Lowered(RawCode::bytecode(outer_code(modules.len()), children)),
    })
}

/// Input positions in merge order: the one with native code first, the others as given.
/// Native code is judged by the header's arch, as mpy-tool does.
fn merge_order(modules: &[(&str, Module)]) -> Result<Vec<usize>, (usize, MergeErrorKind)> {
    let mut native: Option<usize> = None;
    for (i, (_, m)) in modules.iter().enumerate() {
        if m.header.arch() != 0 {
            if let Some(first) = native {
                let first = modules[first].0.to_string();
                return Err((i, MergeErrorKind::SecondNative { first }));
            }
            native = Some(i);
        }
    }
    let mut order: Vec<usize> = (0..modules.len()).filter(|&i| Some(i) != native).collect();
    if let Some(n) = native {
        order.insert(0, n);
    }
    Ok(order)
}

/// The header: the native module's arch and sub-version (none if all are bytecode), its
/// arch flags unless overridden, and the small-int bits.
///
/// With arch flags but no native code the flags bit is set with arch 0, as the runtime's
/// own `mp_raw_code_save` writes it (mpy-tool writes the flags without the bit, which no
/// loader can read).
fn merged_header(modules: &[&Module], opts: &MergeOptions) -> Header {
    let first = modules.first().map(|m| &m.header);
    let native = first.filter(|h| h.arch() != 0);
    let arch_flags = opts
        .arch_flags
        .or_else(|| native.and_then(|h| h.arch_flags))
        .filter(|&f| f != 0);
    let mut feature_byte = native.map_or(0, |h| h.arch() << 2 | h.sub_version_bits());
    if arch_flags.is_some() {
        feature_byte |= feature::ARCH_FLAGS;
    }
    Header {
        version: 6,
        feature: feature_byte,
        small_int_bits: modules
            .last()
            .map_or(Header::bytecode().small_int_bits, |m| {
                m.header.small_int_bits
            }),
        arch_flags,
    }
}

/// The outer function: for each module, MAKE_FUNCTION i, CALL_FUNCTION 0, POP_TOP; then
/// return None. Its name is qstr 0, the first module's source file.
fn outer_code(n_modules: usize) -> Vec<u8> {
    use crate::bytecode::opcodes::Opcode;
    // Prelude: signature 0 (n_state 1), size 2 (n_info 1, no cells), simple_name 0.
    let mut code = vec![0x00, 0x02, 0x00];
    for i in 0..n_modules {
        code.push(Opcode::MAKE_FUNCTION as u8);
        crate::codec::write_vuint(&mut code, i as u64);
        code.extend_from_slice(&[Opcode::CALL_FUNCTION as u8, 0, Opcode::POP_TOP as u8]);
    }
    code.extend_from_slice(&[Opcode::LOAD_CONST_NONE as u8, Opcode::RETURN_VALUE as u8]);
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(arch: u8, arch_flags: Option<u64>, small_int_bits: u8) -> Module {
        Module {
            header: Header::new(arch, 3, small_int_bits, arch_flags).expect("valid header"),
            layout: crate::model::Layout::Released,
            qstrs: vec![b"m.py".to_vec()],
            objects: vec![],
            code: Code::Lowered(RawCode::bytecode(
                vec![0x00, 0x02, 0x00, 0x51, 0x63],
                vec![],
            )),
        }
    }

    #[test]
    fn outer_function_indices_past_127_take_two_bytes() {
        let code = outer_code(130);
        // 3 prelude bytes, 128 calls of 5 bytes, 2 of 6, then LOAD_CONST_NONE RETURN_VALUE.
        assert_eq!(code.len(), 3 + 128 * 5 + 2 * 6 + 2);
        assert_eq!(
            &code[3 + 128 * 5..][..6],
            &[0x32, 0x81, 0x00, 0x34, 0x00, 0x59]
        );
    }

    #[test]
    fn header_takes_the_native_module_and_the_flags_override() {
        let x64 = module(2, None, 31);
        let rv32 = module(11, Some(1), 31);
        let bc = module(0, None, 31);
        let none = MergeOptions::default();
        let flags = |f| MergeOptions {
            arch_flags: Some(f),
        };
        assert_eq!(merged_header(&[&bc, &bc], &none), Header::bytecode());
        assert_eq!(merged_header(&[&x64, &bc], &none).feature, 2 << 2 | 3);
        let h = merged_header(&[&rv32, &bc], &none);
        assert_eq!((h.feature, h.arch_flags), (0x40 | 11 << 2 | 3, Some(1)));
        let h = merged_header(&[&rv32, &bc], &flags(0));
        assert_eq!((h.feature, h.arch_flags), (11 << 2 | 3, None));
        // Bytecode only: the flags bit with arch 0, as the runtime writes it.
        let h = merged_header(&[&bc, &bc], &flags(3));
        assert_eq!((h.feature, h.arch_flags), (0x40, Some(3)));
    }

    #[test]
    fn modules_are_concatenated_and_rebased() {
        let merged = merge_ordered(
            &[&module(0, None, 31), &module(0, None, 31)],
            &MergeOptions::default(),
        )
        .expect("merges");
        assert_eq!(merged.qstrs.len(), 2);
        let root = merged.root().expect("lowered");
        assert_eq!(root.children[0].fun_data, [0x00, 0x02, 0x00, 0x51, 0x63]);
        // The second module's name is qstr 1 now.
        assert_eq!(root.children[1].fun_data, [0x00, 0x02, 0x01, 0x51, 0x63]);
    }

    #[test]
    fn a_second_native_input_is_refused() {
        let bytes = |m: &Module| write(m).expect("writes");
        let (a, b) = (bytes(&module(2, None, 31)), bytes(&module(2, None, 31)));
        let inputs = [
            Input {
                name: "a.mpy",
                bytes: &a,
            },
            Input {
                name: "b.mpy",
                bytes: &b,
            },
        ];
        let err = merge(&inputs, &MergeOptions::default()).expect_err("refused");
        assert_eq!((err.file.as_str(), err.offset), ("b.mpy", Some(2)));
        assert!(matches!(err.kind, MergeErrorKind::SecondNative { ref first } if first == "a.mpy"));
    }
}
