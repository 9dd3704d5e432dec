/* list and tuple: arrays of Values.  A tuple stores its items inline; a list keeps a separate
 * growable array so that it can be resized in place. */
#ifndef KR_SEQ_H
#define KR_SEQ_H

#include "object.h"

typedef struct List {
    Obj ob;
    size_t len, cap;
    Value *items;
    Value dict;   /* list subclass instances only */
} List;

typedef struct Tuple {
    Obj ob;
    size_t len;
    Value items[];
} Tuple;

#define AS_LIST(v) ((List *)(v))
#define AS_TUPLE(v) ((Tuple *)(v))

/* Whether iterating v just walks its item array: a list or tuple whose class keeps the built-in
 * __iter__, so that a fast path copying the items sees what iteration would. */
static inline bool seq_walks_items(Value v) {
    return (IS_LIST(v) && v->type->iter == list_type.iter) ||
           (IS_TUPLE(v) && v->type->iter == tuple_type.iter);
}

Value list_new(VM *vm, size_t cap);
Value list_from(VM *vm, const Value *items, size_t n);
bool list_append(VM *vm, Value list, Value v);
bool list_extend(VM *vm, Value list, Value iterable);
bool list_insert(VM *vm, Value list, int64_t i, Value v);
bool list_resize(VM *vm, Value list, size_t n);   /* new slots are NONE */
Value list_sort(VM *vm, Value list, Value key, bool reverse);
/* list.sort(*, key=None, reverse=False), also behind sorted() */
Value list_sort_method(VM *vm, Value list, Value *args, size_t nargs, Value kwnames);
/* list(iterable) */
Value list_from_iter(VM *vm, Value iterable);

Value tuple_new(VM *vm, size_t n);  /* items NULL-filled: the caller fills all */
Value tuple_from(VM *vm, const Value *items, size_t n);
Value tuple_pack(VM *vm, size_t n, ...);
Value tuple_from_iter(VM *vm, Value iterable);
extern Value kr_empty_tuple;

/* Shared by list, tuple and str: normalises a Python index against a length.  false with
 * IndexError("<what> index out of range") if out of range. */
bool seq_index(VM *vm, Value idx, size_t len, size_t *out, const char *what);
/* A count argument (seq * n, bytes(n)) read as CPython's PyNumber_AsSsize_t(n, OverflowError):
 * TRUE_V with *n set, NotImplemented when n has no __index__, NULL with OverflowError beyond
 * int64 (either sign) or another error. */
Value seq_count_arg(VM *vm, Value cnt, int64_t *n);
/* A start or stop argument of index() (list, tuple): clamped, counted from the end when
 * negative, at most len; TypeError for a value without __index__. */
bool seq_search_bound(VM *vm, Value v, size_t len, size_t *out);
/* Resolves slice bounds against len (CPython's PySlice_AdjustIndices); returns the count. */
bool slice_indices(VM *vm, Value slice, size_t len, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *count);
/* Comparison of two item arrays (list/tuple richcmp). */
Value seq_richcmp(VM *vm, const Value *a, size_t na, const Value *b, size_t nb, int op);
/* repr of items between open and close ("[", "]"), with the [...] guard for recursion. */
Value seq_repr(VM *vm, Value self, const Value *items, size_t n, const char *open,
               const char *close);

extern Type list_iter_type, list_reviter_type, tuple_iter_type;

#endif
