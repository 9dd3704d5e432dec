/* math: the functions and constants of CPython 3.11's math module.
 *
 * Results are CPython's bit for bit: where CPython calls the C library, so does this file
 * (with the same special cases and errno checks around the call, mathmodule.c's math_1 and
 * math_2), and where CPython computes a function itself (gamma, lgamma, hypot/dist, fsum, the
 * logarithm of ints too large for a float) this file follows its algorithm step by step.
 * Big-integer functions (factorial, comb, perm, gcd, lcm, isqrt) use GMP; the size of every
 * result is checked against the memory limit before GMP is called, since GMP aborts when it
 * cannot allocate, and the step budget is charged in proportion to the work (about one step
 * per bit of the result, which is what GMP's time per bit costs compared to a step).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

#include "rt.h"

#define PI 3.141592653589793238462643383279502884197
#define LOGPI 1.144729885849400174143427351353058711647

/* ---- arguments and errors ---- */

/* PyFloat_AsDouble: a float, an int (OverflowError if too large), or an object with __float__
 * or __index__. */
static bool to_double(VM *vm, Value v, double *out) {
    bool ok = true;
    if (IS_FLOAT(v)) {
        *out = AS_FLOAT(v);
        return true;
    }
    if (IS_INT(v)) {
        *out = int_to_double(vm, v, &ok);
        return ok;
    }
    Value r = call_special(vm, v, NM(__float__), NULL, 0);
    if (r == VAL_MISSING) {
        r = call_special(vm, v, NM(__index__), NULL, 0);
        if (r == VAL_MISSING) {
            exc_raise(vm, &Exc_TypeError, "must be real number, not %s", tname(v));
            return false;
        }
        if (r && !IS_INT(r)) {
            exc_raise(vm, &Exc_TypeError, "__index__ returned non-int (type %s)", tname(r));
            return false;
        }
        if (r)
            *out = int_to_double(vm, r, &ok);
        return r && ok;
    }
    if (r && !IS_FLOAT(r)) {
        exc_raise(vm, &Exc_TypeError, "%s.__float__ returned non-float (type %s)", tname(v),
                  tname(r));
        return false;
    }
    if (r)
        *out = AS_FLOAT(r);
    return r != NULL;
}

/* Positional arguments only, counted as CPython counts them: METH_O functions by their
 * qualified name ("math.sqrt() takes exactly one argument (0 given)"), the others by
 * argument clinic's wording ("atan2 expected 2 arguments, got 1"). */
static bool fixed_args(VM *vm, const char *name, size_t nargs, Value kw, size_t min,
                       size_t max) {
    char q[32];
    snprintf(q, sizeof q, "math.%s", name);
    return args_no_kw(vm, q, kw) &&
           args_count(vm, min == 1 && max == 1 ? q : name, nargs, NULL, min, max);
}

static Value domain_error(VM *vm) {
    return exc_raise(vm, &Exc_ValueError, "math domain error");
}

static Value range_error(VM *vm) {
    return exc_raise(vm, &Exc_OverflowError, "math range error");
}

/* CPython's is_error after a libm call left errno set: EDOM is a domain error, ERANGE an
 * overflow unless the result is small (an underflow, which is no error). */
static Value result_or_errno(VM *vm, double r, int err) {
    if (err == EDOM)
        return domain_error(vm);
    if (err == ERANGE && fabs(r) >= 1.5)
        return range_error(vm);
    return float_new(vm, r);
}

/* mathmodule.c's math_1: a NaN from a non-NaN is a domain error, an infinity from a finite
 * value an overflow (or, for functions that cannot overflow, a pole: a domain error). */
static Value math_1(VM *vm, Value arg, double (*f)(double), bool can_overflow) {
    double x;
    if (!to_double(vm, arg, &x))
        return NULL;
    errno = 0;
    double r = f(x);
    int err = errno;
    if (isnan(r) && !isnan(x))
        return domain_error(vm);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(vm) : domain_error(vm);
    return isfinite(r) ? result_or_errno(vm, r, err) : float_new(vm, r);
}

/* mathmodule.c's math_1a: the function reports its own errors through errno. */
static Value math_1a(VM *vm, Value arg, double (*f)(double)) {
    double x;
    if (!to_double(vm, arg, &x))
        return NULL;
    errno = 0;
    double r = f(x);
    return result_or_errno(vm, r, errno);
}

/* mathmodule.c's math_2: errno is decided from the result, as CPython does. */
static Value math_2(VM *vm, const char *name, Value *args, size_t nargs, Value kw,
                    double (*f)(double, double)) {
    double x, y;
    if (!fixed_args(vm, name, nargs, kw, 2, 2) || !to_double(vm, args[0], &x) ||
        !to_double(vm, args[1], &y))
        return NULL;
    double r = f(x, y);
    int err = 0;
    if (isnan(r))
        err = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r))
        err = isfinite(x) && isfinite(y) ? ERANGE : 0;
    return result_or_errno(vm, r, err);
}

/* ---- gamma and lgamma (CPython's Lanczos approximation, not the C library's) ---- */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator is x*(x+1)*...*(x+LANCZOS_N-2) */
static const double lanczos_den_coeffs[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

/* Lanczos' sum L_g(x) for positive x; for large x the rational function is evaluated in 1/x
 * so that it cannot overflow. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

/* sin(pi*x), exact at integers and half-integers; x finite. */
static double m_sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0:
        r = sin(PI * y);
        break;
    case 1:
        r = cos(PI * (y - 0.5));
        break;
    case 2:
        /* -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 at y == 1.0 */
        r = sin(PI * (1.0 - y));
        break;
    case 3:
        r = -cos(PI * (y - 1.5));
        break;
    default:
        r = sin(PI * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

static double m_tgamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0)
            return x;
        errno = EDOM;
        return NAN;   /* tgamma(-inf) */
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);   /* a pole, signed like the zero */
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;   /* the poles at negative integers */
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL)
            return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20) {   /* tgamma(x) ~ 1/x near 0 */
        double r = 1.0 / x;
        if (isinf(r))
            errno = ERANGE;
        return r;
    }
    /* beyond 200 the result overflows, or underflows to a signed zero for negative x */
    if (absx > 200.0) {
        if (x < 0.0)
            return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z, r;
    /* the rounding error of y, to correct the result with (computed so that no compiler may
     * fold it to zero) */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r))
        errno = ERANGE;
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;   /* lgamma(+-inf) = +inf */
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;   /* the poles at integers <= 0 */
            return HUGE_VAL;
        }
        return 0.0;   /* lgamma(1) = lgamma(2) = 0 */
    }
    double absx = fabs(x);
    if (absx < 1e-20)   /* lgamma(x) ~ -log(|x|) near 0 */
        return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)   /* the reflection formula */
        r = LOGPI - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r))
        errno = ERANGE;
    return r;
}

/* ---- functions of one float ---- */

#define FUNC1(name, f, can_overflow)                                                  \
    static Value math_##name(VM *vm, Value self, Value *args, size_t nargs, Value kw) { \
        if (!fixed_args(vm, #name, nargs, kw, 1, 1))                                    \
            return NULL;                                                                \
        return math_1(vm, args[0], f, can_overflow);                                    \
    }
#define FUNC1A(name, f)                                                               \
    static Value math_##name(VM *vm, Value self, Value *args, size_t nargs, Value kw) { \
        if (!fixed_args(vm, #name, nargs, kw, 1, 1))                                    \
            return NULL;                                                                \
        return math_1a(vm, args[0], f);                                                 \
    }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)

/* The one float argument of a function without error cases of its own. */
static bool one_float(VM *vm, const char *name, Value *args, size_t nargs, Value kw,
                      double *x) {
    return fixed_args(vm, name, nargs, kw, 1, 1) && to_double(vm, args[0], x);
}

static Value math_degrees(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    return one_float(vm, "degrees", args, nargs, kw, &x) ? float_new(vm, x * (180.0 / PI))
                                                         : NULL;
}

static Value math_radians(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    return one_float(vm, "radians", args, nargs, kw, &x) ? float_new(vm, x * (PI / 180.0))
                                                         : NULL;
}

static Value math_isfinite(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    return one_float(vm, "isfinite", args, nargs, kw, &x) ? BOOL_V(isfinite(x)) : NULL;
}

static Value math_isinf(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    return one_float(vm, "isinf", args, nargs, kw, &x) ? BOOL_V(isinf(x)) : NULL;
}

static Value math_isnan(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    return one_float(vm, "isnan", args, nargs, kw, &x) ? BOOL_V(isnan(x)) : NULL;
}

static Value math_ulp(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    if (!one_float(vm, "ulp", args, nargs, kw, &x))
        return NULL;
    x = fabs(x);
    if (isnan(x) || isinf(x))
        return float_new(vm, x);
    double up = nextafter(x, HUGE_VAL);
    /* the largest float has no float above it: the gap below it is its ulp */
    return float_new(vm, isinf(up) ? x - nextafter(x, -HUGE_VAL) : up - x);
}

static Value float_pair(VM *vm, double a, double b) {
    Value x = float_new(vm, a), y = float_new(vm, b);
    return x && y ? tuple_pack(vm, 2, x, y) : NULL;
}

static Value math_frexp(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    if (!one_float(vm, "frexp", args, nargs, kw, &x))
        return NULL;
    int e = 0;
    /* zeros, infinities and NaNs are their own mantissa, with exponent 0 */
    if (isfinite(x) && x != 0.0)
        x = frexp(x, &e);
    Value m = float_new(vm, x);
    return m ? tuple_pack(vm, 2, m, MK_SMALL(e)) : NULL;
}

static Value math_modf(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x, ip;
    if (!one_float(vm, "modf", args, nargs, kw, &x))
        return NULL;
    if (isinf(x))
        return float_pair(vm, copysign(0.0, x), x);
    if (isnan(x))
        return float_pair(vm, x, x);
    double fp = modf(x, &ip);
    return float_pair(vm, fp, ip);
}

/* ---- functions of two floats ---- */

static Value math_atan2(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return math_2(vm, "atan2", args, nargs, kw, atan2);
}

static Value math_copysign(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return math_2(vm, "copysign", args, nargs, kw, copysign);
}

/* IEEE remainder, which the C library computes exactly as CPython's m_remainder does. */
static Value math_remainder(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return math_2(vm, "remainder", args, nargs, kw, remainder);
}

static Value math_nextafter(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x, y;
    if (!fixed_args(vm, "nextafter", nargs, kw, 2, 2) || !to_double(vm, args[0], &x) ||
        !to_double(vm, args[1], &y))
        return NULL;
    return float_new(vm, nextafter(x, y));
}

static Value math_fmod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x, y;
    if (!fixed_args(vm, "fmod", nargs, kw, 2, 2) || !to_double(vm, args[0], &x) ||
        !to_double(vm, args[1], &y))
        return NULL;
    if (isinf(y) && isfinite(x))   /* fmod(x, +-inf) is x for finite x */
        return float_new(vm, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error(vm);
    return float_new(vm, r);
}

/* pow with IEEE special values decided here (CPython's math_pow_impl), finite ** finite by
 * the C library. */
static Value math_pow(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x, y, r;
    if (!fixed_args(vm, "pow", nargs, kw, 2, 2) || !to_double(vm, args[0], &x) ||
        !to_double(vm, args[1], &y))
        return NULL;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;   /* nan**0 = 1 */
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;   /* 1**nan = 1 */
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else if (fabs(x) == 1.0) {   /* y is infinite */
            r = 1.0;
        } else if ((y > 0.0) == (fabs(x) > 1.0)) {
            r = HUGE_VAL;
        } else {
            r = 0.0;
        }
    } else {
        r = pow(x, y);
        /* NaN comes from a negative base and a non-integer exponent; infinity from 0 to a
         * negative power (a pole) or from overflow */
        if (isnan(r))
            err = EDOM;
        else if (isinf(r))
            err = x == 0.0 ? EDOM : ERANGE;
    }
    return result_or_errno(vm, r, err);
}

static Value math_ldexp(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    double x;
    if (!fixed_args(vm, "ldexp", nargs, kw, 2, 2) || !to_double(vm, args[0], &x))
        return NULL;
    if (!IS_INT(args[1]))
        return exc_raise(vm, &Exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_fits_i64(args[1], &e))   /* beyond any exponent: the sign is what matters */
        e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    if (x == 0.0 || !isfinite(x))
        return float_new(vm, x);
    if (e > INT32_MAX)
        return range_error(vm);
    if (e < INT32_MIN)
        return float_new(vm, copysign(0.0, x));
    double r = ldexp(x, (int)e);
    return isinf(r) ? range_error(vm) : float_new(vm, r);
}

static Value math_isclose(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value av, bv, relv = NULL, absv = NULL;
    static const char *const kws[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    if (!args_parse(vm, "isclose", args, nargs, kw, "OO|$OO", kws, &av, &bv, &relv, &absv))
        return NULL;
    double a, b, rel_tol = 1e-9, abs_tol = 0.0;
    if (!to_double(vm, av, &a) || !to_double(vm, bv, &b) ||
        (relv && !to_double(vm, relv, &rel_tol)) || (absv && !to_double(vm, absv, &abs_tol)))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return exc_raise(vm, &Exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return TRUE_V;
    /* an infinity is close only to itself; NaN to nothing (the comparisons below fail) */
    if (isinf(a) || isinf(b))
        return FALSE_V;
    double diff = fabs(b - a);
    return BOOL_V(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

/* ---- logarithms ---- */

/* An int's value as m * 2**e with 0.5 <= m < 1 rounded to 53 bits, half to even (CPython's
 * _PyLong_Frexp), for ints too large for a float.  v is positive. */
static double int_frexp(Value v, int64_t *e) {
    static const int half_even_correction[8] = {0, -1, -2, 1, 0, -1, 2, 1};
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t bits = mpz_sizeinbase(z, 2);
    /* keep DBL_MANT_DIG + 2 bits, the lowest one sticky (set if any bit below was) */
    const size_t keep = DBL_MANT_DIG + 2;
    uint64_t q;
    if (bits <= keep) {
        q = (uint64_t)mpz_get_ui(z) << (keep - bits);
    } else {
        bool sticky = mpz_scan1(z, 0) < bits - keep;
        mpz_tdiv_q_2exp(z, z, bits - keep);
        q = (uint64_t)mpz_get_ui(z) | sticky;
    }
    mpz_clear(z);
    q += (uint64_t)(int64_t)half_even_correction[q & 7];
    double m = ldexp((double)q, -(int)keep);
    if (m == 1.0) {   /* rounded up to the next power of two */
        m = 0.5;
        bits++;
    }
    *e = (int64_t)bits;
    return m;
}

/* CPython's loghelper: ints are handled here (any size, positive only), anything else as a
 * float through math_1. */
static Value loghelper(VM *vm, Value arg, double (*f)(double)) {
    if (!IS_INT(arg))
        return math_1(vm, arg, f, false);
    if (int_sign(arg) <= 0)
        return domain_error(vm);
    bool ok;
    double x = int_to_double(vm, arg, &ok);
    if (ok)
        return float_new(vm, f(x));
    if (!exc_pending_matches(vm, &Exc_OverflowError))
        return NULL;
    /* too large for a float, but its logarithm is log(m) + log(2) * e */
    exc_clear(vm);
    int64_t e;
    double m = int_frexp(arg, &e);
    return float_new(vm, f(m) + f(2.0) * (double)e);
}

static Value math_log(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "log", kw))
        return NULL;
    if (nargs < 1 || nargs > 2)
        return exc_raise(vm, &Exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = loghelper(vm, args[0], log);
    if (!num || nargs == 1)
        return num;
    Value den = loghelper(vm, args[1], log);
    return den ? float_binop(vm, num, den, OP_TRUEDIV) : NULL;
}

static Value math_log2(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return fixed_args(vm, "log2", nargs, kw, 1, 1) ? loghelper(vm, args[0], log2) : NULL;
}

static Value math_log10(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return fixed_args(vm, "log10", nargs, kw, 1, 1) ? loghelper(vm, args[0], log10) : NULL;
}

/* ---- rounding to ints ---- */

static Value int_of_double(VM *vm, double d) {
    if (isinf(d))
        return exc_raise(vm, &Exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d))
        return exc_raise(vm, &Exc_ValueError, "cannot convert float NaN to integer");
    return int_from_double(vm, d);
}

/* floor and ceil: exact floats directly, then the argument's __floor__/__ceil__ (ints have
 * them, so big ints stay exact), then anything convertible to float. */
static Value round_to_int(VM *vm, const char *name, Value *args, size_t nargs, Value kw,
                          Value method, double (*f)(double)) {
    if (!fixed_args(vm, name, nargs, kw, 1, 1))
        return NULL;
    Value x = args[0];
    double d;
    if (!IS_FLOAT(x) || TYPE(x) != &float_type) {
        Value r = call_special(vm, x, method, NULL, 0);
        if (r != VAL_MISSING)
            return r;
        if (!to_double(vm, x, &d))
            return NULL;
    } else {
        d = AS_FLOAT(x);
    }
    return int_of_double(vm, f(d));
}

static Value math_floor(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return round_to_int(vm, "floor", args, nargs, kw, NM(__floor__), floor);
}

static Value math_ceil(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return round_to_int(vm, "ceil", args, nargs, kw, NM(__ceil__), ceil);
}

static Value math_trunc(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!fixed_args(vm, "trunc", nargs, kw, 1, 1))
        return NULL;
    Value x = args[0];
    if (IS_FLOAT(x) && TYPE(x) == &float_type)
        return int_of_double(vm, AS_FLOAT(x));
    Value r = call_special(vm, x, NM(__trunc__), NULL, 0);
    if (r == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "type %s doesn't define __trunc__ method",
                         tname(x));
    return r;
}

/* ---- integer functions ---- */

/* GMP's factorial takes about this long per bit of its result; GMP cannot be interrupted. */
#define NS_PER_BIT 20.0

/* Before a big-integer computation whose largest number has about `bits` bits and whose work
 * is `work` times that of a factorial of that size: refuses one the memory limit could not
 * hold (with GMP's temporaries, about as much again) or one that could not finish before the
 * run's deadline (refused at once, with the error the deadline would raise, instead of
 * overrunning it), and charges one step per bit of work. */
static bool room_for(VM *vm, double bits, double work) {
    if (bits > 8.0 * (double)((size_t)1 << 40))
        return vm_limit_error(vm, LIMIT_MEMORY, "integer result too large");
    double ns = bits * work * NS_PER_BIT;
    if (vm->deadline_ns && ns > 1e6 && (double)vm_now_ns() + ns > (double)vm->deadline_ns)
        return vm_limit_error(vm, LIMIT_TIME, "time limit of %.3g seconds exceeded",
                              (double)(vm->deadline_ns - vm->start_ns) / 1e9);
    size_t bytes = (size_t)(bits / 8) + 64;
    return gc_can_alloc(vm, 2 * bytes) && vm_charge(vm, (uint64_t)(16 * work * bits));
}

/* An int argument through __index__ (floats refused), as an mpz. */
static bool mpz_arg(VM *vm, Value v, mpz_t out) {
    Value i = int_index(vm, v);
    if (!i)
        return false;
    int_to_mpz(i, out);
    return true;
}

static Value gcd_lcm(VM *vm, const char *qual, Value *args, size_t nargs, Value kw, bool lcm) {
    if (!args_no_kw(vm, qual, kw))
        return NULL;
    if (nargs == 0)
        return MK_SMALL(lcm ? 1 : 0);
    mpz_t acc, x;
    mpz_inits(acc, x, NULL);
    Value r = NULL;
    if (!mpz_arg(vm, args[0], acc))
        goto done;
    mpz_abs(acc, acc);
    for (size_t i = 1; i < nargs; i++) {
        if (!mpz_arg(vm, args[i], x))
            goto done;
        /* once the result is 1 (gcd) or 0 (lcm) it stays so: the rest are only checked */
        if (mpz_cmp_ui(acc, lcm ? 0 : 1) == 0)
            continue;
        double a = (double)mpz_sizeinbase(acc, 2), b = (double)mpz_sizeinbase(x, 2);
        if (!room_for(vm, a + b, 1) || !vm_charge_big(vm, BIG_GCD, a, b))
            goto done;
        if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
    }
    r = int_from_mpz(vm, acc);
done:
    mpz_clears(acc, x, NULL);
    return r;
}

static Value math_gcd(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return gcd_lcm(vm, "math.gcd", args, nargs, kw, false);
}

static Value math_lcm(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return gcd_lcm(vm, "math.lcm", args, nargs, kw, true);
}

static Value math_isqrt(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!fixed_args(vm, "isqrt", nargs, kw, 1, 1))
        return NULL;
    Value n = int_index(vm, args[0]);
    if (!n)
        return NULL;
    if (int_sign(n) < 0)
        return exc_raise(vm, &Exc_ValueError, "isqrt() argument must be nonnegative");
    if (!room_for(vm, (double)int_bits(n), 1))
        return NULL;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    mpz_sqrt(z, z);
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
}

/* log2(n!), for the size check. */
static double factorial_bits(double n) {
    return lgamma(n + 1.0) / M_LN2 + 1.0;
}

static Value factorial(VM *vm, Value arg) {
    Value n = int_index(vm, arg);
    if (!n)
        return NULL;
    int64_t k;
    if (!int_fits_i64(n, &k)) {
        if (int_sign(n) > 0)
            return exc_raise(vm, &Exc_OverflowError,
                             "factorial() argument should not exceed %lld", (long long)INT64_MAX);
        k = -1;
    }
    if (k < 0)
        return exc_raise(vm, &Exc_ValueError, "factorial() not defined for negative values");
    if (!room_for(vm, factorial_bits((double)k), 1))
        return NULL;
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)k);
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
}

static Value math_factorial(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return fixed_args(vm, "factorial", nargs, kw, 1, 1) ? factorial(vm, args[0]) : NULL;
}

/* n and k of comb/perm through __index__, both non-negative. */
static bool comb_args(VM *vm, Value nv, Value kv, Value *n, Value *k) {
    if (!(*n = int_index(vm, nv)) || !(*k = int_index(vm, kv)))
        return false;
    const char *bad = int_sign(*n) < 0 ? "n" : int_sign(*k) < 0 ? "k" : NULL;
    if (bad)
        exc_raise(vm, &Exc_ValueError, "%s must be a non-negative integer", bad);
    return !bad;
}

/* The product of the `count` consecutive integers from lo upwards, splitting the range in
 * halves so that the multiplications stay balanced: quasi-linear in the size of the product
 * (GMP's own binomial is quadratic when k is large and n much larger). */
static void range_product(mpz_t out, const mpz_t lo, uint64_t count) {
    if (count <= 32) {
        mpz_t t;
        mpz_init(t);
        mpz_set_ui(out, 1);
        for (uint64_t i = 0; i < count; i++) {
            mpz_add_ui(t, lo, i);
            mpz_mul(out, out, t);
        }
        mpz_clear(t);
        return;
    }
    uint64_t half = count / 2;
    mpz_t mid, upper;
    mpz_inits(mid, upper, NULL);
    range_product(out, lo, half);
    mpz_add_ui(mid, lo, half);
    range_product(upper, mid, count - half);
    mpz_mul(out, out, upper);
    mpz_clears(mid, upper, NULL);
}

/* perm(n, k) = (n-k+1) * ... * n, and comb(n, k) = perm(n, k) / k!, for 0 <= k <= n and k
 * below 2**63 (for comb, k is already the smaller of k and n-k). */
static Value perm_comb(VM *vm, Value n, int64_t k, bool comb) {
    mpz_t z, lo;
    mpz_inits(z, lo, NULL);
    int_to_mpz(n, lo);
    double dn = mpz_get_d(lo), dk = (double)k;
    /* log2 of perm(n, k): from lgamma while n is a float of enough precision, else
     * k*log2(n); comb divides it by k!, about three times a factorial's work */
    double bits = dn < 1e15 ? (lgamma(dn + 1) - lgamma(dn - dk + 1)) / M_LN2 + 64
                            : dk * (double)mpz_sizeinbase(lo, 2) + 64;
    Value r = NULL;
    if (room_for(vm, bits, comb ? 3 : 2)) {
        mpz_sub_ui(lo, lo, (unsigned long)k);
        mpz_add_ui(lo, lo, 1);
        range_product(z, lo, (uint64_t)k);
        if (comb) {
            mpz_fac_ui(lo, (unsigned long)k);
            mpz_divexact(z, z, lo);
        }
        r = int_from_mpz(vm, z);
    }
    mpz_clears(z, lo, NULL);
    return r;
}

static Value math_comb(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value n, k;
    if (!fixed_args(vm, "comb", nargs, kw, 2, 2) || !comb_args(vm, args[0], args[1], &n, &k))
        return NULL;
    if (int_cmp(k, n) > 0)
        return MK_SMALL(0);
    /* comb(n, k) == comb(n, n-k): the smaller one must fit the machine */
    Value rest = int_binop(vm, n, k, OP_SUB);
    if (!rest)
        return NULL;
    Value kk = int_cmp(rest, k) < 0 ? rest : k;
    int64_t ki;
    if (!int_fits_i64(kk, &ki))
        return exc_raise(vm, &Exc_OverflowError, "min(n - k, k) must not exceed %lld",
                         (long long)INT64_MAX);
    return perm_comb(vm, n, ki, true);
}

static Value math_perm(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value n, k;
    if (!fixed_args(vm, "perm", nargs, kw, 1, 2))
        return NULL;
    if (nargs == 1 || args[1] == NONE)
        return factorial(vm, args[0]);
    if (!comb_args(vm, args[0], args[1], &n, &k))
        return NULL;
    if (int_cmp(k, n) > 0)
        return MK_SMALL(0);
    int64_t ki;
    if (!int_fits_i64(k, &ki))
        return exc_raise(vm, &Exc_OverflowError, "k must not exceed %lld",
                         (long long)INT64_MAX);
    return perm_comb(vm, n, ki, false);
}

/* ---- sums, products and norms ---- */

/* The Euclidean norm of vec[0..n) (absolute values, max the largest, found_nan if any is a
 * NaN), accurate to within 1 ulp: CPython 3.11's vector_norm, which scales by a power of two
 * so that the squares cannot overflow or underflow, sums them with error terms kept
 * separately, and corrects the square root by one Newton step. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    const double T27 = 134217729.0;   /* ldexp(1.0, 27) + 1.0 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal first */
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;   /* lossless */
        /* split x into hi + lo, halves of its significand */
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* one correction step: the residual csum - h*h, computed exactly as above */
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* Room for n coordinates: on the stack when few. */
static double *coords(VM *vm, size_t n, double *small, size_t nsmall) {
    if (n <= nsmall)
        return small;
    return gc_can_alloc(vm, n * sizeof(double)) ? gc_alloc_atomic(vm, n * sizeof(double))
                                                : NULL;
}

static Value math_hypot(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_no_kw(vm, "math.hypot", kw))
        return NULL;
    double small[16], *v = coords(vm, nargs, small, 16), max = 0.0;
    if (!v)
        return NULL;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        if (!to_double(vm, args[i], &v[i]))
            return NULL;
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    return float_new(vm, vector_norm(nargs, v, max, found_nan));
}

static Value math_dist(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!fixed_args(vm, "dist", nargs, kw, 2, 2))
        return NULL;
    Value p = IS_TUPLE(args[0]) ? args[0] : tuple_from_iter(vm, args[0]);
    Value q = p && IS_TUPLE(args[1]) ? args[1] : p ? tuple_from_iter(vm, args[1]) : NULL;
    if (!q)
        return NULL;
    size_t n = AS_TUPLE(p)->len;
    if (AS_TUPLE(q)->len != n)
        return exc_raise(vm, &Exc_ValueError,
                         "both points must have the same number of dimensions");
    double small[16], *v = coords(vm, n, small, 16), max = 0.0;
    if (!v)
        return NULL;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (!to_double(vm, AS_TUPLE(p)->items[i], &a) ||
            !to_double(vm, AS_TUPLE(q)->items[i], &b))
            return NULL;
        v[i] = fabs(a - b);
        found_nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    return float_new(vm, vector_norm(n, v, max, found_nan));
}

/* The exactly rounded sum of an iterable of floats: Shewchuk's algorithm as CPython's fsum
 * runs it.  The running sum is kept as non-overlapping partials in increasing magnitude;
 * infinities and NaNs are summed apart, and an overflow of finite values is an error. */
static Value math_fsum(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!fixed_args(vm, "fsum", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    double small[32], *p = small;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Value item = obj_next(vm, it);
        if (item == VAL_STOP)
            break;
        double x, y, t, hi, yr, lo;
        if (!item || !to_double(vm, item, &x) || !vm_tick(vm))
            return NULL;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0)
            continue;
        if (!isfinite(x)) {
            /* from an inf or nan summand, or from an overflow of finite ones */
            if (isfinite(xsave))
                return exc_raise(vm, &Exc_OverflowError, "intermediate overflow in fsum");
            if (isinf(xsave))
                inf_sum += xsave;
            special_sum += xsave;
            n = 0;
            continue;
        }
        if (n == cap) {
            double *np = gc_alloc_atomic(vm, 2 * cap * sizeof(double));
            if (!np)
                return NULL;
            memcpy(np, p, n * sizeof(double));
            p = np;
            cap *= 2;
        }
        p[n++] = x;
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            return exc_raise(vm, &Exc_ValueError, "-inf + inf in fsum");
        return float_new(vm, special_sum);
    }
    double hi = 0.0;
    if (n > 0) {
        double x, y, yr, lo = 0.0;
        hi = p[--n];
        /* sum the partials from the top, stopping where the sum becomes inexact */
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        /* round half to even across partials: sum([1e-16, 1, 1e16]) rounds up, as the
         * 1e-16 makes the 1 more than half an ulp */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    return float_new(vm, hi);
}

static Value math_prod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value iterable = NULL, start = MK_SMALL(1);
    static const char *const kws[] = {"", "start", NULL};
    if (nargs != 1)
        return exc_raise(vm, &Exc_TypeError,
                         "prod() takes exactly 1 positional argument (%zu given)", nargs);
    if (!args_parse(vm, "prod", args, nargs, kw, "O|$O", kws, &iterable, &start))
        return NULL;
    Value it = obj_iter(vm, iterable);
    if (!it)
        return NULL;
    Value acc = start;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return acc;
        if (!x || !(acc = obj_binop(vm, acc, x, OP_MUL)) || !vm_tick(vm))
            return NULL;
    }
}

/* ---- the module ---- */

static const MethodDef math_functions[] = {
    {"acos", math_acos, 0, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, 0, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, 0, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, 0, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, 0, "Return the cube root of x."},
    {"ceil", math_ceil, 0, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, 0, "Number of ways to choose k items from n items without repetition "
                           "and without order."},
    {"copysign", math_copysign, 0, "Return a float with the magnitude of x but the sign of y."},
    {"cos", math_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", math_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, 0, "Error function at x."},
    {"erfc", math_erfc, 0, "Complementary error function at x."},
    {"exp", math_exp, 0, "Return e raised to the power of x."},
    {"exp2", math_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, 0, "Return exp(x)-1."},
    {"fabs", math_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", math_factorial, 0, "Find n!."},
    {"floor", math_floor, 0, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, 0, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, 0, "Return an accurate floating point sum of values in the iterable."},
    {"gamma", math_gamma, 0, "Gamma function at x."},
    {"gcd", math_gcd, 0, "Greatest Common Divisor."},
    {"hypot", math_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, 0, "Determine whether two floating point numbers are close in "
                                 "value."},
    {"isfinite", math_isfinite, 0, "Return True if x is neither an infinity nor a NaN."},
    {"isinf", math_isinf, 0, "Return True if x is a positive or negative infinity."},
    {"isnan", math_isnan, 0, "Return True if x is a NaN (not a number)."},
    {"isqrt", math_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, 0, "Least Common Multiple."},
    {"ldexp", math_ldexp, 0, "Return x * (2**i)."},
    {"lgamma", math_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, 0, "log(x, [base=math.e]) Return the logarithm of x to the given base."},
    {"log10", math_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, 0, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", math_modf, 0, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"perm", math_perm, 0, "Number of ways to choose k items from n items without repetition "
                           "and with order."},
    {"pow", math_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", math_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, 0, "Difference between x and the closest integer multiple "
                                     "of y."},
    {"sin", math_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, 0, "Return the square root of x."},
    {"tan", math_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, 0, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, 0, "Return the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

static bool math_init(VM *vm, Value m, Value d) {
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", PI}, {"e", 2.718281828459045235360287471352662498}, {"tau", 2 * PI},
        {"inf", HUGE_VAL}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++) {
        Value v = float_new(vm, constants[i].value);
        if (!v || !dict_set_c(vm, d, constants[i].name, v))
            return false;
    }
    return true;
}

const ModuleDef mod_math = {
    .name = "math",
    .doc = "This module provides access to the mathematical functions defined by the C "
           "standard.",
    .functions = math_functions,
    .init = math_init,
    .default_allowed = true,
};
