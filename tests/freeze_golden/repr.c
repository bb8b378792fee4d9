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
    MP_QSTR__backslash_back = MP_QSTRnumber_of,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_d,
    MP_QSTR_e,
    MP_QSTR_emoji_space__0x1f600__space__0x4e2d__space__0x2028_,
    MP_QSTR_f,
    MP_QSTR_it_squot_s,
    MP_QSTR_q_quot_uote_squot_s,
    MP_QSTR_repr_dot_py,
    MP_QSTR_tab_0x09_here_0x01__0x7f_,
    MP_QSTR__0x200b__0x378__0xf0000__space__nbsp_,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    210,
    196,
    199,
    198,
    193,
    192,
    45,
    195,
    140,
    105,
    247,
    255,
    184,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    5,
    1,
    1,
    1,
    1,
    1,
    18,
    1,
    4,
    8,
    7,
    10,
    12,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    13, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x5c\x62\x61\x63\x6b",
        "a",
        "b",
        "c",
        "d",
        "e",
        "\x65\x6d\x6f\x6a\x69\x20\xf0\x9f\x98\x80\x20\xe4\xb8\xad\x20\xe2\x80\xa8",
        "f",
        "it's",
        "\x71\x22\x75\x6f\x74\x65\x27\x73",
        "repr.py",
        "\x74\x61\x62\x09\x68\x65\x72\x65\x01\x7f",
        "\xe2\x80\x8b\xcd\xb8\xf3\xb0\x80\x80\x20\xc2\xa0",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module repr
// - original source file: repr.mpy
// - frozen file name: repr.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file repr.py, scope repr__lt_module_gt_
static const byte fun_data_repr__lt_module_gt_[53] = {
    0x30,0x10, // prelude
    0x01, // names: <module>
    0x20,0x24,0x24,0x24,0x24,0x24,0x24, // code info
    0x10,0x02, // LOAD_CONST_STRING 'tab\there\x01\x7f'
    0x16,0x06, // STORE_NAME 'a'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x07, // STORE_NAME 'b'
    0x10,0x03, // LOAD_CONST_STRING 'q"uote\'s'
    0x16,0x08, // STORE_NAME 'c'
    0x10,0x04, // LOAD_CONST_STRING "it's"
    0x16,0x09, // STORE_NAME 'd'
    0x10,0x05, // LOAD_CONST_STRING '\\back'
    0x16,0x0a, // STORE_NAME 'e'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x0b, // STORE_NAME 'f'
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x06, // LOAD_NAME 'a'
    0x11,0x07, // LOAD_NAME 'b'
    0x11,0x08, // LOAD_NAME 'c'
    0x11,0x09, // LOAD_NAME 'd'
    0x11,0x0a, // LOAD_NAME 'e'
    0x11,0x0b, // LOAD_NAME 'f'
    0x34,0x06, // CALL_FUNCTION 6
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_repr__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_repr__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 53,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_repr__lt_module_gt_ + 3,
        .line_info_top = fun_data_repr__lt_module_gt_ + 10,
        .opcodes = fun_data_repr__lt_module_gt_ + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_repr__lt_module_gt_ fun_data_repr__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_repr[13] = {
    MP_QSTR_repr_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_tab_0x09_here_0x01__0x7f_,
    MP_QSTR_q_quot_uote_squot_s,
    MP_QSTR_it_squot_s,
    MP_QSTR__backslash_back,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_d,
    MP_QSTR_e,
    MP_QSTR_f,
    MP_QSTR_print,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_repr[2] = {
    MP_ROM_QSTR(MP_QSTR__0x200b__0x378__0xf0000__space__nbsp_),
    MP_ROM_QSTR(MP_QSTR_emoji_space__0x1f600__space__0x4e2d__space__0x2028_),
};

static const mp_frozen_module_t frozen_module_repr = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_repr,
        .obj_table = (mp_obj_t *)&const_obj_table_data_repr,
    },
    .proto_fun = &proto_fun_repr__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "repr.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_repr,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("repr", "repr.py")
#endif

/*
byte sizes:
qstr content: 13 unique, 109 bytes
bc content: 53
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 2 entries, 8 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 9
mp_frozen_mpy_content_size: 4
total: 199
*/
