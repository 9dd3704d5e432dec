/* Modules and import.  Only Krait's built-in modules exist; which of them a VM may import is
 * the host's policy (vm->allowed_modules, or each module's default). */
#include "rt.h"

Value module_new(VM *vm, Value name) {
    Module *m = (Module *)gc_new(vm, &module_type, sizeof(Module));
    if (!m)
        return NULL;
    m->name = name;
    m->dict = dict_new(vm);
    if (!m->dict || !dict_set(vm, m->dict, NM(__name__), name) ||
        !dict_set(vm, m->dict, NM(__doc__), NONE))
        return NULL;
    return (Value)m;
}

const ModuleDef *module_find_def(const char *name) {
    for (const ModuleDef *const *d = kr_module_defs; *d; d++)
        if (!strcmp((*d)->name, name))
            return *d;
    return NULL;
}

static bool allowed(VM *vm, const ModuleDef *def, Value name) {
    if (!vm->allowed_modules)
        return def->default_allowed;
    return set_contains(vm, vm->allowed_modules, name) > 0;
}

Value module_import(VM *vm, Value name) {
    Value m = dict_get_str(vm, vm->modules, name);
    if (m != VAL_MISSING)
        return m;
    const ModuleDef *def = module_find_def(str_data(name));
    if (!def || !allowed(vm, def, name)) {
        Value msg = str_fmt(vm, "No module named %R", name);
        if (!msg)
            return NULL;
        Value kwn = tuple_pack(vm, 1, NM(name));
        Value args[2] = {msg, name};
        Value e = kwn ? obj_call(vm, (Value)&Exc_ModuleNotFoundError, args, 1, kwn) : NULL;
        return e ? exc_set(vm, e) : NULL;
    }
    m = module_new(vm, name);
    if (!m)
        return NULL;
    Value d = AS_MODULE(m)->dict;
    if (def->doc && !dict_set(vm, d, NM(__doc__), str_from_c(vm, def->doc)))
        return NULL;
    if (def->functions && !builtins_add_table(vm, d, def->functions, name))
        return NULL;
    /* registered before init so that a module importing itself terminates */
    if (!dict_set(vm, vm->modules, name, m))
        return NULL;
    if (def->init && !def->init(vm, m, d)) {
        dict_del(vm, vm->modules, name);
        return NULL;
    }
    return m;
}

static Value module_repr(VM *vm, Value v) {
    return str_fmt(vm, "<module %R (built-in)>", AS_MODULE(v)->name);
}

static Value module_getattr(VM *vm, Value v, Value name) {
    Value r = dict_get(vm, AS_MODULE(v)->dict, name);
    if (r && r != VAL_MISSING)
        return r;
    if (!r)
        return NULL;
    r = generic_getattr(vm, v, name);
    if (r || !exc_pending_matches(vm, &Exc_AttributeError))
        return r;
    exc_clear(vm);
    Value ga = dict_get_str(vm, AS_MODULE(v)->dict, NM(__getattr__));
    if (ga != VAL_MISSING)
        return obj_call1(vm, ga, name);
    return exc_attribute_error(vm, v, name);
}

static int module_setattr(VM *vm, Value v, Value name, Value x) {
    Value d = AS_MODULE(v)->dict;
    if (x)
        return dict_set(vm, d, name, x) ? 0 : -1;
    int r = dict_del(vm, d, name);
    if (r == 0)   /* worded as object.__delattr__'s, as in CPython */
        exc_raise(vm, &Exc_AttributeError, "'module' object has no attribute '%U'", name);
    return r > 0 ? 0 : -1;
}

static Value module_get_dict(VM *vm, Value v) {
    return AS_MODULE(v)->dict;
}

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type module_type = {
    .ob = {&type_type}, .name = "module", .basicsize = sizeof(Module),
    .repr = module_repr, .getattr = module_getattr, .setattr = module_setattr,
    .getsets = module_getsets,
};
