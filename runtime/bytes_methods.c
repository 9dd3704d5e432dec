/* bytes and bytearray methods.
 *
 * Every method the two types share is one C function: `self` is read through its data view,
 * and a result of the self's kind is made by new_like() (a bytearray for bytearrays, exact
 * bytes for bytes and its subclasses).  Character classes are ASCII, as in CPython's
 * bytes_methods.c.  Searching uses memchr/memmem forwards and a backwards Knuth-Morris-Pratt
 * scan (bytes_find.c), so no method is quadratic; methods charge the step budget for the
 * bytes they touch and check the memory limit before allocating a large result.
 *
 * Arguments are checked in CPython's order and worded as CPython words them, which differs by
 * family: argument-clinic methods ("center expected at most 2 arguments, got 3"), the old
 * find-style ones ("find() takes at most 3 arguments (4 given)"), single-argument ones
 * ("bytes.join() takes exactly one argument (0 given)").
 */
#include <stdio.h>

#include "bytes_find.h"
#include "codecs.h"
#include "rt.h"

bool bytearray_resize(VM *vm, Value v, size_t n);

/* ---- helpers ---- */

static bool is_ba(Value v) {
    return TYPE(v) == &bytearray_type || type_is_subtype(TYPE(v), &bytearray_type);
}

/* The data of self (always bytes or bytearray here). */
static const unsigned char *data_of(Value self, size_t *n) {
    const unsigned char *p = NULL;
    *n = 0;
    bytes_view(self, &p, n);
    return p;
}

/* A new result of self's kind with n bytes for the caller to fill through *out. */
static Value new_like(VM *vm, Value self, size_t n, unsigned char **out) {
    if (!gc_can_alloc(vm, n) || !vm_charge(vm, n))
        return NULL;
    if (!is_ba(self)) {
        Value r = bytes_alloc(vm, n);
        if (r)
            *out = AS_BYTES(r)->data;
        return r;
    }
    unsigned char *buf = gc_alloc_atomic(vm, n + 1);
    Value r = buf ? bytearray_new(vm, NULL, 0) : NULL;
    if (!r)
        return NULL;
    AS_BYTEARRAY(r)->data = buf;
    AS_BYTEARRAY(r)->len = AS_BYTEARRAY(r)->cap = n;
    *out = buf;
    return r;
}

static Value like(VM *vm, Value self, const unsigned char *p, size_t n) {
    unsigned char *o;
    Value r = new_like(vm, self, n, &o);
    if (r)
        memcpy(o, p, n);
    return r;
}

/* self unchanged: exact bytes are immutable and returned as they are, as CPython does. */
static Value same(VM *vm, Value self) {
    if (TYPE(self) == &bytes_type)
        return self;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    return like(vm, self, p, n);
}

static bool not_buffer(VM *vm, Value v) {
    exc_raise(vm, &Exc_TypeError, "a bytes-like object is required, not '%s'", tname(v));
    return false;
}

/* A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
static bool buffer_arg(VM *vm, Value v, const unsigned char **p, size_t *n) {
    return bytes_view(v, p, n) || not_buffer(vm, v);
}

/* v's __index__ value: v itself for an int, VAL_MISSING (nothing raised) if v has none. */
static Value index_value(VM *vm, Value v) {
    if (IS_INT(v))
        return v;
    Value i = call_special(vm, v, NM(__index__), NULL, 0);
    if (i && i != VAL_MISSING && !IS_INT(i))
        return exc_raise(vm, &Exc_TypeError, "__index__ returned non-int (type %s)", tname(i));
    return i;
}

/* The type name in argument clinic's "must be X, not Y" messages, which call None "None". */
static const char *clinic_tname(Value v) {
    return v == NONE ? "None" : tname(v);
}

/* "bytes.join" / "bytearray.join": the name CPython gives the method in some messages. */
static const char *qualname(Value self, const char *name, char *buf, size_t cap) {
    snprintf(buf, cap, "%s.%s", is_ba(self) ? "bytearray" : "bytes", name);
    return buf;
}

/* Parameters that are all positional-only, checked as argument clinic does. */
static bool pos_args(VM *vm, Value self, const char *name, size_t nargs, Value kw, size_t min,
                     size_t max) {
    char q[48];
    qualname(self, name, q, sizeof q);
    if (!args_no_kw(vm, q, kw))
        return false;
    /* clinic makes one-parameter and no-parameter methods METH_O/METH_NOARGS, whose
     * messages carry the qualified name */
    return args_count(vm, (min == max && max <= 1) ? q : name, nargs, NULL, min, max);
}

/* The find family (sub[, start[, end]]), parsed by PyArg_ParseTuple in CPython. */
static bool find_args(VM *vm, Value self, const char *name, size_t nargs, Value kw) {
    char q[48];
    if (!args_no_kw(vm, qualname(self, name, q, sizeof q), kw))
        return false;
    if (nargs >= 1 && nargs <= 3)
        return true;
    exc_raise(vm, &Exc_TypeError, "%s() takes %s %d argument%s (%zu given)", name,
              nargs ? "at most" : "at least", nargs ? 3 : 1, nargs ? "s" : "", nargs);
    return false;
}

/* A C int parameter ("Python int too large to convert to C int"). */
static bool int_arg(VM *vm, Value v, int *out) {
    Value iv = int_index(vm, v);
    int64_t i;
    if (!iv)
        return false;
    if (!int_fits_i64(iv, &i) || i < INT32_MIN || i > INT32_MAX) {
        exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)i;
    return true;
}

/* A byte value parameter: an int in range(0, 256) (CPython's _getbytevalue). */
static bool byte_arg(VM *vm, Value v, unsigned char *out) {
    Value i = int_index(vm, v);
    if (!i)
        return false;
    int64_t c;
    if (!int_fits_i64(i, &c) || c < 0 || c > 255) {
        exc_raise(vm, &Exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (unsigned char)c;
    return true;
}

/* An optional start/end of the find family: None, or an index clamped to the int64 range. */
static bool bound_arg(VM *vm, Value v, int64_t *out) {
    if (v == NONE)
        return true;
    Value i = index_value(vm, v);
    if (i == VAL_MISSING)
        exc_raise(vm, &Exc_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
    if (!i || i == VAL_MISSING)
        return false;
    *out = int_clamp_i64(i);
    return true;
}

/* start/end arguments args[1], args[2] of the find family, resolved against len as CPython's
 * ADJUST_INDICES does: negative values count from the end, end is clipped to len, start is
 * not (a start past the end finds nothing). */
static bool bounds(VM *vm, Value *args, size_t nargs, size_t len, int64_t *start,
                   int64_t *end) {
    int64_t n = (int64_t)len;
    *start = 0;
    *end = INT64_MAX;
    if ((nargs > 1 && !bound_arg(vm, args[1], start)) ||
        (nargs > 2 && !bound_arg(vm, args[2], end)))
        return false;
    if (*end > n)
        *end = n;
    else if (*end < 0 && (*end += n) < 0)
        *end = 0;
    if (*start < 0 && (*start += n) < 0)
        *start = 0;
    return true;
}

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_alpha(unsigned char c) {
    return is_lower(c) || is_upper(c);
}
static bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static bool is_alnum(unsigned char c) {
    return is_alpha(c) || is_digit(c);
}
static unsigned char to_lower(unsigned char c) {
    return is_upper(c) ? (unsigned char)(c + 32) : c;
}
static unsigned char to_upper(unsigned char c) {
    return is_lower(c) ? (unsigned char)(c - 32) : c;
}

/* ---- searching: find, rfind, index, rindex, count ---- */

/* The sub argument of find/count/index: bytes-like, or an int naming one byte. */
static bool sub_arg(VM *vm, Value v, const unsigned char **p, size_t *n, unsigned char *byte) {
    if (bytes_view(v, p, n))
        return true;
    Value i = index_value(vm, v);
    if (i == VAL_MISSING)
        exc_raise(vm, &Exc_TypeError,
                  "argument should be integer or bytes-like object, not '%s'", tname(v));
    if (!i || i == VAL_MISSING)
        return false;
    int64_t c;
    if (!int_fits_i64(i, &c) || c < 0 || c > 255) {
        exc_raise(vm, &Exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *byte = (unsigned char)c;
    *p = byte;
    *n = 1;
    return true;
}

/* find/rfind (-1 when absent) and index/rindex (ValueError when absent). */
static Value find_impl(VM *vm, Value self, const char *name, Value *args, size_t nargs,
                       Value kw, bool last, bool must) {
    if (!find_args(vm, self, name, nargs, kw))
        return NULL;
    size_t len, m;
    const unsigned char *p = data_of(self, &len), *q;
    unsigned char byte;
    int64_t start, end, pos = -1;
    /* the bounds are parsed before sub is checked, as in CPython */
    if (!bounds(vm, args, nargs, len, &start, &end) || !sub_arg(vm, args[0], &q, &m, &byte))
        return NULL;
    if (end - start >= (int64_t)m) {
        size_t span = (size_t)(end - start);
        pos = last ? bytes_rfind(vm, p + start, span, q, m)
                   : bytes_find(vm, p + start, span, q, m);
        if (pos == -2)
            return NULL;
        if (pos >= 0)
            pos += start;
    }
    if (pos < 0 && must)
        return exc_raise(vm, &Exc_ValueError, "subsection not found");
    return int_from_i64(vm, pos);
}

static Value m_find(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return find_impl(vm, self, "find", args, nargs, kw, false, false);
}

static Value m_rfind(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return find_impl(vm, self, "rfind", args, nargs, kw, true, false);
}

static Value m_index(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return find_impl(vm, self, "index", args, nargs, kw, false, true);
}

static Value m_rindex(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return find_impl(vm, self, "rindex", args, nargs, kw, true, true);
}

static Value m_count(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!find_args(vm, self, "count", nargs, kw))
        return NULL;
    size_t len, m;
    const unsigned char *p = data_of(self, &len), *q;
    unsigned char byte;
    int64_t start, end;
    if (!bounds(vm, args, nargs, len, &start, &end) || !sub_arg(vm, args[0], &q, &m, &byte))
        return NULL;
    if (end < start)
        return MK_SMALL(0);
    size_t c = bytes_count(vm, p + start, (size_t)(end - start), q, m, SIZE_MAX);
    return c == SIZE_MAX ? NULL : int_from_u64(vm, c);
}

/* startswith/endswith: one candidate against self[start:end] (CPython's tailmatch); -1 if
 * it is not bytes-like (nothing raised). */
static int tailmatch(const unsigned char *p, int64_t len, Value sub, int64_t start,
                     int64_t end, bool at_end) {
    const unsigned char *q;
    size_t m;
    if (!bytes_view(sub, &q, &m))
        return -1;
    int64_t slen = (int64_t)m;
    if (!at_end) {
        if (start > len - slen)
            return 0;
    } else {
        if (end - start < slen || start > len)
            return 0;
        if (end - slen > start)
            start = end - slen;
    }
    if (end - start < slen)
        return 0;
    return memcmp(p + start, q, m) == 0;
}

static Value starts_ends(VM *vm, Value self, const char *name, Value *args, size_t nargs,
                         Value kw, bool at_end) {
    if (!find_args(vm, self, name, nargs, kw))
        return NULL;
    size_t len;
    const unsigned char *p = data_of(self, &len);
    int64_t start, end;
    if (!bounds(vm, args, nargs, len, &start, &end))
        return NULL;
    Value sub = args[0];
    if (IS_TUPLE(sub)) {
        /* candidates are tried in order; one that matches ends the search */
        for (size_t i = 0; i < AS_TUPLE(sub)->len; i++) {
            Value item = AS_TUPLE(sub)->items[i];
            int r = tailmatch(p, (int64_t)len, item, start, end, at_end);
            if (r < 0)
                return not_buffer(vm, item), NULL;
            if (r)
                return TRUE_V;
        }
        return FALSE_V;
    }
    int r = tailmatch(p, (int64_t)len, sub, start, end, at_end);
    if (r < 0)
        return exc_raise(vm, &Exc_TypeError,
                         "%s first arg must be bytes or a tuple of bytes, not %s", name,
                         tname(sub));
    return BOOL_V(r);
}

static Value m_startswith(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return starts_ends(vm, self, "startswith", args, nargs, kw, false);
}

static Value m_endswith(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return starts_ends(vm, self, "endswith", args, nargs, kw, true);
}

/* ---- character classes ---- */

/* The is*() predicates that hold when every byte is in a class (and there is at least one). */
static Value all_bytes(VM *vm, Value self, const char *name, size_t nargs, Value kw,
                       bool (*pred)(unsigned char), bool empty) {
    if (!pos_args(vm, self, name, nargs, kw, 0, 0))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    if (!vm_charge(vm, n))
        return NULL;
    if (n == 0)
        return BOOL_V(empty);
    for (size_t i = 0; i < n; i++)
        if (!pred(p[i]))
            return FALSE_V;
    return TRUE_V;
}

static bool is_ascii(unsigned char c) {
    return c < 0x80;
}

static Value m_isalnum(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return all_bytes(vm, self, "isalnum", nargs, kw, is_alnum, false);
}

static Value m_isalpha(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return all_bytes(vm, self, "isalpha", nargs, kw, is_alpha, false);
}

static Value m_isascii(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return all_bytes(vm, self, "isascii", nargs, kw, is_ascii, true);
}

static Value m_isdigit(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return all_bytes(vm, self, "isdigit", nargs, kw, is_digit, false);
}

static Value m_isspace(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return all_bytes(vm, self, "isspace", nargs, kw, is_space, false);
}

/* islower/isupper: some cased byte, and none of the other case. */
static Value cased(VM *vm, Value self, const char *name, size_t nargs, Value kw,
                   bool (*want)(unsigned char), bool (*other)(unsigned char)) {
    if (!pos_args(vm, self, name, nargs, kw, 0, 0))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    if (!vm_charge(vm, n))
        return NULL;
    bool found = false;
    for (size_t i = 0; i < n; i++) {
        if (other(p[i]))
            return FALSE_V;
        found |= want(p[i]);
    }
    return BOOL_V(found);
}

static Value m_islower(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return cased(vm, self, "islower", nargs, kw, is_lower, is_upper);
}

static Value m_isupper(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return cased(vm, self, "isupper", nargs, kw, is_upper, is_lower);
}

/* Uppercase bytes only after uncased ones, lowercase only after cased ones, some cased. */
static Value m_istitle(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "istitle", nargs, kw, 0, 0))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    if (!vm_charge(vm, n))
        return NULL;
    bool any = false, prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        if (is_upper(p[i]) || is_lower(p[i])) {
            if (is_upper(p[i]) == prev_cased)
                return FALSE_V;
            prev_cased = any = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_V(any);
}

/* ---- case mappings ---- */

enum CaseMap { LOWER, UPPER, SWAPCASE, CAPITALIZE, TITLE };

static Value map_case(VM *vm, Value self, const char *name, size_t nargs, Value kw,
                      enum CaseMap how) {
    if (!pos_args(vm, self, name, nargs, kw, 0, 0))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    unsigned char *o;
    Value r = new_like(vm, self, n, &o);
    if (!r)
        return NULL;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        switch (how) {
        case LOWER:
            c = to_lower(c);
            break;
        case UPPER:
            c = to_upper(c);
            break;
        case SWAPCASE:
            c = is_upper(c) ? to_lower(c) : to_upper(c);
            break;
        case CAPITALIZE:
            c = i == 0 ? to_upper(c) : to_lower(c);
            break;
        case TITLE:
            /* words start at a cased byte after an uncased one */
            if (is_upper(c) || is_lower(c)) {
                c = prev_cased ? to_lower(c) : to_upper(c);
                prev_cased = true;
            } else {
                prev_cased = false;
            }
            break;
        }
        o[i] = c;
    }
    return r;
}

static Value m_lower(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return map_case(vm, self, "lower", nargs, kw, LOWER);
}

static Value m_upper(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return map_case(vm, self, "upper", nargs, kw, UPPER);
}

static Value m_swapcase(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return map_case(vm, self, "swapcase", nargs, kw, SWAPCASE);
}

static Value m_capitalize(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return map_case(vm, self, "capitalize", nargs, kw, CAPITALIZE);
}

static Value m_title(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return map_case(vm, self, "title", nargs, kw, TITLE);
}

/* ---- padding ---- */

/* self with `left` and `right` fill bytes around it. */
static Value pad(VM *vm, Value self, size_t left, size_t right, unsigned char fill) {
    size_t n;
    const unsigned char *p = data_of(self, &n);
    unsigned char *o;
    Value r = new_like(vm, self, left + n + right, &o);
    if (!r)
        return NULL;
    memset(o, fill, left);
    memcpy(o + left, p, n);
    memset(o + left + n, fill, right);
    return r;
}

enum Justify { LJUST, RJUST, CENTER };

static Value justify(VM *vm, Value self, const char *name, Value *args, size_t nargs, Value kw,
                     enum Justify how) {
    if (!pos_args(vm, self, name, nargs, kw, 1, 2))
        return NULL;
    int64_t width;
    if (!arg_int(vm, args[0], &width))
        return NULL;
    unsigned char fill = ' ';
    if (nargs > 1) {
        const unsigned char *f;
        size_t fn;
        if (!bytes_view(args[1], &f, &fn) || fn != 1)
            return exc_raise(vm, &Exc_TypeError,
                             "%s() argument 2 must be a byte string of length 1, not %s", name,
                             clinic_tname(args[1]));
        fill = f[0];
    }
    size_t n;
    data_of(self, &n);
    if (width <= (int64_t)n)
        return same(vm, self);
    size_t marg = (size_t)width - n;
    /* CPython's centring puts the odd byte on the left when width is odd */
    size_t left = how == LJUST ? 0 : how == RJUST ? marg : marg / 2 + (marg & (size_t)width & 1);
    return pad(vm, self, left, marg - left, fill);
}

static Value m_ljust(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return justify(vm, self, "ljust", args, nargs, kw, LJUST);
}

static Value m_rjust(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return justify(vm, self, "rjust", args, nargs, kw, RJUST);
}

static Value m_center(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return justify(vm, self, "center", args, nargs, kw, CENTER);
}

static Value m_zfill(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    int64_t width;
    if (!pos_args(vm, self, "zfill", nargs, kw, 1, 1) || !arg_int(vm, args[0], &width))
        return NULL;
    size_t n;
    data_of(self, &n);
    if (width <= (int64_t)n)
        return same(vm, self);
    size_t fill = (size_t)width - n;
    Value r = pad(vm, self, fill, 0, '0');
    if (!r)
        return NULL;
    /* a leading sign moves in front of the zeros; an empty operand has none, and o[fill] is
     * then past the end (a bytearray has no terminator there) */
    unsigned char *o = is_ba(r) ? AS_BYTEARRAY(r)->data : AS_BYTES(r)->data;
    if (n > 0 && (o[fill] == '+' || o[fill] == '-')) {
        o[0] = o[fill];
        o[fill] = '0';
    }
    return r;
}

static Value m_expandtabs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value tabsize = NULL;
    static const char *const kws[] = {"tabsize", NULL};
    if (!args_parse(vm, "expandtabs", args, nargs, kw, "|O", kws, &tabsize))
        return NULL;
    int ts = 8;
    if (tabsize && !int_arg(vm, tabsize, &ts))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    if (!vm_charge(vm, n))
        return NULL;
    /* first pass: the size, refused before it could overflow */
    uint64_t total = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (ts > 0)
                col += (uint64_t)ts - col % (uint64_t)ts;
        } else {
            col++;
            if (p[i] == '\n' || p[i] == '\r') {
                total += col;
                col = 0;
            }
        }
        if (total + col > (uint64_t)INT64_MAX)
            return exc_raise(vm, &Exc_OverflowError, "result too long");
    }
    unsigned char *o;
    Value r = new_like(vm, self, (size_t)(total + col), &o);
    if (!r)
        return NULL;
    col = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (ts > 0) {
                size_t k = (size_t)ts - col % (size_t)ts;
                memset(o, ' ', k);
                o += k;
                col += k;
            }
        } else {
            *o++ = p[i];
            col = p[i] == '\n' || p[i] == '\r' ? 0 : col + 1;
        }
    }
    return r;
}

/* ---- stripping ---- */

enum Side { LEFT = 1, RIGHT = 2, BOTH = 3 };

static Value strip_impl(VM *vm, Value self, const char *name, Value *args, size_t nargs,
                        Value kw, enum Side side) {
    if (!pos_args(vm, self, name, nargs, kw, 0, 1))
        return NULL;
    bool set[256] = {false};
    if (nargs && args[0] != NONE) {
        const unsigned char *q;
        size_t m;
        if (!buffer_arg(vm, args[0], &q, &m))
            return NULL;
        for (size_t i = 0; i < m; i++)
            set[q[i]] = true;
    } else {
        for (int c = 0; c < 256; c++)
            set[c] = is_space((unsigned char)c);
    }
    size_t n;
    const unsigned char *p = data_of(self, &n);
    size_t i = 0, j = n;
    if (side & LEFT)
        while (i < j && set[p[i]])
            i++;
    if (side & RIGHT)
        while (j > i && set[p[j - 1]])
            j--;
    if (i == 0 && j == n)
        return same(vm, self);
    return like(vm, self, p + i, j - i);
}

static Value m_strip(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return strip_impl(vm, self, "strip", args, nargs, kw, BOTH);
}

static Value m_lstrip(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return strip_impl(vm, self, "lstrip", args, nargs, kw, LEFT);
}

static Value m_rstrip(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return strip_impl(vm, self, "rstrip", args, nargs, kw, RIGHT);
}

static Value affix(VM *vm, Value self, const char *name, Value *args, size_t nargs, Value kw,
                   bool suffix) {
    const unsigned char *q;
    size_t m, n;
    if (!pos_args(vm, self, name, nargs, kw, 1, 1) || !buffer_arg(vm, args[0], &q, &m))
        return NULL;
    const unsigned char *p = data_of(self, &n);
    if (m == 0 || m > n || memcmp(suffix ? p + n - m : p, q, m) != 0)
        return same(vm, self);
    return like(vm, self, suffix ? p : p + m, n - m);
}

static Value m_removeprefix(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return affix(vm, self, "removeprefix", args, nargs, kw, false);
}

static Value m_removesuffix(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return affix(vm, self, "removesuffix", args, nargs, kw, true);
}

/* ---- splitting and joining ---- */

/* Appends self[i:j] (as self's kind) to list. */
static bool add_piece(VM *vm, Value list, Value self, const unsigned char *p, size_t i,
                      size_t j) {
    Value piece = like(vm, self, p + i, j - i);
    return piece && list_append(vm, list, piece);
}

/* split/rsplit arguments: sep (None or bytes-like) and maxsplit (negative: no limit). */
static bool split_args(VM *vm, const char *name, Value *args, size_t nargs, Value kw,
                       const unsigned char **sep, size_t *seplen, size_t *maxsplit) {
    Value sepv = NONE, maxv = NULL;
    static const char *const kws[] = {"sep", "maxsplit", NULL};
    if (!args_parse(vm, name, args, nargs, kw, "|OO", kws, &sepv, &maxv))
        return false;
    int64_t mx = -1;
    if (maxv && !obj_as_index(vm, maxv, &mx))
        return false;
    *maxsplit = mx < 0 ? SIZE_MAX : (size_t)mx;
    *sep = NULL;
    if (sepv == NONE)
        return true;
    if (!buffer_arg(vm, sepv, sep, seplen))
        return false;
    if (*seplen == 0) {
        exc_raise(vm, &Exc_ValueError, "empty separator");
        return false;
    }
    return true;
}

static void reverse_list(Value list) {
    List *l = AS_LIST(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

static Value m_split(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    const unsigned char *sep;
    size_t seplen = 0, maxsplit, n;
    if (!split_args(vm, "split", args, nargs, kw, &sep, &seplen, &maxsplit))
        return NULL;
    const unsigned char *p = data_of(self, &n);
    Value list = list_new(vm, 0);
    if (!list || !vm_charge(vm, n))
        return NULL;
    size_t i = 0;
    if (sep) {
        for (; maxsplit > 0; maxsplit--) {
            int64_t f = bytes_find(vm, p + i, n - i, sep, seplen);
            if (f == -2)
                return NULL;
            if (f < 0)
                break;
            if (!add_piece(vm, list, self, p, i, i + (size_t)f))
                return NULL;
            i += (size_t)f + seplen;
        }
        return add_piece(vm, list, self, p, i, n) ? list : NULL;
    }
    /* runs of whitespace separate, and none is kept at either end */
    for (; maxsplit > 0; maxsplit--) {
        while (i < n && is_space(p[i]))
            i++;
        if (i == n)
            break;
        size_t j = i;
        while (i < n && !is_space(p[i]))
            i++;
        if (!add_piece(vm, list, self, p, j, i))
            return NULL;
    }
    while (i < n && is_space(p[i]))
        i++;
    if (i < n && !add_piece(vm, list, self, p, i, n))
        return NULL;
    return list;
}

static Value m_rsplit(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    const unsigned char *sep;
    size_t seplen = 0, maxsplit, n;
    if (!split_args(vm, "rsplit", args, nargs, kw, &sep, &seplen, &maxsplit))
        return NULL;
    const unsigned char *p = data_of(self, &n);
    Value list = list_new(vm, 0);
    if (!list || !vm_charge(vm, n))
        return NULL;
    size_t j = n;   /* pieces are found from the end, then the list is reversed */
    if (sep) {
        RFinder f;
        if (!rfinder_init(vm, &f, sep, seplen))
            return NULL;
        for (; maxsplit > 0; maxsplit--) {
            int64_t pos = rfinder_run(vm, &f, p, j);
            if (pos == -2)
                return NULL;
            if (pos < 0)
                break;
            if (!add_piece(vm, list, self, p, (size_t)pos + seplen, j))
                return NULL;
            j = (size_t)pos;
        }
        if (!add_piece(vm, list, self, p, 0, j))
            return NULL;
    } else {
        for (; maxsplit > 0; maxsplit--) {
            while (j > 0 && is_space(p[j - 1]))
                j--;
            if (j == 0)
                break;
            size_t k = j;
            while (j > 0 && !is_space(p[j - 1]))
                j--;
            if (!add_piece(vm, list, self, p, j, k))
                return NULL;
        }
        while (j > 0 && is_space(p[j - 1]))
            j--;
        if (j > 0 && !add_piece(vm, list, self, p, 0, j))
            return NULL;
    }
    reverse_list(list);
    return list;
}

static Value m_splitlines(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value keepv = NULL;
    static const char *const kws[] = {"keepends", NULL};
    if (!args_parse(vm, "splitlines", args, nargs, kw, "|O", kws, &keepv))
        return NULL;
    int keep = 0;
    if (keepv && !int_arg(vm, keepv, &keep))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    Value list = list_new(vm, 0);
    if (!list || !vm_charge(vm, n))
        return NULL;
    for (size_t i = 0, j = 0; i < n; j = i) {
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        size_t eol = i;
        if (i < n) {
            /* \r\n is one line break */
            i += p[i] == '\r' && i + 1 < n && p[i + 1] == '\n' ? 2 : 1;
            if (keep)
                eol = i;
        }
        if (!add_piece(vm, list, self, p, j, eol))
            return NULL;
    }
    return list;
}

static Value partition_impl(VM *vm, Value self, const char *name, Value *args, size_t nargs,
                            Value kw, bool last) {
    const unsigned char *q;
    size_t m, n;
    if (!pos_args(vm, self, name, nargs, kw, 1, 1) || !buffer_arg(vm, args[0], &q, &m))
        return NULL;
    if (m == 0)
        return exc_raise(vm, &Exc_ValueError, "empty separator");
    const unsigned char *p = data_of(self, &n);
    int64_t pos = last ? bytes_rfind(vm, p, n, q, m) : bytes_find(vm, p, n, q, m);
    if (pos == -2)
        return NULL;
    if (pos < 0) {
        /* not found: self and two empty results, self on the side searching started from */
        Value whole = same(vm, self), e1 = like(vm, self, p, 0), e2 = like(vm, self, p, 0);
        if (!whole || !e1 || !e2)
            return NULL;
        return last ? tuple_pack(vm, 3, e1, e2, whole) : tuple_pack(vm, 3, whole, e1, e2);
    }
    /* bytes.partition returns the separator object itself, bytearray's a copy */
    Value a = like(vm, self, p, (size_t)pos), b = is_ba(self) ? like(vm, self, q, m) : args[0],
          c = like(vm, self, p + pos + m, n - (size_t)pos - m);
    return a && b && c ? tuple_pack(vm, 3, a, b, c) : NULL;
}

static Value m_partition(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return partition_impl(vm, self, "partition", args, nargs, kw, false);
}

static Value m_rpartition(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return partition_impl(vm, self, "rpartition", args, nargs, kw, true);
}

static Value m_join(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "join", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it) {
        if (exc_pending_matches(vm, &Exc_TypeError)) {
            exc_clear(vm);
            exc_raise(vm, &Exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    size_t count;
    Value *items = obj_unpack_iter(vm, it, &count);
    if (!items || !vm_charge(vm, count))
        return NULL;
    size_t seplen, total = 0;
    const unsigned char *sep = data_of(self, &seplen);
    for (size_t i = 0; i < count; i++) {
        const unsigned char *q;
        size_t m;
        if (!bytes_view(items[i], &q, &m))
            return exc_raise(vm, &Exc_TypeError,
                             "sequence item %zu: expected a bytes-like object, %s found", i,
                             tname(items[i]));
        total += m + (i ? seplen : 0);
    }
    /* bytes.join of one exact bytes object is that object */
    if (count == 1 && !is_ba(self) && TYPE(items[0]) == &bytes_type)
        return items[0];
    unsigned char *o;
    Value r = new_like(vm, self, total, &o);
    if (!r)
        return NULL;
    for (size_t i = 0; i < count; i++) {
        const unsigned char *q = NULL;
        size_t m = 0;
        if (i) {
            memcpy(o, sep, seplen);
            o += seplen;
        }
        bytes_view(items[i], &q, &m);
        memcpy(o, q, m);
        o += m;
    }
    return r;
}

/* ---- replace and translate ---- */

static Value m_replace(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    const unsigned char *from, *to;
    size_t fl, tl, n;
    int64_t maxcount = -1;
    if (!pos_args(vm, self, "replace", nargs, kw, 2, 3) || !buffer_arg(vm, args[0], &from, &fl) ||
        !buffer_arg(vm, args[1], &to, &tl) || (nargs > 2 && !arg_int(vm, args[2], &maxcount)))
        return NULL;
    const unsigned char *p = data_of(self, &n);
    size_t limit = maxcount < 0 ? SIZE_MAX : (size_t)maxcount;
    /* an empty `from` matches before every byte and at the end */
    size_t count = fl == 0 ? (n + 1 < limit ? n + 1 : limit)
                           : bytes_count(vm, p, n, from, fl, limit);
    if (count == SIZE_MAX)
        return NULL;
    if (count == 0 || (fl == 0 && tl == 0))
        return same(vm, self);
    if (tl > fl && (tl - fl) > (((size_t)1 << 40) - n) / count)
        return vm_limit_error(vm, LIMIT_MEMORY, "bytes too large"), NULL;
    unsigned char *o;
    Value r = new_like(vm, self, n - count * fl + count * tl, &o);
    if (!r)
        return NULL;
    size_t i = 0;
    for (size_t k = 0; k < count; k++) {
        int64_t f = fl == 0 ? (k ? 1 : 0) : bytes_find(vm, p + i, n - i, from, fl);
        if (f == -2 || (fl == 0 && !vm_charge_item(vm, k)))
            return NULL;
        size_t at = i + (size_t)f;
        memcpy(o, p + i, at - i);
        o += at - i;
        memcpy(o, to, tl);
        o += tl;
        i = at + fl;
    }
    memcpy(o, p + i, n - i);
    return r;
}

/* The translation table argument: None (identity) or 256 bytes. */
static bool table_arg(VM *vm, Value v, const unsigned char **table) {
    size_t m;
    *table = NULL;
    if (v == NONE)
        return true;
    if (!buffer_arg(vm, v, table, &m))
        return false;
    if (m != 256) {
        exc_raise(vm, &Exc_ValueError, "translation table must be 256 characters long");
        return false;
    }
    return true;
}

static Value m_translate(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value tablev = NULL, deletev = NULL;
    static const char *const kws[] = {"", "delete", NULL};
    if (!args_parse(vm, "translate", args, nargs, kw, "O|O", kws, &tablev, &deletev))
        return NULL;
    const unsigned char *table, *del = NULL;
    size_t dl = 0, n;
    if (!table_arg(vm, tablev, &table) || (deletev && !buffer_arg(vm, deletev, &del, &dl)))
        return NULL;
    bool gone[256] = {false};
    for (size_t i = 0; i < dl; i++)
        gone[del[i]] = true;
    const unsigned char *p = data_of(self, &n);
    unsigned char *o;
    Value r = new_like(vm, self, n, &o);
    if (!r)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!gone[p[i]])
            o[k++] = table ? table[p[i]] : p[i];
    /* the fresh result just gets shorter when bytes were deleted */
    if (is_ba(r)) {
        AS_BYTEARRAY(r)->len = k;
    } else {
        AS_BYTES(r)->len = k;
        AS_BYTES(r)->data[k] = 0;
    }
    return r;
}

/* bytes.maketrans and bytearray.maketrans (static methods: `qual` names the one called). */
static Value maketrans(VM *vm, const char *qual, Value *args, size_t nargs, Value kw) {
    const unsigned char *from, *to;
    size_t fl, tl;
    if (!args_no_kw(vm, qual, kw) || !args_count(vm, "maketrans", nargs, NULL, 2, 2) ||
        !buffer_arg(vm, args[0], &from, &fl) || !buffer_arg(vm, args[1], &to, &tl))
        return NULL;
    if (fl != tl)
        return exc_raise(vm, &Exc_ValueError, "maketrans arguments must have same length");
    Value r = bytes_alloc(vm, 256);
    if (!r)
        return NULL;
    unsigned char *t = AS_BYTES(r)->data;
    for (int i = 0; i < 256; i++)
        t[i] = (unsigned char)i;
    for (size_t i = 0; i < fl; i++)
        t[from[i]] = to[i];
    return r;
}

static Value m_maketrans_bytes(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return maketrans(vm, "bytes.maketrans", args, nargs, kw);
}

static Value m_maketrans_bytearray(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return maketrans(vm, "bytearray.maketrans", args, nargs, kw);
}

/* ---- hex ---- */

static int hex_value(unsigned char c) {
    return is_digit(c) ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
}

static Value m_fromhex(VM *vm, Value cls, Value *args, size_t nargs, Value kw) {
    bool ba = type_is_subtype((Type *)cls, &bytearray_type);
    if (!args_count(vm, ba ? "bytearray.fromhex" : "bytes.fromhex", nargs, kw, 1, 1))
        return NULL;
    Value s = args[0];
    if (!IS_STR(s))
        return exc_raise(vm, &Exc_TypeError, "fromhex() argument must be str, not %s",
                         clinic_tname(s));
    const unsigned char *p = (const unsigned char *)str_data(s);
    size_t n = str_nbytes(s), bad;
    if (!vm_charge(vm, n))
        return NULL;
    if (!str_is_ascii(s)) {
        /* the first non-ASCII character is the error, wherever it is (all before it are one
         * byte each, so its byte offset is its position) */
        for (bad = 0; p[bad] < 0x80; bad++)
            ;
        goto error;
    }
    unsigned char *buf = gc_alloc_atomic(vm, n / 2 + 1), *o = buf;
    if (!buf)
        return NULL;
    for (size_t i = 0; i < n;) {
        if (is_space(p[i])) {
            i++;
            continue;
        }
        int hi = hex_value(p[i]), lo = i + 1 < n ? hex_value(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            bad = hi < 0 ? i : i + 1;
            goto error;
        }
        *o++ = (unsigned char)(hi << 4 | lo);
        i += 2;
    }
    size_t len = (size_t)(o - buf);
    Value r = ba ? bytearray_new(vm, buf, len) : bytes_new(vm, buf, len);
    if (!r || cls == (Value)&bytes_type || cls == (Value)&bytearray_type)
        return r;
    return obj_call1(vm, cls, r);   /* a subclass is built from the result, as CPython does */
error:
    return exc_raise(vm, &Exc_ValueError,
                     "non-hexadecimal number found in fromhex() arg at position %zu", bad);
}

static Value m_hex(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value sepv = NULL, bpsv = NULL;
    static const char *const kws[] = {"sep", "bytes_per_sep", NULL};
    if (!args_parse(vm, "hex", args, nargs, kw, "|OO", kws, &sepv, &bpsv))
        return NULL;
    int bps = 1;
    if (bpsv && !int_arg(vm, bpsv, &bps))
        return NULL;
    unsigned char sep = 0;
    if (sepv) {
        int64_t seplen = obj_len(vm, sepv);
        if (seplen < 0)
            return NULL;
        if (seplen != 1)
            return exc_raise(vm, &Exc_ValueError, "sep must be length 1.");
        const unsigned char *q;
        size_t m;
        if (IS_STR(sepv))
            sep = (unsigned char)str_data(sepv)[0];   /* a lead byte >= 0x80 if not ASCII */
        else if ((TYPE(sepv)->flags & TF_BYTES) && bytes_view(sepv, &q, &m))
            sep = q[0];
        else
            return exc_raise(vm, &Exc_TypeError, "sep must be str or bytes.");
        if (sep > 127)
            return exc_raise(vm, &Exc_ValueError, "sep must be ASCII.");
    } else {
        bps = 0;   /* no separator: no groups */
    }
    size_t n;
    const unsigned char *p = data_of(self, &n);
    size_t group = (size_t)(bps < 0 ? -(int64_t)bps : bps);
    size_t seps = group && n ? (n - 1) / group : 0;
    if (!gc_can_alloc(vm, 2 * n + seps) || !vm_charge(vm, 2 * n))
        return NULL;
    Value r = str_alloc(vm, 2 * n + seps);   /* ASCII, as str_alloc presumes */
    if (!r)
        return NULL;
    static const char digits[] = "0123456789abcdef";
    char *o = AS_STR(r)->data;
    /* groups are counted from the right for a positive bytes_per_sep, from the left for a
     * negative one; `first` is the size of the leftmost group */
    size_t first = !seps ? n : bps > 0 ? (n - 1) % group + 1 : group;
    for (size_t i = 0; i < n; i++) {
        if (i >= first && (i - first) % group == 0)
            *o++ = (char)sep;
        *o++ = digits[p[i] >> 4];
        *o++ = digits[p[i] & 15];
    }
    return r;
}

/* ---- decode and pickling support ---- */

static Value m_decode(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value encoding = NULL, errors = NULL;
    static const char *const kws[] = {"encoding", "errors", NULL};
    if (!args_parse(vm, "decode", args, nargs, kw, "|OO", kws, &encoding, &errors))
        return NULL;
    return bytes_decode(vm, self, encoding, errors);
}

static Value m_getnewargs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "__getnewargs__", nargs, kw, 0, 0))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    Value b = bytes_new(vm, p, n);
    return b ? tuple_pack(vm, 1, b) : NULL;
}

static Value m_bytes(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "__bytes__", nargs, kw, 0, 0))
        return NULL;
    return same(vm, self);
}

/* ---- bytearray mutation ---- */

static Value m_append(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    unsigned char c;
    if (!pos_args(vm, self, "append", nargs, kw, 1, 1) || !byte_arg(vm, args[0], &c))
        return NULL;
    ByteArray *b = AS_BYTEARRAY(self);
    if (!bytearray_resize(vm, self, b->len + 1))
        return NULL;
    b->data[b->len - 1] = c;
    return NONE;
}

static Value m_insert(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    int64_t i;
    unsigned char c;
    if (!pos_args(vm, self, "insert", nargs, kw, 2, 2) || !obj_as_index(vm, args[0], &i) ||
        !byte_arg(vm, args[1], &c))
        return NULL;
    ByteArray *b = AS_BYTEARRAY(self);
    int64_t n = (int64_t)b->len;
    /* the index is clamped to the ends, as list.insert does */
    if (i < 0 && (i += n) < 0)
        i = 0;
    if (i > n)
        i = n;
    if (!vm_charge(vm, (uint64_t)(n - i)) || !bytearray_resize(vm, self, b->len + 1))
        return NULL;
    memmove(b->data + i + 1, b->data + i, (size_t)(n - i));
    b->data[i] = c;
    return NONE;
}

static Value m_extend(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "extend", nargs, kw, 1, 1))
        return NULL;
    Value src = args[0];
    const unsigned char *q;
    size_t m;
    StrBuf ints;   /* bytes from an iterable of ints, collected first so that a bad one leaves
                    * self unchanged */
    if (!bytes_view(src, &q, &m)) {
        Value it = obj_iter(vm, src);
        if (!it) {
            if (exc_pending_matches(vm, &Exc_TypeError)) {
                exc_clear(vm);
                exc_raise(vm, &Exc_TypeError, "can't extend bytearray with %s", tname(src));
            }
            return NULL;
        }
        sb_init(&ints, vm, 32);
        for (Value x; (x = obj_next(vm, it)) != VAL_STOP;) {
            unsigned char c;
            if (!x || !byte_arg(vm, x, &c) || !sb_addc(&ints, (char)c) || !vm_tick(vm))
                return NULL;
        }
        q = (const unsigned char *)ints.buf;
        m = ints.len;
    }
    size_t n = AS_BYTEARRAY(self)->len;
    if (!vm_charge(vm, m) || !bytearray_resize(vm, self, n + m))
        return NULL;
    /* q may be self's own data (b.extend(b)), which the resize may have moved */
    memmove(AS_BYTEARRAY(self)->data + n, src == self ? AS_BYTEARRAY(self)->data : q, m);
    return NONE;
}

static Value m_pop(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    int64_t i = -1;
    if (!pos_args(vm, self, "pop", nargs, kw, 0, 1) || (nargs && !obj_as_index(vm, args[0], &i)))
        return NULL;
    ByteArray *b = AS_BYTEARRAY(self);
    if (b->len == 0)
        return exc_raise(vm, &Exc_IndexError, "pop from empty bytearray");
    if (i < 0)
        i += (int64_t)b->len;
    if (i < 0 || (uint64_t)i >= b->len)
        return exc_raise(vm, &Exc_IndexError, "pop index out of range");
    unsigned char c = b->data[i];
    if (!vm_charge(vm, b->len - (size_t)i))
        return NULL;
    memmove(b->data + i, b->data + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return MK_SMALL(c);
}

static Value m_remove(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    unsigned char c;
    if (!pos_args(vm, self, "remove", nargs, kw, 1, 1) || !byte_arg(vm, args[0], &c))
        return NULL;
    ByteArray *b = AS_BYTEARRAY(self);
    unsigned char *at = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!at)
        return exc_raise(vm, &Exc_ValueError, "value not found in bytearray");
    size_t i = (size_t)(at - b->data);
    if (!vm_charge(vm, b->len))
        return NULL;
    memmove(at, at + 1, b->len - i - 1);
    b->len--;
    return NONE;
}

static Value m_clear(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "clear", nargs, kw, 0, 0))
        return NULL;
    AS_BYTEARRAY(self)->len = 0;
    return NONE;
}

static Value m_copy(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "copy", nargs, kw, 0, 0))
        return NULL;
    size_t n;
    const unsigned char *p = data_of(self, &n);
    return vm_charge(vm, n) ? bytearray_new(vm, p, n) : NULL;
}

static Value m_reverse(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!pos_args(vm, self, "reverse", nargs, kw, 0, 0))
        return NULL;
    ByteArray *b = AS_BYTEARRAY(self);
    if (!vm_charge(vm, b->len))
        return NULL;
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        unsigned char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return NONE;
}

/* ---- method tables ---- */

#define SHARED_METHODS                                        \
    {"capitalize", m_capitalize, 0, NULL},                    \
    {"center", m_center, 0, NULL},                            \
    {"count", m_count, 0, NULL},                              \
    {"decode", m_decode, 0, NULL},                            \
    {"endswith", m_endswith, 0, NULL},                        \
    {"expandtabs", m_expandtabs, 0, NULL},                    \
    {"find", m_find, 0, NULL},                                \
    {"fromhex", m_fromhex, MF_CLASS, NULL},                   \
    {"hex", m_hex, 0, NULL},                                  \
    {"index", m_index, 0, NULL},                              \
    {"isalnum", m_isalnum, 0, NULL},                          \
    {"isalpha", m_isalpha, 0, NULL},                          \
    {"isascii", m_isascii, 0, NULL},                          \
    {"isdigit", m_isdigit, 0, NULL},                          \
    {"islower", m_islower, 0, NULL},                          \
    {"isspace", m_isspace, 0, NULL},                          \
    {"istitle", m_istitle, 0, NULL},                          \
    {"isupper", m_isupper, 0, NULL},                          \
    {"join", m_join, 0, NULL},                                \
    {"ljust", m_ljust, 0, NULL},                              \
    {"lower", m_lower, 0, NULL},                              \
    {"lstrip", m_lstrip, 0, NULL},                            \
    {"partition", m_partition, 0, NULL},                      \
    {"removeprefix", m_removeprefix, 0, NULL},                \
    {"removesuffix", m_removesuffix, 0, NULL},                \
    {"replace", m_replace, 0, NULL},                          \
    {"rfind", m_rfind, 0, NULL},                              \
    {"rindex", m_rindex, 0, NULL},                            \
    {"rjust", m_rjust, 0, NULL},                              \
    {"rpartition", m_rpartition, 0, NULL},                    \
    {"rsplit", m_rsplit, 0, NULL},                            \
    {"rstrip", m_rstrip, 0, NULL},                            \
    {"split", m_split, 0, NULL},                              \
    {"splitlines", m_splitlines, 0, NULL},                    \
    {"startswith", m_startswith, 0, NULL},                    \
    {"strip", m_strip, 0, NULL},                              \
    {"swapcase", m_swapcase, 0, NULL},                        \
    {"title", m_title, 0, NULL},                              \
    {"translate", m_translate, 0, NULL},                      \
    {"upper", m_upper, 0, NULL},                              \
    {"zfill", m_zfill, 0, NULL}

const MethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"maketrans", m_maketrans_bytes, MF_STATIC, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__bytes__", m_bytes, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const MethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"maketrans", m_maketrans_bytearray, MF_STATIC, NULL},
    {"append", m_append, 0, NULL},
    {"clear", m_clear, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL},
    {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL},
    {"reverse", m_reverse, 0, NULL},
    {NULL, NULL, 0, NULL},
};
