/* object, type, bool, and the singletons None, NotImplemented, Ellipsis. */
#include "rt.h"
#include "slots.h"

Obj kr_none = {&none_type};
Obj kr_notimpl = {&notimpl_type};
Obj kr_ellipsis = {&ellipsis_type};

/* Object identities shown to Python (id(), default repr) are addresses mixed with a per-process
 * key, so sandboxed code learns nothing about the host's memory layout. */
uintptr_t kr_id_key;

uintptr_t obj_id(Value v) {
    return ((uintptr_t)v ^ kr_id_key) & (((uintptr_t)1 << 47) - 1);
}

/* ---- object ---- */

static Value format_addr(VM *vm, Value v, const char *prefix) {
    Type *t = TYPE(v);
    char addr[32];
    snprintf(addr, sizeof addr, "0x%012lx", (unsigned long)obj_id(v));
    if (t->v_module && IS_STR(t->v_module) && !str_eq_c(t->v_module, "builtins"))
        return str_fmt(vm, "<%U.%U %s at %s>", t->v_module, t->v_qualname, prefix, addr);
    return str_fmt(vm, "<%s %s at %s>", type_name(t), prefix, addr);
}

static Value object_repr_impl(VM *vm, Value v) {
    return format_addr(vm, v, "object");
}

static Value object_str(VM *vm, Value v) {
    ReprFn r = TYPE(v)->repr;
    return r ? r(vm, v) : object_repr_impl(vm, v);
}

static bool object_hash(VM *vm, Value v, int64_t *out) {
    /* CPython's _Py_HashPointer: the address rotated by 4 bits */
    uintptr_t y = obj_id(v);
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    *out = (int64_t)y == -1 ? -2 : (int64_t)y;
    return true;
}

static Value object_richcmp(VM *vm, Value a, Value b, int op) {
    if (op == CMP_EQ)
        return a == b ? TRUE_V : NOTIMPL;
    if (op == CMP_NE) {
        /* __ne__ delegates to __eq__ and inverts its result */
        RichCmpFn eq = TYPE(a)->richcmp;
        Value r = eq ? eq(vm, a, b, CMP_EQ) : NOTIMPL;
        if (!r || r == NOTIMPL)
            return r;
        int t = obj_truth(vm, r);
        return t < 0 ? NULL : BOOL_V(!t);
    }
    return NOTIMPL;
}

static bool excess_args(size_t nargs, Value kwnames) {
    return nargs || (kwnames && AS_TUPLE(kwnames)->len);
}

static Value object_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames);
static int object_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames);

static Value object_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new)
            return exc_raise(vm, &Exc_TypeError,
                             "object.__new__() takes exactly one argument (the type to "
                             "instantiate)");
        if (t->init == object_init)
            return exc_raise(vm, &Exc_TypeError, "%s() takes no arguments", type_name(t));
    }
    if (t->flags & TF_ABSTRACT)
        return exc_raise(vm, &Exc_TypeError, "cannot create '%s' instances", type_name(t));
    Value abstract = type_lookup(t, NM(__abstractmethods__));
    if (abstract != VAL_MISSING && IS_SETLIKE(abstract) && AS_SET(abstract)->used) {
        Value names = list_from_iter(vm, abstract);
        if (!names || !list_sort(vm, names, NONE, false))
            return NULL;
        Value sep = str_from_c(vm, ", ");
        Value joined = sep ? obj_call_method_c(vm, sep, "join", &names, 1) : NULL;
        if (!joined)
            return NULL;
        return exc_raise(vm, &Exc_TypeError,
                         "Can't instantiate abstract class %s with abstract method%s %U",
                         type_name(t), AS_LIST(names)->len > 1 ? "s" : "", joined);
    }
    return type_alloc(vm, t);
}

static int object_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Type *t = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != object_init) {
            exc_raise(vm, &Exc_TypeError,
                      "object.__init__() takes exactly one argument (the instance to "
                      "initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            exc_raise(vm, &Exc_TypeError, "%s() takes no arguments", type_name(t));
            return -1;
        }
    }
    return 0;
}

static Value object_format(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__format__", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "__format__() argument must be str, not %s",
                         tname(args[0]));
    if (str_nbytes(args[0]))
        return exc_raise(vm, &Exc_TypeError, "unsupported format string passed to %s.__format__",
                         tname(self));
    return obj_str(vm, self);
}

static Value object_init_subclass(VM *vm, Value cls, Value *args, size_t nargs, Value kw) {
    if (kw && AS_TUPLE(kw)->len)
        return exc_raise(vm, &Exc_TypeError,
                         "%s.__init_subclass__() takes no keyword arguments",
                         type_name((Type *)cls));
    return args_count(vm, "object.__init_subclass__", nargs, NULL, 0, 0) ? NONE : NULL;
}

Value builtin_dir_of(VM *vm, Value obj);

static Value object_dir(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__dir__", nargs, kw, 0, 0))
        return NULL;
    return builtin_dir_of(vm, self);
}

static Value object_sizeof(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__sizeof__", nargs, kw, 0, 0))
        return NULL;
    return MK_SMALL(IS_SMALL(self) ? 28 : TYPE(self)->basicsize);
}

static Value object_reduce_ex(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return exc_raise(vm, &Exc_TypeError, "cannot pickle '%s' object", tname(self));
}

static Value object_get_class(VM *vm, Value self) {
    return (Value)TYPE(self);
}

static int object_set_class(VM *vm, Value self, Value v) {
    if (!v) {
        exc_raise(vm, &Exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!IS_TYPE(v)) {
        exc_raise(vm, &Exc_TypeError, "__class__ must be set to a class, not '%s' object",
                  tname(v));
        return -1;
    }
    Type *old = TYPE(self), *nt = (Type *)v;
    if (!(old->flags & TF_HEAP) || !(nt->flags & TF_HEAP)) {
        exc_raise(vm, &Exc_TypeError, "__class__ assignment only supported for mutable types "
                  "or ModuleType subclasses");
        return -1;
    }
    if (!type_layout_compatible(vm, old, nt, "__class__"))
        return -1;
    self->type = nt;
    return 0;
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, 0, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, MF_CLASS, NULL},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, 0, NULL},
    {"__reduce_ex__", object_reduce_ex, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL, NULL, NULL, NULL},
};

Type object_type = {
    .ob = {&type_type}, .name = "object", .flags = TF_BASETYPE, .basicsize = sizeof(Obj),
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
           "and returns a new featureless\ninstance that has no instance attributes and cannot "
           "be given any.\n",
    .repr = object_repr_impl, .str = object_str, .hash = object_hash,
    .richcmp = object_richcmp, .getattr = generic_getattr, .setattr = generic_setattr,
    .new_ = object_new, .init = object_init, .methods = object_methods,
    .getsets = object_getsets,
};

/* ---- type ---- */

static Value type_getattro(VM *vm, Value obj, Value name) {
    Type *t = (Type *)obj, *meta = TYPE(obj);
    Value ma = type_lookup(meta, name);
    DescrGetFn mget = NULL;
    if (ma != VAL_MISSING) {
        mget = TYPE(ma)->descr_get;
        if (mget && TYPE(ma)->descr_set)
            return mget(vm, ma, obj, (Value)meta);
    }
    Value a = type_lookup(t, name);
    if (a != VAL_MISSING) {
        DescrGetFn get = TYPE(a)->descr_get;
        return get ? get(vm, a, NULL, obj) : a;
    }
    if (ma != VAL_MISSING)
        return mget ? mget(vm, ma, obj, (Value)meta) : ma;
    return exc_attribute_error(vm, obj, name);
}

static int type_setattro(VM *vm, Value obj, Value name, Value v) {
    Type *t = (Type *)obj;
    if (!(t->flags & TF_HEAP)) {
        exc_raise(vm, &Exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                  type_name(t));
        return -1;
    }
    Value ma = type_lookup(TYPE(obj), name);
    if (ma != VAL_MISSING && TYPE(ma)->descr_set)
        return TYPE(ma)->descr_set(vm, ma, obj, v);
    name = str_intern(vm, name);
    if (!name)
        return -1;
    if (v) {
        if (!dict_set(vm, t->dict, name, v))
            return -1;
    } else {
        int r = dict_del(vm, t->dict, name);
        if (r <= 0) {
            if (r == 0)
                exc_raise(vm, &Exc_AttributeError, "type object '%s' has no attribute '%U'",
                          type_name(t), name);
            return -1;
        }
    }
    type_modified(vm, t, name);
    return 0;
}

static Value type_call(VM *vm, Value callee, Value *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)callee;
    if (t == &type_type) {
        if (nargs == 1 && (!kwnames || AS_TUPLE(kwnames)->len == 0))
            return (Value)TYPE(args[0]);
        if (nargs != 3)
            return exc_raise(vm, &Exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->new_)
        return exc_raise(vm, &Exc_TypeError, "cannot create '%s' instances", type_name(t));
    Value obj = t->new_(vm, t, args, nargs, kwnames);
    if (!obj)
        return NULL;
    if (!isinstance_type(obj, t) || !TYPE(obj)->init)
        return obj;
    if (TYPE(obj)->init(vm, obj, args, nargs, kwnames) < 0)
        return NULL;
    return obj;
}

static Value type_tp_new(VM *vm, Type *meta, Value *args, size_t nargs, Value kwnames) {
    if (nargs != 3)
        return exc_raise(vm, &Exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                         nargs);
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError,
                         "type.__new__() argument 1 must be str, not %s", tname(args[0]));
    if (!IS_TUPLE(args[1]))
        return exc_raise(vm, &Exc_TypeError,
                         "type.__new__() argument 2 must be tuple, not %s", tname(args[1]));
    if (!IS_DICT(args[2]))
        return exc_raise(vm, &Exc_TypeError,
                         "type.__new__() argument 3 must be dict, not %s", tname(args[2]));
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    Value ns = args[2];
    if (dict_get_str(vm, ns, NM(__module__)) == VAL_MISSING && vm->frame) {
        extern Value eval_current_module_name(VM * vm);
        Value mn = eval_current_module_name(vm);
        if (mn && !(ns = dict_copy(vm, ns)))
            return NULL;
        if (mn && !dict_set(vm, ns, NM(__module__), mn))
            return NULL;
    }
    return type_new_class(vm, meta, str_intern(vm, args[0]), args[1], ns,
                          nkw ? kwnames : NULL, args + 3);
}

static int type_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    if (nargs == 1 && kwnames && AS_TUPLE(kwnames)->len) {
        exc_raise(vm, &Exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        exc_raise(vm, &Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* Built-in types named "module.Name" (types.UnionType) show the part after the dot. */
static Value get_name(VM *vm, Value v) {
    Type *t = (Type *)v;
    if (t->v_name)
        return t->v_name;
    const char *dot = strrchr(t->name, '.');
    return str_from_c(vm, dot ? dot + 1 : t->name);
}

/* CPython's check_set_special_type_attr. */
static bool special_settable(VM *vm, Type *t, Value v, const char *name) {
    if (!(t->flags & TF_HEAP)) {
        exc_raise(vm, &Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                  type_name(t));
        return false;
    }
    if (!v) {
        exc_raise(vm, &Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                  name, type_name(t));
        return false;
    }
    return true;
}

static int set_name(VM *vm, Value v, Value name) {
    Type *t = (Type *)v;
    if (!special_settable(vm, t, name, "__name__"))
        return -1;
    if (!IS_STR(name)) {
        exc_raise(vm, &Exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                  type_name(t), tname(name));
        return -1;
    }
    t->v_name = name;
    return 0;
}

static Value get_qualname(VM *vm, Value v) {
    Type *t = (Type *)v;
    return t->v_qualname ? t->v_qualname : get_name(vm, v);
}

static int set_qualname(VM *vm, Value v, Value name) {
    Type *t = (Type *)v;
    if (!special_settable(vm, t, name, "__qualname__"))
        return -1;
    if (!IS_STR(name)) {
        exc_raise(vm, &Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                  type_name(t), tname(name));
        return -1;
    }
    t->v_qualname = name;
    return 0;
}

static Value get_module(VM *vm, Value v) {
    Type *t = (Type *)v;
    if (t->flags & TF_HEAP) {
        Value m = dict_get_str(vm, t->dict, NM(__module__));
        return m == VAL_MISSING ? NONE : m;
    }
    const char *dot = strrchr(t->name, '.');
    return dot ? str_new(vm, t->name, (size_t)(dot - t->name)) : str_from_c(vm, "builtins");
}

static int set_module(VM *vm, Value v, Value m) {
    Type *t = (Type *)v;
    if (!special_settable(vm, t, m, "__module__"))
        return -1;
    t->v_module = m;
    return dict_set(vm, t->dict, NM(__module__), m) ? 0 : -1;
}

static Value get_mro(VM *vm, Value v) {
    return ((Type *)v)->mro;
}

static Value get_bases(VM *vm, Value v) {
    return ((Type *)v)->bases;
}

static int set_bases(VM *vm, Value v, Value bases) {
    Type *t = (Type *)v;
    return special_settable(vm, t, bases, "__bases__") ? type_set_bases(vm, t, bases) : -1;
}

static Value get_base(VM *vm, Value v) {
    Type *t = (Type *)v;
    return t->base ? (Value)t->base : NONE;
}

static Value get_dict(VM *vm, Value v) {
    extern Value mappingproxy_new(VM * vm, Value d);
    return mappingproxy_new(vm, ((Type *)v)->dict);
}

static Value get_doc(VM *vm, Value v) {
    Type *t = (Type *)v;
    Value d = dict_get_str(vm, t->dict, NM(__doc__));
    if (d == VAL_MISSING)
        return NONE;
    if (TYPE(d)->descr_get)
        return TYPE(d)->descr_get(vm, d, NULL, v);
    return d;
}

static int set_doc(VM *vm, Value v, Value doc) {
    Type *t = (Type *)v;
    if (!special_settable(vm, t, doc, "__doc__") || !dict_set(vm, t->dict, NM(__doc__), doc))
        return -1;
    type_modified(vm, t, NM(__doc__));
    return 0;
}

/* __mro__ and __base__ are read-only members in CPython, worded differently from getsets. */
static int set_readonly(VM *vm, Value v, Value x) {
    exc_raise(vm, &Exc_AttributeError, "readonly attribute");
    return -1;
}

static Value get_abstractmethods(VM *vm, Value v) {
    Type *t = (Type *)v;
    Value d = dict_get_str(vm, t->dict, NM(__abstractmethods__));
    if (d == VAL_MISSING || t == &type_type)
        return exc_raise(vm, &Exc_AttributeError, "__abstractmethods__");
    return d;
}

static int set_abstractmethods(VM *vm, Value v, Value x) {
    Type *t = (Type *)v;
    if (!(t->flags & TF_HEAP)) {
        exc_raise(vm, &Exc_TypeError, "cannot set '__abstractmethods__' attribute of immutable "
                  "type '%s'", type_name(t));
        return -1;
    }
    if (x ? !dict_set(vm, t->dict, NM(__abstractmethods__), x)
          : dict_del(vm, t->dict, NM(__abstractmethods__)) < 0)
        return -1;
    type_modified(vm, t, NM(__abstractmethods__));
    return 0;
}

static Value type_mro_method(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "mro", nargs, kw, 0, 0))
        return NULL;
    return list_from(vm, AS_TUPLE(((Type *)self)->mro)->items,
                     AS_TUPLE(((Type *)self)->mro)->len);
}

static Value type_instancecheck(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__instancecheck__", nargs, kw, 1, 1))
        return NULL;
    int r = obj_real_isinstance(vm, args[0], (Type *)self);
    return r < 0 ? NULL : BOOL_V(r);
}

static Value type_subclasscheck(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__subclasscheck__", nargs, kw, 1, 1))
        return NULL;
    if (!IS_TYPE(args[0]))
        return exc_raise(vm, &Exc_TypeError, "issubclass() arg 1 must be a class");
    return BOOL_V(type_is_subtype((Type *)args[0], (Type *)self));
}

static Value type_prepare(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return dict_new(vm);
}

static Value type_or(VM *vm, Value a, Value b, int op) {
    extern Value union_type_new(VM * vm, Value a, Value b);
    if (op != OP_OR)
        return NOTIMPL;
    return union_type_new(vm, a, b);
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__instancecheck__", type_instancecheck, 0, NULL},
    {"__subclasscheck__", type_subclasscheck, 0, NULL},
    {"__prepare__", type_prepare, MF_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef type_getsets[] = {
    {"__name__", get_name, set_name, NULL},
    {"__qualname__", get_qualname, set_qualname, NULL},
    {"__module__", get_module, set_module, NULL},
    {"__mro__", get_mro, set_readonly, NULL},
    {"__bases__", get_bases, set_bases, NULL},
    {"__base__", get_base, set_readonly, NULL},
    {"__dict__", get_dict, NULL, NULL},
    {"__doc__", get_doc, set_doc, NULL},
    {"__abstractmethods__", get_abstractmethods, set_abstractmethods, NULL},
    {NULL, NULL, NULL, NULL},
};

Type type_type = {
    .ob = {&type_type}, .name = "type", .flags = TF_BASETYPE | TF_TYPE,
    .basicsize = sizeof(Type), .dictoffset = offsetof(Type, dict),
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .repr = type_repr, .binop = type_or, .binop_mask = 1 << OP_OR,
    .getattr = type_getattro, .setattr = type_setattro, .call = type_call,
    .new_ = type_tp_new, .init = type_init, .methods = type_methods, .getsets = type_getsets,
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Value none_repr(VM *vm, Value v) {
    return str_from_c(vm, "None");
}

static int none_truth(VM *vm, Value v) {
    return 0;
}

static Value none_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw) {
    if (excess_args(nargs, kw))
        return exc_raise(vm, &Exc_TypeError, "NoneType takes no arguments");
    return NONE;
}

Type none_type = {
    .ob = {&type_type}, .name = "NoneType", .repr = none_repr, .truth = none_truth,
    .new_ = none_new,
};

static Value notimpl_repr(VM *vm, Value v) {
    return str_from_c(vm, "NotImplemented");
}

static Value notimpl_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw) {
    if (excess_args(nargs, kw))
        return exc_raise(vm, &Exc_TypeError, "NotImplementedType takes no arguments");
    return NOTIMPL;
}

Type notimpl_type = {
    .ob = {&type_type}, .name = "NotImplementedType", .repr = notimpl_repr,
    .new_ = notimpl_new,
};

static Value ellipsis_repr(VM *vm, Value v) {
    return str_from_c(vm, "Ellipsis");
}

static Value ellipsis_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw) {
    if (excess_args(nargs, kw))
        return exc_raise(vm, &Exc_TypeError, "ellipsis takes no arguments");
    return ELLIPSIS;
}

Type ellipsis_type = {
    .ob = {&type_type}, .name = "ellipsis", .repr = ellipsis_repr, .new_ = ellipsis_new,
};
