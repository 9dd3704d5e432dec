/* sys: the parts that make sense in a sandbox.  stdout/stderr write to the run's output
 * sinks; nothing reveals the host (no path, modules, argv beyond the script name, or
 * executable). */
#include "builtins.h"
#include "rt.h"

typedef struct Stream {
    Obj ob;
    bool err;
} Stream;

static Value stream_write(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "write", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "write() argument must be str, not %s",
                         tname(args[0]));
    if (!vm_write_str(vm, ((Stream *)self)->err, args[0]))
        return NULL;
    return int_from_i64(vm, (int64_t)str_len(args[0]));
}

static Value stream_flush(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return NONE;
}

static Value stream_writelines(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "writelines", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return NONE;
        if (!x || !stream_write(vm, self, &x, 1, NULL))
            return NULL;
    }
}

static Value stream_isatty(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return FALSE_V;
}

static Value stream_repr(VM *vm, Value v) {
    return str_fmt(vm, "<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>",
                   ((Stream *)v)->err ? "stderr" : "stdout");
}

static const MethodDef stream_methods[] = {
    {"write", stream_write, 0, NULL},
    {"writelines", stream_writelines, 0, NULL},
    {"flush", stream_flush, 0, NULL},
    {"isatty", stream_isatty, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type sys_stream_type = {
    .ob = {&type_type}, .name = "TextIOWrapper", .basicsize = sizeof(Stream),
    .repr = stream_repr, .methods = stream_methods,
};

static Stream sys_stdout = {{&sys_stream_type}, false};
static Stream sys_stderr = {{&sys_stream_type}, true};

/* print(file=...) writes straight to the sinks for the two standard streams. */
Value sys_stream_kind(Value file) {
    if (file == (Value)&sys_stdout)
        return FALSE_V;
    if (file == (Value)&sys_stderr)
        return TRUE_V;
    return NULL;
}

static Value sys_exit(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "exit", nargs, kw, 0, 1))
        return NULL;
    /* the status becomes the exception's arguments as PyErr_SetObject makes them: None
     * none, a tuple its items */
    if (!nargs || args[0] == NONE)
        return exc_raise_obj(vm, (Value)&Exc_SystemExit, NULL, false);
    if (!IS_TUPLE(args[0]))
        return exc_raise_value(vm, &Exc_SystemExit, args[0]);
    Value e = exc_new(vm, &Exc_SystemExit, AS_TUPLE(args[0])->items, AS_TUPLE(args[0])->len);
    return e ? exc_set(vm, e) : NULL;
}

static Value sys_getrecursionlimit(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "getrecursionlimit", nargs, kw, 0, 0))
        return NULL;
    return MK_SMALL(vm->max_depth);
}

static Value sys_setrecursionlimit(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "setrecursionlimit", nargs, kw, 1, 1))
        return NULL;
    int64_t n;
    if (!arg_int(vm, args[0], &n))
        return NULL;
    if (n < 1)
        return exc_raise(vm, &Exc_ValueError, "recursion limit must be greater or equal than 1");
    /* the host's limit is a ceiling: code may lower it, never raise it above */
    if (n > vm->host_max_depth)
        n = vm->host_max_depth;
    vm->max_depth = (int)n;
    return NONE;
}

/* The exception being handled; the traceback is None, as traceback objects are not exposed. */
static Value sys_exc_info(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "exc_info", nargs, kw, 0, 0))
        return NULL;
    Value e = vm->handling;
    return e ? tuple_pack(vm, 3, (Value)TYPE(e), e, NONE) : tuple_pack(vm, 3, NONE, NONE, NONE);
}

static Value sys_exception(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "exception", nargs, kw, 0, 0))
        return NULL;
    return vm->handling ? vm->handling : NONE;
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"exc_info", sys_exc_info, 0, "Return (type, value, None) of the exception being handled."},
    {"exception", sys_exception, 0, "Return the exception being handled, or None."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static bool sys_init(VM *vm, Value m, Value d) {
    type_ready(&sys_stream_type);
    Value vi = tuple_pack(vm, 5, MK_SMALL(3), MK_SMALL(11), MK_SMALL(0),
                          str_from_c(vm, "final"), MK_SMALL(0));
    Value argv = list_new(vm, 1);
    return vi && argv && list_append(vm, argv, str_from_c(vm, "")) &&
           dict_set_c(vm, d, "stdout", (Value)&sys_stdout) &&
           dict_set_c(vm, d, "stderr", (Value)&sys_stderr) &&
           dict_set_c(vm, d, "__stdout__", (Value)&sys_stdout) &&
           dict_set_c(vm, d, "__stderr__", (Value)&sys_stderr) &&
           dict_set_c(vm, d, "argv", argv) &&
           dict_set_c(vm, d, "version", str_from_c(vm, "3.11.0 (Krait)")) &&
           dict_set_c(vm, d, "version_info", vi) &&
           dict_set_c(vm, d, "maxsize", int_from_i64(vm, INT64_MAX)) &&
           dict_set_c(vm, d, "byteorder", str_from_c(vm, "little")) &&
           dict_set_c(vm, d, "platform", str_from_c(vm, "krait")) &&
           dict_set_c(vm, d, "implementation", str_from_c(vm, "krait"));
}

const ModuleDef mod_sys = {
    .name = "sys",
    .doc = "Access to the run's standard streams and interpreter limits.",
    .functions = sys_functions,
    .init = sys_init,
    .default_allowed = true,
};
