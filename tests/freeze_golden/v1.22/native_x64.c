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
    MP_QSTR__0x0a_ = MP_QSTRnumber_of,
    MP_QSTR__space_,
    MP_QSTR__star_,
    MP_QSTR__slash_,
    MP_QSTR__lt_dictcomp_gt_,
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Base,
    MP_QSTR_Base_dot_attr,
    MP_QSTR_Derived,
    MP_QSTR_a,
    MP_QSTR_abc,
    MP_QSTR_add,
    MP_QSTR_attr,
    MP_QSTR_b,
    MP_QSTR_bad,
    MP_QSTR_c,
    MP_QSTR_coro,
    MP_QSTR_d,
    MP_QSTR_f,
    MP_QSTR_funcs_dot_py,
    MP_QSTR_gen,
    MP_QSTR_inner,
    MP_QSTR_loops,
    MP_QSTR_method,
    MP_QSTR_n,
    MP_QSTR_nat,
    MP_QSTR_natgen,
    MP_QSTR_native_noasm_dot_py,
    MP_QSTR_outer,
    MP_QSTR_q,
    MP_QSTR_stat,
    MP_QSTR_uni_names__eacute_t_eacute_,
    MP_QSTR_utf_hyphen_8,
    MP_QSTR_v,
    MP_QSTR_vip,
    MP_QSTR_x,
    MP_QSTR_z,
    MP_QSTR__alpha_,
    MP_QSTR__beta_,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    175,
    133,
    143,
    138,
    204,
    128,
    212,
    189,
    208,
    77,
    8,
    196,
    133,
    68,
    182,
    199,
    226,
    198,
    180,
    193,
    195,
    47,
    41,
    123,
    42,
    154,
    203,
    254,
    114,
    2,
    220,
    212,
    215,
    151,
    183,
    211,
    234,
    221,
    223,
    122,
    121,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    1,
    1,
    10,
    8,
    10,
    8,
    4,
    9,
    7,
    1,
    3,
    3,
    4,
    1,
    3,
    1,
    4,
    1,
    1,
    8,
    3,
    5,
    5,
    6,
    1,
    3,
    6,
    15,
    5,
    1,
    4,
    15,
    5,
    1,
    3,
    1,
    1,
    2,
    2,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    41, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x0a",
        " ",
        "*",
        "/",
        "<dictcomp>",
        "<lambda>",
        "<listcomp>",
        "<module>",
        "Base",
        "Base.attr",
        "Derived",
        "a",
        "abc",
        "add",
        "attr",
        "b",
        "bad",
        "c",
        "coro",
        "d",
        "f",
        "funcs.py",
        "gen",
        "inner",
        "loops",
        "method",
        "n",
        "nat",
        "natgen",
        "native_noasm.py",
        "outer",
        "q",
        "stat",
        "\x75\x6e\x69\x5f\x6e\x61\x6d\x65\x73\x5f\xc3\xa9\x74\xc3\xa9",
        "utf-8",
        "v",
        "vip",
        "x",
        "z",
        "\xce\xb1",
        "\xce\xb2",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module native_noasm
// - original source file: v1.22/native_x64.mpy
// - frozen file name: native_noasm.py
// - .mpy header: 4d:06:0a:1f

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
static const byte fun_data_native_noasm_nat[349] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x81, 0xec, 0xc8, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x6f,
    0x08, 0x4c, 0x8b, 0x6d, 0x10, 0x48, 0x8b, 0x6d, 0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0x7c,
    0x24, 0x70, 0x48, 0x8b, 0x7f, 0x10, 0x48, 0x8b, 0x7f, 0x08, 0x48, 0x89, 0x7c, 0x24, 0x78, 0xbf,
    0x05, 0x00, 0x00, 0x00, 0x48, 0x89, 0xbc, 0x24, 0x88, 0x00, 0x00, 0x00, 0x48, 0x8d, 0x7c, 0x24,
    0x70, 0x48, 0x8b, 0x85, 0x68, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x7c, 0x24, 0x70, 0x48,
    0x8b, 0x7f, 0x08, 0x48, 0x8b, 0x7f, 0x08, 0x48, 0x8b, 0x45, 0x28, 0xff, 0xd0, 0x48, 0x89, 0x44,
    0x24, 0x78, 0x48, 0x85, 0xc0, 0x0f, 0x84, 0x2d, 0x00, 0x00, 0x00, 0x48, 0x89, 0xe7, 0x48, 0x8b,
    0x85, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x84, 0xc0, 0x0f, 0x84, 0x19, 0x00, 0x00, 0x00, 0x48,
    0x8b, 0x7c, 0x24, 0x78, 0x48, 0x8b, 0x45, 0x28, 0xff, 0xd0, 0x48, 0x8b, 0x7c, 0x24, 0x08, 0x48,
    0x8b, 0x85, 0x10, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x9c, 0x24, 0xb8, 0x00, 0x00, 0x00,
    0x4c, 0x8b, 0xa4, 0x24, 0xb0, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x74, 0x24, 0x70, 0x48, 0x8b, 0x76,
    0x08, 0xba, 0x00, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x44, 0x24, 0x70, 0x48, 0x8b, 0x40, 0x10, 0x48,
    0x8b, 0x38, 0x48, 0x8b, 0x85, 0xd0, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0x84, 0x24, 0xa8,
    0x00, 0x00, 0x00, 0x48, 0x8b, 0x84, 0x24, 0xa8, 0x00, 0x00, 0x00, 0x48, 0x89, 0x84, 0x24, 0x98,
    0x00, 0x00, 0x00, 0x48, 0x89, 0x9c, 0x24, 0xa0, 0x00, 0x00, 0x00, 0x48, 0x8d, 0x94, 0x24, 0xa0,
    0x00, 0x00, 0x00, 0x48, 0x8b, 0xbc, 0x24, 0x98, 0x00, 0x00, 0x00, 0xbe, 0x01, 0x00, 0x00, 0x00,
    0x48, 0x8b, 0x85, 0xd8, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x4c, 0x89, 0xe2, 0x48, 0x89, 0xc6, 0xbf,
    0x1b, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x85, 0x90, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0x44,
    0x24, 0x68, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x7c, 0x24, 0x78, 0x48, 0x85, 0xff, 0x0f,
    0x84, 0x0f, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x45, 0x28, 0xff, 0xd0, 0x48, 0x8b, 0x85, 0x08, 0x01,
    0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x44, 0x24, 0x68, 0x48, 0x81, 0xec, 0x38, 0xff, 0xff, 0xff,
    0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3, 0xa2, 0x01, 0x06, 0x03, 0x07, 0x08,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_nat_prelude[6] = { 0xa2, 0x01, 0x06, 0x03, 0x07, 0x08,};
#define fun_data_native_noasm_nat_prelude_macro &fun_data_native_noasm_nat_prelude[0]
#else
#define fun_data_native_noasm_nat_prelude_macro &fun_data_native_noasm_nat[343]
#endif
// child of native_noasm_nat

// frozen native code for file native_noasm.py, scope native_noasm_nat_inner
static const byte fun_data_native_noasm_nat_inner[108] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x83, 0xec, 0x48, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b,
    0x6d, 0x10, 0x48, 0x8b, 0x6d, 0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0x3c, 0x24, 0x48, 0x8b,
    0x7f, 0x10, 0x48, 0x89, 0x7c, 0x24, 0x08, 0xbf, 0x03, 0x00, 0x00, 0x00, 0x48, 0x89, 0x7c, 0x24,
    0x18, 0x48, 0x89, 0xe7, 0x48, 0x8b, 0x85, 0x68, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x5c,
    0x24, 0x38, 0xba, 0x05, 0x00, 0x00, 0x00, 0x48, 0x89, 0xde, 0xbf, 0x1d, 0x00, 0x00, 0x00, 0x48,
    0x8b, 0x85, 0x90, 0x00, 0x00, 0x00, 0xff, 0xd0, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xec,
    0xb8, 0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3, 0x11, 0x04, 0x06, 0x0a,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_nat_inner_prelude[4] = { 0x11, 0x04, 0x06, 0x0a,};
#define fun_data_native_noasm_nat_inner_prelude_macro &fun_data_native_noasm_nat_inner_prelude[0]
#else
#define fun_data_native_noasm_nat_inner_prelude_macro &fun_data_native_noasm_nat_inner[104]
#endif
static const mp_raw_code_t raw_code_native_noasm_nat_inner = {
    .kind = MP_CODE_NATIVE_PY,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_native_noasm_nat_inner,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 108,
    #endif
    .children = (void *)fun_data_native_noasm_nat_inner_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 104,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_native_noasm_nat[] = {
    &raw_code_native_noasm_nat_inner,
    (void *)fun_data_native_noasm_nat_prelude_macro,
};

static const mp_raw_code_t raw_code_native_noasm_nat = {
    .kind = MP_CODE_NATIVE_PY,
    .scope_flags = 0x00,
    .n_pos_args = 2,
    .fun_data = fun_data_native_noasm_nat,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 349,
    #endif
    .children = (void *)&children_native_noasm_nat,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 343,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_natgen
static const byte fun_data_native_noasm_natgen[380] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x6a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x83, 0xec, 0x78, 0x49, 0x89, 0xfc, 0x48, 0x89, 0x74,
    0x24, 0x08, 0x49, 0x8b, 0x04, 0x24, 0x48, 0x8b, 0x40, 0x08, 0x4c, 0x8b, 0x68, 0x10, 0x48, 0x8b,
    0x40, 0x18, 0x48, 0x8b, 0x28, 0x48, 0x89, 0xe7, 0x48, 0x8b, 0x85, 0x00, 0x01, 0x00, 0x00, 0xff,
    0xd0, 0x84, 0xc0, 0x0f, 0x84, 0x1a, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x44, 0x24, 0x08, 0x49, 0x89,
    0x44, 0x24, 0x28, 0xb8, 0x02, 0x00, 0x00, 0x00, 0x48, 0x83, 0xec, 0x88, 0x41, 0x5d, 0x41, 0x5c,
    0x5b, 0x5d, 0xc3, 0x49, 0x8b, 0x44, 0x24, 0x08, 0xff, 0xe0, 0x48, 0x8b, 0x7c, 0x24, 0x08, 0x48,
    0x8b, 0x85, 0x10, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x49, 0x8b, 0x44, 0x24, 0x50, 0x49, 0x89, 0x44,
    0x24, 0x28, 0xbf, 0x01, 0x00, 0x00, 0x00, 0x49, 0x89, 0x7c, 0x24, 0x30, 0xe9, 0x6c, 0x00, 0x00,
    0x00, 0x49, 0x8b, 0x44, 0x24, 0x30, 0x49, 0x89, 0x44, 0x24, 0x30, 0x49, 0x89, 0x44, 0x24, 0x48,
    0x49, 0x8b, 0x44, 0x24, 0x48, 0x49, 0x89, 0x44, 0x24, 0x38, 0xb8, 0x38, 0x00, 0x00, 0x00, 0x4c,
    0x01, 0xe0, 0x49, 0x89, 0x44, 0x24, 0x10, 0xb8, 0x01, 0x00, 0x00, 0x00, 0x48, 0x89, 0x44, 0x24,
    0x68, 0x48, 0x8d, 0x05, 0x0a, 0x00, 0x00, 0x00, 0x49, 0x89, 0x44, 0x24, 0x08, 0xe9, 0x8c, 0x00,
    0x00, 0x00, 0x48, 0x8b, 0x7c, 0x24, 0x08, 0x48, 0x8b, 0x85, 0x10, 0x01, 0x00, 0x00, 0xff, 0xd0,
    0xba, 0x03, 0x00, 0x00, 0x00, 0x49, 0x8b, 0x74, 0x24, 0x30, 0xbf, 0x0e, 0x00, 0x00, 0x00, 0x48,
    0x8b, 0x85, 0x90, 0x00, 0x00, 0x00, 0xff, 0xd0, 0x49, 0x89, 0x44, 0x24, 0x30, 0x49, 0x8b, 0x44,
    0x24, 0x30, 0x49, 0x8b, 0x7c, 0x24, 0x28, 0x49, 0x89, 0x44, 0x24, 0x30, 0x49, 0x89, 0x7c, 0x24,
    0x28, 0x48, 0x89, 0xfa, 0x48, 0x89, 0xc6, 0xbf, 0x00, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x85, 0x90,
    0x00, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x89, 0xc7, 0x48, 0x8b, 0x85, 0x80, 0x00, 0x00, 0x00, 0xff,
    0xd0, 0x84, 0xc0, 0x0f, 0x85, 0x58, 0xff, 0xff, 0xff, 0x48, 0x8b, 0x45, 0x00, 0x49, 0x89, 0x44,
    0x24, 0x28, 0xb8, 0x28, 0x00, 0x00, 0x00, 0x4c, 0x01, 0xe0, 0x49, 0x89, 0x44, 0x24, 0x10, 0xb8,
    0x00, 0x00, 0x00, 0x00, 0x48, 0x89, 0x44, 0x24, 0x68, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x8b,
    0x85, 0x08, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x44, 0x24, 0x68, 0x48, 0x83, 0xec, 0x88,
    0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3, 0xa9, 0x40, 0x04, 0x04, 0x09,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_noasm_natgen_prelude[5] = { 0xa9, 0x40, 0x04, 0x04, 0x09,};
#define fun_data_native_noasm_natgen_prelude_macro &fun_data_native_noasm_natgen_prelude[0]
#else
#define fun_data_native_noasm_natgen_prelude_macro &fun_data_native_noasm_natgen[375]
#endif
static const mp_raw_code_t raw_code_native_noasm_natgen = {
    .kind = MP_CODE_NATIVE_PY,
    .scope_flags = 0x01,
    .n_pos_args = 1,
    .fun_data = fun_data_native_noasm_natgen,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 380,
    #endif
    .children = (void *)fun_data_native_noasm_natgen_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 375,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of native_noasm__lt_module_gt_

// frozen native code for file native_noasm.py, scope native_noasm_native_noasm_dot_py
static const byte fun_data_native_noasm_native_noasm_dot_py[130] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x83, 0xec, 0x18, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b,
    0x6d, 0x10, 0x48, 0x8b, 0x6d, 0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0xf7, 0x48, 0x89, 0xd6,
    0x49, 0x89, 0xcc, 0x84, 0xf6, 0x0f, 0x85, 0x0e, 0x00, 0x00, 0x00, 0xba, 0x01, 0x00, 0x00, 0x00,
    0x48, 0x39, 0xfa, 0x0f, 0x84, 0x0e, 0x00, 0x00, 0x00, 0xba, 0x02, 0x00, 0x02, 0x00, 0x48, 0x8b,
    0x85, 0x60, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x49, 0x8b, 0x3c, 0x24, 0xbe, 0x02, 0x00, 0x00, 0x00,
    0x48, 0x8b, 0x45, 0x18, 0xff, 0xd0, 0x48, 0x89, 0xc3, 0xba, 0x01, 0x00, 0x00, 0x00, 0x48, 0x89,
    0xde, 0x48, 0x01, 0xd6, 0x48, 0x89, 0xf7, 0xbe, 0x02, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x45, 0x20,
    0xff, 0xd0, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xec, 0xe8, 0x41, 0x5d, 0x41, 0x5c, 0x5b,
    0x5d, 0xc3,
};
static const mp_raw_code_t raw_code_native_noasm_native_noasm_dot_py = {
    .kind = MP_CODE_NATIVE_VIPER,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_native_noasm_native_noasm_dot_py,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 130,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_native_noasm__lt_module_gt_[] = {
    &raw_code_native_noasm_nat,
    &raw_code_native_noasm_natgen,
    &raw_code_native_noasm_native_noasm_dot_py,
};

static const mp_raw_code_t raw_code_native_noasm__lt_module_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_native_noasm__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 33,
    #endif
    .children = (void *)&children_native_noasm__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 3,
    #if MICROPY_PY_SYS_SETTRACE
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
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
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
    .rc = &raw_code_native_noasm__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module funcs
// - original source file: v1.22/funcs.mpy
// - frozen file name: funcs.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file funcs.py, scope funcs__lt_module_gt_
static const byte fun_data_funcs__lt_module_gt_[71] = {
    0x18,0x1c, // prelude
    0x01, // names: <module>
    0x20,0x6d,0x84,0x08,0x64,0x40,0x89,0x0a,0x8b,0x09,0x64,0x84,0x0d, // code info
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2a,0x01, // BUILD_TUPLE 1
    0x2c,0x00, // BUILD_MAP 0
    0x84, // LOAD_CONST_SMALL_INT 4
    0x10,0x02, // LOAD_CONST_STRING 'd'
    0x62, // STORE_MAP
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x05, // STORE_NAME 'add'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x06, // STORE_NAME 'outer'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x07, // STORE_NAME 'gen'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x03, // MAKE_FUNCTION 3
    0x10,0x03, // LOAD_CONST_STRING 'Base'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x03, // STORE_NAME 'Base'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x04, // MAKE_FUNCTION 4
    0x10,0x04, // LOAD_CONST_STRING 'Derived'
    0x11,0x03, // LOAD_NAME 'Base'
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x04, // STORE_NAME 'Derived'
    0x32,0x05, // MAKE_FUNCTION 5
    0x16,0x09, // STORE_NAME 'coro'
    0x32,0x06, // MAKE_FUNCTION 6
    0x16,0x0a, // STORE_NAME 'loops'
    0x32,0x07, // MAKE_FUNCTION 7
    0x16,0x0c, // STORE_NAME 'uni_names_été'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_add
static const byte fun_data_funcs_add[32] = {
    0xc2,0x81,0xc8,0xc0,0x40,0x0c, // prelude
    0x05,0x17,0x18,0x02,0x19, // names: add, a, b, d, c
    0x40, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0xf2, // BINARY_OP 27 __add__
    0xb3, // LOAD_FAST 3
    0xf2, // BINARY_OP 27 __add__
    0xb2, // LOAD_FAST 2
    0xf2, // BINARY_OP 27 __add__
    0x12,0x1a, // LOAD_GLOBAL 'len'
    0xb4, // LOAD_FAST 4
    0x34,0x01, // CALL_FUNCTION 1
    0xf2, // BINARY_OP 27 __add__
    0x12,0x1a, // LOAD_GLOBAL 'len'
    0xb5, // LOAD_FAST 5
    0x34,0x01, // CALL_FUNCTION 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_add = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x0e,
    .n_pos_args = 2,
    .fun_data = fun_data_funcs_add,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 32,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 14,
        .n_pos_args = 2,
        .n_kwonly_args = 2,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_funcs_add + 11,
        .line_info_top = fun_data_funcs_add + 12,
        .opcodes = fun_data_funcs_add + 12,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_outer
static const byte fun_data_funcs_outer[22] = {
    0x21,0x0f, // prelude
    0x06,0x1b, // names: outer, x
    0x60,0x40,0x25,0x65,0x20,0x02, // code info
    0xb0, // LOAD_FAST 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf4, // BINARY_OP 29 __mul__
    0x27,0x02, // STORE_DEREF 2
    0xb2, // LOAD_FAST 2
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x63, // RETURN_VALUE
};
// child of funcs_outer
// frozen bytecode for file funcs.py, scope funcs_outer_inner
static const byte fun_data_funcs_outer_inner[18] = {
    0x1a,0x0e, // prelude
    0x0d,0x26,0x27, // names: inner, *, z
    0x80,0x07,0x20,0x26, // code info
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0xe5, // BINARY_OP 14 __iadd__
    0x27,0x00, // STORE_DEREF 0
    0x25,0x00, // LOAD_DEREF 0
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_outer_inner = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 2,
    .fun_data = fun_data_funcs_outer_inner,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 18,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_funcs_outer_inner + 5,
        .line_info_top = fun_data_funcs_outer_inner + 9,
        .opcodes = fun_data_funcs_outer_inner + 9,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs_outer[] = {
    &raw_code_funcs_outer_inner,
};

static const mp_raw_code_t raw_code_funcs_outer = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_funcs_outer,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 22,
    #endif
    .children = (void *)&children_funcs_outer,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_funcs_outer + 4,
        .line_info_top = fun_data_funcs_outer + 9,
        .opcodes = fun_data_funcs_outer + 10,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_gen
static const byte fun_data_funcs_gen[40] = {
    0xa9,0x40,0x0c, // prelude
    0x07,0x1c, // names: gen, n
    0x80,0x0d,0x26,0x2e, // code info
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x49, // JUMP 9
    0x57, // DUP_TOP
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0xb1, // LOAD_FAST 1
    0xf4, // BINARY_OP 29 __mul__
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x58, // DUP_TOP_TWO
    0x5a, // ROT_TWO
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x32, // POP_JUMP_IF_TRUE -14
    0x59, // POP_TOP
    0x59, // POP_TOP
    0x12,0x1d, // LOAD_GLOBAL 'range'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x5e, // GET_ITER
    0x51, // LOAD_CONST_NONE
    0x68, // YIELD_FROM
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_gen = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x01,
    .n_pos_args = 1,
    .fun_data = fun_data_funcs_gen,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 40,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 7,
        .line_info = fun_data_funcs_gen + 5,
        .line_info_top = fun_data_funcs_gen + 9,
        .opcodes = fun_data_funcs_gen + 9,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_Base
static const byte fun_data_funcs_Base[38] = {
    0x08,0x0c, // prelude
    0x03, // names: Base
    0x88,0x12,0x24,0x44,0x44, // code info
    0x11,0x1e, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x03, // LOAD_CONST_STRING 'Base'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x10,0x08, // LOAD_CONST_STRING 'Base.attr'
    0x16,0x21, // STORE_NAME 'attr'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0e, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x10, // STORE_NAME 'method'
    0x11,0x22, // LOAD_NAME 'staticmethod'
    0x32,0x02, // MAKE_FUNCTION 2
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x11, // STORE_NAME 'stat'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of funcs_Base
// frozen bytecode for file funcs.py, scope funcs_Base___init__
static const byte fun_data_funcs_Base___init__[13] = {
    0x1a,0x0a, // prelude
    0x0e,0x28,0x0f, // names: __init__, self, v
    0x80,0x14, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x0f, // STORE_ATTR 'v'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_Base___init__ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 2,
    .fun_data = fun_data_funcs_Base___init__,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 13,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 14,
        .line_info = fun_data_funcs_Base___init__ + 5,
        .line_info_top = fun_data_funcs_Base___init__ + 7,
        .opcodes = fun_data_funcs_Base___init__ + 7,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs_Base
// frozen bytecode for file funcs.py, scope funcs_Base_method
static const byte fun_data_funcs_Base_method[18] = {
    0x19,0x08, // prelude
    0x10,0x28, // names: method, self
    0x80,0x16, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x12,0x1d, // LOAD_GLOBAL 'range'
    0xb0, // LOAD_FAST 0
    0x13,0x0f, // LOAD_ATTR 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of funcs_Base_method
// frozen bytecode for file funcs.py, scope funcs_Base_method__lt_listcomp_gt_
static const byte fun_data_funcs_Base_method__lt_listcomp_gt_[24] = {
    0x41,0x08, // prelude
    0x15,0x26, // names: <listcomp>, *
    0x80,0x16, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x0b, // FOR_ITER 11
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf8, // BINARY_OP 33 __mod__
    0x44,0x38, // POP_JUMP_IF_FALSE -8
    0xb1, // LOAD_FAST 1
    0x2f,0x14, // STORE_COMP 20
    0x42,0x33, // JUMP -13
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_Base_method__lt_listcomp_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_funcs_Base_method__lt_listcomp_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 24,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 21,
        .line_info = fun_data_funcs_Base_method__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_funcs_Base_method__lt_listcomp_gt_ + 6,
        .opcodes = fun_data_funcs_Base_method__lt_listcomp_gt_ + 6,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs_Base_method[] = {
    &raw_code_funcs_Base_method__lt_listcomp_gt_,
};

static const mp_raw_code_t raw_code_funcs_Base_method = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_funcs_Base_method,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 18,
    #endif
    .children = (void *)&children_funcs_Base_method,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 16,
        .line_info = fun_data_funcs_Base_method + 4,
        .line_info_top = fun_data_funcs_Base_method + 6,
        .opcodes = fun_data_funcs_Base_method + 6,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs_Base
// frozen bytecode for file funcs.py, scope funcs_Base_stat
static const byte fun_data_funcs_Base_stat[21] = {
    0x20,0x06, // prelude
    0x11, // names: stat
    0x80,0x19, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x12,0x29, // LOAD_GLOBAL 'zip'
    0x10,0x12, // LOAD_CONST_STRING 'abc'
    0x12,0x1d, // LOAD_GLOBAL 'range'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of funcs_Base_stat
// frozen bytecode for file funcs.py, scope funcs_Base_stat__lt_dictcomp_gt_
static const byte fun_data_funcs_Base_stat__lt_dictcomp_gt_[23] = {
    0x49,0x08, // prelude
    0x16,0x26, // names: <dictcomp>, *
    0x80,0x19, // code info
    0x2c,0x00, // BUILD_MAP 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x0a, // FOR_ITER 10
    0x30,0x02, // UNPACK_SEQUENCE 2
    0xc1, // STORE_FAST 1
    0xc2, // STORE_FAST 2
    0xb2, // LOAD_FAST 2
    0xb1, // LOAD_FAST 1
    0x2f,0x19, // STORE_COMP 25
    0x42,0x34, // JUMP -12
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_Base_stat__lt_dictcomp_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_funcs_Base_stat__lt_dictcomp_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 23,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 10,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 22,
        .line_info = fun_data_funcs_Base_stat__lt_dictcomp_gt_ + 4,
        .line_info_top = fun_data_funcs_Base_stat__lt_dictcomp_gt_ + 6,
        .opcodes = fun_data_funcs_Base_stat__lt_dictcomp_gt_ + 6,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs_Base_stat[] = {
    &raw_code_funcs_Base_stat__lt_dictcomp_gt_,
};

static const mp_raw_code_t raw_code_funcs_Base_stat = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_funcs_Base_stat,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 21,
    #endif
    .children = (void *)&children_funcs_Base_stat,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 17,
        .line_info = fun_data_funcs_Base_stat + 3,
        .line_info_top = fun_data_funcs_Base_stat + 5,
        .opcodes = fun_data_funcs_Base_stat + 5,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs_Base[] = {
    &raw_code_funcs_Base___init__,
    &raw_code_funcs_Base_method,
    &raw_code_funcs_Base_stat,
};

static const mp_raw_code_t raw_code_funcs_Base = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_funcs_Base,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 38,
    #endif
    .children = (void *)&children_funcs_Base,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 3,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_funcs_Base + 3,
        .line_info_top = fun_data_funcs_Base + 8,
        .opcodes = fun_data_funcs_Base + 8,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_Derived
static const byte fun_data_funcs_Derived[22] = {
    0x08,0x07, // prelude
    0x04, // names: Derived
    0x88,0x1c,0x00, // code info
    0x11,0x1e, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x04, // LOAD_CONST_STRING 'Derived'
    0x16,0x20, // STORE_NAME '__qualname__'
    0xb0, // LOAD_FAST 0
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0x16,0x10, // STORE_NAME 'method'
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of funcs_Derived
// frozen bytecode for file funcs.py, scope funcs_Derived_method
static const byte fun_data_funcs_Derived_method[54] = {
    0xc6,0x02,0x10, // prelude
    0x10,0x26,0x28, // names: method, *, self
    0x80,0x1d,0x24,0x53,0x51, // code info
    0x49,0x26, // SETUP_FINALLY 38
    0x48,0x0a, // SETUP_EXCEPT 10
    0x12,0x2a, // LOAD_GLOBAL 'super'
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0x15,0x10, // LOAD_SUPER_METHOD 'method'
    0x36,0x00, // CALL_METHOD 0
    0x63, // RETURN_VALUE
    0x57, // DUP_TOP
    0x12,0x2b, // LOAD_GLOBAL 'ValueError'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x52, // POP_JUMP_IF_FALSE 18
    0xc2, // STORE_FAST 2
    0x49,0x08, // SETUP_FINALLY 8
    0x12,0x2c, // LOAD_GLOBAL 'RuntimeError'
    0x10,0x13, // LOAD_CONST_STRING 'bad'
    0x34,0x01, // CALL_FUNCTION 1
    0xb2, // LOAD_FAST 2
    0x66, // RAISE_FROM
    0x51, // LOAD_CONST_NONE
    0xc2, // STORE_FAST 2
    0x28,0x02, // DELETE_FAST 2
    0x5d, // END_FINALLY
    0x4a,0x01, // POP_EXCEPT_JUMP 1
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_Derived_method = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 2,
    .fun_data = fun_data_funcs_Derived_method,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 54,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 3,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 16,
        .line_info = fun_data_funcs_Derived_method + 6,
        .line_info_top = fun_data_funcs_Derived_method + 11,
        .opcodes = fun_data_funcs_Derived_method + 11,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs_Derived[] = {
    &raw_code_funcs_Derived_method,
};

static const mp_raw_code_t raw_code_funcs_Derived = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_funcs_Derived,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 22,
    #endif
    .children = (void *)&children_funcs_Derived,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_funcs_Derived + 3,
        .line_info_top = fun_data_funcs_Derived + 5,
        .opcodes = fun_data_funcs_Derived + 6,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_coro
static const byte fun_data_funcs_coro[14] = {
    0x91,0x40,0x08, // prelude
    0x09,0x1b, // names: coro, x
    0x80,0x25, // code info
    0xb0, // LOAD_FAST 0
    0x5e, // GET_ITER
    0x51, // LOAD_CONST_NONE
    0x68, // YIELD_FROM
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_coro = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x01,
    .n_pos_args = 1,
    .fun_data = fun_data_funcs_coro,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 14,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 9,
        .line_info = fun_data_funcs_coro + 5,
        .line_info_top = fun_data_funcs_coro + 7,
        .opcodes = fun_data_funcs_coro + 7,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_loops
static const byte fun_data_funcs_loops[93] = {
    0x5c,0x19, // prelude
    0x0a, // names: loops
    0x80,0x28,0x23,0x22,0x26,0x27,0x4a,0x23,0x29,0x29,0x27,0x02, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x27,0x02, // STORE_DEREF 2
    0x42,0x4f, // JUMP 15
    0x25,0x02, // LOAD_DEREF 2
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x27,0x02, // STORE_DEREF 2
    0x25,0x02, // LOAD_DEREF 2
    0x22,0x32, // LOAD_CONST_SMALL_INT 50
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x4b, // JUMP 11
    0x25,0x02, // LOAD_DEREF 2
    0x22,0x80,0x64, // LOAD_CONST_SMALL_INT 100
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x29, // POP_JUMP_IF_TRUE -23
    0x7f, // LOAD_CONST_SMALL_INT -1
    0x27,0x02, // STORE_DEREF 2
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x2b,0x03, // BUILD_LIST 3
    0x5f, // GET_ITER_STACK
    0x4b,0x11, // FOR_ITER 17
    0xc0, // STORE_FAST 0
    0x12,0x23, // LOAD_GLOBAL 'open'
    0x10,0x0b, // LOAD_CONST_STRING 'f'
    0x34,0x01, // CALL_FUNCTION 1
    0x47,0x04, // SETUP_WITH 4
    0xc1, // STORE_FAST 1
    0x40,0x32,0x01, // UNWIND_JUMP -14
    0x5c, // WITH_CLEANUP
    0x5d, // END_FINALLY
    0x42,0x2d, // JUMP -19
    0x25,0x02, // LOAD_DEREF 2
    0xb2, // LOAD_FAST 2
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2d,0x02, // BUILD_SET 2
    0x25,0x02, // LOAD_DEREF 2
    0xd3, // UNARY_OP 3 <not>
    0x25,0x02, // LOAD_DEREF 2
    0xd2, // UNARY_OP 2 __invert__
    0x25,0x02, // LOAD_DEREF 2
    0xd1, // UNARY_OP 1 __neg__
    0x2a,0x06, // BUILD_TUPLE 6
    0x63, // RETURN_VALUE
};
// child of funcs_loops
// frozen bytecode for file funcs.py, scope funcs_loops__lt_lambda_gt_
static const byte fun_data_funcs_loops__lt_lambda_gt_[12] = {
    0x1a,0x0a, // prelude
    0x14,0x26,0x2d, // names: <lambda>, *, q
    0x80,0x32, // code info
    0xb1, // LOAD_FAST 1
    0x25,0x00, // LOAD_DEREF 0
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_loops__lt_lambda_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 2,
    .fun_data = fun_data_funcs_loops__lt_lambda_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 12,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 20,
        .line_info = fun_data_funcs_loops__lt_lambda_gt_ + 5,
        .line_info_top = fun_data_funcs_loops__lt_lambda_gt_ + 7,
        .opcodes = fun_data_funcs_loops__lt_lambda_gt_ + 7,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs_loops[] = {
    &raw_code_funcs_loops__lt_lambda_gt_,
};

static const mp_raw_code_t raw_code_funcs_loops = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_funcs_loops,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 93,
    #endif
    .children = (void *)&children_funcs_loops,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 12,
        .n_exc_stack = 1,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_funcs_loops + 3,
        .line_info_top = fun_data_funcs_loops + 14,
        .opcodes = fun_data_funcs_loops + 15,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_uni_names__eacute_t_eacute_
static const byte fun_data_funcs_uni_names__eacute_t_eacute_[11] = {
    0x1a,0x0a, // prelude
    0x0c,0x24,0x25, // names: uni_names_été, α, β
    0x80,0x35, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_funcs_uni_names__eacute_t_eacute_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 2,
    .fun_data = fun_data_funcs_uni_names__eacute_t_eacute_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 11,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 12,
        .line_info = fun_data_funcs_uni_names__eacute_t_eacute_ + 5,
        .line_info_top = fun_data_funcs_uni_names__eacute_t_eacute_ + 7,
        .opcodes = fun_data_funcs_uni_names__eacute_t_eacute_ + 7,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const mp_raw_code_t *const children_funcs__lt_module_gt_[] = {
    &raw_code_funcs_add,
    &raw_code_funcs_outer,
    &raw_code_funcs_gen,
    &raw_code_funcs_Base,
    &raw_code_funcs_Derived,
    &raw_code_funcs_coro,
    &raw_code_funcs_loops,
    &raw_code_funcs_uni_names__eacute_t_eacute_,
};

static const mp_raw_code_t raw_code_funcs__lt_module_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_funcs__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 71,
    #endif
    .children = (void *)&children_funcs__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 8,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_funcs__lt_module_gt_ + 3,
        .line_info_top = fun_data_funcs__lt_module_gt_ + 16,
        .opcodes = fun_data_funcs__lt_module_gt_ + 16,
    },
    .line_of_definition = 0,
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
    #if MICROPY_EMIT_MACHINE_CODE
    .type_sig = 0,
    #endif
};

static const qstr_short_t const_qstr_table_data_funcs[46] = {
    MP_QSTR_funcs_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_d,
    MP_QSTR_Base,
    MP_QSTR_Derived,
    MP_QSTR_add,
    MP_QSTR_outer,
    MP_QSTR_gen,
    MP_QSTR_Base_dot_attr,
    MP_QSTR_coro,
    MP_QSTR_loops,
    MP_QSTR_f,
    MP_QSTR_uni_names__eacute_t_eacute_,
    MP_QSTR_inner,
    MP_QSTR___init__,
    MP_QSTR_v,
    MP_QSTR_method,
    MP_QSTR_stat,
    MP_QSTR_abc,
    MP_QSTR_bad,
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR__lt_dictcomp_gt_,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_len,
    MP_QSTR_x,
    MP_QSTR_n,
    MP_QSTR_range,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_attr,
    MP_QSTR_staticmethod,
    MP_QSTR_open,
    MP_QSTR__alpha_,
    MP_QSTR__beta_,
    MP_QSTR__star_,
    MP_QSTR_z,
    MP_QSTR_self,
    MP_QSTR_zip,
    MP_QSTR_super,
    MP_QSTR_ValueError,
    MP_QSTR_RuntimeError,
    MP_QSTR_q,
};

static const mp_frozen_module_t frozen_module_funcs = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_funcs,
        .obj_table = NULL,
    },
    .rc = &raw_code_funcs__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "native_noasm.py\0"
    "funcs.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_native_noasm,
    &frozen_module_funcs,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("native_noasm", "native_noasm.py")
MICROPY_FROZEN_LIST_ITEM("funcs", "funcs.py")
#endif

/*
byte sizes:
qstr content: 41 unique, 297 bytes
bc content: 559
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 22 * 4 = 352
mp_frozen_mpy_names_content: 26
mp_frozen_mpy_content_size: 8
total: 1246
*/
