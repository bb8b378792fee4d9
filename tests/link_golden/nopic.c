/* Compiled without -fpic for rv32imc: absolute addressing (R_RISCV_HI20) of small
 * read-only data (.srodata), which mpy_ld mislinks and mpyc link refuses. */
#include "natmod.h"

static const int table[2] = {15, 25};

static mp_obj_t get(mp_obj_t i) {
    return mp_obj_new_int(table[mp_obj_get_int(i) & 1]);
}

static const mpyc_fun_obj_t get_obj = {&mp_type_fun_builtin_1, get};

mp_obj_t mpy_init(void *self, size_t n_args, size_t n_kw, mp_obj_t *args) {
    void *old = mp_fun_table.swap_globals(MPYC_GLOBALS(self));
    mp_store_global(MP_QSTR_add, (mp_obj_t)&get_obj);
    mp_fun_table.swap_globals(old);
    return mp_const_none;
}
