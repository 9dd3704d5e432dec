/* type: classes, their MRO, attribute look-up along it, and the slot wrappers that let Python
 * classes define operators. */
#ifndef KR_TYPE_H
#define KR_TYPE_H

#include "object.h"

/* Prepares a static built-in type: dict from its method tables, MRO, inherited slots. */
void type_ready(Type *t);
/* class statement: metatype(name, bases, ns, **kw). */
Value type_new_class(VM *vm, Type *meta, Value name, Value bases, Value ns, Value kwnames,
                     Value *kwargs);
/* Whether instances of oldto may become instances of newto (`attr` assignment, "__class__"
 * or "__bases__"); TypeError if not. */
bool type_layout_compatible(VM *vm, Type *oldto, Type *newto, const char *attr);
int type_set_bases(VM *vm, Type *t, Value bases);
/* The most derived of meta and the metaclasses of bases; TypeError on a conflict. */
Type *type_calc_metaclass(VM *vm, Type *meta, Value bases);
/* Look-up along the MRO without descriptors; VAL_MISSING if absent. */
Value type_lookup(Type *t, Value name);
Value type_lookup_c(Type *t, const char *name);
bool type_is_subtype(Type *a, Type *b);
static inline bool isinstance_type(Value v, Type *t) {
    Type *vt = TYPE(v);
    return vt == t || type_is_subtype(vt, t);
}
/* After a change to t.__dict__: recompute slot wrappers and invalidate caches down the tree. */
void type_modified(VM *vm, Type *t, Value name);
Value type_repr(VM *vm, Value t);
/* The instance __dict__ slot of v, or NULL if its type has none. */
Value *obj_dictptr(Value v);
/* The __dict__ of v, created on first use; NULL with no error if v has none. */
Value obj_dict(VM *vm, Value v);
/* Assigning v.__dict__ for a built-in type with an instance dict (CPython's
 * PyObject_GenericSetDict): a dict is required and deleting is refused. */
int obj_set_dict(VM *vm, Value v, Value d);
/* Allocates an instance of heap type t (tp_alloc). */
Value type_alloc(VM *vm, Type *t);
/* A private name `__x` used in class `cls_name` as the compiler mangles it: `_cls__x`. */
Value type_mangle(VM *vm, Value cls_name, Value name);
/* Whether `t` is a heap type whose nearest static base is `base`. */
Type *type_static_base(Type *t);

/* Generic attribute protocol (object.__getattribute__ / __setattr__). */
Value generic_getattr(VM *vm, Value obj, Value name);
int generic_setattr(VM *vm, Value obj, Value name, Value v);
/* Look-up for a method call: sets *is_unbound when the result is a plain function found on the
 * type, so the caller passes obj as the first argument instead of binding a method. */
Value generic_getmethod(VM *vm, Value obj, Value name, bool *is_unbound);

/* Calls a special method found on the type (not the instance), as the interpreter does for
 * operators.  VAL_MISSING if the type lacks it. */
Value call_special(VM *vm, Value obj, Value name, Value *args, size_t nargs);

#endif
