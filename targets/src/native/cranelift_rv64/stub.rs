//! A small writer of the hand-encoded RV64I entry stubs: uncompressed base
//! instructions only, with places to branch to and the body to call patched in at the
//! end, when every place is known.

use super::super::helpers::Helper;
use super::super::isa::rv32::encode::{
    addi, auipc, branch, jalr, load, store, Branch, Load, Reg, Store, A0, A1, A2, A3, RA, S0, SP,
    T0, ZERO,
};
use super::Fallback;

/// The entry arguments, `fun(fun_obj, n_args, n_kw, args)`.
pub(super) const ARGS: [Reg; 4] = [A0, A1, A2, A3];

/// A place in the stub, bound once.
#[derive(Clone, Copy, Debug)]
pub(super) struct Place(usize);

#[derive(Clone, Copy, Debug)]
enum Fixup {
    /// `b<op> a0, zero, place`.
    Branch(Branch, Place),
    /// `auipc t0, 0; jalr ra, (place)(t0)`.
    Call(Place),
}

/// The stub being written: instruction words, the places, and what to patch.
#[derive(Debug, Default)]
pub(super) struct Stub {
    code: Vec<u32>,
    places: Vec<Option<usize>>,
    fixups: Vec<(usize, Fixup)>,
}

impl Stub {
    pub(super) fn new() -> Stub {
        Stub::default()
    }

    pub(super) fn place(&mut self) -> Place {
        self.places.push(None);
        Place(self.places.len() - 1)
    }

    /// Bind `p` to the next instruction.
    pub(super) fn bind(&mut self, p: Place) {
        if let Some(slot) = self.places.get_mut(p.0) {
            *slot = Some(self.code.len());
        }
    }

    pub(super) fn addi(&mut self, rd: Reg, rs1: Reg, imm: i64) {
        self.code.push(addi(rd, rs1, imm));
    }

    /// `ld rd, word*8(rs1)`.
    pub(super) fn ld(&mut self, rd: Reg, rs1: Reg, word: i64) {
        self.code.push(load(Load::Ld, rd, rs1, word * 8));
    }

    /// `sd rs2, word*8(rs1)`.
    pub(super) fn sd(&mut self, rs2: Reg, rs1: Reg, word: i64) {
        self.code.push(store(Store::Sd, rs2, rs1, word * 8));
    }

    /// Call `mp_fun_table[helper]`, the table in `s0`.
    pub(super) fn call(&mut self, helper: Helper) {
        self.ld(T0, S0, i64::from(helper.index()));
        self.code.push(jalr(RA, T0, 0));
    }

    /// Branch to `p` when `a0` is zero (`Beq`) or not (`Bne`).
    pub(super) fn branch_a0(&mut self, op: Branch, p: Place) {
        self.fixups.push((self.code.len(), Fixup::Branch(op, p)));
        self.code.push(branch(op, A0, ZERO, 0));
    }

    /// Call the code at `p`, PC-relative (no relocation).
    pub(super) fn call_place(&mut self, p: Place) {
        self.fixups.push((self.code.len(), Fixup::Call(p)));
        self.code.push(auipc(T0, 0));
        self.code.push(jalr(RA, T0, 0));
    }

    /// Open a frame of `frame` bytes, keeping `ra`, `s0` and the entry arguments at
    /// words `ra_word`, `s0_word` and from `args_word`.
    pub(super) fn prologue(&mut self, frame: i64, ra_word: i64, s0_word: i64, args_word: i64) {
        self.addi(SP, SP, -frame);
        self.sd(RA, SP, ra_word);
        self.sd(S0, SP, s0_word);
        for (k, &arg) in ARGS.iter().enumerate() {
            self.sd(arg, SP, args_word + k as i64);
        }
    }

    /// Return `a0` from the frame [`Self::prologue`] opened.
    pub(super) fn epilogue(&mut self, frame: i64, ra_word: i64, s0_word: i64) {
        self.ld(RA, SP, ra_word);
        self.ld(S0, SP, s0_word);
        self.addi(SP, SP, frame);
        self.code.push(jalr(ZERO, RA, 0));
    }

    /// Pad with zero words (illegal instructions) to a 16-byte boundary.
    pub(super) fn align16(&mut self) {
        while !self.code.len().is_multiple_of(4) {
            self.code.push(0);
        }
    }

    /// The bytes, every branch and call patched.
    pub(super) fn finish(mut self) -> Result<Vec<u8>, Fallback> {
        for (at, fixup) in std::mem::take(&mut self.fixups) {
            let (Fixup::Branch(_, p) | Fixup::Call(p)) = fixup;
            let to = self
                .places
                .get(p.0)
                .copied()
                .flatten()
                .ok_or_else(|| Fallback("entry stub: a place never bound".into()))?;
            // The stubs are far shorter than a branch's or `jalr`'s 4 KiB / 2 KiB reach.
            let d = (to as i64 - at as i64) * 4;
            match fixup {
                Fixup::Branch(op, _) => self.code[at] = branch(op, A0, ZERO, d),
                Fixup::Call(_) => self.code[at + 1] = jalr(RA, T0, d),
            }
        }
        Ok(self.code.iter().flat_map(|w| w.to_le_bytes()).collect())
    }
}
