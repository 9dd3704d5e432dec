/* Limits: the slow path of the step countdown, and the uncatchable limit errors. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "rt.h"

uint64_t vm_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t vm_steps(VM *vm) {
    return vm->steps + (uint64_t)(vm->ticks_base - (vm->ticks > 0 ? vm->ticks : 0));
}

static const char *const limit_names[] = {
    [LIMIT_NONE] = "", [LIMIT_STEPS] = "StepLimitExceeded", [LIMIT_TIME] = "TimeLimitExceeded",
    [LIMIT_MEMORY] = "MemoryLimitExceeded", [LIMIT_DEPTH] = "RecursionLimitExceeded",
    [LIMIT_OUTPUT] = "OutputLimitExceeded", [LIMIT_INTERRUPT] = "Interrupted",
};

const char *vm_limit_name(Limit l) {
    return limit_names[l];
}

/* The pending error while a limit holds: an object no `except` clause can name. */
static Value limit_object(VM *vm, const char *msg) {
    ExcObj *e = (ExcObj *)gc_new(NULL, &limit_exc_type, sizeof(ExcObj));
    memset((char *)e + sizeof(Obj), 0, sizeof(ExcObj) - sizeof(Obj));
    Value s = str_from_c(NULL, msg);
    e->args = tuple_from(NULL, &s, 1);
    (void)vm;
    return (Value)e;
}

bool vm_limit_error(VM *vm, Limit which, const char *fmt, ...) {
    /* The first limit wins; later polls re-raise it. */
    if (!vm->limit) {
        vm->limit = which;
        vm->limit_line = -1;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(vm->limit_msg, sizeof vm->limit_msg, fmt, ap);
        va_end(ap);
    }
    vm->exc = limit_object(vm, vm->limit_msg);
    vm->ticks = 1;
    return false;
}

/* Re-raises the limit already hit (a finally or __exit__ replaced the pending error). */
static bool reraise(VM *vm) {
    if (!vm->exc || TYPE(vm->exc) != &limit_exc_type)
        vm->exc = limit_object(vm, vm->limit_msg);
    vm->ticks = 1;
    return false;
}

bool vm_poll(VM *vm) {
    vm->steps += (uint64_t)(vm->ticks_base - vm->ticks);
    if (vm->limit)
        return reraise(vm);
    if (atomic_load_explicit(&vm->interrupt, memory_order_relaxed))
        return vm_limit_error(vm, LIMIT_INTERRUPT, "execution interrupted by the host");
    if (vm->max_steps && vm->steps >= vm->max_steps)
        return vm_limit_error(vm, LIMIT_STEPS, "step limit of %llu steps exceeded",
                              (unsigned long long)vm->max_steps);
    if (vm->deadline_ns && vm_now_ns() >= vm->deadline_ns)
        return vm_limit_error(vm, LIMIT_TIME, "time limit of %.3g seconds exceeded",
                              (double)(vm->deadline_ns - vm->start_ns) / 1e9);
    int64_t next = TICK_INTERVAL;
    if (vm->max_steps && vm->max_steps - vm->steps < (uint64_t)next)
        next = (int64_t)(vm->max_steps - vm->steps);
    vm->ticks = vm->ticks_base = next;
    return true;
}

/* ---- the cost of work that cannot poll ---- */

/* One step stands for this much work, about the cost of a simple loop iteration. */
#define NS_PER_STEP 64.0
/* Work predicted to take less than this is only charged steps: reading the clock for it would
 * cost more than the overshoot it could cause. */
#define NS_CLOCK_CHECK 20000.0

/* GMP's multiplication of two n-limb numbers, in nanoseconds: quadratic (schoolbook, then
 * Toom-Cook) up to a few thousand limbs, then FFT, about 100 ns * n log2 n on the 2-core
 * machine the limits were measured on (the observed range was 20 to 90 ns under load), so the
 * prediction errs on the slow side. */
static double mul_balanced(double limbs) {
    double quad = limbs * limbs, fft = 100.0 * limbs * log2(limbs + 2);
    return quad < fft ? quad : fft;
}

/* a by b limbs: GMP cuts the longer operand into pieces the size of the shorter. */
static double mul_limbs(double a, double b) {
    if (a < b) {
        double t = a;
        a = b;
        b = t;
    }
    return ceil(a / b) * mul_balanced(b);
}

/* The entries of mpz_powm's window table for an exponent of e bits (GMP 6's win_size). */
static double powm_table(double e) {
    static const double thresholds[] = {7, 25, 81, 241, 673, 1793, 4609, 11521, 28161};
    double entries = 1;
    for (size_t k = 0; k < sizeof thresholds / sizeof *thresholds && e > thresholds[k]; k++)
        entries *= 2;
    return entries;
}

/* Nanoseconds and bytes of scratch (the result included) of op on a and b bits; the scratch
 * factors were measured with GMP 6.2 (a multiplication needs about 4.2 times its result). */
static void big_cost(BigOp op, double a, double b, double *ns, double *bytes) {
    double la = a / 64 + 1, lb = b / 64 + 1;
    switch (op) {
    case BIG_MUL:
        *ns = mul_limbs(la, lb);
        *bytes = 4.5 * (a + b) / 8;
        return;
    case BIG_DIV:   /* Newton division: about three multiplications of quotient by divisor */
        *ns = la <= lb ? la : 3 * mul_limbs(la - lb + 1, lb);
        *bytes = 6 * a / 8;
        return;
    case BIG_POW:   /* repeated squaring: dominated by the last squaring, to half the result */
        *ns = mul_balanced(la / 2);
        *bytes = 4.5 * a / 8;
        return;
    case BIG_POWMOD:   /* per exponent bit a squaring and, often, a product, each reduced */
        *ns = a * 3 * mul_balanced(lb);
        *bytes = (powm_table(a) + 8) * b / 8;
        return;
    case BIG_GCD:   /* a reduction of the longer by the shorter, then a subquadratic gcd */
        *ns = 3 * mul_limbs(la, lb) + 20 * mul_balanced(la < lb ? la : lb);
        *bytes = 8 * (a > b ? a : b) / 8;
        return;
    case BIG_SQRT:
        *ns = 2 * mul_balanced(la / 2);
        *bytes = 3.5 * a / 8;
        return;
    case BIG_PRODUCT:   /* binary splitting: the last products dominate */
        *ns = 2 * mul_balanced(la / 2);
        *bytes = 6.5 * a / 8;
        return;
    case BIG_FILL:   /* first-touch page faults and memset: 0.5 to 3.4 ns a byte measured */
        *ns = 4 * a;
        *bytes = 0;
        return;
    }
}

bool vm_charge_big(VM *vm, BigOp op, double a, double b) {
    if (vm->limit)
        return vm_poll(vm);
    double ns = 0, bytes = 0;
    big_cost(op, a, b, &ns, &bytes);
    if (!gc_can_alloc(vm, (size_t)bytes))
        return false;
    if (ns >= NS_CLOCK_CHECK && vm->deadline_ns &&
        ns > (double)vm->deadline_ns - (double)vm_now_ns())
        return vm_limit_error(vm, LIMIT_TIME,
                              "time limit of %.3g seconds exceeded (an operation predicted to "
                              "take %.3g seconds would not finish in time)",
                              (double)(vm->deadline_ns - vm->start_ns) / 1e9, ns / 1e9);
    double steps = ns / NS_PER_STEP;
    if (steps > (double)INT64_MAX / 2)
        steps = (double)INT64_MAX / 2;
    vm->ticks -= (int64_t)steps;
    if (LIKELY(vm->ticks > 0))
        return true;
    return vm_poll(vm);
}

bool vm_stack_error(VM *vm) {
    if (vm->limit)
        return reraise(vm);
    return vm_limit_error(vm, LIMIT_DEPTH,
                          "C stack exhausted: data or code nested too deeply");
}

bool vm_recursion_error(VM *vm, const char *where) {
    if (!vm_stack_ok(vm))
        return vm_stack_error(vm);
    exc_raise(vm, &Exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
}
