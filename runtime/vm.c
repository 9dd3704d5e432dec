/* Limits: the slow path of the step countdown, and the uncatchable limit errors. */
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
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!vm->limit) {
        vm->limit = which;
        vm->limit_line = -1;
    }
    /* The first limit wins; later polls re-raise it. */
    vm->exc = vm->limit == which ? limit_object(vm, msg) : vm->exc;
    if (!vm->exc)
        vm->exc = limit_object(vm, msg);
    vm->ticks = 1;
    return false;
}

/* Re-raises the limit already hit (a finally or __exit__ cleared the pending error). */
static bool reraise(VM *vm) {
    if (!vm->exc || TYPE(vm->exc) != &limit_exc_type)
        vm->exc = limit_object(vm, "limit exceeded");
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
