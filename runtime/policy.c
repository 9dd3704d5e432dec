/* The sandbox's attribute policy: one function decides, for every route to an attribute
 * (`.`, getattr/setattr/delattr/hasattr, dir, str.format fields, operator.attrgetter).
 *
 * Names that start and end with two underscores reach Python's machinery; only those on this
 * allowlist are readable or writable.  Everything that would expose the interpreter or the
 * host is absent from it: __globals__, __code__, __closure__, __builtins__, __subclasses__,
 * __loader__, __spec__, __reduce__/__reduce_ex__, __getstate__, frames, tracebacks.  The reason
 * for each entry is in docs/sandbox.md. */
#include "builtins.h"
#include "rt.h"

static const char *const allowed[] = {
    /* identity and documentation */
    "__name__", "__qualname__", "__doc__", "__module__", "__class__", "__dict__",
    "__annotations__", "__defaults__", "__kwdefaults__", "__wrapped__", "__self__",
    "__func__", "__objclass__", "__mro__", "__bases__", "__base__", "__slots__",
    "__match_args__", "__dataclass_fields__", "__dataclass_params__", "__args__",
    "__origin__", "__parameters__", "__all__", "__file__", "__isabstractmethod__",
    "__abstractmethods__", "__thisclass__", "__self_class__",
    /* exceptions */
    "__cause__", "__context__", "__suppress_context__", "__traceback__", "__notes__",
    /* object protocol */
    "__init__", "__new__", "__del__", "__repr__", "__str__", "__format__", "__hash__",
    "__bool__", "__sizeof__", "__dir__", "__getattr__", "__getattribute__", "__setattr__",
    "__delattr__", "__get__", "__set__", "__delete__", "__set_name__", "__init_subclass__",
    "__class_getitem__", "__instancecheck__", "__subclasscheck__", "__prepare__", "__call__",
    "__mro_entries__", "__post_init__", "__copy__", "__deepcopy__", "__missing__",
    /* comparisons */
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    /* containers and iteration */
    "__len__", "__length_hint__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    "__iter__", "__next__", "__reversed__", "__enter__", "__exit__",
    "__await__", "__aiter__", "__anext__", "__aenter__", "__aexit__",
    /* numbers */
    "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__",
    "__divmod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__xor__", "__or__",
    "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__",
    "__rmod__", "__rdivmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__",
    "__rxor__", "__ror__", "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__",
    "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__",
    "__ixor__", "__ior__", "__neg__", "__pos__", "__abs__", "__invert__", "__complex__",
    "__int__", "__float__", "__index__", "__round__", "__trunc__", "__floor__", "__ceil__",
    "__bytes__", "__fspath__", "__getnewargs__",
    NULL,
};

bool policy_name_blocked(const char *name, size_t n) {
    if (n < 5 || name[0] != '_' || name[1] != '_' || name[n - 1] != '_' || name[n - 2] != '_')
        return false;
    for (const char *const *a = allowed; *a; a++)
        if (strlen(*a) == n && !memcmp(*a, name, n))
            return false;
    return true;
}

bool policy_attr_visible(Value obj, Value name) {
    return !policy_name_blocked(str_data(name), str_nbytes(name));
}

bool policy_attr_allowed(VM *vm, Value obj, Value name) {
    if (policy_attr_visible(obj, name))
        return true;
    exc_raise(vm, &Exc_AttributeError, "access to attribute '%U' is blocked by the sandbox policy",
              name);
    return false;
}
