/* set and frozenset: CPython's open-addressing table (linear probes then perturbation, the
 * same growth rule), so that iteration order, and hence what print shows, matches CPython. */
#ifndef KR_SET_H
#define KR_SET_H

#include "object.h"

typedef struct SetEntry {
    Value key;     /* NULL: empty; kr_set_dummy: deleted */
    int64_t hash;
} SetEntry;

typedef struct Set {
    Obj ob;
    size_t fill;      /* active + dummy */
    size_t used;      /* active */
    size_t mask;
    SetEntry *table;
    size_t finger;    /* where pop() starts looking */
    int64_t hash;     /* frozenset: -1 until computed */
    Value dict;       /* subclass instances only */
} Set;

#define AS_SET(v) ((Set *)(v))

Value set_new(VM *vm, Type *t);
Value set_from_iter(VM *vm, Type *t, Value iterable);
bool set_add(VM *vm, Value s, Value key);
int set_contains(VM *vm, Value s, Value key);  /* -1 error */
int set_discard(VM *vm, Value s, Value key);   /* 1 removed, 0 absent, -1 error */
bool set_next(Value s, size_t *pos, Value *key);
bool set_update(VM *vm, Value s, Value iterable);
/* A set display of more than two constants ({"a", "b", "c"}): CPython compiles it as
 * set().update(K), K a frozenset constant built from the items and rebuilt, when the compiler
 * merges constants, from its own iteration order.  Each rebuild can reorder colliding items,
 * so the display prints in CPython's order only if built the same way. */
Value set_from_const_display(VM *vm, const Value *items, size_t n);

extern Type set_iter_type;

#endif
