/* bytes and bytearray methods (being written). */
#include "rt.h"

const MethodDef bytes_methods[] = {
    {NULL, NULL, 0, NULL},
};

const MethodDef bytearray_methods[] = {
    {NULL, NULL, 0, NULL},
};

Value bytes_percent_format(VM *vm, Value fmt, Value args) {
    return exc_raise(vm, &Exc_NotImplementedError, "%%-formatting is not implemented yet");
}
