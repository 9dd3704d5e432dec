/* list.sort and sorted: a stable merge sort (binary insertion for short runs) over keys,
 * with fast comparisons when every key is a small int, a float or an exact str.  Like CPython,
 * the list is empty while it is sorted, so a key function that mutates it is detected. */
#include "rt.h"

typedef enum { K_GENERIC, K_SMALL, K_FLOAT, K_STR } KeyKind;

typedef struct Sorter {
    VM *vm;
    KeyKind kind;
    bool failed;
} Sorter;

/* a < b ? 1 : 0, -1 on error */
static int less(Sorter *s, Value a, Value b) {
    switch (s->kind) {
    case K_SMALL:
        return SMALL_VAL(a) < SMALL_VAL(b);
    case K_FLOAT:
        return AS_FLOAT(a) < AS_FLOAT(b);
    case K_STR:
        return str_cmp(a, b) < 0;
    default:
        return obj_richcmp_bool(s->vm, a, b, CMP_LT);
    }
}

/* Sorts keys[lo, hi) with values carried along (vals may be NULL). */
static void insertion(Sorter *s, Value *keys, Value *vals, size_t lo, size_t hi) {
    for (size_t i = lo + 1; i < hi && !s->failed; i++) {
        Value k = keys[i], v = vals ? vals[i] : NULL;
        size_t l = lo, r = i;
        while (l < r) {    /* find the first position whose key is > k (stability) */
            size_t m = l + (r - l) / 2;
            int c = less(s, k, keys[m]);
            if (c < 0) {
                s->failed = true;
                return;
            }
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(keys + l + 1, keys + l, (i - l) * sizeof(Value));
        keys[l] = k;
        if (vals) {
            memmove(vals + l + 1, vals + l, (i - l) * sizeof(Value));
            vals[l] = v;
        }
    }
}

static void merge(Sorter *s, Value *keys, Value *vals, Value *tk, Value *tv, size_t lo,
                  size_t mid, size_t hi) {
    /* already in order? */
    int c = less(s, keys[mid], keys[mid - 1]);
    if (c <= 0) {
        if (c < 0)
            s->failed = true;
        return;
    }
    size_t n = mid - lo;
    memcpy(tk, keys + lo, n * sizeof(Value));
    if (vals)
        memcpy(tv, vals + lo, n * sizeof(Value));
    size_t i = 0, j = mid, k = lo;
    while (i < n && j < hi) {
        c = less(s, keys[j], tk[i]);
        if (c < 0) {
            s->failed = true;
            break;
        }
        if (c) {
            if (vals)
                vals[k] = vals[j];
            keys[k++] = keys[j++];
        } else {
            if (vals)
                vals[k] = tv[i];
            keys[k++] = tk[i++];
        }
    }
    while (i < n) {
        if (vals)
            vals[k] = tv[i];
        keys[k++] = tk[i++];
    }
}

static bool msort(Sorter *s, Value *keys, Value *vals, size_t n) {
    const size_t RUN = 32;
    for (size_t lo = 0; lo < n; lo += RUN) {
        size_t hi = lo + RUN < n ? lo + RUN : n;
        insertion(s, keys, vals, lo, hi);
        if (s->failed)
            return false;
    }
    if (n <= RUN)
        return true;
    Value *tk = gc_alloc(s->vm, (n / 2 + 1) * sizeof(Value));
    Value *tv = vals ? gc_alloc(s->vm, (n / 2 + 1) * sizeof(Value)) : NULL;
    if (!tk || (vals && !tv))
        return false;
    for (size_t width = RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
            /* merge copies the left half, which is at most `width` <= n/2 items */
            if (mid - lo > n / 2 + 1) {
                tk = gc_alloc(s->vm, (mid - lo) * sizeof(Value));
                tv = vals ? gc_alloc(s->vm, (mid - lo) * sizeof(Value)) : NULL;
                if (!tk || (vals && !tv))
                    return false;
            }
            merge(s, keys, vals, tk, tv, lo, mid, hi);
            if (s->failed)
                return false;
        }
        if (!vm_charge(s->vm, n))
            return false;
    }
    return true;
}

static KeyKind classify(Value *keys, size_t n) {
    if (n == 0)
        return K_GENERIC;
    Type *t = TYPE(keys[0]);
    if (t == &int_type) {
        for (size_t i = 0; i < n; i++)
            if (!IS_SMALL(keys[i]))
                return K_GENERIC;
        return K_SMALL;
    }
    if (t != &float_type && t != &str_type)
        return K_GENERIC;
    for (size_t i = 1; i < n; i++)
        if (IS_SMALL(keys[i]) || keys[i]->type != t)
            return K_GENERIC;
    if (t == &float_type) {
        /* NaNs make `<` inconsistent; the generic path handles them as CPython does */
        for (size_t i = 0; i < n; i++)
            if (AS_FLOAT(keys[i]) != AS_FLOAT(keys[i]))
                return K_GENERIC;
        return K_FLOAT;
    }
    return K_STR;
}

static void reverse_pairs(Value *keys, Value *vals, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = keys[i];
        keys[i] = keys[j - 1];
        keys[j - 1] = t;
        if (vals) {
            t = vals[i];
            vals[i] = vals[j - 1];
            vals[j - 1] = t;
        }
    }
}

Value list_sort(VM *vm, Value lv, Value key, bool reverse) {
    List *l = AS_LIST(lv);
    size_t n = l->len;
    Value *items = l->items;
    /* the list is empty while it is being sorted */
    l->len = 0;
    l->cap = 0;
    l->items = NULL;
    Value *keys = items, *vals = NULL;
    bool ok = true;
    if (key != NONE && n) {
        keys = gc_alloc(vm, n * sizeof(Value));
        ok = keys != NULL;
        for (size_t i = 0; ok && i < n; i++) {
            keys[i] = obj_call1(vm, key, items[i]);
            ok = keys[i] != NULL;
        }
        vals = items;
    }
    /* reverse, stable-sort, reverse: equal items keep their original order.  The second
     * reversal happens even when a comparison failed, as in CPython. */
    bool reversed = ok && reverse;
    if (reversed)
        reverse_pairs(keys, vals, n);
    if (ok) {
        Sorter s = {vm, classify(keys, n), false};
        ok = vm_charge(vm, n) && msort(&s, keys, vals, n);
    }
    if (reversed)
        reverse_pairs(keys, vals, n);
    bool mutated = l->len != 0 || l->items != NULL;
    l->items = items;
    l->len = n;
    l->cap = n;
    if (!ok)
        return NULL;
    if (mutated)
        return exc_raise(vm, &Exc_ValueError, "list modified during sort");
    return NONE;
}
