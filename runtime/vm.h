/* The VM: all the state of one Krait session.  Nothing mutable lives in file-level statics:
 * built-in types are shared but frozen after start-up (rt_init), so VMs on different threads
 * never touch the same mutable object.
 *
 * Limits.  The evaluator calls vm_tick() at every loop back-edge and call, and O(n) built-ins
 * call vm_charge(vm, n).  Both decrement one countdown; when it runs out, the slow path
 * (vm_poll) counts the steps, reads the clock and the host's interrupt flag.  Once a limit is
 * hit, vm->limit stays set for the rest of the run: the pending error is not an exception
 * object any `except` could match, and every further poll fails again, so even a `finally` that
 * loops forever ends.
 */
#ifndef KR_VM_H
#define KR_VM_H

#include <stdatomic.h>
#include <stdio.h>

#include "object.h"

typedef enum Limit {
    LIMIT_NONE,
    LIMIT_STEPS,
    LIMIT_TIME,
    LIMIT_MEMORY,
    LIMIT_DEPTH,   /* the hard C-stack guard; Python recursion depth raises RecursionError */
    LIMIT_OUTPUT,
    LIMIT_INTERRUPT,
} Limit;

/* Where print() and friends write: the host's sink or a capture buffer. */
typedef void (*WriteFn)(void *ud, const char *data, size_t n);

typedef struct Frame Frame;

#define TICK_INTERVAL 1024

struct VM {
    Value exc;                 /* pending exception, NULL if none */
    Limit limit;               /* sticky: set when a limit is hit, cleared at the next run */
    int limit_line;            /* source line being run when the limit hit */
    char limit_msg[200];       /* the first limit's message, for the result */

    /* step and time accounting */
    int64_t ticks;             /* countdown to the next vm_poll */
    int64_t ticks_base;        /* what ticks was reset to, so steps = done polls + consumed */
    uint64_t steps;            /* steps counted at the last poll */
    uint64_t max_steps;        /* 0: unlimited */
    uint64_t start_ns, deadline_ns; /* monotonic clock; deadline 0: unlimited */
    atomic_int interrupt;      /* set by kr_interrupt from any thread */

    /* memory accounting (alloc.c) */
    size_t mem_cap;            /* 0: unlimited */
    size_t mem_live;           /* estimated live bytes charged to this run */
    size_t mem_peak;
    size_t mem_since_check;    /* bytes allocated since the estimate was refreshed */
    size_t mem_baseline;       /* process live bytes when the run started */
    uintptr_t gc_no;           /* GC cycle number at the last refresh */

    /* depth */
    int depth;                 /* Python call depth */
    int max_depth;             /* RecursionError beyond this (sys.setrecursionlimit) */
    int host_max_depth;        /* the host's ceiling for max_depth */
    char *stack_limit;         /* the C stack may not grow below this address */

    /* output */
    WriteFn out_fn, err_fn;
    void *out_ud, *err_ud;
    size_t out_bytes, max_output;

    /* input() reads from here */
    const char *stdin_data;
    size_t stdin_len, stdin_pos;

    /* session state */
    Value builtins;            /* dict */
    Value modules;             /* dict: name -> module, imported so far */
    Value allowed_modules;     /* set of str, or NULL for the default set */
    Value globals;             /* the __main__ dict, persisting across runs */
    Value interned;            /* dict str -> str */
    Frame *frame;              /* innermost running Python frame */
    Value handling;            /* exception being handled (sys.exc_info), for implicit chaining */
    Value repr_active;         /* list of containers inside repr, for [...] */
    Value host_fns;            /* dict name -> host function object */
    uint64_t rng_state[4];     /* random module state */
    void *loop;                /* uv loop for asyncio, created lazily */
    char *source_cache;        /* not owned */
};

/* Per-process start-up: GC, GMP memory functions, built-in type tables.  Idempotent. */
void rt_init(void);

/* ---- limits ---- */
bool vm_poll(VM *vm);              /* false: a limit was hit (vm->limit set, error pending) */
bool vm_limit_error(VM *vm, Limit which, const char *fmt, ...);
uint64_t vm_now_ns(void);
uint64_t vm_steps(VM *vm);

/* Called at every loop back-edge and call. */
static inline bool vm_tick(VM *vm) {
    if (LIKELY(--vm->ticks > 0))
        return true;
    return vm_poll(vm);
}

/* Charge the step budget for O(n) work done by a built-in. */
static inline bool vm_charge(VM *vm, uint64_t n) {
    vm->ticks -= (int64_t)(n >> 4);
    if (LIKELY(vm->ticks > 0))
        return true;
    return vm_poll(vm);
}

/* One pass of a built-in's loop that handled n bytes (a search, an item's repr): at least a
 * step, so a loop over a million small pieces reads the clock on the way. */
static inline bool vm_charge_piece(VM *vm, uint64_t n) {
    return vm_charge(vm, n + 16);
}

/* For a built-in's loop over items that may stop early (a search, a comparison): call with
 * each item's index; the items are charged in blocks, so the clock is read every few thousand. */
#define CHARGE_BLOCK 4096
static inline bool vm_charge_item(VM *vm, size_t i) {
    return LIKELY((i & (CHARGE_BLOCK - 1)) != CHARGE_BLOCK - 1) || vm_charge(vm, CHARGE_BLOCK);
}

/* Work a built-in does in one piece without polling: a GMP operation on huge numbers runs to
 * its end, one multiplication can take seconds, and its scratch space (which GMP cannot be
 * refused: it aborts) is several times its result.  Before starting one, a built-in calls
 * vm_charge_big with the operands' sizes in bits.  It predicts the operation's scratch memory
 * and duration, and fails at once — MemoryLimitExceeded, TimeLimitExceeded or
 * StepLimitExceeded — if the memory cap, the deadline or the step budget would not hold;
 * otherwise it charges the steps the work stands for.  So the limits hold even though the
 * operation cannot be interrupted, at the price of failing early when the prediction, which
 * errs on the slow side, says a limit would be passed. */
typedef enum BigOp {
    BIG_MUL,       /* a * b */
    BIG_DIV,       /* a // b, a % b, divmod: a is the dividend, b the divisor */
    BIG_POW,       /* a ** e: a is the size of the result, b unused */
    BIG_POWMOD,    /* pow(x, e, m): a is the size of the exponent, b of the modulus */
    BIG_GCD,       /* gcd, lcm, modular inverse of a and b */
    BIG_SQRT,      /* isqrt(a) */
    BIG_PRODUCT,   /* factorial, comb, perm: a is the size of the result */
    BIG_FILL,      /* a fresh block of a bytes: the page faults and clearing (no bits here) */
} BigOp;

bool vm_charge_big(VM *vm, BigOp op, double a, double b);

/* The C-stack guard, for recursion in C (repr of nested data, comparisons, lowering). */
static inline bool vm_stack_ok(VM *vm) {
    char here;
    return LIKELY(&here > vm->stack_limit);
}
bool vm_stack_error(VM *vm);

/* Recursion in C through Python objects (repr, ==, hash of nested containers) counts with
 * Python calls against max_depth, as in CPython: beyond it RecursionError (catchable), and the
 * C-stack guard behind it as the uncatchable backstop.  On failure nothing is to be undone. */
bool vm_recursion_error(VM *vm, const char *where);
static inline bool vm_enter(VM *vm, const char *where) {
    if (UNLIKELY(++vm->depth > vm->max_depth || !vm_stack_ok(vm))) {
        vm->depth--;
        return vm_recursion_error(vm, where);
    }
    return true;
}
static inline void vm_leave(VM *vm) {
    vm->depth--;
}
const char *vm_limit_name(Limit l);

#endif
