/* float: a boxed IEEE double.  repr is the shortest string that round-trips, formatted as
 * CPython's float_repr ('r' mode: exponent below 1e-4 and from 1e16). */
#ifndef KR_FLOATOBJ_H
#define KR_FLOATOBJ_H

#include "object.h"

typedef struct FloatObj {
    Obj ob;
    double d;
    Value dict;   /* float subclass instances only */
} FloatObj;

#define AS_FLOAT(v) (((FloatObj *)(v))->d)

Value float_new(VM *vm, double d);
Value float_repr(VM *vm, Value v);
/* Writes repr(d) into buf (at least 32 bytes); returns its length. */
size_t float_repr_buf(double d, char *buf);
Value float_binop(VM *vm, Value a, Value b, int op);
/* divmod(a, b) with a float operand (the other a float or an int); NotImplemented otherwise. */
Value float_divmod(VM *vm, Value a, Value b);
Value float_richcmp(VM *vm, Value a, Value b, int op);
bool float_hash(VM *vm, Value v, int64_t *out);
int64_t double_hash(double d);
/* Converts a float or int to double for arithmetic; false (no error set) if v is neither. */
bool num_to_double(VM *vm, Value v, double *out, bool *err);
/* Parses float('...') input; NULL with ValueError. */
Value float_parse(VM *vm, const char *s, size_t n, Value what);
/* Compares a float and an int exactly. */
int float_int_cmp(double d, Value i);

#endif
