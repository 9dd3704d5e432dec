/* super: attribute look-up that starts after a class in an instance's MRO. */
#include "rt.h"

/* The evaluator supplies the implicit arguments of a zero-argument super(): the __class__
 * cell and the first argument of the calling function. */
bool eval_super_args(VM *vm, Type **type, Value *obj);

static Value super_tp_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Super *s = (Super *)gc_new(vm, t, t->basicsize);
    if (!s)
        return NULL;
    s->type = NULL;
    s->obj = NULL;
    s->obj_type = NULL;
    return (Value)s;
}

static int super_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Super *s = (Super *)self;
    if (!args_no_kw(vm, "super", kwnames))
        return -1;
    Type *type;
    Value obj = NULL;
    if (nargs == 0) {
        if (!eval_super_args(vm, &type, &obj))
            return -1;
    } else {
        if (!args_count(vm, "super()", nargs, NULL, 0, 2))
            return -1;
        if (!IS_TYPE(args[0])) {
            exc_raise(vm, &Exc_TypeError, "super() argument 1 must be a type, not %s",
                      tname(args[0]));
            return -1;
        }
        type = (Type *)args[0];
        obj = nargs == 2 ? args[1] : NULL;
    }
    Type *obj_type = NULL;
    if (obj == NONE)
        obj = NULL;
    if (obj) {
        if (IS_TYPE(obj) && type_is_subtype((Type *)obj, type)) {
            obj_type = (Type *)obj;
        } else if (isinstance_type(obj, type)) {
            obj_type = TYPE(obj);
        } else {
            exc_raise(vm, &Exc_TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
            return -1;
        }
    }
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return 0;
}

static Value super_getattr(VM *vm, Value self, Value name) {
    Super *s = (Super *)self;
    if (s->obj_type && !str_eq_c(name, "__class__")) {
        Tuple *mro = AS_TUPLE(s->obj_type->mro);
        size_t i = 0;
        while (i < mro->len && mro->items[i] != (Value)s->type)
            i++;
        for (i++; i < mro->len; i++) {
            Type *b = (Type *)mro->items[i];
            Value r = dict_get_str(vm, b->dict, name);
            if (r == VAL_MISSING)
                continue;
            DescrGetFn get = TYPE(r)->descr_get;
            if (!get)
                return r;
            return get(vm, r, s->obj == (Value)s->obj_type ? NULL : s->obj, (Value)s->obj_type);
        }
    }
    return generic_getattr(vm, self, name);
}

static Value super_repr(VM *vm, Value self) {
    Super *s = (Super *)self;
    const char *cls = s->type ? type_name(s->type) : "NULL";
    if (s->obj_type)
        return str_fmt(vm, "<super: <class '%s'>, <%s object>>", cls, type_name(s->obj_type));
    return str_fmt(vm, "<super: <class '%s'>, NULL>", cls);
}

static Value super_get(VM *vm, Value self, Value obj, Value type) {
    Super *s = (Super *)self;
    if (!obj || s->obj)
        return self;
    Value args[2] = {(Value)s->type, obj};
    return obj_call(vm, (Value)TYPE(self), args, 2, NULL);
}

static Value get_thisclass(VM *vm, Value v) {
    Super *s = (Super *)v;
    return s->type ? (Value)s->type : NONE;
}

static Value get_self(VM *vm, Value v) {
    Super *s = (Super *)v;
    return s->obj ? s->obj : NONE;
}

static Value get_self_class(VM *vm, Value v) {
    Super *s = (Super *)v;
    return s->obj_type ? (Value)s->obj_type : NONE;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", get_thisclass, NULL, NULL},
    {"__self__", get_self, NULL, NULL},
    {"__self_class__", get_self_class, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type super_type = {
    .ob = {&type_type}, .name = "super", .flags = TF_BASETYPE, .basicsize = sizeof(Super),
    .doc = "super() -> same as super(__class__, <first argument>)",
    .repr = super_repr, .getattr = super_getattr, .descr_get = super_get,
    .new_ = super_tp_new, .init = super_init, .getsets = super_getsets,
};
