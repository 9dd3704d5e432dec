/* The str type: construction and slots.  Methods are in str_methods.c. */
#include "bytes_find.h"
#include "codecs.h"
#include "format.h"
#include "rt.h"

extern const MethodDef str_methods[];
Value str_percent_format(VM *vm, Value fmt, Value args);

static Value str_repr_slot(VM *vm, Value v) {
    return str_repr(vm, v);
}

static Value str_str_slot(VM *vm, Value v) {
    if (TYPE(v) == &str_type)
        return v;
    return str_new(vm, str_data(v), str_nbytes(v));
}

static bool str_hash_slot(VM *vm, Value v, int64_t *out) {
    *out = str_hash(v);
    return true;
}

static Value str_richcmp(VM *vm, Value a, Value b, int op) {
    if (!IS_STR(b))
        return NOTIMPL;
    if (op == CMP_EQ || op == CMP_NE) {
        int eq = str_eq_charged(vm, a, b);
        return eq < 0 ? NULL : BOOL_V(op == CMP_EQ ? eq : !eq);
    }
    if (!vm_charge(vm, str_nbytes(a) < str_nbytes(b) ? str_nbytes(a) : str_nbytes(b)))
        return NULL;
    int c = str_cmp(a, b);
    switch (op) {
    case CMP_LT: return BOOL_V(c < 0);
    case CMP_LE: return BOOL_V(c <= 0);
    case CMP_GT: return BOOL_V(c > 0);
    default: return BOOL_V(c >= 0);
    }
}

static Value str_binop(VM *vm, Value a, Value b, int op) {
    switch (op) {
    case OP_ADD:
        if (IS_STR(a) && IS_STR(b))
            return str_concat(vm, a, b);
        return NOTIMPL;
    case OP_MUL: {
        Value s = IS_STR(a) ? a : b;
        if (!IS_STR(s))
            return NOTIMPL;
        int64_t k;
        Value ok = seq_count_arg(vm, IS_STR(a) ? b : a, &k);
        return ok == TRUE_V ? str_repeat(vm, s, k) : ok;
    }
    case OP_MOD:
        if (!IS_STR(a))
            return NOTIMPL;
        return str_percent_format(vm, a, b);
    default:
        return NOTIMPL;
    }
}

static int64_t str_len_slot(VM *vm, Value v) {
    return (int64_t)str_len(v);
}

static Value str_getitem(VM *vm, Value v, Value key) {
    size_t len = str_len(v);
    if (LIKELY(IS_SMALL(key))) {
        int64_t i = SMALL_VAL(key);
        if (i < 0)
            i += (int64_t)len;
        if (i < 0 || (uint64_t)i >= len)
            return exc_raise(vm, &Exc_IndexError, "string index out of range");
        if (str_is_ascii(v))
            return str_new(vm, str_data(v) + i, 1);
        return str_substr(vm, v, (size_t)i, (size_t)i + 1);
    }
    if (TYPE(key) == &slice_type) {
        int64_t start, stop, step, n;
        if (!slice_indices(vm, key, len, &start, &stop, &step, &n))
            return NULL;
        if (step == 1)
            return str_substr(vm, v, (size_t)start, (size_t)start + (size_t)n);
        if (!vm_charge(vm, (uint64_t)n))
            return NULL;
        StrBuf b;
        sb_init(&b, vm, (size_t)n);
        for (int64_t i = 0; i < n; i++)
            sb_add_cp(&b, str_char_at(v, (size_t)(start + i * step)));
        return sb_finish(&b);
    }
    if (!IS_INT(key) && call_special(vm, key, NM(__index__), NULL, 0) == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "string indices must be integers, not '%s'",
                         tname(key));
    if (vm->exc)
        return NULL;
    size_t i;
    if (!seq_index(vm, key, len, &i, "string"))
        return NULL;
    return str_substr(vm, v, i, i + 1);
}

static int str_contains(VM *vm, Value v, Value x) {
    if (!IS_STR(x)) {
        exc_raise(vm, &Exc_TypeError, "'in <string>' requires string as left operand, not %s",
                  tname(x));
        return -1;
    }
    int64_t at = bytes_find(vm, (const unsigned char *)str_data(v), str_nbytes(v),
                            (const unsigned char *)str_data(x), str_nbytes(x));
    return at == -2 ? -1 : at >= 0;
}

/* ---- iteration ---- */

typedef struct StrIter {
    Obj ob;
    Value s;
    size_t off;   /* byte offset of the next character */
} StrIter;

static Value str_iter(VM *vm, Value v) {
    StrIter *it = (StrIter *)gc_new(vm, &str_iter_type, sizeof(StrIter));
    if (!it)
        return NULL;
    it->s = v;
    it->off = 0;
    return (Value)it;
}

static Value striter_next(VM *vm, Value v) {
    StrIter *it = (StrIter *)v;
    if (!it->s || it->off >= str_nbytes(it->s)) {
        it->s = NULL;
        return VAL_STOP;
    }
    const unsigned char *p = (const unsigned char *)str_data(it->s) + it->off;
    size_t n = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
    it->off += n;
    return str_new(vm, (const char *)p, n);
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

Type str_iter_type = {
    .ob = {&type_type}, .name = "str_ascii_iterator", .basicsize = sizeof(StrIter),
    .iter = self_iter, .next = striter_next,
};

/* ---- construction: str(object='') / str(object=b'', encoding='utf-8', errors='strict') ---- */

static Value str_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Value obj = NULL, encoding = NULL, errors = NULL;
    static const char *const kws[] = {"object", "encoding", "errors", NULL};
    if (!args_parse(vm, "str", args, nargs, kwnames, "|OOO", kws, &obj, &encoding, &errors) ||
        !codec_check_args(vm, "str", encoding, errors))
        return NULL;
    Value r;
    if (!obj) {
        r = str_new(vm, "", 0);
    } else if (encoding || errors) {
        const unsigned char *p;
        size_t n;
        if (!bytes_view(obj, &p, &n)) {
            if (IS_STR(obj))
                return exc_raise(vm, &Exc_TypeError, "decoding str is not supported");
            return exc_raise(vm, &Exc_TypeError,
                             "decoding to str: need a bytes-like object, %s found", tname(obj));
        }
        r = bytes_decode(vm, obj, encoding, errors);
    } else {
        r = obj_str(vm, obj);
    }
    if (!r || t == &str_type)
        return r;
    return str_new_typed(vm, t, r);
}

Type str_type = {
    .ob = {&type_type}, .name = "str", .flags = TF_BASETYPE | TF_STR,
    .basicsize = sizeof(Str), .dictoffset = 0,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .repr = str_repr_slot, .str = str_str_slot, .hash = str_hash_slot,
    .richcmp = str_richcmp, .binop = str_binop,
    .binop_mask = (1 << OP_ADD) | (1 << OP_MUL) | (1 << OP_MOD), .len = str_len_slot,
    .getitem = str_getitem, .contains = str_contains, .iter = str_iter, .new_ = str_tp_new,
    .methods = str_methods,
};
