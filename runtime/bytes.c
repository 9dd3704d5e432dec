/* bytes and bytearray: representation, construction and slots.  Methods: bytes_methods.c;
 * codecs: codecs.c. */
#include "bytes_find.h"
#include "codecs.h"
#include "hash.h"
#include "rt.h"

extern const MethodDef bytes_methods[], bytearray_methods[];

Value bytes_alloc(VM *vm, size_t n) {
    if (n > ((size_t)1 << 40))
        return vm_limit_error(vm, LIMIT_MEMORY, "bytes too large"), NULL;
    Bytes *b = (Bytes *)gc_new_atomic(vm, &bytes_type, sizeof(Bytes) + n + 1);
    if (!b)
        return NULL;
    b->hash = -1;
    b->len = n;
    b->data[n] = 0;
    return (Value)b;
}

Value bytes_new(VM *vm, const void *data, size_t n) {
    Value b = bytes_alloc(vm, n);
    if (b && n)
        memcpy(AS_BYTES(b)->data, data, n);
    return b;
}

Value bytearray_new(VM *vm, const void *data, size_t n) {
    ByteArray *b = (ByteArray *)gc_new(vm, &bytearray_type, bytearray_type.basicsize);
    if (!b)
        return NULL;
    b->len = b->cap = 0;
    b->data = NULL;
    if (n) {
        b->data = gc_alloc_atomic(vm, n);
        if (!b->data)
            return NULL;
        memcpy(b->data, data, n);
        b->len = b->cap = n;
    }
    return (Value)b;
}

bool bytes_view(Value v, const unsigned char **p, size_t *n) {
    if (IS_SMALL(v))
        return false;
    if (v->type->flags & TF_BYTES) {
        *p = AS_BYTES(v)->data;
        *n = AS_BYTES(v)->len;
        return true;
    }
    if (v->type == &bytearray_type || type_is_subtype(v->type, &bytearray_type)) {
        *p = AS_BYTEARRAY(v)->data ? AS_BYTEARRAY(v)->data : (const unsigned char *)"";
        *n = AS_BYTEARRAY(v)->len;
        return true;
    }
    return false;
}

Value bytes_repr_buf(VM *vm, const unsigned char *p, size_t n, const char *prefix) {
    bool has_sq = memchr(p, '\'', n) != NULL, has_dq = memchr(p, '"', n) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    StrBuf b;
    sb_init(&b, vm, n + 8);
    sb_adds(&b, prefix);
    sb_addc(&b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == (unsigned char)quote || c == '\\') {
            sb_addc(&b, '\\');
            sb_addc(&b, (char)c);
        } else if (c == '\t') {
            sb_adds(&b, "\\t");
        } else if (c == '\n') {
            sb_adds(&b, "\\n");
        } else if (c == '\r') {
            sb_adds(&b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            sb_addf(&b, "\\x%02x", c);
        } else {
            sb_addc(&b, (char)c);
        }
    }
    sb_addc(&b, quote);
    return sb_finish(&b);
}

static Value bytes_repr(VM *vm, Value v) {
    const unsigned char *p = NULL;
    size_t n = 0;
    bytes_view(v, &p, &n);
    if (TYPE(v) == &bytearray_type || type_is_subtype(TYPE(v), &bytearray_type)) {
        Value inner = bytes_repr_buf(vm, p, n, "b");
        return inner ? str_fmt(vm, "%s(%U)", tname(v), inner) : NULL;
    }
    return bytes_repr_buf(vm, p, n, "b");
}

static bool bytes_hash(VM *vm, Value v, int64_t *out) {
    Bytes *b = AS_BYTES(v);
    if (b->hash == -1)
        b->hash = hash_bytes(b->data, b->len);
    *out = b->hash;
    return true;
}

static Value bytes_richcmp(VM *vm, Value a, Value b, int op) {
    const unsigned char *p = NULL, *q = NULL;
    size_t n = 0, m = 0;
    if (!bytes_view(a, &p, &n) || !bytes_view(b, &q, &m))
        return NOTIMPL;
    int c = memcmp(p, q, n < m ? n : m);
    if (c == 0)
        c = (n > m) - (n < m);
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_EQ: return BOOL_V(c == 0);
    case CMP_NE: return BOOL_V(c != 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static int64_t bytes_len(VM *vm, Value v) {
    const unsigned char *p = NULL;
    size_t n = 0;
    bytes_view(v, &p, &n);
    return (int64_t)n;
}

static bool is_bytearray(Value v) {
    return TYPE(v) == &bytearray_type || type_is_subtype(TYPE(v), &bytearray_type);
}

static Value make_like(VM *vm, Value like, const unsigned char *p, size_t n) {
    return is_bytearray(like) ? bytearray_new(vm, p, n) : bytes_new(vm, p, n);
}

/* A key that is neither a slice nor an index is refused in the words of v's type. */
static bool index_key_ok(VM *vm, Value v, Value key) {
    if (!IS_INT(key) && call_special(vm, key, NM(__index__), NULL, 0) == VAL_MISSING) {
        exc_raise(vm, &Exc_TypeError, "%s indices must be integers or slices, not %s",
                  is_bytearray(v) ? "bytearray" : "byte", tname(key));
        return false;
    }
    return !vm->exc;
}

static Value bytes_getitem(VM *vm, Value v, Value key) {
    const unsigned char *p = NULL;
    size_t n = 0;
    bytes_view(v, &p, &n);
    if (TYPE(key) == &slice_type) {
        int64_t start, stop, step, cnt;
        if (!slice_indices(vm, key, n, &start, &stop, &step, &cnt))
            return NULL;
        if (step == 1)
            return make_like(vm, v, p + start, (size_t)cnt);
        unsigned char *tmp = gc_alloc_atomic(vm, (size_t)cnt + 1);
        if (!tmp)
            return NULL;
        for (int64_t i = 0; i < cnt; i++)
            tmp[i] = p[start + i * step];
        return make_like(vm, v, tmp, (size_t)cnt);
    }
    if (!index_key_ok(vm, v, key))
        return NULL;
    size_t i;
    if (!seq_index(vm, key, n, &i, is_bytearray(v) ? "bytearray" : "index"))
        return NULL;
    return MK_SMALL(p[i]);
}

static int bytes_contains(VM *vm, Value v, Value x) {
    const unsigned char *p = NULL, *q = NULL;
    size_t n = 0, m = 0;
    bytes_view(v, &p, &n);
    if (IS_INT(x)) {
        int64_t c;
        if (!int_fits_i64(x, &c) || c < 0 || c > 255) {
            exc_raise(vm, &Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(p, (int)c, n) != NULL;
    }
    if (!bytes_view(x, &q, &m)) {
        exc_raise(vm, &Exc_TypeError, "a bytes-like object is required, not '%s'", tname(x));
        return -1;
    }
    int64_t at = bytes_find(vm, p, n, q, m);
    return at == -2 ? -1 : at >= 0;
}

static Value bytes_binop(VM *vm, Value a, Value b, int op) {
    const unsigned char *p = NULL, *q = NULL;
    size_t n = 0, m = 0;
    if (op == OP_ADD) {
        if (!bytes_view(a, &p, &n) || !bytes_view(b, &q, &m))
            return NOTIMPL;   /* the other operand's __radd__ comes first (abstract.c) */
        if (!vm_charge(vm, n + m))
            return NULL;
        Value r = is_bytearray(a) ? bytearray_new(vm, p, n) : bytes_alloc(vm, n + m);
        if (!r)
            return NULL;
        if (is_bytearray(a)) {
            ByteArray *ba = AS_BYTEARRAY(r);
            unsigned char *d = gc_realloc(vm, ba->data, n + m + 1, true);
            if (!d)
                return NULL;
            memcpy(d + n, q, m);
            ba->data = d;
            ba->len = ba->cap = n + m;
        } else {
            memcpy(AS_BYTES(r)->data, p, n);
            memcpy(AS_BYTES(r)->data + n, q, m);
        }
        return r;
    }
    if (op == OP_MUL) {
        Value seq = bytes_view(a, &p, &n) ? a : b;
        if (!bytes_view(seq, &p, &n))
            return NOTIMPL;
        int64_t k;
        Value ok = seq_count_arg(vm, seq == a ? b : a, &k);
        if (ok != TRUE_V)
            return ok;
        if (k <= 0 || n == 0)
            return make_like(vm, seq, p, 0);
        if ((uint64_t)k > ((uint64_t)1 << 40) / n)
            return vm_limit_error(vm, LIMIT_MEMORY, "bytes too large"), NULL;
        size_t total = n * (size_t)k;
        if (!gc_can_alloc(vm, total) || !vm_charge(vm, total))
            return NULL;
        unsigned char *tmp = gc_alloc_atomic(vm, total + 1);
        if (!tmp)
            return NULL;
        for (int64_t i = 0; i < k; i++)
            memcpy(tmp + (size_t)i * n, p, n);
        return make_like(vm, seq, tmp, total);
    }
    if (op == OP_MOD && bytes_view(a, &p, &n)) {
        extern Value bytes_percent_format(VM * vm, Value fmt, Value args);
        return bytes_percent_format(vm, a, b);
    }
    return NOTIMPL;
}

/* ---- iteration ---- */

typedef struct BytesIter {
    Obj ob;
    Value b;
    size_t i;
} BytesIter;

static Value bytes_iter(VM *vm, Value v) {
    BytesIter *it = (BytesIter *)gc_new(vm, is_bytearray(v) ? &bytearray_iter_type
                                                            : &bytes_iter_type,
                                        sizeof(BytesIter));
    if (!it)
        return NULL;
    it->b = v;
    it->i = 0;
    return (Value)it;
}

static Value bytesiter_next(VM *vm, Value v) {
    BytesIter *it = (BytesIter *)v;
    const unsigned char *p = NULL;
    size_t n = 0;
    if (!it->b || !bytes_view(it->b, &p, &n) || it->i >= n) {
        it->b = NULL;
        return VAL_STOP;
    }
    return MK_SMALL(p[it->i++]);
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

Type bytes_iter_type = {
    .ob = {&type_type}, .name = "bytes_iterator", .basicsize = sizeof(BytesIter),
    .iter = self_iter, .next = bytesiter_next,
};

Type bytearray_iter_type = {
    .ob = {&type_type}, .name = "bytearray_iterator", .basicsize = sizeof(BytesIter),
    .iter = self_iter, .next = bytesiter_next,
};

/* ---- construction ---- */

/* CPython's PyBytes_FromObject after its exact-bytes shortcut: a copy of a buffer, or the
 * ints of an iterable (not a str); `to` (bytes or bytearray) words the errors. */
static Value from_buffer_or_ints(VM *vm, Value x, Type *to) {
    const unsigned char *p = NULL;
    size_t n = 0;
    if (bytes_view(x, &p, &n))
        return bytes_new(vm, p, n);
    Value it = IS_STR(x) ? NULL : obj_iter(vm, x);
    if (!it) {
        if (vm->exc && !exc_pending_matches(vm, &Exc_TypeError))
            return NULL;
        exc_clear(vm);
        return exc_raise(vm, &Exc_TypeError, "cannot convert '%s' object to %s", tname(x),
                         to->name);
    }
    StrBuf b;
    sb_init(&b, vm, 16);
    for (;;) {
        Value e = obj_next(vm, it);
        if (e == VAL_STOP)
            break;
        if (!e)
            return NULL;
        int64_t c;
        if (!IS_INT(e)) {
            if (call_special(vm, e, NM(__index__), NULL, 0) == VAL_MISSING)
                return exc_raise(vm, &Exc_TypeError,
                                 "'%s' object cannot be interpreted as an integer", tname(e));
            if (vm->exc)
                return NULL;
        }
        if (!obj_as_index(vm, e, &c))
            return NULL;
        if (c < 0 || c > 255)
            return exc_raise(vm, &Exc_ValueError, "%s must be in range(0, 256)",
                             to == &bytearray_type ? "byte" : "bytes");
        sb_addc(&b, (char)c);
        if (!vm_tick(vm))
            return NULL;
    }
    if (b.failed)
        return NULL;
    return bytes_new(vm, b.buf, b.len);
}

/* x.__bytes__() checked to be bytes; VAL_MISSING when x's type has no __bytes__. */
static Value call_bytes_method(VM *vm, Value x) {
    Value r = call_special(vm, x, NM(__bytes__), NULL, 0);
    if (r && r != VAL_MISSING && !(TYPE(r)->flags & TF_BYTES))
        return exc_raise(vm, &Exc_TypeError, "__bytes__ returned non-bytes (type %s)", tname(r));
    return r;
}

Value bytes_from_object(VM *vm, Value x) {
    if (TYPE(x) == &bytes_type)
        return x;
    Value r = call_bytes_method(vm, x);
    return r == VAL_MISSING ? from_buffer_or_ints(vm, x, &bytes_type) : r;
}

/* The non-str source of bytes() and bytearray(): a count of zero bytes (an int or __index__),
 * or a buffer or iterable of ints. */
static Value from_count_or_object(VM *vm, Value x, Type *to) {
    int64_t k;
    Value ok = seq_count_arg(vm, x, &k);
    if (!ok)
        return NULL;
    if (ok == NOTIMPL)
        return from_buffer_or_ints(vm, x, to);
    if (k < 0)
        return exc_raise(vm, &Exc_ValueError, "negative count");
    if (!gc_can_alloc(vm, (size_t)k) || !vm_charge(vm, (uint64_t)k))
        return NULL;
    Value b = bytes_alloc(vm, (size_t)k);
    if (b)
        memset(AS_BYTES(b)->data, 0, (size_t)k);
    return b;
}

/* bytes() and bytearray() given a str without an encoding, or an encoding or errors argument
 * without a str (src NULL or not a str) to apply it to. */
static Value codec_arg_error(VM *vm, Value src, Value encoding) {
    if (src && IS_STR(src))
        return exc_raise(vm, &Exc_TypeError, "string argument without an encoding");
    return exc_raise(vm, &Exc_TypeError, encoding ? "encoding without a string argument"
                                                  : "errors without a string argument");
}

static Value bytes_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Value src = NULL, encoding = NULL, errors = NULL;
    static const char *const kws[] = {"source", "encoding", "errors", NULL};
    if (!args_parse(vm, "bytes", args, nargs, kwnames, "|OOO", kws, &src, &encoding, &errors) ||
        !codec_check_args(vm, "bytes", encoding, errors))
        return NULL;
    Value r;
    if (!src) {
        if (encoding || errors)
            return codec_arg_error(vm, NULL, encoding);
        r = bytes_alloc(vm, 0);
    } else if (encoding) {
        r = IS_STR(src) ? str_encode(vm, src, encoding, errors)
                        : codec_arg_error(vm, src, encoding);
    } else if (errors) {
        return codec_arg_error(vm, src, NULL);
    } else {
        /* __bytes__ first, even for a str subclass; bytes(b) is b itself for exact bytes,
         * whose __bytes__ returns them */
        r = call_bytes_method(vm, src);
        if (r == VAL_MISSING)
            r = IS_STR(src) ? codec_arg_error(vm, src, NULL)
                            : from_count_or_object(vm, src, &bytes_type);
    }
    if (!r || t == &bytes_type)
        return r;
    size_t n = AS_BYTES(r)->len;
    Bytes *b = (Bytes *)gc_new(vm, t, ((sizeof(Bytes) + n + 1 + 7) & ~(size_t)7) + sizeof(Value));
    if (!b)
        return NULL;
    memcpy(b, AS_BYTES(r), sizeof(Bytes) + n + 1);
    b->ob.type = t;
    return (Value)b;
}

Type bytes_type = {
    .ob = {&type_type}, .name = "bytes", .flags = TF_BASETYPE | TF_BYTES,
    .basicsize = sizeof(Bytes), .doc = "bytes(iterable_of_ints) -> bytes",
    .repr = bytes_repr, .hash = bytes_hash, .richcmp = bytes_richcmp, .binop = bytes_binop,
    .binop_mask = (1 << OP_ADD) | (1 << OP_MUL) | (1 << OP_MOD), .len = bytes_len,
    .getitem = bytes_getitem, .contains = bytes_contains, .iter = bytes_iter,
    .new_ = bytes_tp_new, .methods = bytes_methods,
};

/* ---- bytearray mutation ---- */

bool bytearray_resize(VM *vm, Value v, size_t n) {
    ByteArray *b = AS_BYTEARRAY(v);
    if (n > b->cap) {
        size_t nc = b->cap * 2 > n ? b->cap * 2 : n;
        unsigned char *d = gc_realloc(vm, b->data, nc + 1, true);
        if (!d)
            return false;
        b->data = d;
        b->cap = nc;
    }
    b->len = n;
    return true;
}

static int bytearray_setitem(VM *vm, Value v, Value key, Value x) {
    ByteArray *b = AS_BYTEARRAY(v);
    if (TYPE(key) == &slice_type) {
        int64_t start, stop, step, cnt;
        if (!slice_indices(vm, key, b->len, &start, &stop, &step, &cnt))
            return -1;
        const unsigned char *src = (const unsigned char *)"";
        size_t m = 0;
        Value conv = NULL;
        if (x) {
            if (obj_is_number(x) || IS_STR(x)) {
                exc_raise(vm, &Exc_TypeError, "can assign only bytes, buffers, or iterables of "
                          "ints in range(0, 256)");
                return -1;
            }
            if (!bytes_view(x, &src, &m)) {
                conv = from_buffer_or_ints(vm, x, &bytearray_type);
                if (!conv || !bytes_view(conv, &src, &m))
                    return -1;
            } else if (x == v) {
                conv = bytes_new(vm, src, m);
                if (!conv)
                    return -1;
                bytes_view(conv, &src, &m);
            }
        }
        if (step == 1) {
            if (stop < start)
                stop = start;
            size_t old = (size_t)(stop - start), len = b->len;
            size_t newlen = len - old + m;
            unsigned char *tmp = gc_alloc_atomic(vm, len - (size_t)stop + 1);
            if (!tmp)
                return -1;
            memcpy(tmp, b->data + stop, len - (size_t)stop);
            if (!bytearray_resize(vm, v, newlen))
                return -1;
            memcpy(b->data + start, src, m);
            memcpy(b->data + start + m, tmp, len - (size_t)stop);
            return 0;
        }
        if (!x) {
            size_t w = 0;
            for (size_t r = 0; r < b->len; r++) {
                bool del = false;
                if (step > 0)
                    del = (int64_t)r >= start && (int64_t)r < stop && ((int64_t)r - start) % step == 0;
                else
                    del = (int64_t)r <= start && (int64_t)r > stop && (start - (int64_t)r) % (-step) == 0;
                if (!del)
                    b->data[w++] = b->data[r];
            }
            b->len = w;
            return 0;
        }
        if ((int64_t)m != cnt) {
            exc_raise(vm, &Exc_ValueError,
                      "attempt to assign bytes of size %zu to extended slice of size %lld", m,
                      (long long)cnt);
            return -1;
        }
        for (int64_t i = 0; i < cnt; i++)
            b->data[start + i * step] = src[i];
        return 0;
    }
    size_t i;
    if (!index_key_ok(vm, v, key) || !seq_index(vm, key, b->len, &i, "bytearray"))
        return -1;
    if (!x) {
        memmove(b->data + i, b->data + i + 1, b->len - i - 1);
        b->len--;
        return 0;
    }
    int64_t c;
    if (!obj_as_index(vm, x, &c))
        return -1;
    if (c < 0 || c > 255) {
        exc_raise(vm, &Exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    b->data[i] = (unsigned char)c;
    return 0;
}

static Value bytearray_inplace(VM *vm, Value a, Value b, int op) {
    const unsigned char *q;
    size_t m;
    if (op == OP_ADD) {
        if (!bytes_view(b, &q, &m))
            return NOTIMPL;
        size_t n = AS_BYTEARRAY(a)->len;
        Value keep = b == a ? bytes_new(vm, q, m) : b;
        if (!keep || !bytes_view(keep, &q, &m) || !bytearray_resize(vm, a, n + m))
            return NULL;
        memcpy(AS_BYTEARRAY(a)->data + n, q, m);
        return a;
    }
    if (op == OP_MUL) {
        Value r = bytes_binop(vm, a, b, OP_MUL);
        if (!r || r == NOTIMPL)
            return r;
        ByteArray *ra = AS_BYTEARRAY(r), *aa = AS_BYTEARRAY(a);
        aa->data = ra->data;
        aa->len = ra->len;
        aa->cap = ra->cap;
        return a;
    }
    return NOTIMPL;
}

static Value bytearray_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    ByteArray *b = (ByteArray *)gc_new(vm, t, t->basicsize);
    if (!b)
        return NULL;
    b->len = b->cap = 0;
    b->data = NULL;
    if (t->dictoffset)
        b->dict = NULL;
    return (Value)b;
}

static int bytearray_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Value src = NULL, encoding = NULL, errors = NULL;
    static const char *const kws[] = {"source", "encoding", "errors", NULL};
    if (!args_parse(vm, "bytearray", args, nargs, kwnames, "|OOO", kws, &src, &encoding,
                    &errors) ||
        !codec_check_args(vm, "bytearray", encoding, errors))
        return -1;
    if (!src) {
        if (encoding || errors)
            codec_arg_error(vm, NULL, encoding);
        return encoding || errors ? -1 : 0;
    }
    /* unlike bytes(), bytearray() does not consult __bytes__ */
    Value r;
    if (IS_STR(src))
        r = encoding ? str_encode(vm, src, encoding, errors) : codec_arg_error(vm, src, NULL);
    else if (encoding || errors)
        r = codec_arg_error(vm, src, encoding);
    else
        r = from_count_or_object(vm, src, &bytearray_type);
    if (!r)
        return -1;
    size_t n = AS_BYTES(r)->len;
    if (!bytearray_resize(vm, self, n))
        return -1;
    if (n)
        memcpy(AS_BYTEARRAY(self)->data, AS_BYTES(r)->data, n);
    return 0;
}

Type bytearray_type = {
    .ob = {&type_type}, .name = "bytearray", .flags = TF_BASETYPE,
    .basicsize = offsetof(ByteArray, dict), .doc = "bytearray(iterable_of_ints) -> bytearray",
    .repr = bytes_repr, .hash = hash_unhashable, .richcmp = bytes_richcmp,
    .binop = bytes_binop, .binop_mask = (1 << OP_ADD) | (1 << OP_MUL) | (1 << OP_MOD),
    .inplace = bytearray_inplace, .len = bytes_len, .getitem = bytes_getitem,
    .setitem = bytearray_setitem, .contains = bytes_contains, .iter = bytes_iter,
    .new_ = bytearray_tp_new, .init = bytearray_init, .methods = bytearray_methods,
};
