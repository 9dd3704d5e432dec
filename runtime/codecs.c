/* str.encode / bytes.decode (being written). */
#include "rt.h"

Value str_encode(VM *vm, Value s, Value encoding, Value errors) {
    return bytes_new(vm, str_data(s), str_nbytes(s));
}

Value bytes_decode(VM *vm, Value b, Value encoding, Value errors) {
    const unsigned char *p;
    size_t n;
    bytes_view(b, &p, &n);
    return str_from_utf8_checked(vm, (const char *)p, n);
}
