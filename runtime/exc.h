/* Exceptions: the built-in classes (exc_list.h), raising, matching and chaining.
 *
 * Raising sets vm->exc and returns NULL (or false/-1 from the helpers that return those), so
 * `return exc_raise(vm, &Exc_TypeError, "...")` ends any Value-returning function.  Implicit
 * chaining happens here: an exception raised while another is being handled gets it as
 * __context__, as CPython does.  A traceback is a chain of entries (file, line, function)
 * appended by the evaluator as the exception leaves each frame.
 */
#ifndef KR_EXC_H
#define KR_EXC_H

#include "object.h"

extern Type Exc_BaseException;
#define X(name, base, doc) extern Type Exc_##name;
#include "exc_list.h"
#undef X

/* Limit errors are instances of these, which no Python class derives from. */
extern Type limit_exc_type;

typedef struct TbEntry TbEntry;
struct TbEntry {
    TbEntry *next;     /* towards the most recent call */
    Value filename;    /* str */
    Value funcname;    /* str */
    Value source;      /* the source text (str) the line comes from, or NULL */
    int line, col, end_line, end_col;
    int anchor_l, anchor_r;   /* byte columns of the '^' part of "~~^~~" carets, or -1 */
};

typedef struct ExcObj {
    Obj ob;
    Value dict;
    Value args;          /* tuple */
    TbEntry *tb;         /* outermost frame first */
    TbEntry *tb_last;
    Value cause, context;
    bool suppress_context;
    Value suggestion;    /* NameError: the "Did you mean" name found when it was raised */
} ExcObj;

#define AS_EXC(v) ((ExcObj *)(v))

/* Instances of the classes with attributes of their own (StopIteration.value, OSError.errno,
 * SyntaxError.lineno...) have them after the common part, NULL until set (exc.c). */
typedef struct ExcFields {
    ExcObj base;
    Value f[8];
} ExcFields;

#define EXC_FIELDS(v) (((ExcFields *)(v))->f)

/* Always return NULL (so callers can `return exc_raise(...)`). */
Value exc_raise(VM *vm, Type *cls, const char *fmt, ...);
Value exc_raise_value(VM *vm, Type *cls, Value arg);   /* single-argument exception */
Value exc_set(VM *vm, Value exc);                      /* raise an instance */
/* Raise an exception class or instance as the `raise` statement does. */
Value exc_raise_obj(VM *vm, Value exc_or_class, Value cause, bool has_cause);

Value exc_new(VM *vm, Type *cls, Value *args, size_t nargs);
Value exc_new_msg(VM *vm, Type *cls, const char *msg);

/* Whether the pending exception is an instance of cls (a class or tuple of classes). */
bool exc_pending_matches(VM *vm, Type *cls);
/* Whether exc is an instance of cls (a class or tuple of classes) as `except cls` decides:
 * 1, 0, or -1 with TypeError raised when cls is not made of exception classes. */
int exc_matches(VM *vm, Value exc, Value cls_or_tuple);
/* Takes the pending exception, leaving none. */
Value exc_fetch(VM *vm);
void exc_clear(VM *vm);

/* AttributeError for obj.name, worded as CPython's. */
Value exc_attribute_error(VM *vm, Value obj, Value name);
/* An AttributeError leaving the look-up of obj.name learns them, unless it already knows an
 * object or name: its "Did you mean" hint needs them (CPython's set_attribute_error_context,
 * which covers errors raised by properties and __getattr__ too). */
void exc_attr_context(VM *vm, Value obj, Value name);
Value exc_type_error_unsupported(VM *vm, const char *op, Value a, Value b);

/* Adds one traceback entry (the frame the exception is leaving); returns it so the caller
 * can set its caret anchors. */
TbEntry *exc_add_tb(VM *vm, Value exc, Value filename, Value funcname, Value source, int line,
                    int col, int end_line, int end_col);
/* The whole traceback text, with chained exceptions, as CPython prints it. */
Value exc_format(VM *vm, Value exc);
/* The same as the list of pieces traceback.format_exception() returns, showing the first
 * `limit` frames of each exception (the last -limit if negative), chained ones if `chain`.
 * As in CPython 3.11, the traceback module gives no "Did you mean" hints. */
Value exc_format_lines(VM *vm, Value exc, int64_t limit, bool chain);
/* traceback.format_exception_only(): "TypeError: message" and the notes, as pieces. */
Value exc_format_only_lines(VM *vm, Value exc);
Value exc_str(VM *vm, Value exc);

void exc_types_ready(void);
/* exc_unicode.c: the Unicode*Error classes' constructors, attributes and messages. */
void exc_unicode_ready(void);
/* Sets the `name` attribute (NameError, AttributeError). */
void exc_set_name(VM *vm, Value exc, Value name);
/* An attribute of the exception's class (StopIteration.value, SyntaxError.lineno...), or NULL
 * when it is unset or the class has no such attribute. */
Value exc_get_attr(VM *vm, Value exc, const char *name);

#endif
