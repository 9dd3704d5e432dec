/* Callables and descriptors: functions (attributes only: calling them is the evaluator's),
 * built-ins, bound methods, method/getset descriptors, staticmethod, classmethod, property,
 * cells. */
#include <stdio.h>

#include "rt.h"

uintptr_t obj_id(Value v);

CallFn function_call_hook;

static Value addr_str(VM *vm, Value v) {
    char buf[32];
    snprintf(buf, sizeof buf, "0x%012lx", (unsigned long)obj_id(v));
    return str_from_c(vm, buf);
}

/* ---- function ---- */

static Value function_repr(VM *vm, Value v) {
    return str_fmt(vm, "<function %U at %U>", AS_FUNC(v)->qualname, addr_str(vm, v));
}

static Value function_call(VM *vm, Value f, Value *args, size_t nargs, Value kwnames) {
    return function_call_hook(vm, f, args, nargs, kwnames);
}

static Value function_get(VM *vm, Value f, Value obj, Value type) {
    if (!obj)
        return f;
    return method_new(vm, f, obj);
}

#define FUNC_FIELD_GET(field)                              \
    static Value get_##field(VM *vm, Value v) {            \
        Value x = AS_FUNC(v)->field;                       \
        return x ? x : NONE;                               \
    }
FUNC_FIELD_GET(name)
FUNC_FIELD_GET(qualname)
FUNC_FIELD_GET(doc)
FUNC_FIELD_GET(module)
FUNC_FIELD_GET(defaults)
FUNC_FIELD_GET(kwdefaults)

static int set_name(VM *vm, Value v, Value x) {
    if (!x || !IS_STR(x)) {
        exc_raise(vm, &Exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    AS_FUNC(v)->name = x;
    return 0;
}

static int set_qualname(VM *vm, Value v, Value x) {
    if (!x || !IS_STR(x)) {
        exc_raise(vm, &Exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    AS_FUNC(v)->qualname = x;
    return 0;
}

static int set_doc(VM *vm, Value v, Value x) {
    AS_FUNC(v)->doc = x ? x : NONE;
    return 0;
}

static int set_module(VM *vm, Value v, Value x) {
    AS_FUNC(v)->module = x ? x : NONE;
    return 0;
}

static int set_defaults(VM *vm, Value v, Value x) {
    if (x && x != NONE && !IS_TUPLE(x)) {
        exc_raise(vm, &Exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    AS_FUNC(v)->defaults = x == NONE ? NULL : x;
    return 0;
}

static int set_kwdefaults(VM *vm, Value v, Value x) {
    if (x && x != NONE && !IS_DICT(x)) {
        exc_raise(vm, &Exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    AS_FUNC(v)->kwdefaults = x == NONE ? NULL : x;
    return 0;
}

static Value get_annotations(VM *vm, Value v) {
    Function *f = AS_FUNC(v);
    if (!f->annotations)
        f->annotations = dict_new(vm);
    return f->annotations;
}

static int set_annotations(VM *vm, Value v, Value x) {
    if (x && x != NONE && !IS_DICT(x)) {
        exc_raise(vm, &Exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    AS_FUNC(v)->annotations = x == NONE ? NULL : x;
    return 0;
}

static const GetSetDef function_getsets[] = {
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"__doc__", get_doc, set_doc, NULL},
    {"__module__", get_module, set_module, NULL},
    {"__defaults__", get_defaults, set_defaults, NULL},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults, NULL},
    {"__dict__", obj_dict, obj_set_dict, NULL},
    {"__annotations__", get_annotations, set_annotations, NULL},
    {NULL, NULL, NULL, NULL},
};

Type function_type = {
    .ob = {&type_type}, .name = "function", .basicsize = offsetof(Function, dict),
    .dictoffset = offsetof(Function, dict),
    .repr = function_repr, .call = function_call, .descr_get = function_get,
    .getsets = function_getsets,
};

/* ---- builtin function or method ---- */

Value builtin_new(VM *vm, const MethodDef *def, Value self, Value module) {
    Builtin *b = (Builtin *)gc_new(vm, &builtin_type, sizeof(Builtin));
    if (!b)
        return NULL;
    b->def = def;
    b->self = self;
    b->module = module;
    b->ud = NULL;
    return (Value)b;
}

bool builtins_add_table(VM *vm, Value dict, const MethodDef *defs, Value module) {
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = builtin_new(vm, d, NULL, module);
        if (!f || !dict_set_c(vm, dict, d->name, f))
            return false;
    }
    return true;
}

static Value builtin_call(VM *vm, Value f, Value *args, size_t nargs, Value kwnames) {
    Builtin *b = AS_BUILTIN(f);
    return b->def->fn(vm, b->self, args, nargs, kwnames);
}

static Value builtin_repr(VM *vm, Value v) {
    Builtin *b = AS_BUILTIN(v);
    if (b->self && !IS_TYPE(b->self) && TYPE(b->self) != &module_type)
        return str_fmt(vm, "<built-in method %s of %s object at %U>", b->def->name,
                       tname(b->self), addr_str(vm, b->self));
    if (b->self && IS_TYPE(b->self))
        return str_fmt(vm, "<built-in method %s of type object at %U>", b->def->name,
                       addr_str(vm, b->self));
    return str_fmt(vm, "<built-in function %s>", b->def->name);
}

static Value builtin_name(VM *vm, Value v) {
    return str_from_c(vm, AS_BUILTIN(v)->def->name);
}

static Value builtin_qualname(VM *vm, Value v) {
    Builtin *b = AS_BUILTIN(v);
    if (b->self && IS_TYPE(b->self))
        return str_fmt(vm, "%s.%s", type_name((Type *)b->self), b->def->name);
    if (b->self && TYPE(b->self) != &module_type)
        return str_fmt(vm, "%s.%s", tname(b->self), b->def->name);
    return str_from_c(vm, b->def->name);
}

static Value builtin_doc(VM *vm, Value v) {
    const char *d = AS_BUILTIN(v)->def->doc;
    return d ? str_from_c(vm, d) : NONE;
}

static Value builtin_self(VM *vm, Value v) {
    Builtin *b = AS_BUILTIN(v);
    return b->self ? b->self : NONE;
}

static Value builtin_module(VM *vm, Value v) {
    Builtin *b = AS_BUILTIN(v);
    return b->module ? b->module : NONE;
}

static const GetSetDef builtin_getsets[] = {
    {"__name__", builtin_name, NULL, NULL},
    {"__qualname__", builtin_qualname, NULL, NULL},
    {"__doc__", builtin_doc, NULL, NULL},
    {"__self__", builtin_self, NULL, NULL},
    {"__module__", builtin_module, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type builtin_type = {
    .ob = {&type_type}, .name = "builtin_function_or_method", .basicsize = sizeof(Builtin),
    .repr = builtin_repr, .call = builtin_call, .getsets = builtin_getsets,
};

/* ---- bound method ---- */

Value method_new(VM *vm, Value func, Value self) {
    Method *m = (Method *)gc_new(vm, &method_type, sizeof(Method));
    if (!m)
        return NULL;
    m->func = func;
    m->self = self;
    return (Value)m;
}

static Value method_call(VM *vm, Value v, Value *args, size_t nargs, Value kwnames) {
    Method *m = AS_METHOD(v);
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    Value small[8];
    Value *stack = nargs + nkw + 1 <= 8 ? small
                                        : gc_alloc(vm, (nargs + nkw + 1) * sizeof(Value));
    if (!stack)
        return NULL;
    stack[0] = m->self;
    vals_copy(stack + 1, args, nargs + nkw);
    return obj_call(vm, m->func, stack, nargs + 1, kwnames);
}

static Value method_repr(VM *vm, Value v) {
    Method *m = AS_METHOD(v);
    Value qn = obj_getattr_opt(vm, m->func, NM(__qualname__));
    if (!qn)
        return NULL;
    if (qn == VAL_MISSING || !IS_STR(qn))
        qn = str_from_c(vm, "?");
    Value sr = obj_repr(vm, m->self);
    if (!sr)
        return NULL;
    return str_fmt(vm, "<bound method %U of %U>", qn, sr);
}

static Value method_richcmp(VM *vm, Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &method_type)
        return NOTIMPL;
    bool eq = AS_METHOD(a)->self == AS_METHOD(b)->self && AS_METHOD(a)->func == AS_METHOD(b)->func;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static bool method_hash(VM *vm, Value v, int64_t *out) {
    int64_t a, b;
    if (!obj_hash(vm, AS_METHOD(v)->self, &a) || !obj_hash(vm, AS_METHOD(v)->func, &b))
        return false;
    *out = a ^ b;
    if (*out == -1)
        *out = -2;
    return true;
}

static Value method_getattr(VM *vm, Value v, Value name) {
    Value r = generic_getattr(vm, v, name);
    if (r || !exc_pending_matches(vm, &Exc_AttributeError))
        return r;
    exc_clear(vm);
    return obj_getattr(vm, AS_METHOD(v)->func, name);
}

static Value method_func(VM *vm, Value v) {
    return AS_METHOD(v)->func;
}

static Value method_self(VM *vm, Value v) {
    return AS_METHOD(v)->self;
}

/* the type's own (absent) docstring must not hide the function's */
static Value method_doc(VM *vm, Value v) {
    Value d = obj_getattr_opt(vm, AS_METHOD(v)->func, NM(__doc__));
    return d == VAL_MISSING ? NONE : d;
}

static const GetSetDef method_getsets[] = {
    {"__func__", method_func, NULL, NULL},
    {"__self__", method_self, NULL, NULL},
    {"__doc__", method_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type method_type = {
    .ob = {&type_type}, .name = "method", .basicsize = sizeof(Method),
    .repr = method_repr, .call = method_call, .richcmp = method_richcmp, .hash = method_hash,
    .getattr = method_getattr, .getsets = method_getsets,
};

/* ---- method descriptor (methods of built-in types) ---- */

static Value mdescr_call(VM *vm, Value v, Value *args, size_t nargs, Value kwnames) {
    MethodDescr *d = (MethodDescr *)v;
    if ((d->def->flags & MF_CLASS) && nargs >= 1 && IS_TYPE(args[0]) &&
        type_is_subtype((Type *)args[0], d->owner))
        return d->def->fn(vm, args[0], args + 1, nargs - 1, kwnames);
    if (nargs < 1)
        return exc_raise(vm, &Exc_TypeError,
                         "unbound method %s.%s() needs an argument", type_name(d->owner),
                         d->def->name);
    if (!isinstance_type(args[0], d->owner))
        return exc_raise(vm, &Exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         d->def->name, type_name(d->owner), tname(args[0]));
    return d->def->fn(vm, args[0], args + 1, nargs - 1, kwnames);
}

static Value mdescr_get(VM *vm, Value v, Value obj, Value type) {
    MethodDescr *d = (MethodDescr *)v;
    if (d->def->flags & MF_CLASS)
        return builtin_new(vm, d->def, type ? type : (Value)TYPE(obj), NULL);
    if (!obj)
        return v;
    if (!isinstance_type(obj, d->owner))
        return exc_raise(vm, &Exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         d->def->name, type_name(d->owner), tname(obj));
    return builtin_new(vm, d->def, obj, NULL);
}

static Value mdescr_repr(VM *vm, Value v) {
    MethodDescr *d = (MethodDescr *)v;
    return str_fmt(vm, "<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value mdescr_name(VM *vm, Value v) {
    return str_from_c(vm, ((MethodDescr *)v)->def->name);
}

static Value mdescr_qualname(VM *vm, Value v) {
    MethodDescr *d = (MethodDescr *)v;
    return str_fmt(vm, "%s.%s", type_name(d->owner), d->def->name);
}

static Value mdescr_doc(VM *vm, Value v) {
    const char *doc = ((MethodDescr *)v)->def->doc;
    return doc ? str_from_c(vm, doc) : NONE;
}

static Value mdescr_objclass(VM *vm, Value v) {
    return (Value)((MethodDescr *)v)->owner;
}

static const GetSetDef mdescr_getsets[] = {
    {"__name__", mdescr_name, NULL, NULL},
    {"__qualname__", mdescr_qualname, NULL, NULL},
    {"__doc__", mdescr_doc, NULL, NULL},
    {"__objclass__", mdescr_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type method_descr_type = {
    .ob = {&type_type}, .name = "method_descriptor", .basicsize = sizeof(MethodDescr),
    .repr = mdescr_repr, .call = mdescr_call, .descr_get = mdescr_get,
    .getsets = mdescr_getsets,
};

/* ---- getset descriptor ---- */

static Value gsdescr_get(VM *vm, Value v, Value obj, Value type) {
    GetSetDescr *d = (GetSetDescr *)v;
    if (!obj)
        return v;
    if (!isinstance_type(obj, d->owner))
        return exc_raise(vm, &Exc_TypeError,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         d->def->name, type_name(d->owner), tname(obj));
    return d->def->get(vm, obj);
}

static int gsdescr_set(VM *vm, Value v, Value obj, Value x) {
    GetSetDescr *d = (GetSetDescr *)v;
    if (!d->def->set) {
        exc_raise(vm, &Exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                  d->def->name, type_name(d->owner));
        return -1;
    }
    return d->def->set(vm, obj, x);
}

static Value gsdescr_repr(VM *vm, Value v) {
    GetSetDescr *d = (GetSetDescr *)v;
    return str_fmt(vm, "<attribute '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value gsdescr_name(VM *vm, Value v) {
    return str_from_c(vm, ((GetSetDescr *)v)->def->name);
}

static Value gsdescr_doc(VM *vm, Value v) {
    const char *doc = ((GetSetDescr *)v)->def->doc;
    return doc ? str_from_c(vm, doc) : NONE;
}

static const GetSetDef gsdescr_getsets[] = {
    {"__name__", gsdescr_name, NULL, NULL},
    {"__doc__", gsdescr_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type getset_descr_type = {
    .ob = {&type_type}, .name = "getset_descriptor", .basicsize = sizeof(GetSetDescr),
    .repr = gsdescr_repr, .descr_get = gsdescr_get, .descr_set = gsdescr_set,
    .getsets = gsdescr_getsets,
};

/* ---- member descriptor (__slots__) ---- */

Value member_descr_new(VM *vm, Type *owner, Value name, uint32_t offset) {
    MemberDescr *d = (MemberDescr *)gc_new(vm, &member_descr_type, sizeof(MemberDescr));
    if (!d)
        return NULL;
    d->owner = owner;
    d->name = name;
    d->offset = offset;
    return (Value)d;
}

static Value *member_slot(VM *vm, MemberDescr *d, Value obj) {
    if (!isinstance_type(obj, d->owner)) {
        exc_raise(vm, &Exc_TypeError,
                  "descriptor '%U' for '%s' objects doesn't apply to a '%s' object", d->name,
                  type_name(d->owner), tname(obj));
        return NULL;
    }
    return (Value *)((char *)obj + d->offset);
}

static Value member_get(VM *vm, Value v, Value obj, Value type) {
    MemberDescr *d = (MemberDescr *)v;
    if (!obj)
        return v;
    Value *p = member_slot(vm, d, obj);
    if (!p)
        return NULL;
    return *p ? *p : exc_attribute_error(vm, obj, d->name);
}

static int member_set(VM *vm, Value v, Value obj, Value x) {
    MemberDescr *d = (MemberDescr *)v;
    Value *p = member_slot(vm, d, obj);
    if (!p)
        return -1;
    if (!x && !*p) {
        exc_raise_value(vm, &Exc_AttributeError, d->name);
        return -1;
    }
    *p = x;
    return 0;
}

static Value member_repr(VM *vm, Value v) {
    MemberDescr *d = (MemberDescr *)v;
    return str_fmt(vm, "<member '%U' of '%s' objects>", d->name, type_name(d->owner));
}

static Value member_name(VM *vm, Value v) {
    return ((MemberDescr *)v)->name;
}

static Value member_qualname(VM *vm, Value v) {
    MemberDescr *d = (MemberDescr *)v;
    return str_fmt(vm, "%s.%U", type_name(d->owner), d->name);
}

static Value member_objclass(VM *vm, Value v) {
    return (Value)((MemberDescr *)v)->owner;
}

static Value member_doc(VM *vm, Value v) {
    return NONE;
}

static const GetSetDef member_getsets[] = {
    {"__name__", member_name, NULL, NULL},
    {"__qualname__", member_qualname, NULL, NULL},
    {"__objclass__", member_objclass, NULL, NULL},
    {"__doc__", member_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type member_descr_type = {
    .ob = {&type_type}, .name = "member_descriptor", .basicsize = sizeof(MemberDescr),
    .repr = member_repr, .descr_get = member_get, .descr_set = member_set,
    .getsets = member_getsets,
};

/* ---- staticmethod, classmethod ---- */

static Value wrapper_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Wrapper *w = (Wrapper *)gc_new(vm, t, t->basicsize);
    if (!w)
        return NULL;
    w->func = NONE;
    w->dict = NULL;
    return (Value)w;
}

static int wrapper_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    const char *name = isinstance_type(self, &staticmethod_type) ? "staticmethod" : "classmethod";
    if (!args_no_kw(vm, name, kwnames))
        return -1;
    if (nargs != 1) {
        exc_raise(vm, &Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    ((Wrapper *)self)->func = args[0];
    /* As functools.wraps (CPython 3.10+): the wrapper shows the function's name and docstring.
     * Set as attributes, so that a subclass's descriptors and __setattr__ take part. */
    static const int copied[] = {NM___module__, NM___name__, NM___qualname__, NM___doc__,
                                 NM___annotations__};
    for (size_t i = 0; i < sizeof copied / sizeof *copied; i++) {
        Value v = obj_getattr_opt(vm, args[0], kr_names[copied[i]]);
        if (!v || (v != VAL_MISSING && obj_setattr(vm, self, kr_names[copied[i]], v) < 0))
            return -1;
    }
    return 0;
}

static Value static_get(VM *vm, Value v, Value obj, Value type) {
    return ((Wrapper *)v)->func;
}

static Value static_call(VM *vm, Value v, Value *args, size_t nargs, Value kwnames) {
    return obj_call(vm, ((Wrapper *)v)->func, args, nargs, kwnames);
}

static Value class_get(VM *vm, Value v, Value obj, Value type) {
    if (!type)
        type = (Value)TYPE(obj);
    Value f = ((Wrapper *)v)->func;
    /* a classmethod wrapping a descriptor (e.g. a property) binds through it */
    if (TYPE(f)->descr_get && TYPE(f) != &function_type && TYPE(f) != &builtin_type)
        return TYPE(f)->descr_get(vm, f, type, type);
    return method_new(vm, f, type);
}

static Value wrapper_func(VM *vm, Value v) {
    return ((Wrapper *)v)->func;
}

/* Whether f declares itself abstract (its __isabstractmethod__ is true): -1 on error. */
static int is_abstract(VM *vm, Value f) {
    Value a = obj_getattr_opt(vm, f, NM(__isabstractmethod__));
    if (!a)
        return -1;
    return a == VAL_MISSING ? 0 : obj_truth(vm, a);
}

static Value wrapper_isabstract(VM *vm, Value v) {
    int t = is_abstract(vm, ((Wrapper *)v)->func);
    return t < 0 ? NULL : t ? TRUE_V : FALSE_V;
}

static Value static_repr(VM *vm, Value v) {
    Value f = obj_repr(vm, ((Wrapper *)v)->func);
    return f ? str_fmt(vm, "<%s(%U)>", tname(v), f) : NULL;
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func, NULL, NULL},
    {"__wrapped__", wrapper_func, NULL, NULL},
    {"__isabstractmethod__", wrapper_isabstract, NULL, NULL},
    {"__dict__", obj_dict, obj_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

Type staticmethod_type = {
    .ob = {&type_type}, .name = "staticmethod", .flags = TF_BASETYPE,
    .basicsize = sizeof(Wrapper), .dictoffset = offsetof(Wrapper, dict),
    .repr = static_repr, .descr_get = static_get, .call = static_call,
    .new_ = wrapper_new, .init = wrapper_init,
    .getsets = wrapper_getsets,
};

Type classmethod_type = {
    .ob = {&type_type}, .name = "classmethod", .flags = TF_BASETYPE,
    .basicsize = sizeof(Wrapper), .dictoffset = offsetof(Wrapper, dict),
    .repr = static_repr, .descr_get = class_get,
    .new_ = wrapper_new, .init = wrapper_init, .getsets = wrapper_getsets,
};

/* ---- property ---- */

Value property_new(VM *vm, Value fget, Value fset, Value fdel, Value doc) {
    Property *p = (Property *)gc_new(vm, &property_type, sizeof(Property));
    if (!p)
        return NULL;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    p->doc = doc;
    p->name = NULL;
    return (Value)p;
}

static Value property_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Property *p = (Property *)gc_new(vm, t, t->basicsize);
    if (!p)
        return NULL;
    p->fget = p->fset = p->fdel = p->doc = NONE;
    p->name = NULL;
    return (Value)p;
}

static int property_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Property *p = (Property *)self;
    Value fget = NONE, fset = NONE, fdel = NONE, doc = NONE;
    static const char *const kws[] = {"fget", "fset", "fdel", "doc", NULL};
    if (!args_parse(vm, "property", args, nargs, kwnames, "|OOOO", kws, &fget, &fset, &fdel,
                    &doc))
        return -1;
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    if (doc == NONE && fget != NONE) {
        Value d = obj_getattr_opt(vm, fget, NM(__doc__));
        if (!d)
            return -1;
        doc = d == VAL_MISSING ? NONE : d;
    }
    p->doc = doc;
    /* the __doc__ a subclass's body sets (None by default) would hide the getset: CPython
     * keeps a subclass instance's doc in its __dict__ */
    if (TYPE(self) == &property_type || !obj_dictptr(self))
        return 0;
    Value d = obj_dict(vm, self);
    return d && dict_set(vm, d, NM(__doc__), doc) ? 0 : -1;
}

/* CPython names the instance's class by its qualified name in property errors. */
static Value qualname_of(VM *vm, Value obj) {
    Type *t = TYPE(obj);
    return t->v_qualname ? t->v_qualname : str_from_c(vm, type_name(t));
}

static Value prop_name(VM *vm, Property *p) {
    if (p->name)
        return p->name;
    Value n = p->fget != NONE ? obj_getattr_opt(vm, p->fget, NM(__name__)) : VAL_MISSING;
    return n && n != VAL_MISSING ? n : NULL;
}

static Value property_get(VM *vm, Value v, Value obj, Value type) {
    Property *p = (Property *)v;
    if (!obj)
        return v;
    if (p->fget == NONE) {
        Value n = prop_name(vm, p);
        if (n)
            return exc_raise(vm, &Exc_AttributeError, "property '%U' of '%U' object has no getter",
                             n, qualname_of(vm, obj));
        return exc_raise(vm, &Exc_AttributeError, "unreadable attribute");
    }
    return obj_call1(vm, p->fget, obj);
}

static int property_set(VM *vm, Value v, Value obj, Value x) {
    Property *p = (Property *)v;
    Value f = x ? p->fset : p->fdel;
    if (f == NONE) {
        Value n = prop_name(vm, p);
        if (n)
            exc_raise(vm, &Exc_AttributeError, x ? "property '%U' of '%U' object has no setter"
                                                 : "property '%U' of '%U' object has no deleter",
                      n, qualname_of(vm, obj));
        else
            exc_raise(vm, &Exc_AttributeError, x ? "can't set attribute" : "can't delete attribute");
        return -1;
    }
    Value r = x ? obj_call2(vm, f, obj, x) : obj_call1(vm, f, obj);
    return r ? 0 : -1;
}

static Value property_copy(VM *vm, Value self, Value fget, Value fset, Value fdel) {
    Property *p = (Property *)self;
    Value doc = p->doc;
    if (fget != p->fget && fget != NONE) {
        Value d = obj_getattr_opt(vm, fget, NM(__doc__));
        if (!d)
            return NULL;
        doc = d == VAL_MISSING ? NONE : d;
    }
    Value args[4] = {fget, fset, fdel, doc};
    Value np = obj_call(vm, (Value)TYPE(self), args, 4, NULL);
    if (np && TYPE(np) == TYPE(self))
        ((Property *)np)->name = p->name;
    return np;
}

static Value m_getter(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Property *p = (Property *)self;
    if (!args_count(vm, "getter", nargs, kw, 1, 1))
        return NULL;
    return property_copy(vm, self, args[0], p->fset, p->fdel);
}

static Value m_setter(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Property *p = (Property *)self;
    if (!args_count(vm, "setter", nargs, kw, 1, 1))
        return NULL;
    return property_copy(vm, self, p->fget, args[0], p->fdel);
}

static Value m_deleter(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Property *p = (Property *)self;
    if (!args_count(vm, "deleter", nargs, kw, 1, 1))
        return NULL;
    return property_copy(vm, self, p->fget, p->fset, args[0]);
}

static Value m_set_name(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__set_name__", nargs, kw, 2, 2))
        return NULL;
    ((Property *)self)->name = args[1];
    return NONE;
}

static Value prop_fget(VM *vm, Value v) { return ((Property *)v)->fget; }
static Value prop_fset(VM *vm, Value v) { return ((Property *)v)->fset; }
static Value prop_fdel(VM *vm, Value v) { return ((Property *)v)->fdel; }
static Value prop_doc(VM *vm, Value v) { return ((Property *)v)->doc; }
static int prop_set_doc(VM *vm, Value v, Value x) {
    ((Property *)v)->doc = x ? x : NONE;
    return 0;
}

static Value prop_isabstract(VM *vm, Value v) {
    Property *p = (Property *)v;
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int t = fs[i] == NONE ? 0 : is_abstract(vm, fs[i]);
        if (t)
            return t < 0 ? NULL : TRUE_V;
    }
    return FALSE_V;
}

static const MethodDef property_methods[] = {
    {"getter", m_getter, 0, NULL},
    {"setter", m_setter, 0, NULL},
    {"deleter", m_deleter, 0, NULL},
    {"__set_name__", m_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef property_getsets[] = {
    {"fget", prop_fget, NULL, NULL},
    {"fset", prop_fset, NULL, NULL},
    {"fdel", prop_fdel, NULL, NULL},
    {"__doc__", prop_doc, prop_set_doc, NULL},
    {"__isabstractmethod__", prop_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type property_type = {
    .ob = {&type_type}, .name = "property", .flags = TF_BASETYPE,
    .basicsize = sizeof(Property), .descr_get = property_get, .descr_set = property_set,
    .new_ = property_tp_new, .init = property_init, .methods = property_methods,
    .getsets = property_getsets,
};

/* ---- cell ---- */

Value cell_new(VM *vm, Value v) {
    Cell *c = (Cell *)gc_new(vm, &cell_type, sizeof(Cell));
    if (!c)
        return NULL;
    c->v = v;
    return (Value)c;
}

static Value cell_repr(VM *vm, Value v) {
    Cell *c = AS_CELL(v);
    if (!c->v)
        return str_fmt(vm, "<cell at %U: empty>", addr_str(vm, v));
    return str_fmt(vm, "<cell at %U: %s object at %U>", addr_str(vm, v), tname(c->v),
                   addr_str(vm, c->v));
}

Type cell_type = {
    .ob = {&type_type}, .name = "cell", .basicsize = sizeof(Cell), .repr = cell_repr,
};
