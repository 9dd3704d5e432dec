/* The allocator and the memory limit (see alloc.h for the accounting model). */
#include <gc/gc.h>

#include "rt.h"

size_t gc_live_bytes(void) {
    size_t heap = GC_get_heap_size(), free_ = GC_get_free_bytes();
    return heap > free_ ? heap - free_ : 0;
}

void gc_vm_begin(VM *vm) {
    vm->mem_baseline = gc_live_bytes();
    vm->mem_live = 0;
    vm->mem_since_check = 0;
    vm->mem_peak = 0;
    vm->gc_no = GC_get_gc_no();
}

static size_t measure(VM *vm) {
    size_t live = gc_live_bytes();
    return live > vm->mem_baseline ? live - vm->mem_baseline : 0;
}

static bool refuse(VM *vm, size_t n) {
    vm_limit_error(vm, LIMIT_MEMORY, "memory limit of %zu bytes exceeded (%zu bytes requested)",
                   vm->mem_cap, n);
    return false;
}

bool gc_charge_slow(VM *vm, size_t n) {
    if (vm->limit)
        return false;
    vm->mem_since_check = 0;
    if (n > vm->mem_cap)
        return refuse(vm, n);
    size_t live = measure(vm);
    if (live + n > vm->mem_cap) {
        GC_gcollect();
        live = measure(vm);
    }
    vm->mem_live = live;
    vm->gc_no = GC_get_gc_no();
    if (live + n > vm->mem_peak)
        vm->mem_peak = live + n;
    if (live + n > vm->mem_cap)
        return refuse(vm, n);
    return true;
}

bool gc_charge_block(VM *vm, size_t n) {
    if (n > vm->mem_cap && vm->mem_cap)
        return gc_charge_slow(vm, n);
    if (!vm_charge_big(vm, BIG_FILL, (double)n, 0))
        return false;
    /* far below the cap a big block triggers no measurement, but it is what makes the peak */
    if (vm->mem_live + vm->mem_since_check + n > vm->mem_peak)
        vm->mem_peak = vm->mem_live + vm->mem_since_check + n;
    return true;
}

size_t gc_vm_peak(const VM *vm) {
    size_t now = vm->mem_live + vm->mem_since_check;
    return now > vm->mem_peak ? now : vm->mem_peak;
}

bool gc_can_alloc(VM *vm, size_t n) {
    if (!vm || !vm->mem_cap || vm->mem_live + vm->mem_since_check + n <= vm->mem_cap)
        return true;
    return gc_charge_slow(vm, n);
}

static void *oom(VM *vm, size_t n) {
    if (vm && !vm->limit)
        vm_limit_error(vm, LIMIT_MEMORY, "out of memory (%zu bytes requested)", n);
    return NULL;
}

void *gc_alloc(VM *vm, size_t n) {
    if (UNLIKELY(!gc_charge(vm, n)))
        return NULL;
    void *p = GC_MALLOC(n);
    return LIKELY(p != NULL) ? p : oom(vm, n);
}

void *gc_alloc_atomic(VM *vm, size_t n) {
    if (UNLIKELY(!gc_charge(vm, n)))
        return NULL;
    void *p = GC_MALLOC_ATOMIC(n);
    if (UNLIKELY(!p))
        return oom(vm, n);
    return p;
}

void *gc_realloc(VM *vm, void *p, size_t n, bool atomic) {
    if (UNLIKELY(!gc_charge(vm, n)))
        return NULL;
    if (!p)
        return atomic ? gc_alloc_atomic(vm, n) : gc_alloc(vm, n);
    void *q = GC_REALLOC(p, n);
    return LIKELY(q != NULL) ? q : oom(vm, n);
}

Obj *gc_new(VM *vm, Type *t, size_t n) {
    Obj *o = gc_alloc(vm, n);
    if (LIKELY(o != NULL))
        o->type = t;
    return o;
}

Obj *gc_new_atomic(VM *vm, Type *t, size_t n) {
    Obj *o = gc_alloc_atomic(vm, n);
    if (LIKELY(o != NULL))
        o->type = t;
    return o;
}
