/* Case: lower, upper, casefold, swapcase, title, capitalize with Unicode's full mappings
 * (one code point may become up to three: 'ß'.upper() == 'SS'), and islower, isupper,
 * istitle.  The rules follow CPython's unicodeobject.c (do_lower, do_title, ...). */
#include "rt.h"
#include "strmeth.h"
#include "unicode.h"

typedef enum CaseOp { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE,
                      CASE_CAPITALIZE } CaseOp;

/* Capital sigma lowers to final ς when a cased letter precedes it and none follows it,
 * case-ignorable characters (apostrophes, combining marks...) being skipped both ways
 * (Final_Sigma in SpecialCasing.txt).  [at, next) is the sigma in [begin, end). */
static uint32_t lower_sigma(const char *begin, const char *at, const char *next,
                            const char *end) {
    uint32_t c;
    bool final = false;
    for (const char *p = at; p > begin;) {
        p -= strm_cp_before(begin, p, &c);
        if (!uni_iscaseignorable(c)) {
            final = uni_iscased(c);
            break;
        }
    }
    for (const char *q = next; final && q < end;) {
        q += utf8_decode((const unsigned char *)q, &c);
        if (!uni_iscaseignorable(c))
            return uni_iscased(c) ? 0x3C3 : 0x3C2;
    }
    return final ? 0x3C2 : 0x3C3;
}

static int lower_at(const char *begin, const char *at, const char *next, const char *end,
                    uint32_t c, uint32_t *out) {
    if (c == 0x3A3) {
        out[0] = lower_sigma(begin, at, next, end);
        return 1;
    }
    return uni_lower_full(c, out);
}

static char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static char ascii_upper(char c) {
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

/* ASCII strings map byte for byte into a result of the same size. */
static Value ascii_case_map(VM *vm, Value self, CaseOp op) {
    size_t n = str_nbytes(self);
    Value r = str_alloc(vm, n);
    if (!r)
        return NULL;
    const char *p = str_data(self);
    char *o = AS_STR(r)->data;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        switch (op) {
        case CASE_LOWER: case CASE_FOLD:
            o[i] = ascii_lower(c);
            break;
        case CASE_UPPER:
            o[i] = ascii_upper(c);
            break;
        case CASE_SWAP:
            o[i] = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c);
            break;
        case CASE_TITLE:
            o[i] = prev_cased ? ascii_lower(c) : ascii_upper(c);
            prev_cased = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            break;
        case CASE_CAPITALIZE:
            o[i] = i == 0 ? ascii_upper(c) : ascii_lower(c);
            break;
        }
    }
    return r;
}

static Value case_map(VM *vm, Value self, CaseOp op) {
    if (!vm_charge(vm, str_nbytes(self)))
        return NULL;
    if (str_is_ascii(self))
        return ascii_case_map(vm, self, op);
    const char *begin = str_data(self), *end = begin + str_nbytes(self);
    StrBuf b;
    sb_init(&b, vm, str_nbytes(self) + 8);
    bool prev_cased = false;
    for (const char *p = begin; p < end;) {
        const char *at = p;
        uint32_t c, m[3];
        int k;
        p += utf8_decode((const unsigned char *)p, &c);
        switch (op) {
        case CASE_LOWER:
            k = lower_at(begin, at, p, end, c, m);
            break;
        case CASE_UPPER:
            k = uni_upper_full(c, m);
            break;
        case CASE_FOLD:
            k = uni_casefold_full(c, m);
            break;
        case CASE_SWAP:
            if (uni_isupper(c))
                k = lower_at(begin, at, p, end, c, m);
            else if (uni_islower(c))
                k = uni_upper_full(c, m);
            else
                m[0] = c, k = 1;
            break;
        case CASE_TITLE:
            k = prev_cased ? lower_at(begin, at, p, end, c, m) : uni_title_full(c, m);
            prev_cased = uni_iscased(c);
            break;
        default: /* CASE_CAPITALIZE: the first character in title case, as CPython 3.8+ */
            k = at == begin ? uni_title_full(c, m) : lower_at(begin, at, p, end, c, m);
            break;
        }
        for (int i = 0; i < k; i++)
            sb_add_cp(&b, m[i]);
    }
    return sb_finish(&b);
}

#define CASE_METHOD(name, op)                                                \
    STRM_METHOD(name) {                                                      \
        if (!args_count(vm, "str." #name, nargs, kw, 0, 0))                  \
            return NULL;                                                     \
        return case_map(vm, self, op);                                       \
    }

CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(casefold, CASE_FOLD)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(title, CASE_TITLE)
CASE_METHOD(capitalize, CASE_CAPITALIZE)

/* ---- predicates ---- */

/* islower: some lowercase letter and no uppercase or titlecase one; isupper the converse. */
static Value cased_only(VM *vm, Value self, bool (*want)(uint32_t), bool (*refuse)(uint32_t)) {
    if (!vm_charge(vm, str_nbytes(self)))
        return NULL;
    const char *p = str_data(self), *end = p + str_nbytes(self);
    bool cased = false;
    while (p < end) {
        uint32_t c;
        p += utf8_decode((const unsigned char *)p, &c);
        if (refuse(c) || uni_istitle(c))
            return FALSE_V;
        cased = cased || want(c);
    }
    return BOOL_V(cased);
}

STRM_METHOD(islower) {
    if (!args_count(vm, "str.islower", nargs, kw, 0, 0))
        return NULL;
    return cased_only(vm, self, uni_islower, uni_isupper);
}

STRM_METHOD(isupper) {
    if (!args_count(vm, "str.isupper", nargs, kw, 0, 0))
        return NULL;
    return cased_only(vm, self, uni_isupper, uni_islower);
}

/* Uppercase and titlecase letters only after uncased characters, lowercase ones only after
 * cased characters, and at least one cased character. */
STRM_METHOD(istitle) {
    if (!args_count(vm, "str.istitle", nargs, kw, 0, 0) || !vm_charge(vm, str_nbytes(self)))
        return NULL;
    const char *p = str_data(self), *end = p + str_nbytes(self);
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c;
        p += utf8_decode((const unsigned char *)p, &c);
        if (uni_isupper(c) || uni_istitle(c)) {
            if (prev_cased)
                return FALSE_V;
            prev_cased = cased = true;
        } else if (uni_islower(c)) {
            if (!prev_cased)
                return FALSE_V;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return BOOL_V(cased);
}
