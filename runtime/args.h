/* Argument parsing for C built-ins, with CPython's error messages.
 *
 * spec: one character per parameter: 'O' any Value.  '|' starts the optional ones, '$' the
 * keyword-only ones.  kwlist gives the names ("" for positional-only).  Optional parameters not
 * passed are left untouched, so callers initialise them with defaults.  Returns false with
 * TypeError pending. */
#ifndef KR_ARGS_H
#define KR_ARGS_H

#include "object.h"

bool args_parse(VM *vm, const char *fname, Value *args, size_t nargs, Value kwnames,
                const char *spec, const char *const *kwlist, ...);
/* For functions without keywords: checks min/max positional count, CPython wording. */
bool args_count(VM *vm, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max);
bool args_no_kw(VM *vm, const char *fname, Value kwnames);

/* Typed conversions with CPython's messages. */
bool arg_int(VM *vm, Value v, int64_t *out);                 /* __index__ */
bool arg_str(VM *vm, const char *fname, const char *argdesc, Value v);  /* checks str */

#endif
