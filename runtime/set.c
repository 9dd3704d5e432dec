/* set and frozenset, following CPython's setobject.c algorithm by algorithm (probing, growth,
 * merge, the order each operation inserts in), because users print sets and compare the
 * output with CPython's. */
#include "rt.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static Obj dummy_obj = {&object_type};
#define DUMMY (&dummy_obj)

static bool alloc_table(VM *vm, Set *s, size_t size) {
    SetEntry *t = gc_alloc(vm, size * sizeof(SetEntry));
    if (!t)
        return false;
    memset(t, 0, size * sizeof(SetEntry));
    s->table = t;
    s->mask = size - 1;
    return true;
}

Value set_new(VM *vm, Type *t) {
    Set *s = (Set *)gc_new(vm, t, t->basicsize);
    if (!s)
        return NULL;
    s->fill = s->used = 0;
    s->finger = 0;
    s->hash = -1;
    if (t->dictoffset)
        s->dict = NULL;
    if (!alloc_table(vm, s, MINSIZE))
        return NULL;
    return (Value)s;
}

static void insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static bool table_resize(VM *vm, Set *s, size_t minused) {
    size_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    if (!vm_charge(vm, s->mask + 1))
        return false;
    SetEntry *old = s->table;
    size_t oldmask = s->mask;
    if (!alloc_table(vm, s, newsize))
        return false;
    s->fill = s->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    return true;
}

static inline bool keys_equal(VM *vm, Value a, Value b, int *err) {
    *err = 0;
    if (a == b)
        return true;
    if (IS_EXACT_STR(a) && IS_EXACT_STR(b))
        return str_eq(a, b);
    int r = obj_eq(vm, a, b);
    if (r < 0)
        *err = 1;
    return r > 0;
}

/* 1 found (entry in *out), 0 not found, -1 error. */
static int lookkey(VM *vm, Set *s, Value key, int64_t hash, SetEntry **out) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return 0;
            if (e->hash == hash && e->key != DUMMY) {
                Value start = e->key;
                SetEntry *table = s->table;
                int err;
                bool eq = keys_equal(vm, start, key, &err);
                if (err)
                    return -1;
                if (table != s->table || e->key != start)
                    goto restart;
                if (eq) {
                    *out = e;
                    return 1;
                }
                mask = s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool add_entry(VM *vm, Set *s, Value key, int64_t hash) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused_or_dummy;
            if (e->hash == hash && e->key != DUMMY) {
                Value start = e->key;
                SetEntry *table = s->table;
                int err;
                bool eq = keys_equal(vm, start, key, &err);
                if (err)
                    return false;
                if (eq)
                    return true;
                if (table != s->table || e->key != start)
                    goto restart;
                mask = s->mask;
            } else if (e->hash == -1 && e->key == DUMMY && !freeslot) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return true;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < mask * 3)
        return true;
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static inline bool key_hash(VM *vm, Value key, int64_t *h) {
    if (IS_EXACT_STR(key)) {
        *h = str_hash(key);
        return true;
    }
    return obj_hash(vm, key, h);
}

bool set_add(VM *vm, Value sv, Value key) {
    int64_t h;
    return key_hash(vm, key, &h) && add_entry(vm, AS_SET(sv), key, h);
}

int set_contains(VM *vm, Value sv, Value key) {
    int64_t h;
    if (!key_hash(vm, key, &h)) {
        /* `x in s` with an unhashable set: look for the equal frozenset, as CPython does */
        if (IS_SETLIKE(key) && exc_pending_matches(vm, &Exc_TypeError)) {
            exc_clear(vm);
            Value f = set_from_iter(vm, &frozenset_type, key);
            return f ? set_contains(vm, sv, f) : -1;
        }
        return -1;
    }
    SetEntry *e;
    return lookkey(vm, AS_SET(sv), key, h, &e);
}

static int discard_entry(VM *vm, Set *s, Value key, int64_t hash) {
    SetEntry *e;
    int r = lookkey(vm, s, key, hash, &e);
    if (r <= 0)
        return r;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    return 1;
}

int set_discard(VM *vm, Value sv, Value key) {
    int64_t h;
    if (!key_hash(vm, key, &h)) {
        if (IS_SETLIKE(key) && exc_pending_matches(vm, &Exc_TypeError)) {
            exc_clear(vm);
            Value f = set_from_iter(vm, &frozenset_type, key);
            return f ? set_discard(vm, sv, f) : -1;
        }
        return -1;
    }
    return discard_entry(vm, AS_SET(sv), key, h);
}

bool set_next(Value sv, size_t *pos, Value *key) {
    Set *s = AS_SET(sv);
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

static bool set_next_entry(Set *s, size_t *pos, SetEntry **out) {
    while (*pos <= s->mask) {
        SetEntry *e = &s->table[(*pos)++];
        if (e->key && e->key != DUMMY) {
            *out = e;
            return true;
        }
    }
    return false;
}

static bool merge(VM *vm, Set *s, Set *o) {
    if (s == o || o->used == 0)
        return true;
    if ((s->fill + o->used) * 5 >= s->mask * 3) {
        if (!table_resize(vm, s, (s->used + o->used) * 2))
            return false;
    }
    if (!vm_charge(vm, o->mask + 1))
        return false;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key)
                s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return true;
    }
    if (s->fill == 0) {
        s->fill = o->used;
        s->used = o->used;
        for (size_t i = 0; i <= o->mask; i++)
            if (o->table[i].key && o->table[i].key != DUMMY)
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
        return true;
    }
    for (size_t i = 0; i <= o->mask; i++) {
        SetEntry e = o->table[i];
        if (e.key && e.key != DUMMY && !add_entry(vm, s, e.key, e.hash))
            return false;
    }
    return true;
}

bool set_update(VM *vm, Value sv, Value other) {
    Set *s = AS_SET(sv);
    if (IS_SETLIKE(other))
        return merge(vm, s, AS_SET(other));
    if (TYPE(other) == &dict_type) {
        Dict *d = AS_DICT(other);
        if ((s->fill + d->used) * 5 >= s->mask * 3) {
            if (!table_resize(vm, s, (s->used + d->used) * 2))
                return false;
        }
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (e.key && !add_entry(vm, s, e.key, e.hash))
                return false;
        }
        return true;
    }
    Value it = obj_iter(vm, other);
    if (!it)
        return false;
    for (;;) {
        Value k = obj_next(vm, it);
        if (k == VAL_STOP)
            return true;
        if (!k || !set_add(vm, sv, k) || !vm_tick(vm))
            return false;
    }
}

/* The frozenset of the items inserted in the iteration order of `from`. */
static Value rebuilt(VM *vm, Value from) {
    Value f = set_new(vm, &frozenset_type);
    size_t pos = 0;
    Value k;
    while (f && set_next(from, &pos, &k))
        if (!set_add(vm, f, k))
            return NULL;
    return f;
}

Value set_from_const_display(VM *vm, const Value *items, size_t n) {
    Value folded = set_new(vm, &frozenset_type);
    if (!folded)
        return NULL;
    bool interned = false;
    for (size_t i = 0; i < n; i++) {
        if (!set_add(vm, folded, items[i]))
            return NULL;
        if (IS_EXACT_STR(items[i]) && str_nbytes(items[i]) == 1) {
            char c = str_data(items[i])[0];
            interned |= c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        }
    }
    /* merge_consts_recursive rebuilds the constant; interning its strings when the code
     * object is made rebuilds it again if one was replaced by an interned twin, which CPython
     * does for one-letter strings (and for strings equal to interned names, which this does
     * not model). */
    Value merged = rebuilt(vm, folded);
    if (merged && interned)
        merged = rebuilt(vm, merged);
    Value r = merged ? set_new(vm, &set_type) : NULL;
    return r && set_update(vm, r, merged) ? r : NULL;
}

Value set_from_iter(VM *vm, Type *t, Value it) {
    Value s = set_new(vm, t);
    if (!s || (it && !set_update(vm, s, it)))
        return NULL;
    return s;
}

/* make_new_set_basetype: results of operations are plain set/frozenset. */
static Type *base_kind(Value v) {
    return type_is_subtype(TYPE(v), &frozenset_type) || TYPE(v) == &frozenset_type
               ? &frozenset_type
               : &set_type;
}

static Value set_copy(VM *vm, Value v) {
    return set_from_iter(vm, base_kind(v), v);
}

static bool clear_internal(VM *vm, Set *s) {
    s->fill = s->used = 0;
    return alloc_table(vm, s, MINSIZE);
}

static Value intersection(VM *vm, Value sv, Value other) {
    if (sv == other)
        return set_copy(vm, sv);
    Value result = set_new(vm, base_kind(sv));
    if (!result)
        return NULL;
    if (IS_SETLIKE(other)) {
        Set *so = AS_SET(sv), *ot = AS_SET(other);
        if (ot->used > so->used) {
            Set *t = so;
            so = ot;
            ot = t;
        }
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(ot, &pos, &e)) {
            SetEntry *f;
            int r = lookkey(vm, so, e->key, e->hash, &f);
            if (r < 0)
                return NULL;
            if (r && !add_entry(vm, AS_SET(result), e->key, e->hash))
                return NULL;
        }
        return result;
    }
    Value it = obj_iter(vm, other);
    if (!it)
        return NULL;
    for (;;) {
        Value k = obj_next(vm, it);
        if (k == VAL_STOP)
            return result;
        int64_t h;
        if (!k || !key_hash(vm, k, &h))
            return NULL;
        SetEntry *f;
        int r = lookkey(vm, AS_SET(sv), k, h, &f);
        if (r < 0 || (r && !add_entry(vm, AS_SET(result), k, h)) || !vm_tick(vm))
            return NULL;
    }
}

static bool difference_update(VM *vm, Value sv, Value other) {
    Set *s = AS_SET(sv);
    if (sv == other)
        return clear_internal(vm, s);
    if (IS_SETLIKE(other)) {
        size_t pos = 0;
        SetEntry *e;
        while (set_next_entry(AS_SET(other), &pos, &e))
            if (discard_entry(vm, s, e->key, e->hash) < 0)
                return false;
    } else {
        Value it = obj_iter(vm, other);
        if (!it)
            return false;
        for (;;) {
            Value k = obj_next(vm, it);
            if (k == VAL_STOP)
                break;
            if (!k || set_discard(vm, sv, k) < 0 || !vm_tick(vm))
                return false;
        }
    }
    if (s->fill - s->used <= s->mask / 4)
        return true;
    return table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static Value difference(VM *vm, Value sv, Value other) {
    size_t so_size = AS_SET(sv)->used, other_size;
    if (IS_SETLIKE(other)) {
        other_size = AS_SET(other)->used;
    } else if (TYPE(other) == &dict_type) {
        other_size = AS_DICT(other)->used;
    } else {
        Value r = set_copy(vm, sv);
        return r && difference_update(vm, r, other) ? r : NULL;
    }
    if ((so_size >> 2) > other_size) {
        Value r = set_copy(vm, sv);
        return r && difference_update(vm, r, other) ? r : NULL;
    }
    Value result = set_new(vm, base_kind(sv));
    if (!result)
        return NULL;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(AS_SET(sv), &pos, &e)) {
        int r;
        if (TYPE(other) == &dict_type) {
            Value v = dict_get_hashed(vm, other, e->key, e->hash);
            if (!v)
                return NULL;
            r = v != VAL_MISSING;
        } else {
            SetEntry *f;
            r = lookkey(vm, AS_SET(other), e->key, e->hash, &f);
            if (r < 0)
                return NULL;
        }
        if (!r && !add_entry(vm, AS_SET(result), e->key, e->hash))
            return NULL;
    }
    return result;
}

static bool symdiff_update(VM *vm, Value sv, Value other) {
    Set *s = AS_SET(sv);
    if (sv == other)
        return clear_internal(vm, s);
    Value os = IS_SETLIKE(other) ? other : set_from_iter(vm, &set_type, other);
    if (!os)
        return false;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(AS_SET(os), &pos, &e)) {
        int r = discard_entry(vm, s, e->key, e->hash);
        if (r < 0 || (r == 0 && !add_entry(vm, s, e->key, e->hash)))
            return false;
    }
    return true;
}

static Value symdiff(VM *vm, Value sv, Value other) {
    Value r = set_from_iter(vm, base_kind(sv), other);
    return r && symdiff_update(vm, r, sv) ? r : NULL;
}

static int issubset(VM *vm, Value a, Value b) {
    if (AS_SET(a)->used > AS_SET(b)->used)
        return 0;
    size_t pos = 0;
    SetEntry *e;
    while (set_next_entry(AS_SET(a), &pos, &e)) {
        SetEntry *f;
        int r = lookkey(vm, AS_SET(b), e->key, e->hash, &f);
        if (r <= 0)
            return r;
    }
    return 1;
}

/* ---- slots ---- */

static Value set_repr(VM *vm, Value v) {
    Set *s = AS_SET(v);
    bool plain = TYPE(v) == &set_type;
    if (s->used == 0)
        return str_fmt(vm, "%s()", tname(v));
    int r = repr_enter(vm, v);
    if (r <= 0)
        return r < 0 ? NULL : str_fmt(vm, "%s(...)", tname(v));
    Value items = list_new(vm, s->used);
    Value result = NULL;
    if (items) {
        size_t pos = 0;
        Value k;
        while (set_next(v, &pos, &k))
            list_append(vm, items, k);
        Value lr = seq_repr(vm, items, AS_LIST(items)->items, AS_LIST(items)->len, "{", "}");
        if (lr)
            result = plain ? lr : str_fmt(vm, "%s(%U)", tname(v), lr);
    }
    repr_leave(vm, v);
    return result;
}

static int64_t set_len(VM *vm, Value v) {
    return (int64_t)AS_SET(v)->used;
}

static Value set_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_SETLIKE(b))
        return NOTIMPL;
    size_t na = AS_SET(a)->used, nb = AS_SET(b)->used;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (na != nb)
            return BOOL_V(op == CMP_NE);
        if (AS_SET(a)->hash != -1 && AS_SET(b)->hash != -1 && AS_SET(a)->hash != AS_SET(b)->hash)
            return BOOL_V(op == CMP_NE);
        r = issubset(vm, a, b);
        if (r < 0)
            return NULL;
        return BOOL_V(op == CMP_EQ ? r : !r);
    case CMP_LE:
        r = issubset(vm, a, b);
        break;
    case CMP_GE:
        r = issubset(vm, b, a);
        break;
    case CMP_LT:
        if (na >= nb)
            return FALSE_V;
        r = issubset(vm, a, b);
        break;
    default:
        if (na <= nb)
            return FALSE_V;
        r = issubset(vm, b, a);
    }
    return r < 0 ? NULL : BOOL_V(r);
}

static uint64_t shuffle_bits(uint64_t h) {
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static bool frozenset_hash(VM *vm, Value v, int64_t *out) {
    Set *s = AS_SET(v);
    if (s->hash != -1) {
        *out = s->hash;
        return true;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++)
        hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    s->hash = (int64_t)hash;
    *out = s->hash;
    return true;
}

static Value set_binop(VM *vm, Value a, Value b, int op) {
    if (!IS_SETLIKE(a) || !IS_SETLIKE(b))
        return NOTIMPL;
    switch (op) {
    case OP_OR: {
        Value r = set_copy(vm, a);
        return r && set_update(vm, r, b) ? r : NULL;
    }
    case OP_AND:
        return intersection(vm, a, b);
    case OP_SUB:
        return difference(vm, a, b);
    case OP_XOR:
        return symdiff(vm, a, b);
    default:
        return NOTIMPL;
    }
}

static Value set_inplace(VM *vm, Value a, Value b, int op) {
    if (!IS_SETLIKE(b) || TYPE(a) == &frozenset_type ||
        type_is_subtype(TYPE(a), &frozenset_type))
        return NOTIMPL;
    switch (op) {
    case OP_OR:
        return set_update(vm, a, b) ? a : NULL;
    case OP_AND: {
        Value r = intersection(vm, a, b);
        if (!r)
            return NULL;
        Set *s = AS_SET(a), *t = AS_SET(r);
        s->table = t->table;
        s->mask = t->mask;
        s->fill = t->fill;
        s->used = t->used;
        return a;
    }
    case OP_SUB:
        return difference_update(vm, a, b) ? a : NULL;
    case OP_XOR:
        return symdiff_update(vm, a, b) ? a : NULL;
    default:
        return NOTIMPL;
    }
}

/* ---- iteration ---- */

typedef struct SetIter {
    Obj ob;
    Value s;
    size_t pos, used, left;
} SetIter;

static Value set_iter(VM *vm, Value v) {
    SetIter *it = (SetIter *)gc_new(vm, &set_iter_type, sizeof(SetIter));
    if (!it)
        return NULL;
    it->s = v;
    it->pos = 0;
    it->used = it->left = AS_SET(v)->used;
    return (Value)it;
}

static Value setiter_next(VM *vm, Value v) {
    SetIter *it = (SetIter *)v;
    if (!it->s)
        return VAL_STOP;
    if (AS_SET(it->s)->used != it->used) {
        it->used = (size_t)-1;
        return exc_raise(vm, &Exc_RuntimeError, "Set changed size during iteration");
    }
    Value k;
    if (!set_next(it->s, &it->pos, &k)) {
        it->s = NULL;
        return VAL_STOP;
    }
    it->left--;
    return k;
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

static Value setiter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    SetIter *it = (SetIter *)self;
    return MK_SMALL(it->s ? (int64_t)it->left : 0);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type set_iter_type = {
    .ob = {&type_type}, .name = "set_iterator", .basicsize = sizeof(SetIter),
    .iter = self_iter, .next = setiter_next, .methods = setiter_methods,
};

/* ---- construction ---- */

static Value set_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (t == &set_type || type_is_subtype(t, &set_type))
        return set_new(vm, t);
    /* frozenset(iterable) */
    if (!args_count(vm, "frozenset", nargs, kwnames, 0, 1))
        return NULL;
    Value it = nargs ? args[0] : NULL;
    if (it && TYPE(it) == &frozenset_type && t == &frozenset_type)
        return it;
    return set_from_iter(vm, t, it);
}

static int set_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Value it = NULL;
    if (kwnames && AS_TUPLE(kwnames)->len) {
        exc_raise(vm, &Exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        exc_raise(vm, &Exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs)
        it = args[0];
    if (AS_SET(self)->used && !clear_internal(vm, AS_SET(self)))
        return -1;
    if (it && !set_update(vm, self, it))
        return -1;
    return 0;
}

/* ---- methods ---- */

static Value m_add(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.add", nargs, kw, 1, 1))
        return NULL;
    return set_add(vm, self, args[0]) ? NONE : NULL;
}

static Value m_discard(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.discard", nargs, kw, 1, 1))
        return NULL;
    return set_discard(vm, self, args[0]) < 0 ? NULL : NONE;
}

static Value m_remove(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.remove", nargs, kw, 1, 1))
        return NULL;
    int r = set_discard(vm, self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0)
        return exc_raise_value(vm, &Exc_KeyError, args[0]);
    return NONE;
}

static Value m_pop(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.pop", nargs, kw, 0, 0))
        return NULL;
    Set *s = AS_SET(self);
    if (s->used == 0)
        return exc_raise(vm, &Exc_KeyError, "pop from an empty set");
    SetEntry *e = s->table + (s->finger & s->mask);
    SetEntry *limit = s->table + s->mask;
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > limit)
            e = s->table;
    }
    Value k = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (size_t)(e - s->table) + 1;
    return k;
}

static Value m_clear(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.clear", nargs, kw, 0, 0))
        return NULL;
    return clear_internal(vm, AS_SET(self)) ? NONE : NULL;
}

static Value m_copy(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.copy", nargs, kw, 0, 0))
        return NULL;
    if (TYPE(self) == &frozenset_type)
        return self;
    return set_copy(vm, self);
}

static Value m_union(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "set.union", kw))
        return NULL;
    Value r = set_copy(vm, self);
    for (size_t i = 0; r && i < nargs; i++)
        if (!set_update(vm, r, args[i]))
            return NULL;
    return r;
}

static Value m_update(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "set.update", kw))
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!set_update(vm, self, args[i]))
            return NULL;
    return NONE;
}

static Value m_intersection(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "set.intersection", kw))
        return NULL;
    if (nargs == 0)
        return set_copy(vm, self);
    Value r = self;
    for (size_t i = 0; r && i < nargs; i++)
        r = intersection(vm, r, args[i]);
    return r;
}

static Value m_intersection_update(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value r = m_intersection(vm, self, args, nargs, kw);
    if (!r)
        return NULL;
    Set *s = AS_SET(self), *t = AS_SET(r);
    if (r != self) {
        s->table = t->table;
        s->mask = t->mask;
        s->fill = t->fill;
        s->used = t->used;
    }
    return NONE;
}

static Value m_difference(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "set.difference", kw))
        return NULL;
    if (nargs == 0)
        return set_copy(vm, self);
    Value r = difference(vm, self, args[0]);
    for (size_t i = 1; r && i < nargs; i++)
        if (!difference_update(vm, r, args[i]))
            return NULL;
    return r;
}

static Value m_difference_update(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "set.difference_update", kw))
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (!difference_update(vm, self, args[i]))
            return NULL;
    return NONE;
}

static Value m_symdiff(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.symmetric_difference", nargs, kw, 1, 1))
        return NULL;
    return symdiff(vm, self, args[0]);
}

static Value m_symdiff_update(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.symmetric_difference_update", nargs, kw, 1, 1))
        return NULL;
    return symdiff_update(vm, self, args[0]) ? NONE : NULL;
}

static Value as_set(VM *vm, Value v) {
    return IS_SETLIKE(v) ? v : set_from_iter(vm, &set_type, v);
}

static Value m_issubset(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.issubset", nargs, kw, 1, 1))
        return NULL;
    Value o = as_set(vm, args[0]);
    if (!o)
        return NULL;
    int r = issubset(vm, self, o);
    return r < 0 ? NULL : BOOL_V(r);
}

static Value m_issuperset(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.issuperset", nargs, kw, 1, 1))
        return NULL;
    Value o = as_set(vm, args[0]);
    if (!o)
        return NULL;
    int r = issubset(vm, o, self);
    return r < 0 ? NULL : BOOL_V(r);
}

static Value m_isdisjoint(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.isdisjoint", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    for (;;) {
        Value k = obj_next(vm, it);
        if (k == VAL_STOP)
            return TRUE_V;
        if (!k)
            return NULL;
        int r = set_contains(vm, self, k);
        if (r < 0)
            return NULL;
        if (r)
            return FALSE_V;
    }
}

static Value m_contains(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "set.__contains__", nargs, kw, 1, 1))
        return NULL;
    int r = set_contains(vm, self, args[0]);
    return r < 0 ? NULL : BOOL_V(r);
}

static const MethodDef set_methods[] = {
    {"add", m_add, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"difference_update", m_difference_update, 0, NULL},
    {"discard", m_discard, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"intersection_update", m_intersection_update, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"symmetric_difference", m_symdiff, 0, NULL},
    {"symmetric_difference_update", m_symdiff_update, 0, NULL},
    {"union", m_union, 0, NULL},
    {"update", m_update, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    GENERIC_CLASS_GETITEM,
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, 0, NULL},
    {"difference", m_difference, 0, NULL},
    {"intersection", m_intersection, 0, NULL},
    {"isdisjoint", m_isdisjoint, 0, NULL},
    {"issubset", m_issubset, 0, NULL},
    {"issuperset", m_issuperset, 0, NULL},
    {"symmetric_difference", m_symdiff, 0, NULL},
    {"union", m_union, 0, NULL},
    {"__contains__", m_contains, 0, NULL},
    GENERIC_CLASS_GETITEM,
    {NULL, NULL, 0, NULL},
};

static int set_contains_slot(VM *vm, Value s, Value k) {
    return set_contains(vm, s, k);
}

#define SET_BINOPS ((1 << OP_SUB) | (1 << OP_AND) | (1 << OP_XOR) | (1 << OP_OR))

Type set_type = {
    .ob = {&type_type}, .name = "set", .flags = TF_BASETYPE | TF_SET,
    .basicsize = offsetof(Set, dict), .doc = "Build an unordered collection of unique elements.",
    .repr = set_repr, .hash = hash_unhashable, .richcmp = set_richcmp, .binop = set_binop,
    .binop_mask = SET_BINOPS, .inplace = set_inplace, .len = set_len, .contains = set_contains_slot, .iter = set_iter,
    .new_ = set_tp_new, .init = set_init, .methods = set_methods,
};

Type frozenset_type = {
    .ob = {&type_type}, .name = "frozenset", .flags = TF_BASETYPE | TF_SET,
    .basicsize = offsetof(Set, dict), .doc = "Build an immutable unordered collection of unique elements.",
    .repr = set_repr, .hash = frozenset_hash, .richcmp = set_richcmp, .binop = set_binop,
    .binop_mask = SET_BINOPS, .len = set_len, .contains = set_contains_slot, .iter = set_iter, .new_ = set_tp_new,
    .methods = frozenset_methods,
};
