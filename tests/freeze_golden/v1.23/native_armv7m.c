#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 16
#error "incompatible MPZ_DIG_SIZE"
#endif

#if MICROPY_PY_BUILTINS_FLOAT
typedef struct _mp_obj_float_t {
    mp_obj_base_t base;
    mp_float_t value;
} mp_obj_float_t;
#endif

#if MICROPY_PY_BUILTINS_COMPLEX
typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;
#endif

enum {
    MP_QSTR_a = MP_QSTRnumber_of,
    MP_QSTR_asm1,
    MP_QSTR_b,
    MP_QSTR_inner,
    MP_QSTR_n,
    MP_QSTR_nat,
    MP_QSTR_natgen,
    MP_QSTR_native_dot_py,
    MP_QSTR_vip,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    139,
    199,
    123,
    203,
    254,
    114,
    35,
    234,
    221,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    4,
    1,
    5,
    1,
    3,
    6,
    9,
    3,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    10, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "a",
        "asm1",
        "b",
        "inner",
        "n",
        "nat",
        "natgen",
        "native.py",
        "vip",
        "x",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module native
// - original source file: v1.23/native_armv7m.mpy
// - frozen file name: native.py
// - .mpy header: 4d:06:17:1f

// frozen bytecode for file native.py, scope native__lt_module_gt_
static const byte fun_data_native__lt_module_gt_[39] = {
    0x08,0x12, // prelude
    0x01, // names: <module>
    0x20,0x46,0x68,0x60,0x64,0x40,0x64,0x40, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'micropython'
    0x16,0x02, // STORE_NAME 'micropython'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x03, // STORE_NAME 'nat'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'natgen'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x05, // STORE_NAME 'vip'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x07, // STORE_NAME 'asm1'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_nat
static const byte fun_data_native_nat[160] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0x01, 0x00, 0x00, 0x00, 0xfe, 0xb5, 0x9c, 0xb0, 0x47, 0x68, 0xbe, 0x68, 0xff, 0x68, 0x3f, 0x68,
    0x14, 0x90, 0x05, 0x20, 0x17, 0x90, 0x14, 0xa8, 0xd7, 0xf8, 0xb4, 0x40, 0xa0, 0x47, 0x14, 0x98,
    0x40, 0x68, 0x40, 0x68, 0x7b, 0x69, 0x98, 0x47, 0x15, 0x90, 0x00, 0x28, 0x00, 0xf0, 0x0e, 0x80,
    0x00, 0xa8, 0xd7, 0xf8, 0x80, 0x30, 0x98, 0x47, 0x00, 0x28, 0x00, 0xf0, 0x07, 0x80, 0x15, 0x98,
    0x7b, 0x69, 0x98, 0x47, 0x01, 0x98, 0xd7, 0xf8, 0x88, 0x30, 0x98, 0x47, 0x1d, 0x9c, 0x1c, 0x9d,
    0x14, 0x99, 0x49, 0x68, 0x00, 0x22, 0x14, 0x98, 0x80, 0x68, 0x00, 0x68, 0xbb, 0x6e, 0x98, 0x47,
    0x1b, 0x90, 0x1b, 0x98, 0x19, 0x90, 0x1a, 0x94, 0x1a, 0xaa, 0x19, 0x98, 0x01, 0x21, 0xfb, 0x6e,
    0x98, 0x47, 0x2a, 0x46, 0x01, 0x46, 0x1b, 0x20, 0xbb, 0x6c, 0x98, 0x47, 0x13, 0x90, 0x00, 0xf0,
    0x00, 0xb8, 0x15, 0x98, 0x00, 0x28, 0x00, 0xf0, 0x05, 0x80, 0x7b, 0x69, 0x98, 0x47, 0xd7, 0xf8,
    0x84, 0x30, 0x98, 0x47, 0x13, 0x98, 0x1c, 0xb0, 0xfe, 0xbd, 0xa2, 0x01, 0x06, 0x03, 0x08, 0x09,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_nat_prelude[6] = { 0xa2, 0x01, 0x06, 0x03, 0x08, 0x09,};
#define fun_data_native_nat_prelude_macro &fun_data_native_nat_prelude[0]
#else
#define fun_data_native_nat_prelude_macro &fun_data_native_nat[154]
#endif
// child of native_nat

// frozen native code for file native.py, scope native_nat_inner
static const byte fun_data_native_nat_inner[54] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0x00, 0x00, 0x00, 0x00, 0xfe, 0xb5, 0x86, 0xb0, 0x47, 0x68, 0xbe, 0x68, 0xff, 0x68, 0x3f, 0x68,
    0x00, 0x90, 0x03, 0x20, 0x03, 0x90, 0x00, 0xa8, 0xd7, 0xf8, 0xb4, 0x40, 0xa0, 0x47, 0x07, 0x9c,
    0x05, 0x22, 0x21, 0x46, 0x1d, 0x20, 0xbb, 0x6c, 0x98, 0x47, 0x00, 0xf0, 0x00, 0xb8, 0x06, 0xb0,
    0xfe, 0xbd, 0x11, 0x04, 0x06, 0x0b,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_nat_inner_prelude[4] = { 0x11, 0x04, 0x06, 0x0b,};
#define fun_data_native_nat_inner_prelude_macro &fun_data_native_nat_inner_prelude[0]
#else
#define fun_data_native_nat_inner_prelude_macro &fun_data_native_nat_inner[50]
#endif
static const mp_raw_code_truncated_t proto_fun_native_nat_inner = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_nat_inner,
    .children = (void *)fun_data_native_nat_inner_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 54,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 50,
    #endif
    #endif
};

static const mp_raw_code_t *const children_native_nat[] = {
    (const mp_raw_code_t *)&proto_fun_native_nat_inner,
    (void *)fun_data_native_nat_prelude_macro,
};

static const mp_raw_code_truncated_t proto_fun_native_nat = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_nat,
    .children = (void *)&children_native_nat,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 160,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 154,
    #endif
    #endif
};

// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_natgen
static const byte fun_data_native_natgen[189] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0x00, 0x00, 0x00, 0x00, 0x36, 0x00, 0x00, 0x00, 0xfe, 0xb5, 0x92, 0xb0, 0x05, 0x46, 0x01, 0x91,
    0x28, 0x68, 0x40, 0x68, 0x86, 0x68, 0xc0, 0x68, 0x07, 0x68, 0x00, 0xa8, 0xd7, 0xf8, 0x80, 0x30,
    0x98, 0x47, 0x00, 0x28, 0x00, 0xf0, 0x05, 0x80, 0x01, 0x98, 0x68, 0x61, 0x02, 0x20, 0x12, 0xb0,
    0xfe, 0xbd, 0x68, 0x68, 0x00, 0x47, 0x01, 0x98, 0xd7, 0xf8, 0x88, 0x30, 0x98, 0x47, 0xa8, 0x6a,
    0x68, 0x61, 0x01, 0x21, 0xa9, 0x61, 0x00, 0xf0, 0x1b, 0xb8, 0xa8, 0x69, 0xa8, 0x61, 0x68, 0x62,
    0x68, 0x6a, 0xe8, 0x61, 0x1c, 0x20, 0x40, 0x19, 0xa8, 0x60, 0x01, 0x20, 0x13, 0x90, 0x40, 0xf2,
    0x05, 0x00, 0x00, 0xb2, 0x78, 0x44, 0x68, 0x60, 0x00, 0xf0, 0x20, 0xb8, 0x01, 0x98, 0xd7, 0xf8,
    0x88, 0x30, 0x98, 0x47, 0x03, 0x22, 0xa9, 0x69, 0x0e, 0x20, 0xbb, 0x6c, 0x98, 0x47, 0xa8, 0x61,
    0xa8, 0x69, 0x69, 0x69, 0xa8, 0x61, 0x69, 0x61, 0x0a, 0x46, 0x01, 0x46, 0x00, 0x20, 0xbb, 0x6c,
    0x98, 0x47, 0x3b, 0x6c, 0x98, 0x47, 0x00, 0x28, 0xd7, 0xd1, 0x38, 0x68, 0x68, 0x61, 0x14, 0x20,
    0x40, 0x19, 0xa8, 0x60, 0x00, 0x20, 0x13, 0x90, 0x00, 0xf0, 0x00, 0xb8, 0xd7, 0xf8, 0x84, 0x30,
    0x98, 0x47, 0x13, 0x98, 0x12, 0xb0, 0xfe, 0xbd, 0xa9, 0x40, 0x04, 0x04, 0x0a,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_natgen_prelude[5] = { 0xa9, 0x40, 0x04, 0x04, 0x0a,};
#define fun_data_native_natgen_prelude_macro &fun_data_native_natgen_prelude[0]
#else
#define fun_data_native_natgen_prelude_macro &fun_data_native_natgen[184]
#endif
static const mp_raw_code_truncated_t proto_fun_native_natgen = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 1,
    .fun_data = fun_data_native_natgen,
    .children = (void *)fun_data_native_natgen_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 189,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 184,
    #endif
    #endif
};

// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_native_dot_py
static const byte fun_data_native_native_dot_py[74] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xfe, 0xb5, 0x47, 0x68, 0xbe, 0x68, 0xff, 0x68, 0x3f, 0x68, 0x08, 0x46, 0x11, 0x46, 0x1d, 0x46,
    0x00, 0x29, 0x40, 0xf0, 0x04, 0x80, 0x01, 0x22, 0x90, 0x42, 0x00, 0xf0, 0x07, 0x80, 0x40, 0xf2,
    0x02, 0x02, 0xc0, 0xf2, 0x02, 0x02, 0xd7, 0xf8, 0xb0, 0x30, 0x98, 0x47, 0x28, 0x68, 0x02, 0x21,
    0xfb, 0x68, 0x98, 0x47, 0x04, 0x46, 0x01, 0x22, 0x21, 0x46, 0x89, 0x18, 0x08, 0x46, 0x02, 0x21,
    0x3b, 0x69, 0x98, 0x47, 0x00, 0xf0, 0x00, 0xb8, 0xfe, 0xbd,
};
static const mp_raw_code_truncated_t proto_fun_native_native_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_VIPER,
    .is_generator = 0,
    .fun_data = fun_data_native_native_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 74,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
};

// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_native_dot_py2
static const byte fun_data_native_native_dot_py2[6] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (2))) = {
    0xf2, 0xb5, 0x40, 0x18, 0xf2, 0xbd,
};
static const mp_raw_code_t proto_fun_native_native_dot_py2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_ASM,
    .is_generator = 0,
    .fun_data = fun_data_native_native_dot_py2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 6,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    .asm_n_pos_args = 2,
    .asm_type_sig = 2,
};

static const mp_raw_code_t *const children_native__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_native_nat,
    (const mp_raw_code_t *)&proto_fun_native_natgen,
    (const mp_raw_code_t *)&proto_fun_native_native_dot_py,
    (const mp_raw_code_t *)&proto_fun_native_native_dot_py2,
};

static const mp_raw_code_truncated_t proto_fun_native__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_native__lt_module_gt_,
    .children = (void *)&children_native__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 39,
    .n_children = 4,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_native__lt_module_gt_ + 3,
        .line_info_top = fun_data_native__lt_module_gt_ + 11,
        .opcodes = fun_data_native__lt_module_gt_ + 11,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_native[12] = {
    MP_QSTR_native_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_micropython,
    MP_QSTR_nat,
    MP_QSTR_natgen,
    MP_QSTR_vip,
    MP_QSTR_inner,
    MP_QSTR_asm1,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_n,
    MP_QSTR_x,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_native[1] = {
    &mp_fun_table,
};

static const mp_frozen_module_t frozen_module_native = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_native,
        .obj_table = (mp_obj_t *)&const_obj_table_data_native,
    },
    .proto_fun = &proto_fun_native__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "native.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_native,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("native", "native.py")
#endif

/*
byte sizes:
qstr content: 10 unique, 64 bytes
bc content: 39
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 6 * 4 = 96
mp_frozen_mpy_names_content: 11
mp_frozen_mpy_content_size: 4
total: 218
*/
