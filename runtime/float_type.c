/* The float type: construction, slots and methods. */
#include <math.h>
#include <stdlib.h>

#include "rt.h"

Value format_float(VM *vm, Value v, Value spec);

static Value float_binop_slot(VM *vm, Value a, Value b, int op) {
    return float_binop(vm, a, b, op);
}

static Value float_unop(VM *vm, Value v, int op) {
    double d = AS_FLOAT(v);
    switch (op) {
    case UOP_NEG: return float_new(vm, -d);
    case UOP_POS: return TYPE(v) == &float_type ? v : float_new(vm, d);
    case UOP_ABS: return float_new(vm, fabs(d));
    default: return NOTIMPL;
    }
}

static int float_truth(VM *vm, Value v) {
    return AS_FLOAT(v) != 0.0;
}

static Value float_from(VM *vm, Value x) {
    if (IS_FLOAT(x))
        return TYPE(x) == &float_type ? x : float_new(vm, AS_FLOAT(x));
    if (IS_INT(x)) {
        bool ok;
        double d = int_to_double(vm, x, &ok);
        return ok ? float_new(vm, d) : NULL;
    }
    if (IS_STR(x))
        return float_parse(vm, str_data(x), str_nbytes(x), x);
    const unsigned char *p;
    size_t n;
    if (bytes_view(x, &p, &n))
        return float_parse(vm, (const char *)p, n, x);
    Value r = call_special(vm, x, NM(__float__), NULL, 0);
    if (r == VAL_MISSING) {
        r = call_special(vm, x, NM(__index__), NULL, 0);
        if (r && r != VAL_MISSING)
            return float_from(vm, r);
        if (r == VAL_MISSING)
            return exc_raise(vm, &Exc_TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             tname(x));
    }
    if (r && !IS_FLOAT(r))
        return exc_raise(vm, &Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                         tname(x), tname(r));
    /* a float subclass is accepted (CPython warns that it is deprecated) as its value */
    return r && TYPE(r) != &float_type ? float_new(vm, AS_FLOAT(r)) : r;
}

static Value float_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_count(vm, "float", nargs, kwnames, 0, 1))
        return NULL;
    Value x = nargs ? args[0] : NULL;
    Value r = x ? float_from(vm, x) : float_new(vm, 0.0);
    if (!r || t == &float_type)
        return r;
    FloatObj *f = (FloatObj *)gc_new(vm, t, t->basicsize);
    if (!f)
        return NULL;
    f->d = AS_FLOAT(r);
    f->dict = NULL;
    return (Value)f;
}

static Value float_to_int(VM *vm, double d) {
    if (isnan(d))
        return exc_raise(vm, &Exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return exc_raise(vm, &Exc_OverflowError, "cannot convert float infinity to integer");
    return int_from_double(vm, d);
}

static Value m_int(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return float_to_int(vm, trunc(AS_FLOAT(self)));
}

static Value m_floor(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return float_to_int(vm, floor(AS_FLOAT(self)));
}

static Value m_ceil(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return float_to_int(vm, ceil(AS_FLOAT(self)));
}

static Value m_float(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return TYPE(self) == &float_type ? self : float_new(vm, AS_FLOAT(self));
}

static Value m_is_integer(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.is_integer", nargs, kw, 0, 0))
        return NULL;
    double d = AS_FLOAT(self);
    return BOOL_V(isfinite(d) && floor(d) == d);
}

static Value m_conjugate(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.conjugate", nargs, kw, 0, 0))
        return NULL;
    return m_float(vm, self, args, nargs, kw);
}

static Value m_as_integer_ratio(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.as_integer_ratio", nargs, kw, 0, 0))
        return NULL;
    double d = AS_FLOAT(self);
    if (isinf(d))
        return exc_raise(vm, &Exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return exc_raise(vm, &Exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value n = int_from_mpz(vm, num), dn = int_from_mpz(vm, den);
    mpz_clears(num, den, NULL);
    return n && dn ? tuple_pack(vm, 2, n, dn) : NULL;
}

/* The exact value of x rounded half-even at 10**-nd, then correctly rounded back to a double:
 * what CPython's double_round gets from a correctly rounded decimal string.  x is finite. */
static Value round_exact(VM *vm, double x, int64_t nd) {
    int e;
    double m = frexp(x, &e);
    mpz_t n, d, q, r, p;
    mpz_inits(n, d, q, r, p, NULL);
    mpz_set_d(n, ldexp(m, 53));   /* x == n * 2**(e - 53) exactly */
    e -= 53;
    mpz_set_ui(d, 1);
    if (e > 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-e);
    mpz_ui_pow_ui(p, 10, (unsigned long)(nd >= 0 ? nd : -nd));
    if (nd >= 0)
        mpz_mul(n, n, p);
    else
        mpz_mul(d, d, p);
    mpz_fdiv_qr(q, r, n, d);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, d);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    Value res = NULL;
    if (nd >= 0) {
        Value qv = int_from_mpz(vm, q), pv = qv ? int_from_mpz(vm, p) : NULL;
        res = pv ? int_binop(vm, qv, pv, OP_TRUEDIV) : NULL;   /* correctly rounded */
        if (res && AS_FLOAT(res) == 0)
            res = float_new(vm, copysign(0.0, x));
    } else {
        mpz_mul(q, q, p);
        Value qv = int_from_mpz(vm, q);
        bool ok = qv != NULL;
        double r2 = ok ? int_to_double(vm, qv, &ok) : 0;
        if (ok)
            res = float_new(vm, r2 == 0 ? copysign(0.0, x) : r2);
        else if (qv && exc_pending_matches(vm, &Exc_OverflowError)) {
            exc_clear(vm);
            exc_raise(vm, &Exc_OverflowError, "rounded value too large to represent");
        }
    }
    mpz_clears(n, d, q, r, p, NULL);
    return res;
}

static Value m_round(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__round__", nargs, kw, 0, 1))
        return NULL;
    double x = AS_FLOAT(self);
    if (nargs == 0 || args[0] == NONE) {
        double r = round(x);
        if (fabs(x - trunc(x)) == 0.5)
            r = 2.0 * round(x / 2.0);
        return float_to_int(vm, r);
    }
    Value ndv = int_index(vm, args[0]);
    if (!ndv)
        return NULL;
    int64_t nd = int_clamp_i64(ndv);   /* PyNumber_AsSsize_t(n, NULL) clamps */
    /* beyond these every digit of a double is kept, or none is */
    if (!isfinite(x) || x == 0 || nd > 323)
        return float_new(vm, x);
    if (nd < -308)
        return float_new(vm, copysign(0.0, x));
    return round_exact(vm, x, nd);
}

static Value m_divmod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.__divmod__", nargs, kw, 1, 1))
        return NULL;
    return float_divmod(vm, self, args[0]);
}

static Value m_rdivmod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.__rdivmod__", nargs, kw, 1, 1))
        return NULL;
    return float_divmod(vm, args[0], self);
}

static Value m_format(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "float.__format__", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "__format__() argument must be str, not %s",
                         tname(args[0]));
    return format_float(vm, self, args[0]);
}

static Value m_getnewargs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return tuple_pack(vm, 1, float_new(vm, AS_FLOAT(self)));
}

static Value get_real(VM *vm, Value self) {
    return TYPE(self) == &float_type ? self : float_new(vm, AS_FLOAT(self));
}

static Value get_imag(VM *vm, Value self) {
    return float_new(vm, 0.0);
}

Value float_hex(VM *vm, Value self, Value *args, size_t nargs, Value kw);
Value float_fromhex(VM *vm, Value cls, Value *args, size_t nargs, Value kw);

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"conjugate", m_conjugate, 0, NULL},
    {"hex", float_hex, 0, NULL},
    {"fromhex", float_fromhex, MF_CLASS, NULL},
    {"__int__", m_int, 0, NULL},
    {"__trunc__", m_int, 0, NULL},
    {"__floor__", m_floor, 0, NULL},
    {"__ceil__", m_ceil, 0, NULL},
    {"__float__", m_float, 0, NULL},
    {"__round__", m_round, 0, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__rdivmod__", m_rdivmod, 0, NULL},
    {"__format__", m_format, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getsets[] = {
    {"real", get_real, NULL, NULL},
    {"imag", get_imag, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type float_type = {
    .ob = {&type_type}, .name = "float", .flags = TF_BASETYPE | TF_FLOAT,
    .basicsize = offsetof(FloatObj, dict), .doc = "Convert a string or number to a floating point number, if possible.",
    .repr = float_repr, .hash = float_hash, .richcmp = float_richcmp,
    .binop = float_binop_slot,
    .binop_mask = (1 << OP_ADD) | (1 << OP_SUB) | (1 << OP_MUL) | (1 << OP_TRUEDIV) |
                  (1 << OP_FLOORDIV) | (1 << OP_MOD) | (1 << OP_POW),
    .unop = float_unop, .unop_mask = (1 << UOP_NEG) | (1 << UOP_POS) | (1 << UOP_ABS),
    .truth = float_truth, .new_ = float_tp_new, .methods = float_methods,
    .getsets = float_getsets,
};
