/* The second object file of the golden module: a global bss array and a helper. */
#include "natmod.h"

mp_int_t golden_calls[4];

mp_int_t golden_scale(mp_int_t x) {
    golden_calls[2] += 1;
    return x * 10 + (mp_int_t)sizeof(mp_obj_t);
}
