/* dict: CPython's compact, insertion-ordered hash table: a sparse index array of int32 into a
 * dense array of (hash, key, value) entries.  `version` changes whenever the set of keys or the
 * entry layout changes (not when a value is replaced), so a call site may cache the position of
 * a global name and re-read the value directly while the version holds. */
#ifndef KR_DICT_H
#define KR_DICT_H

#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;     /* NULL: deleted */
    Value value;
} DictEntry;

typedef struct Dict {
    Obj ob;
    size_t used;       /* live entries */
    size_t nentries;   /* entries filled, deleted ones included */
    size_t cap;        /* capacity of entries */
    size_t mask;       /* size of indices - 1 */
    int32_t *indices;  /* -1 empty, -2 deleted */
    DictEntry *entries;
    uint64_t version;
    Value dict;        /* dict subclass instances only */
} Dict;

#define AS_DICT(v) ((Dict *)(v))

Value dict_new(VM *vm);
Value dict_new_sized(VM *vm, size_t n);
/* Value, VAL_MISSING if absent, NULL on error (unhashable key, __eq__ raised). */
Value dict_get(VM *vm, Value d, Value key);
Value dict_get_hashed(VM *vm, Value d, Value key, int64_t hash);
/* For str keys (no error possible). */
Value dict_get_str(VM *vm, Value d, Value key);
Value dict_get_c(VM *vm, Value d, const char *key);
bool dict_set(VM *vm, Value d, Value key, Value v);
bool dict_set_hashed(VM *vm, Value d, Value key, int64_t hash, Value v);
bool dict_set_c(VM *vm, Value d, const char *key, Value v);
/* 1 removed, 0 absent, -1 error. */
int dict_del(VM *vm, Value d, Value key);
/* Removes and returns the value, VAL_MISSING if absent. */
Value dict_pop(VM *vm, Value d, Value key);
void dict_clear(VM *vm, Value d);
Value dict_copy(VM *vm, Value d);
bool dict_update(VM *vm, Value d, Value other); /* mapping or iterable of pairs */
bool dict_merge(VM *vm, Value d, Value other, bool override);
/* Iteration in insertion order: pos starts at 0. */
bool dict_next(Value d, size_t *pos, Value *key, Value *value);
/* Entry index of a str key, or -1: for inline caches (entries[i].value is live). */
int64_t dict_find_str(Value d, Value key);
Value dict_keys_list(VM *vm, Value d);

extern Type dict_keys_type, dict_values_type, dict_items_type;
extern Type dict_keyiter_type, dict_valueiter_type, dict_itemiter_type;
extern Type dict_rkeyiter_type, dict_rvalueiter_type, dict_ritemiter_type;

#endif
