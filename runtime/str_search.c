/* str's search family, on one engine (strm_search): find, rfind, index, rindex, count,
 * startswith, endswith, and replace. */
#include "bytes_find.h"
#include "rt.h"
#include "strmeth.h"

/* ---- the engine ---- */

/* Last occurrence of needle (m >= 2 bytes) in hay[0, n), n >= m.  Short needles are found from
 * the candidates for their first byte, comparing at most m bytes each; longer ones with a
 * rolling hash scanned from the end and verified on a hit, so that no text makes the search
 * quadratic (forward searches rely on glibc's memmem, which guarantees the same). */
static int64_t rsearch(VM *vm, const char *h, size_t n, const char *nd, size_t m) {
    if (m <= 8) {
        size_t limit = n - m + 1;
        while (limit) {
            const char *c = memrchr(h, (unsigned char)nd[0], limit);
            if (!vm_charge_piece(vm, limit - (c ? (size_t)(c - h) : 0)))
                return -2;
            if (!c)
                return -1;
            if (!memcmp(c + 1, nd + 1, m - 1))
                return c - h;
            limit = (size_t)(c - h);
        }
        return -1;
    }
    /* hash(window at i) = sum of h[i+k] * B^k, mod 2^64 */
    const uint64_t B = 0x100000001B3ULL;
    uint64_t hn = 0, hw = 0, top = 1;
    for (size_t k = m; k-- > 0;) {
        hn = hn * B + (unsigned char)nd[k];
        hw = hw * B + (unsigned char)h[n - m + k];
    }
    for (size_t k = 1; k < m; k++)
        top *= B;
    for (size_t i = n - m;; i--) {
        if (hw == hn && !memcmp(h + i, nd, m))
            return (int64_t)i;
        if (i == 0)
            return -1;
        if ((i & 0xffff) == 0 && !vm_charge(vm, 0x10000))
            return -2;
        hw = (hw - (unsigned char)h[i - 1 + m] * top) * B + (unsigned char)h[i - 1];
    }
}

/* Charges the bytes actually scanned, as it scans: a loop of searches resuming after each
 * match (split, s.find(x, i + 1)) costs steps in proportion to the text, not to its square,
 * and a search through a huge text reads the clock on the way. */
int64_t strm_search(VM *vm, const char *h, size_t n, const char *nd, size_t m, bool reverse) {
    if (m > n)
        return -1;
    if (m == 0)
        return reverse ? (int64_t)n : 0;
    if (!reverse)
        return bytes_find(vm, (const unsigned char *)h, n, (const unsigned char *)nd, m);
    return rsearch(vm, h, n, nd, m);
}

/* ---- start/end arguments ---- */

/* s[start:end] in code points, adjusted as CPython's ADJUST_INDICES does: end is clamped to
 * the length, start only below, so start may exceed end (and then nothing matches, not even
 * ''); bstart/bend are the byte offsets, set only when start <= end. */
typedef struct Bounds {
    int64_t start, end;
    size_t bstart, bend;
} Bounds;

/* A start/end argument: None, or anything with __index__, clamped (never OverflowError). */
static bool slice_arg(VM *vm, Value v, int64_t *out) {
    if (v == NONE)
        return true;
    if (!IS_INT(v)) {
        if (type_lookup(TYPE(v), NM(__index__)) == VAL_MISSING) {
            exc_raise(vm, &Exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        if (!(v = int_index(vm, v)))
            return false;
    }
    *out = int_clamp_i64(v);
    return true;
}

/* Parses (sub[, start[, end]]) as the find family does, with CPython's wording. */
static bool find_args(VM *vm, const char *name, Value self, Value *args, size_t nargs,
                      Value kw, Value *sub, Bounds *b) {
    if (!strm_no_kw(vm, name, kw))
        return false;
    if (nargs < 1 || nargs > 3)
        return exc_raise(vm, &Exc_TypeError, "%s() takes %s (%zu given)", name,
                         nargs < 1 ? "at least 1 argument" : "at most 3 arguments", nargs),
               false;
    *sub = args[0];
    int64_t len = (int64_t)str_len(self);
    b->start = 0;
    b->end = INT64_MAX;
    if ((nargs > 1 && !slice_arg(vm, args[1], &b->start)) ||
        (nargs > 2 && !slice_arg(vm, args[2], &b->end)))
        return false;
    if (b->end > len)
        b->end = len;
    else if (b->end < 0 && (b->end += len) < 0)
        b->end = 0;
    if (b->start < 0 && (b->start += len) < 0)
        b->start = 0;
    b->bstart = b->bend = 0;
    if (b->start <= b->end) {
        b->bstart = str_offset(self, (size_t)b->start);
        b->bend = str_offset(self, (size_t)b->end);
    }
    return true;
}

static bool check_sub(VM *vm, Value sub) {
    if (IS_STR(sub))
        return true;
    exc_raise(vm, &Exc_TypeError, "must be str, not %s", tname(sub));
    return false;
}

/* ---- find, rfind, index, rindex, count ---- */

static Value find_common(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                         const char *name, bool reverse, bool raise) {
    Value sub;
    Bounds b;
    if (!find_args(vm, name, self, args, nargs, kw, &sub, &b) || !check_sub(vm, sub))
        return NULL;
    int64_t i = -1;
    if (b.start <= b.end) {
        const char *h = str_data(self) + b.bstart;
        size_t n = b.bend - b.bstart;
        int64_t off = strm_search(vm, h, n, str_data(sub), str_nbytes(sub), reverse);
        if (off == -2)
            return NULL;
        /* count code points from whichever end of the slice the match is nearer */
        if (off >= 0)
            i = str_is_ascii(self) ? b.start + off
                : reverse ? b.end - (int64_t)strm_count_cps(h + off, n - (size_t)off)
                          : b.start + (int64_t)strm_count_cps(h, (size_t)off);
    }
    if (i < 0 && raise)
        return exc_raise(vm, &Exc_ValueError, "substring not found");
    return MK_SMALL(i);
}

STRM_METHOD(find) {
    return find_common(vm, self, args, nargs, kw, "find", false, false);
}

STRM_METHOD(rfind) {
    return find_common(vm, self, args, nargs, kw, "rfind", true, false);
}

STRM_METHOD(index) {
    return find_common(vm, self, args, nargs, kw, "index", false, true);
}

STRM_METHOD(rindex) {
    return find_common(vm, self, args, nargs, kw, "rindex", true, true);
}

STRM_METHOD(count) {
    Value sub;
    Bounds b;
    if (!find_args(vm, "count", self, args, nargs, kw, &sub, &b) || !check_sub(vm, sub))
        return NULL;
    if (b.start > b.end)
        return MK_SMALL(0);
    if (str_nbytes(sub) == 0)   /* one match at every boundary */
        return MK_SMALL(b.end - b.start + 1);
    size_t k = bytes_count(vm, (const unsigned char *)str_data(self) + b.bstart,
                           b.bend - b.bstart, (const unsigned char *)str_data(sub),
                           str_nbytes(sub), SIZE_MAX);
    return k == SIZE_MAX ? NULL : MK_SMALL((int64_t)k);
}

/* ---- startswith, endswith ---- */

/* 1 if sub matches at the start (or end) of the bounds, 0 if not, -1 at the step limit. */
static int tailmatch(VM *vm, Value self, Value sub, const Bounds *b, bool at_end) {
    if (b->start > b->end)
        return 0;
    size_t m = str_nbytes(sub);
    if (m > b->bend - b->bstart)
        return 0;
    if (!vm_charge(vm, m))
        return -1;
    return !memcmp(str_data(self) + (at_end ? b->bend - m : b->bstart), str_data(sub), m);
}

static Value tailmatch_common(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                              const char *name, bool at_end) {
    Value sub;
    Bounds b;
    if (!find_args(vm, name, self, args, nargs, kw, &sub, &b))
        return NULL;
    if (IS_TUPLE(sub)) {
        /* items are checked lazily, as CPython does: a match ends the loop */
        for (size_t i = 0; i < AS_TUPLE(sub)->len; i++) {
            Value item = AS_TUPLE(sub)->items[i];
            if (!IS_STR(item))
                return exc_raise(vm, &Exc_TypeError, "tuple for %s must only contain str, "
                                 "not %s", name, tname(item));
            int r = tailmatch(vm, self, item, &b, at_end);
            if (r)
                return r < 0 ? NULL : TRUE_V;
        }
        return FALSE_V;
    }
    if (!IS_STR(sub))
        return exc_raise(vm, &Exc_TypeError, "%s first arg must be str or a tuple of str, "
                         "not %s", name, tname(sub));
    int r = tailmatch(vm, self, sub, &b, at_end);
    return r < 0 ? NULL : BOOL_V(r);
}

STRM_METHOD(startswith) {
    return tailmatch_common(vm, self, args, nargs, kw, "startswith", false);
}

STRM_METHOD(endswith) {
    return tailmatch_common(vm, self, args, nargs, kw, "endswith", true);
}

/* ---- replace ---- */

/* The result is sized by counting the matches first, so it is built in one allocation and the
 * memory limit is checked before any copying. */
STRM_METHOD(replace) {
    if (!args_no_kw(vm, "str.replace", kw) || !args_count(vm, "replace", nargs, NULL, 2, 3))
        return NULL;
    Value old = args[0], new_ = args[1];
    int64_t count = -1;
    if (!arg_str(vm, "replace", "1", old) || !arg_str(vm, "replace", "2", new_) ||
        (nargs > 2 && !arg_int(vm, args[2], &count)))
        return NULL;
    const char *s = str_data(self), *end = s + str_nbytes(self);
    const char *od = str_data(old), *nd = str_data(new_);
    size_t n = str_nbytes(self), m = str_nbytes(old), r = str_nbytes(new_);
    size_t max = count < 0 ? SIZE_MAX : (size_t)count;
    size_t k;
    if (m == 0)   /* '' matches before every code point and at the end */
        k = str_len(self) + 1 < max ? str_len(self) + 1 : max;
    else if ((k = bytes_count(vm, (const unsigned char *)s, n, (const unsigned char *)od, m,
                              max)) == SIZE_MAX)
        return NULL;
    if (k == 0)
        return strm_exact(vm, self);
    const size_t limit = (size_t)1 << 40;
    if (r > m && k > (limit - n) / (r - m))
        return exc_raise(vm, &Exc_OverflowError, "replace string is too long");
    size_t total = n - k * m + k * r;
    if (!gc_can_alloc(vm, total) || !vm_charge(vm, total))
        return NULL;
    Value res = str_alloc(vm, total);
    if (!res)
        return NULL;
    char *o = AS_STR(res)->data;
    const char *p = s;
    for (size_t i = 0; i < k; i++) {
        if (m == 0) {
            /* '' matches before each code point: new, then that code point */
            if (!vm_charge_item(vm, i))
                return NULL;
            size_t l = p < end ? strm_cp_len((unsigned char)*p) : 0;
            memcpy(o, nd, r);
            memcpy(o + r, p, l);
            o += r + l;
            p += l;
        } else {
            int64_t at = bytes_find(vm, (const unsigned char *)p, (size_t)(end - p),
                                    (const unsigned char *)od, m);
            if (at == -2)
                return NULL;
            const char *q = p + at;
            memcpy(o, p, (size_t)(q - p));
            o += q - p;
            memcpy(o, nd, r);
            o += r;
            p = q + m;
        }
    }
    memcpy(o, p, (size_t)(end - p));
    if (str_is_ascii(self) && str_is_ascii(new_))
        return res;
    return str_finish(res);
}
