/* int: small integers are tagged Values (object.h); larger ones and instances of int
 * subclasses are IntObj boxes around a GMP integer.  A result that fits the small range is
 * always returned tagged, so `IS_SMALL` is the fast path everywhere.  Sizes of results of `**`,
 * `<<` and `*` are checked against the memory limit before GMP is called (GMP aborts the
 * process when it cannot allocate, so it must never be asked for more than the VM may use).
 */
#ifndef KR_INT_H
#define KR_INT_H

#include <gmp.h>

#include "object.h"

struct IntObj {
    Obj ob;
    mpz_t z;
    Value dict;   /* instances of int subclasses only */
};

#define AS_INT(v) ((IntObj *)(v))

Value int_from_i64(VM *vm, int64_t i);
Value int_from_u64(VM *vm, uint64_t i);
Value int_from_mpz(VM *vm, const mpz_t z);    /* copies z */
Value int_from_double(VM *vm, double d);      /* d finite, truncated */
Value int_new_typed(VM *vm, Type *t, Value v);  /* an int-subclass instance holding v */

/* To C: false with OverflowError pending if it does not fit. */
bool int_to_i64(VM *vm, Value v, int64_t *out);
/* As int_to_i64 but clamps instead of failing (for slice indices). */
int64_t int_clamp_i64(Value v);
/* Whether v is an int (or bool) that fits in int64 without raising. */
bool int_fits_i64(Value v, int64_t *out);
void int_to_mpz(Value v, mpz_t out);          /* out must be mpz_init'ed */
double int_to_double(VM *vm, Value v, bool *ok);  /* OverflowError if too large */
int int_sign(Value v);
size_t int_bits(Value v);                     /* bit_length of |v| */

Value int_binop(VM *vm, Value a, Value b, int op);
/* divmod(a, b) as a tuple; NotImplemented unless both are ints. */
Value int_divmod(VM *vm, Value a, Value b);
Value int_richcmp(VM *vm, Value a, Value b, int op);
int int_cmp(Value a, Value b);               /* both ints: -1, 0, 1 */
bool int_hash(VM *vm, Value v, int64_t *out);
Value int_to_str(VM *vm, Value v, int base);  /* base 2..36; 10 obeys the 4300-digit limit */
Value int_repr(VM *vm, Value v);
/* Parses an int literal or int(str, base) argument; NULL with ValueError on bad input.
 * `what` is the original object for the error message. */
Value int_parse(VM *vm, const char *s, size_t n, int base, Value what);
/* int() and float() accept any Unicode whitespace and decimal digit in a str (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII): a malloc'ed copy of s with those mapped to ' '
 * and '0'..'9' and other non-ASCII characters to '?', or NULL if s is ASCII already (or, with
 * *nomem set, if out of memory).  `what` is the object parsed: NULL for a literal, or bytes,
 * whose non-ASCII bytes are not decoded. */
char *num_ascii_copy(const char *s, size_t n, Value what, size_t *out_n, bool *nomem);
Value int_pow_mod(VM *vm, Value b, Value e, Value m);
/* Normalises: a boxed value in the small range becomes tagged. */
Value int_normalize(VM *vm, IntObj *o);
/* Converts __index__-able objects to int; NULL with TypeError otherwise. */
Value int_index(VM *vm, Value v);

#define INT_MAX_STR_DIGITS 4300

#endif
