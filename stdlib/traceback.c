/* traceback: printing and formatting exceptions exactly as an uncaught one is printed.
 *
 * The frames come from the exception itself (exc.c keeps them as it propagates).  Traceback
 * and frame objects are not exposed (they would reveal the interpreter), so a `tb` argument
 * is accepted and ignored, and the functions that need one alone (format_tb, extract_tb,
 * walk_tb) are absent. */
#include "builtins.h"
#include "rt.h"

static bool parse_limit(VM *vm, Value v, int64_t *out) {
    if (v == NONE) {
        *out = INT64_MAX;
        return true;
    }
    return arg_int(vm, v, out);
}

/* The exception an (exc, value, tb) triple names, as _parse_value_tb: value and tb NULL when
 * not passed.  None stands for "no exception" and formats as "NoneType: None". */
static Value parse_value_tb(VM *vm, Value exc, Value value, Value tb) {
    if (!value != !tb)
        return exc_raise(vm, &Exc_ValueError, "Both or neither of value and tb must be given");
    if (value)
        return value;
    if (exc == NONE || IS_EXC(exc))
        return exc;
    return exc_raise(vm, &Exc_TypeError, "Exception expected for value, %s found", tname(exc));
}

/* Writes the pieces to the run's stderr when file is None, else as CPython's
 * print(piece, file=file, end="") does: the piece, then the empty end. */
static Value write_pieces(VM *vm, Value pieces, Value file) {
    List *l = AS_LIST(pieces);
    Value end = str_new(vm, "", 0);
    for (size_t i = 0; end && i < l->len; i++) {
        Value s = l->items[i];
        if (file == NONE ? !vm_write_str(vm, true, s)
                         : !obj_call_method_c(vm, file, "write", &s, 1) ||
                               !obj_call_method_c(vm, file, "write", &end, 1))
            return NULL;
    }
    return end ? NONE : NULL;
}

static Value join_pieces(VM *vm, Value pieces) {
    StrBuf b;
    sb_init(&b, vm, 256);
    for (size_t i = 0; i < AS_LIST(pieces)->len; i++)
        sb_add_str(&b, AS_LIST(pieces)->items[i]);
    return sb_finish(&b);
}

/* format_exception(exc, /, value=<implicit>, tb=<implicit>, limit=None, chain=True) */
static Value tb_format_exception(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kwlist[] = {"", "value", "tb", "limit", "chain", NULL};
    Value exc, value = NULL, tb = NULL, limit = NONE, chain = TRUE_V;
    int64_t n;
    if (!args_parse(vm, "format_exception", args, nargs, kw, "O|OOOO", kwlist, &exc, &value,
                    &tb, &limit, &chain) ||
        !(exc = parse_value_tb(vm, exc, value, tb)) || !parse_limit(vm, limit, &n))
        return NULL;
    int c = obj_truth(vm, chain);
    return c < 0 ? NULL : exc_format_lines(vm, exc, n, c);
}

/* print_exception(exc, /, value=<implicit>, tb=<implicit>, limit=None, file=None, chain=True) */
static Value tb_print_exception(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kwlist[] = {"", "value", "tb", "limit", "file", "chain", NULL};
    Value exc, value = NULL, tb = NULL, limit = NONE, file = NONE, chain = TRUE_V;
    int64_t n;
    if (!args_parse(vm, "print_exception", args, nargs, kw, "O|OOOOO", kwlist, &exc, &value,
                    &tb, &limit, &file, &chain) ||
        !(exc = parse_value_tb(vm, exc, value, tb)) || !parse_limit(vm, limit, &n))
        return NULL;
    int c = obj_truth(vm, chain);
    Value pieces = c < 0 ? NULL : exc_format_lines(vm, exc, n, c);
    return pieces ? write_pieces(vm, pieces, file) : NULL;
}

/* format_exception_only(exc, /, value=<implicit>) */
static Value tb_format_exception_only(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kwlist[] = {"", "value", NULL};
    Value exc, value = NULL;
    if (!args_parse(vm, "format_exception_only", args, nargs, kw, "O|O", kwlist, &exc, &value))
        return NULL;
    return exc_format_only_lines(vm, value ? value : exc);
}

/* The exception being handled, as sys.exc_info() gives it to format_exc and print_exc. */
static Value handled(VM *vm) {
    return vm->handling ? vm->handling : NONE;
}

/* format_exc(limit=None, chain=True) */
static Value tb_format_exc(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kwlist[] = {"limit", "chain", NULL};
    Value limit = NONE, chain = TRUE_V;
    int64_t n;
    if (!args_parse(vm, "format_exc", args, nargs, kw, "|OO", kwlist, &limit, &chain) ||
        !parse_limit(vm, limit, &n))
        return NULL;
    int c = obj_truth(vm, chain);
    Value pieces = c < 0 ? NULL : exc_format_lines(vm, handled(vm), n, c);
    return pieces ? join_pieces(vm, pieces) : NULL;
}

/* print_exc(limit=None, file=None, chain=True) */
static Value tb_print_exc(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    static const char *const kwlist[] = {"limit", "file", "chain", NULL};
    Value limit = NONE, file = NONE, chain = TRUE_V;
    int64_t n;
    if (!args_parse(vm, "print_exc", args, nargs, kw, "|OOO", kwlist, &limit, &file, &chain) ||
        !parse_limit(vm, limit, &n))
        return NULL;
    int c = obj_truth(vm, chain);
    Value pieces = c < 0 ? NULL : exc_format_lines(vm, handled(vm), n, c);
    return pieces ? write_pieces(vm, pieces, file) : NULL;
}

static const MethodDef traceback_functions[] = {
    {"format_exception", tb_format_exception, 0,
     "Format a stack trace and the exception information, as a list of strings."},
    {"print_exception", tb_print_exception, 0,
     "Print exception up to 'limit' stack trace entries to 'file' (default sys.stderr)."},
    {"format_exception_only", tb_format_exception_only, 0,
     "Format the exception part of a traceback, as a list of strings."},
    {"format_exc", tb_format_exc, 0, "Like print_exc() but return a string."},
    {"print_exc", tb_print_exc, 0, "Shorthand for print_exception(sys.exception(), ...)."},
    {NULL, NULL, 0, NULL},
};

const ModuleDef mod_traceback = {
    .name = "traceback",
    .doc = "Extract, format and print information about Python stack traces.",
    .functions = traceback_functions,
    .default_allowed = true,
};
