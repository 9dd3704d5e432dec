/* float.hex() and float.fromhex(), ported from CPython's Objects/floatobject.c so that
 * rounding (half to even), overflow and every message match. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <strings.h>

#include "rt.h"

/* <float.h> is shadowed by runtime/float.h on the include path; the compiler's own macros
 * give the same IEEE double parameters. */
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MIN_EXP __DBL_MIN_EXP__
#define DBL_MAX_EXP __DBL_MAX_EXP__

/* "0x1.8000000000000p+1": the leading digit is 1 for normal numbers, 0 for subnormal ones,
 * and all 13 fraction digits are always written. */
Value float_hex(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.hex", nargs, kw, 0, 0))
        return NULL;
    double x = AS_FLOAT(self);
    if (isnan(x) || isinf(x))
        return float_repr(vm, self);
    if (x == 0.0)
        return str_from_c(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hexdig[] = "0123456789abcdef";
    char s[(DBL_MANT_DIG + 3) / 4 + 2];
    size_t si = 0;
    s[si++] = hexdig[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = hexdig[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    return str_fmt(vm, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
}

static int hex_from_char(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* "inf", "infinity", "nan" in any case, after an optional sign; *end is s if none. */
static double parse_inf_or_nan(const char *s, const char **end) {
    const char *p = s;
    bool negate = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    if (!strncasecmp(p, "inf", 3)) {
        p += 3;
        if (!strncasecmp(p, "inity", 5))
            p += 5;
        *end = p;
        return negate ? -INFINITY : INFINITY;
    }
    if (!strncasecmp(p, "nan", 3)) {
        *end = p + 3;
        return negate ? -NAN : NAN;
    }
    *end = s;
    return -1.0;
}

/* The coefficient's digits are read through HEX_DIGIT(j), the j-th least significant one,
 * skipping the point; the exponent is bounded so that no intermediate value overflows. */
Value float_fromhex(VM *vm, Value cls, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.fromhex", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "bad argument type for built-in operation");
    const char *s = str_data(args[0]), *s_end = s + str_nbytes(args[0]);
    const char *coeff_start, *coeff_end, *s_store;
    double x;
    long exp, top_exp, lsb, key_digit, ndigits, fdigits;
    int half_eps, digit;
    bool negate = false;

    while (is_space(*s))
        s++;
    x = parse_inf_or_nan(s, &coeff_end);
    if (coeff_end != s) {
        s = coeff_end;
        goto finished;
    }
    if (*s == '-') {
        s++;
        negate = true;
    } else if (*s == '+') {
        s++;
    }
    s_store = s;
    if (*s == '0') {
        s++;
        if (*s == 'x' || *s == 'X')
            s++;
        else
            s = s_store;
    }
    /* coefficient: <integer> [. <fraction>] */
    coeff_start = s;
    while (hex_from_char(*s) >= 0)
        s++;
    s_store = s;
    if (*s == '.') {
        s++;
        while (hex_from_char(*s) >= 0)
            s++;
        coeff_end = s - 1;
    } else {
        coeff_end = s;
    }
    ndigits = coeff_end - coeff_start;
    fdigits = coeff_end - s_store;
    if (ndigits == 0)
        goto parse_error;
    if (ndigits > (DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2 < LONG_MAX / 2 + 1 - DBL_MAX_EXP
                       ? DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2
                       : LONG_MAX / 2 + 1 - DBL_MAX_EXP) / 4)
        return exc_raise(vm, &Exc_ValueError, "hexadecimal string too long to convert");
    /* [p <exponent>] */
    if (*s == 'p' || *s == 'P') {
        s++;
        const char *exp_start = s;
        if (*s == '-' || *s == '+')
            s++;
        if (!(*s >= '0' && *s <= '9'))
            goto parse_error;
        s++;
        while (*s >= '0' && *s <= '9')
            s++;
        exp = strtol(exp_start, NULL, 10);
    } else {
        exp = 0;
    }

#define HEX_DIGIT(j) hex_from_char(*((j) < fdigits ? coeff_end - (j) : coeff_end - 1 - (j)))

    /* discard leading zeros, and catch extreme overflow and underflow */
    while (ndigits > 0 && HEX_DIGIT(ndigits - 1) == 0)
        ndigits--;
    if (ndigits == 0 || exp < LONG_MIN / 2) {
        x = 0.0;
        goto finished;
    }
    if (exp > LONG_MAX / 2)
        goto overflow_error;
    exp = exp - 4 * fdigits;
    /* top_exp = 1 more than the exponent of the most significant bit of the coefficient */
    top_exp = exp + 4 * (ndigits - 1);
    for (digit = HEX_DIGIT(ndigits - 1); digit != 0; digit /= 2)
        top_exp++;
    if (top_exp < DBL_MIN_EXP - DBL_MANT_DIG) {
        x = 0.0;
        goto finished;
    }
    if (top_exp > DBL_MAX_EXP)
        goto overflow_error;
    /* lsb: exponent of the least significant bit of the rounded value (subnormals: fixed) */
    lsb = (top_exp > DBL_MIN_EXP ? top_exp : DBL_MIN_EXP) - DBL_MANT_DIG;
    x = 0.0;
    if (exp >= lsb) {
        /* no rounding required */
        for (long i = ndigits - 1; i >= 0; i--)
            x = 16.0 * x + HEX_DIGIT(i);
        x = ldexp(x, (int)exp);
        goto finished;
    }
    /* rounding required: key_digit holds the first bit to be rounded away */
    half_eps = 1 << (int)((lsb - exp - 1) % 4);
    key_digit = (lsb - exp - 1) / 4;
    for (long i = ndigits - 1; i > key_digit; i--)
        x = 16.0 * x + HEX_DIGIT(i);
    digit = HEX_DIGIT(key_digit);
    x = 16.0 * x + (double)(digit & (16 - 2 * half_eps));
    /* round half to even: up if the first dropped bit is set and so is any later bit or the
     * last kept one */
    if ((digit & half_eps) != 0) {
        bool round_up = false;
        if ((digit & (3 * half_eps - 1)) != 0 ||
            (half_eps == 8 && key_digit + 1 < ndigits && (HEX_DIGIT(key_digit + 1) & 1) != 0))
            round_up = true;
        else
            for (long i = key_digit - 1; i >= 0; i--)
                if (HEX_DIGIT(i) != 0) {
                    round_up = true;
                    break;
                }
        if (round_up) {
            x += 2 * half_eps;
            if (top_exp == DBL_MAX_EXP && x == ldexp((double)(2 * half_eps), DBL_MANT_DIG))
                /* the value rounded up to 2**DBL_MAX_EXP */
                goto overflow_error;
        }
    }
    x = ldexp(x, (int)(exp + 4 * key_digit));
#undef HEX_DIGIT

finished:
    while (is_space(*s))
        s++;
    if (s != s_end)
        goto parse_error;
    Value r = float_new(vm, negate ? -x : x);
    if (!r || cls == (Value)&float_type)
        return r;
    return obj_call1(vm, cls, r);

overflow_error:
    return exc_raise(vm, &Exc_OverflowError,
                     "hexadecimal value too large to represent as a float");
parse_error:
    return exc_raise(vm, &Exc_ValueError, "invalid hexadecimal floating-point string");
}
