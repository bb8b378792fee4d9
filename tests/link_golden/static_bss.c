/* File-local (static) zero-initialised variables, which mpy_ld 1.28 refuses on x64 and
 * ARM ("bss variables can't be static", micropython#15943): mpyc link places them in the
 * text. Also a global one, which stays in bss. */
#include "natmod.h"

static mp_int_t counter;
static mp_int_t history[8];
mp_int_t static_bss_global;

static mp_obj_t bump(mp_obj_t by) {
    mp_int_t k = mp_obj_get_int(by);
    history[counter & 7] = k;
    counter += k;
    static_bss_global += 1;
    return mp_obj_new_int(counter * 100 + history[0] * 10 + static_bss_global);
}

static const mpyc_fun_obj_t bump_obj = {&mp_type_fun_builtin_1, bump};

mp_obj_t mpy_init(void *self, size_t n_args, size_t n_kw, mp_obj_t *args) {
    void *old = mp_fun_table.swap_globals(MPYC_GLOBALS(self));
    mp_store_global(MP_QSTR_bump, (mp_obj_t)&bump_obj);
    mp_fun_table.swap_globals(old);
    return mp_const_none;
}
