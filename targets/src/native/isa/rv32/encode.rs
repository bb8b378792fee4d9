//! RV32IMC instruction encodings (with the Zba and Zcmp instructions mpy-cross knows):
//! the forms `py/asmrv32.h` writes, for the native emitter and for the inline assembler
//! (`py/emitinlinerv32.c`, see `native::inline::rv32`). Every function is pure: it
//! returns the 32-bit word of a base instruction or the halfword of a compressed one,
//! both stored little-endian.
//!
//! mpy-cross masks every field to its width and never checks a value against it; so do
//! these encoders (an immediate that does not fit loses its high bits, as in C). Whether
//! a value fits is asked beforehand with [`fits_signed`] and [`fits_unsigned`], which
//! keep the quirk of mpy-cross's `FIT_SIGNED`/`FIT_UNSIGNED` macros: their masks are
//! 32-bit, so bits 32 and up of a 64-bit value are not looked at. The compressed
//! register fields take a register of the `x8..=x15` window already mapped to 0..=7
//! ([`Reg::c`]); the `CA` format masks them to two bits, as mpy-cross's macro does.
//!
//! Label uses and their reach, with the check each one needs (displacements are from the
//! instruction's own address):
//!
//! | use | instruction | reach | check |
//! |---|---|---|---|
//! | conditional branch | `B`-type (`beq`, `bne`, ...) | -4096..=4094 | `fits_signed(d, 13)` |
//! | compressed conditional | `c.beqz`, `c.bnez` (`CB`) | -256..=254 | `fits_signed(d, 9)` (the native emitter asks for 8) |
//! | jump | `jal` (`J`-type) | -1 MiB..1 MiB | `fits_signed(d, 21)` |
//! | compressed jump | `c.j`, `c.jal` (`CJ`) | -2048..=2046 | `fits_signed(d, 12)` |
//! | far jump or address | `auipc` + `jalr`/`addi` | any 32-bit | [`split_immediate`] |

/// An integer register, `x0`..`x31`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(pub u8);

pub const ZERO: Reg = Reg(0);
pub const RA: Reg = Reg(1);
pub const SP: Reg = Reg(2);
pub const T0: Reg = Reg(5);
pub const T1: Reg = Reg(6);
pub const T2: Reg = Reg(7);
pub const S0: Reg = Reg(8);
pub const S1: Reg = Reg(9);
pub const A0: Reg = Reg(10);
pub const A1: Reg = Reg(11);
pub const A2: Reg = Reg(12);
pub const A3: Reg = Reg(13);
pub const A4: Reg = Reg(14);
pub const A5: Reg = Reg(15);
pub const A6: Reg = Reg(16);
pub const S2: Reg = Reg(18);
pub const S3: Reg = Reg(19);
pub const S4: Reg = Reg(20);
pub const S5: Reg = Reg(21);
pub const T3: Reg = Reg(28);

impl Reg {
    /// `x8..=x15`, the registers compressed instructions name in three bits.
    pub fn in_c_window(self) -> bool {
        (8..=15).contains(&self.0)
    }

    /// The three-bit compressed number of a window register (`x8` is 0).
    pub fn c(self) -> u32 {
        u32::from(self.0).wrapping_sub(8)
    }

    fn bits(self) -> u32 {
        u32::from(self.0)
    }
}

/// `FIT_SIGNED(value, bits)`: bits `bits-1` to 31 of `v` are all zero or all one (bits
/// above 31 are not looked at).
pub fn fits_signed(v: i64, bits: u32) -> bool {
    let mask = u64::from(!((1u32 << (bits - 1)) - 1));
    let high = v as u64 & mask;
    high == 0 || high == mask
}

/// `FIT_UNSIGNED(value, bits)`: bits `bits` to 31 of `v` are zero.
pub fn fits_unsigned(v: i64, bits: u32) -> bool {
    v as u64 & u64::from(!((1u32 << bits) - 1)) == 0
}

/// mpy-cross's `split_immediate`: `v` as the upper part an `auipc`/`lui` loads and the
/// 12-bit lower part added after it. When bit 11 is set the upper part is rounded up,
/// and (`signed_lower`, 1.24) the lower part made negative; from 1.25 it stays
/// `0x800..=0xfff`, which only the instructions' 12-bit fields read as negative.
pub fn split_immediate(v: i64, signed_lower: bool) -> (i64, i64) {
    let mut upper = v & 0xffff_f000;
    let mut lower = v & 0xfff;
    if lower & 0x800 != 0 {
        upper += 0x1000;
        if signed_lower {
            lower -= 0x1000;
        }
    }
    (upper, lower)
}

// ---- base formats ---------------------------------------------------------------------

/// `R`: `funct7 rs2 rs1 funct3 rd opcode`.
pub fn r_type(opcode: u32, funct3: u32, funct7: u32, rd: Reg, rs1: Reg, rs2: Reg) -> u32 {
    (opcode & 0x7f)
        | ((rd.bits() & 0x1f) << 7)
        | ((funct3 & 7) << 12)
        | ((rs1.bits() & 0x1f) << 15)
        | ((rs2.bits() & 0x1f) << 20)
        | ((funct7 & 0x7f) << 25)
}

/// `I`: `imm[11:0] rs1 funct3 rd opcode`.
pub fn i_type(opcode: u32, funct3: u32, rd: Reg, rs1: Reg, imm: i64) -> u32 {
    (opcode & 0x7f)
        | ((rd.bits() & 0x1f) << 7)
        | ((funct3 & 7) << 12)
        | ((rs1.bits() & 0x1f) << 15)
        | (((imm as u32) & 0xfff) << 20)
}

/// `S`: `imm[11:5] rs2 rs1 funct3 imm[4:0] opcode`.
pub fn s_type(opcode: u32, funct3: u32, rs1: Reg, rs2: Reg, imm: i64) -> u32 {
    let imm = imm as u32;
    (opcode & 0x7f)
        | ((imm & 0x1f) << 7)
        | ((funct3 & 7) << 12)
        | ((rs1.bits() & 0x1f) << 15)
        | ((rs2.bits() & 0x1f) << 20)
        | ((imm & 0xfe0) << 20)
}

/// `B`: `imm[12|10:5] rs2 rs1 funct3 imm[4:1|11] opcode`.
pub fn b_type(opcode: u32, funct3: u32, rs1: Reg, rs2: Reg, imm: i64) -> u32 {
    let imm = imm as u32;
    (opcode & 0x7f)
        | ((funct3 & 7) << 12)
        | ((imm & 0x800) >> 4)
        | ((imm & 0x1e) << 7)
        | ((rs1.bits() & 0x1f) << 15)
        | ((rs2.bits() & 0x1f) << 20)
        | ((imm & 0x7e0) << 20)
        | ((imm & 0x1000) << 19)
}

/// `U`: `imm[31:12] rd opcode` (`imm` is the value itself, its low 12 bits dropped).
pub fn u_type(opcode: u32, rd: Reg, imm: i64) -> u32 {
    (opcode & 0x7f) | ((rd.bits() & 0x1f) << 7) | ((imm as u32) & 0xffff_f000)
}

/// `J`: `imm[20|10:1|11|19:12] rd opcode`.
pub fn j_type(opcode: u32, rd: Reg, imm: i64) -> u32 {
    let imm = imm as u32;
    (opcode & 0x7f)
        | ((rd.bits() & 0x1f) << 7)
        | (imm & 0xff000)
        | ((imm & 0x800) << 9)
        | ((imm & 0x7fe) << 20)
        | ((imm & 0x10_0000) << 11)
}

/// `I`-type with a CSR number and a 5-bit immediate in `rs1`: `csr uimm funct3 rd opcode`.
pub fn csri_type(opcode: u32, funct3: u32, rd: Reg, csr: i64, imm: i64) -> u32 {
    (opcode & 0x7f)
        | ((rd.bits() & 0x1f) << 7)
        | ((funct3 & 7) << 12)
        | (((imm as u32) & 0x1f) << 15)
        | (((csr as u32) & 0xfff) << 20)
}

// ---- compressed formats ----------------------------------------------------------------

/// `CR`: `funct4 rd/rs1 rs2 op`.
pub fn cr(op: u32, funct4: u32, rs1: Reg, rs2: Reg) -> u16 {
    ((op & 3) | ((rs2.bits() & 0x1f) << 2) | ((rs1.bits() & 0x1f) << 7) | ((funct4 & 0xf) << 12))
        as u16
}

/// `CI`: `funct3 imm[5] rd imm[4:0] op`.
pub fn ci(op: u32, funct3: u32, rd: Reg, imm: i64) -> u16 {
    let imm = imm as u32;
    ((op & 3)
        | ((funct3 & 7) << 13)
        | ((rd.bits() & 0x1f) << 7)
        | ((imm & 0x20) << 7)
        | ((imm & 0x1f) << 2)) as u16
}

/// `CSS`: `funct3 imm[5:0] rs2 op`.
pub fn css(op: u32, funct3: u32, rs2: Reg, imm: i64) -> u16 {
    ((op & 3) | ((funct3 & 7) << 13) | ((rs2.bits() & 0x1f) << 2) | (((imm as u32) & 0x3f) << 7))
        as u16
}

/// `CIW`: `funct3 nzuimm[5:4|9:6|2|3] rd' op`.
pub fn ciw(op: u32, funct3: u32, rd_c: u32, imm: i64) -> u16 {
    let imm = imm as u32;
    ((op & 3)
        | ((funct3 & 7) << 13)
        | ((rd_c & 7) << 2)
        | ((imm & 0x3c0) << 1)
        | ((imm & 0x30) << 7)
        | ((imm & 0x08) << 2)
        | ((imm & 0x04) << 4)) as u16
}

/// `CL`/`CS` (one layout): `funct3 uimm[5:3] rs1' uimm[2|6] rd'/rs2' op`.
pub fn cl(op: u32, funct3: u32, rd_c: u32, rs1_c: u32, imm: i64) -> u16 {
    let imm = imm as u32;
    ((op & 3)
        | ((funct3 & 7) << 13)
        | ((rd_c & 7) << 2)
        | ((rs1_c & 7) << 7)
        | ((imm & 0x40) >> 1)
        | ((imm & 0x38) << 7)
        | ((imm & 0x04) << 4)) as u16
}

/// `CA`: `funct6 rd' funct2 rs2' op`; mpy-cross masks the register fields to two bits.
pub fn ca(op: u32, funct6: u32, funct2: u32, rd_c: u32, rs2_c: u32) -> u16 {
    ((op & 3)
        | ((funct6 & 0x3f) << 10)
        | ((funct2 & 3) << 5)
        | ((rd_c & 3) << 7)
        | ((rs2_c & 3) << 2)) as u16
}

/// `CB`: `funct3 imm[7:5] rs1' imm[4:0] op` (`imm` already arranged for the instruction).
pub fn cb(op: u32, funct3: u32, rs1_c: u32, imm: u32) -> u16 {
    ((op & 3)
        | ((funct3 & 7) << 13)
        | ((rs1_c & 7) << 7)
        | ((imm & 0xe0) << 5)
        | ((imm & 0x1f) << 2)) as u16
}

/// `CJ`: `funct3 offset[11|4|9:8|10|6|7|3:1|5] op`.
pub fn cj(op: u32, funct3: u32, imm: i64) -> u16 {
    let imm = imm as u32;
    ((op & 3)
        | ((funct3 & 7) << 13)
        | ((imm & 0x0e) << 2)
        | ((imm & 0x300) << 1)
        | ((imm & 0x800) << 1)
        | ((imm & 0x400) >> 2)
        | ((imm & 0x80) >> 1)
        | ((imm & 0x40) << 1)
        | ((imm & 0x20) >> 3)
        | ((imm & 0x10) << 7)) as u16
}

/// Zcmp `CMPP`: `funct6 funct2 rlist spimm op`.
pub fn cmpp(op: u32, funct6: u32, funct2: u32, rlist: u32, spimm: u32) -> u16 {
    ((op & 3)
        | ((funct6 & 0x3f) << 10)
        | ((funct2 & 3) << 8)
        | ((rlist & 0xf) << 4)
        | ((spimm & 3) << 2)) as u16
}

/// The three-bit Zcmp `sreg` number of `s0`, `s1`, `s2`..`s7` (0..=7), as mpy-cross's
/// `CMMV` macro computes it (other registers wrap).
pub fn sreg(r: Reg) -> u32 {
    if r == S0 || r == S1 {
        r.bits().wrapping_sub(8)
    } else {
        r.bits().wrapping_sub(18).wrapping_add(2)
    }
}

/// Zcmp `CMMV`: `funct6 r1s' funct2 r2s' op`.
pub fn cmmv(op: u32, funct6: u32, funct2: u32, r1s: Reg, r2s: Reg) -> u16 {
    ((op & 3)
        | ((funct6 & 0x3f) << 10)
        | ((funct2 & 3) << 5)
        | ((sreg(r1s) & 7) << 7)
        | ((sreg(r2s) & 7) << 2)) as u16
}

// ---- base instructions ------------------------------------------------------------------

const OP: u32 = 0x33;
const OP_IMM: u32 = 0x13;
const LOAD: u32 = 0x03;
const STORE: u32 = 0x23;
const BRANCH: u32 = 0x63;
const SYSTEM: u32 = 0x73;

/// Register-register operations of `OP` (`funct3`, `funct7`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AluOp {
    Add,
    Sub,
    Sll,
    Slt,
    Sltu,
    Xor,
    Srl,
    Sra,
    Or,
    And,
    Mul,
    Mulh,
    Mulhsu,
    Mulhu,
    Div,
    Divu,
    Rem,
    Remu,
    /// Zba `sh1add`.
    Sh1add,
    /// Zba `sh2add`.
    Sh2add,
    /// Zba `sh3add`.
    Sh3add,
}

impl AluOp {
    fn fields(self) -> (u32, u32) {
        match self {
            AluOp::Add => (0, 0x00),
            AluOp::Sub => (0, 0x20),
            AluOp::Sll => (1, 0x00),
            AluOp::Slt => (2, 0x00),
            AluOp::Sltu => (3, 0x00),
            AluOp::Xor => (4, 0x00),
            AluOp::Srl => (5, 0x00),
            AluOp::Sra => (5, 0x20),
            AluOp::Or => (6, 0x00),
            AluOp::And => (7, 0x00),
            AluOp::Mul => (0, 0x01),
            AluOp::Mulh => (1, 0x01),
            AluOp::Mulhsu => (2, 0x01),
            AluOp::Mulhu => (3, 0x01),
            AluOp::Div => (4, 0x01),
            AluOp::Divu => (5, 0x01),
            AluOp::Rem => (6, 0x01),
            AluOp::Remu => (7, 0x01),
            AluOp::Sh1add => (2, 0x10),
            AluOp::Sh2add => (4, 0x10),
            AluOp::Sh3add => (6, 0x10),
        }
    }
}

/// `<op> rd, rs1, rs2`.
pub fn alu(op: AluOp, rd: Reg, rs1: Reg, rs2: Reg) -> u32 {
    let (funct3, funct7) = op.fields();
    r_type(OP, funct3, funct7, rd, rs1, rs2)
}

/// Immediate operations of `OP-IMM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImmOp {
    Addi,
    Slti,
    Sltiu,
    Xori,
    Ori,
    Andi,
}

/// `<op> rd, rs1, imm` (12 bits, masked).
pub fn alu_imm(op: ImmOp, rd: Reg, rs1: Reg, imm: i64) -> u32 {
    let funct3 = match op {
        ImmOp::Addi => 0,
        ImmOp::Slti => 2,
        ImmOp::Sltiu => 3,
        ImmOp::Xori => 4,
        ImmOp::Ori => 6,
        ImmOp::Andi => 7,
    };
    i_type(OP_IMM, funct3, rd, rs1, imm)
}

/// `addi rd, rs1, imm`.
pub fn addi(rd: Reg, rs1: Reg, imm: i64) -> u32 {
    alu_imm(ImmOp::Addi, rd, rs1, imm)
}

/// Shifts by an immediate: `slli`, `srli`, `srai rd, rs1, shamt` (`shamt` masked to 5 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftOp {
    Slli,
    Srli,
    Srai,
}

/// `<shift> rd, rs1, shamt`.
pub fn shift_imm(op: ShiftOp, rd: Reg, rs1: Reg, shamt: i64) -> u32 {
    let shamt = shamt & 0x1f;
    match op {
        ShiftOp::Slli => i_type(OP_IMM, 1, rd, rs1, shamt),
        ShiftOp::Srli => i_type(OP_IMM, 5, rd, rs1, shamt),
        ShiftOp::Srai => i_type(OP_IMM, 5, rd, rs1, shamt | 0x400),
    }
}

/// Load widths: `funct3` of `LOAD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    Lb = 0,
    Lh = 1,
    Lw = 2,
    /// RV64 only (the rv64imc entry stub of the Cranelift backend).
    Ld = 3,
    Lbu = 4,
    Lhu = 5,
}

impl Load {
    /// The zero-extending load of 1 << `shift` bytes (what the emitter's loads use).
    pub fn unsigned(shift: u32) -> Load {
        match shift {
            0 => Load::Lbu,
            1 => Load::Lhu,
            _ => Load::Lw,
        }
    }
}

/// `l* rd, imm(rs1)`.
pub fn load(op: Load, rd: Reg, rs1: Reg, imm: i64) -> u32 {
    i_type(LOAD, op as u32, rd, rs1, imm)
}

/// Store widths: `funct3` of `STORE` (= log2 of the width).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    Sb = 0,
    Sh = 1,
    Sw = 2,
    /// RV64 only (the rv64imc entry stub of the Cranelift backend).
    Sd = 3,
}

impl Store {
    /// The store of 1 << `shift` bytes.
    pub fn of(shift: u32) -> Store {
        match shift {
            0 => Store::Sb,
            1 => Store::Sh,
            _ => Store::Sw,
        }
    }
}

/// `s* rs2, imm(rs1)`.
pub fn store(op: Store, rs2: Reg, rs1: Reg, imm: i64) -> u32 {
    s_type(STORE, op as u32, rs1, rs2, imm)
}

/// Conditional branches: `funct3` of `BRANCH`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Branch {
    Beq = 0,
    Bne = 1,
    Blt = 4,
    Bge = 5,
    Bltu = 6,
    Bgeu = 7,
}

/// `b* rs1, rs2, offset`.
pub fn branch(op: Branch, rs1: Reg, rs2: Reg, offset: i64) -> u32 {
    b_type(BRANCH, op as u32, rs1, rs2, offset)
}

/// `lui rd, imm` (`imm`'s bits 31..12).
pub fn lui(rd: Reg, imm: i64) -> u32 {
    u_type(0x37, rd, imm)
}

/// `auipc rd, imm` (`imm`'s bits 31..12).
pub fn auipc(rd: Reg, imm: i64) -> u32 {
    u_type(0x17, rd, imm)
}

/// `jal rd, offset`.
pub fn jal(rd: Reg, offset: i64) -> u32 {
    j_type(0x6f, rd, offset)
}

/// `jalr rd, offset(rs1)`.
pub fn jalr(rd: Reg, rs1: Reg, offset: i64) -> u32 {
    i_type(0x67, 0, rd, rs1, offset)
}

/// CSR instructions with a register operand (`funct3` 1..=3) or an immediate (5..=7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Csr {
    Csrrw = 1,
    Csrrs = 2,
    Csrrc = 3,
    Csrrwi = 5,
    Csrrsi = 6,
    Csrrci = 7,
}

/// `csrr{w,s,c} rd, csr, rs1` (`csr` masked to 12 bits).
pub fn csr_reg(op: Csr, rd: Reg, csr: i64, rs1: Reg) -> u32 {
    i_type(SYSTEM, op as u32, rd, rs1, csr)
}

/// `csrr{w,s,c}i rd, csr, uimm`.
pub fn csr_imm(op: Csr, rd: Reg, csr: i64, imm: i64) -> u32 {
    csri_type(SYSTEM, op as u32, rd, csr, imm)
}

/// `ecall`.
pub const ECALL: u32 = 0x73;
/// `ebreak`.
pub const EBREAK: u32 = 0x10_0073;

// ---- compressed instructions ----------------------------------------------------------

/// `c.add rd, rs2`.
pub fn c_add(rd: Reg, rs2: Reg) -> u16 {
    cr(2, 9, rd, rs2)
}

/// `c.mv rd, rs2`.
pub fn c_mv(rd: Reg, rs2: Reg) -> u16 {
    cr(2, 8, rd, rs2)
}

/// `c.jr rs1`.
pub fn c_jr(rs1: Reg) -> u16 {
    cr(2, 8, rs1, ZERO)
}

/// `c.jalr rs1`.
pub fn c_jalr(rs1: Reg) -> u16 {
    cr(2, 9, rs1, ZERO)
}

/// `c.addi rd, imm` (6 bits).
pub fn c_addi(rd: Reg, imm: i64) -> u16 {
    ci(1, 0, rd, imm)
}

/// `c.li rd, imm` (6 bits).
pub fn c_li(rd: Reg, imm: i64) -> u16 {
    ci(1, 2, rd, imm)
}

/// `c.lui rd, imm`: `imm`'s bits 17..12.
pub fn c_lui(rd: Reg, imm: i64) -> u16 {
    ci(1, 3, rd, imm >> 12)
}

/// `c.slli rd, shamt`.
pub fn c_slli(rd: Reg, shamt: i64) -> u16 {
    ci(2, 0, rd, shamt)
}

/// `c.lwsp rd, offset(sp)`: offset bits 7..2.
pub fn c_lwsp(rd: Reg, offset: i64) -> u16 {
    ci(2, 2, rd, ((offset & 0xc0) >> 6) | (offset & 0x3c))
}

/// `c.swsp rs2, offset(sp)`: offset bits 7..2.
pub fn c_swsp(rs2: Reg, offset: i64) -> u16 {
    css(2, 6, rs2, ((offset & 0xc0) >> 6) | (offset & 0x3c))
}

/// `c.addi4spn rd', imm`.
pub fn c_addi4spn(rd_c: u32, imm: i64) -> u16 {
    ciw(0, 0, rd_c, imm)
}

/// `c.lw rd', offset(rs1')`.
pub fn c_lw(rd_c: u32, rs1_c: u32, offset: i64) -> u16 {
    cl(0, 2, rd_c, rs1_c, offset)
}

/// `c.sw rs2', offset(rs1')`.
pub fn c_sw(rs2_c: u32, rs1_c: u32, offset: i64) -> u16 {
    cl(0, 6, rs2_c, rs1_c, offset)
}

/// The `CA` operations: `c.sub`, `c.xor`, `c.or`, `c.and rd', rs2'` (`funct2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaOp {
    Sub = 0,
    Xor = 1,
    Or = 2,
    And = 3,
}

/// `c.<op> rd', rs2'`.
pub fn c_alu(op: CaOp, rd_c: u32, rs2_c: u32) -> u16 {
    ca(1, 0x23, op as u32, rd_c, rs2_c)
}

/// The `CB` forms of `c.srli`, `c.srai`, `c.andi rd', imm` (bits 11..10 of the halfword).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CbImmOp {
    Srli = 0x00,
    Srai = 0x20,
    Andi = 0x40,
}

/// `c.srli`/`c.srai`/`c.andi rd', imm`.
pub fn c_imm(op: CbImmOp, rd_c: u32, imm: i64) -> u16 {
    let imm = imm as u32;
    cb(1, 4, rd_c, ((imm & 0x20) << 2) | (imm & 0x1f) | op as u32)
}

/// `offset` arranged for a `CB` branch: `offset[8|4:3]` and `offset[7:6|2:1|5]`.
fn cb_offset(offset: i64) -> u32 {
    let o = offset as u32;
    ((o & 0x100) >> 1) | ((o & 0xc0) >> 3) | ((o & 0x20) >> 5) | ((o & 0x18) << 2) | (o & 0x06)
}

/// `c.beqz rs1', offset`.
pub fn c_beqz(rs1_c: u32, offset: i64) -> u16 {
    cb(1, 6, rs1_c, cb_offset(offset))
}

/// `c.bnez rs1', offset`.
pub fn c_bnez(rs1_c: u32, offset: i64) -> u16 {
    cb(1, 7, rs1_c, cb_offset(offset))
}

/// `c.j offset`.
pub fn c_j(offset: i64) -> u16 {
    cj(1, 5, offset)
}

/// `c.jal offset`.
pub fn c_jal(offset: i64) -> u16 {
    cj(1, 1, offset)
}

/// `c.nop`.
pub const C_NOP: u16 = 0x0001;
/// `c.ebreak`.
pub const C_EBREAK: u16 = 0x9002;

/// The Zcmp push/pop instructions (`funct6`, `funct2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushPop {
    Push,
    Pop,
    Popret,
    Popretz,
}

/// `cm.push`/`cm.pop`/`cm.popret`/`cm.popretz {rlist}, spimm` (`rlist` 4..=15 names `ra`
/// and `s0` up to `s11`; `spimm` counts extra 16-byte blocks).
pub fn push_pop(op: PushPop, rlist: u32, spimm: u32) -> u16 {
    let (funct6, funct2) = match op {
        PushPop::Push => (0x2e, 0),
        PushPop::Pop => (0x2e, 2),
        PushPop::Popret => (0x2f, 2),
        PushPop::Popretz => (0x2f, 0),
    };
    cmpp(2, funct6, funct2, rlist, spimm)
}

/// `cm.mva01s r1s', r2s'`.
pub fn cm_mva01s(r1s: Reg, r2s: Reg) -> u16 {
    cmmv(2, 0x2b, 3, r1s, r2s)
}

/// `cm.mvsa01 r1s', r2s'`.
pub fn cm_mvsa01(r1s: Reg, r2s: Reg) -> u16 {
    cmmv(2, 0x2b, 1, r1s, r2s)
}

// ---- sequences ----------------------------------------------------------------------------

/// One instruction of a sequence: a compressed halfword or a base word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insn {
    C(u16),
    W(u32),
}

impl Insn {
    /// The instruction's bytes, little-endian.
    pub fn bytes(self) -> Vec<u8> {
        match self {
            Insn::C(h) => h.to_le_bytes().to_vec(),
            Insn::W(w) => w.to_le_bytes().to_vec(),
        }
    }
}

/// `load_upper_immediate`: `c.lui` for a non-zero upper part of 17 signed bits, else `lui`.
pub fn load_upper(rd: Reg, upper: i64) -> Insn {
    if fits_signed(upper, 17) && (upper >> 12) != 0 {
        Insn::C(c_lui(rd, upper))
    } else {
        Insn::W(lui(rd, upper))
    }
}

/// `load_lower_immediate`: add a non-zero low part, `c.addi` when it fits 6 bits.
pub fn load_lower(rd: Reg, lower: i64) -> Option<Insn> {
    if lower == 0 {
        None
    } else if fits_signed(lower, 6) {
        Some(Insn::C(c_addi(rd, lower)))
    } else {
        Some(Insn::W(addi(rd, rd, lower)))
    }
}

/// `asm_rv32_emit_optimised_load_immediate`: `c.li`, `addi rd, zero`, or the upper and
/// lower parts ([`split_immediate`] with `signed_lower` as there).
pub fn load_immediate(rd: Reg, v: i64, signed_lower: bool) -> Vec<Insn> {
    if fits_signed(v, 6) {
        return vec![Insn::C(c_li(rd, v))];
    }
    if fits_signed(v, 12) {
        return vec![Insn::W(addi(rd, ZERO, v))];
    }
    let (upper, lower) = split_immediate(v, signed_lower);
    let mut seq = vec![load_upper(rd, upper)];
    seq.extend(load_lower(rd, lower));
    seq
}
