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
    MP_QSTR_b,
    MP_QSTR_inner,
    MP_QSTR_n,
    MP_QSTR_nat,
    MP_QSTR_natgen,
    MP_QSTR_native_noasm_dot_py,
    MP_QSTR_vip,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    199,
    123,
    203,
    254,
    114,
    2,
    234,
    221,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    5,
    1,
    3,
    6,
    15,
    3,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    9, // allocated entries
    9, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "a",
        "b",
        "inner",
        "n",
        "nat",
        "natgen",
        "native_noasm.py",
        "vip",
        "x",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module native_noasm
// - original source file: native_xtensawin.mpy
// - frozen file name: native_noasm.py
// - .mpy header: 4d:06:2b:1f

// frozen bytecode for file native_noasm.py, scope native_noasm__lt_module_gt_
static const byte fun_data_native_noasm__lt_module_gt_[33] = {
    0x08,0x0e, // prelude
    0x01, // names: <module>
    0x20,0x46,0x68,0x60,0x64,0x40, // code info
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
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_nat
static const byte fun_data_native_noasm_nat[207] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x01, 0x00, 0x00, 0x00, 0x36, 0x41, 0x01, 0x09, 0x01, 0x78, 0x12, 0x68, 0x27, 0x78, 0x37, 0x78,
    0x07, 0x22, 0x61, 0x16, 0x0c, 0x5a, 0xa2, 0x61, 0x19, 0xa2, 0xc1, 0x58, 0xbd, 0x03, 0xcd, 0x04,
    0xdd, 0x05, 0x82, 0x27, 0x2d, 0xe0, 0x08, 0x00, 0xa2, 0x21, 0x16, 0xa8, 0x1a, 0xa8, 0x1a, 0x88,
    0x57, 0xe0, 0x08, 0x00, 0xa2, 0x61, 0x17, 0x56, 0x2a, 0x00, 0x06, 0x0a, 0x00, 0xa2, 0xc1, 0x04,
    0x82, 0x27, 0x20, 0xe0, 0x08, 0x00, 0xa2, 0xc1, 0x0c, 0x82, 0x27, 0x31, 0xe0, 0x08, 0x00, 0x56,
    0x2a, 0x00, 0x06, 0x04, 0x00, 0xa2, 0x21, 0x17, 0x88, 0x57, 0xe0, 0x08, 0x00, 0xa2, 0x21, 0x02,
    0x82, 0x27, 0x22, 0xe0, 0x08, 0x00, 0x42, 0x21, 0x1f, 0x52, 0x21, 0x1e, 0xb2, 0x21, 0x16, 0xb8,
    0x1b, 0x0c, 0x0c, 0xa2, 0x21, 0x16, 0xa8, 0x2a, 0xa8, 0x0a, 0x82, 0x27, 0x1a, 0xe0, 0x08, 0x00,
    0xa2, 0x61, 0x1d, 0xa2, 0x21, 0x1d, 0xa2, 0x61, 0x1b, 0x42, 0x61, 0x1c, 0xc2, 0xc1, 0x70, 0xa2,
    0x21, 0x1b, 0x0c, 0x1b, 0x82, 0x27, 0x1b, 0xe0, 0x08, 0x00, 0xcd, 0x05, 0xbd, 0x0a, 0x1c, 0xba,
    0x82, 0x27, 0x12, 0xe0, 0x08, 0x00, 0x2d, 0x0a, 0x22, 0x61, 0x15, 0xc6, 0xff, 0xff, 0xa2, 0x21,
    0x17, 0x56, 0x2a, 0x00, 0x86, 0x02, 0x00, 0x88, 0x57, 0xe0, 0x08, 0x00, 0x82, 0x27, 0x21, 0xe0,
    0x08, 0x00, 0x22, 0x21, 0x15, 0x08, 0x01, 0x1d, 0xf0, 0xa2, 0x01, 0x06, 0x03, 0x07, 0x08,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_nat_prelude[6] = { 0xa2, 0x01, 0x06, 0x03, 0x07, 0x08,};
#define fun_data_native_noasm_nat_prelude_macro &fun_data_native_noasm_nat_prelude[0]
#else
#define fun_data_native_noasm_nat_prelude_macro &fun_data_native_noasm_nat[201]
#endif
// child of native_noasm_nat

// frozen native code for file native_noasm.py, scope native_noasm_nat_inner
static const byte fun_data_native_noasm_nat_inner[68] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x00, 0x00, 0x00, 0x00, 0x36, 0xa1, 0x00, 0x09, 0x01, 0x78, 0x12, 0x68, 0x27, 0x78, 0x37, 0x78,
    0x07, 0x22, 0x61, 0x01, 0x0c, 0x3a, 0xa2, 0x61, 0x04, 0xa2, 0xc1, 0x04, 0xbd, 0x03, 0xcd, 0x04,
    0xdd, 0x05, 0x82, 0x27, 0x2d, 0xe0, 0x08, 0x00, 0x42, 0x21, 0x08, 0x0c, 0x5c, 0xbd, 0x04, 0x1c,
    0xda, 0x82, 0x27, 0x12, 0xe0, 0x08, 0x00, 0x2d, 0x0a, 0xc6, 0xff, 0xff, 0x08, 0x01, 0x1d, 0xf0,
    0x11, 0x04, 0x06, 0x0a,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_nat_inner_prelude[4] = { 0x11, 0x04, 0x06, 0x0a,};
#define fun_data_native_noasm_nat_inner_prelude_macro &fun_data_native_noasm_nat_inner_prelude[0]
#else
#define fun_data_native_noasm_nat_inner_prelude_macro &fun_data_native_noasm_nat_inner[64]
#endif
static const mp_raw_code_truncated_t proto_fun_native_noasm_nat_inner = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_noasm_nat_inner,
    .children = (void *)fun_data_native_noasm_nat_inner_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 68,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 64,
    #endif
    #endif
};

static const mp_raw_code_t *const children_native_noasm_nat[] = {
    (const mp_raw_code_t *)&proto_fun_native_noasm_nat_inner,
    (void *)fun_data_native_noasm_nat_prelude_macro,
};

static const mp_raw_code_truncated_t proto_fun_native_noasm_nat = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_noasm_nat,
    .children = (void *)&children_native_noasm_nat,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 207,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 201,
    #endif
    #endif
};

// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_natgen
static const byte fun_data_native_noasm_natgen[220] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x00, 0x00, 0x00, 0x00, 0x44, 0x00, 0x00, 0x00, 0x36, 0x01, 0x01, 0x09, 0x01, 0x5d, 0x02, 0x32,
    0x61, 0x17, 0xa8, 0x05, 0xa8, 0x1a, 0x68, 0x2a, 0xa8, 0x3a, 0x78, 0x0a, 0xa2, 0xc1, 0x04, 0x82,
    0x27, 0x20, 0xe0, 0x08, 0x00, 0xa2, 0xc1, 0x0c, 0x82, 0x27, 0x31, 0xe0, 0x08, 0x00, 0x56, 0x2a,
    0x00, 0x86, 0x02, 0x00, 0xa2, 0x21, 0x02, 0xa9, 0x55, 0x0c, 0x22, 0x08, 0x01, 0x1d, 0xf0, 0xa8,
    0x15, 0xa0, 0x0a, 0x00, 0xa2, 0x21, 0x17, 0x0c, 0x0b, 0xb2, 0x61, 0x17, 0x82, 0x27, 0x22, 0xe0,
    0x08, 0x00, 0xa8, 0xa5, 0xa9, 0x55, 0x0c, 0x1b, 0xb9, 0x65, 0x46, 0x0f, 0x00, 0xa8, 0x65, 0xa9,
    0x65, 0xa9, 0x95, 0xa8, 0x95, 0xa9, 0x75, 0x1c, 0xca, 0x5a, 0xaa, 0xa9, 0x25, 0x0c, 0x1a, 0xa2,
    0x61, 0x15, 0xa2, 0xa0, 0x07, 0x05, 0x00, 0x00, 0x0a, 0xaa, 0xa9, 0x15, 0x86, 0x12, 0x00, 0xa2,
    0x21, 0x17, 0x0c, 0x0b, 0xb2, 0x61, 0x17, 0x82, 0x27, 0x22, 0xe0, 0x08, 0x00, 0x0c, 0x3c, 0xb8,
    0x65, 0x0c, 0xea, 0x82, 0x27, 0x12, 0xe0, 0x08, 0x00, 0xa9, 0x65, 0xa8, 0x65, 0xb8, 0x55, 0xa9,
    0x65, 0xb9, 0x55, 0xcd, 0x0b, 0xbd, 0x0a, 0x0c, 0x0a, 0x82, 0x27, 0x12, 0xe0, 0x08, 0x00, 0x82,
    0x27, 0x10, 0xe0, 0x08, 0x00, 0x56, 0x4a, 0xfa, 0xa8, 0x07, 0xa9, 0x55, 0x1c, 0x4a, 0x5a, 0xaa,
    0xa9, 0x25, 0x0c, 0x0a, 0xa2, 0x61, 0x15, 0xc6, 0xff, 0xff, 0x82, 0x27, 0x21, 0xe0, 0x08, 0x00,
    0x22, 0x21, 0x15, 0x08, 0x01, 0x1d, 0xf0, 0xa9, 0x40, 0x04, 0x04, 0x09,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_natgen_prelude[5] = { 0xa9, 0x40, 0x04, 0x04, 0x09,};
#define fun_data_native_noasm_natgen_prelude_macro &fun_data_native_noasm_natgen_prelude[0]
#else
#define fun_data_native_noasm_natgen_prelude_macro &fun_data_native_noasm_natgen[215]
#endif
static const mp_raw_code_truncated_t proto_fun_native_noasm_natgen = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 1,
    .fun_data = fun_data_native_noasm_natgen,
    .children = (void *)fun_data_native_noasm_natgen_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 220,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 215,
    #endif
    #endif
};

// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_native_noasm_dot_py
static const byte fun_data_native_noasm_native_noasm_dot_py[85] __attribute__((section(".text,\"ax\",@progbits # "))) __attribute__ ((aligned (4))) = {
    0x06, 0x01, 0x00, 0x00, 0x02, 0x00, 0x02, 0x00, 0x36, 0x61, 0x00, 0x09, 0x01, 0x78, 0x12, 0x68,
    0x27, 0x78, 0x37, 0x78, 0x07, 0xad, 0x03, 0xbd, 0x04, 0x5d, 0x05, 0x16, 0x2b, 0x00, 0xc6, 0x01,
    0x00, 0x0c, 0x1c, 0xc7, 0x9a, 0x02, 0x06, 0x02, 0x00, 0xc1, 0xf6, 0xff, 0x82, 0x27, 0x2c, 0xe0,
    0x08, 0x00, 0xa8, 0x05, 0x0c, 0x2b, 0x88, 0x37, 0xe0, 0x08, 0x00, 0x4d, 0x0a, 0x0c, 0x1c, 0xbd,
    0x04, 0xca, 0xbb, 0xad, 0x0b, 0x0c, 0x2b, 0x88, 0x47, 0xe0, 0x08, 0x00, 0x2d, 0x0a, 0xc6, 0xff,
    0xff, 0x08, 0x01, 0x1d, 0xf0,
};
static const mp_raw_code_truncated_t proto_fun_native_noasm_native_noasm_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_VIPER,
    .is_generator = 0,
    .fun_data = fun_data_native_noasm_native_noasm_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 85,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
};

static const mp_raw_code_t *const children_native_noasm__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_native_noasm_nat,
    (const mp_raw_code_t *)&proto_fun_native_noasm_natgen,
    (const mp_raw_code_t *)&proto_fun_native_noasm_native_noasm_dot_py,
};

static const mp_raw_code_truncated_t proto_fun_native_noasm__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_native_noasm__lt_module_gt_,
    .children = (void *)&children_native_noasm__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 33,
    .n_children = 3,
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
        .line_info = fun_data_native_noasm__lt_module_gt_ + 3,
        .line_info_top = fun_data_native_noasm__lt_module_gt_ + 9,
        .opcodes = fun_data_native_noasm__lt_module_gt_ + 9,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_native_noasm[11] = {
    MP_QSTR_native_noasm_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_micropython,
    MP_QSTR_nat,
    MP_QSTR_natgen,
    MP_QSTR_vip,
    MP_QSTR_inner,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_n,
    MP_QSTR_x,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_native_noasm[1] = {
    &mp_fun_table,
};

static const mp_frozen_module_t frozen_module_native_noasm = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_native_noasm,
        .obj_table = (mp_obj_t *)&const_obj_table_data_native_noasm,
    },
    .proto_fun = &proto_fun_native_noasm__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "native_noasm.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_native_noasm,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("native_noasm", "native_noasm.py")
#endif

/*
byte sizes:
qstr content: 9 unique, 63 bytes
bc content: 33
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 5 * 4 = 80
mp_frozen_mpy_names_content: 17
mp_frozen_mpy_content_size: 4
total: 201
*/
