/* Argument parsing for C built-ins, worded as CPython's argument clinic words its errors. */
#include <stdarg.h>

#include "rt.h"

bool args_no_kw(VM *vm, const char *fname, Value kwnames) {
    if (kwnames && AS_TUPLE(kwnames)->len) {
        exc_raise(vm, &Exc_TypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return true;
}

bool args_count(VM *vm, const char *fname, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (!args_no_kw(vm, fname, kwnames))
        return false;
    if (nargs >= min && nargs <= max)
        return true;
    if (min == 1 && max == 1)
        exc_raise(vm, &Exc_TypeError, "%s() takes exactly one argument (%zu given)", fname,
                  nargs);
    else if (max == 0)
        exc_raise(vm, &Exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else {
        /* this form names a method without its type: "index expected at least 1 argument" */
        const char *dot = strrchr(fname, '.');
        size_t n = nargs < min ? min : max;
        const char *q = min == max ? "" : nargs < min ? "at least " : "at most ";
        exc_raise(vm, &Exc_TypeError, "%s expected %s%zu argument%s, got %zu",
                  dot ? dot + 1 : fname, q, n, n == 1 ? "" : "s", nargs);
    }
    return false;
}

bool args_parse(VM *vm, const char *fname, Value *args, size_t nargs, Value kwnames,
                const char *spec, const char *const *kwlist, ...) {
    Value *out[16];
    size_t nparams = 0, min = 0, maxpos = 0;
    bool optional = false, kwonly = false;
    va_list ap;
    va_start(ap, kwlist);
    for (const char *p = spec; *p; p++) {
        if (*p == '|') {
            optional = true;
            continue;
        }
        if (*p == '$') {
            kwonly = true;
            continue;
        }
        out[nparams] = va_arg(ap, Value *);
        if (!optional)
            min++;
        if (!kwonly)
            maxpos++;
        nparams++;
    }
    va_end(ap);
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    if (nargs + nkw > nparams) {
        exc_raise(vm, &Exc_TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname,
                  nparams, nargs ? "" : "keyword ", nparams == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            exc_raise(vm, &Exc_TypeError, "%s() takes no positional arguments", fname);
        else
            exc_raise(vm, &Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                      fname, min < maxpos ? "at most" : "exactly", maxpos,
                      maxpos == 1 ? "" : "s", nargs);
        return false;
    }
    /* CPython's order (_PyArg_UnpackKeywords): positional-only arguments missing, then each
     * parameter in turn, then keywords naming a positional argument again or nothing at all. */
    size_t posonly = 0;
    while (posonly < nparams && !kwlist[posonly][0])
        posonly++;
    if (nargs < posonly && nargs < min) {
        size_t need = posonly < min ? posonly : min;
        exc_raise(vm, &Exc_TypeError, "%s() takes %s %zu positional argument%s (%zu given)",
                  fname, need < maxpos ? "at least" : "exactly", need, need == 1 ? "" : "s",
                  nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++)
        *out[i] = args[i];
    size_t used = 0;
    for (size_t i = nargs; i < nparams; i++) {
        size_t k = nkw;
        if (kwlist[i][0])
            for (k = 0; k < nkw; k++)
                if (str_eq_c(AS_TUPLE(kwnames)->items[k], kwlist[i]))
                    break;
        if (k < nkw) {
            *out[i] = args[nargs + k];
            used++;
        } else if (i < min) {
            exc_raise(vm, &Exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                      kwlist[i], i + 1);
            return false;
        }
    }
    if (used == nkw)
        return true;
    for (size_t i = 0; i < nargs; i++)
        for (size_t k = 0; kwlist[i][0] && k < nkw; k++)
            if (str_eq_c(AS_TUPLE(kwnames)->items[k], kwlist[i])) {
                exc_raise(vm, &Exc_TypeError, "argument for %s() given by name ('%s') and "
                          "position (%zu)", fname, kwlist[i], i + 1);
                return false;
            }
    for (size_t k = 0; k < nkw; k++) {
        Value name = AS_TUPLE(kwnames)->items[k];
        size_t i = 0;
        while (i < nparams && !(kwlist[i][0] && str_eq_c(name, kwlist[i])))
            i++;
        if (i == nparams) {
            exc_raise(vm, &Exc_TypeError, "'%U' is an invalid keyword argument for %s()", name,
                      fname);
            return false;
        }
    }
    return true;
}

bool arg_int(VM *vm, Value v, int64_t *out) {
    if (IS_FLOAT(v)) {
        exc_raise(vm, &Exc_TypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    return obj_as_index(vm, v, out);
}

bool arg_str(VM *vm, const char *fname, const char *argdesc, Value v) {
    if (IS_STR(v))
        return true;
    exc_raise(vm, &Exc_TypeError, "%s() argument %s must be str, not %s", fname, argdesc,
              v == NONE ? "None" : tname(v));
    return false;
}
