/* The format-spec mini-language for int, float and str (format(), f-strings, str.format),
 * with CPython's rules and error messages. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "format.h"
#include "rt.h"

static bool fail(VM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value m = str_vfmt(vm, fmt, ap);
    va_end(ap);
    if (m)
        exc_raise_value(vm, &Exc_ValueError, m);
    return false;
}

bool fmt_parse(VM *vm, Value specv, FmtSpec *s, const char *tname_) {
    const char *p = str_data(specv), *end = p + str_nbytes(specv);
    memset(s, 0, sizeof *s);
    s->fill = ' ';
    s->width = -1;
    s->precision = -1;
    /* fill and align: the fill may be any code point */
    if (p < end) {
        uint32_t cp;
        size_t n = utf8_decode((const unsigned char *)p, &cp);
        if (p + n < end && strchr("<>=^", p[n])) {
            s->fill = cp;
            s->align = p[n];
            s->fill_given = true;
            p += n + 1;
        } else if (strchr("<>=^", *p)) {
            s->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        s->sign = *p++;
    if (p < end && *p == 'z') {
        s->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        s->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        s->zero = true;
        if (!s->fill_given) {
            s->fill = '0';
            /* numbers pad after the sign; strings keep their default left alignment */
            if (!s->align && strcmp(tname_, "str") != 0)
                s->align = '=';
        }
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        int64_t w = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (w > (INT64_MAX - (*p - '0')) / 10)
                return fail(vm, "Too many decimal digits in format string");
            w = w * 10 + (*p++ - '0');
        }
        s->width = w;
    }
    if (p < end && (*p == ',' || *p == '_')) {
        s->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_'))
            return fail(vm, "Cannot specify both ',' and '_'.");
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || !(*p >= '0' && *p <= '9'))
            return fail(vm, "Format specifier missing precision");
        int64_t pr = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (pr > (INT64_MAX - (*p - '0')) / 10)
                return fail(vm, "Too many decimal digits in format string");
            pr = pr * 10 + (*p++ - '0');
        }
        s->precision = pr;
    }
    if (p < end) {
        s->type = *p++;
    }
    if (p != end)
        return fail(vm, "Invalid format specifier '%U' for object of type '%s'", specv, tname_);
    if (s->grouping) {
        switch (s->type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (s->grouping == '_')
                break;
            /* fall through */
        default:
            return fail(vm, "Cannot specify '%c' with '%c'.", s->grouping, s->type);
        }
    }
    return true;
}

/* Pads body (already signed) to the width.  `num_start` is where '=' padding goes. */
static Value pad(VM *vm, const FmtSpec *s, const char *body, size_t n, size_t num_start,
                 char default_align) {
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += ((unsigned char)body[i] & 0xC0) != 0x80;
    int64_t w = s->width;
    if (w < 0 || (size_t)w <= len)
        return str_new(vm, body, n);
    if (!gc_can_alloc(vm, (size_t)w * 4))
        return NULL;
    size_t fillc = (size_t)w - len;
    char align = s->align ? s->align : default_align;
    size_t left = align == '>' ? fillc : align == '^' ? fillc / 2 : align == '=' ? fillc : 0;
    size_t right = fillc - left;
    StrBuf b;
    sb_init(&b, vm, n + fillc * 4);
    if (align == '=')
        sb_add(&b, body, num_start);
    for (size_t i = 0; i < left; i++)
        sb_add_cp(&b, s->fill);
    if (align == '=')
        sb_add(&b, body + num_start, n - num_start);
    else
        sb_add(&b, body, n);
    for (size_t i = 0; i < right; i++)
        sb_add_cp(&b, s->fill);
    return sb_finish(&b);
}

/* Inserts group separators into the digits [p, p+n), zero-extending to `min_width` when
 * padding with zeros is requested. */
static void add_grouped(StrBuf *b, const char *p, size_t n, char sep, int every,
                        size_t min_width) {
    size_t digits = n;
    if (min_width) {
        while (digits + (digits - 1) / (size_t)every < min_width)
            digits++;
    }
    size_t zeros = digits - n;
    for (size_t i = 0; i < digits; i++) {
        if (i && (digits - i) % (size_t)every == 0)
            sb_addc(b, sep);
        sb_addc(b, i < zeros ? '0' : p[i - zeros]);
    }
}

/* Assembles sign + prefix + grouped integer digits + rest, then pads. */
static Value finish_number(VM *vm, const FmtSpec *s, bool neg, const char *prefix,
                           const char *digits, size_t nd, const char *rest, size_t nrest,
                           int every) {
    StrBuf b;
    sb_init(&b, vm, nd + nrest + 16);
    if (neg)
        sb_addc(&b, '-');
    else if (s->sign == '+')
        sb_addc(&b, '+');
    else if (s->sign == ' ')
        sb_addc(&b, ' ');
    sb_adds(&b, prefix);
    size_t num_start = b.len;
    if (s->grouping) {
        size_t minw = 0;
        if (s->align == '=' && s->fill == '0' && s->width > 0) {
            int64_t avail = s->width - (int64_t)num_start - (int64_t)nrest;
            if (avail > 0)
                minw = (size_t)avail;
        }
        add_grouped(&b, digits, nd, s->grouping, every, minw);
    } else {
        sb_add(&b, digits, nd);
    }
    sb_add(&b, rest, nrest);
    if (b.failed)
        return NULL;
    return pad(vm, s, b.buf, b.len, num_start, '>');
}

Value format_int(VM *vm, Value v, Value specv) {
    if (str_nbytes(specv) == 0)
        return obj_str(vm, v);
    FmtSpec s;
    if (!fmt_parse(vm, specv, &s, "int"))
        return NULL;
    switch (s.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool ok;
        double d = int_to_double(vm, v, &ok);
        if (!ok)
            return NULL;
        return format_double(vm, d, &s);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
    default:
        return fail(vm, "Unknown format code '%c' for object of type 'int'", s.type), NULL;
    }
    if (s.precision >= 0)
        return fail(vm, "Precision not allowed in integer format specifier"), NULL;
    if (s.z)
        return fail(vm, "Negative zero coercion (z) not allowed in integer format specifier"),
               NULL;
    if (s.type == 'c') {
        if (s.sign)
            return fail(vm, "Sign not allowed with integer format specifier 'c'"), NULL;
        if (s.alt)
            return fail(vm, "Alternate form (#) not allowed with integer format specifier 'c'"),
                   NULL;
        int64_t c;
        if (!int_fits_i64(v, &c))
            return exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C long");
        if (c < 0 || c > 0x10FFFF)
            return exc_raise(vm, &Exc_OverflowError, "%%c arg not in range(0x110000)");
        char buf[4];
        size_t n = utf8_encode((uint32_t)c, buf);
        return pad(vm, &s, buf, n, 0, '<');
    }
    int base = s.type == 'b' ? 2 : s.type == 'o' ? 8 : (s.type == 'x' || s.type == 'X') ? 16 : 10;
    Value digits = base == 10 && !s.grouping ? int_to_str(vm, v, 10) : NULL;
    if (!digits) {
        if (vm->exc)
            return NULL;
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        size_t need = mpz_sizeinbase(z, base) + 2;
        if (base == 10 && need > INT_MAX_STR_DIGITS + 3) {
            mpz_clear(z);
            return exc_raise(vm, &Exc_ValueError,
                             "Exceeds the limit (%d digits) for integer string conversion; use "
                             "sys.set_int_max_str_digits() to increase the limit",
                             INT_MAX_STR_DIGITS);
        }
        char *buf = gc_alloc_atomic(vm, need + 1);
        if (!buf) {
            mpz_clear(z);
            return NULL;
        }
        mpz_get_str(buf, s.type == 'X' ? -16 : base, z);
        mpz_clear(z);
        digits = str_from_c(vm, buf);
        if (!digits)
            return NULL;
    }
    const char *d = str_data(digits);
    bool neg = d[0] == '-';
    if (neg)
        d++;
    const char *prefix = "";
    if (s.alt)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : s.type == 'x' ? "0x" : s.type == 'X' ? "0X" : "";
    return finish_number(vm, &s, neg, prefix, d, strlen(d), "", 0, base == 10 ? 3 : 4);
}

/* 'g' as CPython's format_float_short does it: the digits rounded to p significant places
 * decide between fixed and exponent notation (the empty type with a precision switches one
 * place earlier and always shows a decimal digit); without '#' trailing zeros go.  Built on
 * %e rather than C's %g, whose '#' form differs from Python's (glibc prints 1.e+02 for
 * '%#.2g' % 99.5, Python 1.0e+02). */
static void format_general(char *buf, char *digits, size_t cap, double a, int p, bool alt,
                           bool add_dot0) {
    snprintf(digits, cap, "%.*e", p - 1, a);
    /* keep the digits in place, dropping the point: d.ddde+xx -> dddd */
    int nd = 0;
    char *q = digits;
    for (; *q && *q != 'e'; q++)
        if (*q != '.')
            digits[nd++] = *q;
    int exp = atoi(q + 1), decpt = exp + 1;
    if (!alt)
        while (nd > 1 && digits[nd - 1] == '0')
            nd--;
    digits[nd] = 0;
    char *o = buf;
    if (decpt <= -4 || decpt > (add_dot0 ? p - 1 : p)) {
        *o++ = digits[0];
        if (nd > 1 || alt)
            *o++ = '.';
        memcpy(o, digits + 1, (size_t)nd - 1);
        o += nd - 1;
        sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    if (decpt <= 0) {
        o += sprintf(o, "0.");
        for (int i = 0; i < -decpt; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)nd);
        o += nd;
    } else if (decpt >= nd) {
        memcpy(o, digits, (size_t)nd);
        o += nd;
        for (int i = nd; i < decpt; i++)
            *o++ = '0';
        if (alt || add_dot0) {
            *o++ = '.';
            if (add_dot0 && !alt)
                *o++ = '0';
        }
    } else {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, digits + decpt, (size_t)(nd - decpt));
        o += nd - decpt;
    }
    *o = 0;
}

/* Formats a double per spec type (e, f, g, %, '' with precision, or repr when none). */
Value format_double(VM *vm, double d, const FmtSpec *s) {
    char type = s->type;
    int64_t prec = s->precision;
    bool add_dot0 = false, upper = false;
    if (type == 'n')
        type = 'g';
    if (type == 0) {
        if (prec < 0) {
            type = 'r';
        } else {
            type = 'g';
            add_dot0 = true;
        }
    }
    if (type == 'E' || type == 'F' || type == 'G') {
        upper = true;
        type = (char)(type + 32);
    }
    if (prec < 0)
        prec = 6;
    if (prec > 1000000)
        return exc_raise(vm, &Exc_ValueError, "precision too big");
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    char *buf = NULL;
    size_t cap = (size_t)prec + 400;
    if (!(buf = gc_alloc_atomic(vm, cap)))
        return NULL;
    if (isnan(d) || isinf(d)) {
        strcpy(buf, isnan(d) ? "nan" : "inf");
        if (upper)
            for (char *q = buf; *q; q++)
                *q = (char)(*q - 32);
        if (type == '%')
            strcat(buf, "%");
        FmtSpec t = *s;
        t.grouping = 0;   /* zero padding of inf and nan takes no separators */
        return finish_number(vm, &t, neg, "", buf, strlen(buf), "", 0, 3);
    }
    if (type == '%') {
        a *= 100;
        snprintf(buf, cap, s->alt ? "%#.*f%%" : "%.*f%%", (int)prec, a);
    } else if (type == 'f') {
        snprintf(buf, cap, s->alt ? "%#.*f" : "%.*f", (int)prec, a);
    } else if (type == 'e') {
        snprintf(buf, cap, s->alt ? "%#.*e" : "%.*e", (int)prec, a);
    } else if (type == 'g') {
        char *digits = gc_alloc_atomic(vm, cap);
        if (!digits)
            return NULL;
        format_general(buf, digits, cap, a, prec == 0 ? 1 : (int)prec, s->alt, add_dot0);
    } else if (type == 'r') {
        size_t n = float_repr_buf(a, buf);
        char *e = strchr(buf, 'e');
        if (s->alt && e && !memchr(buf, '.', (size_t)(e - buf))) {   /* '#': 1.e+16 */
            memmove(e + 1, e, n + 1 - (size_t)(e - buf));
            *e = '.';
        }
    } else {
        return fail(vm, "Unknown format code '%c' for object of type 'float'", s->type), NULL;
    }
    if (upper)
        for (char *q = buf; *q; q++)
            if (*q >= 'a' && *q <= 'z')
                *q = (char)(*q - 32);
    if (s->z && neg) {
        /* negative zero after rounding becomes positive */
        bool allzero = true;
        for (char *q = buf; *q && *q != 'e' && *q != 'E'; q++)
            if (*q >= '1' && *q <= '9')
                allzero = false;
        if (allzero)
            neg = false;
    }
    /* split the integer digits from the rest for grouping */
    size_t nd = 0;
    while (buf[nd] >= '0' && buf[nd] <= '9')
        nd++;
    return finish_number(vm, s, neg, "", buf, nd, buf + nd, strlen(buf + nd), 3);
}

Value format_float(VM *vm, Value v, Value specv) {
    if (str_nbytes(specv) == 0)
        return obj_str(vm, v);
    FmtSpec s;
    if (!fmt_parse(vm, specv, &s, "float"))
        return NULL;
    switch (s.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
        break;
    default:
        return fail(vm, "Unknown format code '%c' for object of type 'float'", s.type), NULL;
    }
    return format_double(vm, AS_FLOAT(v), &s);
}

Value format_str(VM *vm, Value v, Value specv) {
    if (str_nbytes(specv) == 0)
        return v;
    FmtSpec s;
    if (!fmt_parse(vm, specv, &s, "str"))
        return NULL;
    if (s.type && s.type != 's')
        return fail(vm, "Unknown format code '%c' for object of type 'str'", s.type), NULL;
    if (s.sign)
        return fail(vm, "Sign not allowed in string format specifier"), NULL;
    if (s.alt)
        return fail(vm, "Alternate form (#) not allowed in string format specifier"), NULL;
    if (s.z)
        return fail(vm, "Negative zero coercion (z) not allowed in string format specifier"),
               NULL;
    if (s.grouping)
        return fail(vm, "Cannot specify '%c' with 's'.", s.grouping), NULL;
    if (s.align == '=')
        return fail(vm, "'=' alignment not allowed in string format specifier"), NULL;
    const char *p = str_data(v);
    size_t n = str_nbytes(v);
    if (s.precision >= 0 && (size_t)s.precision < str_len(v))
        n = str_offset(v, (size_t)s.precision);
    return pad(vm, &s, p, n, 0, '<');
}
