/* dict: the table (see dict.h).  Views and methods are in dict_methods.c. */
#include "rt.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SIZE 8

static uint64_t next_version(void) {
    static _Atomic uint64_t counter = 1;
    return atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
}

static bool alloc_table(VM *vm, Dict *d, size_t size) {
    size_t cap = size * 2 / 3;
    int32_t *ix = gc_alloc_atomic(vm, size * sizeof(int32_t));
    DictEntry *e = gc_alloc(vm, cap * sizeof(DictEntry));
    if (!ix || !e)
        return false;
    memset(ix, 0xff, size * sizeof(int32_t));
    d->indices = ix;
    d->entries = e;
    d->mask = size - 1;
    d->cap = cap;
    d->nentries = 0;
    return true;
}

static Dict *dict_alloc(VM *vm, Type *t) {
    Dict *d = (Dict *)gc_new(vm, t, t->basicsize);
    if (!d)
        return NULL;
    d->used = d->nentries = d->cap = d->mask = 0;
    d->indices = NULL;
    d->entries = NULL;
    d->version = next_version();
    if (t->dictoffset)
        d->dict = NULL;
    return d;
}

Value dict_new(VM *vm) {
    return (Value)dict_alloc(vm, &dict_type);
}

Value dict_new_sized(VM *vm, size_t n) {
    Dict *d = dict_alloc(vm, &dict_type);
    if (!d)
        return NULL;
    if (n > 5) {
        size_t size = MIN_SIZE;
        while (size * 2 / 3 < n)
            size <<= 1;
        if (!alloc_table(vm, d, size))
            return NULL;
    }
    return (Value)d;
}

static void insert_index(Dict *d, int64_t hash, int32_t ix) {
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->indices[i] != IX_EMPTY) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    d->indices[i] = ix;
}

static bool resize(VM *vm, Dict *d, size_t minused) {
    size_t size = MIN_SIZE;
    while (size < minused * 3 / 2 + 1)
        size <<= 1;
    Dict was = *d;   /* the old table stays whole until the new one is: a limit may stop us */
    DictEntry *old = d->entries;
    size_t oldn = d->nentries;
    if (!alloc_table(vm, d, size))
        return false;
    size_t j = 0;
    for (size_t i = 0; i < oldn; i++) {
        if (!vm_charge_item(vm, i)) {
            d->indices = was.indices;
            d->entries = was.entries;
            d->mask = was.mask;
            d->cap = was.cap;
            d->nentries = was.nentries;
            return false;
        }
        if (!old[i].key)
            continue;
        d->entries[j] = old[i];
        insert_index(d, old[i].hash, (int32_t)j);
        j++;
    }
    d->nentries = j;
    d->version = next_version();
    return true;
}

/* Finds key: returns the entry index or -1; *slot gets the index-table position.  -2 on error.
 * A user __eq__ may mutate the dict: the look-up then restarts. */
static int64_t lookup(VM *vm, Dict *d, Value key, int64_t hash, size_t *slot) {
restart:
    if (!d->indices)
        return -1;
    size_t mask = d->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == IX_EMPTY) {
            if (slot)
                *slot = i;
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key)
                goto found;
            if (e->hash == hash) {
                Value k = e->key;
                if (IS_EXACT_STR(k) && IS_EXACT_STR(key)) {
                    if (str_eq(k, key))
                        goto found;
                } else {
                    DictEntry *entries = d->entries;
                    uint64_t version = d->version;
                    int eq = obj_eq(vm, k, key);
                    if (eq < 0)
                        return -2;
                    if (entries != d->entries || version != d->version ||
                        d->indices[i] != ix || e->key != k)
                        goto restart;
                    if (eq)
                        goto found;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
        continue;
    found:
        if (slot)
            *slot = i;
        return ix;
    }
}

static inline bool key_hash(VM *vm, Value key, int64_t *h) {
    if (IS_EXACT_STR(key)) {
        *h = str_hash(key);
        return true;
    }
    return obj_hash(vm, key, h);
}

Value dict_get_hashed(VM *vm, Value dv, Value key, int64_t hash) {
    int64_t ix = lookup(vm, AS_DICT(dv), key, hash, NULL);
    if (ix == -2)
        return NULL;
    return ix < 0 ? VAL_MISSING : AS_DICT(dv)->entries[ix].value;
}

Value dict_get(VM *vm, Value d, Value key) {
    int64_t h;
    if (!key_hash(vm, key, &h))
        return NULL;
    return dict_get_hashed(vm, d, key, h);
}

Value dict_get_str(VM *vm, Value d, Value key) {
    return dict_get_hashed(vm, d, key, str_hash(key));
}

Value dict_get_c(VM *vm, Value d, const char *key) {
    Value k = str_from_c(vm, key);
    return k ? dict_get_str(vm, d, k) : NULL;
}

int64_t dict_find_str(Value dv, Value key) {
    int64_t ix = lookup(NULL, AS_DICT(dv), key, str_hash(key), NULL);
    return ix < 0 ? -1 : ix;
}

bool dict_set_hashed(VM *vm, Value dv, Value key, int64_t hash, Value v) {
    Dict *d = AS_DICT(dv);
    int64_t ix = lookup(vm, d, key, hash, NULL);
    if (ix == -2)
        return false;
    if (ix >= 0) {
        d->entries[ix].value = v;
        return true;
    }
    if (!d->indices || d->nentries >= d->cap) {
        if (!resize(vm, d, (d->used + 1) * 2))
            return false;
    }
    int32_t n = (int32_t)d->nentries++;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].value = v;
    insert_index(d, hash, n);
    d->used++;
    d->version = next_version();
    return true;
}

bool dict_set(VM *vm, Value d, Value key, Value v) {
    int64_t h;
    if (!key_hash(vm, key, &h))
        return false;
    return dict_set_hashed(vm, d, key, h, v);
}

bool dict_set_c(VM *vm, Value d, const char *key, Value v) {
    Value k = str_intern_c(vm, key);
    return k && dict_set(vm, d, k, v);
}

static void remove_at(Dict *d, size_t slot, int64_t ix) {
    d->indices[slot] = IX_DUMMY;
    d->entries[ix].key = NULL;
    d->entries[ix].value = NULL;
    d->used--;
    d->version = next_version();
}

Value dict_pop(VM *vm, Value dv, Value key) {
    int64_t h;
    if (!key_hash(vm, key, &h))
        return NULL;
    Dict *d = AS_DICT(dv);
    size_t slot;
    int64_t ix = lookup(vm, d, key, h, &slot);
    if (ix == -2)
        return NULL;
    if (ix < 0)
        return VAL_MISSING;
    Value v = d->entries[ix].value;
    remove_at(d, slot, ix);
    return v;
}

int dict_del(VM *vm, Value d, Value key) {
    Value v = dict_pop(vm, d, key);
    if (!v)
        return -1;
    return v != VAL_MISSING;
}

void dict_clear(VM *vm, Value dv) {
    Dict *d = AS_DICT(dv);
    d->used = d->nentries = d->cap = d->mask = 0;
    d->indices = NULL;
    d->entries = NULL;
    d->version = next_version();
}

bool dict_next(Value dv, size_t *pos, Value *key, Value *value) {
    Dict *d = AS_DICT(dv);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
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

Value dict_copy(VM *vm, Value dv) {
    Dict *src = AS_DICT(dv);
    Value r = dict_new_sized(vm, src->used);
    if (!r || !vm_charge(vm, src->used))
        return NULL;
    size_t pos = 0;
    Value k, v;
    while (dict_next(dv, &pos, &k, &v)) {
        if (!dict_set_hashed(vm, r, k, src->entries[pos - 1].hash, v))
            return NULL;
    }
    return r;
}

bool dict_merge(VM *vm, Value d, Value other, bool override) {
    if (IS_DICT(other)) {
        Dict *o = AS_DICT(other);
        if (!vm_charge(vm, o->used))
            return false;
        for (size_t i = 0; i < o->nentries; i++) {
            DictEntry e = o->entries[i];
            if (!e.key)
                continue;
            if (!override) {
                Value cur = dict_get_hashed(vm, d, e.key, e.hash);
                if (!cur)
                    return false;
                if (cur != VAL_MISSING)
                    continue;
            }
            if (!dict_set_hashed(vm, d, e.key, e.hash, e.value))
                return false;
            if (i >= o->nentries)
                break;
        }
        return true;
    }
    /* any mapping: keys() then __getitem__ */
    Value keys = obj_call_method(vm, other, NM(keys), NULL, 0);
    if (!keys)
        return false;
    Value it = obj_iter(vm, keys);
    if (!it)
        return false;
    for (;;) {
        Value k = obj_next(vm, it);
        if (k == VAL_STOP)
            return true;
        if (!k)
            return false;
        if (!override) {
            Value cur = dict_get(vm, d, k);
            if (!cur)
                return false;
            if (cur != VAL_MISSING)
                continue;
        }
        Value v = obj_getitem(vm, other, k);
        if (!v || !dict_set(vm, d, k, v) || !vm_tick(vm))
            return false;
    }
}

bool dict_update(VM *vm, Value d, Value other) {
    if (IS_DICT(other))
        return dict_merge(vm, d, other, true);
    Value probe = obj_getattr_opt(vm, other, NM(keys));
    if (!probe)
        return false;
    if (probe != VAL_MISSING)
        return dict_merge(vm, d, other, true);
    Value it = obj_iter(vm, other);
    if (!it)
        return false;
    for (size_t n = 0;; n++) {
        Value item = obj_next(vm, it);
        if (item == VAL_STOP)
            return true;
        if (!item)
            return false;
        size_t m;
        Value *kv = obj_unpack_iter(vm, item, &m);
        if (!kv) {
            if (exc_pending_matches(vm, &Exc_TypeError)) {
                exc_clear(vm);
                exc_raise(vm, &Exc_TypeError,
                          "cannot convert dictionary update sequence element #%zu to a sequence",
                          n);
            }
            return false;
        }
        if (m != 2)
            return exc_raise(vm, &Exc_ValueError,
                             "dictionary update sequence element #%zu has length %zu; 2 is "
                             "required", n, m) != NULL;
        if (!dict_set(vm, d, kv[0], kv[1]) || !vm_tick(vm))
            return false;
    }
}

Value dict_keys_list(VM *vm, Value d) {
    Value l = list_new(vm, AS_DICT(d)->used);
    if (!l)
        return NULL;
    size_t pos = 0;
    Value k;
    while (dict_next(d, &pos, &k, NULL))
        if (!list_append(vm, l, k))
            return NULL;
    return l;
}

Value dict_alloc_typed(VM *vm, Type *t) {
    return (Value)dict_alloc(vm, t);
}
