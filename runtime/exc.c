/* Exceptions: the built-in classes, raising, matching, chaining and traceback text. */
#include <errno.h>
#include <stdarg.h>

#include "rt.h"
#include "suggest.h"

/* ---- attributes of particular classes ----
 *
 * StopIteration.value, OSError.errno and the like are fields after the common part of the
 * instance (ExcFields), as CPython's member slots: they are not in __dict__ and read as
 * None until set.  Field i of a class is the i-th entry of its getset table. */

#define FIELD_ACCESSORS(i)                                                                     \
    static Value get_f##i(VM *vm, Value self) {                                               \
        Value v = EXC_FIELDS(self)[i];                                                     \
        return v ? v : NONE;                                                                   \
    }                                                                                          \
    static int set_f##i(VM *vm, Value self, Value v) {                                        \
        EXC_FIELDS(self)[i] = v;                                                           \
        return 0;                                                                              \
    }
FIELD_ACCESSORS(0)
FIELD_ACCESSORS(1)
FIELD_ACCESSORS(2)
FIELD_ACCESSORS(3)
FIELD_ACCESSORS(4)
FIELD_ACCESSORS(5)
FIELD_ACCESSORS(6)
FIELD_ACCESSORS(7)
#undef FIELD_ACCESSORS

#define FIELD_GETSET(i, name, doc) {name, get_f##i, set_f##i, doc}
#define END_GETSETS {NULL, NULL, NULL, NULL}

enum { F_VALUE = 0 };                                         /* StopIteration */
enum { F_CODE = 0 };                                          /* SystemExit */
enum { F_NAME = 0, F_OBJ };                                   /* NameError, AttributeError */
enum { F_MSG = 0, F_MODNAME, F_PATH };                        /* ImportError */
enum { F_ERRNO = 0, F_STRERROR, F_FILENAME, F_FILENAME2, F_WRITTEN };    /* OSError */
enum { F_SMSG = 0, F_SFILENAME, F_LINENO, F_OFFSET, F_TEXT, F_END_LINENO, F_END_OFFSET,
       F_PRINT_FILE_AND_LINE };                               /* SyntaxError */

static const GetSetDef stop_getsets[] = {
    FIELD_GETSET(0, "value", "generator return value"), END_GETSETS};
static const GetSetDef exit_getsets[] = {FIELD_GETSET(0, "code", "exception code"), END_GETSETS};
static const GetSetDef name_getsets[] = {FIELD_GETSET(0, "name", "name"), END_GETSETS};
static const GetSetDef attr_getsets[] = {
    FIELD_GETSET(0, "name", "attribute name"), FIELD_GETSET(1, "obj", "object"), END_GETSETS};
static const GetSetDef import_getsets[] = {
    FIELD_GETSET(0, "msg", "exception message"), FIELD_GETSET(1, "name", "module name"),
    FIELD_GETSET(2, "path", "module path"), END_GETSETS};
/* BlockingIOError's count of characters written: unlike the other fields, reading it unset
 * is an AttributeError. */
static Value get_written(VM *vm, Value self) {
    Value v = EXC_FIELDS(self)[F_WRITTEN];
    return v ? v : exc_raise(vm, &Exc_AttributeError, "characters_written");
}

static int set_written(VM *vm, Value self, Value v) {
    int64_t n;
    if (!v && !EXC_FIELDS(self)[F_WRITTEN]) {
        exc_raise(vm, &Exc_AttributeError, "characters_written");
        return -1;
    }
    if (v && !obj_as_index(vm, v, &n))
        return -1;
    EXC_FIELDS(self)[F_WRITTEN] = v ? int_from_i64(vm, n) : NULL;
    return 0;
}

static const GetSetDef os_getsets[] = {
    FIELD_GETSET(0, "errno", "POSIX exception code"),
    FIELD_GETSET(1, "strerror", "exception strerror"),
    FIELD_GETSET(2, "filename", "exception filename"),
    FIELD_GETSET(3, "filename2", "second exception filename"),
    {"characters_written", get_written, set_written, NULL}, END_GETSETS};
static const GetSetDef syntax_getsets[] = {
    FIELD_GETSET(0, "msg", "exception msg"), FIELD_GETSET(1, "filename", "exception filename"),
    FIELD_GETSET(2, "lineno", "exception lineno"), FIELD_GETSET(3, "offset", "exception offset"),
    FIELD_GETSET(4, "text", "exception text"),
    FIELD_GETSET(5, "end_lineno", "exception end lineno"),
    FIELD_GETSET(6, "end_offset", "exception end offset"),
    FIELD_GETSET(7, "print_file_and_line", "exception print_file_and_line"), END_GETSETS};

static const struct {
    Type *cls;
    const GetSetDef *fields;
} field_classes[] = {
    {&Exc_StopIteration, stop_getsets}, {&Exc_SystemExit, exit_getsets},
    {&Exc_NameError, name_getsets},     {&Exc_AttributeError, attr_getsets},
    {&Exc_ImportError, import_getsets}, {&Exc_OSError, os_getsets},
    {&Exc_SyntaxError, syntax_getsets},
};

void exc_set_name(VM *vm, Value exc, Value name) {
    EXC_FIELDS(exc)[F_NAME] = name;
}

Value exc_get_attr(VM *vm, Value exc, const char *name) {
    for (size_t i = 0; i < sizeof field_classes / sizeof *field_classes; i++) {
        if (!isinstance_type(exc, field_classes[i].cls))
            continue;
        for (const GetSetDef *g = field_classes[i].fields; g->name; g++)
            if (!strcmp(g->name, name))
                return EXC_FIELDS(exc)[g - field_classes[i].fields];
    }
    return NULL;
}

/* The keyword-only arguments `name` (and `obj`, `path`) some constructors take, into fields;
 * `who` names the class in the error, as CPython's argument parser does. */
static bool init_keywords(VM *vm, ExcObj *e, Value *kwargs, Value kwnames, const char *who,
                          const char *const *names, const int *slots) {
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = AS_TUPLE(kwnames)->items[i];
        size_t j = 0;
        while (names[j] && !str_eq_c(k, names[j]))
            j++;
        if (!names[j]) {
            exc_raise(vm, &Exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                      who);
            return false;
        }
        EXC_FIELDS(e)[slots[j]] = kwargs[i];
    }
    return true;
}

static bool syntax_init(VM *vm, ExcObj *e, Value *args, size_t nargs) {
    if (nargs >= 1)
        EXC_FIELDS(e)[F_SMSG] = args[0];
    if (nargs != 2)
        return true;
    Value info = tuple_from_iter(vm, args[1]);
    if (!info)
        return false;
    Tuple *d = AS_TUPLE(info);
    if (d->len < 4 || d->len > 6) {
        exc_raise(vm, &Exc_TypeError, "function takes at %s %d arguments (%zu given)",
                  d->len < 4 ? "least" : "most", d->len < 4 ? 4 : 6, d->len);
        return false;
    }
    static const int slots[] = {F_SFILENAME, F_LINENO, F_OFFSET, F_TEXT, F_END_LINENO,
                                F_END_OFFSET};
    for (size_t i = 0; i < d->len; i++)
        EXC_FIELDS(e)[slots[i]] = d->items[i];
    return true;
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename, args keeps
 * only the first two.  BlockingIOError's third argument is a count when it is a number. */
static bool os_init(VM *vm, ExcObj *e, Value *args, size_t nargs) {
    if (nargs < 2 || nargs > 5)
        return true;
    EXC_FIELDS(e)[F_ERRNO] = args[0];
    EXC_FIELDS(e)[F_STRERROR] = args[1];
    if (nargs < 3 || args[2] == NONE)
        return true;
    if (type_is_subtype(e->ob.type, &Exc_BlockingIOError) &&
        (IS_INT(args[2]) || IS_FLOAT(args[2])))
        return set_written(vm, (Value)e, args[2]) == 0;
    EXC_FIELDS(e)[F_FILENAME] = args[2];
    if (nargs == 5 && args[4] != NONE)
        EXC_FIELDS(e)[F_FILENAME2] = args[4];
    return (e->args = tuple_from(vm, args, 2)) != NULL;
}

/* The subclass OSError(errno, ...) makes, as CPython's errno map. */
static Type *os_subclass(Value code) {
    static const struct { int code; Type *cls; } map[] = {
        {EAGAIN, &Exc_BlockingIOError}, {EALREADY, &Exc_BlockingIOError},
        {EWOULDBLOCK, &Exc_BlockingIOError}, {EINPROGRESS, &Exc_BlockingIOError},
        {ECHILD, &Exc_ChildProcessError}, {EPIPE, &Exc_BrokenPipeError},
        {ESHUTDOWN, &Exc_BrokenPipeError}, {ECONNABORTED, &Exc_ConnectionAbortedError},
        {ECONNREFUSED, &Exc_ConnectionRefusedError}, {ECONNRESET, &Exc_ConnectionResetError},
        {EEXIST, &Exc_FileExistsError}, {ENOENT, &Exc_FileNotFoundError},
        {EISDIR, &Exc_IsADirectoryError}, {ENOTDIR, &Exc_NotADirectoryError},
        {EINTR, &Exc_InterruptedError}, {EACCES, &Exc_PermissionError},
        {EPERM, &Exc_PermissionError}, {ESRCH, &Exc_ProcessLookupError},
        {ETIMEDOUT, &Exc_TimeoutError},
    };
    int64_t n;
    if (!IS_INT(code) || !int_fits_i64(code, &n))
        return &Exc_OSError;
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (n == map[i].code)
            return map[i].cls;
    return &Exc_OSError;
}

/* Attributes some classes derive from their arguments (StopIteration.value, ...). */
static bool init_special(VM *vm, ExcObj *e, Value *args, size_t nargs, Value kwnames) {
    Type *t = e->ob.type;
    Value first = nargs ? args[0] : NONE;
    Value *kwargs = args ? args + nargs : NULL;   /* no arguments may come as NULL */
    if (type_is_subtype(t, &Exc_StopIteration)) {
        EXC_FIELDS(e)[F_VALUE] = first;
    } else if (type_is_subtype(t, &Exc_SystemExit)) {
        EXC_FIELDS(e)[F_CODE] = nargs == 0 ? NONE : nargs == 1 ? first : e->args;
    } else if (type_is_subtype(t, &Exc_ImportError)) {
        static const char *const names[] = {"name", "path", NULL};
        static const int slots[] = {F_MODNAME, F_PATH};
        if (!init_keywords(vm, e, kwargs, kwnames, "ImportError", names, slots))
            return false;
        EXC_FIELDS(e)[F_MSG] = nargs == 1 ? first : NULL;
    } else if (type_is_subtype(t, &Exc_AttributeError)) {
        static const char *const names[] = {"name", "obj", NULL};
        static const int slots[] = {F_NAME, F_OBJ};
        return init_keywords(vm, e, kwargs, kwnames, "AttributeError", names, slots);
    } else if (type_is_subtype(t, &Exc_NameError)) {
        static const char *const names[] = {"name", NULL};
        static const int slots[] = {F_NAME};
        return init_keywords(vm, e, kwargs, kwnames, "NameError", names, slots);
    } else if (type_is_subtype(t, &Exc_SyntaxError)) {
        return syntax_init(vm, e, args, nargs);
    } else if (type_is_subtype(t, &Exc_OSError)) {
        return os_init(vm, e, args, nargs);
    }
    return true;
}

static bool takes_kwargs(Type *t) {
    return type_is_subtype(t, &Exc_ImportError) || type_is_subtype(t, &Exc_AttributeError) ||
           type_is_subtype(t, &Exc_NameError);
}

/* ---- BaseException ---- */

static ExcObj *exc_alloc(VM *vm, Type *t) {
    ExcObj *e = (ExcObj *)gc_new(vm, t, t->basicsize);
    if (!e)
        return NULL;
    memset((char *)e + sizeof(Obj), 0, t->basicsize - sizeof(Obj));
    e->args = kr_empty_tuple;
    return e;
}

static Value base_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    if (t == &Exc_OSError && nargs >= 2 && nargs <= 5)
        t = os_subclass(args[0]);
    ExcObj *e = exc_alloc(vm, t);
    if (!e)
        return NULL;
    e->args = tuple_from(vm, args, nargs);
    return e->args ? (Value)e : NULL;
}

static int base_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    ExcObj *e = AS_EXC(self);
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    if (nkw && !takes_kwargs(e->ob.type)) {
        exc_raise(vm, &Exc_TypeError, "%s() takes no keyword arguments", tname(self));
        return -1;
    }
    e->args = tuple_from(vm, args, nargs);
    if (!e->args)
        return -1;
    return init_special(vm, e, args, nargs, kwnames) ? 0 : -1;
}

Value exc_new(VM *vm, Type *cls, Value *args, size_t nargs) {
    return obj_call(vm, (Value)cls, args, nargs, NULL);
}

Value exc_new_msg(VM *vm, Type *cls, const char *msg) {
    Value s = str_from_c(vm, msg);
    return s ? exc_new(vm, cls, &s, 1) : NULL;
}

static Value base_str(VM *vm, Value v) {
    ExcObj *e = AS_EXC(v);
    Tuple *a = AS_TUPLE(e->args);
    if (a->len == 0)
        return str_new(vm, "", 0);
    if (a->len == 1)
        return obj_str(vm, a->items[0]);
    return obj_str(vm, e->args);
}

static Value keyerror_str(VM *vm, Value v) {
    Tuple *a = AS_TUPLE(AS_EXC(v)->args);
    if (a->len == 1)
        return obj_repr(vm, a->items[0]);
    return base_str(vm, v);
}

static Value importerror_str(VM *vm, Value v) {
    Value msg = EXC_FIELDS(v)[F_MSG];
    return msg && IS_EXACT_STR(msg) ? msg : base_str(vm, v);
}

static Value oserror_str(VM *vm, Value v) {
    Value *f = EXC_FIELDS(v);
    Value en = f[F_ERRNO] ? f[F_ERRNO] : NONE, se = f[F_STRERROR] ? f[F_STRERROR] : NONE;
    if (f[F_FILENAME] && f[F_FILENAME2])
        return str_fmt(vm, "[Errno %S] %S: %R -> %R", en, se, f[F_FILENAME], f[F_FILENAME2]);
    if (f[F_FILENAME])
        return str_fmt(vm, "[Errno %S] %S: %R", en, se, f[F_FILENAME]);
    if (f[F_ERRNO] && f[F_STRERROR])
        return str_fmt(vm, "[Errno %S] %S", en, se);
    return base_str(vm, v);
}

/* "msg (file.py, line 3)": only the file's base name, as CPython. */
static Value syntaxerror_str(VM *vm, Value v) {
    Value *f = EXC_FIELDS(v);
    Value fn = f[F_SFILENAME], ln = f[F_LINENO];
    Value base = NULL;
    if (fn && IS_STR(fn)) {
        const char *p = str_data(fn), *slash = strrchr(p, '/');
        if (!(base = str_from_c(vm, slash ? slash + 1 : p)))
            return NULL;
    }
    bool has_ln = ln && IS_INT(ln) && TYPE(ln) == &int_type;
    Value msg = f[F_SMSG] ? f[F_SMSG] : NONE;
    if (base && has_ln)
        return str_fmt(vm, "%S (%U, line %R)", msg, base, ln);
    if (base)
        return str_fmt(vm, "%S (%U)", msg, base);
    if (has_ln)
        return str_fmt(vm, "%S (line %R)", msg, ln);
    return obj_str(vm, msg);
}

static Value base_repr(VM *vm, Value v) {
    ExcObj *e = AS_EXC(v);
    Tuple *a = AS_TUPLE(e->args);
    if (a->len == 1) {
        Value r = obj_repr(vm, a->items[0]);
        return r ? str_fmt(vm, "%s(%U)", tname(v), r) : NULL;
    }
    Value r = obj_repr(vm, e->args);
    if (!r)
        return NULL;
    if (a->len == 0)
        return str_fmt(vm, "%s()", tname(v));
    return str_fmt(vm, "%s%U", tname(v), r);
}

static Value get_args(VM *vm, Value v) {
    return AS_EXC(v)->args;
}

static int set_args(VM *vm, Value v, Value x) {
    if (!x) {
        exc_raise(vm, &Exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = tuple_from_iter(vm, x);
    if (!t)
        return -1;
    AS_EXC(v)->args = t;
    return 0;
}

static Value get_traceback(VM *vm, Value v) {
    return NONE;   /* traceback objects are not exposed: they would reveal frames */
}

static int set_traceback(VM *vm, Value v, Value x) {
    if (x && x != NONE) {
        exc_raise(vm, &Exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    AS_EXC(v)->tb = AS_EXC(v)->tb_last = NULL;
    return 0;
}

static Value get_cause(VM *vm, Value v) {
    Value c = AS_EXC(v)->cause;
    return c ? c : NONE;
}

static int set_cause(VM *vm, Value v, Value x) {
    if (x && x != NONE && !IS_EXC(x)) {
        exc_raise(vm, &Exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    AS_EXC(v)->cause = x == NONE ? NULL : x;
    AS_EXC(v)->suppress_context = true;
    return 0;
}

static Value get_context(VM *vm, Value v) {
    Value c = AS_EXC(v)->context;
    return c ? c : NONE;
}

static int set_context(VM *vm, Value v, Value x) {
    if (x && x != NONE && !IS_EXC(x)) {
        exc_raise(vm, &Exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    AS_EXC(v)->context = x == NONE ? NULL : x;
    return 0;
}

static Value get_suppress(VM *vm, Value v) {
    return BOOL_V(AS_EXC(v)->suppress_context);
}

static int set_suppress(VM *vm, Value v, Value x) {
    int t = x ? obj_truth(vm, x) : 0;
    if (t < 0)
        return -1;
    AS_EXC(v)->suppress_context = t;
    return 0;
}

static Value m_with_traceback(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "BaseException.with_traceback", nargs, kw, 1, 1))
        return NULL;
    return set_traceback(vm, self, args[0]) < 0 ? NULL : self;
}

static Value m_add_note(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "BaseException.add_note", nargs, kw, 1, 1))
        return NULL;
    if (!IS_STR(args[0]))
        return exc_raise(vm, &Exc_TypeError, "note must be a str, not '%s'", tname(args[0]));
    Value d = obj_dict(vm, self);
    Value notes = d ? dict_get_str(vm, d, NM(__notes__)) : NULL;
    if (notes == VAL_MISSING) {
        notes = list_new(vm, 1);
        if (!notes || !dict_set(vm, d, NM(__notes__), notes))
            return NULL;
    } else if (!notes) {
        return NULL;
    } else if (!IS_LIST(notes)) {
        return exc_raise(vm, &Exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    return list_append(vm, notes, args[0]) ? NONE : NULL;
}

static const MethodDef base_methods[] = {
    {"with_traceback", m_with_traceback, 0, NULL},
    {"add_note", m_add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef base_getsets[] = {
    {"args", get_args, set_args, NULL},
    {"__dict__", obj_dict, obj_set_dict, NULL},
    {"__traceback__", get_traceback, set_traceback, NULL},
    {"__cause__", get_cause, set_cause, NULL},
    {"__context__", get_context, set_context, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {NULL, NULL, NULL, NULL},
};

Type Exc_BaseException = {
    .ob = {&type_type}, .name = "BaseException", .flags = TF_BASETYPE | TF_EXC,
    .basicsize = sizeof(ExcObj), .dictoffset = offsetof(ExcObj, dict),
    .doc = "Common base class for all exceptions",
    .repr = base_repr, .str = base_str, .new_ = base_new, .init = base_init,
    .methods = base_methods, .getsets = base_getsets,
};

#define X(n, b, d)                                                                           \
    Type Exc_##n = {.ob = {&type_type}, .name = #n, .base = &Exc_##b, .doc = d,               \
                    .flags = TF_BASETYPE | TF_EXC};
#include "exc_list.h"
#undef X

/* Limit errors (vm.c) are instances of this; it derives from nothing Python can name. */
static Value limit_repr(VM *vm, Value v) {
    return base_str(vm, v);
}

Type limit_exc_type = {
    .ob = {&type_type}, .name = "LimitExceeded", .basicsize = sizeof(ExcObj),
    .repr = limit_repr, .str = base_str,
};

void exc_types_ready(void) {
    for (size_t i = 0; i < sizeof field_classes / sizeof *field_classes; i++) {
        size_t n = 0;
        while (field_classes[i].fields[n].name)
            n++;
        field_classes[i].cls->basicsize = offsetof(ExcFields, f) + n * sizeof(Value);
        field_classes[i].cls->getsets = field_classes[i].fields;
    }
    Exc_KeyError.str = keyerror_str;
    Exc_ImportError.str = importerror_str;
    Exc_OSError.str = oserror_str;
    Exc_SyntaxError.str = syntaxerror_str;
    exc_unicode_ready();
    type_ready(&Exc_BaseException);
#define X(name, base, doc) type_ready(&Exc_##name);
#include "exc_list.h"
#undef X
    type_ready(&limit_exc_type);
}

/* ---- raising ---- */

/* Chaining exc to ctx must not close a loop, so the chain from ctx is cut where it reaches
 * exc.  User code can set __context__ and so build a loop that does not pass through exc:
 * like CPython, the walk stops when it comes round (Floyd's tortoise and hare).  A long chain
 * is O(n) work, charged as such.  False when a limit ended the walk. */
static bool cut_context_loop(VM *vm, Value ctx, Value exc) {
    Value slow = ctx;
    bool step_slow = false;
    size_t i = 0;
    for (Value o = ctx; AS_EXC(o)->context; i++) {
        Value next = AS_EXC(o)->context;
        if (next == exc) {
            AS_EXC(o)->context = NULL;
            break;
        }
        o = next;
        if (o == slow)
            break;
        if (step_slow)
            slow = AS_EXC(slow)->context;
        step_slow = !step_slow;
        if (!vm_charge_item(vm, i))
            return false;
    }
    return true;
}

/* Sets the pending exception, chaining the one being handled as __context__. */
Value exc_set(VM *vm, Value exc) {
    if (vm->limit && (!vm->exc || TYPE(vm->exc) == &limit_exc_type))
        return NULL;   /* a limit error stays pending: nothing replaces it */
    Value ctx = vm->handling;
    if (ctx && ctx != exc && IS_EXC(exc) && !AS_EXC(exc)->context) {
        if (!cut_context_loop(vm, ctx, exc))
            return NULL;
        AS_EXC(exc)->context = ctx;
    }
    vm->exc = exc;
    return NULL;
}

Value exc_raise_value(VM *vm, Type *cls, Value arg) {
    Value e = exc_new(vm, cls, &arg, 1);
    if (!e)
        return NULL;
    return exc_set(vm, e);
}

Value exc_raise(VM *vm, Type *cls, const char *fmt, ...) {
    if (!vm)
        return NULL;
    if (vm->limit)
        return NULL;
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(vm, fmt, ap);
    va_end(ap);
    if (!msg)
        return NULL;
    return exc_raise_value(vm, cls, msg);
}

Value exc_raise_obj(VM *vm, Value e, Value cause, bool has_cause) {
    if (IS_TYPE(e)) {
        if (!type_is_subtype((Type *)e, &Exc_BaseException))
            return exc_raise(vm, &Exc_TypeError, "exceptions must derive from BaseException");
        Value cls = e;
        e = obj_call0(vm, cls);
        if (!e)
            return NULL;
        if (!IS_EXC(e))
            return exc_raise(vm, &Exc_TypeError,
                             "calling %R should have returned an instance of BaseException, "
                             "not %R", cls, (Value)TYPE(e));
    } else if (!IS_EXC(e)) {
        return exc_raise(vm, &Exc_TypeError, "exceptions must derive from BaseException");
    }
    if (has_cause) {
        if (cause == NONE) {
            AS_EXC(e)->cause = NULL;
        } else if (IS_TYPE(cause) && type_is_subtype((Type *)cause, &Exc_BaseException)) {
            cause = obj_call0(vm, cause);
            if (!cause)
                return NULL;
            AS_EXC(e)->cause = cause;
        } else if (IS_EXC(cause)) {
            AS_EXC(e)->cause = cause;
        } else {
            return exc_raise(vm, &Exc_TypeError,
                             "exception causes must derive from BaseException");
        }
        AS_EXC(e)->suppress_context = true;
    }
    return exc_set(vm, e);
}

/* ---- matching ---- */

int exc_matches(VM *vm, Value exc, Value cls) {
    Value *items = &cls;
    size_t n = 1;
    if (IS_TUPLE(cls)) {
        items = AS_TUPLE(cls)->items;
        n = AS_TUPLE(cls)->len;
    }
    /* every class is checked before any is matched, and tuples do not nest */
    for (size_t i = 0; i < n; i++) {
        if (!IS_TYPE(items[i]) || !type_is_subtype((Type *)items[i], &Exc_BaseException)) {
            exc_raise(vm, &Exc_TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    for (size_t i = 0; i < n; i++)
        if (isinstance_type(exc, (Type *)items[i]))
            return 1;
    return 0;
}

bool exc_pending_matches(VM *vm, Type *cls) {
    return vm->exc && !vm->limit && isinstance_type(vm->exc, cls);
}

Value exc_fetch(VM *vm) {
    Value e = vm->exc;
    vm->exc = NULL;
    return e;
}

void exc_clear(VM *vm) {
    if (!vm->limit)
        vm->exc = NULL;
}

Value exc_attribute_error(VM *vm, Value obj, Value name) {
    Value e;
    if (IS_TYPE(obj))
        e = str_fmt(vm, "type object '%s' has no attribute '%U'", type_name((Type *)obj), name);
    else if (TYPE(obj) == &module_type)
        e = str_fmt(vm, "module '%U' has no attribute '%U'", AS_MODULE(obj)->name, name);
    else
        e = str_fmt(vm, "'%s' object has no attribute '%U'", tname(obj), name);
    if (!e)
        return NULL;
    Value exc = exc_new(vm, &Exc_AttributeError, &e, 1);
    if (!exc)
        return NULL;
    EXC_FIELDS(exc)[F_NAME] = name;
    EXC_FIELDS(exc)[F_OBJ] = obj;
    return exc_set(vm, exc);
}

void exc_attr_context(VM *vm, Value obj, Value name) {
    Value e = vm->exc;
    if (!e || vm->limit || !isinstance_type(e, &Exc_AttributeError))
        return;
    Value *f = EXC_FIELDS(e);
    if (!f[F_NAME] && !f[F_OBJ]) {
        f[F_NAME] = name;
        f[F_OBJ] = obj;
    }
}

Value exc_type_error_unsupported(VM *vm, const char *op, Value a, Value b) {
    return exc_raise(vm, &Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op,
                     tname(a), tname(b));
}

/* ---- tracebacks ---- */

TbEntry *exc_add_tb(VM *vm, Value exc, Value filename, Value funcname, Value source, int line,
                    int col, int end_line, int end_col) {
    if (!IS_EXC(exc))
        return NULL;
    TbEntry *t = gc_alloc(vm, sizeof(TbEntry));
    if (!t)
        return NULL;
    t->anchor_l = t->anchor_r = -1;
    t->filename = filename;
    t->funcname = funcname;
    t->source = source;
    t->line = line;
    t->col = col;
    t->end_line = end_line;
    t->end_col = end_col;
    ExcObj *e = AS_EXC(exc);
    t->next = e->tb;
    e->tb = t;
    if (!e->tb_last)
        e->tb_last = t;
    return t;
}

Value exc_str(VM *vm, Value exc) {
    return obj_str(vm, exc);
}

Value builtin_dir_of(VM *vm, Value obj);

/* CPython prints a "Did you mean" hint for NameError (computed when raised, from the frame)
 * and AttributeError (from dir() of the object). */
static Value suggestion_for(VM *vm, Value exc) {
    ExcObj *e = AS_EXC(exc);
    if (e->suggestion)
        return e->suggestion;
    if (!isinstance_type(exc, &Exc_AttributeError))
        return NULL;
    Value obj = exc_get_attr(vm, exc, "obj"), name = exc_get_attr(vm, exc, "name");
    if (!obj || !name || !IS_STR(name))
        return NULL;
    Value pending = vm->exc;
    Value dir = builtin_dir_of(vm, obj);
    vm->exc = pending;
    return dir ? suggest_name(dir, name) : NULL;
}

/* The source line `line` (1-based) of src, without its newline. */
static bool source_line(Value src, int line, const char **start, size_t *len) {
    if (!src || line < 1)
        return false;
    const char *p = str_data(src), *end = p + str_nbytes(src);
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return true;
}

static void format_entry(StrBuf *b, TbEntry *t) {
    const char *fn = str_data(t->filename);
    sb_addf(b, "  File \"%s\", line %d, in %s\n", fn, t->line, str_data(t->funcname));
    /* CPython finds source lines through linecache, which knows files, not "<string>" or
     * "<stdin>" */
    size_t fl = str_nbytes(t->filename);
    if (fl && fn[0] == '<' && fn[fl - 1] == '>')
        return;
    const char *p;
    size_t n;
    if (!source_line(t->source, t->line, &p, &n))
        return;
    size_t lead = 0;
    while (lead < n && (p[lead] == ' ' || p[lead] == '\t' || p[lead] == '\f'))
        lead++;
    size_t trail = n;
    while (trail > lead && (p[trail - 1] == ' ' || p[trail - 1] == '\t' || p[trail - 1] == '\r'))
        trail--;
    if (trail == lead)
        return;
    sb_adds(b, "    ");
    sb_add(b, p + lead, trail - lead);
    sb_addc(b, '\n');
    /* carets under the failing expression when it is not the whole line (PEP 657) */
    if (t->col < 0 || t->end_col < 0)
        return;
    size_t start = (size_t)t->col;
    size_t stop = t->end_line == t->line ? (size_t)t->end_col : trail;
    if (stop > trail)
        stop = trail;
    bool anchored = t->anchor_l >= 0 && t->end_line == t->line;
    if (start < lead || stop <= start || (start == lead && stop == trail && !anchored))
        return;
    /* columns are byte offsets; carets count characters */
    size_t pad = 0, width = 0;
    for (size_t i = lead; i < start; i++)
        pad += ((unsigned char)p[i] & 0xC0) != 0x80;
    sb_adds(b, "    ");
    for (size_t i = 0; i < pad; i++)
        sb_addc(b, ' ');
    for (size_t i = start; i < stop; i++) {
        if (((unsigned char)p[i] & 0xC0) == 0x80)
            continue;
        bool primary = !anchored || ((int)i >= t->anchor_l && (int)i < t->anchor_r);
        sb_addc(b, anchored && !primary ? '~' : '^');
    }
    (void)width;
    sb_addc(b, '\n');
}

/* The "File, line / source / caret" block CPython prints above a SyntaxError
 * (traceback.TracebackException._format_syntax_error). */
static void format_syntax_error(VM *vm, StrBuf *b, Value exc) {
    Value fn = exc_get_attr(vm, exc, "filename"), ln = exc_get_attr(vm, exc, "lineno");
    Value text = exc_get_attr(vm, exc, "text"), off = exc_get_attr(vm, exc, "offset");
    Value eoff = exc_get_attr(vm, exc, "end_offset");
    int64_t line, offset, end_offset;
    if (!ln || !int_fits_i64(ln, &line))
        return;
    sb_addf(b, "  File \"%s\", line %lld\n", fn && IS_STR(fn) ? str_data(fn) : "<string>",
            (long long)line);
    if (!text || !IS_STR(text))
        return;
    /* rtext without the newline, ltext without leading spaces */
    const char *p = str_data(text);
    size_t n = str_nbytes(text);
    while (n && p[n - 1] == '\n')
        n--;
    size_t lead = 0;
    while (lead < n && (p[lead] == ' ' || p[lead] == '\n' || p[lead] == '\f'))
        lead++;
    sb_adds(b, "    ");
    sb_add(b, p + lead, n - lead);
    sb_addc(b, '\n');
    if (!off || !int_fits_i64(off, &offset))
        return;
    if (!eoff || !int_fits_i64(eoff, &end_offset) || end_offset == 0)
        end_offset = offset;
    /* a range over several lines is shown to the end of its first line (pythonrun.c counts
     * the bytes of the line, newline included) */
    Value eln = exc_get_attr(vm, exc, "end_lineno");
    int64_t end_line;
    if (eln && int_fits_i64(eln, &end_line) && end_line > line)
        end_offset = (int64_t)str_nbytes(text);
    if (end_offset > (int64_t)str_nbytes(text) + 1)
        end_offset = (int64_t)str_nbytes(text) + 1;
    if (offset == end_offset || end_offset == -1)
        end_offset = offset + 1;
    /* offsets count characters, 1-based */
    size_t spaces = 0;
    for (size_t i = 0; i < lead; i++)
        spaces += ((unsigned char)p[i] & 0xC0) != 0x80;
    int64_t colno = offset - 1 - (int64_t)spaces, end_colno = end_offset - 1 - (int64_t)spaces;
    if (colno < 0)
        return;
    sb_adds(b, "    ");
    const unsigned char *q = (const unsigned char *)p + lead, *qe = (const unsigned char *)p + n;
    for (int64_t i = 0; i < colno && q < qe; i++) {
        uint32_t cp;
        q += utf8_decode(q, &cp);
        sb_addc(b, cp == '\t' || cp == '\f' || cp == '\v' ? (char)cp : ' ');
    }
    for (int64_t i = colno; i < end_colno; i++)
        sb_addc(b, '^');
    sb_addc(b, '\n');
}

/* Traceback text is built in one buffer; for the traceback module it is also cut into the
 * pieces CPython's TracebackException.format() yields (a header, a frame, a note...). */
typedef struct TbOut {
    VM *vm;
    StrBuf b;
    Value pieces;     /* list of str, or NULL when only the text is wanted */
    int64_t limit;    /* frames shown per exception: the first n if n >= 0, else the last -n */
    bool chain;
    bool hints;       /* "Did you mean": only the interpreter's own printing has them in 3.11 */
} TbOut;

static void cut(TbOut *o) {
    if (!o->pieces || !o->b.len || o->b.failed)
        return;
    Value s = str_new(o->vm, o->b.buf, o->b.len);
    if (s)
        list_append(o->vm, o->pieces, s);
    o->b.len = 0;
}

/* One piece per line of what the buffer holds. */
static void cut_lines(TbOut *o) {
    if (!o->pieces || o->b.failed)
        return;
    const char *p = o->b.buf, *end = p + o->b.len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        Value s = str_new(o->vm, p, (size_t)(stop - p));
        if (s)
            list_append(o->vm, o->pieces, s);
        p = stop;
    }
    o->b.len = 0;
}

/* The class as tracebacks name it: its qualified name, after its module unless that is
 * builtins or __main__ ("mylib.errors.LibError"). */
static void add_type_label(StrBuf *b, Type *t) {
    if (!(t->flags & TF_HEAP)) {
        sb_adds(b, t->name);   /* a built-in type of a module is named "module.Name" */
        return;
    }
    Value mod = t->v_module;
    if (mod && IS_STR(mod) && !str_eq_c(mod, "__main__") && !str_eq_c(mod, "builtins")) {
        sb_add_str(b, mod);
        sb_addc(b, '.');
    }
    sb_add_str(b, t->v_qualname);
}

/* __notes__, one piece each: str() of every item of a list or tuple, repr() of anything
 * else. */
static void format_notes(TbOut *o, Value exc) {
    VM *vm = o->vm;
    Value notes = obj_getattr_opt(vm, exc, NM(__notes__));
    if (!notes) {
        exc_clear(vm);
        return;
    }
    if (notes == VAL_MISSING)
        return;
    if (!IS_LIST(notes) && !IS_TUPLE(notes)) {
        Value r = obj_repr(vm, notes);
        if (!r)
            exc_clear(vm);
        sb_add_str(&o->b, r ? r : str_from_c(vm, "<__notes__ repr() failed>"));
        sb_addc(&o->b, '\n');
        cut(o);
        return;
    }
    for (size_t i = 0;; i++) {
        size_t n = IS_LIST(notes) ? AS_LIST(notes)->len : AS_TUPLE(notes)->len;
        if (i >= n)
            break;
        Value note = IS_LIST(notes) ? AS_LIST(notes)->items[i] : AS_TUPLE(notes)->items[i];
        Value s = obj_str(vm, note);
        if (!s)
            exc_clear(vm);
        sb_add_str(&o->b, s ? s : str_from_c(vm, "<note str() failed>"));
        sb_addc(&o->b, '\n');
        cut_lines(o);
    }
}

/* "ValueError: message" (just "ValueError" when str() is empty), the "Did you mean" hint and
 * the notes, after the location block of a SyntaxError: traceback.format_exception_only. */
static void format_only(TbOut *o, Value exc) {
    VM *vm = o->vm;
    StrBuf *b = &o->b;
    Value msg;
    Value smsg = isinstance_type(exc, &Exc_SyntaxError) ? exc_get_attr(vm, exc, "msg") : NULL;
    if (smsg && smsg != NONE) {
        format_syntax_error(vm, b, exc);
        cut_lines(o);
        /* SyntaxError shows its msg; the location is in the block above it */
        msg = obj_str(vm, smsg);
        Value ln = exc_get_attr(vm, exc, "lineno"), fn = exc_get_attr(vm, exc, "filename");
        if (msg && (!ln || ln == NONE) && fn && fn != NONE)
            msg = str_fmt(vm, "%U (%S)", msg, fn);
    } else {
        msg = obj_str(vm, exc);
    }
    add_type_label(b, TYPE(exc));
    if (!msg) {
        exc_clear(vm);
        sb_adds(b, ": <exception str() failed>");
    } else if (str_nbytes(msg)) {
        sb_adds(b, ": ");
        sb_add_str(b, msg);
    }
    Value hint = o->hints && IS_EXC(exc) ? suggestion_for(vm, exc) : NULL;
    if (hint)
        sb_addf(b, ". Did you mean: '%s'?", str_data(hint));
    sb_addc(b, '\n');
    cut(o);
    if (IS_EXC(exc))
        format_notes(o, exc);
}

/* "Traceback (most recent call last):" and the frames within o->limit, runs of the same line
 * (deep recursion) collapsed after three as CPython does. */
static void format_frames(TbOut *o, ExcObj *e) {
    StrBuf *b = &o->b;
    int64_t n = 0;
    for (TbEntry *t = e->tb; t; t = t->next)
        n++;
    int64_t skip = o->limit >= 0 ? 0 : n + o->limit > 0 ? n + o->limit : 0;
    int64_t take = o->limit >= 0 ? o->limit : n;
    TbEntry *t = e->tb;
    for (int64_t i = 0; i < skip; i++)
        t = t->next;
    if (!t || !take)
        return;
    sb_adds(b, "Traceback (most recent call last):\n");
    cut(o);
    int repeat = 0;
    TbEntry *prev = NULL;
    for (; t && take; t = t->next, take--) {
        if (prev && prev->line == t->line && prev->filename == t->filename &&
            str_eq(prev->funcname, t->funcname)) {
            repeat++;
            if (repeat >= 3) {
                prev = t;
                continue;
            }
        } else {
            if (repeat >= 3) {
                sb_addf(b, "  [Previous line repeated %d more time%s]\n", repeat - 2,
                        repeat - 2 == 1 ? "" : "s");
                cut(o);
            }
            repeat = 0;
        }
        format_entry(b, t);
        cut(o);
        prev = t;
    }
    if (repeat >= 3) {
        sb_addf(b, "  [Previous line repeated %d more time%s]\n", repeat - 2,
                repeat - 2 == 1 ? "" : "s");
        cut(o);
    }
}

static void format_one(TbOut *o, Value exc, int depth) {
    if (!IS_EXC(exc)) {
        format_only(o, exc);
        return;
    }
    ExcObj *e = AS_EXC(exc);
    if (o->chain && depth < 100) {
        if (e->cause) {
            format_one(o, e->cause, depth + 1);
            sb_adds(&o->b, "\nThe above exception was the direct cause of the following "
                           "exception:\n\n");
            cut(o);
        } else if (e->context && !e->suppress_context) {
            format_one(o, e->context, depth + 1);
            sb_adds(&o->b, "\nDuring handling of the above exception, another exception "
                           "occurred:\n\n");
            cut(o);
        }
    }
    format_frames(o, e);
    format_only(o, exc);
}

/* Runs one of the formatters: the text of an uncaught exception, or the list of pieces the
 * traceback module returns. */
static Value tb_run(VM *vm, Value exc, int64_t limit, bool chain, bool as_pieces, bool only) {
    TbOut o = {.vm = vm, .limit = limit, .chain = chain, .hints = !as_pieces};
    if (as_pieces && !(o.pieces = list_new(vm, 0)))
        return NULL;
    sb_init(&o.b, vm, 256);
    /* str() and __notes__ run Python code; what the exception being printed left pending
     * stays as it was */
    Value pending = vm->exc;
    vm->exc = NULL;
    if (only)
        format_only(&o, exc);
    else
        format_one(&o, exc, 0);
    if (vm->limit)
        return NULL;
    vm->exc = pending;
    Value text = sb_finish(&o.b);
    return as_pieces ? (text ? o.pieces : NULL) : text;
}

Value exc_format(VM *vm, Value exc) {
    return tb_run(vm, exc, INT64_MAX, true, false, false);
}

Value exc_format_lines(VM *vm, Value exc, int64_t limit, bool chain) {
    return tb_run(vm, exc, limit, chain, true, false);
}

Value exc_format_only_lines(VM *vm, Value exc) {
    return tb_run(vm, exc, INT64_MAX, true, true, true);
}
