/* import statements over Krait's built-in modules (module.c decides what is importable). */
#include "eval.h"

/* ModuleNotFoundError as importlib words it when a dotted name's parent is not a package. */
static Value not_a_package(VM *vm, Value name, Value parent) {
    Value msg = str_fmt(vm, "No module named %R; %R is not a package", name, parent);
    Value kwn = msg ? tuple_pack(vm, 1, NM(name)) : NULL;
    Value args[2] = {msg, name};
    Value e = kwn ? obj_call(vm, (Value)&Exc_ModuleNotFoundError, args, 1, kwn) : NULL;
    return e ? exc_set(vm, e) : NULL;
}

/* Imports a.b.c: a, then a.b, then a.b.c, each parent having to be a package (__path__). */
static Value import_dotted(Frame *f, Value name, bool want_top, Node *s) {
    VM *vm = f->vm;
    const char *p = str_data(name);
    Value top = NULL, m = NULL, prefix = NULL;
    for (const char *dot = strchr(p, '.');; dot = strchr(dot + 1, '.')) {
        Value next = dot ? str_new(vm, p, (size_t)(dot - p)) : name;
        if (!next)
            return NULL;
        if (m && dict_get_str(vm, AS_MODULE(m)->dict, NM(__path__)) == VAL_MISSING) {
            not_a_package(vm, next, prefix);
            return eval_fail(f, s);
        }
        if (!(m = module_import(vm, str_intern(vm, next))))
            return eval_fail(f, s);
        top = top ? top : m;
        prefix = next;
        if (!dot)
            return want_top ? top : m;
    }
}

int eval_import(Frame *f, Node *s) {
    for (size_t i = 0; i < s->u.import.names.n; i++) {
        Node *a = s->u.import.names.items[i];
        Value m = import_dotted(f, a->u.alias.name, a->u.alias.asname == NULL, s);
        if (!m || !eval_store_name(f, a->u.alias.target, m))
            return C_RAISE;
    }
    return C_NORMAL;
}

static bool import_star(Frame *f, Value m, Node *s) {
    VM *vm = f->vm;
    Value d = AS_MODULE(m)->dict;
    Value all = dict_get_str(vm, d, NM(__all__));
    Value names;
    if (all != VAL_MISSING) {
        names = list_from_iter(vm, all);
    } else {
        names = list_new(vm, 0);
        size_t pos = 0;
        Value k;
        while (names && dict_next(d, &pos, &k, NULL))
            if (IS_STR(k) && str_data(k)[0] != '_' && !list_append(vm, names, k))
                return false;
    }
    if (!names)
        return false;
    for (size_t i = 0; i < AS_LIST(names)->len; i++) {
        Value k = AS_LIST(names)->items[i];
        if (!IS_STR(k)) {
            exc_raise(vm, &Exc_TypeError, "Item in %U.__all__ must be str, not %s",
                      AS_MODULE(m)->name, tname(k));
            return false;
        }
        Value v = obj_getattr(vm, m, k);
        if (!v || obj_setitem(vm, f->ns, k, v) < 0) {
            eval_fail(f, s);
            return false;
        }
    }
    return true;
}

int eval_import_from(Frame *f, Node *s) {
    VM *vm = f->vm;
    if (s->u.importfrom.level > 0) {
        exc_raise(vm, &Exc_ImportError, "attempted relative import with no known parent package");
        return C_RAISE;
    }
    Value mname = s->u.importfrom.module;
    if (str_eq_c(mname, "__future__"))
        return C_NORMAL;   /* future features of 3.11 are on already; annotations: scope.c */
    Value m = import_dotted(f, mname, false, s);
    if (!m)
        return C_RAISE;
    for (size_t i = 0; i < s->u.importfrom.names.n; i++) {
        Node *a = s->u.importfrom.names.items[i];
        if (str_eq_c(a->u.alias.name, "*")) {
            if (!import_star(f, m, s))
                return C_RAISE;
            continue;
        }
        Value v = obj_getattr_opt(vm, m, a->u.alias.name);
        if (!v)
            return C_RAISE;
        if (v == VAL_MISSING) {
            /* a submodule? */
            Value sub = str_fmt(vm, "%U.%U", mname, a->u.alias.name);
            if (sub && module_find_def(str_data(sub))) {
                v = module_import(vm, str_intern(vm, sub));
                if (!v) {
                    eval_fail(f, s);
                    return C_RAISE;
                }
            } else {
                Value msg = str_fmt(vm, "cannot import name %R from %R (unknown location)",
                                    a->u.alias.name, mname);
                Value kwn = tuple_pack(vm, 1, NM(name));
                Value args[2] = {msg, mname};
                Value e = msg && kwn ? obj_call(vm, (Value)&Exc_ImportError, args, 1, kwn) : NULL;
                if (e)
                    exc_set(vm, e);
                eval_fail(f, s);
                return C_RAISE;
            }
        }
        if (!eval_store_name(f, a->u.alias.target, v))
            return C_RAISE;
    }
    return C_NORMAL;
}
