/* printf-style formatting: `str % args` and `bytes % args` (bytearray too).
 *
 * One engine for both, ported from CPython's PyUnicode_Format and _PyBytes_FormatEx so that
 * the quirks carry over: a lone non-tuple argument is used whole; any object with __getitem__
 * other than a tuple or string counts as a mapping (so 'abc' % [1] is not an error);
 * arguments are fetched before the conversion character is checked; '%' is only special
 * right after '%'.  The format is walked as bytes (every syntax character is ASCII); for str,
 * code points matter only for precision, width and the index in error messages. */
#include "format.h"
#include "rt.h"
#include "strmeth.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Pct {
    VM *vm;
    bool bytes;              /* bytes % args: its conversions and messages */
    const char *fmt, *p, *end;
    const char *ch_at;       /* where the last character read starts */
    bool eof;                /* a character was wanted past the end: "incomplete format" */
    Value args;              /* where arguments come from: a tuple or a single object */
    Value dict;              /* the mapping for %(key)s, or NULL */
    int64_t argidx, arglen;  /* arglen -1: args is one object, taken once (argidx -2 to -1) */
    StrBuf out;
} Pct;

typedef struct Spec {
    int flags;
    int64_t width, prec;     /* -1: not given */
    uint32_t ch;             /* the conversion character */
    bool sign;               /* a numeric conversion: sign flags and zero padding apply */
} Spec;

/* A formatted argument before padding: n bytes holding len characters. */
typedef struct Piece {
    const char *p;
    size_t n, len;
} Piece;

static void use_args(Pct *x, Value args) {
    x->args = args;
    if (IS_TUPLE(args)) {
        x->arglen = (int64_t)AS_TUPLE(args)->len;
        x->argidx = 0;
    } else {
        x->arglen = -1;
        x->argidx = -2;
    }
}

static Value next_arg(Pct *x) {
    if (x->argidx < x->arglen) {
        int64_t i = x->argidx++;
        return x->arglen < 0 ? x->args : AS_TUPLE(x->args)->items[i];
    }
    return exc_raise(x->vm, &Exc_TypeError, "not enough arguments for format string");
}

/* Reads the next character of the specifier into *ch; at the end, leaves *ch as it was and
 * records that the format is incomplete (CPython's fmtcnt going negative). */
static bool next_ch(Pct *x, uint32_t *ch) {
    if (x->p >= x->end) {
        x->eof = true;
        return false;
    }
    x->ch_at = x->p;
    if (x->bytes)
        *ch = (unsigned char)*x->p++;
    else
        x->p += utf8_decode((const unsigned char *)x->p, ch);
    return true;
}

/* A '*' width or precision: the next argument, an int. */
static bool star_arg(Pct *x, int64_t *out, bool is_prec) {
    Value v = next_arg(x);
    if (!v)
        return false;
    if (!IS_INT(v))
        return exc_raise(x->vm, &Exc_TypeError, "* wants int"), false;
    int64_t i;
    if (!int_fits_i64(v, &i) || (is_prec && (i < INT32_MIN || i > INT32_MAX)))
        return exc_raise(x->vm, &Exc_OverflowError, "Python int too large to convert to C %s",
                         is_prec ? "int" : "ssize_t"), false;
    *out = i;
    return true;
}

/* Digits of a width or precision, the first one in *ch. */
static bool digits(Pct *x, uint32_t *ch, int64_t *out, int64_t max, const char *what) {
    int64_t v = *ch - '0';
    while (next_ch(x, ch) && *ch >= '0' && *ch <= '9') {
        int d = (int)(*ch - '0');
        if (v > (max - d) / 10)
            return exc_raise(x->vm, &Exc_ValueError, "%s too big", what), false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

/* Parses "(key)flags width .precision [hlL] conversion" after a '%'. */
static bool parse_spec(Pct *x, Spec *s) {
    VM *vm = x->vm;
    s->flags = 0;
    s->width = s->prec = -1;
    s->sign = false;
    uint32_t ch = 0;
    if (x->p < x->end && *x->p == '(') {
        if (!x->dict)
            return exc_raise(vm, &Exc_TypeError, "format requires a mapping"), false;
        const char *key = ++x->p;
        int depth = 1;
        while (depth > 0 && x->p < x->end) {
            ch = (unsigned char)*x->p++;
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
        }
        if (depth > 0)
            return exc_raise(vm, &Exc_ValueError, "incomplete format key"), false;
        size_t n = (size_t)(x->p - 1 - key);
        Value k = x->bytes ? bytes_new(vm, key, n) : str_new(vm, key, n);
        Value v = k ? obj_getitem(vm, x->dict, k) : NULL;
        if (!v)
            return false;
        x->args = v;   /* used whole, even a tuple */
        x->arglen = -1;
        x->argidx = -2;
    }
    while (next_ch(x, &ch)) {
        int f = ch == '-' ? F_LJUST : ch == '+' ? F_SIGN : ch == ' ' ? F_BLANK
              : ch == '#' ? F_ALT : ch == '0' ? F_ZERO : 0;
        if (!f)
            break;
        s->flags |= f;
    }
    if (ch == '*') {
        if (!star_arg(x, &s->width, false))
            return false;
        if (s->width < 0) {
            s->flags |= F_LJUST;
            s->width = s->width == INT64_MIN ? INT64_MAX : -s->width;
        }
        next_ch(x, &ch);
    } else if (ch >= '0' && ch <= '9') {
        if (!digits(x, &ch, &s->width, INT64_MAX, "width"))
            return false;
    }
    if (ch == '.') {
        s->prec = 0;
        next_ch(x, &ch);
        if (ch == '*') {
            if (!star_arg(x, &s->prec, true))
                return false;
            if (s->prec < 0)
                s->prec = 0;
            next_ch(x, &ch);
        } else if (ch >= '0' && ch <= '9') {
            if (!digits(x, &ch, &s->prec, INT32_MAX, "precision"))
                return false;
        }
    }
    if (!x->eof && (ch == 'h' || ch == 'l' || ch == 'L'))
        next_ch(x, &ch);
    if (x->eof)
        return exc_raise(vm, &Exc_ValueError, "incomplete format"), false;
    s->ch = ch;
    return true;
}

/* ---- conversions ---- */

static bool add_fill(StrBuf *b, char c, size_t n) {
    char chunk[64];
    memset(chunk, c, sizeof chunk);
    for (; n > sizeof chunk; n -= sizeof chunk)
        if (!sb_add(b, chunk, sizeof chunk))
            return false;
    return sb_add(b, chunk, n);
}

/* %d %i %u %o %x %X: sign, "0x"/"0o" with '#', zeros up to the precision, digits. */
static Value pct_long(Pct *x, Value v, const Spec *s) {
    VM *vm = x->vm;
    char type = (char)s->ch;
    bool hexoct = type == 'o' || type == 'x' || type == 'X';
    Value iv = v;
    if (!obj_is_number(v))
        goto wrongtype;
    if (!IS_INT(v)) {
        iv = hexoct ? int_index(vm, v) : obj_call1(vm, (Value)&int_type, v);
        if (!iv) {
            if (exc_pending_matches(vm, &Exc_TypeError)) {
                exc_clear(vm);
                goto wrongtype;
            }
            return NULL;
        }
    }
    Value ds = int_to_str(vm, iv, type == 'o' ? 8 : hexoct ? 16 : 10);
    if (!ds)
        return NULL;
    const char *d = str_data(ds);
    bool neg = *d == '-';
    size_t nd = str_nbytes(ds) - neg;
    size_t zeros = s->prec > (int64_t)nd ? (size_t)s->prec - nd : 0;
    if (!strm_can_build(vm, nd + zeros + 3))
        return NULL;
    StrBuf b;
    sb_init(&b, vm, nd + zeros + 3);
    if (neg)
        sb_addc(&b, '-');
    if ((s->flags & F_ALT) && hexoct) {
        sb_addc(&b, '0');
        sb_addc(&b, type == 'o' ? 'o' : 'x');
    }
    add_fill(&b, '0', zeros);
    sb_add(&b, d + neg, nd);
    if (b.failed)
        return NULL;
    if (type == 'X')
        for (size_t i = 0; i < b.len; i++)
            if (b.buf[i] >= 'a' && b.buf[i] <= 'x')
                b.buf[i] = (char)(b.buf[i] - 32);
    return strm_ascii(vm, b.buf, b.len);
wrongtype:
    if (x->bytes && type == 'i')   /* bytes formatting reads %i as %d */
        type = 'd';
    return exc_raise(vm, &Exc_TypeError, "%%%c format: %s is required, not %s", type,
                     hexoct ? "an integer" : "a real number", tname(v));
}

/* PyFloat_AsDouble: a float, an int, __float__, or __index__. */
static bool as_double(VM *vm, Value v, double *out) {
    bool err;
    if (num_to_double(vm, v, out, &err))
        return true;
    if (err)
        return false;
    Value r = call_special(vm, v, NM(__float__), NULL, 0);
    if (r == VAL_MISSING) {
        if (type_lookup(TYPE(v), NM(__index__)) == VAL_MISSING)
            return exc_raise(vm, &Exc_TypeError, "must be real number, not %s", tname(v)),
                   false;
        r = int_index(vm, v);
        return r && num_to_double(vm, r, out, &err);
    }
    if (!r)
        return false;
    if (!IS_FLOAT(r))
        return exc_raise(vm, &Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                         tname(v), tname(r)), false;
    *out = AS_FLOAT(r);
    return true;
}

/* %e %E %f %F %g %G through format.c, so digits match format() and CPython. */
static Value pct_float(Pct *x, Value v, const Spec *s) {
    VM *vm = x->vm;
    double d;
    if (!as_double(vm, v, &d)) {
        /* bytes formatting words every failure the same way */
        if (x->bytes) {
            exc_clear(vm);
            exc_raise(vm, &Exc_TypeError, "float argument required, not %s", tname(v));
        }
        return NULL;
    }
    FmtSpec fs;
    memset(&fs, 0, sizeof fs);
    fs.fill = ' ';
    fs.width = -1;
    fs.type = (char)s->ch;
    fs.precision = s->prec < 0 ? 6 : s->prec;
    fs.alt = (s->flags & F_ALT) != 0;
    return format_double(vm, d, &fs);
}

/* %c: a code point (str) or a byte (bytes), from an int or a one-character string. */
static bool pct_char(Pct *x, Value v, char *buf, Piece *pc) {
    VM *vm = x->vm;
    const char *bad = x->bytes ? "%c requires an integer in range(256) or a single byte"
                               : "%c requires int or char";
    uint32_t c;
    const unsigned char *bp;
    size_t bn;
    if (!x->bytes && IS_STR(v)) {
        if (str_len(v) != 1)
            return exc_raise(vm, &Exc_TypeError, "%s", bad), false;
        c = str_char_at(v, 0);
    } else if (x->bytes && (IS_BYTES(v) || isinstance_type(v, &bytearray_type)) &&
               bytes_view(v, &bp, &bn) && bn == 1) {
        c = bp[0];
    } else {
        Value i = int_index(vm, v);
        int64_t k;
        if (!i) {
            if (exc_pending_matches(vm, &Exc_TypeError)) {
                exc_clear(vm);
                exc_raise(vm, &Exc_TypeError, "%s", bad);
            }
            return false;
        }
        uint32_t max = x->bytes ? 0xFF : 0x10FFFF;
        if (!int_fits_i64(i, &k) || k < 0 || k > max)
            return exc_raise(vm, &Exc_OverflowError, "%%c arg not in range(%s)",
                             x->bytes ? "256" : "0x110000"), false;
        c = (uint32_t)k;
    }
    if (x->bytes) {
        buf[0] = (char)c;
        pc->n = 1;
    } else {
        pc->n = utf8_encode(c, buf);
    }
    pc->p = buf;
    pc->len = 1;
    return true;
}

/* bytes %s and %b: a bytes-like object or one with __bytes__. */
static Value bytes_arg(VM *vm, Value v) {
    const unsigned char *p;
    size_t n;
    if (IS_BYTES(v) || isinstance_type(v, &bytearray_type))
        return v;
    Value r = call_special(vm, v, NM(__bytes__), NULL, 0);
    if (r != VAL_MISSING) {
        if (r && !IS_BYTES(r))
            return exc_raise(vm, &Exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                             tname(r));
        return r;
    }
    if (bytes_view(v, &p, &n))
        return bytes_new(vm, p, n);
    return exc_raise(vm, &Exc_TypeError, "%%b requires a bytes-like object, or an object that "
                     "implements __bytes__, not '%s'", tname(v));
}

static bool unsupported(Pct *x, uint32_t ch) {
    /* the index is that of the conversion character, in characters of the format */
    size_t at = (size_t)(x->ch_at - x->fmt);
    size_t idx = x->bytes ? at : strm_count_cps(x->fmt, at);
    /* bytes formatting passes the (signed) char to %c, which fails on a negative one, and
     * CPython 3.11 ends up raising a ValueError without arguments */
    if (x->bytes && ch >= 0x80)
        return exc_raise_obj(x->vm, (Value)&Exc_ValueError, NULL, false), false;
    if (!x->bytes && (ch < 31 || ch > 126))
        return exc_raise(x->vm, &Exc_ValueError, "unsupported format character '?' (0x%x) at "
                         "index %zu", (unsigned)ch, idx), false;
    return exc_raise(x->vm, &Exc_ValueError, "unsupported format character '%c' (0x%x) at "
                     "index %zu", (int)ch, (unsigned)ch, idx), false;
}

/* ---- output ---- */

/* Pads the piece to the width: sign first, then the "0x" of '#', then zeros when '0' pads a
 * number (else spaces before the sign), then the text, then spaces if left-justified. */
static bool output(Pct *x, Spec *s, Piece pc) {
    StrBuf *b = &x->out;
    char fill = s->sign && (s->flags & F_ZERO) ? '0' : ' ';
    if ((s->ch == 's' || s->ch == 'r' || s->ch == 'a' || s->ch == 'b') && s->prec >= 0 &&
        pc.len > (size_t)s->prec) {
        size_t n = 0;
        for (int64_t i = 0; i < s->prec; i++)
            n += x->bytes ? 1 : strm_cp_len((unsigned char)pc.p[n]);
        pc.n = n;
        pc.len = (size_t)s->prec;
    }
    char signchar = 0;
    if (s->sign) {
        if (*pc.p == '-' || *pc.p == '+') {
            signchar = *pc.p++;
            pc.n--;
            pc.len--;
        } else if (s->flags & F_SIGN) {
            signchar = '+';
        } else if (s->flags & F_BLANK) {
            signchar = ' ';
        } else {
            s->sign = false;
        }
    }
    int64_t width = s->width < (int64_t)pc.len ? (int64_t)pc.len : s->width;
    int64_t len = (int64_t)pc.len;
    if (!strm_can_build(x->vm, (size_t)width + pc.n + 1))
        return false;
    if (s->sign) {
        if (fill != ' ')
            sb_addc(b, signchar);
        if (width > len)
            width--;
    }
    bool prefix = (s->flags & F_ALT) && (s->ch == 'o' || s->ch == 'x' || s->ch == 'X');
    if (prefix) {
        if (fill != ' ')
            sb_add(b, pc.p, 2);
        width = width > 2 ? width - 2 : 0;
        len -= 2;
    }
    if (width > len && !(s->flags & F_LJUST)) {
        add_fill(b, fill, (size_t)(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (s->sign)
            sb_addc(b, signchar);
        if (prefix)
            sb_add(b, pc.p, 2);
    }
    if (prefix) {
        pc.p += 2;
        pc.n -= 2;
    }
    sb_add(b, pc.p, pc.n);
    if (width > len)
        add_fill(b, ' ', (size_t)(width - len));
    return !b->failed;
}

/* One conversion: fetch its argument, convert, pad. */
static bool format_arg(Pct *x, Spec *s) {
    VM *vm = x->vm;
    Value v = next_arg(x), r = NULL;
    if (!v)
        return false;
    char cbuf[4];
    Piece pc;
    switch (s->ch) {
    case 's': case 'r': case 'a': case 'b':
        if (x->bytes && (s->ch == 's' || s->ch == 'b')) {
            const unsigned char *p;
            if (!(r = bytes_arg(vm, v)))
                return false;
            bytes_view(r, &p, &pc.n);
            pc.p = (const char *)p;
            pc.len = pc.n;
            break;
        }
        if (s->ch == 'b')
            return unsupported(x, s->ch);
        /* bytes: %r is %a, whose result is ASCII, so its bytes can be copied */
        r = s->ch == 's' ? obj_str(vm, v) : s->ch == 'r' && !x->bytes ? obj_repr(vm, v)
                                                                       : obj_ascii(vm, v);
        if (!r)
            return false;
        pc.p = str_data(r);
        pc.n = str_nbytes(r);
        pc.len = str_len(r);
        break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        if (!(r = pct_long(x, v, s)))
            return false;
        pc.p = str_data(r);
        pc.n = pc.len = str_nbytes(r);
        s->sign = true;
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (!(r = pct_float(x, v, s)))
            return false;
        pc.p = str_data(r);
        pc.n = pc.len = str_nbytes(r);
        s->sign = true;
        break;
    case 'c':
        if (!pct_char(x, v, cbuf, &pc))
            return false;
        break;
    default:
        return unsupported(x, s->ch);
    }
    return output(x, s, pc);
}

/* Formats into x->out; false with an exception pending. */
static bool percent_format(Pct *x, Value args) {
    VM *vm = x->vm;
    use_args(x, args);
    /* CPython's PyMapping_Check, less the sequences that are formatted as arguments */
    if (TYPE(args)->getitem && !IS_TUPLE(args) && !IS_STR(args) &&
        !(x->bytes && (IS_BYTES(args) || isinstance_type(args, &bytearray_type))))
        x->dict = args;
    if (!vm_charge(vm, (size_t)(x->end - x->p)))
        return false;
    sb_init(&x->out, vm, (size_t)(x->end - x->p) + 16);
    while (x->p < x->end) {
        const char *pct = memchr(x->p, '%', (size_t)(x->end - x->p));
        if (!pct) {
            sb_add(&x->out, x->p, (size_t)(x->end - x->p));
            break;
        }
        sb_add(&x->out, x->p, (size_t)(pct - x->p));
        x->p = pct + 1;
        if (x->p < x->end && *x->p == '%') {
            sb_addc(&x->out, '%');
            x->p++;
            continue;
        }
        Spec s;
        if (!parse_spec(x, &s) || !format_arg(x, &s))
            return false;
    }
    if (!x->dict && x->argidx < x->arglen)
        return exc_raise(vm, &Exc_TypeError, "not all arguments converted during %s formatting",
                         x->bytes ? "bytes" : "string"), false;
    return !x->out.failed;
}

Value str_percent_format(VM *vm, Value fmt, Value args) {
    Pct x = {.vm = vm, .fmt = str_data(fmt), .p = str_data(fmt),
             .end = str_data(fmt) + str_nbytes(fmt)};
    if (!percent_format(&x, args))
        return NULL;
    /* a string without conversions is its own result, even of a subclass, as CPython */
    if (str_nbytes(fmt) && !memchr(str_data(fmt), '%', str_nbytes(fmt)))
        return fmt;
    return sb_finish(&x.out);
}

/* For bytes and bytearray (and their subclasses); the result has the format's type. */
Value bytes_percent_format(VM *vm, Value fmt, Value args) {
    const unsigned char *p;
    size_t n;
    bytes_view(fmt, &p, &n);
    Pct x = {.vm = vm, .bytes = true, .fmt = (const char *)p, .p = (const char *)p,
             .end = (const char *)p + n};
    if (!percent_format(&x, args))
        return NULL;
    return isinstance_type(fmt, &bytearray_type) ? bytearray_new(vm, x.out.buf, x.out.len)
                                                 : bytes_new(vm, x.out.buf, x.out.len);
}
