/* str methods: the method table, the helpers the str_*.c files share (strmeth.h), and the
 * methods too small for a file of their own: strip, padding, character classes, expandtabs,
 * removeprefix/removesuffix, encode and the dunders. */
#include "format.h"
#include "rt.h"
#include "strmeth.h"
#include "unicode.h"

/* ---- shared helpers ---- */

size_t strm_count_cps(const char *p, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        count += ((unsigned char)p[i] & 0xC0) != 0x80;
    return count;
}

size_t strm_cp_before(const char *begin, const char *p, uint32_t *cp) {
    const char *q = p - 1;
    while (q > begin && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    utf8_decode((const unsigned char *)q, cp);
    return (size_t)(p - q);
}

Value strm_exact(VM *vm, Value s) {
    if (IS_EXACT_STR(s))
        return s;
    Value r = vm_charge(vm, str_nbytes(s)) ? str_alloc(vm, str_nbytes(s)) : NULL;
    if (!r)
        return NULL;
    memcpy(AS_STR(r)->data, str_data(s), str_nbytes(s));
    AS_STR(r)->len = str_len(s);
    AS_STR(r)->flags = AS_STR(s)->flags & STR_ASCII;
    AS_STR(r)->kind = AS_STR(s)->kind;
    return r;
}

Value strm_slice(VM *vm, Value s, size_t a, size_t b) {
    if (a == 0 && b == str_nbytes(s))
        return strm_exact(vm, s);
    if (str_is_ascii(s))
        return strm_ascii(vm, str_data(s) + a, b - a);
    return str_new(vm, str_data(s) + a, b - a);
}

Value strm_ascii(VM *vm, const char *p, size_t n) {
    if (n <= 1)
        return str_new(vm, p, n);
    Value r = str_alloc(vm, n);   /* str_alloc presets the ASCII flag and len = n */
    if (r)
        memcpy(AS_STR(r)->data, p, n);
    return r;
}

size_t strm_space_at(const char *p) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80)
        return uni_isspace(c);
    uint32_t cp;
    size_t n = utf8_decode((const unsigned char *)p, &cp);
    return uni_isspace(cp) ? n : 0;
}

size_t strm_space_before(const char *begin, const char *p) {
    unsigned char c = (unsigned char)p[-1];
    if (c < 0x80)
        return uni_isspace(c);
    uint32_t cp;
    size_t n = strm_cp_before(begin, p, &cp);
    return uni_isspace(cp) ? n : 0;
}

bool strm_no_kw(VM *vm, const char *name, Value kw) {
    if (!kw || AS_TUPLE(kw)->len == 0)
        return true;
    exc_raise(vm, &Exc_TypeError, "str.%s() takes no keyword arguments", name);
    return false;
}

bool strm_arg_cint(VM *vm, Value v, int *out) {
    Value i = int_index(vm, v);
    int64_t x;
    if (!i)
        return false;
    if (!int_fits_i64(i, &x) || x < INT32_MIN || x > INT32_MAX) {
        exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = (int)x;
    return true;
}

bool strm_can_build(VM *vm, size_t n) {
    if (n > ((size_t)1 << 40)) {
        exc_raise_obj(vm, (Value)&Exc_MemoryError, NULL, false);
        return false;
    }
    return gc_can_alloc(vm, n) && vm_charge(vm, n);
}

/* ---- strip, lstrip, rstrip ---- */

/* The characters of a strip argument: a bitmap for ASCII, a list for the others. */
typedef struct CharSet {
    uint64_t ascii[2];
    uint32_t *wide;
    size_t nwide;
} CharSet;

static bool charset_init(VM *vm, CharSet *cs, Value chars) {
    const unsigned char *p = (const unsigned char *)str_data(chars);
    const unsigned char *end = p + str_nbytes(chars);
    memset(cs, 0, sizeof *cs);
    if (!str_is_ascii(chars) && !(cs->wide = gc_alloc_atomic(vm, str_len(chars) * 4)))
        return false;
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (c < 128)
            cs->ascii[c >> 6] |= (uint64_t)1 << (c & 63);
        else
            cs->wide[cs->nwide++] = c;
    }
    return true;
}

static bool charset_has(const CharSet *cs, uint32_t c) {
    if (c < 128)
        return cs->ascii[c >> 6] >> (c & 63) & 1;
    for (size_t i = 0; i < cs->nwide; i++)
        if (cs->wide[i] == c)
            return true;
    return false;
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static Value strip_common(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                          const char *name, int sides) {
    if (!strm_no_kw(vm, name, kw) || !args_count(vm, name, nargs, NULL, 0, 1))
        return NULL;
    Value chars = nargs ? args[0] : NONE;
    if (chars != NONE && !IS_STR(chars))
        return exc_raise(vm, &Exc_TypeError, "%s arg must be None or str", name);
    const char *p = str_data(self), *a = p, *b = p + str_nbytes(self);
    size_t l;
    uint32_t c;
    if (!vm_charge(vm, str_nbytes(self)))
        return NULL;
    if (chars == NONE) {
        if (sides & STRIP_LEFT)
            while (a < b && (l = strm_space_at(a)))
                a += l;
        if (sides & STRIP_RIGHT)
            while (b > a && (l = strm_space_before(a, b)))
                b -= l;
    } else {
        CharSet cs;
        if (!charset_init(vm, &cs, chars))
            return NULL;
        while ((sides & STRIP_LEFT) && a < b) {
            l = utf8_decode((const unsigned char *)a, &c);
            if (!charset_has(&cs, c))
                break;
            a += l;
        }
        while ((sides & STRIP_RIGHT) && b > a) {
            l = strm_cp_before(a, b, &c);
            if (!charset_has(&cs, c))
                break;
            b -= l;
        }
    }
    return strm_slice(vm, self, (size_t)(a - p), (size_t)(b - p));
}

static Value m_strip(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return strip_common(vm, self, args, nargs, kw, "strip", STRIP_LEFT | STRIP_RIGHT);
}

static Value m_lstrip(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return strip_common(vm, self, args, nargs, kw, "lstrip", STRIP_LEFT);
}

static Value m_rstrip(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return strip_common(vm, self, args, nargs, kw, "rstrip", STRIP_RIGHT);
}

/* ---- center, ljust, rjust, zfill ---- */

static void fill_chars(char *o, const char *c, size_t len, size_t count) {
    if (len == 1) {
        memset(o, *c, count);
        return;
    }
    for (size_t i = 0; i < count; i++, o += len)
        memcpy(o, c, len);
}

/* s with `left` fill characters before it and `right` after. */
static Value pad(VM *vm, Value s, size_t left, size_t right, uint32_t fill) {
    if (left == 0 && right == 0)
        return strm_exact(vm, s);
    char fb[4];
    size_t fl = utf8_encode(fill, fb), n = str_nbytes(s);
    size_t room = ((size_t)1 << 40) - n;   /* n never exceeds str_alloc's limit */
    size_t total = left + right > room / fl ? SIZE_MAX : n + (left + right) * fl;
    if (!strm_can_build(vm, total))
        return NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return NULL;
    char *o = AS_STR(r)->data;
    fill_chars(o, fb, fl, left);
    memcpy(o + left * fl, str_data(s), n);
    fill_chars(o + left * fl + n, fb, fl, right);
    AS_STR(r)->len = str_len(s) + left + right;
    AS_STR(r)->flags = str_is_ascii(s) && fill < 128 ? STR_ASCII : 0;
    uint8_t fk = fill < 0x100 ? 1 : fill < 0x10000 ? 2 : 4;
    AS_STR(r)->kind = fk > AS_STR(s)->kind ? fk : AS_STR(s)->kind;
    return r;
}

/* Parses (width[, fillchar]) for center/ljust/rjust; *extra = width - len(self), or 0. */
static bool pad_args(VM *vm, const char *name, Value self, Value *args, size_t nargs, Value kw,
                     size_t *extra, uint32_t *fill) {
    int64_t width;
    if (!strm_no_kw(vm, name, kw) || !args_count(vm, name, nargs, NULL, 1, 2) ||
        !arg_int(vm, args[0], &width))
        return false;
    *fill = ' ';
    if (nargs > 1) {
        Value f = args[1];
        if (!IS_STR(f))
            return exc_raise(vm, &Exc_TypeError,
                             "The fill character must be a unicode character, not %s", tname(f)),
                   false;
        if (str_len(f) != 1)
            return exc_raise(vm, &Exc_TypeError,
                             "The fill character must be exactly one character long"), false;
        *fill = str_char_at(f, 0);
    }
    *extra = width > (int64_t)str_len(self) ? (size_t)width - str_len(self) : 0;
    return true;
}

static Value m_center(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    size_t extra;
    uint32_t fill;
    if (!pad_args(vm, "center", self, args, nargs, kw, &extra, &fill))
        return NULL;
    /* CPython's rounding: the odd character goes left when the width is odd */
    size_t width = extra + str_len(self);
    size_t left = extra / 2 + (extra & width & 1);
    return pad(vm, self, left, extra - left, fill);
}

static Value m_ljust(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    size_t extra;
    uint32_t fill;
    if (!pad_args(vm, "ljust", self, args, nargs, kw, &extra, &fill))
        return NULL;
    return pad(vm, self, 0, extra, fill);
}

static Value m_rjust(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    size_t extra;
    uint32_t fill;
    if (!pad_args(vm, "rjust", self, args, nargs, kw, &extra, &fill))
        return NULL;
    return pad(vm, self, extra, 0, fill);
}

static Value m_zfill(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    int64_t width;
    if (!args_count(vm, "str.zfill", nargs, kw, 1, 1) || !arg_int(vm, args[0], &width))
        return NULL;
    if (width <= (int64_t)str_len(self))
        return strm_exact(vm, self);
    size_t n = str_len(self), fill = (size_t)width - n;
    Value r = pad(vm, self, fill, 0, '0');
    if (!r)
        return NULL;
    /* a sign moves in front of the zeros; an empty operand has none */
    char *d = AS_STR(r)->data;
    if (n > 0 && (d[fill] == '+' || d[fill] == '-')) {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

/* ---- character classes ---- */

/* Whether s is non-empty (or empty_ok) and every code point satisfies pred. */
static Value all_chars(VM *vm, Value s, bool (*pred)(uint32_t), bool empty_ok) {
    const char *p = str_data(s), *end = p + str_nbytes(s);
    if (p == end)
        return BOOL_V(empty_ok);
    if (!vm_charge(vm, str_nbytes(s)))
        return NULL;
    while (p < end) {
        uint32_t c;
        p += utf8_decode((const unsigned char *)p, &c);
        if (!pred(c))
            return FALSE_V;
    }
    return TRUE_V;
}

static bool is_decimal(uint32_t c) {
    return uni_decimal(c) >= 0;
}

#define CLASS_METHOD(name, pred, empty_ok)                                   \
    static Value m_##name(VM *vm, Value self, Value *args, size_t nargs,     \
                          Value kw) {                                        \
        if (!args_count(vm, "str." #name, nargs, kw, 0, 0))                  \
            return NULL;                                                     \
        return all_chars(vm, self, pred, empty_ok);                          \
    }

CLASS_METHOD(isalnum, uni_isalnum, false)
CLASS_METHOD(isalpha, uni_isalpha, false)
CLASS_METHOD(isdecimal, is_decimal, false)
CLASS_METHOD(isdigit, uni_isdigit, false)
CLASS_METHOD(isnumeric, uni_isnumeric, false)
CLASS_METHOD(isspace, uni_isspace, false)
CLASS_METHOD(isprintable, uni_isprintable, true)

static Value m_isascii(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "str.isascii", nargs, kw, 0, 0))
        return NULL;
    return BOOL_V(str_is_ascii(self));
}

static Value m_isidentifier(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "str.isidentifier", nargs, kw, 0, 0))
        return NULL;
    const char *p = str_data(self), *end = p + str_nbytes(self);
    if (p == end)
        return FALSE_V;
    if (!vm_charge(vm, str_nbytes(self)))
        return NULL;
    for (bool first = true; p < end; first = false) {
        uint32_t c;
        p += utf8_decode((const unsigned char *)p, &c);
        if (!(first ? uni_isidstart(c) : uni_isidcontinue(c)))
            return FALSE_V;
    }
    return TRUE_V;
}

/* ---- expandtabs ---- */

/* One pass over the text: the size of the result, written to o unless o is NULL, or SIZE_MAX
 * beyond what a str may hold.  Columns count code points and restart after \n and \r. */
static size_t expand_tabs(const char *p, size_t n, int tabsize, char *o) {
    size_t col = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        size_t add = 1;
        if (c == '\t') {
            add = tabsize > 0 ? (size_t)tabsize - col % (size_t)tabsize : 0;
            if (o)
                memset(o + total, ' ', add);
            col += add;
        } else {
            if (o)
                o[total] = c;
            col = c == '\n' || c == '\r' ? 0 : col + (((unsigned char)c & 0xC0) != 0x80);
        }
        total += add;
        if (total > ((size_t)1 << 40))
            return SIZE_MAX;
    }
    return total;
}

static Value m_expandtabs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kws[] = {"tabsize", NULL};
    Value tv = NULL;
    int tabsize = 8;
    if (!args_parse(vm, "expandtabs", args, nargs, kw, "|O", kws, &tv) ||
        (tv && !strm_arg_cint(vm, tv, &tabsize)))
        return NULL;
    const char *p = str_data(self);
    size_t n = str_nbytes(self);
    if (!memchr(p, '\t', n))
        return strm_exact(vm, self);
    size_t total = expand_tabs(p, n, tabsize, NULL);
    if (total == SIZE_MAX)
        return exc_raise(vm, &Exc_OverflowError, "new string is too long");
    if (!strm_can_build(vm, total + n))   /* steps for both passes; n is slack for memory */
        return NULL;
    Value r = str_alloc(vm, total);
    if (!r)
        return NULL;
    expand_tabs(p, n, tabsize, AS_STR(r)->data);
    return str_is_ascii(self) ? r : str_finish(r);
}

/* ---- removeprefix, removesuffix ---- */

/* fname is "str.removeprefix": the argument-count messages name the type, the type error
 * does not. */
static Value remove_affix(VM *vm, Value self, Value *args, size_t nargs, Value kw,
                          const char *fname, bool suffix) {
    if (!args_count(vm, fname, nargs, kw, 1, 1))
        return NULL;
    Value a = args[0];
    if (!IS_STR(a))   /* worded as CPython's clinic words it, None by name */
        return exc_raise(vm, &Exc_TypeError, "%s() argument must be str, not %s", fname + 4,
                         a == NONE ? "None" : tname(a));
    size_t n = str_nbytes(self), m = str_nbytes(a);
    if (!vm_charge(vm, m))
        return NULL;
    if (m == 0 || m > n || memcmp(str_data(self) + (suffix ? n - m : 0), str_data(a), m))
        return strm_exact(vm, self);
    return suffix ? strm_slice(vm, self, 0, n - m) : strm_slice(vm, self, m, n);
}

static Value m_removeprefix(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return remove_affix(vm, self, args, nargs, kw, "str.removeprefix", false);
}

static Value m_removesuffix(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return remove_affix(vm, self, args, nargs, kw, "str.removesuffix", true);
}

/* ---- encode and the dunders ---- */

Value str_encode(VM *vm, Value s, Value encoding, Value errors);

static Value m_encode(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kws[] = {"encoding", "errors", NULL};
    Value encoding = NULL, errors = NULL;
    if (!args_parse(vm, "encode", args, nargs, kw, "|OO", kws, &encoding, &errors) ||
        (encoding && !arg_str(vm, "encode", "'encoding'", encoding)) ||
        (errors && !arg_str(vm, "encode", "'errors'", errors)))
        return NULL;
    return str_encode(vm, self, encoding, errors);
}

static Value m_format_dunder(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "str.__format__", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "__format__() argument must be str, not %s",
                         tname(args[0]));
    if (!str_nbytes(args[0]) && !IS_EXACT_STR(self))
        return obj_str(vm, self);   /* an empty spec means str(self), a subclass's __str__ */
    Value r = format_str(vm, self, args[0]);
    return r == self ? strm_exact(vm, self) : r;
}

static Value m_getnewargs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "str.__getnewargs__", nargs, kw, 0, 0))
        return NULL;
    Value s = strm_exact(vm, self);
    return s ? tuple_pack(vm, 1, s) : NULL;
}

/* CPython's size for a string it just created: a compact ASCII object, or a compact object
 * with 1, 2 or 4 bytes per code point; both with a terminating NUL. */
static Value m_sizeof(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "str.__sizeof__", nargs, kw, 0, 0))
        return NULL;
    size_t len = str_len(self);
    if (str_is_ascii(self))
        return MK_SMALL(48 + len + 1);
    return MK_SMALL(72 + (len + 1) * AS_STR(self)->kind);
}

const MethodDef str_methods[] = {
    {"capitalize", strm_capitalize, 0, NULL},
    {"casefold", strm_casefold, 0, NULL},
    {"center", m_center, 0, NULL},
    {"count", strm_count, 0, NULL},
    {"encode", m_encode, 0, NULL},
    {"endswith", strm_endswith, 0, NULL},
    {"expandtabs", m_expandtabs, 0, NULL},
    {"find", strm_find, 0, NULL},
    {"format", strm_format, 0, NULL},
    {"format_map", strm_format_map, 0, NULL},
    {"index", strm_index, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isalpha", m_isalpha, 0, NULL},
    {"isascii", m_isascii, 0, NULL},
    {"isdecimal", m_isdecimal, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isidentifier", m_isidentifier, 0, NULL},
    {"islower", strm_islower, 0, NULL},
    {"isnumeric", m_isnumeric, 0, NULL},
    {"isprintable", m_isprintable, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"istitle", strm_istitle, 0, NULL},
    {"isupper", strm_isupper, 0, NULL},
    {"join", strm_join, 0, NULL},
    {"ljust", m_ljust, 0, NULL},
    {"lower", strm_lower, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"maketrans", strm_maketrans, MF_STATIC, NULL},
    {"partition", strm_partition, 0, NULL},
    {"removeprefix", m_removeprefix, 0, NULL},
    {"removesuffix", m_removesuffix, 0, NULL},
    {"replace", strm_replace, 0, NULL},
    {"rfind", strm_rfind, 0, NULL},
    {"rindex", strm_rindex, 0, NULL},
    {"rjust", m_rjust, 0, NULL},
    {"rpartition", strm_rpartition, 0, NULL},
    {"rsplit", strm_rsplit, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"split", strm_split, 0, NULL},
    {"splitlines", strm_splitlines, 0, NULL},
    {"startswith", strm_startswith, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"swapcase", strm_swapcase, 0, NULL},
    {"title", strm_title, 0, NULL},
    {"translate", strm_translate, 0, NULL},
    {"upper", strm_upper, 0, NULL},
    {"zfill", m_zfill, 0, NULL},
    {"__format__", m_format_dunder, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {"__sizeof__", m_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL},
};
