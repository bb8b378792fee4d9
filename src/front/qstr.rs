//! Interned strings ("qstrs") as the compiling mpy-cross process sees them.
//!
//! Whether a long string literal becomes a qstr or a `str` object depends on whether its
//! text is *already interned* in the mpy-cross process when the parser meets it
//! (`mpy-format.md` 14.2). That set is mpy-cross's own built-in pool (the 165 static
//! qstrs first, then the rest of the pool, in release-specific order) plus everything the
//! lexer and parser have interned so far in this file. [`QstrPool`] reproduces exactly
//! that: it starts from the pool of the chosen release and grows as the front end interns.
//!
//! Ids follow MicroPython: 0 is the null qstr, 1..=165 are the static qstrs (the ids a
//! `.mpy` file uses for its compact encoding), the rest of the built-in pool follows, then
//! strings interned while compiling.
//!
//! A new qstr is at most [`MAX_LEN`] bytes: mpy-cross stores qstr lengths in one byte, and
//! interning a longer text raises `RuntimeError: name too long` ([`NameTooLong`]).

use std::collections::HashMap;

use super::text_hash::text_hash;
use crate::error::{CompileError, ExceptionKind};

/// An interned string. Compare ids, not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Qstr(pub u32);

impl Qstr {
    /// The null qstr (`MP_QSTR_NULL`).
    pub const NULL: Qstr = Qstr(0);
    /// Number of static qstrs (ids 1..=165), identical in every v6 release.
    pub const NUM_STATIC: u32 = 165;

    /// True for the 165 static qstrs, which a `.mpy` file encodes by id.
    pub fn is_static(self) -> bool {
        (1..=Self::NUM_STATIC).contains(&self.0)
    }
}

/// The longest text mpy-cross can intern: its qstr lengths are one byte
/// (`MICROPY_QSTR_BYTES_IN_LEN`, 1 in every release's mpy-cross).
pub const MAX_LEN: usize = 255;

/// Interning a text longer than [`MAX_LEN`] bytes that is not already a qstr: the
/// `RuntimeError` that `qstr_from_strn` raises, which aborts the whole compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameTooLong;

impl NameTooLong {
    /// Whether interning `text` into a fresh pool fails. No built-in qstr is that long,
    /// so this is the length check alone; it stands for the interning of file names that
    /// mpy-cross does before (or after) the compile proper.
    pub fn check(text: &[u8]) -> Result<(), NameTooLong> {
        if text.len() > MAX_LEN {
            Err(NameTooLong)
        } else {
            Ok(())
        }
    }
}

impl std::fmt::Display for NameTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("name too long")
    }
}

impl std::error::Error for NameTooLong {}

/// mpy-cross raises this one outside any block, so it prints no traceback entry.
impl From<NameTooLong> for CompileError {
    fn from(e: NameTooLong) -> CompileError {
        CompileError::new(ExceptionKind::RuntimeError, e.to_string())
    }
}

/// The mpy-cross releases whose built-in qstr pool we carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoolRelease {
    /// The pool of 1.19.1, used for 1.19.
    V1_19_1,
    /// The pool of 1.22.2, used for 1.20 to 1.27.
    V1_22_2,
    /// The pool of 1.28.0, used for 1.28 and later.
    V1_28_0,
}

impl PoolRelease {
    fn key(self) -> &'static str {
        match self {
            PoolRelease::V1_19_1 => "1.19.1",
            PoolRelease::V1_22_2 => "1.22.2",
            PoolRelease::V1_28_0 => "1.28.0",
        }
    }
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/qstr_pools.rs"));
}

/// A built-in pool: texts in pool order (index 0 = id 1), and a hash table of them.
#[derive(Clone, Copy)]
struct BuiltinPool {
    texts: &'static [&'static str],
    /// Open addressing by [`text_hash`], linear probing; slot = pool index + 1, 0 = empty.
    table: &'static [u16],
}

impl BuiltinPool {
    /// The pool of `release`, from the tables `build.rs` makes of the embedded data.
    fn of(release: PoolRelease) -> BuiltinPool {
        let (_, texts, table) = generated::POOLS
            .iter()
            .find(|(key, _, _)| *key == release.key())
            .copied()
            .unwrap_or(("", &[], &[0]));
        BuiltinPool { texts, table }
    }

    /// The first pool index holding `text`.
    fn find(&self, text: &[u8]) -> Option<usize> {
        let mask = self.table.len() - 1;
        let mut at = (text_hash(text) as usize) & mask;
        loop {
            let i = usize::from(self.table[at]).checked_sub(1)?;
            if self.texts[i].as_bytes() == text {
                return Some(i);
            }
            at = (at + 1) & mask;
        }
    }
}

/// A growable qstr interner seeded with a release's built-in pool. The pool itself is
/// static; only the strings a file adds are allocated.
#[derive(Clone)]
pub struct QstrPool {
    builtin: BuiltinPool,
    added: Vec<Box<[u8]>>,
    added_ids: HashMap<Box<[u8]>, Qstr>,
}

impl std::fmt::Debug for QstrPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QstrPool")
            .field("builtin", &self.builtin.texts.len())
            .field("added", &self.added.len())
            .finish()
    }
}

impl QstrPool {
    /// The pool of mpy-cross `release` before it has read any source.
    pub fn new(release: PoolRelease) -> QstrPool {
        QstrPool {
            builtin: BuiltinPool::of(release),
            added: Vec::new(),
            added_ids: HashMap::new(),
        }
    }

    /// The first id after the built-in pool (id 0 is the null qstr).
    fn first_added_id(&self) -> usize {
        self.builtin.texts.len() + 1
    }

    /// Intern `text`, returning its existing id if it is already known (`qstr_from_strn`:
    /// only a text that must be added is checked against [`MAX_LEN`]).
    pub fn intern(&mut self, text: &[u8]) -> Result<Qstr, NameTooLong> {
        if let Some(id) = self.find(text) {
            return Ok(id);
        }
        NameTooLong::check(text)?;
        Ok(self.add(text))
    }

    /// Intern a name the compiler itself uses (`MP_QSTR_*`): these are all short, and
    /// all in the built-in pools, so this cannot fail.
    pub fn intern_known(&mut self, text: &'static str) -> Qstr {
        debug_assert!(text.len() <= MAX_LEN);
        match self.find(text.as_bytes()) {
            Some(id) => id,
            None => self.add(text.as_bytes()),
        }
    }

    fn add(&mut self, text: &[u8]) -> Qstr {
        let id = Qstr((self.first_added_id() + self.added.len()) as u32);
        self.added.push(text.into());
        self.added_ids.insert(text.into(), id);
        id
    }

    /// A fresh id that no text maps to, for a variable the compiler invents; `find` and
    /// `intern` never return it, so it cannot change what counts as already interned.
    pub fn unnamed(&mut self) -> Qstr {
        let id = Qstr((self.first_added_id() + self.added.len()) as u32);
        self.added.push(Box::default());
        id
    }

    /// The id of `text` if it is already interned (`qstr_find_strn`).
    pub fn find(&self, text: &[u8]) -> Option<Qstr> {
        match self.builtin.find(text) {
            Some(i) => Some(Qstr(i as u32 + 1)),
            None => self.added_ids.get(text).copied(),
        }
    }

    /// The text of `q`. Panics only on an id this pool never handed out (a compiler bug).
    pub fn text(&self, q: Qstr) -> &[u8] {
        let id = q.0 as usize;
        match id {
            0 => b"",
            _ if id < self.first_added_id() => self.builtin.texts[id - 1].as_bytes(),
            _ => &self.added[id - self.first_added_id()],
        }
    }

    /// The text of `q` for messages (lossy for the rare non-UTF-8 qstr).
    pub fn display(&self, q: Qstr) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.text(q))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_ids_match_the_format() {
        let pool = QstrPool::new(PoolRelease::V1_28_0);
        assert_eq!(pool.find(b"<module>"), Some(Qstr(7)));
        assert_eq!(pool.find(b"print"), Some(Qstr(123)));
        assert_eq!(pool.find(b"zip"), Some(Qstr(165)));
        assert!(pool.find(b"<lambda>").is_some_and(|q| !q.is_static()));
    }

    #[test]
    fn every_release_has_its_pool() {
        for release in [
            PoolRelease::V1_19_1,
            PoolRelease::V1_22_2,
            PoolRelease::V1_28_0,
        ] {
            let pool = BuiltinPool::of(release);
            assert!(pool.texts.len() > 165, "{release:?}");
            assert_eq!(pool.find(b"zip"), Some(164));
        }
    }

    #[test]
    fn interning_grows_and_dedups() {
        let mut pool = QstrPool::new(PoolRelease::V1_19_1);
        let a = pool.intern(b"identifier_like").unwrap();
        assert_eq!(pool.intern(b"identifier_like"), Ok(a));
        assert_eq!(pool.text(a), b"identifier_like");
        assert_eq!(pool.intern(b"print"), Ok(Qstr(123)));
        assert_eq!(pool.intern_known("print"), Qstr(123));
    }

    #[test]
    fn names_longer_than_a_byte_are_refused() {
        let mut pool = QstrPool::new(PoolRelease::V1_28_0);
        let longest = vec![b'a'; MAX_LEN];
        assert!(pool.intern(&longest).is_ok());
        let too_long = vec![b'b'; MAX_LEN + 1];
        assert_eq!(pool.intern(&too_long), Err(NameTooLong));
        assert_eq!(pool.find(&too_long), None, "a refused name is not interned");
        // Bytes count, not characters: 128 two-byte characters are 256 bytes.
        assert_eq!(pool.intern("é".repeat(128).as_bytes()), Err(NameTooLong));
    }
}
