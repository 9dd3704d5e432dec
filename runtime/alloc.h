/* The one allocator.  Every object is allocated here, so this is where the memory limit holds.
 *
 * Boehm GC cannot tell which VM an object belongs to, nor when one dies, so the charge of a
 * VM is an estimate: the process's live GC heap minus what it was when the VM was created,
 * refreshed whenever the bytes allocated since the last refresh could have crossed the cap.
 * Near the cap the estimate is made exact by a full collection before a request is refused.
 * A request larger than the cap by itself is refused at once, before the GC is asked.
 * Allocation functions return NULL with MemoryLimitExceeded pending on refusal.
 */
#ifndef KR_ALLOC_H
#define KR_ALLOC_H

#include "vm.h"

bool gc_charge_slow(VM *vm, size_t n);
bool gc_charge_block(VM *vm, size_t n);

/* Blocks from this size on are charged for the time to clear them (see vm_charge_big). */
#define GC_BIG_BLOCK ((size_t)1 << 20)

static inline bool gc_charge(VM *vm, size_t n) {
    if (!vm)
        return true;
    if (UNLIKELY(n >= GC_BIG_BLOCK) && !gc_charge_block(vm, n))
        return false;
    vm->mem_since_check += n;
    if (LIKELY(vm->mem_live + vm->mem_since_check <= vm->mem_cap || !vm->mem_cap))
        return true;
    return gc_charge_slow(vm, n);
}

/* Memory that may hold pointers to other GC objects. */
void *gc_alloc(VM *vm, size_t n);
/* Memory without pointers (string bytes, float payloads, GMP limbs). */
void *gc_alloc_atomic(VM *vm, size_t n);
/* Grows a block from gc_alloc (atomic says which kind it was). */
void *gc_realloc(VM *vm, void *p, size_t n, bool atomic);

/* An object of type t with n bytes; atomic objects may be used only for static types, since
 * a heap type must stay reachable from its instances. */
Obj *gc_new(VM *vm, Type *t, size_t n);
Obj *gc_new_atomic(VM *vm, Type *t, size_t n);

/* Checks that n more bytes could be allocated without allocating them (for size checks made
 * before a long computation, e.g. big-int powers). */
bool gc_can_alloc(VM *vm, size_t n);

/* Start accounting for a VM: baseline = current live heap. */
void gc_vm_begin(VM *vm);
size_t gc_live_bytes(void);
/* The most this run is known to have held: measurements, big blocks, and what was allocated
 * since the last measurement (an upper bound between measurements). */
size_t gc_vm_peak(const VM *vm);

#endif
