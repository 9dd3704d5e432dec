/* Krait's object model.
 *
 * A Value is one machine word.  If its low bit is 1 it is a small integer held in the other 63
 * bits (no allocation, no type pointer); otherwise it is a pointer to a GC object whose first
 * word is its Type.  Three other non-object words are reserved as sentinels that never escape to
 * Python code: NULL means "an exception is pending in vm->exc", VAL_STOP means "iterator
 * exhausted" (so a for loop never allocates a StopIteration), VAL_SUSPEND means "a generator
 * frame is unwinding to its caller at a yield", and VAL_MISSING means "no such key/attribute"
 * from look-ups that must not raise.
 *
 * A Type is a table of C slots (repr, hash, binop, call, iter, ...).  Built-in types are static,
 * shared by every VM and immutable after start-up; classes defined by Python code are heap types
 * whose slots are "slot wrappers" calling the corresponding dunder found on the MRO, recomputed
 * whenever a dunder is assigned on the class or one of its bases (see type.c).  Every type also
 * has a dict of attributes; look-ups are cached per call site keyed by the type's version tag,
 * which changes whenever the dict of the type or of any base changes.
 *
 * All objects live on the Boehm GC heap, allocated through gc_alloc (alloc.c), which is where
 * the per-VM memory limit is enforced.
 */
#ifndef KR_OBJECT_H
#define KR_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct Obj Obj;
typedef Obj *Value;
typedef struct Type Type;
typedef struct VM VM;

struct Obj {
    Type *type;
};

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- sentinels and small integers ---- */
#define VAL_STOP ((Value)(uintptr_t)2)
#define VAL_SUSPEND ((Value)(uintptr_t)4)
#define VAL_MISSING ((Value)(uintptr_t)6)
#define IS_SENTINEL(v) ((uintptr_t)(v) <= 6)

#define SMALL_MAX (INT64_MAX >> 1)
#define SMALL_MIN (INT64_MIN >> 1)
#define IS_SMALL(v) (((uintptr_t)(v)) & 1)
#define SMALL_VAL(v) ((int64_t)(intptr_t)(v) >> 1)
#define MK_SMALL(i) ((Value)(((uintptr_t)(int64_t)(i) << 1) | 1))
#define SMALL_FITS(i) ((i) >= SMALL_MIN && (i) <= SMALL_MAX)

/* ---- slots ---- */
/* Binary operators, in the order of their dunder names in type.c. */
enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_AND, OP_XOR, OP_OR, OP__COUNT
};
enum UnOp { UOP_NEG, UOP_POS, UOP_INVERT, UOP_ABS, UOP__COUNT };
enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

typedef Value (*ReprFn)(VM *, Value);
typedef bool (*HashFn)(VM *, Value, int64_t *out);
typedef Value (*RichCmpFn)(VM *, Value a, Value b, int op);
typedef Value (*BinOpFn)(VM *, Value a, Value b, int op);
typedef Value (*UnOpFn)(VM *, Value, int op);
typedef int (*TruthFn)(VM *, Value);
typedef int64_t (*LenFn)(VM *, Value);
typedef Value (*GetAttrFn)(VM *, Value obj, Value name);
typedef int (*SetAttrFn)(VM *, Value obj, Value name, Value v);
typedef Value (*CallFn)(VM *, Value callee, Value *args, size_t nargs, Value kwnames);
typedef Value (*IterFn)(VM *, Value);
typedef Value (*GetItemFn)(VM *, Value obj, Value key);
typedef int (*SetItemFn)(VM *, Value obj, Value key, Value v);
typedef int (*ContainsFn)(VM *, Value obj, Value item);
typedef Value (*DescrGetFn)(VM *, Value descr, Value obj, Value type);
typedef int (*DescrSetFn)(VM *, Value descr, Value obj, Value v);
typedef Value (*NewFn)(VM *, Type *t, Value *args, size_t nargs, Value kwnames);
typedef int (*InitFn)(VM *, Value self, Value *args, size_t nargs, Value kwnames);

/* A C function callable from Python.  `self` is the bound object (NULL for plain functions). */
typedef Value (*CFunc)(VM *, Value self, Value *args, size_t nargs, Value kwnames);

enum {
    MF_STATIC = 1,   /* staticmethod in the type dict */
    MF_CLASS = 2,    /* classmethod: self is the type */
};

typedef struct MethodDef {
    const char *name;
    CFunc fn;
    int flags;
    const char *doc;
} MethodDef;

/* Read-only or read-write computed attributes of built-in types (`int.real`, `exc.args`). */
typedef struct GetSetDef {
    const char *name;
    Value (*get)(VM *, Value self);
    int (*set)(VM *, Value self, Value v); /* NULL: read-only; v NULL means delete */
    const char *doc;
} GetSetDef;

enum TypeFlags {
    TF_BASETYPE = 1 << 0,  /* may be subclassed */
    TF_HEAP = 1 << 1,      /* defined by Python code: mutable dict, slot wrappers */
    TF_INT = 1 << 2,       /* int or a subclass: fast isinstance checks */
    TF_STR = 1 << 3,
    TF_LIST = 1 << 4,
    TF_TUPLE = 1 << 5,
    TF_DICT = 1 << 6,
    TF_EXC = 1 << 7,       /* BaseException or a subclass */
    TF_TYPE = 1 << 8,
    TF_BYTES = 1 << 9,
    TF_FLOAT = 1 << 10,
    TF_SET = 1 << 11,      /* set or frozenset */
    TF_HAS_GETATTR = 1 << 12,   /* heap type defining __getattr__ */
    TF_ABSTRACT = 1 << 13,      /* instantiation refused (e.g. NoneType) */
    TF_READY = 1 << 14,
};

/* dictoffset of variable-size types (str, tuple, bytes subclasses): the dict follows the data */
#define DICTOFF_VAR UINT32_MAX

struct Type {
    Obj ob;
    const char *name;      /* C name of a built-in type; heap types use v_name */
    Value v_name;          /* str */
    Value v_qualname;      /* str */
    Value v_module;        /* str or NULL (built-ins) */
    const char *doc;
    Type *base;            /* the base that decides the instance layout */
    Value bases;           /* tuple of types */
    Value mro;             /* tuple of types, self first */
    Value dict;            /* Dict of attributes */
    Value subclasses;      /* heap types only: list of direct heap subclasses (internal) */
    uint64_t version;      /* changes when this type's or a base's dict changes */
    uint32_t flags;
    uint32_t basicsize;    /* bytes of an instance, including the dict pointer if any */
    uint32_t dictoffset;   /* offset of the instance __dict__ pointer, 0 if none */
    uint16_t binop_mask;   /* which BinOps `binop` implements (1 << op): the dunders shown */
    uint8_t unop_mask;     /* which UnOps `unop` implements */

    ReprFn repr;
    ReprFn str;
    HashFn hash;
    RichCmpFn richcmp;
    BinOpFn binop;
    BinOpFn inplace;       /* in-place forms (+=, |=, ...); NULL falls back to binop */
    UnOpFn unop;
    TruthFn truth;
    LenFn len;
    GetAttrFn getattr;
    SetAttrFn setattr;
    CallFn call;
    IterFn iter;
    IterFn next;
    GetItemFn getitem;
    SetItemFn setitem;
    ContainsFn contains;
    DescrGetFn descr_get;
    DescrSetFn descr_set;
    NewFn new_;
    InitFn init;

    const MethodDef *methods;
    const GetSetDef *getsets;
};

/* ---- singletons (static, shared by all VMs) ---- */
extern Obj kr_none, kr_notimpl, kr_ellipsis;
#define NONE (&kr_none)
#define NOTIMPL (&kr_notimpl)
#define ELLIPSIS (&kr_ellipsis)

typedef struct IntObj IntObj;
extern IntObj kr_true, kr_false;
#define TRUE_V ((Value)&kr_true)
#define FALSE_V ((Value)&kr_false)
#define BOOL_V(b) ((b) ? TRUE_V : FALSE_V)

/* ---- built-in types ---- */
extern Type type_type, object_type, none_type, notimpl_type, ellipsis_type;
extern Type int_type, bool_type, float_type, complex_type;
extern Type str_type, bytes_type, bytearray_type;
extern Type list_type, tuple_type, dict_type, set_type, frozenset_type;
extern Type range_type, slice_type;
extern Type function_type, builtin_type, method_type, method_descr_type, getset_descr_type;
extern Type staticmethod_type, classmethod_type, property_type, super_type, cell_type;
extern Type module_type, generator_type, coroutine_type, async_generator_type;

static inline Type *TYPE(Value v) {
    return IS_SMALL(v) ? &int_type : v->type;
}

#define HAS_FLAG(v, f) (!IS_SMALL(v) && ((v)->type->flags & (f)))
#define IS_INT(v) (IS_SMALL(v) || ((v)->type->flags & TF_INT))
#define IS_STR(v) HAS_FLAG(v, TF_STR)
#define IS_EXACT_STR(v) (!IS_SMALL(v) && (v)->type == &str_type)
#define IS_LIST(v) HAS_FLAG(v, TF_LIST)
#define IS_TUPLE(v) HAS_FLAG(v, TF_TUPLE)
#define IS_DICT(v) HAS_FLAG(v, TF_DICT)
#define IS_FLOAT(v) HAS_FLAG(v, TF_FLOAT)
#define IS_TYPE(v) HAS_FLAG(v, TF_TYPE)
#define IS_EXC(v) HAS_FLAG(v, TF_EXC)
#define IS_BYTES(v) HAS_FLAG(v, TF_BYTES)
#define IS_SETLIKE(v) HAS_FLAG(v, TF_SET)
#define IS_BOOL(v) ((v) == TRUE_V || (v) == FALSE_V)

/* Copies n Values; src may be NULL when n is 0 (argument arrays of calls without arguments),
 * which memcpy does not allow. */
static inline void vals_copy(Value *dst, const Value *src, size_t n) {
    if (n)
        memcpy(dst, src, n * sizeof(Value));
}

/* The name a user sees for a type: "int", "MyClass". */
const char *type_name(Type *t);
static inline const char *tname(Value v) {
    return type_name(TYPE(v));
}

#endif
