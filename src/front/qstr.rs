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

use std::collections::HashMap;
use std::sync::OnceLock;

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

/// The mpy-cross releases whose built-in qstr pool we carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoolRelease {
    V1_19_1,
    V1_22_2,
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

const POOL_JSON: &str = include_str!("data/mpy_cross_qstr_pool.json");

/// The built-in pool of `release`, in pool order (index 0 = id 1). Parsed once per process.
fn builtin_pool(release: PoolRelease) -> &'static [Box<[u8]>] {
    static POOLS: OnceLock<HashMap<&'static str, Vec<Box<[u8]>>>> = OnceLock::new();
    let pools = POOLS.get_or_init(|| {
        let doc: serde_json::Value =
            serde_json::from_str(POOL_JSON).expect("embedded qstr pool is valid JSON");
        let mut out = HashMap::new();
        for rel in [
            PoolRelease::V1_19_1,
            PoolRelease::V1_22_2,
            PoolRelease::V1_28_0,
        ] {
            let list = doc["versions"][rel.key()]["qstrs"]
                .as_array()
                .expect("embedded qstr pool has a list per release");
            let texts = list
                .iter()
                .map(|v| {
                    v.as_str()
                        .expect("embedded qstr pool entries are strings")
                        .as_bytes()
                        .into()
                })
                .collect();
            out.insert(rel.key(), texts);
        }
        out
    });
    &pools[release.key()]
}

/// A growable qstr interner seeded with a release's built-in pool.
#[derive(Clone, Debug)]
pub struct QstrPool {
    texts: Vec<Box<[u8]>>,
    ids: HashMap<Box<[u8]>, Qstr>,
}

impl QstrPool {
    /// The pool of mpy-cross `release` before it has read any source.
    pub fn new(release: PoolRelease) -> QstrPool {
        let builtin = builtin_pool(release);
        let mut texts = Vec::with_capacity(builtin.len() + 1 + 256);
        texts.push(Box::<[u8]>::from(&b""[..])); // id 0: the null qstr, never looked up
        let mut ids = HashMap::with_capacity(builtin.len() + 256);
        for text in builtin {
            let id = Qstr(texts.len() as u32);
            texts.push(text.clone());
            ids.entry(text.clone()).or_insert(id);
        }
        QstrPool { texts, ids }
    }

    /// Intern `text`, returning its existing id if it is already known.
    pub fn intern(&mut self, text: &[u8]) -> Qstr {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = Qstr(self.texts.len() as u32);
        self.texts.push(text.into());
        self.ids.insert(text.into(), id);
        id
    }

    /// A fresh id that no text maps to, for a variable the compiler invents; `find` and
    /// `intern` never return it, so it cannot change what counts as already interned.
    pub fn unnamed(&mut self) -> Qstr {
        let id = Qstr(self.texts.len() as u32);
        self.texts.push(Box::default());
        id
    }

    /// The id of `text` if it is already interned (`qstr_find_strn`).
    pub fn find(&self, text: &[u8]) -> Option<Qstr> {
        self.ids.get(text).copied()
    }

    /// The text of `q`. Panics only on an id this pool never handed out (a compiler bug).
    pub fn text(&self, q: Qstr) -> &[u8] {
        &self.texts[q.0 as usize]
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
    fn interning_grows_and_dedups() {
        let mut pool = QstrPool::new(PoolRelease::V1_19_1);
        let a = pool.intern(b"identifier_like");
        assert_eq!(pool.intern(b"identifier_like"), a);
        assert_eq!(pool.text(a), b"identifier_like");
        assert_eq!(pool.intern(b"print"), Qstr(123));
    }
}
