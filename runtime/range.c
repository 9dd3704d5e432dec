/* range: O(1) len, membership, indexing and slicing, for ints of any size; slice objects. */
#include "rt.h"

static Value sub(VM *vm, Value a, Value b) { return int_binop(vm, a, b, OP_SUB); }
static Value add(VM *vm, Value a, Value b) { return int_binop(vm, a, b, OP_ADD); }
static Value mul(VM *vm, Value a, Value b) { return int_binop(vm, a, b, OP_MUL); }
static Value fdiv(VM *vm, Value a, Value b) { return int_binop(vm, a, b, OP_FLOORDIV); }

/* len = max(0, (stop - start + step - sign(step)) // step) */
static Value compute_len(VM *vm, Value start, Value stop, Value step) {
    int64_t a, b, s;
    if (int_fits_i64(start, &a) && int_fits_i64(stop, &b) && int_fits_i64(step, &s) &&
        a > SMALL_MIN / 2 && a < SMALL_MAX / 2 && b > SMALL_MIN / 2 && b < SMALL_MAX / 2) {
        int64_t n = 0;
        if (s > 0 && a < b)
            n = (b - a - 1) / s + 1;
        else if (s < 0 && a > b)   /* -s overflows for INT64_MIN, whose count is 1 */
            n = s == INT64_MIN ? 1 : (a - b - 1) / (-s) + 1;
        return MK_SMALL(n);
    }
    int sg = int_sign(step);
    Value d = sub(vm, stop, start);
    if (!d)
        return NULL;
    if ((sg > 0 && int_sign(d) <= 0) || (sg < 0 && int_sign(d) >= 0))
        return MK_SMALL(0);
    Value t = add(vm, d, int_binop(vm, step, MK_SMALL(sg), OP_SUB));
    return t ? fdiv(vm, t, step) : NULL;
}

static Value to_int(VM *vm, Value v) {
    if (IS_INT(v))
        return IS_BOOL(v) ? MK_SMALL(v == TRUE_V) : v;
    if (IS_FLOAT(v))
        return exc_raise(vm, &Exc_TypeError, "'float' object cannot be interpreted as an integer");
    return int_index(vm, v);
}

Value range_new(VM *vm, Value start, Value stop, Value step) {
    Range *r = (Range *)gc_new(vm, &range_type, sizeof(Range));
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = compute_len(vm, start, stop, step);
    return r->len ? (Value)r : NULL;
}

static Value range_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_no_kw(vm, "range", kwnames))
        return NULL;
    if (nargs < 1 || nargs > 3) {
        if (nargs < 1)
            return exc_raise(vm, &Exc_TypeError, "range expected at least 1 argument, got %zu",
                             nargs);
        return exc_raise(vm, &Exc_TypeError, "range expected at most 3 arguments, got %zu",
                         nargs);
    }
    Value start = MK_SMALL(0), stop, step = MK_SMALL(1);
    if (nargs == 1) {
        if (!(stop = to_int(vm, args[0])))
            return NULL;
    } else {
        if (!(start = to_int(vm, args[0])) || !(stop = to_int(vm, args[1])))
            return NULL;
        if (nargs == 3) {
            if (!(step = to_int(vm, args[2])))
                return NULL;
            if (int_sign(step) == 0)
                return exc_raise(vm, &Exc_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_new(vm, start, stop, step);
}

static Value range_repr(VM *vm, Value v) {
    Range *r = AS_RANGE(v);
    if (r->step == MK_SMALL(1))
        return str_fmt(vm, "range(%R, %R)", r->start, r->stop);
    return str_fmt(vm, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int64_t range_len(VM *vm, Value v) {
    int64_t n;
    if (!int_fits_i64(AS_RANGE(v)->len, &n)) {
        exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_truth(VM *vm, Value v) {
    return int_sign(AS_RANGE(v)->len) != 0;
}

static Value item_at(VM *vm, Range *r, Value i) {
    Value m = mul(vm, i, r->step);
    return m ? add(vm, r->start, m) : NULL;
}

static Value slice_part_int(VM *vm, Value v) {
    Value i = int_index(vm, v);
    if (!i && exc_pending_matches(vm, &Exc_TypeError)) {
        exc_clear(vm);
        exc_raise(vm, &Exc_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
    }
    return i;
}

/* A slice bound as CPython's _PySlice_GetLongIndices resolves it: ints of any size, counted
 * from the end when negative, clamped to [lower, upper]. */
static Value long_bound(VM *vm, Value v, Value dflt, Value len, Value lower, Value upper) {
    if (v == NONE)
        return dflt;
    if (!(v = slice_part_int(vm, v)))
        return NULL;
    if (int_sign(v) < 0) {
        if (!(v = add(vm, v, len)))
            return NULL;
        return int_cmp(v, lower) < 0 ? lower : v;
    }
    return int_cmp(v, upper) > 0 ? upper : v;
}

/* The slice's start, stop and step for a sequence of len items, as ints of any size
 * (CPython's _PySlice_GetLongIndices, behind range slicing and slice.indices). */
static bool long_indices(VM *vm, Slice *s, Value len, Value *pstart, Value *pstop,
                         Value *pstep) {
    Value step = MK_SMALL(1);
    if (s->step != NONE && !(step = slice_part_int(vm, s->step)))
        return false;
    if (int_sign(step) == 0) {
        exc_raise(vm, &Exc_ValueError, "slice step cannot be zero");
        return false;
    }
    bool neg = int_sign(step) < 0;
    Value lower = MK_SMALL(neg ? -1 : 0), upper = neg ? sub(vm, len, MK_SMALL(1)) : len;
    Value start = upper ? long_bound(vm, s->start, neg ? upper : lower, len, lower, upper) : NULL;
    Value stop = start ? long_bound(vm, s->stop, neg ? lower : upper, len, lower, upper) : NULL;
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    return stop != NULL;
}

/* r[slice] is a range: start + i*step for the slice's indices i (CPython's compute_slice). */
static Value range_slice(VM *vm, Range *r, Slice *s) {
    Value start, stop, step;
    if (!long_indices(vm, s, r->len, &start, &stop, &step))
        return NULL;
    Value nstart = item_at(vm, r, start);
    Value nstop = nstart ? item_at(vm, r, stop) : NULL;
    Value nstep = nstop ? mul(vm, step, r->step) : NULL;
    return nstep ? range_new(vm, nstart, nstop, nstep) : NULL;
}

static Value range_getitem(VM *vm, Value v, Value key) {
    Range *r = AS_RANGE(v);
    if (TYPE(key) == &slice_type)
        return range_slice(vm, r, AS_SLICE(key));
    Value i = IS_INT(key) ? key : NULL;
    if (!i) {
        if (call_special(vm, key, NM(__index__), NULL, 0) == VAL_MISSING)
            return exc_raise(vm, &Exc_TypeError,
                             "range indices must be integers or slices, not %s", tname(key));
        if (vm->exc || !(i = int_index(vm, key)))
            return NULL;
    }
    if (int_sign(i) < 0 && !(i = add(vm, i, r->len)))
        return NULL;
    if (int_sign(i) < 0 || int_cmp(i, r->len) >= 0)
        return exc_raise(vm, &Exc_IndexError, "range object index out of range");
    return item_at(vm, r, i);
}

/* 1 if the int x is in r */
static int contains_int(VM *vm, Range *r, Value x) {
    int sg = int_sign(r->step);
    int c1 = int_cmp(x, r->start), c2 = int_cmp(x, r->stop);
    if (sg > 0 ? (c1 < 0 || c2 >= 0) : (c1 > 0 || c2 <= 0))
        return 0;
    Value d = sub(vm, x, r->start);
    Value m = d ? int_binop(vm, d, r->step, OP_MOD) : NULL;
    if (!m)
        return -1;
    return int_sign(m) == 0;
}

static int range_contains(VM *vm, Value v, Value x) {
    if (IS_INT(x) && (IS_SMALL(x) || TYPE(x) == &int_type || IS_BOOL(x)))
        return contains_int(vm, AS_RANGE(v), IS_BOOL(x) ? MK_SMALL(x == TRUE_V) : x);
    Value it = obj_iter(vm, v);
    if (!it)
        return -1;
    for (;;) {
        Value e = obj_next(vm, it);
        if (e == VAL_STOP)
            return 0;
        if (!e || !vm_tick(vm))
            return -1;
        int eq = obj_eq(vm, e, x);
        if (eq)
            return eq;
    }
}

static Value range_richcmp(VM *vm, Value a, Value b, int op) {
    if (TYPE(b) != &range_type || (op != CMP_EQ && op != CMP_NE))
        return NOTIMPL;
    Range *x = AS_RANGE(a), *y = AS_RANGE(b);
    bool eq;
    if (int_cmp(x->len, y->len) != 0)
        eq = false;
    else if (int_sign(x->len) == 0)
        eq = true;
    else if (int_cmp(x->start, y->start) != 0)
        eq = false;
    else if (int_cmp(x->len, MK_SMALL(1)) == 0)
        eq = true;
    else
        eq = int_cmp(x->step, y->step) == 0;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static bool range_hash(VM *vm, Value v, int64_t *out) {
    Range *r = AS_RANGE(v);
    Value t;
    if (int_sign(r->len) == 0)
        t = tuple_pack(vm, 3, r->len, NONE, NONE);
    else if (int_cmp(r->len, MK_SMALL(1)) == 0)
        t = tuple_pack(vm, 3, r->len, r->start, NONE);
    else
        t = tuple_pack(vm, 3, r->len, r->start, r->step);
    return t && obj_hash(vm, t, out);
}

/* ---- iteration: a small-int fast path and a general one ---- */

typedef struct RangeIter {
    Obj ob;
    int64_t next, step, left;    /* small path */
    Value bnext, bstep, bleft;   /* big path (bnext NULL when small) */
} RangeIter;

/* Whether CPython iterates r (reversed if `reverse`) with its C-long range_iterator rather than
 * a longrange_iterator: only the type's name, which type() shows, depends on it. */
static bool c_long_iter(Range *r, bool reverse) {
    int64_t a, b, s, n;
    if (!int_fits_i64(r->start, &a) || !int_fits_i64(r->stop, &b) ||
        !int_fits_i64(r->step, &s) || !int_fits_i64(r->len, &n))
        return false;
    if (reverse) {
        __int128 new_stop = (__int128)a - s;
        return s != INT64_MIN && new_stop >= INT64_MIN && new_stop <= INT64_MAX;
    }
    return n == 0 || (s > 0 ? b <= INT64_MAX - (s - 1) : b >= INT64_MIN + (-1 - s));
}

static Value make_iter(VM *vm, Value start, Value step, Value len, bool c_long) {
    RangeIter *it = (RangeIter *)gc_new(vm, c_long ? &range_iter_type : &longrange_iter_type,
                                        sizeof(RangeIter));
    if (!it)
        return NULL;
    int64_t a, s, n;
    if (int_fits_i64(start, &a) && int_fits_i64(step, &s) && int_fits_i64(len, &n)) {
        __int128 last = (__int128)a + (__int128)s * n;
        if (last > SMALL_MIN && last < SMALL_MAX) {
            it->next = a;
            it->step = s;
            it->left = n;
            it->bnext = NULL;
            return (Value)it;
        }
    }
    it->bnext = start;
    it->bstep = step;
    it->bleft = len;
    return (Value)it;
}

static Value range_iter(VM *vm, Value v) {
    Range *r = AS_RANGE(v);
    return make_iter(vm, r->start, r->step, r->len, c_long_iter(r, false));
}

static Value rangeiter_next(VM *vm, Value v) {
    RangeIter *it = (RangeIter *)v;
    if (LIKELY(!it->bnext)) {
        if (it->left <= 0)
            return VAL_STOP;
        it->left--;
        int64_t x = it->next;
        it->next += it->step;
        return MK_SMALL(x);
    }
    if (int_sign(it->bleft) <= 0)
        return VAL_STOP;
    Value x = it->bnext;
    it->bnext = add(vm, x, it->bstep);
    it->bleft = sub(vm, it->bleft, MK_SMALL(1));
    return it->bnext && it->bleft ? x : NULL;
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

static Value rangeiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    RangeIter *it = (RangeIter *)self;
    return it->bnext ? it->bleft : MK_SMALL(it->left > 0 ? it->left : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type range_iter_type = {
    .ob = {&type_type}, .name = "range_iterator", .basicsize = sizeof(RangeIter),
    .iter = self_iter, .next = rangeiter_next, .methods = rangeiter_methods,
};

Type longrange_iter_type = {
    .ob = {&type_type}, .name = "longrange_iterator", .basicsize = sizeof(RangeIter),
    .iter = self_iter, .next = rangeiter_next, .methods = rangeiter_methods,
};

static Value m_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Range *r = AS_RANGE(self);
    /* last = start + (len - 1) * step */
    Value lm1 = sub(vm, r->len, MK_SMALL(1));
    Value last = lm1 ? item_at(vm, r, lm1) : NULL;
    Value nstep = last ? int_binop(vm, MK_SMALL(0), r->step, OP_SUB) : NULL;
    return nstep ? make_iter(vm, last, nstep, r->len, c_long_iter(r, true)) : NULL;
}

static Value m_count(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "range.count", nargs, kw, 1, 1))
        return NULL;
    if (IS_INT(args[0])) {
        int c = contains_int(vm, AS_RANGE(self), IS_BOOL(args[0]) ? MK_SMALL(args[0] == TRUE_V)
                                                                  : args[0]);
        return c < 0 ? NULL : MK_SMALL(c);
    }
    int c = range_contains(vm, self, args[0]);
    return c < 0 ? NULL : MK_SMALL(c);
}

static Value m_index(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "range.index", nargs, kw, 1, 1))
        return NULL;
    Range *r = AS_RANGE(self);
    Value x = args[0];
    if (IS_INT(x)) {
        if (IS_BOOL(x))
            x = MK_SMALL(x == TRUE_V);
        int c = contains_int(vm, r, x);
        if (c < 0)
            return NULL;
        if (c) {
            Value d = sub(vm, x, r->start);
            return d ? fdiv(vm, d, r->step) : NULL;
        }
    } else {
        Value it = obj_iter(vm, self);
        if (!it)
            return NULL;
        for (int64_t i = 0;; i++) {
            Value e = obj_next(vm, it);
            if (e == VAL_STOP)
                break;
            if (!e)
                return NULL;
            int eq = obj_eq(vm, e, x);
            if (eq < 0)
                return NULL;
            if (eq)
                return MK_SMALL(i);
        }
    }
    if (!IS_INT(x))   /* searched by iteration, as any sequence */
        return exc_raise(vm, &Exc_ValueError, "sequence.index(x): x not in sequence");
    return exc_raise(vm, &Exc_ValueError, "%R is not in range", args[0]);
}

static Value get_start(VM *vm, Value v) { return AS_RANGE(v)->start; }
static Value get_stop(VM *vm, Value v) { return AS_RANGE(v)->stop; }
static Value get_step(VM *vm, Value v) { return AS_RANGE(v)->step; }

static const MethodDef range_methods[] = {
    {"__reversed__", m_reversed, 0, NULL},
    {"count", m_count, 0, NULL},
    {"index", m_index, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* start, stop and step are read-only members in CPython, which words the refusal so */
static int set_readonly(VM *vm, Value self, Value v) {
    exc_raise(vm, &Exc_AttributeError, "readonly attribute");
    return -1;
}

static const GetSetDef range_getsets[] = {
    {"start", get_start, set_readonly, NULL},
    {"stop", get_stop, set_readonly, NULL},
    {"step", get_step, set_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

Type range_type = {
    .ob = {&type_type}, .name = "range", .basicsize = sizeof(Range),
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .repr = range_repr, .hash = range_hash, .richcmp = range_richcmp, .len = range_len,
    .truth = range_truth, .getitem = range_getitem, .contains = range_contains,
    .iter = range_iter, .new_ = range_tp_new, .methods = range_methods,
    .getsets = range_getsets,
};

/* ---- slice ---- */

Value slice_new(VM *vm, Value start, Value stop, Value step) {
    Slice *s = (Slice *)gc_new(vm, &slice_type, sizeof(Slice));
    if (!s)
        return NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return (Value)s;
}

static Value slice_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_no_kw(vm, "slice", kwnames))
        return NULL;
    if (nargs < 1 || nargs > 3)
        return exc_raise(vm, &Exc_TypeError, "slice expected %s%d argument%s, got %zu",
                         nargs < 1 ? "at least " : "at most ", nargs < 1 ? 1 : 3,
                         nargs < 1 ? "" : "s", nargs);
    if (nargs == 1)
        return slice_new(vm, NONE, args[0], NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : NONE);
}

static Value slice_repr(VM *vm, Value v) {
    Slice *s = AS_SLICE(v);
    return str_fmt(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_richcmp(VM *vm, Value a, Value b, int op) {
    if (TYPE(b) != &slice_type)
        return NOTIMPL;
    Slice *x = AS_SLICE(a), *y = AS_SLICE(b);
    Value ta = tuple_pack(vm, 3, x->start, x->stop, x->step);
    Value tb = tuple_pack(vm, 3, y->start, y->stop, y->step);
    return ta && tb ? obj_richcmp(vm, ta, tb, op) : NULL;
}

static Value m_indices(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "slice.indices", nargs, kw, 1, 1))
        return NULL;
    Value len = int_index(vm, args[0]), start, stop, step;
    if (!len)
        return NULL;
    if (int_sign(len) < 0)
        return exc_raise(vm, &Exc_ValueError, "length should not be negative");
    if (!long_indices(vm, AS_SLICE(self), len, &start, &stop, &step))
        return NULL;
    return tuple_pack(vm, 3, start, stop, step);
}

static Value sget_start(VM *vm, Value v) { return AS_SLICE(v)->start; }
static Value sget_stop(VM *vm, Value v) { return AS_SLICE(v)->stop; }
static Value sget_step(VM *vm, Value v) { return AS_SLICE(v)->step; }

static const MethodDef slice_methods[] = {
    {"indices", m_indices, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef slice_getsets[] = {
    {"start", sget_start, set_readonly, NULL},
    {"stop", sget_stop, set_readonly, NULL},
    {"step", sget_step, set_readonly, NULL},
    {NULL, NULL, NULL, NULL},
};

Type slice_type = {
    .ob = {&type_type}, .name = "slice", .basicsize = sizeof(Slice),
    .repr = slice_repr, .hash = hash_unhashable, .richcmp = slice_richcmp,
    .new_ = slice_tp_new, .methods = slice_methods, .getsets = slice_getsets,
};
