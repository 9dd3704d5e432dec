/* float arithmetic, exact mixed comparisons with int, CPython's hash and repr. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "hash.h"
#include "rt.h"

Value float_new(VM *vm, double d) {
    FloatObj *f = (FloatObj *)gc_new_atomic(vm, &float_type, offsetof(FloatObj, dict));
    if (!f)
        return NULL;
    f->d = d;
    return (Value)f;
}

/* ---- repr ---- */

/* The shortest decimal digits that round-trip: %.15g..%.17g, first that reads back (a
 * correctly rounded n-digit string that round-trips is the closest of that length). */
static int shortest(double d, char *digits, int *decpt) {
    char buf[40];
    /* For normal doubles a round-tripping decimal of at most 15 digits is what %.15g prints
     * (padded with zeros), so the search can start at 15; subnormals have fewer significant
     * bits and may need fewer digits than that (5e-324). */
    int first = fabs(d) < DBL_MIN ? 1 : 15;
    for (int prec = first; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (prec == 17 || strtod(buf, NULL) == d)
            break;
    }
    /* buf: [-]d.ddddde[+-]xx */
    char *p = buf;
    if (*p == '-')
        p++;
    int n = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    int exp = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *decpt = exp + 1;
    return n;
}

size_t float_repr_buf(double d, char *out) {
    if (isnan(d))
        return (size_t)sprintf(out, "nan");
    if (isinf(d))
        return (size_t)sprintf(out, d > 0 ? "inf" : "-inf");
    char *o = out;
    if (signbit(d)) {
        *o++ = '-';
        d = -d;
    }
    if (d == 0) {
        strcpy(o, "0.0");
        return (size_t)(o - out) + 3;
    }
    char digits[24];
    int decpt;
    int n = shortest(d, digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)n - 1);
            o += n - 1;
        }
        int e = decpt - 1;
        o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else {
        for (int i = 0; i < decpt; i++)
            *o++ = i < n ? digits[i] : '0';
        *o++ = '.';
        if (n > decpt) {
            memcpy(o, digits + decpt, (size_t)(n - decpt));
            o += n - decpt;
        } else {
            *o++ = '0';
        }
    }
    *o = 0;
    return (size_t)(o - out);
}

Value float_repr(VM *vm, Value v) {
    char buf[40];
    size_t n = float_repr_buf(AS_FLOAT(v), buf);
    return str_new(vm, buf, n);
}

/* ---- hash ---- */

int64_t double_hash(double v) {
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= (uint64_t)HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

bool float_hash(VM *vm, Value v, int64_t *out) {
    double d = AS_FLOAT(v);
    /* NaNs hash by identity, as in CPython 3.10+. */
    *out = isnan(d) ? (int64_t)((uintptr_t)v >> 4) : double_hash(d);
    return true;
}

/* ---- comparison ---- */

int float_int_cmp(double d, Value i) {
    if (isinf(d))
        return d > 0 ? 1 : -1;
    int64_t x;
    if (int_fits_i64(i, &x) && x > -(1LL << 53) && x < (1LL << 53))
        return (d > (double)x) - (d < (double)x);
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    int c = mpz_cmp_d(z, d);
    mpz_clear(z);
    return (c < 0) - (c > 0);
}

bool num_to_double(VM *vm, Value v, double *out, bool *err) {
    *err = false;
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    if (IS_INT(v)) {
        bool ok;
        *out = int_to_double(vm, v, &ok);
        *err = !ok;
        return ok;
    }
    return false;
}

Value float_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_FLOAT(a)) {   /* reflected: int on the left */
        Value t = a;
        a = b;
        b = t;
        static const int swap[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
        op = swap[op];
    }
    double x = AS_FLOAT(a);
    int c;
    if (IS_FLOAT(b)) {
        double y = AS_FLOAT(b);
        if (isnan(x) || isnan(y))
            return BOOL_V(op == CMP_NE);
        c = (x > y) - (x < y);
    } else if (IS_INT(b)) {
        if (isnan(x))
            return BOOL_V(op == CMP_NE);
        c = float_int_cmp(x, b);
    } else {
        return NOTIMPL;
    }
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_EQ: return BOOL_V(c == 0);
    case CMP_NE: return BOOL_V(c != 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

/* ---- arithmetic ---- */

static Value float_pow(VM *vm, double x, double y) {
    if (y == 0)
        return float_new(vm, 1.0);
    if (isnan(x))
        return float_new(vm, y == 0 ? 1.0 : x);
    if (isnan(y))
        return float_new(vm, x == 1.0 ? 1.0 : y);
    if (x == 0 && y < 0 && !isinf(y))
        return exc_raise(vm, &Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0 && isfinite(x) && isfinite(y) && floor(y) != y)
        return exc_raise(vm, &Exc_ValueError,
                         "complex results are not supported: negative number raised to a "
                         "fractional power");
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return exc_raise(vm, &Exc_OverflowError, "(34, 'Numerical result out of range')");
    return float_new(vm, r);
}

/* CPython's float_divmod: x == div*y + mod with mod of the sign of y, div an integral float
 * (y != 0). */
static void divmod_parts(double x, double y, double *divp, double *modp) {
    double mod = fmod(x, y), div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *divp = floordiv;
    *modp = mod;
}

Value float_divmod(VM *vm, Value a, Value b) {
    double x, y, div, mod;
    bool err;
    if (!num_to_double(vm, a, &x, &err) || !num_to_double(vm, b, &y, &err))
        return err ? NULL : NOTIMPL;
    if (y == 0)
        return exc_raise(vm, &Exc_ZeroDivisionError, "float divmod()");
    divmod_parts(x, y, &div, &mod);
    Value q = float_new(vm, div), r = q ? float_new(vm, mod) : NULL;
    return r ? tuple_pack(vm, 2, q, r) : NULL;
}

Value float_binop(VM *vm, Value a, Value b, int op) {
    double x, y;
    bool err;
    if (!num_to_double(vm, a, &x, &err) || !num_to_double(vm, b, &y, &err))
        return err ? NULL : NOTIMPL;
    switch (op) {
    case OP_ADD: return float_new(vm, x + y);
    case OP_SUB: return float_new(vm, x - y);
    case OP_MUL: return float_new(vm, x * y);
    case OP_TRUEDIV:
        if (y == 0)
            return exc_raise(vm, &Exc_ZeroDivisionError, "float division by zero");
        return float_new(vm, x / y);
    case OP_FLOORDIV:
    case OP_MOD: {
        if (y == 0)
            return exc_raise(vm, &Exc_ZeroDivisionError,
                             op == OP_MOD ? "float modulo" : "float floor division by zero");
        double div, mod;
        divmod_parts(x, y, &div, &mod);
        return float_new(vm, op == OP_MOD ? mod : div);
    }
    case OP_POW:
        return float_pow(vm, x, y);
    default:
        return NOTIMPL;
    }
}

/* ---- parsing ---- */

Value float_parse(VM *vm, const char *s, size_t n, Value what) {
    size_t an;
    bool nomem;
    char *ascii = num_ascii_copy(s, n, what, &an, &nomem);
    if (ascii) {
        s = ascii;
        n = an;
    }
    char stackbuf[128];
    char *buf = nomem ? NULL : n + 1 <= sizeof stackbuf ? stackbuf : malloc(n + 1);
    if (!buf) {
        free(ascii);
        return exc_raise(vm, &Exc_MemoryError, "");
    }
    /* strip ASCII whitespace, drop underscores between digits */
    const char *p = s, *end = s + n;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    size_t o = 0;
    bool ok = p < end;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 == end || !(q[-1] >= '0' && q[-1] <= '9') ||
                !(q[1] >= '0' && q[1] <= '9'))
                ok = false;
            continue;
        }
        buf[o++] = *q ? *q : '?';   /* an embedded NUL must not end the string early */
    }
    buf[o] = 0;
    Value r = NULL;
    if (ok) {
        const char *t = buf;
        if (*t == '+' || *t == '-')
            t++;
        bool special = !strcasecmp(t, "inf") || !strcasecmp(t, "infinity") ||
                       !strcasecmp(t, "nan");
        if (special) {
            double v = (t[0] | 0x20) == 'n' ? NAN : INFINITY;
            r = float_new(vm, buf[0] == '-' ? -v : v);
        } else {
            /* digits [. digits] [e [+-] digits], no hex */
            const char *q = t;
            int nd = 0;
            while (*q >= '0' && *q <= '9') { q++; nd++; }
            if (*q == '.') {
                q++;
                while (*q >= '0' && *q <= '9') { q++; nd++; }
            }
            if (nd && (*q == 'e' || *q == 'E')) {
                q++;
                if (*q == '+' || *q == '-')
                    q++;
                int ne = 0;
                while (*q >= '0' && *q <= '9') { q++; ne++; }
                if (!ne)
                    nd = 0;
            }
            if (nd && !*q)
                r = float_new(vm, strtod(buf, NULL));
        }
    }
    if (buf != stackbuf)
        free(buf);
    free(ascii);
    if (!r && !vm->exc)
        return exc_raise(vm, &Exc_ValueError, "could not convert string to float: %R", what);
    return r;
}
