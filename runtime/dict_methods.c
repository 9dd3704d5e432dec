/* dict: the type's slots and methods, and the keys/values/items views. */
#include "rt.h"

Value dict_alloc_typed(VM *vm, Type *t);

static Value dict_repr(VM *vm, Value v) {
    Dict *d = AS_DICT(v);
    if (d->used == 0)
        return str_from_c(vm, "{}");
    int r = repr_enter(vm, v);
    if (r <= 0)
        return r < 0 ? NULL : str_from_c(vm, "{...}");
    StrBuf b;
    sb_init(&b, vm, 2 + d->used * 8);
    sb_addc(&b, '{');
    Value result = NULL;
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            sb_add(&b, ", ", 2);
        first = false;
        Value ks = obj_repr(vm, e.key);
        if (!ks)
            goto out;
        sb_add_str(&b, ks);
        sb_add(&b, ": ", 2);
        Value vs = obj_repr(vm, e.value);
        if (!vs)
            goto out;
        sb_add_str(&b, vs);
        if (!vm_charge_piece(vm, str_nbytes(ks) + str_nbytes(vs)))
            goto out;
        if (i >= d->nentries)
            break;
    }
    sb_addc(&b, '}');
    result = sb_finish(&b);
out:
    repr_leave(vm, v);
    return result;
}

static int64_t dict_len(VM *vm, Value v) {
    return (int64_t)AS_DICT(v)->used;
}

static Value dict_getitem(VM *vm, Value v, Value key) {
    Value r = dict_get(vm, v, key);
    if (r != VAL_MISSING)
        return r;
    if (TYPE(v) != &dict_type) {
        Value m = call_special(vm, v, NM(__missing__), &key, 1);
        if (m != VAL_MISSING)
            return m;
    }
    return exc_raise_value(vm, &Exc_KeyError, key);
}

static int dict_setitem(VM *vm, Value v, Value key, Value x) {
    if (x)
        return dict_set(vm, v, key, x) ? 0 : -1;
    int r = dict_del(vm, v, key);
    if (r == 0) {
        exc_raise_value(vm, &Exc_KeyError, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static int dict_contains(VM *vm, Value v, Value key) {
    Value r = dict_get(vm, v, key);
    if (!r)
        return -1;
    return r != VAL_MISSING;
}

static Value dict_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_DICT(b) || (op != CMP_EQ && op != CMP_NE))
        return NOTIMPL;
    Dict *x = AS_DICT(a), *y = AS_DICT(b);
    bool eq = x->used == y->used;
    for (size_t i = 0; eq && i < x->nentries; i++) {
        DictEntry e = x->entries[i];
        if (!e.key)
            continue;
        Value o = dict_get_hashed(vm, b, e.key, e.hash);
        if (!o)
            return NULL;
        if (o == VAL_MISSING) {
            eq = false;
            break;
        }
        int r = obj_eq(vm, e.value, o);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static Value dict_binop(VM *vm, Value a, Value b, int op) {
    if (op != OP_OR || !IS_DICT(a) || !IS_DICT(b))
        return NOTIMPL;
    Value r = dict_copy(vm, a);
    if (!r || !dict_merge(vm, r, b, true))
        return NULL;
    return r;
}

static Value dict_inplace(VM *vm, Value a, Value b, int op) {
    if (op != OP_OR)
        return NOTIMPL;
    return dict_update(vm, a, b) ? a : NULL;
}

/* ---- iteration and views ---- */

typedef struct DictIter {
    Obj ob;
    Value d;
    size_t pos;
    size_t used;    /* size at creation: a change raises RuntimeError */
    size_t left;
    bool reverse;   /* reversed(): pos counts down from the end of the entries */
} DictIter;

typedef struct DictView {
    Obj ob;
    Value d;
} DictView;

static Value make_iter(VM *vm, Type *t, Value d, bool reverse) {
    DictIter *it = (DictIter *)gc_new(vm, t, sizeof(DictIter));
    if (!it)
        return NULL;
    it->d = d;
    it->reverse = reverse;
    it->pos = reverse ? AS_DICT(d)->nentries : 0;
    it->used = AS_DICT(d)->used;
    it->left = it->used;
    return (Value)it;
}

/* The previous live entry before *pos, for reversed(). */
static bool dict_prev(Value dv, size_t *pos, Value *key, Value *value) {
    Dict *d = AS_DICT(dv);
    if (*pos > d->nentries)   /* compacted by a delete-then-insert of the same size */
        *pos = d->nentries;
    while (*pos > 0) {
        DictEntry *e = &d->entries[--*pos];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

static Value iter_step(VM *vm, Value v, Value *k, Value *val) {
    DictIter *it = (DictIter *)v;
    if (!it->d)
        return VAL_STOP;
    if (AS_DICT(it->d)->used != it->used) {
        it->used = (size_t)-1;
        return exc_raise(vm, &Exc_RuntimeError, "dictionary changed size during iteration");
    }
    if (!(it->reverse ? dict_prev : dict_next)(it->d, &it->pos, k, val)) {
        it->d = NULL;
        return VAL_STOP;
    }
    if (it->left == 0) {   /* a key was removed and another added: same size, more keys */
        it->d = NULL;
        return exc_raise(vm, &Exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->left--;
    return TRUE_V;
}

static Value keyiter_next(VM *vm, Value v) {
    Value k, r = iter_step(vm, v, &k, NULL);
    return r == TRUE_V ? k : r;
}

static Value valueiter_next(VM *vm, Value v) {
    Value x, r = iter_step(vm, v, NULL, &x);
    return r == TRUE_V ? x : r;
}

static Value itemiter_next(VM *vm, Value v) {
    Value k, x, r = iter_step(vm, v, &k, &x);
    return r == TRUE_V ? tuple_pack(vm, 2, k, x) : r;
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

static Value dictiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    DictIter *it = (DictIter *)self;
    return MK_SMALL(it->d ? (int64_t)it->left : 0);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type dict_keyiter_type = {
    .ob = {&type_type}, .name = "dict_keyiterator", .basicsize = sizeof(DictIter),
    .iter = self_iter, .next = keyiter_next, .methods = dictiter_methods,
};
Type dict_valueiter_type = {
    .ob = {&type_type}, .name = "dict_valueiterator", .basicsize = sizeof(DictIter),
    .iter = self_iter, .next = valueiter_next, .methods = dictiter_methods,
};
Type dict_itemiter_type = {
    .ob = {&type_type}, .name = "dict_itemiterator", .basicsize = sizeof(DictIter),
    .iter = self_iter, .next = itemiter_next, .methods = dictiter_methods,
};
Type dict_rkeyiter_type = {
    .ob = {&type_type}, .name = "dict_reversekeyiterator", .basicsize = sizeof(DictIter),
    .iter = self_iter, .next = keyiter_next, .methods = dictiter_methods,
};
Type dict_rvalueiter_type = {
    .ob = {&type_type}, .name = "dict_reversevalueiterator", .basicsize = sizeof(DictIter),
    .iter = self_iter, .next = valueiter_next, .methods = dictiter_methods,
};
Type dict_ritemiter_type = {
    .ob = {&type_type}, .name = "dict_reverseitemiterator", .basicsize = sizeof(DictIter),
    .iter = self_iter, .next = itemiter_next, .methods = dictiter_methods,
};

static Value dict_iter(VM *vm, Value v) {
    return make_iter(vm, &dict_keyiter_type, v, false);
}

static Value make_view(VM *vm, Type *t, Value d) {
    DictView *dv = (DictView *)gc_new(vm, t, sizeof(DictView));
    if (!dv)
        return NULL;
    dv->d = d;
    return (Value)dv;
}

static int64_t view_len(VM *vm, Value v) {
    return (int64_t)AS_DICT(((DictView *)v)->d)->used;
}

static Value keys_iter(VM *vm, Value v) {
    return make_iter(vm, &dict_keyiter_type, ((DictView *)v)->d, false);
}
static Value values_iter(VM *vm, Value v) {
    return make_iter(vm, &dict_valueiter_type, ((DictView *)v)->d, false);
}
static Value items_iter(VM *vm, Value v) {
    return make_iter(vm, &dict_itemiter_type, ((DictView *)v)->d, false);
}

static Value view_repr(VM *vm, Value v) {
    int r = repr_enter(vm, v);
    if (r <= 0)
        return r < 0 ? NULL : str_from_c(vm, "...");
    Value l = list_from_iter(vm, v);
    Value s = l ? obj_repr(vm, l) : NULL;
    repr_leave(vm, v);
    if (!s)
        return NULL;
    return str_fmt(vm, "%s(%U)", tname(v), s);
}

static int keys_contains(VM *vm, Value v, Value key) {
    return dict_contains(vm, ((DictView *)v)->d, key);
}

static int items_contains(VM *vm, Value v, Value item) {
    if (!IS_TUPLE(item) || AS_TUPLE(item)->len != 2)
        return 0;
    Value cur = dict_get(vm, ((DictView *)v)->d, AS_TUPLE(item)->items[0]);
    if (!cur)
        return -1;
    if (cur == VAL_MISSING)
        return 0;
    return obj_eq(vm, cur, AS_TUPLE(item)->items[1]);
}

static bool is_setview(Value v) {
    return TYPE(v) == &dict_keys_type || TYPE(v) == &dict_items_type;
}

/* view & other, as CPython's _PyDictView_Intersect: the smaller operand is iterated and each
 * item looked up in the other, so the result set is filled in CPython's order. */
static Value view_and(VM *vm, Value a, Value b) {
    if (!is_setview(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    int64_t na = view_len(vm, a);
    if (TYPE(b) == &set_type) {
        int64_t nb = obj_len(vm, b);
        if (nb < 0)
            return NULL;
        if (na <= nb)
            return obj_call_method_c(vm, b, "intersection", &a, 1);
    }
    if (is_setview(b) && view_len(vm, b) > na) {
        Value t = a;
        a = b;
        b = t;
    }
    Value r = set_new(vm, &set_type), it = r ? obj_iter(vm, b) : NULL;
    if (!it)
        return NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return r;
        if (!x)
            return NULL;
        int c = TYPE(a) == &dict_keys_type ? keys_contains(vm, a, x) : items_contains(vm, a, x);
        if (c < 0 || (c && !set_add(vm, r, x)) || !vm_tick(vm))
            return NULL;
    }
}

/* Set operations on keys and items views produce sets, as in CPython. */
static Value view_setop(VM *vm, Value a, Value b, int op) {
    if (op != OP_AND && op != OP_OR && op != OP_XOR && op != OP_SUB)
        return NOTIMPL;
    if (op == OP_AND)
        return view_and(vm, a, b);
    Value sa = set_from_iter(vm, &set_type, a);
    if (!sa)
        return NULL;
    static const char *const names[] = {[OP_OR] = "update",
                                        [OP_XOR] = "symmetric_difference_update",
                                        [OP_SUB] = "difference_update"};
    Value r = obj_call_method_c(vm, sa, names[op], &b, 1);
    return r ? sa : NULL;
}

/* Whether every item of a is in b (by `in`, so unhashable item values are fine). */
static int all_contained_in(VM *vm, Value a, Value b) {
    Value it = obj_iter(vm, a);
    if (!it)
        return -1;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return 1;
        if (!x)
            return -1;
        int c = obj_contains(vm, b, x);
        if (c <= 0)
            return c;
        if (!vm_tick(vm))
            return -1;
    }
}

/* CPython's dictview_richcompare: sizes first, then containment of the smaller side. */
static Value view_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_SETLIKE(b) && !is_setview(b))
        return NOTIMPL;
    int64_t na = obj_len(vm, a), nb = na < 0 ? -1 : obj_len(vm, b);
    if (nb < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        ok = na == nb ? all_contained_in(vm, a, b) : 0;
        if (ok >= 0 && op == CMP_NE)
            ok = !ok;
        break;
    case CMP_LT:
    case CMP_LE:
        ok = (op == CMP_LT ? na < nb : na <= nb) ? all_contained_in(vm, a, b) : 0;
        break;
    default:
        ok = (op == CMP_GT ? na > nb : na >= nb) ? all_contained_in(vm, b, a) : 0;
        break;
    }
    return ok < 0 ? NULL : BOOL_V(ok);
}

static Value view_mapping(VM *vm, Value self) {
    return mappingproxy_new(vm, ((DictView *)self)->d);
}

static Value keys_isdisjoint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict_keys.isdisjoint", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return TRUE_V;
        if (!x)
            return NULL;
        int c = obj_contains(vm, self, x);
        if (c < 0)
            return NULL;
        if (c)
            return FALSE_V;
    }
}

static Value view_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kw);

static const MethodDef keys_methods[] = {
    {"isdisjoint", keys_isdisjoint, 0, NULL},
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type dict_keys_type = {
    .ob = {&type_type}, .name = "dict_keys", .basicsize = sizeof(DictView),
    .repr = view_repr, .len = view_len, .iter = keys_iter, .contains = keys_contains,
    .binop = view_setop, .richcmp = view_richcmp, .hash = hash_unhashable,
    .methods = keys_methods, .getsets = view_getsets,
};
Type dict_values_type = {
    .ob = {&type_type}, .name = "dict_values", .basicsize = sizeof(DictView),
    .repr = view_repr, .len = view_len, .iter = values_iter, .methods = values_methods,
    .getsets = view_getsets,
};
Type dict_items_type = {
    .ob = {&type_type}, .name = "dict_items", .basicsize = sizeof(DictView),
    .repr = view_repr, .len = view_len, .iter = items_iter, .contains = items_contains,
    .binop = view_setop, .richcmp = view_richcmp, .hash = hash_unhashable,
    .methods = keys_methods, .getsets = view_getsets,
};

static Value view_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Type *t = TYPE(self) == &dict_keys_type     ? &dict_rkeyiter_type
              : TYPE(self) == &dict_values_type ? &dict_rvalueiter_type
                                                : &dict_ritemiter_type;
    return make_iter(vm, t, ((DictView *)self)->d, true);
}

/* ---- construction ---- */

static Value dict_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    return dict_alloc_typed(vm, t);
}

static bool update_from(VM *vm, Value self, const char *fname, Value *args, size_t nargs,
                        Value kwnames) {
    if (nargs > 1) {
        exc_raise(vm, &Exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return false;
    }
    if (nargs == 1 && !dict_update(vm, self, args[0]))
        return false;
    if (kwnames) {
        for (size_t i = 0; i < AS_TUPLE(kwnames)->len; i++)
            if (!dict_set(vm, self, AS_TUPLE(kwnames)->items[i], args[nargs + i]))
                return false;
    }
    return true;
}

static int dict_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    return update_from(vm, self, "dict", args, nargs, kwnames) ? 0 : -1;
}

/* ---- methods ---- */

static Value m_keys(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.keys", nargs, kw, 0, 0))
        return NULL;
    return make_view(vm, &dict_keys_type, self);
}

static Value m_values(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.values", nargs, kw, 0, 0))
        return NULL;
    return make_view(vm, &dict_values_type, self);
}

static Value m_items(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.items", nargs, kw, 0, 0))
        return NULL;
    return make_view(vm, &dict_items_type, self);
}

static Value m_get(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.get", nargs, kw, 1, 2))
        return NULL;
    Value r = dict_get(vm, self, args[0]);
    if (r == VAL_MISSING)
        return nargs > 1 ? args[1] : NONE;
    return r;
}

static Value m_setdefault(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.setdefault", nargs, kw, 1, 2))
        return NULL;
    Value r = dict_get(vm, self, args[0]);
    if (r != VAL_MISSING)
        return r;
    Value d = nargs > 1 ? args[1] : NONE;
    return dict_set(vm, self, args[0], d) ? d : NULL;
}

static Value m_pop(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.pop", nargs, kw, 1, 2))
        return NULL;
    /* an empty dict answers before hashing the key: {}.pop([]) is a KeyError */
    Value r = AS_DICT(self)->used ? dict_pop(vm, self, args[0]) : VAL_MISSING;
    if (r == VAL_MISSING) {
        if (nargs > 1)
            return args[1];
        return exc_raise_value(vm, &Exc_KeyError, args[0]);
    }
    return r;
}

static Value m_popitem(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.popitem", nargs, kw, 0, 0))
        return NULL;
    Dict *d = AS_DICT(self);
    for (size_t i = d->nentries; i > 0; i--) {
        DictEntry e = d->entries[i - 1];
        if (!e.key)
            continue;
        Value r = tuple_pack(vm, 2, e.key, e.value);
        if (!r || dict_del(vm, self, e.key) < 0)
            return NULL;
        d->nentries = i - 1;   /* LIFO order, and the next popitem starts here */
        return r;
    }
    return exc_raise(vm, &Exc_KeyError, "popitem(): dictionary is empty");
}

static Value m_update(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return update_from(vm, self, "update", args, nargs, kw) ? NONE : NULL;
}

static Value m_clear(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.clear", nargs, kw, 0, 0))
        return NULL;
    dict_clear(vm, self);
    return NONE;
}

static Value m_copy(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.copy", nargs, kw, 0, 0))
        return NULL;
    return dict_copy(vm, self);
}

static Value m_fromkeys(VM *vm, Value cls, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.fromkeys", nargs, kw, 1, 2))
        return NULL;
    Value d = obj_call0(vm, cls);
    if (!d)
        return NULL;
    Value v = nargs > 1 ? args[1] : NONE;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    for (;;) {
        Value k = obj_next(vm, it);
        if (k == VAL_STOP)
            return d;
        if (!k || obj_setitem(vm, d, k, v) < 0 || !vm_tick(vm))
            return NULL;
    }
}

static Value m_reversed(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return make_iter(vm, &dict_rkeyiter_type, self, true);
}

static Value m_contains(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dict.__contains__", nargs, kw, 1, 1))
        return NULL;
    int r = dict_contains(vm, self, args[0]);
    return r < 0 ? NULL : BOOL_V(r);
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, 0, NULL},
    {"values", m_values, 0, NULL},
    {"items", m_items, 0, NULL},
    {"get", m_get, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"popitem", m_popitem, 0, NULL},
    {"update", m_update, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"fromkeys", m_fromkeys, MF_CLASS, NULL},
    GENERIC_CLASS_GETITEM,
    {"__reversed__", m_reversed, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type dict_type = {
    .ob = {&type_type}, .name = "dict", .flags = TF_BASETYPE | TF_DICT,
    .basicsize = offsetof(Dict, dict), .doc = "dict() -> new empty dictionary",
    .repr = dict_repr, .hash = hash_unhashable, .richcmp = dict_richcmp, .binop = dict_binop,
    .binop_mask = 1 << OP_OR, .inplace = dict_inplace, .len = dict_len, .getitem = dict_getitem,
    .setitem = dict_setitem, .contains = dict_contains, .iter = dict_iter,
    .new_ = dict_tp_new, .init = dict_init, .methods = dict_methods,
};
