/* Modules: built-in modules are defined in stdlib/ by a ModuleDef and created per VM on first
 * import (a module's dict is mutable, so VMs never share one). */
#ifndef KR_MODULE_H
#define KR_MODULE_H

#include "object.h"

typedef struct Module {
    Obj ob;
    Value name;
    Value dict;
} Module;

typedef struct ModuleDef {
    const char *name;
    const char *doc;
    const MethodDef *functions;
    /* Adds constants and classes to the fresh module dict; false with an error pending. */
    bool (*init)(VM *vm, Value module, Value dict);
    bool default_allowed;   /* importable when the host has not set an allow-list */
} ModuleDef;

#define AS_MODULE(v) ((Module *)(v))

Value module_new(VM *vm, Value name);
/* import name: policy check, then cached or created module; ModuleNotFoundError otherwise. */
Value module_import(VM *vm, Value name);
const ModuleDef *module_find_def(const char *name);
/* The table of all built-in modules (stdlib/modules.c), NULL-terminated. */
extern const ModuleDef *const kr_module_defs[];

#endif
