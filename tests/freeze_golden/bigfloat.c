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
    MP_QSTR_HUGE = MP_QSTRnumber_of,
    MP_QSTR_NEG_HUGE,
    MP_QSTR_TINY,
    MP_QSTR_bigfloat_dot_py,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    58,
    201,
    143,
    222,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    4,
    8,
    4,
    11,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    4, // allocated entries
    4, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "HUGE",
        "NEG_HUGE",
        "TINY",
        "bigfloat.py",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module bigfloat
// - original source file: bigfloat.mpy
// - frozen file name: bigfloat.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file bigfloat.py, scope bigfloat__lt_module_gt_
static const byte fun_data_bigfloat__lt_module_gt_[32] = {
    0x18,0x0a, // prelude
    0x01, // names: <module>
    0x20,0x24,0x24,0x24, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x02, // STORE_NAME 'HUGE'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x03, // STORE_NAME 'TINY'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x16,0x04, // STORE_NAME 'NEG_HUGE'
    0x11,0x05, // LOAD_NAME 'print'
    0x11,0x02, // LOAD_NAME 'HUGE'
    0x11,0x03, // LOAD_NAME 'TINY'
    0x11,0x04, // LOAD_NAME 'NEG_HUGE'
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_bigfloat__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_bigfloat__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 32,
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
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_bigfloat__lt_module_gt_ + 3,
        .line_info_top = fun_data_bigfloat__lt_module_gt_ + 7,
        .opcodes = fun_data_bigfloat__lt_module_gt_ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_bigfloat__lt_module_gt_ fun_data_bigfloat__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_bigfloat[6] = {
    MP_QSTR_bigfloat_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_HUGE,
    MP_QSTR_TINY,
    MP_QSTR_NEG_HUGE,
    MP_QSTR_print,
};

// constants
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_bigfloat_0 = {{&mp_type_float}, (mp_float_t)1e+100};
#define const_obj_bigfloat_0_macro MP_ROM_PTR(&const_obj_bigfloat_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_bigfloat_0_macro ((mp_rom_obj_t)(0x100000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_bigfloat_0_macro ((mp_rom_obj_t)(0xd4b649ad2594c37d))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_bigfloat_1 = {{&mp_type_float}, (mp_float_t)-1e-50};
#define const_obj_bigfloat_1_macro MP_ROM_PTR(&const_obj_bigfloat_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_bigfloat_1_macro ((mp_rom_obj_t)(0x100800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_bigfloat_1_macro ((mp_rom_obj_t)(0x13591ee7a4ad4b81f))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_bigfloat_2 = {{&mp_type_float}, (mp_float_t)-3.5e+300};
#define const_obj_bigfloat_2_macro MP_ROM_PTR(&const_obj_bigfloat_2)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_bigfloat_2_macro ((mp_rom_obj_t)(0x180000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_bigfloat_2_macro ((mp_rom_obj_t)(0x17e58e7b4f70066e8))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_bigfloat[3] = {
    const_obj_bigfloat_0_macro,
    const_obj_bigfloat_1_macro,
    const_obj_bigfloat_2_macro,
};

static const mp_frozen_module_t frozen_module_bigfloat = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_bigfloat,
        .obj_table = (mp_obj_t *)&const_obj_table_data_bigfloat,
    },
    .proto_fun = &proto_fun_bigfloat__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "bigfloat.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_bigfloat,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("bigfloat", "bigfloat.py")
#endif

/*
byte sizes:
qstr content: 4 unique, 39 bytes
bc content: 32
const str content: 0
const int content: 0
const obj content: 36
const table qstr content: 0 entries, 0 bytes
const table ptr content: 3 entries, 12 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 13
mp_frozen_mpy_content_size: 4
total: 152
*/
