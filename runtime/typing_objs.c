/* Objects that annotations and class introspection produce: mappingproxy (a read-only view of
 * a class's dict), types.GenericAlias (`list[int]`) and types.UnionType (`int | None`). */
#include "rt.h"

/* ---- mappingproxy ---- */

typedef struct Proxy {
    Obj ob;
    Value d;
} Proxy;

Value mappingproxy_new(VM *vm, Value d) {
    Proxy *p = (Proxy *)gc_new(vm, &mappingproxy_type, sizeof(Proxy));
    if (!p)
        return NULL;
    p->d = d;
    return (Value)p;
}

static Value proxy_getitem(VM *vm, Value v, Value k) {
    return obj_getitem(vm, ((Proxy *)v)->d, k);
}

static int64_t proxy_len(VM *vm, Value v) {
    return obj_len(vm, ((Proxy *)v)->d);
}

static int proxy_contains(VM *vm, Value v, Value k) {
    return obj_contains(vm, ((Proxy *)v)->d, k);
}

static Value proxy_iter(VM *vm, Value v) {
    return obj_iter(vm, ((Proxy *)v)->d);
}

static Value proxy_repr(VM *vm, Value v) {
    Value r = obj_repr(vm, ((Proxy *)v)->d);
    return r ? str_fmt(vm, "mappingproxy(%U)", r) : NULL;
}

static Value proxy_str(VM *vm, Value v) {
    return obj_str(vm, ((Proxy *)v)->d);
}

static Value proxy_richcmp(VM *vm, Value a, Value b, int op) {
    return obj_richcmp(vm, ((Proxy *)a)->d, b, op);
}

/* proxy | mapping and mapping | proxy: a new dict, as the mapping's own | gives */
static Value proxy_or(VM *vm, Value a, Value b, int op) {
    if (op != OP_OR)
        return NOTIMPL;
    if (TYPE(a) == &mappingproxy_type)
        a = ((Proxy *)a)->d;
    if (TYPE(b) == &mappingproxy_type)
        b = ((Proxy *)b)->d;
    return obj_binop(vm, a, b, OP_OR);
}

static Value proxy_forward(VM *vm, Value self, const char *name, Value *args, size_t nargs) {
    return obj_call_method_c(vm, ((Proxy *)self)->d, name, args, nargs);
}

#define FORWARD(m)                                                                   \
    static Value p_##m(VM *vm, Value self, Value *args, size_t nargs, Value kw) {    \
        if (!args_no_kw(vm, #m, kw))                                                 \
            return NULL;                                                             \
        return proxy_forward(vm, self, #m, args, nargs);                             \
    }
FORWARD(keys)
FORWARD(values)
FORWARD(items)
FORWARD(get)
FORWARD(copy)

static const MethodDef proxy_methods[] = {
    {"keys", p_keys, 0, NULL}, {"values", p_values, 0, NULL}, {"items", p_items, 0, NULL},
    {"get", p_get, 0, NULL}, {"copy", p_copy, 0, NULL}, {NULL, NULL, 0, NULL},
};

Type mappingproxy_type = {
    .ob = {&type_type}, .name = "mappingproxy", .basicsize = sizeof(Proxy),
    .repr = proxy_repr, .str = proxy_str, .richcmp = proxy_richcmp, .binop = proxy_or,
    .binop_mask = 1 << OP_OR, .getitem = proxy_getitem, .len = proxy_len,
    .contains = proxy_contains, .iter = proxy_iter, .methods = proxy_methods,
};

/* ---- GenericAlias ---- */

typedef struct Alias {
    Obj ob;
    Value origin, args;
} Alias;

Value generic_alias_new(VM *vm, Value origin, Value args) {
    Alias *a = (Alias *)gc_new(vm, &generic_alias_type, sizeof(Alias));
    if (!a)
        return NULL;
    a->origin = origin;
    a->args = IS_TUPLE(args) ? args : tuple_pack(vm, 1, args);
    return a->args ? (Value)a : NULL;
}

Value generic_class_getitem(VM *vm, Value cls, Value *args, size_t nargs, Value kwnames) {
    if (!args_count(vm, "__class_getitem__", nargs, kwnames, 1, 1))
        return NULL;
    return generic_alias_new(vm, cls, args[0]);
}

/* How typing shows a type inside an alias: builtins by bare name, classes with a module. */
static Value type_text(VM *vm, Value t) {
    if (t == ELLIPSIS)
        return str_from_c(vm, "...");
    if (IS_TYPE(t)) {
        Type *ty = (Type *)t;
        if (ty->flags & TF_HEAP && ty->v_module && IS_STR(ty->v_module) &&
            !str_eq_c(ty->v_module, "builtins"))
            return str_fmt(vm, "%U.%U", ty->v_module, ty->v_qualname);
        return str_from_c(vm, type_name(ty));
    }
    if (t == NONE)
        return str_from_c(vm, "None");
    return obj_repr(vm, t);
}

static Value alias_repr(VM *vm, Value v) {
    Alias *a = (Alias *)v;
    StrBuf b;
    sb_init(&b, vm, 32);
    Value o = type_text(vm, a->origin);
    if (!o)
        return NULL;
    sb_add_str(&b, o);
    sb_addc(&b, '[');
    Tuple *t = AS_TUPLE(a->args);
    if (t->len == 0)
        sb_adds(&b, "()");
    for (size_t i = 0; i < t->len; i++) {
        if (i)
            sb_adds(&b, ", ");
        Value s;
        if (IS_LIST(t->items[i])) {
            s = obj_repr(vm, t->items[i]);
        } else {
            s = type_text(vm, t->items[i]);
        }
        if (!s)
            return NULL;
        sb_add_str(&b, s);
    }
    sb_addc(&b, ']');
    return sb_finish(&b);
}

static Value alias_call(VM *vm, Value v, Value *args, size_t nargs, Value kw) {
    return obj_call(vm, ((Alias *)v)->origin, args, nargs, kw);
}

static Value alias_getattr(VM *vm, Value v, Value name) {
    Alias *a = (Alias *)v;
    if (str_eq_c(name, "__origin__"))
        return a->origin;
    if (str_eq_c(name, "__args__"))
        return a->args;
    if (str_eq_c(name, "__parameters__"))
        return kr_empty_tuple;
    Value r = generic_getattr(vm, v, name);
    if (r || !exc_pending_matches(vm, &Exc_AttributeError))
        return r;
    exc_clear(vm);
    return obj_getattr(vm, a->origin, name);
}

static Value alias_richcmp(VM *vm, Value a, Value b, int op) {
    if (TYPE(b) != &generic_alias_type || (op != CMP_EQ && op != CMP_NE))
        return NOTIMPL;
    int eq = ((Alias *)a)->origin == ((Alias *)b)->origin;
    if (eq) {
        eq = obj_eq(vm, ((Alias *)a)->args, ((Alias *)b)->args);
        if (eq < 0)
            return NULL;
    }
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static bool alias_hash(VM *vm, Value v, int64_t *out) {
    int64_t a, b;
    if (!obj_hash(vm, ((Alias *)v)->origin, &a) || !obj_hash(vm, ((Alias *)v)->args, &b))
        return false;
    *out = a ^ b;
    return true;
}

static Value alias_or(VM *vm, Value a, Value b, int op) {
    extern Value union_type_new(VM * vm, Value a, Value b);
    return op == OP_OR ? union_type_new(vm, a, b) : NOTIMPL;
}

static Value alias_getitem(VM *vm, Value v, Value k) {
    return exc_raise(vm, &Exc_TypeError, "%R is not a generic class", v);
}

static Value alias_instancecheck(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return exc_raise(vm, &Exc_TypeError, "isinstance() argument 2 cannot be a parameterized "
                     "generic");
}

static Value alias_subclasscheck(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return exc_raise(vm, &Exc_TypeError, "issubclass() argument 2 cannot be a parameterized "
                     "generic");
}

/* class C(list[int]) derives from list */
static Value alias_mro_entries(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__mro_entries__", nargs, kw, 1, 1))
        return NULL;
    return tuple_pack(vm, 1, ((Alias *)self)->origin);
}

static const MethodDef alias_methods[] = {
    {"__instancecheck__", alias_instancecheck, 0, NULL},
    {"__subclasscheck__", alias_subclasscheck, 0, NULL},
    {"__mro_entries__", alias_mro_entries, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type generic_alias_type = {
    .ob = {&type_type}, .name = "types.GenericAlias", .basicsize = sizeof(Alias),
    .repr = alias_repr, .call = alias_call, .getattr = alias_getattr,
    .richcmp = alias_richcmp, .hash = alias_hash, .binop = alias_or,
    .binop_mask = 1 << OP_OR, .getitem = alias_getitem, .methods = alias_methods,
};

/* ---- UnionType ---- */

typedef struct Union {
    Obj ob;
    Value args;
} Union;

bool union_type_check(Value u) {
    return !IS_SMALL(u) && u->type == &union_type;
}

static bool union_member_ok(Value v) {
    return v == NONE || IS_TYPE(v) || TYPE(v) == &generic_alias_type || union_type_check(v);
}

static bool add_member(VM *vm, Value list, Value v) {
    if (v == NONE)
        v = (Value)&none_type;
    if (union_type_check(v)) {
        Tuple *t = AS_TUPLE(((Union *)v)->args);
        for (size_t i = 0; i < t->len; i++)
            if (!add_member(vm, list, t->items[i]))
                return false;
        return true;
    }
    for (size_t i = 0; i < AS_LIST(list)->len; i++)
        if (AS_LIST(list)->items[i] == v)
            return true;
    return list_append(vm, list, v);
}

Value union_type_new(VM *vm, Value a, Value b) {
    if (!union_member_ok(a) || !union_member_ok(b))
        return NOTIMPL;
    Value l = list_new(vm, 4);
    if (!l || !add_member(vm, l, a) || !add_member(vm, l, b))
        return NULL;
    if (AS_LIST(l)->len == 1)
        return AS_LIST(l)->items[0];
    Union *u = (Union *)gc_new(vm, &union_type, sizeof(Union));
    if (!u)
        return NULL;
    u->args = tuple_from(vm, AS_LIST(l)->items, AS_LIST(l)->len);
    return u->args ? (Value)u : NULL;
}

static Value union_repr(VM *vm, Value v) {
    StrBuf b;
    sb_init(&b, vm, 32);
    Tuple *t = AS_TUPLE(((Union *)v)->args);
    for (size_t i = 0; i < t->len; i++) {
        if (i)
            sb_adds(&b, " | ");
        Value s = t->items[i] == (Value)&none_type ? str_from_c(vm, "None")
                                                    : type_text(vm, t->items[i]);
        if (!s)
            return NULL;
        sb_add_str(&b, s);
    }
    return sb_finish(&b);
}

static Value union_getattr(VM *vm, Value v, Value name) {
    if (str_eq_c(name, "__args__"))
        return ((Union *)v)->args;
    return generic_getattr(vm, v, name);
}

static Value union_or(VM *vm, Value a, Value b, int op) {
    return op == OP_OR ? union_type_new(vm, a, b) : NOTIMPL;
}

static Value union_richcmp(VM *vm, Value a, Value b, int op) {
    if (!union_type_check(b) || (op != CMP_EQ && op != CMP_NE))
        return NOTIMPL;
    Value sa = set_from_iter(vm, &frozenset_type, ((Union *)a)->args);
    Value sb = set_from_iter(vm, &frozenset_type, ((Union *)b)->args);
    return sa && sb ? obj_richcmp(vm, sa, sb, op) : NULL;
}

static bool union_hash(VM *vm, Value v, int64_t *out) {
    Value s = set_from_iter(vm, &frozenset_type, ((Union *)v)->args);
    return s && obj_hash(vm, s, out);
}

Type union_type = {
    .ob = {&type_type}, .name = "types.UnionType", .basicsize = sizeof(Union),
    .repr = union_repr, .getattr = union_getattr, .binop = union_or,
    .binop_mask = 1 << OP_OR, .richcmp = union_richcmp, .hash = union_hash,
};
