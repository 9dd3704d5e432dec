/* int arithmetic: tagged small ints on the fast path, GMP beyond.  Every operation whose
 * result can be large estimates its size first and asks the allocator (gc_can_alloc), so a
 * memory-limit error comes before GMP is ever asked for the memory. */
#include <math.h>
#include <stdlib.h>

#include "hash.h"
#include "rt.h"

/* ---- boxing ---- */

static IntObj *int_box(VM *vm) {
    IntObj *o = (IntObj *)gc_new(vm, &int_type, sizeof(IntObj));
    if (o) {
        mpz_init(o->z);
        o->dict = NULL;
    }
    return o;
}

Value int_normalize(VM *vm, IntObj *o) {
    (void)vm;
    if (o->ob.type == &int_type && mpz_fits_slong_p(o->z)) {
        long l = mpz_get_si(o->z);
        if (SMALL_FITS(l))
            return MK_SMALL(l);
    }
    return (Value)o;
}

Value int_from_i64(VM *vm, int64_t i) {
    if (SMALL_FITS(i))
        return MK_SMALL(i);
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    mpz_set_si(o->z, i);
    return (Value)o;
}

Value int_from_u64(VM *vm, uint64_t i) {
    if (i <= (uint64_t)SMALL_MAX)
        return MK_SMALL((int64_t)i);
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    mpz_set_ui(o->z, i);
    return (Value)o;
}

Value int_from_mpz(VM *vm, const mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long l = mpz_get_si(z);
        if (SMALL_FITS(l))
            return MK_SMALL(l);
    }
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    mpz_set(o->z, z);
    return (Value)o;
}

Value int_from_double(VM *vm, double d) {
    if (d > -4e18 && d < 4e18)
        return int_from_i64(vm, (int64_t)d);
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    mpz_set_d(o->z, d);
    return (Value)o;
}

Value int_new_typed(VM *vm, Type *t, Value v) {
    if (t == &int_type)
        return v;
    IntObj *o = (IntObj *)gc_new(vm, t, t->basicsize > sizeof(IntObj) ? t->basicsize
                                                                      : sizeof(IntObj));
    if (!o)
        return NULL;
    mpz_init(o->z);
    int_to_mpz(v, o->z);
    o->dict = NULL;
    return (Value)o;
}

/* Bools and int-subclass instances are boxed; everything reads through these. */
static inline bool small_of(Value v, int64_t *out) {
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (v == TRUE_V || v == FALSE_V) {
        *out = v == TRUE_V;
        return true;
    }
    IntObj *o = AS_INT(v);
    if (mpz_fits_slong_p(o->z)) {
        long l = mpz_get_si(o->z);
        if (SMALL_FITS(l)) {
            *out = l;
            return true;
        }
    }
    return false;
}

void int_to_mpz(Value v, mpz_t out) {
    if (IS_SMALL(v))
        mpz_set_si(out, SMALL_VAL(v));
    else
        mpz_set(out, AS_INT(v)->z);
}

bool int_fits_i64(Value v, int64_t *out) {
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (!(TYPE(v)->flags & TF_INT))
        return false;
    if (!mpz_fits_slong_p(AS_INT(v)->z))
        return false;
    *out = mpz_get_si(AS_INT(v)->z);
    return true;
}

bool int_to_i64(VM *vm, Value v, int64_t *out) {
    if (int_fits_i64(v, out))
        return true;
    exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C ssize_t");
    return false;
}

int64_t int_clamp_i64(Value v) {
    int64_t i;
    if (int_fits_i64(v, &i))
        return i;
    return mpz_sgn(AS_INT(v)->z) < 0 ? INT64_MIN : INT64_MAX;
}

int int_sign(Value v) {
    int64_t i;
    if (small_of(v, &i))
        return (i > 0) - (i < 0);
    return mpz_sgn(AS_INT(v)->z);
}

size_t int_bits(Value v) {
    int64_t i;
    if (small_of(v, &i)) {
        uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return u ? 64 - (size_t)__builtin_clzll(u) : 0;
    }
    return mpz_sgn(AS_INT(v)->z) ? mpz_sizeinbase(AS_INT(v)->z, 2) : 0;
}

double int_to_double(VM *vm, Value v, bool *ok) {
    int64_t i;
    *ok = true;
    if (small_of(v, &i))
        return (double)i;
    /* Round half to even, as CPython's PyLong_AsDouble. */
    const mpz_srcptr z = AS_INT(v)->z;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 1024) {
        *ok = false;
        exc_raise(vm, &Exc_OverflowError, "int too large to convert to float");
        return 0;
    }
    if (bits <= 53)
        return mpz_get_d(z);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = bits - 54;   /* keep 54 bits: 53 + a rounding bit */
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_tdiv_q_2exp(t, t, shift);
    uint64_t m = mpz_get_ui(t);
    mpz_clear(t);
    if ((m & 1) && (sticky || (m & 2)))
        m += 2;
    m >>= 1;
    double d = ldexp((double)m, (int)shift + 1);
    if (isinf(d)) {
        *ok = false;
        exc_raise(vm, &Exc_OverflowError, "int too large to convert to float");
        return 0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

/* ---- arithmetic ---- */

static int64_t floordiv64(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static int64_t mod64(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Correctly rounded a / b for ints (CPython's long_true_divide). */
static Value true_divide(VM *vm, Value a, Value b) {
    int64_t x, y;
    if (int_sign(b) == 0)
        return exc_raise(vm, &Exc_ZeroDivisionError, "division by zero");
    if (small_of(a, &x) && small_of(b, &y) && x > -(1LL << 53) && x < (1LL << 53) &&
        y > -(1LL << 53) && y < (1LL << 53))
        return float_new(vm, (double)x / (double)y);
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    int_to_mpz(a, n);
    int_to_mpz(b, d);
    int neg = (mpz_sgn(n) < 0) != (mpz_sgn(d) < 0);
    mpz_abs(n, n);
    mpz_abs(d, d);
    Value res = NULL;
    if (mpz_sgn(n) == 0) {
        res = float_new(vm, neg ? -0.0 : 0.0);
        goto done;
    }
    long na = (long)mpz_sizeinbase(n, 2), nb = (long)mpz_sizeinbase(d, 2);
    long diff = na - nb;
    if (diff > 1025) {
        exc_raise(vm, &Exc_OverflowError, "integer division result too large for a float");
        goto done;
    }
    if (diff < -1080) {
        res = float_new(vm, neg ? -0.0 : 0.0);
        goto done;
    }
    /* Number of significant bits the result may keep: 53, fewer for subnormals. */
    long exp_est = diff;                /* result is in [2^(diff-1), 2^(diff+1)) */
    long keep = 53;
    if (exp_est < -1021)
        keep = 53 - (-1021 - exp_est);
    if (keep < 1)
        keep = 1;
    long shift = keep + 2 - diff;       /* quotient gets keep+2 or keep+3 bits */
    if (shift > 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)shift);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-shift);
    mpz_tdiv_qr(q, r, n, d);
    long qbits = (long)mpz_sizeinbase(q, 2);
    long extra = qbits - keep;          /* bits to drop */
    if (extra < 0)
        extra = 0;
    bool sticky = mpz_sgn(r) != 0 || (extra > 0 && (long)mpz_scan1(q, 0) < extra - 1);
    bool half = extra > 0 && mpz_tstbit(q, (mp_bitcnt_t)(extra - 1));
    mpz_tdiv_q_2exp(q, q, (mp_bitcnt_t)extra);
    if (half && (sticky || mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double dq = mpz_get_d(q);
    double result = ldexp(dq, (int)(extra - shift));
    if (isinf(result)) {
        exc_raise(vm, &Exc_OverflowError, "integer division result too large for a float");
        goto done;
    }
    res = float_new(vm, neg ? -result : result);
done:
    mpz_clears(n, d, q, r, NULL);
    return res;
}

/* Estimated bytes of a result with `bits` bits; checked against the memory limit first. */
static bool big_ok(VM *vm, double bits) {
    if (bits > 8.0 * (double)((size_t)1 << 40))
        return vm_limit_error(vm, LIMIT_MEMORY, "integer result too large");
    size_t bytes = (size_t)(bits / 8) + 64;
    if (!gc_can_alloc(vm, bytes))
        return false;
    return vm_charge(vm, bytes / 8);
}

static Value int_pow(VM *vm, Value a, Value b) {
    if (int_sign(b) < 0) {
        bool ok;
        double x = int_to_double(vm, a, &ok);
        if (!ok)
            return NULL;
        double y = int_to_double(vm, b, &ok);
        if (!ok)
            return NULL;
        if (x == 0)
            return exc_raise(vm, &Exc_ZeroDivisionError,
                             "0.0 cannot be raised to a negative power");
        return float_binop(vm, float_new(vm, x), float_new(vm, y), OP_POW);
    }
    int64_t x, e;
    if (small_of(a, &x)) {
        if (x == 0 || x == 1)
            return int_sign(b) == 0 ? MK_SMALL(1) : MK_SMALL(x);
        if (x == -1) {
            mpz_t t;
            int odd;
            if (small_of(b, &e)) {
                odd = e & 1;
            } else {
                mpz_init(t);
                int_to_mpz(b, t);
                odd = mpz_odd_p(t);
                mpz_clear(t);
            }
            return MK_SMALL(odd ? -1 : 1);
        }
    }
    if (!small_of(b, &e))
        return vm_limit_error(vm, LIMIT_MEMORY, "integer result too large"), NULL;
    double bits = (double)int_bits(a) * (double)e;
    if (!big_ok(vm, bits))
        return NULL;
    if (small_of(a, &x) && bits < 62) {
        int64_t r = 1, base = x;
        while (e) {
            if (e & 1)
                r *= base;
            e >>= 1;
            if (e)
                base *= base;
        }
        return int_from_i64(vm, r);
    }
    if (!vm_charge_big(vm, BIG_POW, bits, 0))
        return NULL;
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    mpz_t t;
    mpz_init(t);
    int_to_mpz(a, t);
    mpz_pow_ui(o->z, t, (unsigned long)e);
    mpz_clear(t);
    return int_normalize(vm, o);
}

static Value shift(VM *vm, Value a, Value b, bool left) {
    if (int_sign(b) < 0)
        return exc_raise(vm, &Exc_ValueError, "negative shift count");
    int64_t n, x;
    if (!small_of(b, &n)) {
        if (!left || int_sign(a) == 0)
            return MK_SMALL(left ? 0 : (int_sign(a) < 0 ? -1 : 0));
        return vm_limit_error(vm, LIMIT_MEMORY, "integer result too large"), NULL;
    }
    if (small_of(a, &x)) {
        if (!left)
            return MK_SMALL(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
        if (x == 0)
            return MK_SMALL(0);
        if (n < 62) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if ((r >> n) == x && SMALL_FITS(r))
                return MK_SMALL(r);
        }
    }
    if (left && !big_ok(vm, (double)int_bits(a) + (double)n))
        return NULL;
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    int_to_mpz(a, o->z);
    if (left)
        mpz_mul_2exp(o->z, o->z, (mp_bitcnt_t)n);
    else
        mpz_fdiv_q_2exp(o->z, o->z, (mp_bitcnt_t)n);
    return int_normalize(vm, o);
}

static Value big_binop(VM *vm, Value a, Value b, int op) {
    if ((op == OP_FLOORDIV || op == OP_MOD) && int_sign(b) == 0)
        return exc_raise(vm, &Exc_ZeroDivisionError,
                         op == OP_MOD ? "integer modulo by zero"
                                      : "integer division or modulo by zero");
    if (op == OP_MUL && !big_ok(vm, (double)int_bits(a) + (double)int_bits(b)))
        return NULL;
    if ((op == OP_MUL || op == OP_FLOORDIV || op == OP_MOD) &&
        !vm_charge_big(vm, op == OP_MUL ? BIG_MUL : BIG_DIV, (double)int_bits(a),
                       (double)int_bits(b)))
        return NULL;
    if (!vm_charge(vm, (int_bits(a) + int_bits(b)) / 64))
        return NULL;
    IntObj *o = int_box(vm);
    if (!o)
        return NULL;
    mpz_t x, y;
    mpz_inits(x, y, NULL);
    int_to_mpz(a, x);
    int_to_mpz(b, y);
    switch (op) {
    case OP_ADD: mpz_add(o->z, x, y); break;
    case OP_SUB: mpz_sub(o->z, x, y); break;
    case OP_MUL: mpz_mul(o->z, x, y); break;
    case OP_FLOORDIV: mpz_fdiv_q(o->z, x, y); break;
    case OP_MOD: mpz_fdiv_r(o->z, x, y); break;
    case OP_AND: mpz_and(o->z, x, y); break;
    case OP_OR: mpz_ior(o->z, x, y); break;
    case OP_XOR: mpz_xor(o->z, x, y); break;
    }
    mpz_clears(x, y, NULL);
    return int_normalize(vm, o);
}

Value int_binop(VM *vm, Value a, Value b, int op) {
    if (!IS_INT(a) || !IS_INT(b))
        return NOTIMPL;
    int64_t x, y, r;
    if (small_of(a, &x) && small_of(b, &y)) {
        switch (op) {
        case OP_ADD:
            return int_from_i64(vm, x + y);   /* both in 62 bits: no overflow */
        case OP_SUB:
            return int_from_i64(vm, x - y);
        case OP_MUL:
            if (!__builtin_mul_overflow(x, y, &r))
                return int_from_i64(vm, r);
            break;
        case OP_FLOORDIV:
            if (y == 0)
                return exc_raise(vm, &Exc_ZeroDivisionError,
                                 "integer division or modulo by zero");
            return int_from_i64(vm, floordiv64(x, y));
        case OP_MOD:
            if (y == 0)
                return exc_raise(vm, &Exc_ZeroDivisionError, "integer modulo by zero");
            return MK_SMALL(mod64(x, y));
        case OP_AND:
            return MK_SMALL(x & y);
        case OP_OR:
            return MK_SMALL(x | y);
        case OP_XOR:
            return MK_SMALL(x ^ y);
        default:
            break;
        }
    }
    switch (op) {
    case OP_TRUEDIV:
        return true_divide(vm, a, b);
    case OP_POW:
        return int_pow(vm, a, b);
    case OP_LSHIFT:
        return shift(vm, a, b, true);
    case OP_RSHIFT:
        return shift(vm, a, b, false);
    case OP_MATMUL:
        return NOTIMPL;
    default:
        return big_binop(vm, a, b, op);
    }
}

Value int_divmod(VM *vm, Value a, Value b) {
    if (!IS_INT(a) || !IS_INT(b))
        return NOTIMPL;
    if (int_sign(b) == 0)
        return exc_raise(vm, &Exc_ZeroDivisionError, "integer division or modulo by zero");
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        Value q = int_from_i64(vm, floordiv64(x, y));
        return q ? tuple_pack(vm, 2, q, MK_SMALL(mod64(x, y))) : NULL;
    }
    if (!vm_charge_big(vm, BIG_DIV, (double)int_bits(a), (double)int_bits(b)))
        return NULL;
    IntObj *q = int_box(vm), *r = q ? int_box(vm) : NULL;
    if (!r)
        return NULL;
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    int_to_mpz(a, n);
    int_to_mpz(b, d);
    mpz_fdiv_qr(q->z, r->z, n, d);
    mpz_clears(n, d, NULL);
    return tuple_pack(vm, 2, int_normalize(vm, q), int_normalize(vm, r));
}

int int_cmp(Value a, Value b) {
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return (x > y) - (x < y);
    mpz_t p, q;
    mpz_inits(p, q, NULL);
    int_to_mpz(a, p);
    int_to_mpz(b, q);
    int c = mpz_cmp(p, q);
    mpz_clears(p, q, NULL);
    return (c > 0) - (c < 0);
}

static bool cmp_result(int c, int op) {
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

Value int_richcmp(VM *vm, Value a, Value b, int op) {
    if (IS_INT(a) && IS_INT(b))
        return BOOL_V(cmp_result(int_cmp(a, b), op));
    return NOTIMPL;   /* float's slot compares with ints exactly, NaN included */
}

bool int_hash(VM *vm, Value v, int64_t *out) {
    int64_t x;
    if (small_of(v, &x)) {
        int64_t h;
        if (x >= 0)
            h = x % HASH_MODULUS;
        else
            h = -((-x) % HASH_MODULUS);
        *out = h == -1 ? -2 : h;
        return true;
    }
    mpz_t t, m;
    mpz_inits(t, m, NULL);
    mpz_abs(t, AS_INT(v)->z);
    mpz_set_ui(m, 1);
    mpz_mul_2exp(m, m, HASH_BITS);
    mpz_sub_ui(m, m, 1);
    mpz_tdiv_r(t, t, m);
    int64_t h = (int64_t)mpz_get_ui(t);
    if (mpz_sgn(AS_INT(v)->z) < 0)
        h = -h;
    mpz_clears(t, m, NULL);
    *out = h == -1 ? -2 : h;
    return true;
}

/* ---- conversion to and from text ---- */

Value int_to_str(VM *vm, Value v, int base) {
    int64_t x;
    char small[72];
    if (small_of(v, &x) && base == 10) {
        int n = snprintf(small, sizeof small, "%lld", (long long)x);
        return str_new(vm, small, (size_t)n);
    }
    mpz_t t;
    mpz_init(t);
    int_to_mpz(v, t);
    size_t digits = mpz_sizeinbase(t, base);
    if (base == 10 && digits > INT_MAX_STR_DIGITS + 1) {
        mpz_clear(t);
        return exc_raise(vm, &Exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         INT_MAX_STR_DIGITS);
    }
    if (!vm_charge(vm, digits * 4)) {
        mpz_clear(t);
        return NULL;
    }
    Value s = str_alloc(vm, digits + 2);
    if (!s) {
        mpz_clear(t);
        return NULL;
    }
    mpz_get_str(AS_STR(s)->data, base, t);
    mpz_clear(t);
    size_t n = strlen(AS_STR(s)->data);
    if (base == 10 && n - (AS_STR(s)->data[0] == '-') > INT_MAX_STR_DIGITS)
        return exc_raise(vm, &Exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; use "
                         "sys.set_int_max_str_digits() to increase the limit",
                         INT_MAX_STR_DIGITS);
    AS_STR(s)->nbytes = n;
    AS_STR(s)->len = n;
    return s;
}

Value int_repr(VM *vm, Value v) {
    if (v == TRUE_V)
        return str_from_c(vm, "True");
    if (v == FALSE_V)
        return str_from_c(vm, "False");
    return int_to_str(vm, v, 10);
}

static int digit_val(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

bool uni_isspace(uint32_t cp);
int uni_decimal(uint32_t cp);   /* decimal digit value of any Unicode Nd character, or -1 */

char *num_ascii_copy(const char *s, size_t n, Value what, size_t *out_n, bool *nomem) {
    *nomem = false;
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return NULL;
    char *ascii = malloc(n + 1);
    if (!ascii) {
        *nomem = true;
        return NULL;
    }
    size_t o = 0;
    const unsigned char *u = (const unsigned char *)s, *ue = u + n;
    bool text = !what || IS_STR(what);
    while (u < ue) {
        uint32_t cp;
        if (text)
            u += utf8_decode(u, &cp);
        else
            cp = *u++ < 0x80 ? u[-1] : '?';
        int d;
        if (cp < 0x80)
            ascii[o++] = (char)cp;
        else if (uni_isspace(cp))
            ascii[o++] = ' ';
        else if ((d = uni_decimal(cp)) >= 0)
            ascii[o++] = (char)('0' + d);
        else
            ascii[o++] = '?';
    }
    ascii[o] = 0;
    *out_n = o;
    return ascii;
}

Value int_parse(VM *vm, const char *s, size_t n, int base, Value what) {
    const char *p = s, *end = s + n;
    size_t an;
    bool nomem;
    char *ascii = num_ascii_copy(s, n, what, &an, &nomem);
    if (nomem)
        return exc_raise(vm, &Exc_MemoryError, "");
    if (ascii) {
        p = ascii;
        end = ascii + an;
    }
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    int b = base;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) {
            b = pb;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (b == 0) {
        b = 10;
        /* base 0: a decimal literal may not have leading zeros ("010") */
        if (p < end && *p == '0') {
            const char *q = p;
            while (q < end && (*q == '0' || *q == '_'))
                q++;
            if (q != end)
                goto bad;
        }
    }
    /* digits with single underscores between them */
    char stackbuf[128];
    size_t cap = (size_t)(end - p) + 2;
    char *digits = cap <= sizeof stackbuf ? stackbuf : malloc(cap);
    size_t nd = 0;
    bool prev_us = true;
    if (p >= end)
        goto bad_free;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (prev_us)
                goto bad_free;
            prev_us = true;
            continue;
        }
        if (digit_val(*q) >= b)
            goto bad_free;
        digits[nd++] = *q;
        prev_us = false;
    }
    if (prev_us)
        goto bad_free;
    digits[nd] = 0;
    if (b == 10 && nd > INT_MAX_STR_DIGITS) {
        if (digits != stackbuf)
            free(digits);
        free(ascii);
        return exc_raise(vm, &Exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion: value "
                         "has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                         INT_MAX_STR_DIGITS, nd);
    }
    Value result;
    if (nd <= 18 && b <= 10) {
        int64_t acc = 0;
        for (size_t i = 0; i < nd; i++)
            acc = acc * b + digit_val(digits[i]);
        result = int_from_i64(vm, neg ? -acc : acc);
    } else {
        if (!vm_charge(vm, nd) || !gc_can_alloc(vm, nd)) {
            result = NULL;
        } else {
            mpz_t z;
            mpz_init(z);
            mpz_set_str(z, digits, b);
            if (neg)
                mpz_neg(z, z);
            result = int_from_mpz(vm, z);
            mpz_clear(z);
        }
    }
    if (digits != stackbuf)
        free(digits);
    free(ascii);
    return result;
bad_free:
    if (digits != stackbuf)
        free(digits);
bad:
    free(ascii);
    if (!what)
        return exc_raise(vm, &Exc_ValueError, "invalid literal for int() with base %d", base);
    return exc_raise(vm, &Exc_ValueError, "invalid literal for int() with base %d: %R", base,
                     what);
}

Value int_pow_mod(VM *vm, Value b, Value e, Value m) {
    if (int_sign(m) == 0)
        return exc_raise(vm, &Exc_ValueError, "pow() 3rd argument cannot be 0");
    mpz_t zb, ze, zm;
    mpz_inits(zb, ze, zm, NULL);
    int_to_mpz(b, zb);
    int_to_mpz(e, ze);
    int_to_mpz(m, zm);
    Value res = NULL;
    bool negmod = mpz_sgn(zm) < 0;
    mpz_abs(zm, zm);
    if (mpz_sgn(ze) < 0) {
        if (!vm_charge_big(vm, BIG_GCD, (double)mpz_sizeinbase(zb, 2),
                           (double)mpz_sizeinbase(zm, 2)))
            goto done;
        if (!mpz_invert(zb, zb, zm)) {
            exc_raise(vm, &Exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(ze, ze);
    }
    if (!vm_charge_big(vm, BIG_POWMOD, (double)mpz_sizeinbase(ze, 2),
                       (double)mpz_sizeinbase(zm, 2)))
        goto done;
    mpz_powm(zb, zb, ze, zm);
    if (negmod && mpz_sgn(zb) != 0)
        mpz_sub(zb, zb, zm);
    res = int_from_mpz(vm, zb);
done:
    mpz_clears(zb, ze, zm, NULL);
    return res;
}

Value int_index(VM *vm, Value v) {
    if (IS_INT(v))
        return v;
    Value r = call_special(vm, v, NM(__index__), NULL, 0);
    if (r == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError,
                         "'%s' object cannot be interpreted as an integer", tname(v));
    if (r && !IS_INT(r))
        return exc_raise(vm, &Exc_TypeError, "__index__ returned non-int (type %s)", tname(r));
    return r;
}
