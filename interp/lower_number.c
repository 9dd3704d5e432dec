/* Numeric literals.  The tokenizer pass has already refused what CPython's tokenizer refuses
 * (bad digits, misplaced underscores, leading zeros, letters after a number), so the text
 * here is well formed; what is left is its value. */
#include "lower_int.h"

Node *lower_number(Lowerer *L, TSNode n) {
    size_t len;
    const char *p = lower_src(L, n, &len);
    char last = (char)(p[len - 1] | 0x20);
    if (last == 'j')
        return lower_error(L, n, "complex literals are not supported");
    if (last == 'l') /* Python 2's long suffix, which tree-sitter accepts */
        return lower_error(L, n, "invalid decimal literal");
    Node *c = lower_new(L, N_Const, n);
    if (!c)
        return NULL;
    if (lower_is(n, "float")) {
        c->u.constant.value = float_parse(L->vm, p, len, NULL);
        return c->u.constant.value ? c : NULL;
    }
    bool decimal = !(len > 1 && p[0] == '0' && strchr("xXoObB", p[1]));
    if (decimal) {
        size_t digits = 0;
        for (size_t i = 0; i < len; i++)
            digits += p[i] != '_';
        /* CPython converts decimal literals under sys.int_info.default_max_str_digits */
        if (digits > INT_MAX_STR_DIGITS)
            return lower_error(L, n, "Exceeds the limit (%d digits) for integer string "
                                     "conversion: value has %zu digits; use "
                                     "sys.set_int_max_str_digits() to increase the limit - "
                                     "Consider hexadecimal for huge integer literals to avoid "
                                     "decimal conversion limits.", INT_MAX_STR_DIGITS, digits);
    }
    c->u.constant.value = int_parse(L->vm, p, len, 0, NULL);
    return c->u.constant.value ? c : NULL;
}
