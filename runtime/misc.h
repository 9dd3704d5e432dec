/* Small built-in types: range, slice, bytes/bytearray, and the lazy iterators. */
#ifndef KR_MISC_H
#define KR_MISC_H

#include "object.h"

typedef struct Range {
    Obj ob;
    Value start, stop, step, len;   /* ints (possibly big) */
} Range;

typedef struct Slice {
    Obj ob;
    Value start, stop, step;
} Slice;

typedef struct Bytes {       /* bytes (immutable, inline data) */
    Obj ob;
    int64_t hash;
    size_t len;
    unsigned char data[];
} Bytes;

typedef struct ByteArray {   /* bytearray (growable) */
    Obj ob;
    size_t len, cap;
    unsigned char *data;
    Value dict;
} ByteArray;

#define AS_RANGE(v) ((Range *)(v))
#define AS_SLICE(v) ((Slice *)(v))
#define AS_BYTES(v) ((Bytes *)(v))
#define AS_BYTEARRAY(v) ((ByteArray *)(v))

Value range_new(VM *vm, Value start, Value stop, Value step);
Value slice_new(VM *vm, Value start, Value stop, Value step);
Value bytes_new(VM *vm, const void *data, size_t n);
Value bytes_alloc(VM *vm, size_t n);
Value bytearray_new(VM *vm, const void *data, size_t n);
Value bytes_repr_buf(VM *vm, const unsigned char *p, size_t n, const char *prefix);
/* Data view of bytes or bytearray (or other buffer-like objects); false if not one. */
bool bytes_view(Value v, const unsigned char **p, size_t *n);
/* CPython's PyObject_Bytes: exact bytes itself, else __bytes__, else a copy of a buffer or the
 * ints of an iterable (TypeError "cannot convert 'T' object to bytes"). */
Value bytes_from_object(VM *vm, Value x);

/* Iterator over anything with __getitem__ (the old sequence protocol). */
Value seqiter_new(VM *vm, Value seq);
/* iter(callable, sentinel) */
Value calliter_new(VM *vm, Value fn, Value sentinel);

extern Type enumerate_type, zip_type, map_type, filter_type, reversed_type;
extern Type mappingproxy_type, generic_alias_type, union_type;
Value mappingproxy_new(VM *vm, Value d);
Value generic_alias_new(VM *vm, Value origin, Value args);
/* The __class_getitem__ of built-in generic classes (list[int]): a GenericAlias. */
Value generic_class_getitem(VM *vm, Value cls, Value *args, size_t nargs, Value kwnames);
#define GENERIC_CLASS_GETITEM \
    {"__class_getitem__", generic_class_getitem, MF_CLASS, "See PEP 585"}
Value union_type_new(VM *vm, Value a, Value b);
bool union_type_check(Value u);
extern Type seqiter_type, calliter_type, range_iter_type, longrange_iter_type, bytes_iter_type,
    bytearray_iter_type;

#endif
