/* The int and bool types: construction, slots and methods. */
#include <math.h>

#include "rt.h"

Value format_int(VM *vm, Value v, Value spec);

static Value int_unop(VM *vm, Value v, int op) {
    int64_t i;
    if (int_fits_i64(v, &i) && i > SMALL_MIN && i < SMALL_MAX) {
        switch (op) {
        case UOP_NEG: return MK_SMALL(-i);
        case UOP_POS: return MK_SMALL(i);
        case UOP_INVERT: return MK_SMALL(~i);
        case UOP_ABS: return MK_SMALL(i < 0 ? -i : i);
        }
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    switch (op) {
    case UOP_NEG: mpz_neg(z, z); break;
    case UOP_INVERT: mpz_com(z, z); break;
    case UOP_ABS: mpz_abs(z, z); break;
    default: break;
    }
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
}

static int int_truth(VM *vm, Value v) {
    return int_sign(v) != 0;
}

static bool int_hash_slot(VM *vm, Value v, int64_t *out) {
    return int_hash(vm, v, out);
}

static Value int_binop_slot(VM *vm, Value a, Value b, int op) {
    if (!IS_INT(a) || !IS_INT(b)) {
        if ((IS_INT(a) && IS_FLOAT(b)) || (IS_FLOAT(a) && IS_INT(b)))
            return NOTIMPL;   /* float's slot handles mixed arithmetic */
        return NOTIMPL;
    }
    return int_binop(vm, a, b, op);
}

/* int(x=0) / int(x, base=10) */
static Value int_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Value x = NULL, base = NULL;
    static const char *const kw[] = {"", "base", NULL};
    if (!args_parse(vm, "int", args, nargs, kwnames, "|OO", kw, &x, &base))
        return NULL;
    Value r;
    if (!x) {
        if (base)
            return exc_raise(vm, &Exc_TypeError, "int() missing string argument");
        r = MK_SMALL(0);
    } else if (base) {
        Value bv = int_index(vm, base);
        if (!bv)
            return NULL;
        int64_t b;
        if (!int_fits_i64(bv, &b) || (b != 0 && (b < 2 || b > 36)))
            return exc_raise(vm, &Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        const unsigned char *p;
        size_t n;
        if (IS_STR(x))
            r = int_parse(vm, str_data(x), str_nbytes(x), (int)b, x);
        else if (bytes_view(x, &p, &n))
            r = int_parse(vm, (const char *)p, n, (int)b, x);
        else
            return exc_raise(vm, &Exc_TypeError,
                             "int() can't convert non-string with explicit base");
    } else if (IS_INT(x)) {
        r = IS_SMALL(x) || TYPE(x) == &int_type ? x : int_from_mpz(vm, AS_INT(x)->z);
        if (IS_BOOL(x))
            r = MK_SMALL(x == TRUE_V);
    } else if (IS_FLOAT(x)) {
        double d = AS_FLOAT(x);
        if (isnan(d))
            return exc_raise(vm, &Exc_ValueError, "cannot convert float NaN to integer");
        if (isinf(d))
            return exc_raise(vm, &Exc_OverflowError, "cannot convert float infinity to integer");
        r = int_from_double(vm, d);
    } else if (IS_STR(x)) {
        r = int_parse(vm, str_data(x), str_nbytes(x), 10, x);
    } else {
        const unsigned char *p;
        size_t n;
        const char *dunder = "__int__";
        r = call_special(vm, x, NM(__int__), NULL, 0);
        if (r == VAL_MISSING) {
            dunder = "__index__";
            r = call_special(vm, x, NM(__index__), NULL, 0);
        }
        if (r == VAL_MISSING) {
            dunder = "__trunc__";
            r = call_special(vm, x, NM(__trunc__), NULL, 0);
        }
        if (r == VAL_MISSING) {
            if (bytes_view(x, &p, &n))
                r = int_parse(vm, (const char *)p, n, 10, x);
            else
                return exc_raise(vm, &Exc_TypeError,
                                 "int() argument must be a string, a bytes-like object or a "
                                 "real number, not '%s'", tname(x));
        } else if (r && !IS_INT(r)) {
            return exc_raise(vm, &Exc_TypeError, "%s returned non-int (type %s)", dunder,
                             tname(r));
        } else if (r && !IS_SMALL(r) && TYPE(r) != &int_type) {
            r = int_from_mpz(vm, AS_INT(r)->z);   /* an int subclass's value, as an int */
        }
    }
    if (!r || t == &int_type)
        return r;
    return int_new_typed(vm, t, r);
}

static Value int_format(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.__format__", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "__format__() argument must be str, not %s",
                         tname(args[0]));
    return format_int(vm, self, args[0]);
}

static Value m_bit_length(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.bit_length", nargs, kw, 0, 0))
        return NULL;
    return MK_SMALL((int64_t)int_bits(self));
}

static Value m_bit_count(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.bit_count", nargs, kw, 0, 0))
        return NULL;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(self, z);
    mpz_abs(z, z);
    Value r = MK_SMALL((int64_t)mpz_popcount(z));
    mpz_clear(z);
    return r;
}

static Value as_plain_int(VM *vm, Value self) {
    if (IS_SMALL(self) || TYPE(self) == &int_type)
        return self;
    if (IS_BOOL(self))
        return MK_SMALL(self == TRUE_V);
    return int_from_mpz(vm, AS_INT(self)->z);
}

static Value m_int(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return as_plain_int(vm, self);
}

static Value m_float(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    bool ok;
    double d = int_to_double(vm, self, &ok);
    return ok ? float_new(vm, d) : NULL;
}

static Value m_conjugate(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.conjugate", nargs, kw, 0, 0))
        return NULL;
    return as_plain_int(vm, self);
}

static Value m_as_integer_ratio(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.as_integer_ratio", nargs, kw, 0, 0))
        return NULL;
    return tuple_pack(vm, 2, as_plain_int(vm, self), MK_SMALL(1));
}

static Value m_round(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.__round__", nargs, kw, 0, 1))
        return NULL;
    if (nargs == 0 || args[0] == NONE)
        return as_plain_int(vm, self);
    Value nd = int_index(vm, args[0]);
    if (!nd)
        return NULL;
    if (int_sign(nd) >= 0)
        return as_plain_int(vm, self);
    /* round to 10**(-nd), half to even */
    Value neg = int_binop(vm, MK_SMALL(0), nd, OP_SUB);
    Value pow10 = neg ? int_binop(vm, MK_SMALL(10), neg, OP_POW) : NULL;
    if (!pow10)
        return NULL;
    mpz_t x, p, q, r, half;
    mpz_inits(x, p, q, r, half, NULL);
    int_to_mpz(self, x);
    int_to_mpz(pow10, p);
    mpz_fdiv_qr(q, r, x, p);
    mpz_mul_2exp(half, r, 1);
    int c = mpz_cmp(half, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Value res = int_from_mpz(vm, q);
    mpz_clears(x, p, q, r, half, NULL);
    return res;
}

static Value m_divmod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.__divmod__", nargs, kw, 1, 1))
        return NULL;
    return int_divmod(vm, self, args[0]);
}

static Value m_rdivmod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "int.__rdivmod__", nargs, kw, 1, 1))
        return NULL;
    return int_divmod(vm, args[0], self);
}

/* __pow__ and __rpow__ take the optional modulus of three-argument pow(), which the generic
 * binary-operator slot wrappers cannot pass. */
static Value int_pow3(VM *vm, const char *name, Value base, Value exp, Value *args, size_t nargs,
                      Value kw) {
    if (!args_count(vm, name, nargs, kw, 1, 2))
        return NULL;
    Value mod = nargs > 1 ? args[1] : NONE;
    if (!IS_INT(base) || !IS_INT(exp) || !(mod == NONE || IS_INT(mod)))
        return NOTIMPL;
    return mod == NONE ? int_binop(vm, base, exp, OP_POW) : int_pow_mod(vm, base, exp, mod);
}

static Value m_pow(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return int_pow3(vm, "__pow__", self, nargs ? args[0] : NONE, args, nargs, kw);
}

static Value m_rpow(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return int_pow3(vm, "__rpow__", nargs ? args[0] : NONE, self, args, nargs, kw);
}

/* to_bytes(length=1, byteorder='big', *, signed=False) */
static Value m_to_bytes(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value vlen = MK_SMALL(1), vorder = NULL, vsigned = FALSE_V;
    static const char *const kws[] = {"length", "byteorder", "signed", NULL};
    if (!args_parse(vm, "to_bytes", args, nargs, kw, "|OO$O", kws, &vlen, &vorder, &vsigned))
        return NULL;
    int64_t len;
    if (!obj_as_index(vm, vlen, &len))
        return NULL;
    if (len < 0)
        return exc_raise(vm, &Exc_ValueError, "length argument must be non-negative");
    bool little;
    if (!vorder || (IS_STR(vorder) && str_eq_c(vorder, "big")))
        little = false;
    else if (IS_STR(vorder) && str_eq_c(vorder, "little"))
        little = true;
    else if (!IS_STR(vorder))
        return exc_raise(vm, &Exc_TypeError,
                         "to_bytes() argument 'byteorder' must be str, not %s", tname(vorder));
    else
        return exc_raise(vm, &Exc_ValueError, "byteorder must be either 'little' or 'big'");
    int sg = obj_truth(vm, vsigned);
    if (sg < 0)
        return NULL;
    if (!sg && int_sign(self) < 0)
        return exc_raise(vm, &Exc_OverflowError, "can't convert negative int to unsigned");
    if (!gc_can_alloc(vm, (size_t)len))
        return NULL;
    mpz_t z, m;
    mpz_inits(z, m, NULL);
    int_to_mpz(self, z);
    /* range check */
    size_t bits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    bool fits;
    if (sg) {
        if (mpz_sgn(z) < 0) {
            mpz_add_ui(m, z, 1);
            bits = mpz_sgn(m) ? mpz_sizeinbase(m, 2) : 0;
        }
        fits = bits + 1 <= (size_t)len * 8 || (bits == 0 && len > 0) || (mpz_sgn(z) == 0);
        if (mpz_sgn(z) == 0)
            fits = true;
    } else {
        fits = bits <= (size_t)len * 8;
    }
    if (!fits) {
        mpz_clears(z, m, NULL);
        return exc_raise(vm, &Exc_OverflowError, "int too big to convert");
    }
    Value out = bytes_alloc(vm, (size_t)len);
    if (!out) {
        mpz_clears(z, m, NULL);
        return NULL;
    }
    unsigned char *d = AS_BYTES(out)->data;
    memset(d, 0, (size_t)len);
    if (mpz_sgn(z) < 0) {   /* two's complement: 2**(8*len) + z */
        mpz_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)(len * 8));
        mpz_add(z, z, m);
    }
    size_t count = 0;
    unsigned char *tmp = mpz_export(NULL, &count, 1, 1, 1, 0, z);
    if (count && count <= (size_t)len)   /* zero exports nothing, and tmp is NULL */
        memcpy(d + len - count, tmp, count);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    if (tmp)
        freefn(tmp, count);
    if (little)
        for (int64_t i = 0; i < len / 2; i++) {
            unsigned char c = d[i];
            d[i] = d[len - 1 - i];
            d[len - 1 - i] = c;
        }
    mpz_clears(z, m, NULL);
    return out;
}

static Value m_from_bytes(VM *vm, Value cls, Value *args, size_t nargs, Value kw) {
    Value data = NULL, vorder = NULL, vsigned = FALSE_V;
    static const char *const kws[] = {"bytes", "byteorder", "signed", NULL};
    if (!args_parse(vm, "from_bytes", args, nargs, kw, "O|O$O", kws, &data, &vorder, &vsigned))
        return NULL;
    bool little;
    if (!vorder || (IS_STR(vorder) && str_eq_c(vorder, "big")))
        little = false;
    else if (IS_STR(vorder) && str_eq_c(vorder, "little"))
        little = true;
    else
        return exc_raise(vm, &Exc_ValueError, "byteorder must be either 'little' or 'big'");
    int sg = obj_truth(vm, vsigned);
    if (sg < 0)
        return NULL;
    const unsigned char *p;
    size_t n;
    Value b = bytes_from_object(vm, data);
    if (!b)
        return NULL;
    bytes_view(b, &p, &n);
    mpz_t z;
    mpz_init(z);
    if (n)
        mpz_import(z, n, little ? -1 : 1, 1, 1, 0, p);
    if (sg && n && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, (mp_bitcnt_t)(n * 8));
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    if (!r || cls == (Value)&int_type)
        return r;
    return obj_call1(vm, cls, r);
}

static Value m_getnewargs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return tuple_pack(vm, 1, as_plain_int(vm, self));
}

static Value get_self_int(VM *vm, Value self) {
    return as_plain_int(vm, self);
}

static Value get_zero(VM *vm, Value self) {
    return MK_SMALL(0);
}

static Value get_one(VM *vm, Value self) {
    return MK_SMALL(1);
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, 0, "Number of ones in the binary representation of abs(self)."},
    {"to_bytes", m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, MF_CLASS, "Return the integer represented by the bytes."},
    {"as_integer_ratio", m_as_integer_ratio, 0, NULL},
    {"conjugate", m_conjugate, 0, NULL},
    {"__format__", int_format, 0, NULL},
    {"__int__", m_int, 0, NULL},
    {"__index__", m_int, 0, NULL},
    {"__float__", m_float, 0, NULL},
    {"__trunc__", m_int, 0, NULL},
    {"__floor__", m_int, 0, NULL},
    {"__ceil__", m_int, 0, NULL},
    {"__round__", m_round, 0, NULL},
    {"__divmod__", m_divmod, 0, NULL},
    {"__rdivmod__", m_rdivmod, 0, NULL},
    {"__pow__", m_pow, 0, NULL},
    {"__rpow__", m_rpow, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getsets[] = {
    {"real", get_self_int, NULL, "the real part of a complex number"},
    {"imag", get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", get_self_int, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

#define ALL_BINOPS ((1 << OP__COUNT) - 1 - (1 << OP_MATMUL))

Type int_type = {
    .ob = {&type_type}, .name = "int", .flags = TF_BASETYPE | TF_INT,
    .basicsize = offsetof(IntObj, dict),
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .repr = int_repr, .hash = int_hash_slot, .richcmp = int_richcmp, .binop = int_binop_slot,
    .binop_mask = ALL_BINOPS, .unop = int_unop, .unop_mask = 0xf, .truth = int_truth,
    .new_ = int_tp_new, .methods = int_methods, .getsets = int_getsets,
};

/* ---- bool ---- */

IntObj kr_true, kr_false;

static Value bool_repr(VM *vm, Value v) {
    return str_from_c(vm, v == TRUE_V ? "True" : "False");
}

static Value bool_binop(VM *vm, Value a, Value b, int op) {
    if (IS_BOOL(a) && IS_BOOL(b) && (op == OP_AND || op == OP_OR || op == OP_XOR)) {
        bool x = a == TRUE_V, y = b == TRUE_V;
        return BOOL_V(op == OP_AND ? (x & y) : op == OP_OR ? (x | y) : (x ^ y));
    }
    return int_binop_slot(vm, a, b, op);
}

static Value bool_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (!args_count(vm, "bool", nargs, kwnames, 0, 1))
        return NULL;
    int r = nargs ? obj_truth(vm, args[0]) : 0;
    return r < 0 ? NULL : BOOL_V(r);
}

Type bool_type = {
    .ob = {&type_type}, .name = "bool", .base = &int_type, .flags = TF_INT,
    .basicsize = offsetof(IntObj, dict),
    .doc = "bool(x) -> bool",
    .repr = bool_repr, .binop = bool_binop, .binop_mask = ALL_BINOPS, .new_ = bool_tp_new,
};
