mpy_source_file: control.mpy
source_file: control.py
header: 4d:06:00:1f
arch: NONE
qstr_table[23]:
    control.py
    <module>
    sys
    ab
    cd
    f
    read
    error
    done
    <listcomp>
    <dictcomp>
    <lambda>
    range
    x
    zip
    y
    z
    path
    open
    OSError
    print
    *
    q
obj_table: []
simple_name: <module>
  raw bytecode: 49 18:0c:01:66:84:11:2b:2e:80:51:1b:02:16:02:32:00:16:05:32:01:11:0c:8a:34:01:34:01:16:0d:32:02:11:0e:10:03:10:04:34:02:34:01:16:0f:32:03:16:10:51:63
  prelude: (4, 0, 0, 0, 0, 0)
  args: []
  line info: 66:84:11:2b:2e
  80          LOAD_CONST_SMALL_INT 0 
  51          LOAD_CONST_NONE 
  1b:02       IMPORT_NAME sys
  16:02       STORE_NAME sys
  32:00       MAKE_FUNCTION 0
  16:05       STORE_NAME f
  32:01       MAKE_FUNCTION 1
  11:0c       LOAD_NAME range
  8a          LOAD_CONST_SMALL_INT 10 
  34:01       CALL_FUNCTION 1
  34:01       CALL_FUNCTION 1
  16:0d       STORE_NAME x
  32:02       MAKE_FUNCTION 2
  11:0e       LOAD_NAME zip
  10:03       LOAD_CONST_STRING ab
  10:04       LOAD_CONST_STRING cd
  34:02       CALL_FUNCTION 2
  34:01       CALL_FUNCTION 1
  16:0f       STORE_NAME y
  32:03       MAKE_FUNCTION 3
  16:10       STORE_NAME z
  51          LOAD_CONST_NONE 
  63          RETURN_VALUE 
  children: [f, <listcomp>, <dictcomp>, <lambda>]
simple_name: f
  raw bytecode: 88 cd:02:1c:05:11:60:20:24:28:54:28:4c:28:20:23:42:24:49:32:48:13:12:12:b0:34:01:47:08:c1:b1:14:06:36:00:c2:51:5c:5d:4a:1c:57:12:13:df:44:55:c3:49:0b:12:14:10:07:b3:34:02:59:51:c2:51:51:c3:28:03:5d:4a:01:5d:51:12:14:10:08:34:01:59:5d:b2:44:42:42:44:42:40:42:37:b2:63
  prelude: (10, 3, 0, 1, 0, 0)
  args: ['path']
  line info: 60:20:24:28:54:28:4c:28:20:23:42:24
  49:32       SETUP_FINALLY 50
  48:13       SETUP_EXCEPT 19
  12:12       LOAD_GLOBAL open
  b0          LOAD_FAST 0 
  34:01       CALL_FUNCTION 1
  47:08       SETUP_WITH 8
  c1          STORE_FAST 1 
  b1          LOAD_FAST 1 
  14:06       LOAD_METHOD read
  36:00       CALL_METHOD 0
  c2          STORE_FAST 2 
  51          LOAD_CONST_NONE 
  5c          WITH_CLEANUP 
  5d          END_FINALLY 
  4a:1c       POP_EXCEPT_JUMP 28
  57          DUP_TOP 
  12:13       LOAD_GLOBAL OSError
  df          BINARY_OP 8 <exception match> 
  44:55       POP_JUMP_IF_FALSE 21
  c3          STORE_FAST 3 
  49:0b       SETUP_FINALLY 11
  12:14       LOAD_GLOBAL print
  10:07       LOAD_CONST_STRING error
  b3          LOAD_FAST 3 
  34:02       CALL_FUNCTION 2
  59          POP_TOP 
  51          LOAD_CONST_NONE 
  c2          STORE_FAST 2 
  51          LOAD_CONST_NONE 
  51          LOAD_CONST_NONE 
  c3          STORE_FAST 3 
  28:03       DELETE_FAST 3
  5d          END_FINALLY 
  4a:01       POP_EXCEPT_JUMP 1
  5d          END_FINALLY 
  51          LOAD_CONST_NONE 
  12:14       LOAD_GLOBAL print
  10:08       LOAD_CONST_STRING done
  34:01       CALL_FUNCTION 1
  59          POP_TOP 
  5d          END_FINALLY 
  b2          LOAD_FAST 2 
  44:42       POP_JUMP_IF_FALSE 2
  42:44       JUMP 4
  42:40       JUMP 0
  42:37       JUMP -9
  b2          LOAD_FAST 2 
  63          RETURN_VALUE 
  children: []
simple_name: <listcomp>
  raw bytecode: 24 41:08:09:15:80:14:2b:00:b0:5f:4b:0b:c1:b1:82:f8:44:38:b1:2f:14:42:33:63
  prelude: (9, 0, 0, 1, 0, 0)
  args: ['*']
  line info: 80:14
  2b:00       BUILD_LIST 0
  b0          LOAD_FAST 0 
  5f          GET_ITER_STACK 
  4b:0b       FOR_ITER 11
  c1          STORE_FAST 1 
  b1          LOAD_FAST 1 
  82          LOAD_CONST_SMALL_INT 2 
  f8          BINARY_OP 33 __mod__ 
  44:38       POP_JUMP_IF_FALSE -8
  b1          LOAD_FAST 1 
  2f:14       STORE_COMP 20
  42:33       JUMP -13
  63          RETURN_VALUE 
  children: []
simple_name: <dictcomp>
  raw bytecode: 23 49:08:0a:15:80:15:2c:00:b0:5f:4b:0a:30:02:c1:c2:b2:b1:2f:19:42:34:63
  prelude: (10, 0, 0, 1, 0, 0)
  args: ['*']
  line info: 80:15
  2c:00       BUILD_MAP 0
  b0          LOAD_FAST 0 
  5f          GET_ITER_STACK 
  4b:0a       FOR_ITER 10
  30:02       UNPACK_SEQUENCE 2
  c1          STORE_FAST 1 
  c2          STORE_FAST 2 
  b2          LOAD_FAST 2 
  b1          LOAD_FAST 1 
  2f:19       STORE_COMP 25
  42:34       JUMP -12
  63          RETURN_VALUE 
  children: []
simple_name: <lambda>
  raw bytecode: 12 09:08:0b:16:80:16:b0:46:02:12:02:63
  prelude: (2, 0, 0, 1, 0, 0)
  args: ['q']
  line info: 80:16
  b0          LOAD_FAST 0 
  46:02       JUMP_IF_FALSE_OR_POP 2
  12:02       LOAD_GLOBAL sys
  63          RETURN_VALUE 
  children: []
#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 8
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
    MP_QSTR_ab,
    MP_QSTR_cd,
    MP_QSTR_control_dot_py,
    MP_QSTR_done,
    MP_QSTR_error,
    MP_QSTR_f,
    MP_QSTR_path,
    MP_QSTR_q,
    MP_QSTR_sys,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_z,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    204,
    128,
    212,
    38,
    226,
    165,
    69,
    189,
    195,
    136,
    212,
    188,
    221,
    220,
    223,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    10,
    8,
    10,
    2,
    2,
    10,
    4,
    5,
    1,
    4,
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
    15, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "<dictcomp>",
        "<lambda>",
        "<listcomp>",
        "ab",
        "cd",
        "control.py",
        "done",
        "error",
        "f",
        "path",
        "q",
        "sys",
        "x",
        "y",
        "z",
    },
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
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "control.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_control,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("control", "control.py")
#endif

/*
byte sizes:
qstr content: 15 unique, 108 bytes
bc content: 196
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 0 entries, 0 bytes
raw code content: 5 * 4 = 80
mp_frozen_mpy_names_content: 12
mp_frozen_mpy_content_size: 4
total: 400
*/
