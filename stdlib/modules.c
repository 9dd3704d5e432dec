/* The table of Krait's built-in modules.  A module is importable if the host allows it (or,
 * without a host allow-list, if its ModuleDef says so by default). */
#include "rt.h"

extern const ModuleDef mod_sys;
extern const ModuleDef mod_math;
extern const ModuleDef mod_traceback;

const ModuleDef *const kr_module_defs[] = {
    &mod_sys,
    &mod_math,
    &mod_traceback,
    NULL,
};
