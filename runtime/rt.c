/* Process start-up of the runtime. */
#include <gc/gc.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "rt.h"
#include "slots.h"

extern uintptr_t kr_id_key;

/* GMP's limbs live on the GC heap: they hold no pointers, and GMP never needs to free them
 * itself for the GC to reclaim them. */
static void *gmp_alloc(size_t n) {
    void *p = GC_MALLOC_ATOMIC(n);
    if (!p)
        abort();   /* unreachable in practice: sizes are checked against the VM's cap first */
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = GC_REALLOC(p, n);
    if (!q)
        abort();
    return q;
}

static void gmp_free(void *p, size_t n) {
    (void)p;
    (void)n;
}

/* Every static type, in an order where bases come first. */
extern Type mappingproxy_type, generic_alias_type, union_type;

static Type *const static_types[] = {
    &object_type, &type_type, &none_type, &notimpl_type, &ellipsis_type, &int_type,
    &bool_type, &float_type, &str_type, &bytes_type, &bytearray_type, &list_type,
    &tuple_type, &dict_type, &set_type, &frozenset_type, &range_type, &slice_type,
    &function_type, &builtin_type, &method_type, &method_descr_type, &getset_descr_type,
    &member_descr_type,
    &slot_wrapper_type, &staticmethod_type, &classmethod_type, &property_type, &super_type,
    &cell_type, &module_type, &list_iter_type, &list_reviter_type, &tuple_iter_type,
    &dict_keys_type, &dict_values_type, &dict_items_type, &dict_keyiter_type,
    &dict_valueiter_type, &dict_itemiter_type, &set_iter_type, &str_iter_type,
    &enumerate_type, &zip_type, &map_type, &filter_type, &reversed_type, &seqiter_type,
    &calliter_type, &range_iter_type, &bytes_iter_type, &bytearray_iter_type,
    &mappingproxy_type, &generic_alias_type, &union_type,
};

static void init_once(void) {
    GC_INIT();
    GC_allow_register_threads();
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    kr_id_key = ((uintptr_t)time(NULL) * 0x9E3779B97F4A7C15ull) ^ (uintptr_t)&kr_id_key;
    kr_id_key &= ~(uintptr_t)0xfff;
    /* names need the str and dict types' slots, which are static initialisers */
    names_init();
    mpz_init_set_ui(kr_true.z, 1);
    mpz_init_set_ui(kr_false.z, 0);
    kr_true.ob.type = &bool_type;
    kr_false.ob.type = &bool_type;
    for (size_t i = 0; i < sizeof static_types / sizeof *static_types; i++)
        type_ready(static_types[i]);
    exc_types_ready();
}

void rt_init(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_once);
}
