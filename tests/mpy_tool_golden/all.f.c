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
    MP_QSTR__lt_dictcomp_gt_ = MP_QSTRnumber_of,
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_Base,
    MP_QSTR_Child,
    MP_QSTR_a,
    MP_QSTR_ab,
    MP_QSTR_add,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_cd,
    MP_QSTR_classes_dot_py,
    MP_QSTR_control_dot_py,
    MP_QSTR_d,
    MP_QSTR_done,
    MP_QSTR_error,
    MP_QSTR_f,
    MP_QSTR_funcs_dot_py,
    MP_QSTR_gen,
    MP_QSTR_inner,
    MP_QSTR_k,
    MP_QSTR_n,
    MP_QSTR_nat,
    MP_QSTR_native_dot_py,
    MP_QSTR_outer,
    MP_QSTR_path,
    MP_QSTR_plain,
    MP_QSTR_q,
    MP_QSTR_s,
    MP_QSTR_sys,
    MP_QSTR_v,
    MP_QSTR_vip,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_z,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    204,
    128,
    212,
    208,
    111,
    196,
    38,
    68,
    199,
    198,
    226,
    218,
    165,
    193,
    69,
    189,
    195,
    47,
    41,
    123,
    206,
    203,
    254,
    35,
    220,
    136,
    63,
    212,
    214,
    188,
    211,
    234,
    221,
    220,
    223,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    10,
    8,
    10,
    4,
    5,
    1,
    2,
    3,
    1,
    1,
    2,
    10,
    10,
    1,
    4,
    5,
    1,
    8,
    3,
    5,
    1,
    1,
    3,
    9,
    5,
    4,
    5,
    1,
    1,
    3,
    1,
    3,
    1,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    35, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "<dictcomp>",
        "<lambda>",
        "<listcomp>",
        "Base",
        "Child",
        "a",
        "ab",
        "add",
        "b",
        "c",
        "cd",
        "classes.py",
        "control.py",
        "d",
        "done",
        "error",
        "f",
        "funcs.py",
        "gen",
        "inner",
        "k",
        "n",
        "nat",
        "native.py",
        "outer",
        "path",
        "plain",
        "q",
        "s",
        "sys",
        "v",
        "vip",
        "x",
        "y",
        "z",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module funcs
// - original source file: funcs.mpy
// - frozen file name: funcs.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file funcs.py, scope funcs__lt_module_gt_
static const byte fun_data_funcs__lt_module_gt_[63] = {
    0x20,0x0e, // prelude
    0x01, // names: <module>
    0x6d,0x20,0x64,0x40,0x84,0x0b, // code info
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2a,0x01, // BUILD_TUPLE 1
    0x2c,0x00, // BUILD_MAP 0
    0x84, // LOAD_CONST_SMALL_INT 4
    0x10,0x02, // LOAD_CONST_STRING 'd'
    0x62, // STORE_MAP
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x04, // STORE_NAME 'add'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x05, // STORE_NAME 'gen'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x06, // STORE_NAME 'outer'
    0x11,0x08, // LOAD_NAME 'print'
    0x11,0x04, // LOAD_NAME 'add'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x10,0x03, // LOAD_CONST_STRING 'c'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x82,0x01, // CALL_FUNCTION 257
    0x11,0x09, // LOAD_NAME 'list'
    0x11,0x05, // LOAD_NAME 'gen'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x06, // LOAD_NAME 'outer'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_add
static const byte fun_data_funcs_add[20] = {
    0xba,0x81,0xc8,0xc0,0x40,0x0c, // prelude
    0x04,0x0a,0x0b,0x02,0x03, // names: add, a, b, d, c
    0x20, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0xf2, // BINARY_OP 27 __add__
    0xb3, // LOAD_FAST 3
    0xf2, // BINARY_OP 27 __add__
    0xb2, // LOAD_FAST 2
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_funcs_add = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_funcs_add,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 20,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 14,
        .n_pos_args = 2,
        .n_kwonly_args = 2,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_funcs_add + 11,
        .line_info_top = fun_data_funcs_add + 12,
        .opcodes = fun_data_funcs_add + 12,
    },
    #endif
    #endif
};
#else
#define proto_fun_funcs_add fun_data_funcs_add[0]
#endif

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_gen
static const byte fun_data_funcs_gen[30] = {
    0xa9,0x40,0x0a, // prelude
    0x05,0x0c, // names: gen, n
    0x60,0x40,0x26, // code info
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x49, // JUMP 9
    0x57, // DUP_TOP
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x82, // LOAD_CONST_SMALL_INT 2
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
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_funcs_gen = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_funcs_gen,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 30,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_funcs_gen + 5,
        .line_info_top = fun_data_funcs_gen + 8,
        .opcodes = fun_data_funcs_gen + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_funcs_gen fun_data_funcs_gen[0]
#endif

// child of funcs__lt_module_gt_
// frozen bytecode for file funcs.py, scope funcs_outer
static const byte fun_data_funcs_outer[22] = {
    0x21,0x0f, // prelude
    0x06,0x0d, // names: outer, x
    0x80,0x0a,0x45,0x65,0x40,0x02, // code info
    0xb0, // LOAD_FAST 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0xf2, // BINARY_OP 27 __add__
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
    0x07,0x0e,0x0f, // names: inner, *, z
    0x80,0x0d,0x20,0x26, // code info
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0xe5, // BINARY_OP 14 __iadd__
    0x27,0x00, // STORE_DEREF 0
    0x25,0x00, // LOAD_DEREF 0
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_funcs_outer_inner = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_funcs_outer_inner,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 7,
        .line_info = fun_data_funcs_outer_inner + 5,
        .line_info_top = fun_data_funcs_outer_inner + 9,
        .opcodes = fun_data_funcs_outer_inner + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_funcs_outer_inner fun_data_funcs_outer_inner[0]
#endif

static const mp_raw_code_t *const children_funcs_outer[] = {
    (const mp_raw_code_t *)&proto_fun_funcs_outer_inner,
};

static const mp_raw_code_truncated_t proto_fun_funcs_outer = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_funcs_outer,
    .children = (void *)&children_funcs_outer,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 22,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
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
    #endif
    #endif
};

static const mp_raw_code_t *const children_funcs__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_funcs_add,
    (const mp_raw_code_t *)&proto_fun_funcs_gen,
    (const mp_raw_code_t *)&proto_fun_funcs_outer,
};

static const mp_raw_code_truncated_t proto_fun_funcs__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_funcs__lt_module_gt_,
    .children = (void *)&children_funcs__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 63,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_funcs__lt_module_gt_ + 3,
        .line_info_top = fun_data_funcs__lt_module_gt_ + 9,
        .opcodes = fun_data_funcs__lt_module_gt_ + 9,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_funcs[16] = {
    MP_QSTR_funcs_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_d,
    MP_QSTR_c,
    MP_QSTR_add,
    MP_QSTR_gen,
    MP_QSTR_outer,
    MP_QSTR_inner,
    MP_QSTR_print,
    MP_QSTR_list,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_n,
    MP_QSTR_x,
    MP_QSTR__star_,
    MP_QSTR_z,
};

static const mp_frozen_module_t frozen_module_funcs = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_funcs,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_funcs__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module classes
// - original source file: classes.mpy
// - frozen file name: classes.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file classes.py, scope classes__lt_module_gt_
static const byte fun_data_classes__lt_module_gt_[53] = {
    0x28,0x0a, // prelude
    0x01, // names: <module>
    0x89,0x0a,0x8b,0x09, // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'Base'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'Base'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x01, // MAKE_FUNCTION 1
    0x10,0x03, // LOAD_CONST_STRING 'Child'
    0x11,0x02, // LOAD_NAME 'Base'
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x03, // STORE_NAME 'Child'
    0x11,0x09, // LOAD_NAME 'print'
    0x11,0x03, // LOAD_NAME 'Child'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x14,0x04, // LOAD_METHOD 'get'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x03, // LOAD_NAME 'Child'
    0x14,0x05, // LOAD_METHOD 's'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0x2b,0x02, // BUILD_LIST 2
    0x36,0x01, // CALL_METHOD 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Base
static const byte fun_data_classes_Base[27] = {
    0x00,0x08, // prelude
    0x02, // names: Base
    0x28,0x43,0x64, // code info
    0x11,0x0a, // LOAD_NAME '__name__'
    0x16,0x0b, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'Base'
    0x16,0x0c, // STORE_NAME '__qualname__'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x16,0x0d, // STORE_NAME 'k'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x06, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'get'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes_Base
// frozen bytecode for file classes.py, scope classes_Base___init__
static const byte fun_data_classes_Base___init__[13] = {
    0x1a,0x0a, // prelude
    0x06,0x0f,0x07, // names: __init__, self, v
    0x60,0x20, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x07, // STORE_ATTR 'v'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Base___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Base___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_classes_Base___init__ + 5,
        .line_info_top = fun_data_classes_Base___init__ + 7,
        .opcodes = fun_data_classes_Base___init__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Base___init__ fun_data_classes_Base___init__[0]
#endif

// child of classes_Base
// frozen bytecode for file classes.py, scope classes_Base_get
static const byte fun_data_classes_Base_get[10] = {
    0x09,0x08, // prelude
    0x04,0x0f, // names: get, self
    0x80,0x07, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x07, // LOAD_ATTR 'v'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Base_get = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Base_get,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 10,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_classes_Base_get + 4,
        .line_info_top = fun_data_classes_Base_get + 6,
        .opcodes = fun_data_classes_Base_get + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Base_get fun_data_classes_Base_get[0]
#endif

static const mp_raw_code_t *const children_classes_Base[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Base___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Base_get,
};

static const mp_raw_code_truncated_t proto_fun_classes_Base = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Base,
    .children = (void *)&children_classes_Base,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 27,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_classes_Base + 3,
        .line_info_top = fun_data_classes_Base + 6,
        .opcodes = fun_data_classes_Base + 6,
    },
    #endif
    #endif
};

// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Child
static const byte fun_data_classes_Child[31] = {
    0x10,0x09, // prelude
    0x03, // names: Child
    0x88,0x0b,0x66,0x00, // code info
    0x11,0x0a, // LOAD_NAME '__name__'
    0x16,0x0b, // STORE_NAME '__module__'
    0x10,0x03, // LOAD_CONST_STRING 'Child'
    0x16,0x0c, // STORE_NAME '__qualname__'
    0xb0, // LOAD_FAST 0
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0x16,0x04, // STORE_NAME 'get'
    0x11,0x0e, // LOAD_NAME 'staticmethod'
    0x32,0x01, // MAKE_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x05, // STORE_NAME 's'
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of classes_Child
// frozen bytecode for file classes.py, scope classes_Child_get
static const byte fun_data_classes_Child_get[19] = {
    0x22,0x0a, // prelude
    0x04,0x10,0x0f, // names: get, *, self
    0x80,0x0c, // code info
    0x12,0x11, // LOAD_GLOBAL 'super'
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0x15,0x04, // LOAD_SUPER_METHOD 'get'
    0x36,0x00, // CALL_METHOD 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf4, // BINARY_OP 29 __mul__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Child_get = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Child_get,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_classes_Child_get + 5,
        .line_info_top = fun_data_classes_Child_get + 7,
        .opcodes = fun_data_classes_Child_get + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Child_get fun_data_classes_Child_get[0]
#endif

// child of classes_Child
// frozen bytecode for file classes.py, scope classes_Child_s
static const byte fun_data_classes_Child_s[12] = {
    0x11,0x08, // prelude
    0x05,0x12, // names: s, x
    0x80,0x10, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
// child of classes_Child_s
// frozen bytecode for file classes.py, scope classes_Child_s__lt_listcomp_gt_
static const byte fun_data_classes_Child_s__lt_listcomp_gt_[22] = {
    0x39,0x08, // prelude
    0x08,0x10, // names: <listcomp>, *
    0x80,0x10, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x09, // FOR_ITER 9
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x44,0x3a, // POP_JUMP_IF_FALSE -6
    0xb1, // LOAD_FAST 1
    0x2f,0x14, // STORE_COMP 20
    0x42,0x35, // JUMP -11
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Child_s__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Child_s__lt_listcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 22,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 8,
        .line_info = fun_data_classes_Child_s__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_classes_Child_s__lt_listcomp_gt_ + 6,
        .opcodes = fun_data_classes_Child_s__lt_listcomp_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Child_s__lt_listcomp_gt_ fun_data_classes_Child_s__lt_listcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_classes_Child_s[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Child_s__lt_listcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_classes_Child_s = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Child_s,
    .children = (void *)&children_classes_Child_s,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 12,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_classes_Child_s + 4,
        .line_info_top = fun_data_classes_Child_s + 6,
        .opcodes = fun_data_classes_Child_s + 6,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_classes_Child[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Child_get,
    (const mp_raw_code_t *)&proto_fun_classes_Child_s,
};

static const mp_raw_code_truncated_t proto_fun_classes_Child = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Child,
    .children = (void *)&children_classes_Child,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 31,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_classes_Child + 3,
        .line_info_top = fun_data_classes_Child + 6,
        .opcodes = fun_data_classes_Child + 7,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_classes__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Base,
    (const mp_raw_code_t *)&proto_fun_classes_Child,
};

static const mp_raw_code_truncated_t proto_fun_classes__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes__lt_module_gt_,
    .children = (void *)&children_classes__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 53,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_classes__lt_module_gt_ + 3,
        .line_info_top = fun_data_classes__lt_module_gt_ + 7,
        .opcodes = fun_data_classes__lt_module_gt_ + 7,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_classes[19] = {
    MP_QSTR_classes_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Base,
    MP_QSTR_Child,
    MP_QSTR_get,
    MP_QSTR_s,
    MP_QSTR___init__,
    MP_QSTR_v,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_print,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_k,
    MP_QSTR_staticmethod,
    MP_QSTR_self,
    MP_QSTR__star_,
    MP_QSTR_super,
    MP_QSTR_x,
};

static const mp_frozen_module_t frozen_module_classes = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_classes,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_classes__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module control
// - original source file: control.mpy
// - frozen file name: control.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file control.py, scope control__lt_module_gt_
static const byte fun_data_control__lt_module_gt_[49] = {
    0x18,0x0c, // prelude
    0x01, // names: <module>
    0x66,0x84,0x11,0x2b,0x2e, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'sys'
    0x16,0x02, // STORE_NAME 'sys'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x05, // STORE_NAME 'f'
    0x32,0x01, // MAKE_FUNCTION 1
    0x11,0x0c, // LOAD_NAME 'range'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x0d, // STORE_NAME 'x'
    0x32,0x02, // MAKE_FUNCTION 2
    0x11,0x0e, // LOAD_NAME 'zip'
    0x10,0x03, // LOAD_CONST_STRING 'ab'
    0x10,0x04, // LOAD_CONST_STRING 'cd'
    0x34,0x02, // CALL_FUNCTION 2
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x0f, // STORE_NAME 'y'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x10, // STORE_NAME 'z'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of control__lt_module_gt_
// frozen bytecode for file control.py, scope control_f
static const byte fun_data_control_f[88] = {
    0xcd,0x02,0x1c, // prelude
    0x05,0x11, // names: f, path
    0x60,0x20,0x24,0x28,0x54,0x28,0x4c,0x28,0x20,0x23,0x42,0x24, // code info
    0x49,0x32, // SETUP_FINALLY 50
    0x48,0x13, // SETUP_EXCEPT 19
    0x12,0x12, // LOAD_GLOBAL 'open'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x47,0x08, // SETUP_WITH 8
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x14,0x06, // LOAD_METHOD 'read'
    0x36,0x00, // CALL_METHOD 0
    0xc2, // STORE_FAST 2
    0x51, // LOAD_CONST_NONE
    0x5c, // WITH_CLEANUP
    0x5d, // END_FINALLY
    0x4a,0x1c, // POP_EXCEPT_JUMP 28
    0x57, // DUP_TOP
    0x12,0x13, // LOAD_GLOBAL 'OSError'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x55, // POP_JUMP_IF_FALSE 21
    0xc3, // STORE_FAST 3
    0x49,0x0b, // SETUP_FINALLY 11
    0x12,0x14, // LOAD_GLOBAL 'print'
    0x10,0x07, // LOAD_CONST_STRING 'error'
    0xb3, // LOAD_FAST 3
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0xc2, // STORE_FAST 2
    0x51, // LOAD_CONST_NONE
    0x51, // LOAD_CONST_NONE
    0xc3, // STORE_FAST 3
    0x28,0x03, // DELETE_FAST 3
    0x5d, // END_FINALLY
    0x4a,0x01, // POP_EXCEPT_JUMP 1
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x12,0x14, // LOAD_GLOBAL 'print'
    0x10,0x08, // LOAD_CONST_STRING 'done'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x5d, // END_FINALLY
    0xb2, // LOAD_FAST 2
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x44, // JUMP 4
    0x42,0x40, // JUMP 0
    0x42,0x37, // JUMP -9
    0xb2, // LOAD_FAST 2
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_control_f = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_control_f,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 88,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 10,
        .n_exc_stack = 3,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_control_f + 5,
        .line_info_top = fun_data_control_f + 17,
        .opcodes = fun_data_control_f + 17,
    },
    #endif
    #endif
};
#else
#define proto_fun_control_f fun_data_control_f[0]
#endif

// child of control__lt_module_gt_
// frozen bytecode for file control.py, scope control__lt_listcomp_gt_
static const byte fun_data_control__lt_listcomp_gt_[24] = {
    0x41,0x08, // prelude
    0x09,0x15, // names: <listcomp>, *
    0x80,0x14, // code info
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
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_control__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_control__lt_listcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 9,
        .line_info = fun_data_control__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_control__lt_listcomp_gt_ + 6,
        .opcodes = fun_data_control__lt_listcomp_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_control__lt_listcomp_gt_ fun_data_control__lt_listcomp_gt_[0]
#endif

// child of control__lt_module_gt_
// frozen bytecode for file control.py, scope control__lt_dictcomp_gt_
static const byte fun_data_control__lt_dictcomp_gt_[23] = {
    0x49,0x08, // prelude
    0x0a,0x15, // names: <dictcomp>, *
    0x80,0x15, // code info
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
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_control__lt_dictcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_control__lt_dictcomp_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 23,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 10,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_control__lt_dictcomp_gt_ + 4,
        .line_info_top = fun_data_control__lt_dictcomp_gt_ + 6,
        .opcodes = fun_data_control__lt_dictcomp_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_control__lt_dictcomp_gt_ fun_data_control__lt_dictcomp_gt_[0]
#endif

// child of control__lt_module_gt_
// frozen bytecode for file control.py, scope control__lt_lambda_gt_
static const byte fun_data_control__lt_lambda_gt_[12] = {
    0x09,0x08, // prelude
    0x0b,0x16, // names: <lambda>, q
    0x80,0x16, // code info
    0xb0, // LOAD_FAST 0
    0x46,0x02, // JUMP_IF_FALSE_OR_POP 2
    0x12,0x02, // LOAD_GLOBAL 'sys'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_control__lt_lambda_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_control__lt_lambda_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 12,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 11,
        .line_info = fun_data_control__lt_lambda_gt_ + 4,
        .line_info_top = fun_data_control__lt_lambda_gt_ + 6,
        .opcodes = fun_data_control__lt_lambda_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_control__lt_lambda_gt_ fun_data_control__lt_lambda_gt_[0]
#endif

static const mp_raw_code_t *const children_control__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_control_f,
    (const mp_raw_code_t *)&proto_fun_control__lt_listcomp_gt_,
    (const mp_raw_code_t *)&proto_fun_control__lt_dictcomp_gt_,
    (const mp_raw_code_t *)&proto_fun_control__lt_lambda_gt_,
};

static const mp_raw_code_truncated_t proto_fun_control__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_control__lt_module_gt_,
    .children = (void *)&children_control__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 49,
    .n_children = 4,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_control__lt_module_gt_ + 3,
        .line_info_top = fun_data_control__lt_module_gt_ + 8,
        .opcodes = fun_data_control__lt_module_gt_ + 8,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_control[23] = {
    MP_QSTR_control_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_sys,
    MP_QSTR_ab,
    MP_QSTR_cd,
    MP_QSTR_f,
    MP_QSTR_read,
    MP_QSTR_error,
    MP_QSTR_done,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR__lt_dictcomp_gt_,
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR_range,
    MP_QSTR_x,
    MP_QSTR_zip,
    MP_QSTR_y,
    MP_QSTR_z,
    MP_QSTR_path,
    MP_QSTR_open,
    MP_QSTR_OSError,
    MP_QSTR_print,
    MP_QSTR__star_,
    MP_QSTR_q,
};

static const mp_frozen_module_t frozen_module_control = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_control,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_control__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module native
// - original source file: native.mpy
// - frozen file name: native.py
// - .mpy header: 4d:06:0b:1f

// frozen bytecode for file native.py, scope native__lt_module_gt_
static const byte fun_data_native__lt_module_gt_[28] = {
    0x08,0x0c, // prelude
    0x01, // names: <module>
    0x66,0x64,0x40,0x64,0x40, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'micropython'
    0x16,0x02, // STORE_NAME 'micropython'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME 'nat'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'vip'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x05, // STORE_NAME 'plain'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_nat
static const byte fun_data_native_nat[133] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x83,
    0xec, 0x48, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b, 0x6d, 0x10, 0x48, 0x8b, 0x6d, 0x18, 0x48, 0x8b,
    0x6d, 0x00, 0x48, 0x89, 0x3c, 0x24, 0xbf, 0x04, 0x00, 0x00, 0x00, 0x48, 0x89, 0x7c, 0x24, 0x18,
    0x48, 0x89, 0xe7, 0x48, 0x8b, 0x85, 0x68, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x48, 0x8b, 0x5c, 0x24,
    0x40, 0x4c, 0x8b, 0x64, 0x24, 0x38, 0x4c, 0x89, 0xe2, 0x48, 0x89, 0xde, 0xbf, 0x1d, 0x00, 0x00,
    0x00, 0x48, 0x8b, 0x85, 0x90, 0x00, 0x00, 0x00, 0xff, 0xd0, 0xba, 0x03, 0x00, 0x00, 0x00, 0x48,
    0x89, 0xc6, 0xbf, 0x1b, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x85, 0x90, 0x00, 0x00, 0x00, 0xff, 0xd0,
    0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xec, 0xb8, 0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3,
    0x1a, 0x06, 0x03, 0x06, 0x07,
};
#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE
static const byte fun_data_native_nat_prelude[5] = { 0x1a, 0x06, 0x03, 0x06, 0x07,};
#define fun_data_native_nat_prelude_macro &fun_data_native_nat_prelude[0]
#else
#define fun_data_native_nat_prelude_macro &fun_data_native_nat[128]
#endif
static const mp_raw_code_truncated_t proto_fun_native_nat = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_PY,
    .is_generator = 0,
    .fun_data = fun_data_native_nat,
    .children = (void *)fun_data_native_nat_prelude_macro,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 133,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 128,
    #endif
    #endif
};

// child of native__lt_module_gt_

// frozen native code for file native.py, scope native_native_dot_py
static const byte fun_data_native_native_dot_py[130] __attribute__((section(".text,\"ax\",@progbits # "))) = {
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x48, 0x83, 0xec, 0x18, 0x48, 0x8b, 0x6f, 0x08, 0x4c, 0x8b,
    0x6d, 0x10, 0x48, 0x8b, 0x6d, 0x18, 0x48, 0x8b, 0x6d, 0x00, 0x48, 0x89, 0xf7, 0x48, 0x89, 0xd6,
    0x49, 0x89, 0xcc, 0x84, 0xf6, 0x0f, 0x85, 0x0e, 0x00, 0x00, 0x00, 0xba, 0x01, 0x00, 0x00, 0x00,
    0x48, 0x39, 0xfa, 0x0f, 0x84, 0x0e, 0x00, 0x00, 0x00, 0xba, 0x02, 0x00, 0x02, 0x00, 0x48, 0x8b,
    0x85, 0x60, 0x01, 0x00, 0x00, 0xff, 0xd0, 0x49, 0x8b, 0x3c, 0x24, 0xbe, 0x02, 0x00, 0x00, 0x00,
    0x48, 0x8b, 0x45, 0x18, 0xff, 0xd0, 0x48, 0x89, 0xc3, 0xb9, 0x02, 0x00, 0x00, 0x00, 0x48, 0x89,
    0xd8, 0x48, 0xd3, 0xe0, 0x48, 0x89, 0xc7, 0xbe, 0x02, 0x00, 0x00, 0x00, 0x48, 0x8b, 0x45, 0x20,
    0xff, 0xd0, 0xe9, 0x00, 0x00, 0x00, 0x00, 0x48, 0x83, 0xec, 0xe8, 0x41, 0x5d, 0x41, 0x5c, 0x5b,
    0x5d, 0xc3,
};
static const mp_raw_code_truncated_t proto_fun_native_native_dot_py = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_NATIVE_VIPER,
    .is_generator = 0,
    .fun_data = fun_data_native_native_dot_py,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 130,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #endif
};

// child of native__lt_module_gt_
// frozen bytecode for file native.py, scope native_plain
static const byte fun_data_native_plain[13] = {
    0x19,0x08, // prelude
    0x05,0x08, // names: plain, n
    0x80,0x0e, // code info
    0x12,0x03, // LOAD_GLOBAL 'nat'
    0xb0, // LOAD_FAST 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x02, // CALL_FUNCTION 2
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_native_plain = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_native_plain,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_native_plain + 4,
        .line_info_top = fun_data_native_plain + 6,
        .opcodes = fun_data_native_plain + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_native_plain fun_data_native_plain[0]
#endif

static const mp_raw_code_t *const children_native__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_native_nat,
    (const mp_raw_code_t *)&proto_fun_native_native_dot_py,
    (const mp_raw_code_t *)&proto_fun_native_plain,
};

static const mp_raw_code_truncated_t proto_fun_native__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_native__lt_module_gt_,
    .children = (void *)&children_native__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 28,
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
        .line_info = fun_data_native__lt_module_gt_ + 3,
        .line_info_top = fun_data_native__lt_module_gt_ + 8,
        .opcodes = fun_data_native__lt_module_gt_ + 8,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_native[9] = {
    MP_QSTR_native_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_micropython,
    MP_QSTR_nat,
    MP_QSTR_vip,
    MP_QSTR_plain,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_n,
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
    "funcs.py\0"
    "classes.py\0"
    "control.py\0"
    "native.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_funcs,
    &frozen_module_classes,
    &frozen_module_control,
    &frozen_module_native,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("funcs", "funcs.py")
MICROPY_FROZEN_LIST_ITEM("classes", "classes.py")
MICROPY_FROZEN_LIST_ITEM("control", "control.py")
MICROPY_FROZEN_LIST_ITEM("native", "native.py")
#endif

/*
byte sizes:
qstr content: 35 unique, 239 bytes
bc content: 577
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 22 * 4 = 352
mp_frozen_mpy_names_content: 42
mp_frozen_mpy_content_size: 16
total: 1230
*/
