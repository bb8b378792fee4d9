/* The part of MicroPython's native-module ABI (1.28, .mpy 6.3) that golden.c uses,
 * written for mpyc's link tests from the documented facts: mp_obj_t is a machine word,
 * functions are reached through mp_fun_table (entry indices below), qstrs come from the
 * config header that `mpyc link --preprocess` writes (MP_QSTR_name), and builtin
 * function objects are {type, function} pairs whose type is a fun_table entry.
 * MP_CONFIGFILE names that header. */
#ifndef MPYC_NATMOD_H
#define MPYC_NATMOD_H

#include <stddef.h>
#include MP_CONFIGFILE

typedef void *mp_obj_t;
typedef size_t qstr;
typedef struct mpyc_obj_type mp_obj_type_t; /* opaque */

/* mp_native_type: what native_from_obj/native_to_obj convert. */
#define MPYC_NATIVE_TYPE_INT (2)

/* mp_fun_table, by entry index. */
struct mpyc_fun_table {
    mp_obj_t const_none;                                /* 0 */
    mp_obj_t const_false;                               /* 1 */
    mp_obj_t const_true;                                /* 2 */
    mp_uint_t (*native_from_obj)(mp_obj_t, mp_uint_t);  /* 3 */
    mp_obj_t (*native_to_obj)(mp_uint_t, mp_uint_t);    /* 4 */
    void *(*swap_globals)(void *);                      /* 5 */
    void *unused_6_12[7];
    void (*store_global)(qstr, mp_obj_t);               /* 13 */
    void *unused_14_18[5];
    mp_obj_t (*new_tuple)(size_t, const mp_obj_t *);    /* 19 */
    mp_obj_t (*new_list)(size_t, mp_obj_t *);           /* 20 */
    void *unused_21_23[3];
    mp_obj_t (*list_append)(mp_obj_t, mp_obj_t);        /* 24 */
    void *unused_25_56[32];
    mp_obj_t (*obj_new_str)(const char *, size_t);      /* 57 */
    void *unused_58_72[15];
    const mp_obj_type_t *type_type;                     /* 73 */
};
extern const struct mpyc_fun_table mp_fun_table;

/* Types exported through mp_fun_table (entries 73 on); the linker resolves them. */
extern const mp_obj_type_t mp_type_fun_builtin_0;
extern const mp_obj_type_t mp_type_fun_builtin_1;
extern const mp_obj_type_t mp_type_fun_builtin_2;

/* A builtin function object: {type, function}. */
typedef struct {
    const mp_obj_type_t *type;
    const void *fun;
} mpyc_fun_obj_t;

#define mp_const_none (mp_fun_table.const_none)
#define mp_obj_get_int(o) ((mp_int_t)mp_fun_table.native_from_obj((o), MPYC_NATIVE_TYPE_INT))
#define mp_obj_new_int(i) (mp_fun_table.native_to_obj((mp_uint_t)(i), MPYC_NATIVE_TYPE_INT))
#define mp_obj_new_str(s, n) (mp_fun_table.obj_new_str((s), (n)))
#define mp_obj_new_tuple(n, items) (mp_fun_table.new_tuple((n), (items)))
#define mp_obj_new_list(n, items) (mp_fun_table.new_list((n), (items)))
#define mp_obj_list_append(l, x) (mp_fun_table.list_append((l), (x)))
#define mp_store_global(q, o) (mp_fun_table.store_global((q), (o)))

/* mpy_init's first argument is the module function: word 1 is its module context,
 * whose word 1 is the module's globals dict. */
#define MPYC_GLOBALS(self) (((void *const *const *)(self))[1][1])

#endif
