/* The object protocol (abstract.h): operators, attributes, calls, iteration, containers. */
#include "rt.h"

bool hash_unhashable(VM *vm, Value v, int64_t *out) {
    exc_raise(vm, &Exc_TypeError, "unhashable type: '%s'", tname(v));
    return false;
}

Value obj_repr(VM *vm, Value v) {
    if (IS_SMALL(v))
        return int_to_str(vm, v, 10);
    if (!vm_enter(vm, " while getting the repr of an object"))
        return NULL;
    Value r = TYPE(v)->repr(vm, v);
    vm_leave(vm);
    return r;
}

Value obj_str(VM *vm, Value v) {
    if (IS_EXACT_STR(v))
        return v;
    if (IS_SMALL(v))
        return int_to_str(vm, v, 10);
    ReprFn f = TYPE(v)->str ? TYPE(v)->str : TYPE(v)->repr;
    if (!vm_enter(vm, " while getting the str of an object"))
        return NULL;
    Value r = f(vm, v);
    vm_leave(vm);
    return r;
}

Value obj_ascii(VM *vm, Value v) {
    Value r = obj_repr(vm, v);
    if (!r || str_is_ascii(r))
        return r;
    /* escape the non-ASCII code points of the repr */
    StrBuf b;
    sb_init(&b, vm, str_nbytes(r) + 16);
    const unsigned char *p = (const unsigned char *)str_data(r), *end = p + str_nbytes(r);
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp < 0x80)
            sb_addc(&b, (char)cp);
        else if (cp <= 0xff)
            sb_addf(&b, "\\x%02x", cp);
        else if (cp <= 0xffff)
            sb_addf(&b, "\\u%04x", cp);
        else
            sb_addf(&b, "\\U%08x", cp);
    }
    return sb_finish(&b);
}

Value obj_format(VM *vm, Value v, Value spec) {
    if (!spec)
        spec = str_new(vm, "", 0);
    if (IS_EXACT_STR(v) && str_nbytes(spec) == 0)
        return v;
    Value r = call_special(vm, v, NM(__format__), &spec, 1);
    if (r == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "Type %s doesn't define __format__", tname(v));
    if (r && !IS_STR(r))
        return exc_raise(vm, &Exc_TypeError, "__format__ must return a str, not %s", tname(r));
    return r;
}

bool obj_hash(VM *vm, Value v, int64_t *out) {
    if (IS_SMALL(v))
        return int_hash(vm, v, out);
    if (IS_EXACT_STR(v)) {
        *out = str_hash(v);
        return true;
    }
    HashFn h = TYPE(v)->hash;
    if (!h)
        return hash_unhashable(vm, v, out);
    return h(vm, v, out);
}

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

Value obj_richcmp(VM *vm, Value a, Value b, int op) {
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        switch (op) {
        case CMP_LT: return BOOL_V(x < y);
        case CMP_LE: return BOOL_V(x <= y);
        case CMP_EQ: return BOOL_V(x == y);
        case CMP_NE: return BOOL_V(x != y);
        case CMP_GT: return BOOL_V(x > y);
        default: return BOOL_V(x >= y);
        }
    }
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool checked_reverse = false;
    Value r;
    if (!vm_enter(vm, " in comparison"))
        return NULL;
    if (ta != tb && tb->richcmp && type_is_subtype(tb, ta)) {
        checked_reverse = true;
        r = tb->richcmp(vm, b, a, swapped_op[op]);
        if (r != NOTIMPL)
            goto out;
    }
    if (ta->richcmp) {
        r = ta->richcmp(vm, a, b, op);
        if (r != NOTIMPL)
            goto out;
    }
    if (!checked_reverse && tb->richcmp) {
        r = tb->richcmp(vm, b, a, swapped_op[op]);
        if (r != NOTIMPL)
            goto out;
    }
    if (op == CMP_EQ)
        r = BOOL_V(a == b);
    else if (op == CMP_NE)
        r = BOOL_V(a != b);
    else
        r = exc_raise(vm, &Exc_TypeError,
                      "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op],
                      tname(a), tname(b));
out:
    vm_leave(vm);
    return r;
}

int obj_richcmp_bool(VM *vm, Value a, Value b, int op) {
    if (a == b && (op == CMP_EQ || op == CMP_NE) && (IS_SMALL(a) || !IS_FLOAT(a)))
        return op == CMP_EQ;
    Value r = obj_richcmp(vm, a, b, op);
    if (!r)
        return -1;
    if (r == TRUE_V)
        return 1;
    if (r == FALSE_V)
        return 0;
    return obj_truth(vm, r);
}

int obj_eq(VM *vm, Value a, Value b) {
    if (a == b)
        return 1;
    if (IS_SMALL(a) && IS_SMALL(b))
        return 0;
    if (IS_EXACT_STR(a) && IS_EXACT_STR(b))
        return str_eq_charged(vm, a, b);
    return obj_richcmp_bool(vm, a, b, CMP_EQ);
}

int obj_truth(VM *vm, Value v) {
    if (v == TRUE_V)
        return 1;
    if (v == FALSE_V || v == NONE)
        return 0;
    if (IS_SMALL(v))
        return SMALL_VAL(v) != 0;
    Type *t = TYPE(v);
    if (t->truth)
        return t->truth(vm, v);
    if (t->len) {
        int64_t n = t->len(vm, v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

static const char *const binop_sym[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()",
                                        "<<", ">>", "&", "^", "|"};
static const char *const inplace_sym[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=",
                                          "<<=", ">>=", "&=", "^=", "|="};

static Value binop_dispatch(VM *vm, Value a, Value b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    BinOpFn sa = ta->binop, sb = tb != ta ? tb->binop : NULL;
    if (sb == sa)
        sb = NULL;
    Value r;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            r = sb(vm, a, b, op);
            if (r != NOTIMPL)
                return r;
            sb = NULL;
        }
        r = sa(vm, a, b, op);
        if (r != NOTIMPL)
            return r;
    }
    if (sb)
        return sb(vm, a, b, op);
    return NOTIMPL;
}

/* Whether CPython gives the type a tp_as_sequence table: every class has one, and so does
 * each built-in that can be indexed, measured or searched with `in` */
static bool has_seq_methods(Type *t) {
    return (t->flags & TF_HEAP) || t->getitem || t->len || t->contains;
}

static bool is_bytes_like(Value v) {
    return IS_BYTES(v) || isinstance_type(v, &bytearray_type);
}

/* Sequences concatenate and repeat only once the number protocol has given up (CPython's
 * sq_concat and sq_repeat come after both operands' nb_ slots), so their binops return
 * NotImplemented for operands they cannot take and the errors are worded here. */
static Value binop_error(VM *vm, Value a, Value b, int op, bool inplace) {
    if (op == OP_ADD && (IS_LIST(a) || IS_TUPLE(a) || IS_STR(a))) {
        const char *seq = IS_LIST(a) ? "list" : IS_TUPLE(a) ? "tuple" : "str";
        return exc_raise(vm, &Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", seq,
                         tname(b), seq);
    }
    if (op == OP_ADD && is_bytes_like(a))
        return exc_raise(vm, &Exc_TypeError, "can't concat %s to %s", tname(b), tname(a));
    if (op == OP_MUL) {
        bool sa = IS_LIST(a) || IS_TUPLE(a) || IS_STR(a) || is_bytes_like(a);
        bool sb = IS_LIST(b) || IS_TUPLE(b) || IS_STR(b) || is_bytes_like(b);
        /* `x *= seq` repeats seq only if x's type has no sequence methods at all
         * (PyNumber_InPlaceMultiply), so a set or a class instance gets the generic message */
        if (sa || (sb && !(inplace && has_seq_methods(TYPE(a)))))
            return exc_raise(vm, &Exc_TypeError, "can't multiply sequence by non-int of type "
                             "'%s'", tname(sa ? b : a));
    }
    if (op == OP_MOD && IS_STR(a))
        return exc_raise(vm, &Exc_TypeError, "not all arguments converted during string "
                         "formatting");
    return exc_raise(vm, &Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                     inplace ? inplace_sym[op] : binop_sym[op], tname(a), tname(b));
}

Value obj_binop(VM *vm, Value a, Value b, int op) {
    Value r = binop_dispatch(vm, a, b, op);
    if (r == NOTIMPL)
        return binop_error(vm, a, b, op, false);
    return r;
}

Value obj_inplace(VM *vm, Value a, Value b, int op) {
    BinOpFn f = TYPE(a)->inplace;
    if (f) {
        Value r = f(vm, a, b, op);
        if (r != NOTIMPL)
            return r;
    }
    Value r = binop_dispatch(vm, a, b, op);
    if (r == NOTIMPL)
        return binop_error(vm, a, b, op, true);
    return r;
}

Value obj_unop(VM *vm, Value v, int op) {
    Type *t = TYPE(v);
    UnOpFn f = t->unop;
    if (f) {
        Value r = f(vm, v, op);
        /* a built-in's NotImplemented means "no such operator"; a dunder's is its result */
        if (r != NOTIMPL || f != type_static_base(t)->unop)
            return r;
    }
    static const char *const names[] = {"unary -", "unary +", "unary ~", "abs()"};
    return exc_raise(vm, &Exc_TypeError, "bad operand type for %s: '%s'", names[op], tname(v));
}

/* ---- attributes ---- */

Value obj_getattr(VM *vm, Value obj, Value name) {
    Value r = TYPE(obj)->getattr(vm, obj, name);
    if (UNLIKELY(!r))
        exc_attr_context(vm, obj, name);
    return r;
}

Value obj_getattr_c(VM *vm, Value obj, const char *name) {
    Value n = str_intern_c(vm, name);
    return n ? obj_getattr(vm, obj, n) : NULL;
}

Value obj_getattr_opt(VM *vm, Value obj, Value name) {
    Value r = obj_getattr(vm, obj, name);
    if (!r && exc_pending_matches(vm, &Exc_AttributeError)) {
        exc_clear(vm);
        return VAL_MISSING;
    }
    return r;
}

int obj_setattr(VM *vm, Value obj, Value name, Value v) {
    SetAttrFn f = TYPE(obj)->setattr;
    if (!f) {
        exc_raise(vm, &Exc_AttributeError, "'%s' object has no attribute '%U'", tname(obj), name);
        return -1;
    }
    return f(vm, obj, name, v);
}

/* ---- calls ---- */

Value obj_call(VM *vm, Value f, Value *args, size_t nargs, Value kwnames) {
    CallFn c = TYPE(f)->call;
    if (UNLIKELY(!c))
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not callable", tname(f));
    if (kwnames && AS_TUPLE(kwnames)->len == 0)
        kwnames = NULL;
    return c(vm, f, args, nargs, kwnames);
}

Value obj_call0(VM *vm, Value f) {
    return obj_call(vm, f, NULL, 0, NULL);
}

Value obj_call1(VM *vm, Value f, Value a) {
    return obj_call(vm, f, &a, 1, NULL);
}

Value obj_call2(VM *vm, Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return obj_call(vm, f, args, 2, NULL);
}

Value obj_call_method(VM *vm, Value obj, Value name, Value *args, size_t nargs) {
    bool unbound;
    Value m = generic_getmethod(vm, obj, name, &unbound);
    if (!m)
        return NULL;
    if (!unbound)
        return obj_call(vm, m, args, nargs, NULL);
    Value small[8];
    Value *stack = nargs < 8 ? small : gc_alloc(vm, (nargs + 1) * sizeof(Value));
    if (!stack)
        return NULL;
    stack[0] = obj;
    vals_copy(stack + 1, args, nargs);
    return obj_call(vm, m, stack, nargs + 1, NULL);
}

Value obj_call_method_c(VM *vm, Value obj, const char *name, Value *args, size_t nargs) {
    Value n = str_intern_c(vm, name);
    return n ? obj_call_method(vm, obj, n, args, nargs) : NULL;
}

bool obj_callable(Value v) {
    return TYPE(v)->call != NULL;
}

/* ---- iteration ---- */

Value obj_iter(VM *vm, Value v) {
    Type *t = TYPE(v);
    if (LIKELY(t->iter != NULL))
        return t->iter(vm, v);
    if (t->getitem && !IS_DICT(v))
        return seqiter_new(vm, v);
    return exc_raise(vm, &Exc_TypeError, "'%s' object is not iterable", tname(v));
}

Value obj_next(VM *vm, Value it) {
    IterFn n = TYPE(it)->next;
    if (UNLIKELY(!n))
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not an iterator", tname(it));
    return n(vm, it);
}

Value *obj_unpack_iter(VM *vm, Value v, size_t *n) {
    if (seq_walks_items(v)) {
        size_t len = IS_LIST(v) ? AS_LIST(v)->len : AS_TUPLE(v)->len;
        Value *src = IS_LIST(v) ? AS_LIST(v)->items : AS_TUPLE(v)->items;
        Value *out = gc_alloc(vm, (len ? len : 1) * sizeof(Value));
        if (!out || !vm_charge(vm, len))
            return NULL;
        if (len)   /* an empty list may have no item array */
            memcpy(out, src, len * sizeof(Value));
        *n = len;
        return out;
    }
    Value l = list_from_iter(vm, v);
    if (!l)
        return NULL;
    *n = AS_LIST(l)->len;
    return AS_LIST(l)->items ? AS_LIST(l)->items : gc_alloc(vm, sizeof(Value));
}

/* ---- containers ---- */

Value obj_getitem(VM *vm, Value obj, Value key) {
    GetItemFn f = TYPE(obj)->getitem;
    if (LIKELY(f != NULL))
        return f(vm, obj, key);
    if (IS_TYPE(obj)) {
        if (obj == (Value)&type_type) {
            extern Value generic_alias_new(VM * vm, Value origin, Value args);
            return generic_alias_new(vm, obj, key);
        }
        Value cg = obj_getattr_opt(vm, obj, NM(__class_getitem__));
        if (!cg)
            return NULL;
        if (cg != VAL_MISSING)
            return obj_call1(vm, cg, key);
        return exc_raise(vm, &Exc_TypeError, "type '%s' is not subscriptable",
                         type_name((Type *)obj));
    }
    return exc_raise(vm, &Exc_TypeError, "'%s' object is not subscriptable", tname(obj));
}

int obj_setitem(VM *vm, Value obj, Value key, Value v) {
    SetItemFn f = TYPE(obj)->setitem;
    if (LIKELY(f != NULL))
        return f(vm, obj, key, v);
    if (v) {
        exc_raise(vm, &Exc_TypeError, "'%s' object does not support item assignment", tname(obj));
        return -1;
    }
    /* CPython words it "doesn't" when its sequence protocol (which every class and the
     * built-in containers have) finds the failure, which needs an index as key */
    bool seq = has_seq_methods(TYPE(obj));
    bool index = IS_INT(key) || type_lookup(TYPE(key), NM(__index__)) != VAL_MISSING;
    exc_raise(vm, &Exc_TypeError, seq && index ? "'%s' object doesn't support item deletion"
                                               : "'%s' object does not support item deletion",
              tname(obj));
    return -1;
}

int obj_contains(VM *vm, Value c, Value item) {
    ContainsFn f = TYPE(c)->contains;
    if (LIKELY(f != NULL))
        return f(vm, c, item);
    return obj_contains_by_iter(vm, c, item);
}

int obj_contains_by_iter(VM *vm, Value c, Value item) {
    Value it = obj_iter(vm, c);
    if (!it) {
        if (exc_pending_matches(vm, &Exc_TypeError)) {
            exc_clear(vm);
            exc_raise(vm, &Exc_TypeError, "argument of type '%s' is not iterable", tname(c));
        }
        return -1;
    }
    for (;;) {
        Value x = obj_next(vm, it);
        if (x == VAL_STOP)
            return 0;
        if (!x)
            return -1;
        int eq = x == item ? 1 : obj_eq(vm, x, item);
        if (eq)
            return eq;
        if (!vm_tick(vm))
            return -1;
    }
}

int64_t obj_len(VM *vm, Value v) {
    LenFn f = TYPE(v)->len;
    if (LIKELY(f != NULL))
        return f(vm, v);
    exc_raise(vm, &Exc_TypeError, "object of type '%s' has no len()", tname(v));
    return -1;
}

int64_t obj_length_hint(VM *vm, Value v, int64_t dflt) {
    if (TYPE(v)->len) {
        int64_t n = TYPE(v)->len(vm, v);
        if (n >= 0)
            return n;
        if (!exc_pending_matches(vm, &Exc_TypeError))
            return -1;
        exc_clear(vm);
    }
    Value r = call_special(vm, v, NM(__length_hint__), NULL, 0);
    if (!r)
        return -1;
    if (r == VAL_MISSING || r == NOTIMPL)
        return dflt;
    int64_t n;
    if (!int_fits_i64(r, &n)) {
        exc_raise(vm, &Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                  tname(r));
        return -1;
    }
    if (n < 0) {
        exc_raise(vm, &Exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

bool obj_is_number(Value v) {
    if (IS_INT(v) || IS_FLOAT(v))
        return true;
    Type *t = TYPE(v);
    return type_lookup(t, NM(__index__)) != VAL_MISSING ||
           type_lookup(t, NM(__int__)) != VAL_MISSING ||
           type_lookup(t, NM(__float__)) != VAL_MISSING;
}

bool obj_as_index(VM *vm, Value v, int64_t *out) {
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    Value i = int_index(vm, v);
    if (!i)
        return false;
    if (!int_fits_i64(i, out)) {
        exc_raise(vm, &Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

/* ---- isinstance / issubclass ---- */

int obj_real_isinstance(VM *vm, Value v, Type *t) {
    if (isinstance_type(v, t))
        return 1;
    /* an object may claim another class through __class__ (proxies do); only a class can
     * override it */
    if (!(TYPE(v)->flags & TF_HEAP))
        return 0;
    Value c = obj_getattr_opt(vm, v, NM(__class__));
    if (!c)
        return -1;
    return c != VAL_MISSING && c != (Value)TYPE(v) && IS_TYPE(c) &&
           type_is_subtype((Type *)c, t);
}

int obj_isinstance(VM *vm, Value v, Value cls) {
    if (IS_TYPE(cls)) {
        Type *t = (Type *)cls;
        if (TYPE(v) == t)
            return 1;
        if (TYPE(cls) == &type_type)
            return obj_real_isinstance(vm, v, t);
    }
    if (IS_TUPLE(cls)) {
        if (!vm_enter(vm, " in __instancecheck__"))
            return -1;
        for (size_t i = 0; i < AS_TUPLE(cls)->len; i++) {
            int r = obj_isinstance(vm, v, AS_TUPLE(cls)->items[i]);
            if (r) {
                vm_leave(vm);
                return r;
            }
        }
        vm_leave(vm);
        return 0;
    }
    extern bool union_type_check(Value u);
    if (union_type_check(cls)) {
        Value args = obj_getattr_c(vm, cls, "__args__");
        return args ? obj_isinstance(vm, v, args) : -1;
    }
    Value r = call_special(vm, cls, NM(__instancecheck__), &v, 1);
    if (!r)
        return -1;
    if (r == VAL_MISSING) {
        exc_raise(vm, &Exc_TypeError,
                  "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    return obj_truth(vm, r);
}

int obj_issubclass(VM *vm, Value cls, Value of) {
    if (IS_TUPLE(of)) {
        for (size_t i = 0; i < AS_TUPLE(of)->len; i++) {
            int r = obj_issubclass(vm, cls, AS_TUPLE(of)->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    extern bool union_type_check(Value u);
    if (union_type_check(of)) {
        Value args = obj_getattr_c(vm, of, "__args__");
        return args ? obj_issubclass(vm, cls, args) : -1;
    }
    if (IS_TYPE(of) && TYPE(of) == &type_type) {
        if (!IS_TYPE(cls)) {
            exc_raise(vm, &Exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype((Type *)cls, (Type *)of);
    }
    Value r = call_special(vm, of, NM(__subclasscheck__), &cls, 1);
    if (!r)
        return -1;
    if (r == VAL_MISSING) {
        exc_raise(vm, &Exc_TypeError,
                  "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return obj_truth(vm, r);
}

/* ---- repr recursion guard ---- */

int repr_enter(VM *vm, Value v) {
    if (!vm->repr_active && !(vm->repr_active = list_new(vm, 8)))
        return -1;
    List *l = AS_LIST(vm->repr_active);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == v)
            return 0;
    return list_append(vm, vm->repr_active, v) ? 1 : -1;
}

void repr_leave(VM *vm, Value v) {
    List *l = AS_LIST(vm->repr_active);
    for (size_t i = l->len; i > 0; i--) {
        if (l->items[i - 1] == v) {
            memmove(l->items + i - 1, l->items + i, (l->len - i) * sizeof(Value));
            l->len--;
            return;
        }
    }
}
