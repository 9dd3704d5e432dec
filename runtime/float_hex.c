/* float.hex and float.fromhex (being written). */
#include "rt.h"

Value float_hex(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return exc_raise(vm, &Exc_NotImplementedError, "float.hex is not implemented yet");
}

Value float_fromhex(VM *vm, Value cls, Value *args, size_t nargs, Value kw) {
    return exc_raise(vm, &Exc_NotImplementedError, "float.fromhex is not implemented yet");
}
