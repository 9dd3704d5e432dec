/* Identifiers the runtime looks up by name, interned once at start-up: NM(__init__) etc. */
#ifndef KR_NAMES_H
#define KR_NAMES_H

#include "object.h"

#define KR_NAMES(X) \
    X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) X(__format__) X(__hash__) \
    X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) \
    X(__iter__) X(__next__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) \
    X(__delete__) X(__enter__) X(__exit__) X(__index__) X(__int__) X(__float__) \
    X(__complex__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__round__) X(__trunc__) \
    X(__floor__) X(__ceil__) X(__reversed__) X(__missing__) X(__class_getitem__) \
    X(__init_subclass__) X(__set_name__) X(__instancecheck__) X(__subclasscheck__) \
    X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) X(__dict__) \
    X(__class__) X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__slots__) \
    X(__mro__) X(__bases__) X(__base__) X(__main__) X(__builtins__) X(__annotations__) \
    X(__length_hint__) X(__dir__) X(__sizeof__) X(__prepare__) X(__mro_entries__) \
    X(__match_args__) X(__post_init__) X(__all__) X(__file__) X(__spec__) X(__wrapped__) \
    X(__add__) X(__sub__) X(__mul__) X(__matmul__) X(__truediv__) X(__floordiv__) X(__mod__) \
    X(__pow__) X(__lshift__) X(__rshift__) X(__and__) X(__xor__) X(__or__) \
    X(__radd__) X(__rsub__) X(__rmul__) X(__rmatmul__) X(__rtruediv__) X(__rfloordiv__) \
    X(__rmod__) X(__rpow__) X(__rlshift__) X(__rrshift__) X(__rand__) X(__rxor__) X(__ror__) \
    X(__iadd__) X(__isub__) X(__imul__) X(__imatmul__) X(__itruediv__) X(__ifloordiv__) \
    X(__imod__) X(__ipow__) X(__ilshift__) X(__irshift__) X(__iand__) X(__ixor__) X(__ior__) \
    X(__divmod__) X(__rdivmod__) X(__copy__) X(__deepcopy__) X(__reduce__) X(__reduce_ex__) \
    X(__getstate__) X(__setstate__) X(__fspath__) X(__bytes__) X(__traceback__) \
    X(__cause__) X(__context__) X(__suppress_context__) X(__notes__) X(__self__) \
    X(__func__) X(__objclass__) X(__isabstractmethod__) X(__abstractmethods__) X(__weakref__) \
    X(__defaults__) X(__kwdefaults__) X(__code__) X(__globals__) X(__closure__) X(__subclasses__) \
    X(args) X(value) X(name) X(msg) X(keys) X(items) X(values) X(append) X(send) X(throw) \
    X(close) X(get) X(__set_name) X(metaclass) X(__orig_bases__) X(fget) X(fset) X(fdel) \
    X(lambda) X(self) X(end) X(sep) X(file) X(flush) X(key) X(reverse) X(default) X(strict) \
    X(errors) X(encoding) X(start) X(obj) X(mro) X(__type_params__) X(_fields) \
    X(__match_class__) X(__dataclass_fields__) X(__path__) X(__package__) X(__loader__) \
    X(__class_cell__) X(__classcell__) X(cause) X(__debug__)

enum {
#define X(n) NM_##n,
    KR_NAMES(X)
#undef X
    NM__COUNT
};

extern Value kr_names[NM__COUNT];
extern Value names_table;   /* dict of the names above: the process-wide interned strings */
#define NM(n) (kr_names[NM_##n])

void names_init(void);

#endif
