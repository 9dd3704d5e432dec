/* The lazy iterators: enumerate, zip, map, filter, reversed, and the two iter() forms. */
#include "rt.h"

static Value self_iter(VM *vm, Value v) {
    return v;
}

/* ---- enumerate ---- */

typedef struct Enumerate {
    Obj ob;
    Value it;
    int64_t i;
    Value big;   /* the count once it leaves the small range */
} Enumerate;

static Value enumerate_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Value iterable = NULL, start = MK_SMALL(0);
    static const char *const kws[] = {"iterable", "start", NULL};
    /* CPython's enumerate vectorcall words these two cases itself */
    if (nargs == 0 && !kwnames)
        return exc_raise(vm, &Exc_TypeError, "enumerate() missing required argument 'iterable'");
    if (nargs == 0 && AS_TUPLE(kwnames)->len == 1 &&
        !str_eq_c(AS_TUPLE(kwnames)->items[0], "iterable"))
        return exc_raise(vm, &Exc_TypeError, "'%U' is an invalid keyword argument for enumerate()",
                         AS_TUPLE(kwnames)->items[0]);
    if (!args_parse(vm, "enumerate", args, nargs, kwnames, "O|O", kws, &iterable, &start))
        return NULL;
    if (!IS_INT(start)) {
        if (call_special(vm, start, NM(__index__), NULL, 0) == VAL_MISSING)
            return exc_raise(vm, &Exc_TypeError,
                             "'%s' object cannot be interpreted as an integer", tname(start));
        if (vm->exc || !(start = int_index(vm, start)))
            return NULL;
    }
    Value it = obj_iter(vm, iterable);
    if (!it)
        return NULL;
    Enumerate *e = (Enumerate *)gc_new(vm, t, t->basicsize);
    if (!e)
        return NULL;
    e->it = it;
    e->big = NULL;
    if (!IS_SMALL(start) || SMALL_VAL(start) > SMALL_MAX - 1000000)
        e->big = IS_BOOL(start) ? MK_SMALL(start == TRUE_V) : start;
    else
        e->i = SMALL_VAL(start);
    return (Value)e;
}

static Value enumerate_next(VM *vm, Value v) {
    Enumerate *e = (Enumerate *)v;
    Value x = obj_next(vm, e->it);
    if (!x || x == VAL_STOP)
        return x;
    Value idx;
    if (LIKELY(!e->big)) {
        idx = MK_SMALL(e->i);
        if (++e->i >= SMALL_MAX)
            e->big = MK_SMALL(e->i);
    } else {
        idx = e->big;
        e->big = int_binop(vm, idx, MK_SMALL(1), OP_ADD);
        if (!e->big)
            return NULL;
    }
    return tuple_pack(vm, 2, idx, x);
}

Type enumerate_type = {
    .ob = {&type_type}, .name = "enumerate", .flags = TF_BASETYPE,
    .basicsize = sizeof(Enumerate), .doc = "Return an enumerate object.",
    .iter = self_iter, .next = enumerate_next, .new_ = enumerate_new,
};

/* ---- zip ---- */

typedef struct Zip {
    Obj ob;
    size_t n;
    bool strict, done;
    Value its[];
} Zip;

static Value zip_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    bool strict = false;
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    if (nkw > 1)
        return exc_raise(vm, &Exc_TypeError, "zip() takes at most 1 keyword argument (%zu given)",
                         nkw);
    if (nkw == 1) {
        if (!str_eq_c(AS_TUPLE(kwnames)->items[0], "strict"))
            return exc_raise(vm, &Exc_TypeError, "'%U' is an invalid keyword argument for zip()",
                             AS_TUPLE(kwnames)->items[0]);
        int r = obj_truth(vm, args[nargs]);
        if (r < 0)
            return NULL;
        strict = r;
    }
    Zip *z = (Zip *)gc_new(vm, t, sizeof(Zip) + nargs * sizeof(Value));
    if (!z)
        return NULL;
    z->n = nargs;
    z->strict = strict;
    z->done = false;
    for (size_t i = 0; i < nargs; i++) {
        z->its[i] = obj_iter(vm, args[i]);
        if (!z->its[i])
            return NULL;
    }
    return (Value)z;
}

static Value zip_next(VM *vm, Value v) {
    Zip *z = (Zip *)v;
    if (z->n == 0 || z->done)
        return VAL_STOP;
    Value t = tuple_new(vm, z->n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < z->n; i++) {
        Value x = obj_next(vm, z->its[i]);
        if (!x)
            return NULL;
        if (x == VAL_STOP) {
            z->done = true;
            if (!z->strict)
                return VAL_STOP;
            if (i > 0)
                return exc_raise(vm, &Exc_ValueError, "zip() argument %zu is shorter than "
                                 "argument%s%zu", i + 1, i == 1 ? " " : "s 1-", i);
            for (size_t j = 1; j < z->n; j++) {
                Value y = obj_next(vm, z->its[j]);
                if (!y)
                    return NULL;
                if (y != VAL_STOP)
                    return exc_raise(vm, &Exc_ValueError, "zip() argument %zu is longer than "
                                     "argument%s%zu", j + 1, j == 1 ? " " : "s 1-", j);
            }
            return VAL_STOP;
        }
        AS_TUPLE(t)->items[i] = x;
    }
    return t;
}

Type zip_type = {
    .ob = {&type_type}, .name = "zip", .flags = TF_BASETYPE, .basicsize = sizeof(Zip),
    .iter = self_iter, .next = zip_next, .new_ = zip_new,
};

/* ---- map ---- */

typedef struct Map {
    Obj ob;
    Value fn;
    size_t n;
    Value its[];
} Map;

static Value map_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_no_kw(vm, "map", kwnames))
        return NULL;
    if (nargs < 2)
        return exc_raise(vm, &Exc_TypeError, "map() must have at least two arguments.");
    Map *m = (Map *)gc_new(vm, t, sizeof(Map) + (nargs - 1) * sizeof(Value));
    if (!m)
        return NULL;
    m->fn = args[0];
    m->n = nargs - 1;
    for (size_t i = 1; i < nargs; i++)
        if (!(m->its[i - 1] = obj_iter(vm, args[i])))
            return NULL;
    return (Value)m;
}

static Value map_next(VM *vm, Value v) {
    Map *m = (Map *)v;
    Value small[8];
    Value *argv = m->n <= 8 ? small : gc_alloc(vm, m->n * sizeof(Value));
    if (!argv)
        return NULL;
    for (size_t i = 0; i < m->n; i++) {
        Value x = obj_next(vm, m->its[i]);
        if (!x || x == VAL_STOP)
            return x;
        argv[i] = x;
    }
    return obj_call(vm, m->fn, argv, m->n, NULL);
}

Type map_type = {
    .ob = {&type_type}, .name = "map", .flags = TF_BASETYPE, .basicsize = sizeof(Map),
    .iter = self_iter, .next = map_next, .new_ = map_new,
};

/* ---- filter ---- */

typedef struct Filter {
    Obj ob;
    Value fn, it;
} Filter;

static Value filter_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_no_kw(vm, "filter", kwnames))
        return NULL;
    if (nargs != 2)
        return exc_raise(vm, &Exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Filter *f = (Filter *)gc_new(vm, t, sizeof(Filter));
    if (!f)
        return NULL;
    f->fn = args[0];
    f->it = obj_iter(vm, args[1]);
    return f->it ? (Value)f : NULL;
}

static Value filter_next(VM *vm, Value v) {
    Filter *f = (Filter *)v;
    for (;;) {
        Value x = obj_next(vm, f->it);
        if (!x || x == VAL_STOP)
            return x;
        Value keep = f->fn == NONE || f->fn == (Value)&bool_type ? x : obj_call1(vm, f->fn, x);
        if (!keep)
            return NULL;
        int t = obj_truth(vm, keep);
        if (t < 0)
            return NULL;
        if (t)
            return x;
        if (!vm_tick(vm))
            return NULL;
    }
}

Type filter_type = {
    .ob = {&type_type}, .name = "filter", .flags = TF_BASETYPE, .basicsize = sizeof(Filter),
    .iter = self_iter, .next = filter_next, .new_ = filter_new,
};

/* ---- reversed ---- */

typedef struct Reversed {
    Obj ob;
    Value seq;
    int64_t i;
} Reversed;

static Value reversed_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_no_kw(vm, "reversed", kwnames))
        return NULL;
    if (nargs != 1)
        return exc_raise(vm, &Exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    Value seq = args[0];
    Value f = type_lookup(TYPE(seq), NM(__reversed__));
    if (f == NONE)   /* __reversed__ = None declares the object not reversible */
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not reversible", tname(seq));
    Value r = f == VAL_MISSING ? VAL_MISSING : call_special(vm, seq, NM(__reversed__), NULL, 0);
    if (r != VAL_MISSING)
        return r;
    if (!TYPE(seq)->getitem || !TYPE(seq)->len || IS_DICT(seq))
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not reversible", tname(seq));
    int64_t n = obj_len(vm, seq);
    if (n < 0)
        return NULL;
    Reversed *rv = (Reversed *)gc_new(vm, t, sizeof(Reversed));
    if (!rv)
        return NULL;
    rv->seq = seq;
    rv->i = n - 1;
    return (Value)rv;
}

static Value reversed_next(VM *vm, Value v) {
    Reversed *r = (Reversed *)v;
    if (r->i < 0 || !r->seq)
        return VAL_STOP;
    Value x = obj_getitem(vm, r->seq, MK_SMALL(r->i));
    if (!x) {
        if (exc_pending_matches(vm, &Exc_IndexError) || exc_pending_matches(vm, &Exc_StopIteration)) {
            exc_clear(vm);
            r->seq = NULL;
            return VAL_STOP;
        }
        return NULL;
    }
    r->i--;
    return x;
}

static Value reversed_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Reversed *r = (Reversed *)self;
    if (!r->seq)
        return MK_SMALL(0);
    int64_t n = obj_len(vm, r->seq);
    if (n < 0)
        return NULL;
    return MK_SMALL(n < r->i + 1 ? 0 : r->i + 1);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type reversed_type = {
    .ob = {&type_type}, .name = "reversed", .flags = TF_BASETYPE,
    .basicsize = sizeof(Reversed), .iter = self_iter, .next = reversed_next,
    .new_ = reversed_new, .methods = reversed_methods,
};

/* ---- iteration over __getitem__ ---- */

typedef struct SeqIter {
    Obj ob;
    Value seq;
    int64_t i;
} SeqIter;

Value seqiter_new(VM *vm, Value seq) {
    SeqIter *s = (SeqIter *)gc_new(vm, &seqiter_type, sizeof(SeqIter));
    if (!s)
        return NULL;
    s->seq = seq;
    s->i = 0;
    return (Value)s;
}

static Value seqiter_next(VM *vm, Value v) {
    SeqIter *s = (SeqIter *)v;
    if (!s->seq)
        return VAL_STOP;
    Value x = obj_getitem(vm, s->seq, MK_SMALL(s->i));
    if (!x) {
        if (exc_pending_matches(vm, &Exc_IndexError) ||
            exc_pending_matches(vm, &Exc_StopIteration)) {
            exc_clear(vm);
            s->seq = NULL;
            return VAL_STOP;
        }
        return NULL;
    }
    s->i++;
    return x;
}

/* The items left when the sequence has a length; NotImplemented (no hint) otherwise. */
static Value seqiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    SeqIter *s = (SeqIter *)self;
    if (!s->seq)
        return MK_SMALL(0);
    if (!TYPE(s->seq)->len)
        return NOTIMPL;
    int64_t n = obj_len(vm, s->seq);
    if (n < 0)
        return NULL;
    return MK_SMALL(n - s->i >= 0 ? n - s->i : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type seqiter_type = {
    .ob = {&type_type}, .name = "iterator", .basicsize = sizeof(SeqIter),
    .iter = self_iter, .next = seqiter_next, .methods = seqiter_methods,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct CallIter {
    Obj ob;
    Value fn, sentinel;
} CallIter;

Value calliter_new(VM *vm, Value fn, Value sentinel) {
    CallIter *c = (CallIter *)gc_new(vm, &calliter_type, sizeof(CallIter));
    if (!c)
        return NULL;
    c->fn = fn;
    c->sentinel = sentinel;
    return (Value)c;
}

static Value calliter_next(VM *vm, Value v) {
    CallIter *c = (CallIter *)v;
    if (!c->fn)
        return VAL_STOP;
    Value x = obj_call0(vm, c->fn);
    if (!x) {
        if (exc_pending_matches(vm, &Exc_StopIteration)) {
            exc_clear(vm);
            c->fn = NULL;
            return VAL_STOP;
        }
        return NULL;
    }
    int eq = obj_eq(vm, x, c->sentinel);
    if (eq < 0)
        return NULL;
    if (eq) {
        c->fn = NULL;
        return VAL_STOP;
    }
    return x;
}

Type calliter_type = {
    .ob = {&type_type}, .name = "callable_iterator", .basicsize = sizeof(CallIter),
    .iter = self_iter, .next = calliter_next,
};
