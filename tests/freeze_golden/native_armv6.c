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
    MP_QSTR_B1 = MP_QSTRnumber_of,
    MP_QSTR_B2,
    MP_QSTR_BIG,
    MP_QSTR_C1,
    MP_QSTR_C2,
    MP_QSTR_E,
    MP_QSTR_F1,
    MP_QSTR_F2,
    MP_QSTR_F3,
    MP_QSTR_F4,
    MP_QSTR_F5,
    MP_QSTR_INF,
    MP_QSTR_LL,
    MP_QSTR_NEG,
    MP_QSTR_NEG_BIG,
    MP_QSTR_NOT_SMALL,
    MP_QSTR_SMALL,
    MP_QSTR_S_EMPTY,
    MP_QSTR_S_ESC,
    MP_QSTR_S_LONG,
    MP_QSTR_S_QUOTE,
    MP_QSTR_S_SHORT,
    MP_QSTR_S_UNI,
    MP_QSTR_T1,
    MP_QSTR_T2,
    MP_QSTR_T3,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_consts_dot_py,
    MP_QSTR_float,
    MP_QSTR_h_eacute_llo_space_w_ouml_rld_space__alpha__beta__gamma__space__0x4e2d__0x6587_,
    MP_QSTR_inf,
    MP_QSTR_inner,
    MP_QSTR_it_squot_s,
    MP_QSTR_n,
    MP_QSTR_nat,
    MP_QSTR_natgen,
    MP_QSTR_native_noasm_dot_py,
    MP_QSTR_nested,
    MP_QSTR_s,
    MP_QSTR_short_space_string,
    MP_QSTR_vip,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    246,
    245,
    9,
    151,
    148,
    224,
    114,
    113,
    112,
    119,
    118,
    36,
    69,
    137,
    154,
    208,
    154,
    188,
    60,
    99,
    115,
    219,
    155,
    32,
    35,
    34,
    196,
    199,
    52,
    53,
    40,
    4,
    123,
    140,
    203,
    254,
    114,
    2,
    8,
    214,
    34,
    234,
    221,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    2,
    2,
    3,
    2,
    2,
    1,
    2,
    2,
    2,
    2,
    2,
    3,
    2,
    3,
    7,
    9,
    5,
    7,
    5,
    6,
    7,
    7,
    5,
    2,
    2,
    2,
    1,
    1,
    9,
    5,
    27,
    3,
    5,
    4,
    1,
    3,
    6,
    15,
    6,
    1,
    12,
    3,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    43, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "B1",
        "B2",
        "BIG",
        "C1",
        "C2",
        "E",
        "F1",
        "F2",
        "F3",
        "F4",
        "F5",
        "INF",
        "LL",
        "NEG",
        "NEG_BIG",
        "NOT_SMALL",
        "SMALL",
        "S_EMPTY",
        "S_ESC",
        "S_LONG",
        "S_QUOTE",
        "S_SHORT",
        "S_UNI",
        "T1",
        "T2",
        "T3",
        "a",
        "b",
        "consts.py",
        "float",
        "\x68\xc3\xa9\x6c\x6c\x6f\x20\x77\xc3\xb6\x72\x6c\x64\x20\xce\xb1\xce\xb2\xce\xb3\x20\xe4\xb8\xad\xe6\x96\x87",
        "inf",
        "inner",
        "it's",
        "n",
        "nat",
        "natgen",
        "native_noasm.py",
        "nested",
        "s",
        "short string",
        "vip",
        "x",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module native_noasm
// - original source file: native_armv6.mpy
// - frozen file name: native_noasm.py
// - .mpy header: 4d:06:0f:1f

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
static const byte fun_data_native_noasm_nat[278] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (4))) = {
    0x01, 0x00, 0x00, 0x00, 0xfe, 0x41, 0x2d, 0xe9, 0x78, 0xd0, 0x4d, 0xe2, 0x04, 0x70, 0x90, 0xe5,
    0x08, 0x60, 0x97, 0xe5, 0x0c, 0x70, 0x97, 0xe5, 0x00, 0x70, 0x97, 0xe5, 0x50, 0x00, 0x8d, 0xe5,
    0x05, 0x00, 0xa0, 0xe3, 0x5c, 0x00, 0x8d, 0xe5, 0x50, 0x00, 0x8d, 0xe2, 0x0f, 0xe0, 0xa0, 0xe1,
    0xb4, 0xf0, 0x97, 0xe5, 0x50, 0x00, 0x9d, 0xe5, 0x04, 0x00, 0x90, 0xe5, 0x04, 0x00, 0x90, 0xe5,
    0x0f, 0xe0, 0xa0, 0xe1, 0x14, 0xf0, 0x97, 0xe5, 0x54, 0x00, 0x8d, 0xe5, 0x00, 0x00, 0x50, 0xe3,
    0x0a, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x8d, 0xe2, 0x0f, 0xe0, 0xa0, 0xe1, 0x80, 0xf0, 0x97, 0xe5,
    0x00, 0x00, 0x50, 0xe3, 0x05, 0x00, 0x00, 0x0a, 0x54, 0x00, 0x9d, 0xe5, 0x0f, 0xe0, 0xa0, 0xe1,
    0x14, 0xf0, 0x97, 0xe5, 0x04, 0x00, 0x9d, 0xe5, 0x0f, 0xe0, 0xa0, 0xe1, 0x88, 0xf0, 0x97, 0xe5,
    0x74, 0x40, 0x9d, 0xe5, 0x70, 0x50, 0x9d, 0xe5, 0x50, 0x10, 0x9d, 0xe5, 0x04, 0x10, 0x91, 0xe5,
    0x00, 0x20, 0xa0, 0xe3, 0x50, 0x00, 0x9d, 0xe5, 0x08, 0x00, 0x90, 0xe5, 0x00, 0x00, 0x90, 0xe5,
    0x0f, 0xe0, 0xa0, 0xe1, 0x68, 0xf0, 0x97, 0xe5, 0x6c, 0x00, 0x8d, 0xe5, 0x6c, 0x00, 0x9d, 0xe5,
    0x64, 0x00, 0x8d, 0xe5, 0x68, 0x40, 0x8d, 0xe5, 0x68, 0x20, 0x8d, 0xe2, 0x64, 0x00, 0x9d, 0xe5,
    0x01, 0x10, 0xa0, 0xe3, 0x0f, 0xe0, 0xa0, 0xe1, 0x6c, 0xf0, 0x97, 0xe5, 0x05, 0x20, 0xa0, 0xe1,
    0x00, 0x10, 0xa0, 0xe1, 0x1b, 0x00, 0xa0, 0xe3, 0x0f, 0xe0, 0xa0, 0xe1, 0x48, 0xf0, 0x97, 0xe5,
    0x4c, 0x00, 0x8d, 0xe5, 0xff, 0xff, 0xff, 0xea, 0x54, 0x00, 0x9d, 0xe5, 0x00, 0x00, 0x50, 0xe3,
    0x03, 0x00, 0x00, 0x0a, 0x0f, 0xe0, 0xa0, 0xe1, 0x14, 0xf0, 0x97, 0xe5, 0x0f, 0xe0, 0xa0, 0xe1,
    0x84, 0xf0, 0x97, 0xe5, 0x4c, 0x00, 0x9d, 0xe5, 0x78, 0xd0, 0x8d, 0xe2, 0xfe, 0x81, 0xbd, 0xe8,
    0xa2, 0x01, 0x06, 0x03, 0x07, 0x08,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_nat_prelude[6] = { 0xa2, 0x01, 0x06, 0x03, 0x07, 0x08,};
#define fun_data_native_noasm_nat_prelude_macro &fun_data_native_noasm_nat_prelude[0]
#else
#define fun_data_native_noasm_nat_prelude_macro &fun_data_native_noasm_nat[272]
#endif
// child of native_noasm_nat

// frozen native code for file native_noasm.py, scope native_noasm_nat_inner
static const byte fun_data_native_noasm_nat_inner[92] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (4))) = {
    0x00, 0x00, 0x00, 0x00, 0xfe, 0x41, 0x2d, 0xe9, 0x20, 0xd0, 0x4d, 0xe2, 0x04, 0x70, 0x90, 0xe5,
    0x08, 0x60, 0x97, 0xe5, 0x0c, 0x70, 0x97, 0xe5, 0x00, 0x70, 0x97, 0xe5, 0x00, 0x00, 0x8d, 0xe5,
    0x03, 0x00, 0xa0, 0xe3, 0x0c, 0x00, 0x8d, 0xe5, 0x00, 0x00, 0x8d, 0xe2, 0x0f, 0xe0, 0xa0, 0xe1,
    0xb4, 0xf0, 0x97, 0xe5, 0x1c, 0x40, 0x9d, 0xe5, 0x05, 0x20, 0xa0, 0xe3, 0x04, 0x10, 0xa0, 0xe1,
    0x1d, 0x00, 0xa0, 0xe3, 0x0f, 0xe0, 0xa0, 0xe1, 0x48, 0xf0, 0x97, 0xe5, 0xff, 0xff, 0xff, 0xea,
    0x20, 0xd0, 0x8d, 0xe2, 0xfe, 0x81, 0xbd, 0xe8, 0x11, 0x04, 0x06, 0x0a,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_nat_inner_prelude[4] = { 0x11, 0x04, 0x06, 0x0a,};
#define fun_data_native_noasm_nat_inner_prelude_macro &fun_data_native_noasm_nat_inner_prelude[0]
#else
#define fun_data_native_noasm_nat_inner_prelude_macro &fun_data_native_noasm_nat_inner[88]
#endif
static const mp_raw_code_truncated_t proto_fun_native_noasm_nat_inner = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_noasm_nat_inner,
    .children = (void *)fun_data_native_noasm_nat_inner_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 92,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 88,
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
    .fun_data_len = 278,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 272,
    #endif
    #endif
};

// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_natgen
static const byte fun_data_native_noasm_natgen[349] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (4))) = {
    0x00, 0x00, 0x00, 0x00, 0x5c, 0x00, 0x00, 0x00, 0xfe, 0x41, 0x2d, 0xe9, 0x58, 0xd0, 0x4d, 0xe2,
    0x00, 0x50, 0xa0, 0xe1, 0x54, 0x10, 0x8d, 0xe5, 0x00, 0x00, 0x95, 0xe5, 0x04, 0x00, 0x90, 0xe5,
    0x08, 0x60, 0x90, 0xe5, 0x0c, 0x00, 0x90, 0xe5, 0x00, 0x70, 0x90, 0xe5, 0x00, 0x00, 0x8d, 0xe2,
    0x0f, 0xe0, 0xa0, 0xe1, 0x80, 0xf0, 0x97, 0xe5, 0x00, 0x00, 0x50, 0xe3, 0x04, 0x00, 0x00, 0x0a,
    0x04, 0x00, 0x9d, 0xe5, 0x14, 0x00, 0x85, 0xe5, 0x02, 0x00, 0xa0, 0xe3, 0x58, 0xd0, 0x8d, 0xe2,
    0xfe, 0x81, 0xbd, 0xe8, 0x04, 0x00, 0x95, 0xe5, 0x10, 0xff, 0x2f, 0xe1, 0x54, 0x00, 0x9d, 0xe5,
    0x01, 0x10, 0x21, 0xe0, 0x54, 0x10, 0x8d, 0xe5, 0x0f, 0xe0, 0xa0, 0xe1, 0x88, 0xf0, 0x97, 0xe5,
    0x28, 0x00, 0x95, 0xe5, 0x14, 0x00, 0x85, 0xe5, 0x01, 0x10, 0xa0, 0xe3, 0x18, 0x10, 0x85, 0xe5,
    0x1a, 0x00, 0x00, 0xea, 0x18, 0x00, 0x95, 0xe5, 0x18, 0x00, 0x85, 0xe5, 0x24, 0x00, 0x85, 0xe5,
    0x24, 0x00, 0x95, 0xe5, 0x1c, 0x00, 0x85, 0xe5, 0x1c, 0x00, 0xa0, 0xe3, 0x05, 0x00, 0x80, 0xe0,
    0x08, 0x00, 0x85, 0xe5, 0x01, 0x00, 0xa0, 0xe3, 0x4c, 0x00, 0x8d, 0xe5, 0x00, 0x00, 0x9f, 0xe5,
    0x00, 0x00, 0x00, 0xea, 0x04, 0x00, 0x00, 0x00, 0x0f, 0x00, 0x80, 0xe0, 0x04, 0x00, 0x85, 0xe5,
    0x1f, 0x00, 0x00, 0xea, 0x54, 0x00, 0x9d, 0xe5, 0x01, 0x10, 0x21, 0xe0, 0x54, 0x10, 0x8d, 0xe5,
    0x0f, 0xe0, 0xa0, 0xe1, 0x88, 0xf0, 0x97, 0xe5, 0x03, 0x20, 0xa0, 0xe3, 0x18, 0x10, 0x95, 0xe5,
    0x0e, 0x00, 0xa0, 0xe3, 0x0f, 0xe0, 0xa0, 0xe1, 0x48, 0xf0, 0x97, 0xe5, 0x18, 0x00, 0x85, 0xe5,
    0x18, 0x00, 0x95, 0xe5, 0x14, 0x10, 0x95, 0xe5, 0x18, 0x00, 0x85, 0xe5, 0x14, 0x10, 0x85, 0xe5,
    0x01, 0x20, 0xa0, 0xe1, 0x00, 0x10, 0xa0, 0xe1, 0x00, 0x00, 0xa0, 0xe3, 0x0f, 0xe0, 0xa0, 0xe1,
    0x48, 0xf0, 0x97, 0xe5, 0x0f, 0xe0, 0xa0, 0xe1, 0x40, 0xf0, 0x97, 0xe5, 0x00, 0x00, 0x50, 0xe3,
    0xd7, 0xff, 0xff, 0x1a, 0x00, 0x00, 0x97, 0xe5, 0x14, 0x00, 0x85, 0xe5, 0x14, 0x00, 0xa0, 0xe3,
    0x05, 0x00, 0x80, 0xe0, 0x08, 0x00, 0x85, 0xe5, 0x00, 0x00, 0xa0, 0xe3, 0x4c, 0x00, 0x8d, 0xe5,
    0xff, 0xff, 0xff, 0xea, 0x0f, 0xe0, 0xa0, 0xe1, 0x84, 0xf0, 0x97, 0xe5, 0x4c, 0x00, 0x9d, 0xe5,
    0x58, 0xd0, 0x8d, 0xe2, 0xfe, 0x81, 0xbd, 0xe8, 0xa9, 0x40, 0x04, 0x04, 0x09,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_natgen_prelude[5] = { 0xa9, 0x40, 0x04, 0x04, 0x09,};
#define fun_data_native_noasm_natgen_prelude_macro &fun_data_native_noasm_natgen_prelude[0]
#else
#define fun_data_native_noasm_natgen_prelude_macro &fun_data_native_noasm_natgen[344]
#endif
static const mp_raw_code_truncated_t proto_fun_native_noasm_natgen = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 1,
    .fun_data = fun_data_native_noasm_natgen,
    .children = (void *)fun_data_native_noasm_natgen_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 349,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 344,
    #endif
    #endif
};

// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_native_noasm_dot_py
static const byte fun_data_native_noasm_native_noasm_dot_py[128] __attribute__((section(".text,\"ax\",%progbits @ "))) __attribute__ ((aligned (4))) = {
    0xfe, 0x41, 0x2d, 0xe9, 0x04, 0x70, 0x90, 0xe5, 0x08, 0x60, 0x97, 0xe5, 0x0c, 0x70, 0x97, 0xe5,
    0x00, 0x70, 0x97, 0xe5, 0x01, 0x00, 0xa0, 0xe1, 0x02, 0x10, 0xa0, 0xe1, 0x03, 0x50, 0xa0, 0xe1,
    0x00, 0x00, 0x51, 0xe3, 0x02, 0x00, 0x00, 0x1a, 0x01, 0x20, 0xa0, 0xe3, 0x02, 0x00, 0x50, 0xe1,
    0x04, 0x00, 0x00, 0x0a, 0x00, 0x20, 0x9f, 0xe5, 0x00, 0x00, 0x00, 0xea, 0x02, 0x00, 0x02, 0x00,
    0x0f, 0xe0, 0xa0, 0xe1, 0xb0, 0xf0, 0x97, 0xe5, 0x00, 0x00, 0x95, 0xe5, 0x02, 0x10, 0xa0, 0xe3,
    0x0f, 0xe0, 0xa0, 0xe1, 0x0c, 0xf0, 0x97, 0xe5, 0x00, 0x40, 0xa0, 0xe1, 0x01, 0x20, 0xa0, 0xe3,
    0x04, 0x10, 0xa0, 0xe1, 0x02, 0x10, 0x81, 0xe0, 0x01, 0x00, 0xa0, 0xe1, 0x02, 0x10, 0xa0, 0xe3,
    0x0f, 0xe0, 0xa0, 0xe1, 0x10, 0xf0, 0x97, 0xe5, 0xff, 0xff, 0xff, 0xea, 0xfe, 0x81, 0xbd, 0xe8,
};
static const mp_raw_code_truncated_t proto_fun_native_noasm_native_noasm_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_VIPER,
    .is_generator = 0,
    .fun_data = fun_data_native_noasm_native_noasm_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 128,
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
// frozen module consts
// - original source file: consts.mpy
// - frozen file name: consts.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file consts.py, scope consts__lt_module_gt_
static const byte fun_data_consts__lt_module_gt_[185] = {
    0x70,0x3a, // prelude
    0x01, // names: <module>
    0x20,0x46,0x25,0x26,0x26,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x28,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'micropython'
    0x16,0x02, // STORE_NAME 'micropython'
    0x22,0xbf,0x7f, // LOAD_CONST_SMALL_INT 8191
    0x16,0x06, // STORE_NAME 'SMALL'
    0x22,0x80,0xc0,0x00, // LOAD_CONST_SMALL_INT 8192
    0x16,0x07, // STORE_NAME 'NOT_SMALL'
    0x22,0xff,0xbf,0x7f, // LOAD_CONST_SMALL_INT -8193
    0x16,0x08, // STORE_NAME 'NEG'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x09, // STORE_NAME 'BIG'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x0a, // STORE_NAME 'NEG_BIG'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x16,0x0b, // STORE_NAME 'LL'
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x16,0x0c, // STORE_NAME 'F1'
    0x23,0x04, // LOAD_CONST_OBJ 4
    0x16,0x0d, // STORE_NAME 'F2'
    0x23,0x05, // LOAD_CONST_OBJ 5
    0x16,0x0e, // STORE_NAME 'F3'
    0x23,0x06, // LOAD_CONST_OBJ 6
    0x16,0x0f, // STORE_NAME 'F4'
    0x23,0x07, // LOAD_CONST_OBJ 7
    0x16,0x10, // STORE_NAME 'F5'
    0x11,0x11, // LOAD_NAME 'float'
    0x10,0x03, // LOAD_CONST_STRING 'inf'
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x12, // STORE_NAME 'INF'
    0x23,0x08, // LOAD_CONST_OBJ 8
    0x16,0x13, // STORE_NAME 'C1'
    0x23,0x09, // LOAD_CONST_OBJ 9
    0x16,0x14, // STORE_NAME 'C2'
    0x23,0x0a, // LOAD_CONST_OBJ 10
    0x16,0x15, // STORE_NAME 'B1'
    0x23,0x0b, // LOAD_CONST_OBJ 11
    0x16,0x16, // STORE_NAME 'B2'
    0x23,0x0c, // LOAD_CONST_OBJ 12
    0x16,0x17, // STORE_NAME 'T1'
    0x23,0x0d, // LOAD_CONST_OBJ 13
    0x16,0x18, // STORE_NAME 'T2'
    0x2a,0x00, // BUILD_TUPLE 0
    0x16,0x19, // STORE_NAME 'T3'
    0x23,0x0e, // LOAD_CONST_OBJ 14
    0x16,0x1a, // STORE_NAME 'S_SHORT'
    0x23,0x0f, // LOAD_CONST_OBJ 15
    0x16,0x1b, // STORE_NAME 'S_LONG'
    0x23,0x10, // LOAD_CONST_OBJ 16
    0x16,0x1c, // STORE_NAME 'S_UNI'
    0x23,0x11, // LOAD_CONST_OBJ 17
    0x16,0x1d, // STORE_NAME 'S_ESC'
    0x10,0x04, // LOAD_CONST_STRING ''
    0x16,0x1e, // STORE_NAME 'S_EMPTY'
    0x10,0x05, // LOAD_CONST_STRING "it's"
    0x16,0x1f, // STORE_NAME 'S_QUOTE'
    0x23,0x12, // LOAD_CONST_OBJ 18
    0x16,0x20, // STORE_NAME 'E'
    0x11,0x21, // LOAD_NAME 'print'
    0x11,0x06, // LOAD_NAME 'SMALL'
    0x11,0x07, // LOAD_NAME 'NOT_SMALL'
    0x11,0x08, // LOAD_NAME 'NEG'
    0x11,0x09, // LOAD_NAME 'BIG'
    0x11,0x0a, // LOAD_NAME 'NEG_BIG'
    0x11,0x0c, // LOAD_NAME 'F1'
    0x11,0x0d, // LOAD_NAME 'F2'
    0x11,0x13, // LOAD_NAME 'C1'
    0x11,0x15, // LOAD_NAME 'B1'
    0x11,0x17, // LOAD_NAME 'T1'
    0x11,0x18, // LOAD_NAME 'T2'
    0x11,0x1a, // LOAD_NAME 'S_SHORT'
    0x11,0x1b, // LOAD_NAME 'S_LONG'
    0x11,0x1c, // LOAD_NAME 'S_UNI'
    0x34,0x0e, // CALL_FUNCTION 14
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_consts__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_consts__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 185,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 15,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_consts__lt_module_gt_ + 3,
        .line_info_top = fun_data_consts__lt_module_gt_ + 31,
        .opcodes = fun_data_consts__lt_module_gt_ + 31,
    },
    #endif
    #endif
};
#else
#define proto_fun_consts__lt_module_gt_ fun_data_consts__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_consts[34] = {
    MP_QSTR_consts_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_micropython,
    MP_QSTR_inf,
    MP_QSTR_,
    MP_QSTR_it_squot_s,
    MP_QSTR_SMALL,
    MP_QSTR_NOT_SMALL,
    MP_QSTR_NEG,
    MP_QSTR_BIG,
    MP_QSTR_NEG_BIG,
    MP_QSTR_LL,
    MP_QSTR_F1,
    MP_QSTR_F2,
    MP_QSTR_F3,
    MP_QSTR_F4,
    MP_QSTR_F5,
    MP_QSTR_float,
    MP_QSTR_INF,
    MP_QSTR_C1,
    MP_QSTR_C2,
    MP_QSTR_B1,
    MP_QSTR_B2,
    MP_QSTR_T1,
    MP_QSTR_T2,
    MP_QSTR_T3,
    MP_QSTR_S_SHORT,
    MP_QSTR_S_LONG,
    MP_QSTR_S_UNI,
    MP_QSTR_S_ESC,
    MP_QSTR_S_EMPTY,
    MP_QSTR_S_QUOTE,
    MP_QSTR_E,
    MP_QSTR_print,
};

// constants
static const mp_obj_int_t const_obj_consts_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=7, .len=7, .dig=(uint16_t*)(const uint16_t[]){0xad2,0x4e3f,0xe0ee,0xc373,0xff6,0x8ee9,0x1}}};
static const mp_obj_int_t const_obj_consts_1 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint16_t*)(const uint16_t[]){0x7eea,0xe526,0x4d38,0x5aa5,0x5}}};
static const mp_obj_int_t const_obj_consts_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0xffff,0xffff,0xffff,0x7fff}}};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_3 = {{&mp_type_float}, (mp_float_t)1.5};
#define const_obj_consts_3_macro MP_ROM_PTR(&const_obj_consts_3)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_3_macro ((mp_rom_obj_t)(0xc0400002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_3_macro ((mp_rom_obj_t)(0xbffc000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_4 = {{&mp_type_float}, (mp_float_t)-0.1};
#define const_obj_consts_4_macro MP_ROM_PTR(&const_obj_consts_4)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_4_macro ((mp_rom_obj_t)(0x13e4cccce))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_4_macro ((mp_rom_obj_t)(0x13fbd99999999999a))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_5 = {{&mp_type_float}, (mp_float_t)1e-300};
#define const_obj_consts_5_macro MP_ROM_PTR(&const_obj_consts_5)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_5_macro ((mp_rom_obj_t)(0x80800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_5_macro ((mp_rom_obj_t)(0x81a96e1fc2f8f359))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_6 = {{&mp_type_float}, (mp_float_t)3.4028235e+38};
#define const_obj_consts_6_macro MP_ROM_PTR(&const_obj_consts_6)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_6_macro ((mp_rom_obj_t)(0xfffffffe))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_6_macro ((mp_rom_obj_t)(0xc7f3ffffe54daff8))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_7 = {{&mp_type_float}, (mp_float_t)6.02214076e+23};
#define const_obj_consts_7_macro MP_ROM_PTR(&const_obj_consts_7)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_7_macro ((mp_rom_obj_t)(0xe77f0c2e))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_7_macro ((mp_rom_obj_t)(0xc4e3e185ca57c517))
#endif
static const mp_obj_complex_t const_obj_consts_8 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)2};
static const mp_obj_complex_t const_obj_consts_9 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)1.5};
static const mp_obj_str_t const_obj_consts_10 = {{&mp_type_bytes}, 163, 7, (const byte*)"\x62\x79\x74\x65\x73\x00\xff"};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_12_1 = {{&mp_type_float}, (mp_float_t)2.5};
#define const_obj_consts_12_1_macro MP_ROM_PTR(&const_obj_consts_12_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_12_1_macro ((mp_rom_obj_t)(0xc0a00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_12_1_macro ((mp_rom_obj_t)(0xc008000000000000))
#endif
static const mp_obj_str_t const_obj_consts_12_3 = {{&mp_type_bytes}, 199, 1, (const byte*)"\x62"};
static const mp_rom_obj_tuple_t const_obj_consts_12 = {{&mp_type_tuple}, 8, {
    MP_ROM_INT(1),
    const_obj_consts_12_1_macro,
    MP_ROM_QSTR(MP_QSTR_s),
    MP_ROM_PTR(&const_obj_consts_12_3),
    MP_ROM_NONE,
    MP_ROM_TRUE,
    MP_ROM_FALSE,
    MP_ROM_PTR(&mp_const_ellipsis_obj),
}};
static const mp_rom_obj_tuple_t const_obj_consts_13_0 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
}};
static const mp_obj_complex_t const_obj_consts_13_1_1_0 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)3};
static const mp_rom_obj_tuple_t const_obj_consts_13_1_1 = {{&mp_type_tuple}, 1, {
    MP_ROM_PTR(&const_obj_consts_13_1_1_0),
}};
static const mp_rom_obj_tuple_t const_obj_consts_13_1 = {{&mp_type_tuple}, 2, {
    MP_ROM_QSTR(MP_QSTR_nested),
    MP_ROM_PTR(&const_obj_consts_13_1_1),
}};
static const mp_rom_obj_tuple_t const_obj_consts_13 = {{&mp_type_tuple}, 2, {
    MP_ROM_PTR(&const_obj_consts_13_0),
    MP_ROM_PTR(&const_obj_consts_13_1),
}};
static const mp_obj_str_t const_obj_consts_15 = {{&mp_type_str}, 146, 51, (const byte*)"\x61\x20\x73\x74\x72\x69\x6e\x67\x20\x74\x68\x61\x74\x20\x69\x73\x20\x6c\x6f\x6e\x67\x65\x72\x20\x74\x68\x61\x6e\x20\x74\x77\x65\x6e\x74\x79\x2d\x66\x69\x76\x65\x20\x63\x68\x61\x72\x61\x63\x74\x65\x72\x73"};
static const mp_obj_str_t const_obj_consts_17 = {{&mp_type_str}, 17, 32, (const byte*)"\x71\x75\x6f\x74\x65\x20\x22\x20\x61\x6e\x64\x20\x62\x61\x63\x6b\x73\x6c\x61\x73\x68\x20\x5c\x20\x61\x6e\x64\x20\x74\x61\x62\x09"};

// constant table
static const mp_rom_obj_t const_obj_table_data_consts[19] = {
    MP_ROM_PTR(&const_obj_consts_0),
    MP_ROM_PTR(&const_obj_consts_1),
    MP_ROM_PTR(&const_obj_consts_2),
    const_obj_consts_3_macro,
    const_obj_consts_4_macro,
    const_obj_consts_5_macro,
    const_obj_consts_6_macro,
    const_obj_consts_7_macro,
    MP_ROM_PTR(&const_obj_consts_8),
    MP_ROM_PTR(&const_obj_consts_9),
    MP_ROM_PTR(&const_obj_consts_10),
    MP_ROM_PTR(&mp_const_empty_bytes_obj),
    MP_ROM_PTR(&const_obj_consts_12),
    MP_ROM_PTR(&const_obj_consts_13),
    MP_ROM_QSTR(MP_QSTR_short_space_string),
    MP_ROM_PTR(&const_obj_consts_15),
    MP_ROM_QSTR(MP_QSTR_h_eacute_llo_space_w_ouml_rld_space__alpha__beta__gamma__space__0x4e2d__0x6587_),
    MP_ROM_PTR(&const_obj_consts_17),
    MP_ROM_PTR(&mp_const_ellipsis_obj),
};

static const mp_frozen_module_t frozen_module_consts = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_consts,
        .obj_table = (mp_obj_t *)&const_obj_table_data_consts,
    },
    .proto_fun = &proto_fun_consts__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "native_noasm.py\0"
    "consts.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_native_noasm,
    &frozen_module_consts,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("native_noasm", "native_noasm.py")
MICROPY_FROZEN_LIST_ITEM("consts", "consts.py")
#endif

/*
byte sizes:
qstr content: 43 unique, 326 bytes
bc content: 218
const str content: 91
const int content: 32
const obj content: 184
const table qstr content: 0 entries, 0 bytes
const table ptr content: 20 entries, 80 bytes
raw code content: 6 * 4 = 96
mp_frozen_mpy_names_content: 27
mp_frozen_mpy_content_size: 8
total: 1062
*/
