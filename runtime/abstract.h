/* The object protocol: what the evaluator and built-ins call instead of touching slots
 * directly.  Each function implements CPython's rules for the operation (reflected operands,
 * NotImplemented, fallbacks such as __len__ for truth and __getitem__ for iteration) and raises
 * CPython's message when nothing applies. */
#ifndef KR_ABSTRACT_H
#define KR_ABSTRACT_H

#include "object.h"

/* str_eq for code that runs on the VM: comparing two long strings of one length is O(n), so
 * it is charged.  -1: a limit was hit. */
static inline int str_eq_charged(VM *vm, Value a, Value b) {
    size_t n = str_nbytes(a);
    if (n >= CHARGE_BLOCK && n == str_nbytes(b) && a != b && !vm_charge(vm, n))
        return -1;
    return str_eq(a, b);
}

Value obj_repr(VM *vm, Value v);
Value obj_str(VM *vm, Value v);
Value obj_ascii(VM *vm, Value v);
Value obj_format(VM *vm, Value v, Value spec);
bool obj_hash(VM *vm, Value v, int64_t *out);
/* The hash slot of mutable containers: raises "unhashable type". */
bool hash_unhashable(VM *vm, Value v, int64_t *out);
Value obj_richcmp(VM *vm, Value a, Value b, int op);
int obj_richcmp_bool(VM *vm, Value a, Value b, int op);   /* -1 error */
int obj_eq(VM *vm, Value a, Value b);                     /* identity first; -1 error */
int obj_truth(VM *vm, Value v);                            /* -1 error */
Value obj_binop(VM *vm, Value a, Value b, int op);
Value obj_inplace(VM *vm, Value a, Value b, int op);
Value obj_unop(VM *vm, Value v, int op);
Value obj_getattr(VM *vm, Value obj, Value name);
Value obj_getattr_c(VM *vm, Value obj, const char *name);
/* As obj_getattr, but VAL_MISSING (no error) when the attribute does not exist. */
Value obj_getattr_opt(VM *vm, Value obj, Value name);
int obj_setattr(VM *vm, Value obj, Value name, Value v);   /* v NULL: delete */
Value obj_call(VM *vm, Value f, Value *args, size_t nargs, Value kwnames);
Value obj_call0(VM *vm, Value f);
Value obj_call1(VM *vm, Value f, Value a);
Value obj_call2(VM *vm, Value f, Value a, Value b);
Value obj_call_method(VM *vm, Value obj, Value name, Value *args, size_t nargs);
Value obj_call_method_c(VM *vm, Value obj, const char *name, Value *args, size_t nargs);
Value obj_iter(VM *vm, Value v);
Value obj_next(VM *vm, Value it);                          /* VAL_STOP at the end */
Value obj_getitem(VM *vm, Value obj, Value key);
int obj_setitem(VM *vm, Value obj, Value key, Value v);   /* v NULL: delete */
int obj_contains(VM *vm, Value container, Value item);    /* -1 error */
/* `in` without __contains__: compare against each item of iter(container) */
int obj_contains_by_iter(VM *vm, Value container, Value item);    /* -1 error */
int64_t obj_len(VM *vm, Value v);                          /* -1 error */
/* len(v) if known, else `dflt` (for pre-sizing); -1 error. */
int64_t obj_length_hint(VM *vm, Value v, int64_t dflt);
int obj_isinstance(VM *vm, Value v, Value cls);            /* cls may be a tuple; -1 error */
/* isinstance(v, t) without __instancecheck__ (type.__instancecheck__); -1 error. */
int obj_real_isinstance(VM *vm, Value v, Type *t);
int obj_issubclass(VM *vm, Value cls, Value of);
bool obj_callable(Value v);
/* CPython's PyNumber_Check (Krait has no complex): int, float, or a type with __index__,
 * __int__ or __float__. */
bool obj_is_number(Value v);
/* Integer conversion through __index__; false with TypeError "<what>". */
bool obj_as_index(VM *vm, Value v, int64_t *out);
/* Collects an iterable into a fresh array (for f(*args), tuple(x), ...). */
Value *obj_unpack_iter(VM *vm, Value iterable, size_t *n);

/* Repr recursion guard for containers: 1 entered, 0 already inside (print "..."), -1 error. */
int repr_enter(VM *vm, Value v);
void repr_leave(VM *vm, Value v);

#endif
