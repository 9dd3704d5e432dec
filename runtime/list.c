/* list */
#include "rt.h"

static bool list_reserve(VM *vm, List *l, size_t need) {
    if (need <= l->cap)
        return true;
    if (need > ((size_t)1 << 36))
        return vm_limit_error(vm, LIMIT_MEMORY, "list too large");
    size_t nc = l->cap + (l->cap >> 1) + 4;
    if (nc < need)
        nc = need;
    Value *items = gc_realloc(vm, l->items, nc * sizeof(Value), false);
    if (!items)
        return false;
    l->items = items;
    l->cap = nc;
    return true;
}

static List *list_alloc(VM *vm, Type *t) {
    List *l = (List *)gc_new(vm, t, t->basicsize);
    if (l) {
        l->len = l->cap = 0;
        l->items = NULL;
        if (t->dictoffset)
            l->dict = NULL;
    }
    return l;
}

Value list_new(VM *vm, size_t cap) {
    List *l = list_alloc(vm, &list_type);
    if (!l || !list_reserve(vm, l, cap))
        return NULL;
    return (Value)l;
}

Value list_from(VM *vm, const Value *items, size_t n) {
    Value v = list_new(vm, n);
    if (!v)
        return NULL;
    if (n)
        memcpy(AS_LIST(v)->items, items, n * sizeof(Value));
    AS_LIST(v)->len = n;
    return v;
}

bool list_append(VM *vm, Value v, Value x) {
    List *l = AS_LIST(v);
    if (UNLIKELY(l->len == l->cap) && !list_reserve(vm, l, l->len + 1))
        return false;
    l->items[l->len++] = x;
    return true;
}

bool list_resize(VM *vm, Value v, size_t n) {
    List *l = AS_LIST(v);
    if (!list_reserve(vm, l, n))
        return false;
    for (size_t i = l->len; i < n; i++)
        l->items[i] = NONE;
    l->len = n;
    return true;
}

bool list_extend(VM *vm, Value v, Value it) {
    if (seq_walks_items(it)) {
        size_t n = IS_LIST(it) ? AS_LIST(it)->len : AS_TUPLE(it)->len;
        List *l = AS_LIST(v);
        if (!list_reserve(vm, l, l->len + n) || !vm_charge(vm, n))
            return false;
        const Value *src = IS_LIST(it) ? AS_LIST(it)->items : AS_TUPLE(it)->items;
        if (n)   /* an empty list may have no item array */
            memmove(l->items + l->len, src, n * sizeof(Value));
        l->len += n;
        return true;
    }
    Value iter = obj_iter(vm, it);
    if (!iter)
        return false;
    for (;;) {
        Value x = obj_next(vm, iter);
        if (x == VAL_STOP)
            return true;
        if (!x || !list_append(vm, v, x) || !vm_tick(vm))
            return false;
    }
}

bool list_insert(VM *vm, Value v, int64_t i, Value x) {
    List *l = AS_LIST(v);
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    } else if (i > n) {
        i = n;
    }
    if (!list_reserve(vm, l, l->len + 1) || !vm_charge(vm, (uint64_t)(n - i)))
        return false;
    memmove(l->items + i + 1, l->items + i, (size_t)(n - i) * sizeof(Value));
    l->items[i] = x;
    l->len++;
    return true;
}

Value list_from_iter(VM *vm, Value it) {
    Value l = list_new(vm, 0);
    if (!l || !list_extend(vm, l, it))
        return NULL;
    return l;
}

/* ---- slots ---- */

static Value list_repr(VM *vm, Value v) {
    return seq_repr(vm, v, AS_LIST(v)->items, AS_LIST(v)->len, "[", "]");
}

static int64_t list_len(VM *vm, Value v) {
    return (int64_t)AS_LIST(v)->len;
}

static Value list_getitem(VM *vm, Value v, Value key) {
    List *l = AS_LIST(v);
    if (LIKELY(IS_SMALL(key))) {
        int64_t i = SMALL_VAL(key);
        if (i < 0)
            i += (int64_t)l->len;
        if (LIKELY(i >= 0 && (uint64_t)i < l->len))
            return l->items[i];
        return exc_raise(vm, &Exc_IndexError, "list index out of range");
    }
    if (TYPE(key) == &slice_type) {
        int64_t start, stop, step, n;
        if (!slice_indices(vm, key, l->len, &start, &stop, &step, &n))
            return NULL;
        Value r = list_new(vm, (size_t)n);
        if (!r || !vm_charge(vm, (uint64_t)n))
            return NULL;
        for (int64_t i = 0; i < n; i++)
            AS_LIST(r)->items[i] = l->items[start + i * step];
        AS_LIST(r)->len = (size_t)n;
        return r;
    }
    if (!IS_INT(key) && call_special(vm, key, NM(__index__), NULL, 0) == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "list indices must be integers or slices, not %T",
                         key);
    if (vm->exc)
        return NULL;
    size_t i;
    if (!seq_index(vm, key, l->len, &i, "list"))
        return NULL;
    return l->items[i];
}

static int assign_slice(VM *vm, List *l, Value key, Value v) {
    int64_t start, stop, step, n;
    if (!slice_indices(vm, key, l->len, &start, &stop, &step, &n))
        return -1;
    size_t m = 0;
    Value *src = NULL;
    if (v) {
        if ((Value)l == v) {
            src = gc_alloc(vm, (l->len + 1) * sizeof(Value));
            if (!src)
                return -1;
            memcpy(src, l->items, l->len * sizeof(Value));
            m = l->len;
        } else {
            src = obj_unpack_iter(vm, v, &m);
            if (!src) {
                if (exc_pending_matches(vm, &Exc_TypeError) && !IS_LIST(v)) {
                    exc_clear(vm);
                    exc_raise(vm, &Exc_TypeError, step == 1 ? "can only assign an iterable"
                                                            : "must assign iterable to extended slice");
                }
                return -1;
            }
        }
    }
    if (step == 1) {
        if (stop < start)
            stop = start;
        size_t old = (size_t)(stop - start);
        size_t newlen = l->len - old + m;
        if (!list_reserve(vm, l, newlen) || !vm_charge(vm, newlen))
            return -1;
        memmove(l->items + start + m, l->items + stop, (l->len - (size_t)stop) * sizeof(Value));
        if (m)
            memcpy(l->items + start, src, m * sizeof(Value));
        l->len = newlen;
        return 0;
    }
    if (!v) {   /* del l[a:b:c] */
        if (n == 0)
            return 0;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < l->len; r++) {
            if (r >= (size_t)start && (r - (size_t)start) % (size_t)step == 0 &&
                (int64_t)((r - (size_t)start) / (size_t)step) < n)
                continue;
            l->items[w++] = l->items[r];
        }
        l->len = w;
        return 0;
    }
    if ((int64_t)m != n) {
        exc_raise(vm, &Exc_ValueError,
                  "attempt to assign sequence of size %zu to extended slice of size %lld", m,
                  (long long)n);
        return -1;
    }
    for (int64_t i = 0; i < n; i++)
        l->items[start + i * step] = src[i];
    return 0;
}

static int list_setitem(VM *vm, Value v, Value key, Value x) {
    List *l = AS_LIST(v);
    if (TYPE(key) == &slice_type)
        return assign_slice(vm, l, key, x);
    if (!IS_INT(key) && call_special(vm, key, NM(__index__), NULL, 0) == VAL_MISSING) {
        exc_raise(vm, &Exc_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    if (vm->exc)
        return -1;
    size_t i;
    if (!seq_index(vm, key, l->len, &i, x ? "list assignment" : "list assignment"))
        return -1;
    if (x) {
        l->items[i] = x;
    } else {
        memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
        l->len--;
    }
    return 0;
}

static int list_contains(VM *vm, Value v, Value x) {
    List *l = AS_LIST(v);
    for (size_t i = 0; i < l->len; i++) {
        if (l->items[i] == x)
            return 1;
        if (!vm_charge_item(vm, i))
            return -1;
        int eq = obj_eq(vm, l->items[i], x);
        if (eq)
            return eq;
    }
    return 0;
}

static Value list_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_LIST(b))
        return NOTIMPL;
    return seq_richcmp(vm, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items,
                       AS_LIST(b)->len, op);
}

static Value list_binop(VM *vm, Value a, Value b, int op) {
    if (op == OP_ADD) {
        if (!IS_LIST(a) || !IS_LIST(b))
            return NOTIMPL;   /* the other operand's __radd__ comes first (abstract.c) */
        size_t na = AS_LIST(a)->len, nb = AS_LIST(b)->len;
        Value r = list_new(vm, na + nb);
        if (!r || !vm_charge(vm, na + nb))
            return NULL;
        if (na)   /* an empty list may have no item array */
            memcpy(AS_LIST(r)->items, AS_LIST(a)->items, na * sizeof(Value));
        if (nb)
            memcpy(AS_LIST(r)->items + na, AS_LIST(b)->items, nb * sizeof(Value));
        AS_LIST(r)->len = na + nb;
        return r;
    }
    if (op == OP_MUL) {
        Value seq = IS_LIST(a) ? a : b;
        int64_t n;
        Value ok = seq_count_arg(vm, IS_LIST(a) ? b : a, &n);
        if (ok != TRUE_V)
            return ok;
        size_t len = AS_LIST(seq)->len;
        if (n <= 0 || len == 0)
            return list_new(vm, 0);
        if ((uint64_t)n > ((uint64_t)1 << 40) / len)
            return vm_limit_error(vm, LIMIT_MEMORY, "list too large"), NULL;
        size_t total = len * (size_t)n;
        if (!gc_can_alloc(vm, total * sizeof(Value)) || !vm_charge(vm, total))
            return NULL;
        Value r = list_new(vm, total);
        if (!r)
            return NULL;
        Value *d = AS_LIST(r)->items;
        for (int64_t k = 0; k < n; k++)
            memcpy(d + (size_t)k * len, AS_LIST(seq)->items, len * sizeof(Value));
        AS_LIST(r)->len = total;
        return r;
    }
    return NOTIMPL;
}

static Value list_inplace(VM *vm, Value a, Value b, int op) {
    if (op == OP_ADD) {
        if (!list_extend(vm, a, b))
            return NULL;
        return a;
    }
    if (op == OP_MUL) {
        Value r = list_binop(vm, a, b, OP_MUL);
        if (!r || r == NOTIMPL)
            return r;
        AS_LIST(a)->items = AS_LIST(r)->items;
        AS_LIST(a)->len = AS_LIST(r)->len;
        AS_LIST(a)->cap = AS_LIST(r)->cap;
        return a;
    }
    return NOTIMPL;
}

/* ---- iteration ---- */

typedef struct ListIter {
    Obj ob;
    Value list;
    size_t i;
} ListIter;

static Value list_iter(VM *vm, Value v) {
    ListIter *it = (ListIter *)gc_new(vm, &list_iter_type, sizeof(ListIter));
    if (!it)
        return NULL;
    it->list = v;
    it->i = 0;
    return (Value)it;
}

static Value listiter_next(VM *vm, Value v) {
    ListIter *it = (ListIter *)v;
    if (it->list && it->i < AS_LIST(it->list)->len)
        return AS_LIST(it->list)->items[it->i++];
    it->list = NULL;
    return VAL_STOP;
}

static Value listreviter_next(VM *vm, Value v) {
    ListIter *it = (ListIter *)v;
    if (it->list && it->i > 0 && it->i <= AS_LIST(it->list)->len)
        return AS_LIST(it->list)->items[--it->i];
    it->list = NULL;
    return VAL_STOP;
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

static Value listiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    ListIter *it = (ListIter *)self;
    if (!it->list)
        return MK_SMALL(0);
    size_t n = AS_LIST(it->list)->len;
    return MK_SMALL(it->i < n ? n - it->i : 0);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type list_iter_type = {
    .ob = {&type_type}, .name = "list_iterator", .basicsize = sizeof(ListIter),
    .iter = self_iter, .next = listiter_next, .methods = listiter_methods,
};

/* it->i is one past the next index; a list shrunk below it ends the iteration */
static Value listreviter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    ListIter *it = (ListIter *)self;
    return MK_SMALL(it->list && it->i <= AS_LIST(it->list)->len ? (int64_t)it->i : 0);
}

static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type list_reviter_type = {
    .ob = {&type_type}, .name = "list_reverseiterator", .basicsize = sizeof(ListIter),
    .iter = self_iter, .next = listreviter_next, .methods = listreviter_methods,
};

/* ---- construction ---- */

static Value list_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    List *l = list_alloc(vm, t);
    return (Value)l;
}

static int list_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    if (!args_count(vm, "list", nargs, kwnames, 0, 1))
        return -1;
    Value it = nargs ? args[0] : NULL;
    AS_LIST(self)->len = 0;
    if (it && !list_extend(vm, self, it))
        return -1;
    return 0;
}

/* ---- methods ---- */

static Value m_append(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.append", nargs, kw, 1, 1))
        return NULL;
    return list_append(vm, self, args[0]) ? NONE : NULL;
}

static Value m_extend(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.extend", nargs, kw, 1, 1))
        return NULL;
    return list_extend(vm, self, args[0]) ? NONE : NULL;
}

static Value m_insert(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    int64_t i;
    if (!args_count(vm, "list.insert", nargs, kw, 2, 2) || !obj_as_index(vm, args[0], &i))
        return NULL;
    return list_insert(vm, self, i, args[1]) ? NONE : NULL;
}

static Value m_pop(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.pop", nargs, kw, 0, 1))
        return NULL;
    List *l = AS_LIST(self);
    int64_t i = -1;
    if (nargs && !obj_as_index(vm, args[0], &i))
        return NULL;
    if (l->len == 0)
        return exc_raise(vm, &Exc_IndexError, "pop from empty list");
    if (i < 0)
        i += (int64_t)l->len;
    if (i < 0 || (uint64_t)i >= l->len)
        return exc_raise(vm, &Exc_IndexError, "pop index out of range");
    Value x = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    return x;
}

static Value m_remove(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.remove", nargs, kw, 1, 1))
        return NULL;
    List *l = AS_LIST(self);
    for (size_t i = 0; i < l->len; i++) {
        if (!vm_charge_item(vm, i))
            return NULL;
        int eq = l->items[i] == args[0] ? 1 : obj_eq(vm, l->items[i], args[0]);
        if (eq < 0)
            return NULL;
        if (eq) {
            if (i < l->len) {
                memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
                l->len--;
            }
            return NONE;
        }
    }
    return exc_raise(vm, &Exc_ValueError, "list.remove(x): x not in list");
}

static Value m_index(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.index", nargs, kw, 1, 3))
        return NULL;
    List *l = AS_LIST(self);
    size_t start = 0, stop = l->len;
    if (nargs > 1 && !seq_search_bound(vm, args[1], l->len, &start))
        return NULL;
    if (nargs > 2 && !seq_search_bound(vm, args[2], l->len, &stop))
        return NULL;
    for (size_t i = start; i < stop && i < l->len; i++) {
        if (!vm_charge_item(vm, i))
            return NULL;
        int eq = l->items[i] == args[0] ? 1 : obj_eq(vm, l->items[i], args[0]);
        if (eq < 0)
            return NULL;
        if (eq)
            return MK_SMALL((int64_t)i);
    }
    return exc_raise(vm, &Exc_ValueError, "%R is not in list", args[0]);
}

static Value m_count(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.count", nargs, kw, 1, 1))
        return NULL;
    List *l = AS_LIST(self);
    int64_t c = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (!vm_charge_item(vm, i))
            return NULL;
        int eq = l->items[i] == args[0] ? 1 : obj_eq(vm, l->items[i], args[0]);
        if (eq < 0)
            return NULL;
        c += eq;
    }
    return MK_SMALL(c);
}

static Value m_clear(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.clear", nargs, kw, 0, 0))
        return NULL;
    AS_LIST(self)->len = 0;
    AS_LIST(self)->cap = 0;
    AS_LIST(self)->items = NULL;
    return NONE;
}

static Value m_copy(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.copy", nargs, kw, 0, 0))
        return NULL;
    return list_from(vm, AS_LIST(self)->items, AS_LIST(self)->len);
}

static Value m_reverse(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "list.reverse", nargs, kw, 0, 0))
        return NULL;
    List *l = AS_LIST(self);
    /* charged as it goes, so the time limit holds in the middle of a huge list (which a limit
     * then leaves partly reversed, as it leaves any statement partly done) */
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        if (!vm_charge_item(vm, i))
            return NULL;
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return NONE;
}

Value list_sort_method(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value key = NONE, rev = FALSE_V;
    static const char *const kws[] = {"key", "reverse", NULL};
    if (!args_parse(vm, "sort", args, nargs, kw, "|$OO", kws, &key, &rev))
        return NULL;
    /* reverse is a C int flag: None or 1.5 are refused, as in CPython */
    Value rv = int_index(vm, rev);
    int64_t r;
    if (!rv)
        return NULL;
    if (!int_fits_i64(rv, &r) || r < INT32_MIN || r > INT32_MAX)
        return exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C int");
    return list_sort(vm, self, key, r != 0) ? NONE : NULL;
}

static Value m_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    ListIter *it = (ListIter *)gc_new(vm, &list_reviter_type, sizeof(ListIter));
    if (!it)
        return NULL;
    it->list = self;
    it->i = AS_LIST(self)->len;
    return (Value)it;
}

static const MethodDef list_methods[] = {
    {"append", m_append, 0, "Append object to the end of the list."},
    {"extend", m_extend, 0, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, 0, "Insert object before index."},
    {"pop", m_pop, 0, "Remove and return item at index (default last)."},
    {"remove", m_remove, 0, "Remove first occurrence of value."},
    {"index", m_index, 0, "Return first index of value."},
    {"count", m_count, 0, "Return number of occurrences of value."},
    {"clear", m_clear, 0, "Remove all items from list."},
    {"copy", m_copy, 0, "Return a shallow copy of the list."},
    {"reverse", m_reverse, 0, "Reverse *IN PLACE*."},
    {"sort", list_sort_method, 0, "Sort the list in ascending order and return None."},
    GENERIC_CLASS_GETITEM,
    {"__reversed__", m_reversed, 0, "Return a reverse iterator over the list."},
    {NULL, NULL, 0, NULL},
};

Type list_type = {
    .ob = {&type_type}, .name = "list", .flags = TF_BASETYPE | TF_LIST,
    .basicsize = offsetof(List, dict), .doc = "Built-in mutable sequence.",
    .repr = list_repr, .hash = hash_unhashable, .richcmp = list_richcmp, .binop = list_binop, .inplace = list_inplace,
    .binop_mask = (1 << OP_ADD) | (1 << OP_MUL),
    .len = list_len, .getitem = list_getitem, .setitem = list_setitem,
    .contains = list_contains, .iter = list_iter, .new_ = list_tp_new, .init = list_init,
    .methods = list_methods,
};
