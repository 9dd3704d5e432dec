/* Callables: Python functions (their code is the evaluator's business, opaque here), C
 * built-ins, bound methods, the descriptors built-in types expose (method and getset
 * descriptors), staticmethod, classmethod, property, super, and closure cells. */
#ifndef KR_FUNC_H
#define KR_FUNC_H

#include "object.h"

typedef struct Code Code;   /* interp/: the function's AST, scope and parameter layout */

typedef struct Function {
    Obj ob;
    Code *code;
    Value globals;      /* dict; never exposed to Python */
    Value defaults;     /* tuple or NULL */
    Value kwdefaults;   /* dict or NULL */
    Value closure;      /* tuple of cells or NULL */
    Value name, qualname, doc, module;
    Value dict;         /* function attributes, created on first use */
    Value annotations;  /* dict or NULL */
} Function;

typedef struct Builtin {
    Obj ob;
    const MethodDef *def;
    Value self;         /* bound object, or NULL; the module name for module functions */
    Value module;       /* str or NULL */
    void *ud;           /* host functions: the host's pointer */
} Builtin;

typedef struct Method {
    Obj ob;
    Value func;
    Value self;
} Method;

typedef struct MethodDescr {
    Obj ob;
    const MethodDef *def;
    Type *owner;
} MethodDescr;

typedef struct GetSetDescr {
    Obj ob;
    const GetSetDef *def;
    Type *owner;
} GetSetDescr;

/* A __slots__ member: one word of the instance at `offset`, NULL while unset. */
typedef struct MemberDescr {
    Obj ob;
    Type *owner;
    Value name;
    uint32_t offset;
} MemberDescr;

typedef struct Wrapper {   /* staticmethod, classmethod */
    Obj ob;
    Value func;
    Value dict;
} Wrapper;

typedef struct Property {
    Obj ob;
    Value fget, fset, fdel, doc;
    Value name;
} Property;

typedef struct Super {
    Obj ob;
    Type *type;         /* the class super() was called in */
    Value obj;          /* the instance or class */
    Type *obj_type;     /* type to take the MRO from */
} Super;

typedef struct Cell {
    Obj ob;
    Value v;            /* NULL: empty */
} Cell;

#define AS_FUNC(v) ((Function *)(v))
#define AS_BUILTIN(v) ((Builtin *)(v))
#define AS_METHOD(v) ((Method *)(v))
#define AS_CELL(v) ((Cell *)(v))

Value builtin_new(VM *vm, const MethodDef *def, Value self, Value module);
Value method_new(VM *vm, Value func, Value self);
Value cell_new(VM *vm, Value v);
Value property_new(VM *vm, Value fget, Value fset, Value fdel, Value doc);
Value member_descr_new(VM *vm, Type *owner, Value name, uint32_t offset);

extern Type member_descr_type;

/* Adds each MethodDef of a NULL-terminated table to a dict as a builtin function. */
bool builtins_add_table(VM *vm, Value dict, const MethodDef *defs, Value module);

/* The evaluator installs the calls of Python functions. */
extern CallFn function_call_hook;

#endif
