/* Process start-up of the runtime. */
#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "rt.h"
#include "slots.h"

extern uintptr_t kr_id_key;

/* GMP's limbs live on the GC heap.  They hold no pointers, but GMP's temporary blocks do:
 * a large temporary (mpn_mul_fft, mpz_pow_ui...) starts with a header whose first word links
 * to the previous temporary, and only the newest is referenced from the C stack.  Were the
 * blocks atomic, a collection in the middle of a big multiplication would free the older
 * ones under GMP's feet.  So GMP's memory is a kind of its own whose objects are scanned in
 * their first word only: the chain stays alive, and the limbs are not scanned. */
static int gmp_kind;

static void *gmp_alloc(size_t n) {
    void *p = GC_generic_malloc(n, gmp_kind);
    if (!p)
        abort();   /* unreachable in practice: sizes are checked against the VM's cap first */
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = GC_REALLOC(p, n);   /* keeps the block's kind */
    if (!q)
        abort();
    return q;
}

/* GMP frees only what it allocated for itself (temporaries, mpz_clear of a local), never
 * limbs an int object refers to; freeing at once keeps huge temporaries out of the live heap
 * the memory limit measures. */
static void gmp_free(void *p, size_t n) {
    (void)n;
    GC_FREE(p);
}

/* Every static type, in an order where bases come first. */
extern Type mappingproxy_type, generic_alias_type, union_type;

static Type *const static_types[] = {
    &object_type, &type_type, &none_type, &notimpl_type, &ellipsis_type, &int_type,
    &bool_type, &float_type, &str_type, &bytes_type, &bytearray_type, &list_type,
    &tuple_type, &dict_type, &set_type, &frozenset_type, &range_type, &slice_type,
    &function_type, &builtin_type, &method_type, &method_descr_type, &getset_descr_type,
    &member_descr_type, &method_wrapper_type,
    &slot_wrapper_type, &staticmethod_type, &classmethod_type, &property_type, &super_type,
    &cell_type, &module_type, &list_iter_type, &list_reviter_type, &tuple_iter_type,
    &dict_keys_type, &dict_values_type, &dict_items_type, &dict_keyiter_type,
    &dict_valueiter_type, &dict_itemiter_type, &dict_rkeyiter_type, &dict_rvalueiter_type,
    &dict_ritemiter_type, &set_iter_type, &str_iter_type,
    &enumerate_type, &zip_type, &map_type, &filter_type, &reversed_type, &seqiter_type,
    &calliter_type, &range_iter_type, &longrange_iter_type, &bytes_iter_type,
    &bytearray_iter_type, &mappingproxy_type, &generic_alias_type, &union_type,
};

static void init_once(void) {
    /* One marker, the thread that collects.  Parallel marker threads would spend CPU the host
     * did not grant a run (its limits are per thread, in wall time), and waking them for each
     * of the many small collections of short-lived programs cost more than they saved (a
     * tenth of nqueens' time went to futex wake-ups). */
    GC_set_markers_count(1);
    GC_INIT();
    GC_allow_register_threads();
    /* the GC's warnings (large blocks allocated repeatedly...) would go to the host's stderr */
    GC_set_warn_proc(GC_ignore_warn_proc);
    gmp_kind = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH | sizeof(void *), 0, 1);
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    kr_id_key = ((uintptr_t)time(NULL) * 0x9E3779B97F4A7C15ull) ^ (uintptr_t)&kr_id_key;
    kr_id_key &= ~(uintptr_t)0xfff;
    /* names need the str and dict types' slots, which are static initialisers */
    str_init_singletons();
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
