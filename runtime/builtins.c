/* The builtins module: the sandbox's whitelist of built-in functions and types.  Functions
 * that would touch the OS or expose the interpreter (open, eval, exec, compile, __import__,
 * globals, locals, vars, breakpoint, memoryview) are absent, so naming them is a NameError. */
#include <math.h>

#include "builtins.h"
#include "codecs.h"
#include "rt.h"

/* ---- output ---- */

bool vm_write(VM *vm, bool err, const char *p, size_t n) {
    if (vm->max_output && vm->out_bytes + n > vm->max_output) {
        size_t room = vm->max_output - vm->out_bytes;
        if (room && (err ? vm->err_fn : vm->out_fn))
            (err ? vm->err_fn : vm->out_fn)(err ? vm->err_ud : vm->out_ud, p, room);
        vm->out_bytes = vm->max_output;
        return vm_limit_error(vm, LIMIT_OUTPUT, "output limit of %zu bytes exceeded",
                              vm->max_output);
    }
    vm->out_bytes += n;
    WriteFn f = err ? vm->err_fn : vm->out_fn;
    if (f)
        f(err ? vm->err_ud : vm->out_ud, p, n);
    return vm_charge(vm, n);
}

bool vm_write_str(VM *vm, bool err, Value s) {
    if (!str_has_surrogate(s))
        return vm_write(vm, err, str_data(s), str_nbytes(s));
    /* on stdout, strict: str_encode raises CPython's UnicodeEncodeError */
    Value errors = NULL;
    if (err && !(errors = str_from_c(vm, "backslashreplace")))
        return false;
    Value b = str_encode(vm, s, NULL, errors);
    return b && vm_write(vm, err, (const char *)AS_BYTES(b)->data, AS_BYTES(b)->len);
}

/* Adds a piece of a print() line to the buffer.  A piece the stream cannot take as it stands
 * (a lone surrogate) goes out alone after the pieces before it, since CPython writes piece by
 * piece: on stdout the error comes with those written; stderr takes it backslash-escaped. */
static bool print_piece(VM *vm, StrBuf *b, bool err, Value s) {
    if (!str_has_surrogate(s))
        return sb_add_str(b, s);
    bool ok = !b->failed && vm_write(vm, err, b->buf, b->len) && vm_write_str(vm, err, s);
    b->len = 0;
    return ok;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False).  The standard streams get the
 * whole line in one write (but see print_piece); another file gets one write() call per piece,
 * as CPython makes them.  A str() that fails leaves the pieces before it written. */
static Value bi_print(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Value sep = NONE, end = NONE, file = NONE, flush = NONE;
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value k = AS_TUPLE(kwnames)->items[i], v = args[nargs + i];
        if (str_eq_c(k, "sep"))
            sep = v;
        else if (str_eq_c(k, "end"))
            end = v;
        else if (str_eq_c(k, "file"))
            file = v;
        else if (str_eq_c(k, "flush"))
            flush = v;
        else
            return exc_raise(vm, &Exc_TypeError, "'%U' is an invalid keyword argument for print()",
                             k);
    }
    if (sep != NONE && !IS_STR(sep))
        return exc_raise(vm, &Exc_TypeError, "sep must be None or a string, not %s", tname(sep));
    if (end != NONE && !IS_STR(end))
        return exc_raise(vm, &Exc_TypeError, "end must be None or a string, not %s", tname(end));
    extern Value sys_stream_kind(Value file);
    Value kind = file == NONE ? FALSE_V : sys_stream_kind(file);
    if (!kind) {
        Value space = sep == NONE || end == NONE ? str_from_c(vm, sep == NONE ? " " : "\n") : NULL;
        for (size_t i = 0; i <= nargs; i++) {
            if (i && i < nargs) {
                Value s = sep == NONE ? space : sep;
                if (!s || !obj_call_method_c(vm, file, "write", &s, 1))
                    return NULL;
            }
            Value piece = i == nargs ? (end == NONE ? str_from_c(vm, "\n") : end)
                                     : obj_str(vm, args[i]);
            if (!piece || !obj_call_method_c(vm, file, "write", &piece, 1))
                return NULL;
        }
        if (flush != NONE) {
            int f = obj_truth(vm, flush);
            if (f < 0 || (f && !obj_call_method_c(vm, file, "flush", NULL, 0)))
                return NULL;
        }
        return NONE;
    }
    bool err = kind == TRUE_V;
    StrBuf b;
    sb_init(&b, vm, 64);
    for (size_t i = 0; i < nargs; i++) {
        if (i && !(sep == NONE ? sb_addc(&b, ' ') : print_piece(vm, &b, err, sep)))
            return NULL;
        Value s = obj_str(vm, args[i]);
        if (!s) {
            Value exc = vm->exc;
            vm->exc = NULL;
            if (!b.failed && !vm_write(vm, err, b.buf, b.len))
                return NULL;
            vm->exc = exc;
            return NULL;
        }
        if (!print_piece(vm, &b, err, s))
            return NULL;
    }
    if (!(end == NONE ? sb_addc(&b, '\n') : print_piece(vm, &b, err, end)))
        return NULL;
    return vm_write(vm, err, b.buf, b.len) ? NONE : NULL;
}

/* input(prompt='') reads a line of the run's standard input, supplied by the host. */
static Value bi_input(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "input", nargs, kw, 0, 1))
        return NULL;
    if (nargs) {
        Value s = obj_str(vm, args[0]);
        if (!s || !vm_write_str(vm, false, s))
            return NULL;
    }
    if (!vm->stdin_data || vm->stdin_pos >= vm->stdin_len)
        return exc_raise(vm, &Exc_EOFError, "EOF when reading a line");
    const char *p = vm->stdin_data + vm->stdin_pos;
    size_t left = vm->stdin_len - vm->stdin_pos;
    const char *nl = memchr(p, '\n', left);
    size_t n = nl ? (size_t)(nl - p) + 1 : left;
    vm->stdin_pos += n;
    /* Decoded strictly as UTF-8 with its newline, as CPython's text layer sees it: a sequence
     * the newline cuts short is an invalid continuation byte, not an unexpected end. */
    Value b = bytes_new(vm, p, n);
    Value s = b ? bytes_decode(vm, b, NULL, NULL) : NULL;
    if (!s || !nl)
        return s;
    size_t keep = n - 1 - (n > 1 && p[n - 2] == '\r');
    return str_new(vm, str_data(s), keep);
}

/* ---- numbers ---- */

static Value bi_abs(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "abs", nargs, kw, 1, 1))
        return NULL;
    return obj_unop(vm, args[0], UOP_ABS);
}

/* divmod(a, b): int and float directly, anything else through __divmod__/__rdivmod__ with
 * the reflected operand first when it is a subclass overriding it, as for binary operators. */
static Value bi_divmod(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "divmod", nargs, kw, 2, 2))
        return NULL;
    Value a = args[0], b = args[1];
    Type *ta = TYPE(a), *tb = TYPE(b);
    if (!((ta->flags | tb->flags) & TF_HEAP) && (IS_INT(a) || IS_FLOAT(a)) &&
        (IS_INT(b) || IS_FLOAT(b)))
        return IS_FLOAT(a) || IS_FLOAT(b) ? float_divmod(vm, a, b) : int_divmod(vm, a, b);
    bool reflect_first = ta != tb && type_is_subtype(tb, ta) &&
                         type_lookup(tb, NM(__rdivmod__)) != type_lookup(ta, NM(__rdivmod__));
    Value r;
    if (reflect_first) {
        r = call_special(vm, b, NM(__rdivmod__), &a, 1);
        if (r != VAL_MISSING && r != NOTIMPL)
            return r;
    }
    r = call_special(vm, a, NM(__divmod__), &b, 1);
    if (r != VAL_MISSING && r != NOTIMPL)
        return r;
    if (ta != tb && !reflect_first) {
        r = call_special(vm, b, NM(__rdivmod__), &a, 1);
        if (r != VAL_MISSING && r != NOTIMPL)
            return r;
    }
    return exc_raise(vm, &Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     tname(a), tname(b));
}

static Value bi_pow(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value base = NULL, exp = NULL, mod = NONE;
    static const char *const kws[] = {"base", "exp", "mod", NULL};
    if (!args_parse(vm, "pow", args, nargs, kw, "OO|O", kws, &base, &exp, &mod))
        return NULL;
    if (mod == NONE)
        return obj_binop(vm, base, exp, OP_POW);
    if (!IS_INT(base) || !IS_INT(exp) || !IS_INT(mod)) {
        if (IS_FLOAT(base) || IS_FLOAT(exp) || IS_FLOAT(mod))
            return exc_raise(vm, &Exc_TypeError,
                             "pow() 3rd argument not allowed unless all arguments are integers");
        Value a[2] = {exp, mod};
        Value r = call_special(vm, base, NM(__pow__), a, 2);
        if (r != VAL_MISSING && r != NOTIMPL)
            return r;
        return r ? exc_raise(vm, &Exc_TypeError,
                             "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                             tname(base), tname(exp), tname(mod))
                 : NULL;
    }
    return int_pow_mod(vm, base, exp, mod);
}

static Value bi_round(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value number = NULL, nd = NONE;
    static const char *const kws[] = {"number", "ndigits", NULL};
    if (!args_parse(vm, "round", args, nargs, kw, "O|O", kws, &number, &nd))
        return NULL;
    Value r = call_special(vm, number, NM(__round__), nd == NONE ? NULL : &nd, nd == NONE ? 0 : 1);
    if (r == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "type %s doesn't define __round__ method",
                         tname(number));
    return r;
}

static Value int_prefixed(VM *vm, Value v, int base, const char *prefix) {
    Value i = int_index(vm, v);
    if (!i)
        return NULL;
    Value s = int_to_str(vm, i, base);
    if (!s)
        return NULL;
    if (str_data(s)[0] == '-')
        return str_fmt(vm, "-%s%s", prefix, str_data(s) + 1);
    return str_fmt(vm, "%s%U", prefix, s);
}

static Value bi_bin(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "bin", nargs, kw, 1, 1))
        return NULL;
    return int_prefixed(vm, args[0], 2, "0b");
}

static Value bi_oct(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "oct", nargs, kw, 1, 1))
        return NULL;
    return int_prefixed(vm, args[0], 8, "0o");
}

static Value bi_hex(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "hex", nargs, kw, 1, 1))
        return NULL;
    return int_prefixed(vm, args[0], 16, "0x");
}

static Value bi_chr(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "chr", nargs, kw, 1, 1))
        return NULL;
    int64_t c;
    if (IS_FLOAT(args[0]))
        return exc_raise(vm, &Exc_TypeError, "'float' object cannot be interpreted as an integer");
    if (!IS_INT(args[0])) {
        Value i = int_index(vm, args[0]);
        if (!i)
            return NULL;
        args[0] = i;
    }
    if (!int_fits_i64(args[0], &c) || c < INT32_MIN || c > INT32_MAX)
        return exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C int");
    if (c < 0 || c > 0x10FFFF)
        return exc_raise(vm, &Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)c);
}

static Value bi_ord(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "ord", nargs, kw, 1, 1))
        return NULL;
    Value v = args[0];
    const unsigned char *p;
    size_t n;
    if (IS_STR(v)) {
        if (str_len(v) != 1)
            return exc_raise(vm, &Exc_TypeError,
                             "ord() expected a character, but string of length %zu found",
                             str_len(v));
        return MK_SMALL(str_char_at(v, 0));
    }
    if (bytes_view(v, &p, &n)) {
        if (n != 1)
            return exc_raise(vm, &Exc_TypeError,
                             "ord() expected a character, but string of length %zu found", n);
        return MK_SMALL(p[0]);
    }
    return exc_raise(vm, &Exc_TypeError, "ord() expected string of length 1, but %s found",
                     tname(v));
}

/* ---- objects ---- */

static Value bi_len(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "len", nargs, kw, 1, 1))
        return NULL;
    int64_t n = obj_len(vm, args[0]);
    return n < 0 ? NULL : int_from_i64(vm, n);
}

static Value bi_repr(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "repr", nargs, kw, 1, 1))
        return NULL;
    return obj_repr(vm, args[0]);
}

static Value bi_ascii(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "ascii", nargs, kw, 1, 1))
        return NULL;
    return obj_ascii(vm, args[0]);
}

static Value bi_format(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "format", nargs, kw, 1, 2))
        return NULL;
    Value v = args[0], spec = nargs > 1 ? args[1] : NULL;
    if (spec && !IS_STR(spec))
        return exc_raise(vm, &Exc_TypeError, "format() argument 2 must be str, not %s",
                         tname(spec));
    return obj_format(vm, v, spec);
}

static Value bi_hash(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "hash", nargs, kw, 1, 1))
        return NULL;
    int64_t h;
    return obj_hash(vm, args[0], &h) ? int_from_i64(vm, h) : NULL;
}

uintptr_t obj_id(Value v);

static Value bi_id(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "id", nargs, kw, 1, 1))
        return NULL;
    if (IS_SMALL(args[0]))   /* small ints are not objects: give each value a stable id */
        return int_from_u64(vm, ((uint64_t)SMALL_VAL(args[0]) * 32) ^ 0x7f0000000000ull);
    return int_from_u64(vm, obj_id(args[0]));
}

static Value bi_callable(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "callable", nargs, kw, 1, 1))
        return NULL;
    return BOOL_V(obj_callable(args[0]));
}

static Value bi_isinstance(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "isinstance", nargs, kw, 2, 2))
        return NULL;
    int r = obj_isinstance(vm, args[0], args[1]);
    return r < 0 ? NULL : BOOL_V(r);
}

static Value bi_issubclass(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "issubclass", nargs, kw, 2, 2))
        return NULL;
    if (!IS_TYPE(args[0]) && !IS_TUPLE(args[1]) && IS_TYPE(args[1]) &&
        TYPE(args[1]) == &type_type)
        return exc_raise(vm, &Exc_TypeError, "issubclass() arg 1 must be a class");
    int r = obj_issubclass(vm, args[0], args[1]);
    return r < 0 ? NULL : BOOL_V(r);
}

static bool attr_name(VM *vm, const char *fname, Value v) {
    if (IS_STR(v))
        return true;
    exc_raise(vm, &Exc_TypeError, "attribute name must be string, not '%s'", tname(v));
    (void)fname;
    return false;
}

static Value bi_getattr(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "getattr", nargs, kw, 2, 3) || !attr_name(vm, "getattr", args[1]))
        return NULL;
    /* a blocked name is an AttributeError, which a default answers as for a missing one */
    if (nargs == 3 && !policy_attr_visible(args[0], args[1]))
        return args[2];
    if (!policy_attr_allowed(vm, args[0], args[1]))
        return NULL;
    if (nargs == 2)
        return obj_getattr(vm, args[0], args[1]);
    Value r = obj_getattr_opt(vm, args[0], args[1]);
    return r == VAL_MISSING ? args[2] : r;
}

static Value bi_hasattr(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "hasattr", nargs, kw, 2, 2) || !attr_name(vm, "hasattr", args[1]))
        return NULL;
    if (!policy_attr_visible(args[0], args[1]))
        return FALSE_V;
    Value r = obj_getattr_opt(vm, args[0], args[1]);
    return r ? BOOL_V(r != VAL_MISSING) : NULL;
}

static Value bi_setattr(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "setattr", nargs, kw, 3, 3) || !attr_name(vm, "setattr", args[1]))
        return NULL;
    if (!policy_attr_allowed(vm, args[0], args[1]))
        return NULL;
    return obj_setattr(vm, args[0], str_intern(vm, args[1]), args[2]) < 0 ? NULL : NONE;
}

static Value bi_delattr(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "delattr", nargs, kw, 2, 2) || !attr_name(vm, "delattr", args[1]))
        return NULL;
    if (!policy_attr_allowed(vm, args[0], args[1]))
        return NULL;
    return obj_setattr(vm, args[0], args[1], NULL) < 0 ? NULL : NONE;
}

/* The sorted attribute names dir(obj) lists: instance dict, then the class and its bases,
 * without what the sandbox policy hides. */
Value builtin_dir_of(VM *vm, Value obj) {
    Value names = set_new(vm, &set_type);
    if (!names)
        return NULL;
    Value *dp = obj_dictptr(obj);
    if (dp && *dp && IS_DICT(*dp) && !set_update(vm, names, *dp))
        return NULL;
    if (TYPE(obj) == &module_type && !set_update(vm, names, AS_MODULE(obj)->dict))
        return NULL;
    Type *t = IS_TYPE(obj) ? (Type *)obj : TYPE(obj);
    Tuple *mro = AS_TUPLE(t->mro);
    for (size_t i = 0; i < mro->len; i++)
        if (!set_update(vm, names, ((Type *)mro->items[i])->dict))
            return NULL;
    Value l = list_new(vm, AS_SET(names)->used);
    if (!l)
        return NULL;
    size_t pos = 0;
    Value k;
    while (set_next(names, &pos, &k))
        if (IS_STR(k) && policy_attr_visible(obj, k) && !list_append(vm, l, k))
            return NULL;
    return list_sort(vm, l, NONE, false) ? l : NULL;
}

static Value bi_dir(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "dir", nargs, kw, 0, 1))
        return NULL;
    if (nargs == 0)
        return eval_dir_locals(vm);
    Value r = call_special(vm, args[0], NM(__dir__), NULL, 0);
    if (r == VAL_MISSING)
        return builtin_dir_of(vm, args[0]);
    if (!r)
        return NULL;
    Value l = list_from_iter(vm, r);
    if (!l)
        return NULL;
    /* filter what the policy hides, whatever __dir__ returned */
    size_t w = 0;
    for (size_t i = 0; i < AS_LIST(l)->len; i++) {
        Value k = AS_LIST(l)->items[i];
        if (!IS_STR(k) || policy_attr_visible(args[0], k))
            AS_LIST(l)->items[w++] = k;
    }
    AS_LIST(l)->len = w;
    return list_sort(vm, l, NONE, false) ? l : NULL;
}

/* ---- iteration ---- */

static Value bi_iter(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "iter", nargs, kw, 1, 2))
        return NULL;
    if (nargs == 2) {
        if (!obj_callable(args[0]))
            return exc_raise(vm, &Exc_TypeError, "iter(v, w): v must be callable");
        return calliter_new(vm, args[0], args[1]);
    }
    return obj_iter(vm, args[0]);
}

static Value bi_next(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "next", nargs, kw, 1, 2))
        return NULL;
    if (!TYPE(args[0])->next)
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not an iterator", tname(args[0]));
    Value r = obj_next(vm, args[0]);
    if (r != VAL_STOP)
        return r;
    if (nargs == 2)
        return args[1];
    Value ret = gen_return_value(vm, args[0]);
    if (ret)
        return exc_raise_value(vm, &Exc_StopIteration, ret);
    return exc_raise_obj(vm, (Value)&Exc_StopIteration, NULL, false);
}

static Value bi_all(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "all", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return TRUE_V;
        if (!x)
            return NULL;
        int t = obj_truth(vm, x);
        if (t <= 0)
            return t < 0 ? NULL : FALSE_V;
        if (!vm_tick(vm))
            return NULL;
    }
}

static Value bi_any(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "any", nargs, kw, 1, 1))
        return NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it)
        return NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return FALSE_V;
        if (!x)
            return NULL;
        int t = obj_truth(vm, x);
        if (t)
            return t < 0 ? NULL : TRUE_V;
        if (!vm_tick(vm))
            return NULL;
    }
}

static Value bi_sum(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    Value iterable = NULL, start = MK_SMALL(0);
    static const char *const kws[] = {"", "start", NULL};
    if (nargs == 0 && !(kw && AS_TUPLE(kw)->len))
        return exc_raise(vm, &Exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (!args_parse(vm, "sum", args, nargs, kw, "O|O", kws, &iterable, &start))
        return NULL;
    if (IS_STR(start))
        return exc_raise(vm, &Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (TYPE(start) == &bytes_type)
        return exc_raise(vm, &Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (TYPE(start) == &bytearray_type)
        return exc_raise(vm, &Exc_TypeError,
                         "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = obj_iter(vm, iterable);
    if (!it)
        return NULL;
    Value acc = start;
    /* int fast path: accumulate in a C integer while it fits */
    if (IS_SMALL(acc)) {
        int64_t s = SMALL_VAL(acc);
        for (;;) {
            Value x = obj_next(vm, it);
            if (x == VAL_STOP)
                return int_from_i64(vm, s);
            if (!x)
                return NULL;
            int64_t t;
            if (IS_SMALL(x) && !__builtin_add_overflow(s, SMALL_VAL(x), &t) && SMALL_FITS(t)) {
                s = t;
                if (!vm_tick(vm))
                    return NULL;
                continue;
            }
            acc = int_from_i64(vm, s);
            if (!acc || !(acc = obj_binop(vm, acc, x, OP_ADD)))
                return NULL;
            break;
        }
    }
    if (IS_FLOAT(acc) && TYPE(acc) == &float_type) {
        double d = AS_FLOAT(acc);
        for (;;) {
            Value x = obj_next(vm, it);
            if (x == VAL_STOP)
                return float_new(vm, d);
            if (!x)
                return NULL;
            if (TYPE(x) == &float_type) {
                d += AS_FLOAT(x);
            } else if (IS_SMALL(x)) {
                d += (double)SMALL_VAL(x);
            } else {
                acc = float_new(vm, d);
                if (!acc || !(acc = obj_binop(vm, acc, x, OP_ADD)))
                    return NULL;
                break;
            }
            if (!vm_tick(vm))
                return NULL;
        }
    }
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return acc;
        if (!x || !(acc = obj_binop(vm, acc, x, OP_ADD)) || !vm_tick(vm))
            return NULL;
    }
}

static Value minmax(VM *vm, Value *args, size_t nargs, Value kwnames, int op, const char *name) {
    Value key = NONE, dflt = NULL;
    if (nargs == 0)
        return exc_raise(vm, &Exc_TypeError, "%s expected at least 1 argument, got 0", name);
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    if (nkw > 2)
        return exc_raise(vm, &Exc_TypeError, "%s() takes at most 2 keyword arguments (%zu given)",
                         name, nkw);
    for (size_t i = 0; i < nkw; i++) {
        Value k = AS_TUPLE(kwnames)->items[i];
        if (str_eq_c(k, "key"))
            key = args[nargs + i];
        else if (str_eq_c(k, "default"))
            dflt = args[nargs + i];
        else
            return exc_raise(vm, &Exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                             k, name);
    }
    Value it;
    if (nargs == 1) {
        it = obj_iter(vm, args[0]);
        if (!it)
            return NULL;
    } else {
        if (dflt)
            return exc_raise(vm, &Exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional "
                             "arguments", name);
        Value t = tuple_from(vm, args, nargs);
        it = t ? obj_iter(vm, t) : NULL;
        if (!it)
            return NULL;
    }
    Value best = NULL, bestkey = NULL;
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            break;
        if (!x)
            return NULL;
        Value k = key == NONE ? x : obj_call1(vm, key, x);
        if (!k)
            return NULL;
        if (!best) {
            best = x;
            bestkey = k;
        } else {
            int c = obj_richcmp_bool(vm, k, bestkey, op);
            if (c < 0)
                return NULL;
            if (c) {
                best = x;
                bestkey = k;
            }
        }
        if (!vm_tick(vm))
            return NULL;
    }
    if (!best) {
        if (dflt)
            return dflt;
        return exc_raise(vm, &Exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value bi_max(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return minmax(vm, args, nargs, kw, CMP_GT, "max");
}

static Value bi_min(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return minmax(vm, args, nargs, kw, CMP_LT, "min");
}

static Value bi_sorted(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (nargs != 1)
        return exc_raise(vm, &Exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Value l = list_new(vm, 0);
    if (!l || !list_extend(vm, l, args[0]))
        return NULL;
    /* the keywords go to list.sort, which words their errors */
    return list_sort_method(vm, l, args + 1, 0, kw) ? l : NULL;
}

static const MethodDef builtin_functions[] = {
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", bi_ascii, 0, "Return an ASCII-only representation of an object."},
    {"bin", bi_bin, 0, "Return the binary representation of an integer."},
    {"callable", bi_callable, 0, "Return whether the object is callable."},
    {"chr", bi_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"delattr", bi_delattr, 0, "Deletes the named attribute from the given object."},
    {"dir", bi_dir, 0, "Show attributes of an object."},
    {"divmod", bi_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"format", bi_format, 0, "Return value.__format__(format_spec)"},
    {"getattr", bi_getattr, 0, "Get a named attribute from an object."},
    {"hasattr", bi_hasattr, 0, "Return whether the object has an attribute with the given name."},
    {"hash", bi_hash, 0, "Return the hash value for the given object."},
    {"hex", bi_hex, 0, "Return the hexadecimal representation of an integer."},
    {"id", bi_id, 0, "Return the identity of an object."},
    {"input", bi_input, 0, "Read a string from standard input."},
    {"isinstance", bi_isinstance, 0, "Return whether an object is an instance of a class."},
    {"issubclass", bi_issubclass, 0, "Return whether 'cls' is derived from another class."},
    {"iter", bi_iter, 0, "Get an iterator from an object."},
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"max", bi_max, 0, "Return the largest item."},
    {"min", bi_min, 0, "Return the smallest item."},
    {"next", bi_next, 0, "Return the next item from the iterator."},
    {"oct", bi_oct, 0, "Return the octal representation of an integer."},
    {"ord", bi_ord, 0, "Return the Unicode code point for a one-character string."},
    {"pow", bi_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3."},
    {"print", bi_print, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", bi_repr, 0, "Return the canonical string representation of the object."},
    {"round", bi_round, 0, "Round a number to a given precision in decimal digits."},
    {"setattr", bi_setattr, 0, "Sets the named attribute on the given object to the value."},
    {"sorted", bi_sorted, 0, "Return a new list containing all items from the iterable."},
    {"sum", bi_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable."},
    {NULL, NULL, 0, NULL},
};

static Type *const builtin_types[] = {
    &bool_type, &bytearray_type, &bytes_type, &classmethod_type, &dict_type, &enumerate_type,
    &filter_type, &float_type, &frozenset_type, &int_type, &list_type, &map_type,
    &object_type, &property_type, &range_type, &reversed_type, &set_type, &slice_type,
    &staticmethod_type, &str_type, &super_type, &tuple_type, &type_type, &zip_type,
};

Value builtins_make(VM *vm) {
    Value d = dict_new(vm);
    Value mod = str_intern_c(vm, "builtins");
    if (!d || !mod || !builtins_add_table(vm, d, builtin_functions, mod))
        return NULL;
    for (size_t i = 0; i < sizeof builtin_types / sizeof *builtin_types; i++)
        if (!dict_set_c(vm, d, type_name(builtin_types[i]), (Value)builtin_types[i]))
            return NULL;
    if (!dict_set_c(vm, d, "BaseException", (Value)&Exc_BaseException))
        return NULL;
#define X(name, base, doc) if (!dict_set_c(vm, d, #name, (Value)&Exc_##name)) return NULL;
#include "exc_list.h"
#undef X
    if (!dict_set_c(vm, d, "EnvironmentError", (Value)&Exc_OSError) ||
        !dict_set_c(vm, d, "IOError", (Value)&Exc_OSError) ||
        !dict_set_c(vm, d, "None", NONE) || !dict_set_c(vm, d, "Ellipsis", ELLIPSIS) ||
        !dict_set_c(vm, d, "NotImplemented", NOTIMPL) ||
        !dict_set_c(vm, d, "True", TRUE_V) || !dict_set_c(vm, d, "False", FALSE_V) ||
        !dict_set_c(vm, d, "__debug__", TRUE_V) || !dict_set_c(vm, d, "__name__", mod))
        return NULL;
    return d;
}
