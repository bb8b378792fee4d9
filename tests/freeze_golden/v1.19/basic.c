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
    MP_QSTR_consts_dot_py = MP_QSTRnumber_of,
    MP_QSTR_inf,
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
    MP_QSTR_s,
    MP_QSTR_nested,
    MP_QSTR_short_space_string,
    MP_QSTR_h_eacute_llo_space_w_ouml_rld_space__alpha__beta__gamma__space__0x4e2d__0x6587_,
    MP_QSTR_funcs_dot_py,
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
    MP_QSTR_x,
    MP_QSTR_n,
    MP_QSTR_attr,
    MP_QSTR__alpha_,
    MP_QSTR__beta_,
    MP_QSTR_z,
    MP_QSTR_q,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    52,
    4,
    140,
    154,
    208,
    137,
    9,
    154,
    69,
    114,
    113,
    112,
    119,
    118,
    53,
    36,
    151,
    148,
    246,
    245,
    32,
    35,
    34,
    219,
    99,
    155,
    60,
    188,
    115,
    224,
    214,
    8,
    34,
    40,
    47,
    193,
    208,
    8,
    68,
    220,
    41,
    77,
    180,
    42,
    195,
    151,
    123,
    211,
    154,
    215,
    133,
    226,
    128,
    212,
    204,
    196,
    199,
    198,
    221,
    203,
    182,
    122,
    121,
    223,
    212,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    9,
    3,
    4,
    5,
    9,
    3,
    3,
    7,
    2,
    2,
    2,
    2,
    2,
    2,
    5,
    3,
    2,
    2,
    2,
    2,
    2,
    2,
    2,
    7,
    6,
    5,
    5,
    7,
    7,
    1,
    1,
    6,
    12,
    27,
    8,
    1,
    4,
    7,
    3,
    5,
    3,
    9,
    4,
    5,
    1,
    15,
    5,
    1,
    6,
    4,
    3,
    3,
    8,
    10,
    10,
    1,
    1,
    1,
    1,
    1,
    4,
    2,
    2,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    10, // allocated entries
    65, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "consts.py",
        "inf",
        "it's",
        "SMALL",
        "NOT_SMALL",
        "NEG",
        "BIG",
        "NEG_BIG",
        "LL",
        "F1",
        "F2",
        "F3",
        "F4",
        "F5",
        "float",
        "INF",
        "C1",
        "C2",
        "B1",
        "B2",
        "T1",
        "T2",
        "T3",
        "S_SHORT",
        "S_LONG",
        "S_UNI",
        "S_ESC",
        "S_EMPTY",
        "S_QUOTE",
        "E",
        "s",
        "nested",
        "short string",
        "\x68\xc3\xa9\x6c\x6c\x6f\x20\x77\xc3\xb6\x72\x6c\x64\x20\xce\xb1\xce\xb2\xce\xb3\x20\xe4\xb8\xad\xe6\x96\x87",
        "funcs.py",
        "d",
        "Base",
        "Derived",
        "add",
        "outer",
        "gen",
        "Base.attr",
        "coro",
        "loops",
        "f",
        "\x75\x6e\x69\x5f\x6e\x61\x6d\x65\x73\x5f\xc3\xa9\x74\xc3\xa9",
        "inner",
        "v",
        "method",
        "stat",
        "abc",
        "bad",
        "<lambda>",
        "<listcomp>",
        "<dictcomp>",
        "a",
        "b",
        "c",
        "x",
        "n",
        "attr",
        "\xce\xb1",
        "\xce\xb2",
        "z",
        "q",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module consts
// - original source file: v1.19/consts.mpy
// - frozen file name: consts.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file consts.py, scope consts__lt_module_gt_
static const byte fun_data_consts__lt_module_gt_[186] = {
    0x70,0x3a, // prelude
    0x01, // names: <module>
    0x20,0x46,0x25,0x26,0x26,0x24,0x24,0x24,0x24,0x25,0x24,0x24,0x24,0x28,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24,0x24, // code info
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
    0xd1, // UNARY_OP 1 __neg__
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
static const mp_raw_code_t raw_code_consts__lt_module_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_consts__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 186,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 15,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_consts__lt_module_gt_ + 3,
        .opcodes = fun_data_consts__lt_module_gt_ + 31,
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
static const mp_obj_float_t const_obj_consts_4 = {{&mp_type_float}, (mp_float_t)0.1};
#define const_obj_consts_4_macro MP_ROM_PTR(&const_obj_consts_4)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_4_macro ((mp_rom_obj_t)(0xbe4cccce))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_4_macro ((mp_rom_obj_t)(0xbfbd99999999999a))
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
static const mp_obj_float_t const_obj_consts_7 = {{&mp_type_float}, (mp_float_t)6.022140759999999e+23};
#define const_obj_consts_7_macro MP_ROM_PTR(&const_obj_consts_7)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_7_macro ((mp_rom_obj_t)(0xe77f0c2e))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_7_macro ((mp_rom_obj_t)(0xc4e3e185ca57c516))
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
    .rc = &raw_code_consts__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module funcs
// - original source file: v1.19/funcs.mpy
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
static const byte fun_data_funcs_Derived_method[57] = {
    0xc6,0x02,0x10, // prelude
    0x10,0x26,0x28, // names: method, *, self
    0x80,0x1d,0x24,0x55,0x52, // code info
    0x49,0x29, // SETUP_FINALLY 41
    0x48,0x0c, // SETUP_EXCEPT 12
    0x12,0x2a, // LOAD_GLOBAL 'super'
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0x15,0x10, // LOAD_SUPER_METHOD 'method'
    0x36,0x00, // CALL_METHOD 0
    0x63, // RETURN_VALUE
    0x4a,0x1a, // POP_EXCEPT_JUMP 26
    0x57, // DUP_TOP
    0x12,0x2b, // LOAD_GLOBAL 'ValueError'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x53, // POP_JUMP_IF_FALSE 19
    0xc2, // STORE_FAST 2
    0x49,0x09, // SETUP_FINALLY 9
    0x12,0x2c, // LOAD_GLOBAL 'RuntimeError'
    0x10,0x13, // LOAD_CONST_STRING 'bad'
    0x34,0x01, // CALL_FUNCTION 1
    0xb2, // LOAD_FAST 2
    0x66, // RAISE_FROM
    0x51, // LOAD_CONST_NONE
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
    .fun_data_len = 57,
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
static const byte fun_data_funcs_loops[94] = {
    0x5c,0x19, // prelude
    0x0a, // names: loops
    0x80,0x28,0x23,0x22,0x26,0x27,0x4a,0x23,0x29,0x29,0x28,0x02, // code info
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
    0x4b,0x12, // FOR_ITER 18
    0xc0, // STORE_FAST 0
    0x12,0x23, // LOAD_GLOBAL 'open'
    0x10,0x0b, // LOAD_CONST_STRING 'f'
    0x34,0x01, // CALL_FUNCTION 1
    0x47,0x05, // SETUP_WITH 5
    0xc1, // STORE_FAST 1
    0x40,0x32,0x01, // UNWIND_JUMP -14
    0x51, // LOAD_CONST_NONE
    0x5c, // WITH_CLEANUP
    0x5d, // END_FINALLY
    0x42,0x2c, // JUMP -20
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
    .fun_data_len = 94,
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
    "consts.py\0"
    "funcs.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_consts,
    &frozen_module_funcs,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("consts", "consts.py")
MICROPY_FROZEN_LIST_ITEM("funcs", "funcs.py")
#endif

/*
byte sizes:
qstr content: 65 unique, 486 bytes
bc content: 716
const str content: 91
const int content: 32
const obj content: 184
const table qstr content: 0 entries, 0 bytes
const table ptr content: 19 entries, 76 bytes
raw code content: 18 * 4 = 288
mp_frozen_mpy_names_content: 20
mp_frozen_mpy_content_size: 8
total: 1901
*/
