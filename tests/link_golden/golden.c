/* A native module for mpyc's link tests: functions calling the runtime, read-only data
 * (a table and strings), a global zero-initialised buffer (bss, through the GOT), a
 * helper in a second object file (helper.c), and qstrs. */
#include "natmod.h"

/* In helper.c. */
mp_int_t golden_scale(mp_int_t x);
extern mp_int_t golden_calls[4];

static const unsigned short primes[8] = {2, 3, 5, 7, 11, 13, 17, 19};
static const struct {
    const char *text;
    unsigned char len;
} words[4] = {{"zero", 4}, {"one", 3}, {"two", 3}, {"many", 4}};

static mp_obj_t add(mp_obj_t a, mp_obj_t b) {
    golden_calls[0] += 1;
    return mp_obj_new_int(mp_obj_get_int(a) + mp_obj_get_int(b));
}

static mp_obj_t prime(mp_obj_t i) {
    golden_calls[1] += 1;
    return mp_obj_new_int(primes[mp_obj_get_int(i) & 7]);
}

static mp_obj_t word(mp_obj_t i) {
    mp_int_t k = mp_obj_get_int(i);
    if (k < 0 || k > 3) {
        k = 3;
    }
    return mp_obj_new_str(words[k].text, words[k].len);
}

static mp_obj_t scaled(mp_obj_t x) {
    return mp_obj_new_int(golden_scale(mp_obj_get_int(x)));
}

static mp_obj_t calls(void) {
    mp_obj_t items[4];
    for (int k = 0; k < 4; k++) {
        items[k] = mp_obj_new_int(golden_calls[k]);
    }
    return mp_obj_new_tuple(4, items);
}

static const mpyc_fun_obj_t add_obj = {&mp_type_fun_builtin_2, add};
static const mpyc_fun_obj_t prime_obj = {&mp_type_fun_builtin_1, prime};
static const mpyc_fun_obj_t word_obj = {&mp_type_fun_builtin_1, word};
static const mpyc_fun_obj_t scaled_obj = {&mp_type_fun_builtin_1, scaled};
static const mpyc_fun_obj_t calls_obj = {&mp_type_fun_builtin_0, calls};

mp_obj_t mpy_init(void *self, size_t n_args, size_t n_kw, mp_obj_t *args) {
    void *old = mp_fun_table.swap_globals(MPYC_GLOBALS(self));
    mp_store_global(MP_QSTR_add, (mp_obj_t)&add_obj);
    mp_store_global(MP_QSTR_prime, (mp_obj_t)&prime_obj);
    mp_store_global(MP_QSTR_word, (mp_obj_t)&word_obj);
    mp_store_global(MP_QSTR_scaled, (mp_obj_t)&scaled_obj);
    mp_store_global(MP_QSTR_calls, (mp_obj_t)&calls_obj);
    mp_store_global(MP_QSTR_golden_version, mp_obj_new_int(3));
    mp_fun_table.swap_globals(old);
    return mp_const_none;
}
