//! The emitter's model of the Python value stack: where each entry lives right now.
//!
//! Like `emitnative.c`'s `stack_info`, entries above the current depth keep their last
//! contents, because a pop followed by an explicit re-push (`jump_if_or_pop`, `for_iter`)
//! must see the entry as it was.

/// A constant not yet materialised, with the type that decides how it becomes an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Imm {
    /// A raw object word (`MP_OBJ_NULL` for `load_null`).
    Obj(i64),
    Bool(bool),
    /// A small int, boxed as `value << 1 | 1`.
    Int(i64),
    None,
}

/// Where one stack entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// In its slot of the in-memory Python stack.
    Value,
    /// Only in a register.
    Reg(u8),
    /// Only known to the emitter.
    Imm(Imm),
}

/// The value stack: entries `0..len` are live.
#[derive(Clone, Debug, Default)]
pub struct Stack {
    slots: Vec<Slot>,
    len: usize,
    max: usize,
}

/// Popping more than was pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Underflow;

impl Stack {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The deepest the stack has been.
    pub fn max(&self) -> usize {
        self.max
    }

    /// Entry `i` from the bottom (live or not).
    pub fn get(&self, i: usize) -> Slot {
        self.slots.get(i).copied().unwrap_or(Slot::Value)
    }

    pub fn set(&mut self, i: usize, s: Slot) {
        if i >= self.slots.len() {
            self.slots.resize(i + 1, Slot::Value);
        }
        self.slots[i] = s;
    }

    /// Move the depth by `delta`, keeping entry contents (`adjust_stack`).
    pub fn adjust(&mut self, delta: i64) -> Result<(), Underflow> {
        let new = self.len as i64 + delta;
        if new < 0 {
            return Err(Underflow);
        }
        self.len = new as usize;
        if self.len > self.slots.len() {
            self.slots.resize(self.len, Slot::Value);
        }
        self.max = self.max.max(self.len);
        Ok(())
    }

    pub fn push(&mut self, s: Slot) {
        let i = self.len;
        self.set(i, s);
        self.len += 1;
        self.max = self.max.max(self.len);
    }

    /// Index of the entry `pos` from the top (1 = top).
    pub fn index_from_top(&self, pos: usize) -> Result<usize, Underflow> {
        self.len.checked_sub(pos).ok_or(Underflow)
    }
}
