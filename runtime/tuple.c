/* tuple */
#include "hash.h"
#include "rt.h"

static Tuple empty_tuple = {{&tuple_type}, 0};
Value kr_empty_tuple = (Value)&empty_tuple;

Value tuple_new(VM *vm, size_t n) {
    if (n == 0)
        return kr_empty_tuple;
    if (n > ((size_t)1 << 36))
        return vm_limit_error(vm, LIMIT_MEMORY, "tuple too large"), NULL;
    Tuple *t = (Tuple *)gc_new(vm, &tuple_type, sizeof(Tuple) + n * sizeof(Value));
    if (!t)
        return NULL;
    t->len = n;
    return (Value)t;
}

Value tuple_from(VM *vm, const Value *items, size_t n) {
    Value t = tuple_new(vm, n);
    if (t && n)
        memcpy(AS_TUPLE(t)->items, items, n * sizeof(Value));
    return t;
}

Value tuple_pack(VM *vm, size_t n, ...) {
    Value t = tuple_new(vm, n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        AS_TUPLE(t)->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

Value tuple_from_iter(VM *vm, Value it) {
    if (TYPE(it) == &tuple_type)
        return it;
    if (IS_LIST(it) && seq_walks_items(it))
        return tuple_from(vm, AS_LIST(it)->items, AS_LIST(it)->len);
    size_t n;
    Value *items = obj_unpack_iter(vm, it, &n);
    if (!items)
        return NULL;
    return tuple_from(vm, items, n);
}

static Value tuple_repr(VM *vm, Value v) {
    return seq_repr(vm, v, AS_TUPLE(v)->items, AS_TUPLE(v)->len, "(", ")");
}

static bool tuple_hash(VM *vm, Value v, int64_t *out) {
    Tuple *t = AS_TUPLE(v);
    TupleHash h;
    tuplehash_init(&h, t->len);
    if (!vm_enter(vm, ""))
        return false;
    for (size_t i = 0; i < t->len; i++) {
        int64_t ih;
        if (!vm_charge_item(vm, i) || !obj_hash(vm, t->items[i], &ih)) {
            vm_leave(vm);
            return false;
        }
        tuplehash_add(&h, ih);
    }
    vm_leave(vm);
    *out = tuplehash_done(&h);
    return true;
}

static Value tuple_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_TUPLE(b))
        return NOTIMPL;
    return seq_richcmp(vm, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items,
                       AS_TUPLE(b)->len, op);
}

static int64_t tuple_len(VM *vm, Value v) {
    return (int64_t)AS_TUPLE(v)->len;
}

static Value tuple_getitem(VM *vm, Value v, Value key) {
    Tuple *t = AS_TUPLE(v);
    if (LIKELY(IS_SMALL(key))) {
        int64_t i = SMALL_VAL(key);
        if (i < 0)
            i += (int64_t)t->len;
        if (LIKELY(i >= 0 && (uint64_t)i < t->len))
            return t->items[i];
        return exc_raise(vm, &Exc_IndexError, "tuple index out of range");
    }
    if (TYPE(key) == &slice_type) {
        int64_t start, stop, step, n;
        if (!slice_indices(vm, key, t->len, &start, &stop, &step, &n))
            return NULL;
        if (n == (int64_t)t->len && step == 1 && TYPE(v) == &tuple_type)
            return v;
        Value r = tuple_new(vm, (size_t)n);
        if (!r || !vm_charge(vm, (uint64_t)n))
            return NULL;
        for (int64_t i = 0; i < n; i++)
            AS_TUPLE(r)->items[i] = t->items[start + i * step];
        return r;
    }
    if (!IS_INT(key) && call_special(vm, key, NM(__index__), NULL, 0) == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "tuple indices must be integers or slices, not %T",
                         key);
    if (vm->exc)
        return NULL;
    size_t i;
    if (!seq_index(vm, key, t->len, &i, "tuple"))
        return NULL;
    return t->items[i];
}

static int tuple_contains(VM *vm, Value v, Value x) {
    Tuple *t = AS_TUPLE(v);
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == x)
            return 1;
        if (!vm_charge_item(vm, i))
            return -1;
        int eq = obj_eq(vm, t->items[i], x);
        if (eq)
            return eq;
    }
    return 0;
}

static Value tuple_binop(VM *vm, Value a, Value b, int op) {
    if (op == OP_ADD) {
        if (!IS_TUPLE(a) || !IS_TUPLE(b))
            return NOTIMPL;   /* the other operand's __radd__ comes first (abstract.c) */
        size_t na = AS_TUPLE(a)->len, nb = AS_TUPLE(b)->len;
        if (!vm_charge(vm, na + nb))
            return NULL;
        Value r = tuple_new(vm, na + nb);
        if (!r)
            return NULL;
        memcpy(AS_TUPLE(r)->items, AS_TUPLE(a)->items, na * sizeof(Value));
        memcpy(AS_TUPLE(r)->items + na, AS_TUPLE(b)->items, nb * sizeof(Value));
        return r;
    }
    if (op == OP_MUL) {
        Value seq = IS_TUPLE(a) ? a : b;
        int64_t n;
        Value ok = seq_count_arg(vm, IS_TUPLE(a) ? b : a, &n);
        if (ok != TRUE_V)
            return ok;
        size_t len = AS_TUPLE(seq)->len;
        if (n <= 0 || len == 0)
            return kr_empty_tuple;
        if (n == 1 && TYPE(seq) == &tuple_type)
            return seq;
        if ((uint64_t)n > ((uint64_t)1 << 36) / len)
            return vm_limit_error(vm, LIMIT_MEMORY, "tuple too large"), NULL;
        size_t total = len * (size_t)n;
        if (!gc_can_alloc(vm, total * sizeof(Value)) || !vm_charge(vm, total))
            return NULL;
        Value r = tuple_new(vm, total);
        if (!r)
            return NULL;
        for (int64_t k = 0; k < n; k++)
            memcpy(AS_TUPLE(r)->items + (size_t)k * len, AS_TUPLE(seq)->items,
                   len * sizeof(Value));
        return r;
    }
    return NOTIMPL;
}

typedef struct TupleIter {
    Obj ob;
    Value t;
    size_t i;
} TupleIter;

static Value tuple_iter(VM *vm, Value v) {
    TupleIter *it = (TupleIter *)gc_new(vm, &tuple_iter_type, sizeof(TupleIter));
    if (!it)
        return NULL;
    it->t = v;
    it->i = 0;
    return (Value)it;
}

static Value tupleiter_next(VM *vm, Value v) {
    TupleIter *it = (TupleIter *)v;
    if (it->t && it->i < AS_TUPLE(it->t)->len)
        return AS_TUPLE(it->t)->items[it->i++];
    it->t = NULL;
    return VAL_STOP;
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

static Value tupleiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    TupleIter *it = (TupleIter *)self;
    return MK_SMALL(it->t ? (int64_t)(AS_TUPLE(it->t)->len - it->i) : 0);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type tuple_iter_type = {
    .ob = {&type_type}, .name = "tuple_iterator", .basicsize = sizeof(TupleIter),
    .iter = self_iter, .next = tupleiter_next, .methods = tupleiter_methods,
};

static Value tuple_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_count(vm, "tuple", nargs, kwnames, 0, 1))
        return NULL;
    Value it = nargs ? args[0] : NULL;
    Value r = it ? tuple_from_iter(vm, it) : kr_empty_tuple;
    if (!r || t == &tuple_type)
        return r;
    /* subclass instance: items inline, then the instance dict */
    size_t n = AS_TUPLE(r)->len;
    Tuple *s = (Tuple *)gc_new(vm, t, sizeof(Tuple) + n * sizeof(Value) + sizeof(Value));
    if (!s)
        return NULL;
    s->len = n;
    memcpy(s->items, AS_TUPLE(r)->items, n * sizeof(Value));
    s->items[n] = NULL;
    return (Value)s;
}

static Value m_count(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "tuple.count", nargs, kw, 1, 1))
        return NULL;
    Tuple *t = AS_TUPLE(self);
    int64_t c = 0;
    for (size_t i = 0; i < t->len; i++) {
        if (!vm_charge_item(vm, i))
            return NULL;
        int eq = t->items[i] == args[0] ? 1 : obj_eq(vm, t->items[i], args[0]);
        if (eq < 0)
            return NULL;
        c += eq;
    }
    return MK_SMALL(c);
}

static Value m_index(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "tuple.index", nargs, kw, 1, 3))
        return NULL;
    Tuple *t = AS_TUPLE(self);
    size_t start = 0, stop = t->len;
    if (nargs > 1 && !seq_search_bound(vm, args[1], t->len, &start))
        return NULL;
    if (nargs > 2 && !seq_search_bound(vm, args[2], t->len, &stop))
        return NULL;
    for (size_t i = start; i < stop; i++) {
        if (!vm_charge_item(vm, i))
            return NULL;
        int eq = t->items[i] == args[0] ? 1 : obj_eq(vm, t->items[i], args[0]);
        if (eq < 0)
            return NULL;
        if (eq)
            return MK_SMALL((int64_t)i);
    }
    return exc_raise(vm, &Exc_ValueError, "tuple.index(x): x not in tuple");
}

static const MethodDef tuple_methods[] = {
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"index", m_index, 0, "Return first index of value."},
    GENERIC_CLASS_GETITEM,
    {NULL, NULL, 0, NULL},
};

Type tuple_type = {
    .ob = {&type_type}, .name = "tuple", .flags = TF_BASETYPE | TF_TUPLE,
    .basicsize = sizeof(Tuple), .doc = "Built-in immutable sequence.",
    .repr = tuple_repr, .hash = tuple_hash, .richcmp = tuple_richcmp, .binop = tuple_binop,
    .binop_mask = (1 << OP_ADD) | (1 << OP_MUL),
    .len = tuple_len, .getitem = tuple_getitem, .contains = tuple_contains,
    .iter = tuple_iter, .new_ = tuple_tp_new, .methods = tuple_methods,
};
