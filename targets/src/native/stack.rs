//! The emitter's model of the Python value stack: where each entry lives right now, and
//! (for viper) its native type.
//!
//! Like `emitnative.c`'s `stack_info`, entries above the current depth keep their last
//! contents, because a pop followed by an explicit re-push (`jump_if_or_pop`, `for_iter`)
//! must see the entry as it was.

/// A value's type in the emitter (`vtype_kind_t`); the low nibble is `MP_NATIVE_TYPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VType(pub u8);

impl VType {
    pub const PYOBJ: VType = VType(0);
    pub const BOOL: VType = VType(1);
    pub const INT: VType = VType(2);
    pub const UINT: VType = VType(3);
    pub const PTR: VType = VType(4);
    pub const PTR8: VType = VType(5);
    pub const PTR16: VType = VType(6);
    pub const PTR32: VType = VType(7);
    /// The `None` constant (a pointer-typed zero in viper).
    pub const PTR_NONE: VType = VType(0x54);
    /// A viper local not assigned yet.
    pub const UNBOUND: VType = VType(0x60);
    /// A viper cast such as `int` loaded as a callable; the immediate is the target type.
    pub const BUILTIN_CAST: VType = VType(0x70);

    /// The number passed to the runtime's conversion helpers (the low nibble is what
    /// they use).
    pub fn code(self) -> i64 {
        i64::from(self.0)
    }

    /// The name viper error messages use.
    pub fn name(self) -> &'static str {
        match self {
            VType::PYOBJ => "object",
            VType::BOOL => "bool",
            VType::INT => "int",
            VType::UINT => "uint",
            VType::PTR => "ptr",
            VType::PTR8 => "ptr8",
            VType::PTR16 => "ptr16",
            VType::PTR32 => "ptr32",
            _ => "None",
        }
    }

    pub fn is_int(self) -> bool {
        self == VType::INT || self == VType::UINT
    }
}

/// Where one stack entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// In its slot of the in-memory Python stack.
    Value,
    /// Only in a register.
    Reg(u8),
    /// Only known to the emitter (boxed per its type when materialised as an object).
    Imm(i64),
}

/// One stack entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub kind: Kind,
    pub vtype: VType,
}

impl Slot {
    pub fn value(vtype: VType) -> Slot {
        Slot {
            kind: Kind::Value,
            vtype,
        }
    }
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

const UNSET: Slot = Slot {
    kind: Kind::Value,
    vtype: VType::UNBOUND,
};

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
        self.slots.get(i).copied().unwrap_or(UNSET)
    }

    pub fn set(&mut self, i: usize, s: Slot) {
        if i >= self.slots.len() {
            self.slots.resize(i + 1, UNSET);
        }
        self.slots[i] = s;
    }

    pub fn set_kind(&mut self, i: usize, kind: Kind) {
        let mut s = self.get(i);
        s.kind = kind;
        self.set(i, s);
    }

    /// Move the depth by `delta`, keeping entry contents (`adjust_stack`).
    pub fn adjust(&mut self, delta: i64) -> Result<(), Underflow> {
        let new = self.len as i64 + delta;
        if new < 0 {
            return Err(Underflow);
        }
        self.len = new as usize;
        if self.len > self.slots.len() {
            self.slots.resize(self.len, UNSET);
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
