#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 1
#error "incompatible MICROPY_LONGINT_IMPL"
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
    MP_QSTR_A = MP_QSTRnumber_of,
    MP_QSTR_B,
    MP_QSTR_C,
    MP_QSTR_D,
    MP_QSTR_longlong_dot_py,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    228,
    231,
    230,
    225,
    130,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    1,
    1,
    11,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    5, // allocated entries
    5, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "A",
        "B",
        "C",
        "D",
        "longlong.py",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module longlong
// - original source file: v1.24/longlong.mpy
// - frozen file name: longlong.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file longlong.py, scope longlong__lt_module_gt_
static const byte fun_data_longlong__lt_module_gt_[27] = {
    0x00,0x0a, // prelude
    0x01, // names: <module>
    0x20,0x26,0x24,0x24, // code info
    0x22,0x80,0xc0,0x00, // LOAD_CONST_SMALL_INT 8192
    0x16,0x02, // STORE_NAME 'A'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x03, // STORE_NAME 'B'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x04, // STORE_NAME 'C'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x16,0x05, // STORE_NAME 'D'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_longlong__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_longlong__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 27,
    .n_children = 0,
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
        .qstr_block_name_idx = 1,
        .line_info = fun_data_longlong__lt_module_gt_ + 3,
        .line_info_top = fun_data_longlong__lt_module_gt_ + 7,
        .opcodes = fun_data_longlong__lt_module_gt_ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_longlong__lt_module_gt_ fun_data_longlong__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_longlong[6] = {
    MP_QSTR_longlong_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_A,
    MP_QSTR_B,
    MP_QSTR_C,
    MP_QSTR_D,
};

// constants
static const mp_obj_int_t const_obj_longlong_0 = {{&mp_type_int}, -9223372036854775808};
static const mp_obj_int_t const_obj_longlong_1 = {{&mp_type_int}, 9223372036854775807};
static const mp_obj_int_t const_obj_longlong_2_0 = {{&mp_type_int}, 123456789};
static const mp_obj_int_t const_obj_longlong_2_1 = {{&mp_type_int}, -123456789};
static const mp_rom_obj_tuple_t const_obj_longlong_2 = {{&mp_type_tuple}, 2, {
    MP_ROM_PTR(&const_obj_longlong_2_0),
    MP_ROM_PTR(&const_obj_longlong_2_1),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_longlong[3] = {
    MP_ROM_PTR(&const_obj_longlong_0),
    MP_ROM_PTR(&const_obj_longlong_1),
    MP_ROM_PTR(&const_obj_longlong_2),
};

static const mp_frozen_module_t frozen_module_longlong = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_longlong,
        .obj_table = (mp_obj_t *)&const_obj_table_data_longlong,
    },
    .proto_fun = &proto_fun_longlong__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "longlong.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_longlong,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("longlong", "longlong.py")
#endif

/*
byte sizes:
qstr content: 5 unique, 30 bytes
bc content: 27
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 3 entries, 12 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 13
mp_frozen_mpy_content_size: 4
total: 102
*/
