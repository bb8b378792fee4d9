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
    MP_QSTR__lt_module_gt_,
    MP_QSTR_utf_hyphen_8,
    MP_QSTR_many_dot_py,
    MP_QSTR_helper,
    MP_QSTR_Zebra,
    MP_QSTR_apple,
    MP_QSTR__under,
    MP_QSTR_UPPER,
    MP_QSTR_a_hyphen_b,
    MP_QSTR_x_dot_y,
    MP_QSTR_sp_space_ace,
    MP_QSTR_name_00,
    MP_QSTR_name_01,
    MP_QSTR_name_02,
    MP_QSTR_name_03,
    MP_QSTR_name_04,
    MP_QSTR_name_05,
    MP_QSTR_name_06,
    MP_QSTR_name_07,
    MP_QSTR_name_08,
    MP_QSTR_name_09,
    MP_QSTR_name_10,
    MP_QSTR_name_11,
    MP_QSTR_name_12,
    MP_QSTR_name_13,
    MP_QSTR_name_14,
    MP_QSTR_name_15,
    MP_QSTR_name_16,
    MP_QSTR_name_17,
    MP_QSTR_name_18,
    MP_QSTR_name_19,
    MP_QSTR_name_20,
    MP_QSTR_name_21,
    MP_QSTR_name_22,
    MP_QSTR_name_23,
    MP_QSTR_name_24,
    MP_QSTR_name_25,
    MP_QSTR_name_26,
    MP_QSTR_name_27,
    MP_QSTR_name_28,
    MP_QSTR_name_29,
    MP_QSTR_name_30,
    MP_QSTR_name_31,
    MP_QSTR_name_32,
    MP_QSTR_name_33,
    MP_QSTR_name_34,
    MP_QSTR_name_35,
    MP_QSTR_name_36,
    MP_QSTR_name_37,
    MP_QSTR_name_38,
    MP_QSTR_name_39,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR_version,
    MP_QSTR__percent_d_dot__percent_d_space__percent_s,
    MP_QSTR_VERSION,
    MP_QSTR_first_space_cut,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    175,
    133,
    143,
    138,
    189,
    183,
    153,
    227,
    75,
    77,
    178,
    7,
    235,
    202,
    129,
    61,
    60,
    63,
    62,
    57,
    56,
    59,
    58,
    53,
    52,
    220,
    221,
    222,
    223,
    216,
    217,
    218,
    219,
    212,
    213,
    127,
    126,
    125,
    124,
    123,
    122,
    121,
    120,
    119,
    118,
    30,
    31,
    28,
    29,
    26,
    27,
    24,
    25,
    22,
    23,
    221,
    220,
    11,
    191,
    221,
    223,
    189,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    1,
    1,
    8,
    5,
    7,
    6,
    5,
    5,
    6,
    5,
    3,
    3,
    6,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    7,
    1,
    1,
    15,
    7,
    8,
    7,
    9,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    10, // allocated entries
    62, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x0a",
        " ",
        "*",
        "/",
        "<module>",
        "utf-8",
        "many.py",
        "helper",
        "Zebra",
        "apple",
        "_under",
        "UPPER",
        "a-b",
        "x.y",
        "sp ace",
        "name_00",
        "name_01",
        "name_02",
        "name_03",
        "name_04",
        "name_05",
        "name_06",
        "name_07",
        "name_08",
        "name_09",
        "name_10",
        "name_11",
        "name_12",
        "name_13",
        "name_14",
        "name_15",
        "name_16",
        "name_17",
        "name_18",
        "name_19",
        "name_20",
        "name_21",
        "name_22",
        "name_23",
        "name_24",
        "name_25",
        "name_26",
        "name_27",
        "name_28",
        "name_29",
        "name_30",
        "name_31",
        "name_32",
        "name_33",
        "name_34",
        "name_35",
        "name_36",
        "name_37",
        "name_38",
        "name_39",
        "x",
        "y",
        "pkg/__init__.py",
        "version",
        "%d.%d %s",
        "VERSION",
        "first cut",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module many
// - original source file: v1.21/many.mpy
// - frozen file name: many.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file many.py, scope many__lt_module_gt_
static const byte fun_data_many__lt_module_gt_[326] = {
    0x40,0x64, // prelude
    0x01, // names: <module>
    0x60,0x23,0x25,0x25,0x25,0x25,0x25,0x25,0x25,0x25,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x26,0x64,0x40,0x64,0x40,0x64,0x40,0x69,0x20, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x0a, // STORE_NAME 'name_00'
    0x22,0x87,0x68, // LOAD_CONST_SMALL_INT 1000
    0x16,0x0b, // STORE_NAME 'name_01'
    0x22,0x8f,0x50, // LOAD_CONST_SMALL_INT 2000
    0x16,0x0c, // STORE_NAME 'name_02'
    0x22,0x97,0x38, // LOAD_CONST_SMALL_INT 3000
    0x16,0x0d, // STORE_NAME 'name_03'
    0x22,0x9f,0x20, // LOAD_CONST_SMALL_INT 4000
    0x16,0x0e, // STORE_NAME 'name_04'
    0x22,0xa7,0x08, // LOAD_CONST_SMALL_INT 5000
    0x16,0x0f, // STORE_NAME 'name_05'
    0x22,0xae,0x70, // LOAD_CONST_SMALL_INT 6000
    0x16,0x10, // STORE_NAME 'name_06'
    0x22,0xb6,0x58, // LOAD_CONST_SMALL_INT 7000
    0x16,0x11, // STORE_NAME 'name_07'
    0x22,0xbe,0x40, // LOAD_CONST_SMALL_INT 8000
    0x16,0x12, // STORE_NAME 'name_08'
    0x22,0x80,0xc6,0x28, // LOAD_CONST_SMALL_INT 9000
    0x16,0x13, // STORE_NAME 'name_09'
    0x22,0x80,0xce,0x10, // LOAD_CONST_SMALL_INT 10000
    0x16,0x14, // STORE_NAME 'name_10'
    0x22,0x80,0xd5,0x78, // LOAD_CONST_SMALL_INT 11000
    0x16,0x15, // STORE_NAME 'name_11'
    0x22,0x80,0xdd,0x60, // LOAD_CONST_SMALL_INT 12000
    0x16,0x16, // STORE_NAME 'name_12'
    0x22,0x80,0xe5,0x48, // LOAD_CONST_SMALL_INT 13000
    0x16,0x17, // STORE_NAME 'name_13'
    0x22,0x80,0xed,0x30, // LOAD_CONST_SMALL_INT 14000
    0x16,0x18, // STORE_NAME 'name_14'
    0x22,0x80,0xf5,0x18, // LOAD_CONST_SMALL_INT 15000
    0x16,0x19, // STORE_NAME 'name_15'
    0x22,0x80,0xfd,0x00, // LOAD_CONST_SMALL_INT 16000
    0x16,0x1a, // STORE_NAME 'name_16'
    0x22,0x81,0x84,0x68, // LOAD_CONST_SMALL_INT 17000
    0x16,0x1b, // STORE_NAME 'name_17'
    0x22,0x81,0x8c,0x50, // LOAD_CONST_SMALL_INT 18000
    0x16,0x1c, // STORE_NAME 'name_18'
    0x22,0x81,0x94,0x38, // LOAD_CONST_SMALL_INT 19000
    0x16,0x1d, // STORE_NAME 'name_19'
    0x22,0x81,0x9c,0x20, // LOAD_CONST_SMALL_INT 20000
    0x16,0x1e, // STORE_NAME 'name_20'
    0x22,0x81,0xa4,0x08, // LOAD_CONST_SMALL_INT 21000
    0x16,0x1f, // STORE_NAME 'name_21'
    0x22,0x81,0xab,0x70, // LOAD_CONST_SMALL_INT 22000
    0x16,0x20, // STORE_NAME 'name_22'
    0x22,0x81,0xb3,0x58, // LOAD_CONST_SMALL_INT 23000
    0x16,0x21, // STORE_NAME 'name_23'
    0x22,0x81,0xbb,0x40, // LOAD_CONST_SMALL_INT 24000
    0x16,0x22, // STORE_NAME 'name_24'
    0x22,0x81,0xc3,0x28, // LOAD_CONST_SMALL_INT 25000
    0x16,0x23, // STORE_NAME 'name_25'
    0x22,0x81,0xcb,0x10, // LOAD_CONST_SMALL_INT 26000
    0x16,0x24, // STORE_NAME 'name_26'
    0x22,0x81,0xd2,0x78, // LOAD_CONST_SMALL_INT 27000
    0x16,0x25, // STORE_NAME 'name_27'
    0x22,0x81,0xda,0x60, // LOAD_CONST_SMALL_INT 28000
    0x16,0x26, // STORE_NAME 'name_28'
    0x22,0x81,0xe2,0x48, // LOAD_CONST_SMALL_INT 29000
    0x16,0x27, // STORE_NAME 'name_29'
    0x22,0x81,0xea,0x30, // LOAD_CONST_SMALL_INT 30000
    0x16,0x28, // STORE_NAME 'name_30'
    0x22,0x81,0xf2,0x18, // LOAD_CONST_SMALL_INT 31000
    0x16,0x29, // STORE_NAME 'name_31'
    0x22,0x81,0xfa,0x00, // LOAD_CONST_SMALL_INT 32000
    0x16,0x2a, // STORE_NAME 'name_32'
    0x22,0x82,0x81,0x68, // LOAD_CONST_SMALL_INT 33000
    0x16,0x2b, // STORE_NAME 'name_33'
    0x22,0x82,0x89,0x50, // LOAD_CONST_SMALL_INT 34000
    0x16,0x2c, // STORE_NAME 'name_34'
    0x22,0x82,0x91,0x38, // LOAD_CONST_SMALL_INT 35000
    0x16,0x2d, // STORE_NAME 'name_35'
    0x22,0x82,0x99,0x20, // LOAD_CONST_SMALL_INT 36000
    0x16,0x2e, // STORE_NAME 'name_36'
    0x22,0x82,0xa1,0x08, // LOAD_CONST_SMALL_INT 37000
    0x16,0x2f, // STORE_NAME 'name_37'
    0x22,0x82,0xa8,0x70, // LOAD_CONST_SMALL_INT 38000
    0x16,0x30, // STORE_NAME 'name_38'
    0x22,0x82,0xb0,0x58, // LOAD_CONST_SMALL_INT 39000
    0x16,0x31, // STORE_NAME 'name_39'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'helper'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x02, // STORE_NAME 'helper'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x02, // STORE_NAME 'helper'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x03, // MAKE_FUNCTION 3
    0x10,0x02, // LOAD_CONST_STRING 'helper'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'helper'
    0x11,0x0a, // LOAD_NAME 'name_00'
    0x11,0x31, // LOAD_NAME 'name_39'
    0x10,0x03, // LOAD_CONST_STRING 'Zebra'
    0x10,0x04, // LOAD_CONST_STRING 'apple'
    0x10,0x05, // LOAD_CONST_STRING '_under'
    0x10,0x06, // LOAD_CONST_STRING 'UPPER'
    0x10,0x07, // LOAD_CONST_STRING 'a-b'
    0x10,0x08, // LOAD_CONST_STRING 'x.y'
    0x10,0x09, // LOAD_CONST_STRING 'sp ace'
    0x2b,0x09, // BUILD_LIST 9
    0x16,0x32, // STORE_NAME 'values'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of many__lt_module_gt_
// frozen bytecode for file many.py, scope many_helper
static const byte fun_data_many_helper[15] = {
    0x19,0x0a, // prelude
    0x02,0x33, // names: helper, x
    0x80,0x2c,0x43, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of many_helper
// frozen bytecode for file many.py, scope many_helper_helper
static const byte fun_data_many_helper_helper[10] = {
    0x11,0x08, // prelude
    0x02,0x37, // names: helper, y
    0x80,0x2d, // code info
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_many_helper_helper = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper_helper,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 10,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper_helper + 4,
        .line_info_top = fun_data_many_helper_helper + 6,
        .opcodes = fun_data_many_helper_helper + 6,
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

static const mp_raw_code_t *const children_many_helper[] = {
    &raw_code_many_helper_helper,
};

static const mp_raw_code_t raw_code_many_helper = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 15,
    #endif
    .children = (void *)&children_many_helper,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper + 4,
        .line_info_top = fun_data_many_helper + 7,
        .opcodes = fun_data_many_helper + 7,
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

// child of many__lt_module_gt_
// frozen bytecode for file many.py, scope many_helper2
static const byte fun_data_many_helper2[15] = {
    0x19,0x0a, // prelude
    0x02,0x33, // names: helper, x
    0x80,0x31,0x43, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of many_helper2
// frozen bytecode for file many.py, scope many_helper2_helper
static const byte fun_data_many_helper2_helper[10] = {
    0x11,0x08, // prelude
    0x02,0x37, // names: helper, y
    0x80,0x32, // code info
    0xb0, // LOAD_FAST 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_many_helper2_helper = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper2_helper,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 10,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper2_helper + 4,
        .line_info_top = fun_data_many_helper2_helper + 6,
        .opcodes = fun_data_many_helper2_helper + 6,
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

static const mp_raw_code_t *const children_many_helper2[] = {
    &raw_code_many_helper2_helper,
};

static const mp_raw_code_t raw_code_many_helper2 = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper2,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 15,
    #endif
    .children = (void *)&children_many_helper2,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper2 + 4,
        .line_info_top = fun_data_many_helper2 + 7,
        .opcodes = fun_data_many_helper2 + 7,
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

// child of many__lt_module_gt_
// frozen bytecode for file many.py, scope many_helper3
static const byte fun_data_many_helper3[15] = {
    0x19,0x0a, // prelude
    0x02,0x33, // names: helper, x
    0x80,0x36,0x43, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of many_helper3
// frozen bytecode for file many.py, scope many_helper3_helper
static const byte fun_data_many_helper3_helper[10] = {
    0x11,0x08, // prelude
    0x02,0x37, // names: helper, y
    0x80,0x37, // code info
    0xb0, // LOAD_FAST 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_many_helper3_helper = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper3_helper,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 10,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper3_helper + 4,
        .line_info_top = fun_data_many_helper3_helper + 6,
        .opcodes = fun_data_many_helper3_helper + 6,
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

static const mp_raw_code_t *const children_many_helper3[] = {
    &raw_code_many_helper3_helper,
};

static const mp_raw_code_t raw_code_many_helper3 = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper3,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 15,
    #endif
    .children = (void *)&children_many_helper3,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper3 + 4,
        .line_info_top = fun_data_many_helper3 + 7,
        .opcodes = fun_data_many_helper3 + 7,
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

// child of many__lt_module_gt_
// frozen bytecode for file many.py, scope many_helper4
static const byte fun_data_many_helper4[19] = {
    0x00,0x06, // prelude
    0x02, // names: helper
    0x88,0x3b, // code info
    0x11,0x34, // LOAD_NAME '__name__'
    0x16,0x35, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'helper'
    0x16,0x36, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'helper'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of many_helper4
// frozen bytecode for file many.py, scope many_helper4_helper
static const byte fun_data_many_helper4_helper[9] = {
    0x09,0x08, // prelude
    0x02,0x38, // names: helper, self
    0x80,0x3c, // code info
    0x10,0x02, // LOAD_CONST_STRING 'helper'
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_many_helper4_helper = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 1,
    .fun_data = fun_data_many_helper4_helper,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 9,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper4_helper + 4,
        .line_info_top = fun_data_many_helper4_helper + 6,
        .opcodes = fun_data_many_helper4_helper + 6,
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

static const mp_raw_code_t *const children_many_helper4[] = {
    &raw_code_many_helper4_helper,
};

static const mp_raw_code_t raw_code_many_helper4 = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_many_helper4,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 19,
    #endif
    .children = (void *)&children_many_helper4,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_many_helper4 + 3,
        .line_info_top = fun_data_many_helper4 + 5,
        .opcodes = fun_data_many_helper4 + 5,
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

static const mp_raw_code_t *const children_many__lt_module_gt_[] = {
    &raw_code_many_helper,
    &raw_code_many_helper2,
    &raw_code_many_helper3,
    &raw_code_many_helper4,
};

static const mp_raw_code_t raw_code_many__lt_module_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_many__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 326,
    #endif
    .children = (void *)&children_many__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 4,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_many__lt_module_gt_ + 3,
        .line_info_top = fun_data_many__lt_module_gt_ + 52,
        .opcodes = fun_data_many__lt_module_gt_ + 52,
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

static const qstr_short_t const_qstr_table_data_many[57] = {
    MP_QSTR_many_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_helper,
    MP_QSTR_Zebra,
    MP_QSTR_apple,
    MP_QSTR__under,
    MP_QSTR_UPPER,
    MP_QSTR_a_hyphen_b,
    MP_QSTR_x_dot_y,
    MP_QSTR_sp_space_ace,
    MP_QSTR_name_00,
    MP_QSTR_name_01,
    MP_QSTR_name_02,
    MP_QSTR_name_03,
    MP_QSTR_name_04,
    MP_QSTR_name_05,
    MP_QSTR_name_06,
    MP_QSTR_name_07,
    MP_QSTR_name_08,
    MP_QSTR_name_09,
    MP_QSTR_name_10,
    MP_QSTR_name_11,
    MP_QSTR_name_12,
    MP_QSTR_name_13,
    MP_QSTR_name_14,
    MP_QSTR_name_15,
    MP_QSTR_name_16,
    MP_QSTR_name_17,
    MP_QSTR_name_18,
    MP_QSTR_name_19,
    MP_QSTR_name_20,
    MP_QSTR_name_21,
    MP_QSTR_name_22,
    MP_QSTR_name_23,
    MP_QSTR_name_24,
    MP_QSTR_name_25,
    MP_QSTR_name_26,
    MP_QSTR_name_27,
    MP_QSTR_name_28,
    MP_QSTR_name_29,
    MP_QSTR_name_30,
    MP_QSTR_name_31,
    MP_QSTR_name_32,
    MP_QSTR_name_33,
    MP_QSTR_name_34,
    MP_QSTR_name_35,
    MP_QSTR_name_36,
    MP_QSTR_name_37,
    MP_QSTR_name_38,
    MP_QSTR_name_39,
    MP_QSTR_values,
    MP_QSTR_x,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_y,
    MP_QSTR_self,
};

static const mp_frozen_module_t frozen_module_many = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_many,
        .obj_table = NULL,
    },
    .rc = &raw_code_many__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module pkg___init__
// - original source file: v1.21/pkg/__init__.mpy
// - frozen file name: pkg/__init__.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file pkg/__init__.py, scope pkg___init____lt_module_gt_
static const byte fun_data_pkg___init____lt_module_gt_[15] = {
    0x00,0x06, // prelude
    0x01, // names: <module>
    0x20,0x44, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x04, // STORE_NAME 'VERSION'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'version'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of pkg___init____lt_module_gt_
// frozen bytecode for file pkg/__init__.py, scope pkg___init___version
static const byte fun_data_pkg___init___version[11] = {
    0x08,0x06, // prelude
    0x02, // names: version
    0x60,0x20, // code info
    0x10,0x03, // LOAD_CONST_STRING '%d.%d %s'
    0x12,0x04, // LOAD_GLOBAL 'VERSION'
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
static const mp_raw_code_t raw_code_pkg___init___version = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_pkg___init___version,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 11,
    #endif
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 0,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_pkg___init___version + 3,
        .line_info_top = fun_data_pkg___init___version + 5,
        .opcodes = fun_data_pkg___init___version + 5,
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

static const mp_raw_code_t *const children_pkg___init____lt_module_gt_[] = {
    &raw_code_pkg___init___version,
};

static const mp_raw_code_t raw_code_pkg___init____lt_module_gt_ = {
    .kind = MP_CODE_BYTECODE,
    .scope_flags = 0x00,
    .n_pos_args = 0,
    .fun_data = fun_data_pkg___init____lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS
    .fun_data_len = 15,
    #endif
    .children = (void *)&children_pkg___init____lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .n_children = 1,
    #if MICROPY_PY_SYS_SETTRACE
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_pkg___init____lt_module_gt_ + 3,
        .line_info_top = fun_data_pkg___init____lt_module_gt_ + 5,
        .opcodes = fun_data_pkg___init____lt_module_gt_ + 5,
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

static const qstr_short_t const_qstr_table_data_pkg___init__[5] = {
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_version,
    MP_QSTR__percent_d_dot__percent_d_space__percent_s,
    MP_QSTR_VERSION,
};

// constants
static const mp_rom_obj_tuple_t const_obj_pkg___init___0 = {{&mp_type_tuple}, 3, {
    MP_ROM_INT(1),
    MP_ROM_INT(28),
    MP_ROM_QSTR(MP_QSTR_first_space_cut),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_pkg___init__[1] = {
    MP_ROM_PTR(&const_obj_pkg___init___0),
};

static const mp_frozen_module_t frozen_module_pkg___init__ = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_pkg___init__,
        .obj_table = (mp_obj_t *)&const_obj_table_data_pkg___init__,
    },
    .rc = &raw_code_pkg___init____lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "many.py\0"
    "pkg/__init__.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_many,
    &frozen_module_pkg___init__,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("many", "many.py")
MICROPY_FROZEN_LIST_ITEM("pkg", "pkg/__init__.py")
#endif

/*
byte sizes:
qstr content: 62 unique, 577 bytes
bc content: 455
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 11 * 4 = 176
mp_frozen_mpy_names_content: 25
mp_frozen_mpy_content_size: 8
total: 1245
*/
