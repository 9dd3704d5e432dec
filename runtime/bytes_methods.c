/* bytes and bytearray methods (being written). */
#include "rt.h"

const MethodDef bytes_methods[] = {
    {NULL, NULL, 0, NULL},
};

const MethodDef bytearray_methods[] = {
    {NULL, NULL, 0, NULL},
};
