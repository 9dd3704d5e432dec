/* str methods (being written). */
#include "rt.h"

const MethodDef str_methods[] = {
    {NULL, NULL, 0, NULL},
};

Value str_percent_format(VM *vm, Value fmt, Value args) {
    return exc_raise(vm, &Exc_NotImplementedError, "%%-formatting is not implemented yet");
}
