/* The builtins module and the services built-ins share with the evaluator. */
#ifndef KR_BUILTINS_H
#define KR_BUILTINS_H

#include "object.h"

/* The dict of built-in names for a new VM. */
Value builtins_make(VM *vm);
/* Writes to the run's stdout (err false) or stderr, charging the output limit. */
bool vm_write(VM *vm, bool err, const char *p, size_t n);
/* Writes str s encoded as CPython's standard streams encode (UTF-8): strictly on stdout, so a
 * lone surrogate is a UnicodeEncodeError; with backslashreplace on stderr. */
bool vm_write_str(VM *vm, bool err, Value s);

/* The sandbox's attribute policy (policy.c).  Dunder names are readable only if on an explicit
 * allowlist; everything else is ordinary Python.  `allowed` raises AttributeError when not. */
bool policy_attr_visible(Value obj, Value name);
bool policy_attr_allowed(VM *vm, Value obj, Value name);
bool policy_name_blocked(const char *name, size_t n);

/* Supplied by the evaluator. */
Value eval_dir_locals(VM *vm);               /* dir() without arguments */
Value gen_return_value(VM *vm, Value it);    /* value a finished generator returned, or NULL */

#endif
