/* Cutting and joining str: split, rsplit, splitlines, partition, rpartition, join. */
#include "rt.h"
#include "strmeth.h"

static bool add_piece(VM *vm, Value list, Value s, size_t a, size_t b) {
    Value piece = strm_slice(vm, s, a, b);
    return piece && list_append(vm, list, piece);
}

static void reverse_list(Value list) {
    Value *items = AS_LIST(list)->items;
    for (size_t i = 0, j = AS_LIST(list)->len; i + 1 < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j - 1];
        items[j - 1] = t;
    }
}

/* ---- split, rsplit ---- */

/* Splitting on runs of whitespace, at most max times, from the left or the right; as CPython,
 * leading and trailing whitespace give no empty pieces, and after the last split the rest is
 * kept whole but for the whitespace before (rsplit: after) it. */
static bool split_whitespace(VM *vm, Value list, Value s, int64_t max, bool reverse) {
    const char *p = str_data(s);
    size_t n = str_nbytes(s), l;
    if (!vm_charge(vm, n))
        return false;
    if (!reverse) {
        size_t i = 0;
        while (max-- > 0) {
            while (i < n && (l = strm_space_at(p + i)))
                i += l;
            if (i == n)
                break;
            size_t j = i;
            do
                i += strm_cp_len((unsigned char)p[i]);
            while (i < n && !strm_space_at(p + i));
            if (!add_piece(vm, list, s, j, i))
                return false;
        }
        while (i < n && (l = strm_space_at(p + i)))
            i += l;
        return i == n || add_piece(vm, list, s, i, n);
    }
    size_t i = n;
    uint32_t cp;
    while (max-- > 0) {
        while (i > 0 && (l = strm_space_before(p, p + i)))
            i -= l;
        if (i == 0)
            break;
        size_t j = i;
        do
            i -= strm_cp_before(p, p + i, &cp);
        while (i > 0 && !strm_space_before(p, p + i));
        if (!add_piece(vm, list, s, i, j))
            return false;
    }
    while (i > 0 && (l = strm_space_before(p, p + i)))
        i -= l;
    return i == 0 || add_piece(vm, list, s, 0, i);
}

static bool split_sep(VM *vm, Value list, Value s, Value sep, int64_t max, bool reverse) {
    const char *p = str_data(s), *sp = str_data(sep);
    size_t n = str_nbytes(s), m = str_nbytes(sep);
    if (!reverse) {
        size_t i = 0;
        while (max-- > 0) {
            int64_t at = strm_search(vm, p + i, n - i, sp, m, false);
            if (at == -2)
                return false;
            if (at < 0)
                break;
            if (!add_piece(vm, list, s, i, i + (size_t)at))
                return false;
            i += (size_t)at + m;
        }
        return add_piece(vm, list, s, i, n);
    }
    size_t j = n;
    while (max-- > 0) {
        int64_t at = strm_search(vm, p, j, sp, m, true);
        if (at == -2)
            return false;
        if (at < 0)
            break;
        if (!add_piece(vm, list, s, (size_t)at + m, j))
            return false;
        j = (size_t)at;
    }
    return add_piece(vm, list, s, 0, j);
}

static Value split_common(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                          const char *name, bool reverse) {
    static const char *const kws[] = {"sep", "maxsplit", NULL};
    Value sep = NONE, maxv = NULL;
    int64_t max = -1;
    if (!args_parse(vm, name, args, nargs, kw, "|OO", kws, &sep, &maxv))
        return NULL;
    if (maxv && !arg_int(vm, maxv, &max))
        return NULL;
    if (max < 0)
        max = INT64_MAX;
    if (sep != NONE && !IS_STR(sep))
        return exc_raise(vm, &Exc_TypeError, "must be str or None, not %s", tname(sep));
    if (sep != NONE && str_nbytes(sep) == 0)
        return exc_raise(vm, &Exc_ValueError, "empty separator");
    Value list = list_new(vm, 0);
    if (!list)
        return NULL;
    bool ok = sep == NONE ? split_whitespace(vm, list, self, max, reverse)
                          : split_sep(vm, list, self, sep, max, reverse);
    if (!ok)
        return NULL;
    if (reverse)
        reverse_list(list);
    return list;
}

STRM_METHOD(split) {
    return split_common(vm, self, args, nargs, kw, "split", false);
}

STRM_METHOD(rsplit) {
    return split_common(vm, self, args, nargs, kw, "rsplit", true);
}

/* ---- splitlines ---- */

/* Length of the line boundary at p (p < end), or 0: \n \r \r\n \v \f \x1c \x1d \x1e, and
 * U+0085, U+2028, U+2029 (whose UTF-8 lead bytes are never continuation bytes, so scanning
 * byte by byte is safe). */
static size_t linebreak_at(const char *p, const char *end) {
    const unsigned char *u = (const unsigned char *)p;
    switch (u[0]) {
    case '\n': case '\v': case '\f': case 0x1c: case 0x1d: case 0x1e:
        return 1;
    case '\r':
        return end - p > 1 && u[1] == '\n' ? 2 : 1;
    case 0xC2:
        return u[1] == 0x85 ? 2 : 0;
    case 0xE2:
        return u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9) ? 3 : 0;
    default:
        return 0;
    }
}

STRM_METHOD(splitlines) {
    static const char *const kws[] = {"keepends", NULL};
    Value kv = NULL;
    int keepends = 0;
    if (!args_parse(vm, "splitlines", args, nargs, kw, "|O", kws, &kv))
        return NULL;
    if (kv && !strm_arg_cint(vm, kv, &keepends))
        return NULL;
    const char *p = str_data(self), *end = p + str_nbytes(self);
    size_t n = str_nbytes(self), i = 0;
    if (!vm_charge(vm, n))
        return NULL;
    Value list = list_new(vm, 0);
    if (!list)
        return NULL;
    while (i < n) {
        size_t j = i, l = 0;
        while (i < n && !(l = linebreak_at(p + i, end)))
            i++;
        size_t eol = i;
        i += l;
        if (keepends)
            eol = i;
        if (!add_piece(vm, list, self, j, eol))
            return NULL;
    }
    return list;
}

/* ---- partition, rpartition ---- */

static Value partition_common(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                              const char *fname, bool reverse) {
    if (!args_count(vm, fname, nargs, kw, 1, 1))
        return NULL;
    Value sep = args[0];
    if (!IS_STR(sep))
        return exc_raise(vm, &Exc_TypeError, "must be str, not %s", tname(sep));
    size_t m = str_nbytes(sep), n = str_nbytes(self);
    if (m == 0)
        return exc_raise(vm, &Exc_ValueError, "empty separator");
    int64_t at = strm_search(vm, str_data(self), n, str_data(sep), m, reverse);
    if (at == -2)
        return NULL;
    Value empty = str_new(vm, "", 0);
    if (!empty)
        return NULL;
    if (at < 0)   /* self, even of a subclass, as CPython */
        return reverse ? tuple_pack(vm, 3, empty, empty, self)
                       : tuple_pack(vm, 3, self, empty, empty);
    Value head = strm_slice(vm, self, 0, (size_t)at);
    Value tail = head ? strm_slice(vm, self, (size_t)at + m, n) : NULL;
    return tail ? tuple_pack(vm, 3, head, sep, tail) : NULL;
}

STRM_METHOD(partition) {
    return partition_common(vm, self, args, nargs, kw, "str.partition", false);
}

STRM_METHOD(rpartition) {
    return partition_common(vm, self, args, nargs, kw, "str.rpartition", true);
}

/* ---- join ---- */

/* The total size is computed first, so the result is one allocation checked against the
 * memory limit before anything is copied. */
STRM_METHOD(join) {
    if (!args_count(vm, "str.join", nargs, kw, 1, 1))
        return NULL;
    Value seq = args[0];
    if (TYPE(seq) != &list_type && TYPE(seq) != &tuple_type) {
        Value it = obj_iter(vm, seq);
        if (!it) {
            if (exc_pending_matches(vm, &Exc_TypeError)) {
                exc_clear(vm);
                exc_raise(vm, &Exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        if (!(seq = list_from_iter(vm, it)))
            return NULL;
    }
    const Value *items = IS_LIST(seq) ? AS_LIST(seq)->items : AS_TUPLE(seq)->items;
    size_t count = IS_LIST(seq) ? AS_LIST(seq)->len : AS_TUPLE(seq)->len;
    if (count == 0)
        return str_new(vm, "", 0);
    if (count == 1 && IS_EXACT_STR(items[0]))
        return items[0];
    size_t sepn = str_nbytes(self), total = sepn * (count - 1), len = str_len(self) * (count - 1);
    bool ascii = str_is_ascii(self);
    uint8_t kind = AS_STR(self)->kind;
    const size_t limit = (size_t)1 << 40;
    if (sepn && count - 1 > limit / sepn)
        return exc_raise(vm, &Exc_OverflowError, "join() result is too long for a Python string");
    for (size_t i = 0; i < count; i++) {
        Value x = items[i];
        if (!IS_STR(x))
            return exc_raise(vm, &Exc_TypeError, "sequence item %zu: expected str instance, "
                             "%s found", i, tname(x));
        total += str_nbytes(x);
        if (total > limit)
            return exc_raise(vm, &Exc_OverflowError,
                             "join() result is too long for a Python string");
        len += str_len(x);
        ascii = ascii && str_is_ascii(x);
        if (AS_STR(x)->kind > kind)
            kind = AS_STR(x)->kind;
    }
    if (!gc_can_alloc(vm, total) || !vm_charge(vm, total + count))
        return NULL;
    Value res = str_alloc(vm, total);
    if (!res)
        return NULL;
    char *o = AS_STR(res)->data;
    for (size_t i = 0; i < count; i++) {
        if (i && sepn) {
            memcpy(o, str_data(self), sepn);
            o += sepn;
        }
        memcpy(o, str_data(items[i]), str_nbytes(items[i]));
        o += str_nbytes(items[i]);
    }
    AS_STR(res)->len = len;
    AS_STR(res)->flags = ascii ? STR_ASCII : 0;
    AS_STR(res)->kind = kind;
    return res;
}
