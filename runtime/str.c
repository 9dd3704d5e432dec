/* str: representation, creation, hashing, interning, indexing and the C-level formatter.
 * The Python-visible methods live in str_methods.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <gc/gc.h>

#include "hash.h"
#include "rt.h"

#define INDEX_STEP 32    /* code points between entries of the offset table */
#define INDEX_MIN 64     /* shorter non-ASCII strings are scanned instead */

/* ---- UTF-8 ---- */

size_t utf8_decode(const unsigned char *p, uint32_t *cp) {
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xE0) {
        *cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        *cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    *cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
}

size_t utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Validates UTF-8 as Python's strict decoder does.  Lone surrogates (U+D800..U+DFFF) are
 * accepted because Python strs may hold them (from chr(0xD800) or escapes); they are stored
 * as their 3-byte "generalised UTF-8" form. */
bool utf8_validate(const char *s, size_t n, size_t *len, int *kind, size_t *bad_at) {
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t count = 0;
    uint32_t maxcp = 0;
    while (p < end) {
        /* ASCII run, 8 bytes at a time */
        while (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (w & 0x8080808080808080ULL)
                break;
            p += 8;
            count += 8;
        }
        if (p >= end)
            break;
        unsigned c = *p;
        if (c < 0x80) {
            p++;
            count++;
            continue;
        }
        size_t need;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1; cp = c & 0x1F; min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2; cp = c & 0x0F; min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3; cp = c & 0x07; min = 0x10000;
        } else {
            goto bad;
        }
        if ((size_t)(end - p) <= need)
            goto bad;
        for (size_t i = 1; i <= need; i++) {
            if ((p[i] & 0xC0) != 0x80)
                goto bad;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF)
            goto bad;
        if (cp > maxcp)
            maxcp = cp;
        p += need + 1;
        count++;
    }
    if (len)
        *len = count;
    if (kind)
        *kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    return true;
bad:
    if (bad_at)
        *bad_at = (size_t)(p - (const unsigned char *)s);
    return false;
}

/* ---- creation ---- */

static size_t str_total(size_t nbytes) {
    return sizeof(Str) + nbytes + 1;
}

Value str_alloc(VM *vm, size_t nbytes) {
    if (nbytes > ((size_t)1 << 40))
        return exc_raise(vm, &Exc_MemoryError, "string too large");
    Str *s = (Str *)gc_new_atomic(vm, &str_type, str_total(nbytes));
    if (!s)
        return NULL;
    s->hash = -1;
    s->nbytes = nbytes;
    s->len = nbytes;
    s->index = NULL;
    s->flags = STR_ASCII;
    s->kind = 1;
    s->data[nbytes] = 0;
    return (Value)s;
}

/* Counts code points and finds the kind of a freshly filled str.  The byte length may have
 * been shortened by the caller (it then rewrites nbytes and the NUL). */
Value str_finish(Value v) {
    Str *s = AS_STR(v);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->nbytes;
    size_t count = 0;
    uint32_t maxcp = 0;
    bool ascii = true;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            count++;
            continue;
        }
        ascii = false;
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp > maxcp)
            maxcp = cp;
        count++;
    }
    s->len = count;
    s->flags = ascii ? STR_ASCII : 0;
    s->kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    return v;
}

/* The empty string and the 128 one-character ASCII strings exist once per process, as in
 * CPython: splitting or walking text then allocates nothing per character.  They are shared by
 * all VMs, so they are finished (hash computed, interned) before any VM exists and never written
 * again. */
static Value singletons[129];

void str_init_singletons(void) {
    for (int c = 0; c < 129; c++) {
        size_t n = c < 128;
        Str *s = GC_MALLOC_ATOMIC_UNCOLLECTABLE(str_total(n));
        *s = (Str){.ob.type = &str_type, .hash = -1, .nbytes = n, .len = n, .kind = 1,
                   .flags = STR_ASCII | STR_INTERNED};
        s->data[0] = (char)c;
        s->data[n] = 0;
        s->hash = str_hash((Value)s);
        singletons[c] = (Value)s;
    }
}

Value str_new(VM *vm, const char *utf8, size_t nbytes) {
    if (nbytes <= 1 && (nbytes == 0 || (unsigned char)utf8[0] < 0x80))
        return singletons[nbytes ? (unsigned char)utf8[0] : 128];
    Value v = str_alloc(vm, nbytes);
    if (!v)
        return NULL;
    memcpy(AS_STR(v)->data, utf8, nbytes);
    return str_finish(v);
}

Value str_from_c(VM *vm, const char *s) {
    return str_new(vm, s, strlen(s));
}

Value str_from_codepoint(VM *vm, uint32_t cp) {
    char buf[4];
    return str_new(vm, buf, utf8_encode(cp, buf));
}

Value str_from_codepoints(VM *vm, const uint32_t *cps, size_t n) {
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++)
        bytes += cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 : cps[i] < 0x10000 ? 3 : 4;
    Value v = str_alloc(vm, bytes);
    if (!v)
        return NULL;
    char *o = AS_STR(v)->data;
    for (size_t i = 0; i < n; i++)
        o += utf8_encode(cps[i], o);
    return str_finish(v);
}

Value str_new_typed(VM *vm, Type *t, Value src) {
    if (t == &str_type)
        return src;
    size_t nb = str_nbytes(src);
    size_t off = (str_total(nb) + 7) & ~(size_t)7;
    Str *s = (Str *)gc_new(vm, t, off + sizeof(Value));
    if (!s)
        return NULL;
    memcpy(s, AS_STR(src), str_total(nb));
    s->ob.type = t;
    s->index = NULL;
    s->flags &= (uint8_t)~STR_INTERNED;
    return (Value)s;
}

/* ---- hashing and comparison ---- */

int64_t str_hash(Value v) {
    Str *s = AS_STR(v);
    if (s->hash != -1)
        return s->hash;
    int64_t h;
    if (s->flags & STR_ASCII) {
        h = hash_bytes(s->data, s->nbytes);
    } else {
        /* CPython hashes its fixed-width storage: 1, 2 or 4 bytes per code point. */
        size_t n = s->len * s->kind;
        unsigned char small[512] = {0};
        unsigned char *buf = n <= sizeof small ? small : calloc(n, 1);
        if (!buf)
            return hash_bytes(s->data, s->nbytes);   /* no memory for the exact form */
        const unsigned char *p = (const unsigned char *)s->data;
        for (size_t i = 0; i < s->len; i++) {
            uint32_t cp;
            p += utf8_decode(p, &cp);
            if (s->kind == 1) {
                buf[i] = (unsigned char)cp;
            } else if (s->kind == 2) {
                uint16_t u = (uint16_t)cp;
                memcpy(buf + 2 * i, &u, 2);
            } else {
                memcpy(buf + 4 * i, &cp, 4);
            }
        }
        h = hash_bytes(buf, n);
        if (buf != small)
            free(buf);
    }
    s->hash = h;
    return h;
}

bool str_eq(Value a, Value b) {
    if (a == b)
        return true;
    Str *x = AS_STR(a), *y = AS_STR(b);
    if (x->nbytes != y->nbytes)
        return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

bool str_eq_c(Value a, const char *c) {
    size_t n = strlen(c);
    return str_nbytes(a) == n && memcmp(str_data(a), c, n) == 0;
}

/* UTF-8 byte order is code-point order. */
int str_cmp(Value a, Value b) {
    size_t na = str_nbytes(a), nb = str_nbytes(b);
    int c = memcmp(str_data(a), str_data(b), na < nb ? na : nb);
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

/* ---- interning ---- */

Value str_intern(VM *vm, Value s) {
    if (AS_STR(s)->flags & STR_INTERNED)
        return s;
    /* Start-up names first, so a VM's copy of "__init__" is the one slot code compares. */
    Value hit = dict_get_str(NULL, names_table, s);
    if (hit != VAL_MISSING)
        return hit;
    if (!vm)
        return s;
    hit = dict_get_str(vm, vm->interned, s);
    if (hit != VAL_MISSING)
        return hit;
    if (TYPE(s) != &str_type)
        return s;
    if (!dict_set(vm, vm->interned, s, s))
        return NULL;
    AS_STR(s)->flags |= STR_INTERNED;
    return s;
}

Value str_intern_c(VM *vm, const char *c) {
    Value s = str_from_c(vm, c);
    return s ? str_intern(vm, s) : NULL;
}

/* ---- indexing ---- */

static void free_index(void *obj, void *idx) {
    (void)obj;
    free(idx);
}

static const uint32_t *build_index(Str *s) {
    size_t n = s->len / INDEX_STEP + 1;
    uint32_t *idx = malloc(n * sizeof *idx);
    if (!idx)
        return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    for (size_t i = 0; i < s->len; i++) {
        if (i % INDEX_STEP == 0)
            idx[i / INDEX_STEP] = (uint32_t)off;
        unsigned c = p[off];
        off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    /* The string is atomic (not scanned), so the table cannot be a GC pointer: it is owned
     * by the string and freed by a finalizer. */
    s->index = idx;
    GC_register_finalizer_no_order(s, free_index, idx, NULL, NULL);
    return idx;
}

size_t str_offset(Value v, size_t i) {
    Str *s = AS_STR(v);
    if (s->flags & STR_ASCII)
        return i;
    if (i >= s->len)
        return s->nbytes;
    size_t off = 0, at = 0;
    if (s->len >= INDEX_MIN && s->nbytes < UINT32_MAX) {
        const uint32_t *idx = s->index ? s->index : build_index(s);
        if (idx) {
            off = idx[i / INDEX_STEP];
            at = i - i % INDEX_STEP;
        }
    }
    const unsigned char *p = (const unsigned char *)s->data;
    while (at < i) {
        unsigned c = p[off];
        off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        at++;
    }
    return off;
}

uint32_t str_char_at(Value v, size_t i) {
    if (str_is_ascii(v))
        return (unsigned char)str_data(v)[i];
    uint32_t cp;
    utf8_decode((const unsigned char *)str_data(v) + str_offset(v, i), &cp);
    return cp;
}

Value str_substr(VM *vm, Value s, size_t start, size_t stop) {
    if (start == 0 && stop >= str_len(s) && TYPE(s) == &str_type)
        return s;
    if (stop <= start)
        return str_new(vm, "", 0);
    size_t a = str_offset(s, start), b = str_offset(s, stop);
    if (b - a <= 1)
        return str_new(vm, str_data(s) + a, b - a);
    Value r = str_alloc(vm, b - a);
    if (!r)
        return NULL;
    memcpy(AS_STR(r)->data, str_data(s) + a, b - a);
    if (str_is_ascii(s))
        return r;
    return str_finish(r);
}

Value str_concat(VM *vm, Value a, Value b) {
    size_t na = str_nbytes(a), nb = str_nbytes(b);
    if (nb == 0 && TYPE(a) == &str_type)
        return a;
    if (na == 0 && TYPE(b) == &str_type)
        return b;
    if (!vm_charge(vm, na + nb))
        return NULL;
    Value r = str_alloc(vm, na + nb);
    if (!r)
        return NULL;
    Str *s = AS_STR(r);
    memcpy(s->data, str_data(a), na);
    memcpy(s->data + na, str_data(b), nb);
    s->len = str_len(a) + str_len(b);
    s->flags = (AS_STR(a)->flags & AS_STR(b)->flags) & STR_ASCII;
    s->kind = AS_STR(a)->kind > AS_STR(b)->kind ? AS_STR(a)->kind : AS_STR(b)->kind;
    return r;
}

Value str_repeat(VM *vm, Value v, int64_t n) {
    size_t nb = str_nbytes(v);
    if (n <= 0 || nb == 0)
        return str_new(vm, "", 0);
    if (n == 1 && TYPE(v) == &str_type)
        return v;
    if ((uint64_t)n > SIZE_MAX / nb || nb * (uint64_t)n > ((size_t)1 << 40))
        return exc_raise(vm, &Exc_OverflowError, "repeated string is too long");
    size_t total = nb * (size_t)n;
    if (!gc_can_alloc(vm, total) || !vm_charge(vm, total))
        return NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return NULL;
    Str *s = AS_STR(r);
    /* doubling copy */
    memcpy(s->data, str_data(v), nb);
    size_t done = nb;
    while (done < total) {
        size_t c = done <= total - done ? done : total - done;
        memcpy(s->data + done, s->data, c);
        done += c;
    }
    s->len = str_len(v) * (size_t)n;
    s->flags = AS_STR(v)->flags & STR_ASCII;
    s->kind = AS_STR(v)->kind;
    return r;
}

/* ---- repr ---- */

/* Whether a code point is printable in the sense of str.isprintable (unicode.c). */
bool uni_isprintable(uint32_t cp);

static Value repr_impl(VM *vm, Value v, bool ascii_only) {
    const char *p = str_data(v);
    size_t n = str_nbytes(v);
    bool has_sq = memchr(p, '\'', n) != NULL, has_dq = memchr(p, '"', n) != NULL;
    char quote = (has_sq && !has_dq) ? '"' : '\'';
    StrBuf b;
    sb_init(&b, vm, n + 2);
    sb_addc(&b, quote);
    const unsigned char *u = (const unsigned char *)p, *end = u + n;
    while (u < end) {
        uint32_t cp;
        u += utf8_decode(u, &cp);
        if (cp == (uint32_t)quote || cp == '\\') {
            sb_addc(&b, '\\');
            sb_addc(&b, (char)cp);
        } else if (cp == '\n') {
            sb_adds(&b, "\\n");
        } else if (cp == '\r') {
            sb_adds(&b, "\\r");
        } else if (cp == '\t') {
            sb_adds(&b, "\\t");
        } else if (cp < 0x20 || cp == 0x7f) {
            sb_addf(&b, "\\x%02x", cp);
        } else if (cp < 0x7f) {
            sb_addc(&b, (char)cp);
        } else if (!ascii_only && uni_isprintable(cp)) {
            sb_add_cp(&b, cp);
        } else if (cp <= 0xff) {
            sb_addf(&b, "\\x%02x", cp);
        } else if (cp <= 0xffff) {
            sb_addf(&b, "\\u%04x", cp);
        } else {
            sb_addf(&b, "\\U%08x", cp);
        }
    }
    sb_addc(&b, quote);
    return sb_finish(&b);
}

Value str_repr(VM *vm, Value v) {
    return repr_impl(vm, v, false);
}

Value str_ascii(VM *vm, Value v) {
    return repr_impl(vm, v, true);
}

/* ---- StrBuf ---- */

void sb_init(StrBuf *b, VM *vm, size_t hint) {
    b->vm = vm;
    b->len = 0;
    b->cap = hint < 16 ? 16 : hint;
    b->failed = false;
    b->buf = gc_alloc_atomic(vm, b->cap);
    if (!b->buf)
        b->failed = true;
}

static bool sb_grow(StrBuf *b, size_t extra) {
    if (b->failed)
        return false;
    if (b->len + extra <= b->cap)
        return true;
    size_t nc = b->cap * 2;
    if (nc < b->len + extra)
        nc = b->len + extra;
    char *nb = gc_realloc(b->vm, b->buf, nc, true);
    if (!nb) {
        b->failed = true;
        return false;
    }
    b->buf = nb;
    b->cap = nc;
    return true;
}

bool sb_add(StrBuf *b, const char *s, size_t n) {
    if (!sb_grow(b, n))
        return false;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    return true;
}

bool sb_adds(StrBuf *b, const char *s) {
    return sb_add(b, s, strlen(s));
}

bool sb_addc(StrBuf *b, char c) {
    if (!sb_grow(b, 1))
        return false;
    b->buf[b->len++] = c;
    return true;
}

bool sb_add_cp(StrBuf *b, uint32_t cp) {
    char tmp[4];
    return sb_add(b, tmp, utf8_encode(cp, tmp));
}

bool sb_add_str(StrBuf *b, Value s) {
    return sb_add(b, str_data(s), str_nbytes(s));
}

bool sb_addf(StrBuf *b, const char *fmt, ...) {
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return false;
    if ((size_t)n < sizeof tmp)
        return sb_add(b, tmp, (size_t)n);
    if (!sb_grow(b, (size_t)n + 1))
        return false;
    va_start(ap, fmt);
    vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return true;
}

Value sb_finish(StrBuf *b) {
    if (b->failed)
        return NULL;
    return str_new(b->vm, b->buf, b->len);
}

/* ---- C-level formatter for messages ---- */

Value str_vfmt(VM *vm, const char *fmt, va_list ap) {
    StrBuf b;
    sb_init(&b, vm, 64);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            sb_addc(&b, *p);
            continue;
        }
        p++;
        /* length modifiers */
        int lng = 0, z = 0;
        while (*p == 'l') {
            lng++;
            p++;
        }
        if (*p == 'z') {
            z = 1;
            p++;
        }
        switch (*p) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            sb_adds(&b, s ? s : "(null)");
            break;
        }
        case 'd':
        case 'i':
            if (z)
                sb_addf(&b, "%zd", va_arg(ap, ssize_t));
            else if (lng >= 2)
                sb_addf(&b, "%lld", va_arg(ap, long long));
            else if (lng == 1)
                sb_addf(&b, "%ld", va_arg(ap, long));
            else
                sb_addf(&b, "%d", va_arg(ap, int));
            break;
        case 'u':
            if (z)
                sb_addf(&b, "%zu", va_arg(ap, size_t));
            else if (lng >= 2)
                sb_addf(&b, "%llu", va_arg(ap, unsigned long long));
            else if (lng == 1)
                sb_addf(&b, "%lu", va_arg(ap, unsigned long));
            else
                sb_addf(&b, "%u", va_arg(ap, unsigned));
            break;
        case 'x':
            sb_addf(&b, "%x", va_arg(ap, unsigned));
            break;
        case 'c':
            sb_add_cp(&b, (uint32_t)va_arg(ap, int));
            break;
        case 'R':
        case 'S':
        case 'A': {
            Value v = va_arg(ap, Value);
            Value r = *p == 'R' ? obj_repr(vm, v) : *p == 'S' ? obj_str(vm, v) : obj_ascii(vm, v);
            if (!r)
                return NULL;
            sb_add_str(&b, r);
            break;
        }
        case 'U':
            sb_add_str(&b, va_arg(ap, Value));
            break;
        case 'T':
            sb_adds(&b, tname(va_arg(ap, Value)));
            break;
        case 'N':
            sb_adds(&b, type_name(va_arg(ap, Type *)));
            break;
        case '%':
            sb_addc(&b, '%');
            break;
        default:
            sb_addc(&b, '%');
            sb_addc(&b, *p);
        }
    }
    return sb_finish(&b);
}

Value str_fmt(VM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vfmt(vm, fmt, ap);
    va_end(ap);
    return r;
}
