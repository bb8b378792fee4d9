//! Which mpy-cross release the compiler imitates, as named behaviour switches.
//!
//! Every difference between releases lives here as a documented field; the compiler and
//! backends read switches, never version numbers.

use mpy_targets::MpyVersion;

use crate::front::qstr::PoolRelease;

/// A MicroPython release mpyc can imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Release {
    V1_19,
    V1_20,
    V1_21,
    V1_22,
    V1_23,
    V1_24,
    V1_25,
    V1_26,
    V1_27,
    V1_28,
    V1_29,
}

impl Release {
    /// Every release, oldest first.
    pub const ALL: [Release; 11] = [
        Release::V1_19,
        Release::V1_20,
        Release::V1_21,
        Release::V1_22,
        Release::V1_23,
        Release::V1_24,
        Release::V1_25,
        Release::V1_26,
        Release::V1_27,
        Release::V1_28,
        Release::V1_29,
    ];

    /// The release imitated when none is asked for.
    pub const DEFAULT: Release = Release::V1_28;

    /// `1.28` for [`Release::V1_28`].
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 11] = [
            "1.19", "1.20", "1.21", "1.22", "1.23", "1.24", "1.25", "1.26", "1.27", "1.28", "1.29",
        ];
        NAMES[self as usize]
    }

    /// Every release name, oldest first.
    pub fn names() -> Vec<&'static str> {
        Release::ALL.iter().map(|r| r.name()).collect()
    }

    /// Parse `1.22` or a full version such as `1.22.2`.
    pub fn parse(s: &str) -> Option<Release> {
        let mut parts = s.trim_start_matches('v').split('.');
        let (major, minor) = (parts.next()?, parts.next()?);
        if major != "1" {
            return None;
        }
        Release::ALL
            .into_iter()
            .find(|r| r.name() == format!("1.{minor}"))
    }

    /// The full version mpy-cross of this release reports.
    pub fn version(self) -> &'static str {
        const VERSIONS: [&str; 11] = [
            "1.19.1", "1.20.0", "1.21.0", "1.22.2", "1.23.0", "1.24.1", "1.25.0", "1.26.1",
            "1.27.0", "1.28.0", "1.29.0",
        ];
        VERSIONS[self as usize]
    }
}

/// The behaviour of one mpy-cross release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
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
    /// `if`/`elif` bodies and `for` bodies that end in a `return` get no closing jump, and a
    /// function body ending in one gets no `return None` (1.19: compile.c asked the emitter
    /// `last_emit_was_return_value`; 1.20 replaced that by dead-code suppression).
    pub skip_jump_after_return: bool,
    /// Only `True`, `False` and small ints count as constant conditions for `if`, `while`,
    /// `and`, `or` and `not` (1.19; 1.20 judges every constant, strings and tuples too).
    pub narrow_const_conditions: bool,
    /// A parenthesised tuple as a condition is judged by being empty or not, without
    /// evaluating it (c_if_cond's `atom_paren` case: 1.19 and 1.20, removed in 1.21; only
    /// 1.19 sets it so far).
    pub tuple_condition_shortcut: bool,
    /// A folded big-int operation whose value fits a small int becomes a small int
    /// (objint_mpz.c narrows results since 1.24; before, it stays a big-int constant object;
    /// only 1.19 clears it so far).
    pub narrow_big_int_results: bool,
    /// `async for` keeps the iterator in a variable (named after the iterable) instead of
    /// on the stack (1.19 and 1.20, changed in 1.21; only 1.19 sets it so far).
    pub async_for_iterator_in_local: bool,
    /// A finally block (and an `except ... as` cleanup) counts a stack slot for the return
    /// value it may run under (1.23+; only 1.19 clears it so far).
    pub finally_return_stack_slot: bool,
    /// `:=` in a comprehension stores through the parent scope's view of the name (its
    /// kind and slot, even a local slot of the parent), not a closed-over variable
    /// (1.19; 1.20 follows PEP 572).
    pub walrus_stores_in_parent_scope: bool,
    /// The lexer of 1.19 (`front::lexer::LexRules::v1_19`): its f-string rewriting (each
    /// literal its own `.format(`, arguments not parenthesised, no `!r`/`!s`, the `f'{{'`
    /// quirk, arguments injected at the next token; fixed over 1.20-1.28), raw f-strings
    /// rejected (until 1.24), no t-strings (until 1.28), and NEWLINE tokens placed at the
    /// next line's first token (until 1.22). Only 1.19 sets it so far.
    pub lexer_1_19: bool,
    /// `@micropython.asm_rv32` is a known decorator (1.25+; only 1.19 clears it so far).
    pub asm_rv32_decorator: bool,
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
            skip_jump_after_return: false,
            narrow_const_conditions: false,
            tuple_condition_shortcut: false,
            narrow_big_int_results: true,
            async_for_iterator_in_local: false,
            finally_return_stack_slot: true,
            walrus_stores_in_parent_scope: false,
            lexer_1_19: false,
            asm_rv32_decorator: true,
        }
    }
}

impl Profile {
    /// The profile of `release`. Only 1.28 is verified so far; the switches of the other
    /// releases follow `mpy-format.md` 1 and 14.5.
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
            V1_20 | V1_21 | V1_22 | V1_23 | V1_24 | V1_25 => PoolRelease::V1_22_2,
            _ => PoolRelease::V1_28_0,
        };
        Profile {
            release,
            mpy_version,
            qstr_pool,
            suppress_dead_code: release >= V1_20,
            fold_float_constants: release >= V1_26,
            distinct_signed_zero: release >= V1_26,
            skip_jump_after_return: release == V1_19,
            narrow_const_conditions: release == V1_19,
            tuple_condition_shortcut: release == V1_19,
            narrow_big_int_results: release != V1_19,
            async_for_iterator_in_local: release == V1_19,
            finally_return_stack_slot: release != V1_19,
            walrus_stores_in_parent_scope: release == V1_19,
            lexer_1_19: release == V1_19,
            asm_rv32_decorator: release != V1_19,
        }
    }
}

impl Default for Profile {
    fn default() -> Profile {
        Profile::v1_28()
    }
}
