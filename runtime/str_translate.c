/* str.translate and str.maketrans. */
#include "rt.h"
#include "strmeth.h"

/* table[cp], validated: VAL_MISSING when the table has no entry (LookupError), else None, an
 * int in range(0x110000) or a str. */
static Value lookup(VM *vm, Value table, uint32_t cp) {
    Value r = obj_getitem(vm, table, MK_SMALL(cp));
    if (!r) {
        if (!exc_pending_matches(vm, &Exc_LookupError))
            return NULL;
        exc_clear(vm);
        return VAL_MISSING;
    }
    if (r == NONE || IS_STR(r))
        return r;
    if (IS_INT(r)) {
        int64_t i;
        if (!int_fits_i64(r, &i) || i < 0 || i > 0x10FFFF)
            return exc_raise(vm, &Exc_ValueError, "character mapping must be in range(0x110000)");
        return r;
    }
    return exc_raise(vm, &Exc_TypeError, "character mapping must return integer, None or str");
}

STRM_METHOD(translate) {
    if (!args_count(vm, "str.translate", nargs, kw, 1, 1))
        return NULL;
    Value table = args[0];
    const char *p = str_data(self), *end = p + str_nbytes(self);
    if (!vm_charge(vm, str_nbytes(self)))
        return NULL;
    /* ASCII characters are looked up once each, as CPython's translate does */
    Value ascii[128] = {NULL};
    StrBuf b;
    sb_init(&b, vm, str_nbytes(self));
    while (p < end) {
        uint32_t cp;
        p += utf8_decode((const unsigned char *)p, &cp);
        Value r = cp < 128 ? ascii[cp] : NULL;
        if (!r && !(r = lookup(vm, table, cp)))
            return NULL;
        if (cp < 128)
            ascii[cp] = r;
        if (r == VAL_MISSING)
            sb_add_cp(&b, cp);
        else if (IS_INT(r))
            sb_add_cp(&b, (uint32_t)int_clamp_i64(r));
        else if (r != NONE)
            sb_add_str(&b, r);
    }
    return sb_finish(&b);
}

/* One argument: a dict whose keys are code points or 1-character strs.  Two: two strs of equal
 * length mapped character by character; a third: characters mapped to None. */
STRM_METHOD(maketrans) {
    if (!strm_no_kw(vm, "maketrans", kw) || !args_count(vm, "maketrans", nargs, NULL, 1, 3))
        return NULL;
    if ((nargs > 1 && !arg_str(vm, "maketrans", "2", args[1])) ||
        (nargs > 2 && !arg_str(vm, "maketrans", "3", args[2])))
        return NULL;
    Value d = dict_new(vm), x = args[0];
    if (!d)
        return NULL;
    if (nargs == 1) {
        if (TYPE(x) != &dict_type)   /* CPython wants exactly a dict here */
            return exc_raise(vm, &Exc_TypeError,
                             "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (dict_next(x, &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (str_len(k) != 1)
                    return exc_raise(vm, &Exc_ValueError,
                                     "string keys in translate table must be of length 1");
                k = MK_SMALL(str_char_at(k, 0));
            } else if (!IS_INT(k)) {
                return exc_raise(vm, &Exc_TypeError,
                                 "keys in translate table must be strings or integers");
            }
            if (!dict_set(vm, d, k, v))
                return NULL;
        }
        return d;
    }
    if (!IS_STR(x))
        return exc_raise(vm, &Exc_TypeError, "first maketrans argument must be a string if "
                         "there is a second argument");
    Value y = args[1];
    if (str_len(x) != str_len(y))
        return exc_raise(vm, &Exc_ValueError,
                         "the first two maketrans arguments must have equal length");
    if (!vm_charge(vm, str_len(x) + (nargs == 3 ? str_len(args[2]) : 0)))
        return NULL;
    const unsigned char *px = (const unsigned char *)str_data(x);
    const unsigned char *py = (const unsigned char *)str_data(y);
    for (size_t i = 0; i < str_len(x); i++) {
        uint32_t a, c;
        px += utf8_decode(px, &a);
        py += utf8_decode(py, &c);
        if (!dict_set(vm, d, MK_SMALL(a), MK_SMALL(c)))
            return NULL;
    }
    if (nargs == 3) {
        const unsigned char *pz = (const unsigned char *)str_data(args[2]);
        for (size_t i = 0; i < str_len(args[2]); i++) {
            uint32_t c;
            pz += utf8_decode(pz, &c);
            if (!dict_set(vm, d, MK_SMALL(c), NONE))
                return NULL;
        }
    }
    return d;
}
