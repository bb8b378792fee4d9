//! The debug pseudo-ISA (`-march=debug`, mpy-cross 1.24+, `py/emitndebug.c`): no machine
//! code, but each generic assembler operation of the emit pass as a line of text, which
//! mpy-cross prints on stdout. It shows the emitter's decisions independently of any
//! encoder. The `.mpy` it goes with has arch `debug` and native functions whose code is
//! only the header words and the prelude.
//!
//! The text format, exactly as mpy-cross prints it: operations are indented by four
//! spaces and prefixed with `dead_code ` inside a dead-code region; `ENTRY`/`EXIT` are not
//! indented; labels are printed as they are bound (`label(label_4)`). Registers are named
//! by role (`r_ret`, `r_arg1`, ..., `r_fun_table`), runtime helpers by their
//! `mp_fun_table` name, immediates as a C `int` in decimal and hex.

#[cfg(test)]
mod tests;

use std::fmt::Write;

use crate::native::asm::{AsmContext, Compare, FrameInfo, MemSize, NativeAsm, RegNum, Regs, Shift};
use crate::native::buffer::{CodeBuf, Label, Pass};
use crate::native::helpers::Helper;

/// Register numbers of the listing, in `reg_name_table` order.
const REG_NAMES: [&str; 12] = [
    "r_ret",
    "r_arg1",
    "r_arg2",
    "r_arg3",
    "r_arg4",
    "r_temp0",
    "r_temp1",
    "r_temp2",
    "r_local1",
    "r_local2",
    "r_local3",
    "r_fun_table",
];

/// The roles: return and arguments 0..=4, temporaries 5..=7, locals 8..=10, helper table
/// 11. Incoming arguments are the outgoing ones.
pub const REGS: Regs = Regs {
    ret: 0,
    arg: [1, 2, 3, 4],
    parent_arg: [1, 2, 3, 4],
    parent_ret: 0,
    temp: [5, 6, 7],
    local: [8, 9, 10],
    fun_table: 11,
};

/// Release switches of the listing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DebugOptions {
    /// `ENTRY` names the function (`ENTRY(C.f, num_locals=3)`; 1.26+, `2ab06b61b3`);
    /// before, `ENTRY(num_locals=3)`.
    pub entry_names: bool,
    /// The header's arch number: 12 before rv64imc took that number (1.27), 13 after.
    pub header_arch: u8,
}

impl Default for DebugOptions {
    /// mpy-cross 1.28.
    fn default() -> DebugOptions {
        DebugOptions {
            entry_names: true,
            header_arch: 13,
        }
    }
}

/// The debug assembler: the buffer (for labels, dead-code state and the prelude bytes)
/// and the listing of the emit pass.
#[derive(Debug)]
pub struct Debug {
    buf: CodeBuf,
    listing: String,
    options: DebugOptions,
    /// `ASM_CLR_REG` is its own operation (`clr`, 1.28+); before, `xor` of the register
    /// with itself.
    own_clear: bool,
    /// Viper `p16[const]` goes through `ASM_LOAD16_REG_REG_OFFSET`, the one offset form
    /// the listing has (1.26+, when every arch's offset forms came in).
    offset_mem_ops: bool,
}

impl Debug {
    /// One operation line (`asm_debug_printf`), only on the emit pass: indented unless it
    /// is `ENTRY`/`EXIT`, marked inside a dead-code region.
    fn print(&mut self, indent: bool, text: std::fmt::Arguments<'_>) {
        if self.buf.pass() != Pass::Emit {
            return;
        }
        if indent {
            self.listing.push_str("    ");
        }
        if self.buf.is_suppressed() {
            self.listing.push_str("dead_code ");
        }
        let _ = self.listing.write_fmt(text);
        self.listing.push('\n');
    }

    fn line(&mut self, text: std::fmt::Arguments<'_>) {
        self.print(true, text);
    }

    fn op_reg(&mut self, op: &str, reg: RegNum) {
        self.line(format_args!("{op}({})", reg_name(reg)));
    }

    fn op_reg_reg(&mut self, op: &str, a: RegNum, b: RegNum) {
        self.line(format_args!("{op}({}, {})", reg_name(a), reg_name(b)));
    }

    fn op_reg_reg_offset(&mut self, op: &str, a: RegNum, b: RegNum, offset: u32) {
        self.line(format_args!(
            "{op}({}, {}, {})",
            reg_name(a),
            reg_name(b),
            offset as i32
        ));
    }

    fn op_reg_local(&mut self, op: &str, reg: RegNum, local: u32) {
        self.line(format_args!("{op}({}, local_{local})", reg_name(reg)));
    }

    fn op_reg_label_bool(&mut self, op: &str, reg: RegNum, label: Label, b: bool) {
        self.line(format_args!(
            "{op}({}, label_{}, {b})",
            reg_name(reg),
            label.0
        ));
    }

    fn sized(op: &str, size: MemSize) -> String {
        let bits = match size {
            MemSize::B8 => 8,
            MemSize::B16 => 16,
            MemSize::B32 => 32,
        };
        format!("{op}{bits}")
    }
}

/// A register's name; an unknown number prints as C's `printf("%s", NULL)` does.
fn reg_name(reg: RegNum) -> &'static str {
    REG_NAMES.get(usize::from(reg)).copied().unwrap_or("(null)")
}

/// The name mpy-cross's listing gives a runtime helper (`fun_name_table`); the three
/// constant slots have none.
pub fn helper_name(h: Helper) -> &'static str {
    match h {
        Helper::ConstNoneObj | Helper::ConstFalseObj | Helper::ConstTrueObj => "(null)",
        Helper::ConvertObjToNative => "convert_obj_to_native",
        Helper::ConvertNativeToObj => "convert_native_to_obj",
        Helper::NativeSwapGlobals => "native_swap_globals",
        Helper::LoadName => "load_name",
        Helper::LoadGlobal => "load_global",
        Helper::LoadBuildClass => "load_build_class",
        Helper::LoadAttr => "load_attr",
        Helper::LoadMethod => "load_method",
        Helper::LoadSuperMethod => "load_super_method",
        Helper::StoreName => "store_name",
        Helper::StoreGlobal => "store_global",
        Helper::StoreAttr => "store_attr",
        Helper::ObjSubscr => "obj_subscr",
        Helper::ObjIsTrue => "obj_is_true",
        Helper::UnaryOp => "unary_op",
        Helper::BinaryOp => "binary_op",
        Helper::BuildTuple => "build_tuple",
        Helper::BuildList => "build_list",
        Helper::BuildMap => "build_map",
        Helper::BuildSet => "build_set",
        Helper::StoreSet => "store_set",
        Helper::ListAppend => "list_append",
        Helper::StoreMap => "store_map",
        Helper::MakeFunctionFromProtoFun => "make_function_from_proto_fun",
        Helper::NativeCallFunctionNKw => "native_call_function_n_kw",
        Helper::CallMethodNKw => "call_method_n_kw",
        Helper::CallMethodNKwVar => "call_method_n_kw_var",
        Helper::NativeGetiter => "native_getiter",
        Helper::NativeIternext => "native_iternext",
        Helper::NlrPush => "nlr_push",
        Helper::NlrPop => "nlr_pop",
        Helper::NativeRaise => "native_raise",
        Helper::ImportName => "import_name",
        Helper::ImportFrom => "import_from",
        Helper::ImportAll => "import_all",
        Helper::NewSlice => "new_slice",
        Helper::UnpackSequence => "unpack_sequence",
        Helper::UnpackEx => "unpack_ex",
        Helper::DeleteName => "delete_name",
        Helper::DeleteGlobal => "delete_global",
        Helper::NewClosure => "new_closure",
        Helper::ArgCheckNumSig => "arg_check_num_sig",
        Helper::SetupCodeState => "setup_code_state",
        Helper::SmallIntFloorDivide => "small_int_floor_divide",
        Helper::SmallIntModulo => "small_int_modulo",
        Helper::NativeYieldFrom => "native_yield_from",
        Helper::Setjmp => "setjmp",
    }
}

impl NativeAsm for Debug {
    const WORD_SIZE: u32 = 8;
    const REGS: Regs = REGS;
    const FRAME: FrameInfo = FrameInfo {
        nlr_buf_num_regs: 0,
        nlr_buf_idx_local_1: 5,
    };
    const REGS_VISIBLE_TO_PREPROCESSOR: bool = false;

    fn new(buf: CodeBuf, ctx: AsmContext) -> Debug {
        Debug {
            buf,
            listing: String::new(),
            options: ctx.options.debug,
            own_clear: !ctx.options.null_by_move,
            offset_mem_ops: ctx.options.viper_offset_mem_ops,
        }
    }

    fn buf(&mut self) -> &mut CodeBuf {
        &mut self.buf
    }

    fn into_buf(self) -> CodeBuf {
        self.buf
    }

    fn take_listing(&mut self) -> Option<String> {
        Some(std::mem::take(&mut self.listing))
    }

    fn label_assign(&mut self, label: Label) {
        self.buf.bind(label);
        if self.buf.pass() == Pass::Emit {
            let _ = writeln!(self.listing, "label(label_{})", label.0);
        }
    }

    fn entry(&mut self, num_locals: u32, name: &str) {
        let n = num_locals as i32;
        if self.options.entry_names {
            let name = if name.is_empty() { "?" } else { name };
            self.print(false, format_args!("ENTRY({name}, num_locals={n})"));
        } else {
            self.print(false, format_args!("ENTRY(num_locals={n})"));
        }
    }

    fn exit(&mut self) {
        self.print(false, format_args!("EXIT(0)"));
    }

    fn jump(&mut self, label: Label) {
        self.line(format_args!("jump(label_{})", label.0));
    }

    fn jump_if_reg_zero(&mut self, reg: RegNum, label: Label, bool_test: bool) {
        self.op_reg_label_bool("jump_if_reg_zero", reg, label, bool_test);
    }

    fn jump_if_reg_nonzero(&mut self, reg: RegNum, label: Label, bool_test: bool) {
        self.op_reg_label_bool("jump_if_reg_nonzero", reg, label, bool_test);
    }

    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label) {
        self.line(format_args!(
            "jump_if_reg_eq({}, {}, label_{})",
            reg_name(a),
            reg_name(b),
            label.0
        ));
    }

    fn jump_reg(&mut self, reg: RegNum) {
        self.op_reg("jump_reg", reg);
    }

    fn call_ind(&mut self, helper: Helper) {
        self.line(format_args!("call_ind({})", helper_name(helper)));
    }

    fn mov_local_reg(&mut self, local: u32, reg: RegNum) {
        self.line(format_args!(
            "mov_local_reg(local_{}, {})",
            local as i32,
            reg_name(reg)
        ));
    }

    fn mov_reg_imm(&mut self, reg: RegNum, imm: i64) {
        // The listing takes the immediate as a C int.
        let imm = imm as i32;
        self.line(format_args!(
            "mov_reg_imm({}, {imm}=0x{:x})",
            reg_name(reg),
            imm as u32
        ));
    }

    fn mov_reg_local(&mut self, reg: RegNum, local: u32) {
        self.op_reg_local("mov_reg_local", reg, local);
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("mov_reg_reg", dst, src);
    }

    fn mov_reg_local_addr(&mut self, reg: RegNum, local: u32) {
        self.op_reg_local("mov_reg_local_addr", reg, local);
    }

    fn mov_reg_pcrel(&mut self, reg: RegNum, label: Label) {
        self.line(format_args!(
            "mov_reg_pcrel({}, label_{})",
            reg_name(reg),
            label.0
        ));
    }

    fn clr_reg(&mut self, reg: RegNum) {
        if self.own_clear {
            self.op_reg("clr", reg);
        } else {
            self.op_reg_reg("xor", reg, reg);
        }
    }

    fn not_reg(&mut self, reg: RegNum) -> bool {
        self.op_reg("not", reg);
        true
    }

    fn neg_reg(&mut self, reg: RegNum) {
        self.op_reg("neg", reg);
    }

    fn shift_reg_reg(&mut self, kind: Shift, dst: RegNum, count: RegNum) {
        let op = match kind {
            Shift::Left => "lsl",
            Shift::Right => "lsr",
            Shift::ArithRight => "asr",
        };
        self.op_reg_reg(op, dst, count);
    }

    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("add", dst, src);
    }

    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("sub", dst, src);
    }

    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("mul", dst, src);
    }

    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("and", dst, src);
    }

    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("or", dst, src);
    }

    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op_reg_reg("xor", dst, src);
    }

    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum) {
        self.line(format_args!(
            "setcc({}, {}, {}, {})",
            cond.table_index(),
            reg_name(dest),
            reg_name(a),
            reg_name(b)
        ));
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        self.op_reg_reg_offset("load", dst, base, word_offset);
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        self.op_reg_reg_offset("store", src, base, word_offset);
    }

    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        self.op_reg_reg_offset("load16", dst, base, halfword_offset);
    }

    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum) {
        let op = Debug::sized("load", size);
        self.op_reg_reg(&op, dst, base);
    }

    fn load_reg_reg_index(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        let offset_form = self.offset_mem_ops && size == MemSize::B16;
        if offset_form {
            self.op_reg_reg_offset("load16", dst, base, index as u32);
        }
        offset_form
    }

    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum) {
        let op = Debug::sized("store", size);
        self.op_reg_reg(&op, src, base);
    }
}
