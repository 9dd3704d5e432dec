/* Slot wrappers (C slot -> dunder) and slot functions (dunder -> C slot); see slots.h. */
#include "rt.h"
#include "slots.h"

enum SlotKind {
    SK_REPR, SK_STR, SK_HASH, SK_RICHCMP, SK_BINOP, SK_RBINOP, SK_IBINOP, SK_UNOP, SK_BOOL,
    SK_LEN, SK_GETATTRIBUTE, SK_SETATTR, SK_DELATTR, SK_CALL, SK_ITER, SK_NEXT, SK_GETITEM,
    SK_SETITEM, SK_DELITEM, SK_CONTAINS, SK_GET, SK_SET, SK_DELETE, SK_NEW, SK_INIT,
};

typedef struct SlotWrapper {
    Obj ob;
    Type *owner;
    Value name;
    uint8_t kind, op;
} SlotWrapper;

static const int binop_names[OP__COUNT] = {
    NM___add__, NM___sub__, NM___mul__, NM___matmul__, NM___truediv__, NM___floordiv__,
    NM___mod__, NM___pow__, NM___lshift__, NM___rshift__, NM___and__, NM___xor__, NM___or__,
};
static const int rbinop_names[OP__COUNT] = {
    NM___radd__, NM___rsub__, NM___rmul__, NM___rmatmul__, NM___rtruediv__, NM___rfloordiv__,
    NM___rmod__, NM___rpow__, NM___rlshift__, NM___rrshift__, NM___rand__, NM___rxor__,
    NM___ror__,
};
static const int ibinop_names[OP__COUNT] = {
    NM___iadd__, NM___isub__, NM___imul__, NM___imatmul__, NM___itruediv__, NM___ifloordiv__,
    NM___imod__, NM___ipow__, NM___ilshift__, NM___irshift__, NM___iand__, NM___ixor__,
    NM___ior__,
};
static const int cmp_names[6] = {NM___lt__, NM___le__, NM___eq__, NM___ne__, NM___gt__,
                                 NM___ge__};
static const int unop_names[UOP__COUNT] = {NM___neg__, NM___pos__, NM___invert__, NM___abs__};

/* ---- descriptors for method tables ---- */

Value slots_method_descr(Type *t, const MethodDef *m) {
    MethodDescr *d = (MethodDescr *)gc_new(NULL, &method_descr_type, sizeof(MethodDescr));
    d->def = m;
    d->owner = t;
    if (m->flags & MF_STATIC) {
        Wrapper *w = (Wrapper *)gc_new(NULL, &staticmethod_type, sizeof(Wrapper));
        /* the function itself is a plain builtin, bound to nothing */
        w->func = builtin_new(NULL, m, NULL, NULL);
        w->dict = NULL;
        return (Value)w;
    }
    /* MF_CLASS methods stay descriptors: binding passes the class as `self` (func.c) */
    return (Value)d;
}

Value slots_getset_descr(Type *t, const GetSetDef *g) {
    GetSetDescr *d = (GetSetDescr *)gc_new(NULL, &getset_descr_type, sizeof(GetSetDescr));
    d->def = g;
    d->owner = t;
    return (Value)d;
}

/* ---- slot wrappers ---- */

static void add_wrapper(Type *t, int name, int kind, int op) {
    Value k = kr_names[name];
    if (dict_get_str(NULL, t->dict, k) != VAL_MISSING)
        return;
    SlotWrapper *w = (SlotWrapper *)gc_new(NULL, &slot_wrapper_type, sizeof(SlotWrapper));
    w->owner = t;
    w->name = k;
    w->kind = (uint8_t)kind;
    w->op = (uint8_t)op;
    dict_set(NULL, t->dict, k, (Value)w);
}

void slots_add_wrappers(Type *t) {
    Type *b = t->base;
#define DEFINES(f) (t->f && (!b || t->f != b->f))
    if (DEFINES(repr))
        add_wrapper(t, NM___repr__, SK_REPR, 0);
    if (DEFINES(str))
        add_wrapper(t, NM___str__, SK_STR, 0);
    if (t->hash == hash_unhashable && (!b || b->hash != hash_unhashable))
        dict_set(NULL, t->dict, NM(__hash__), NONE);
    else if (DEFINES(hash))
        add_wrapper(t, NM___hash__, SK_HASH, 0);
    if (DEFINES(richcmp))
        for (int op = 0; op < 6; op++)
            add_wrapper(t, cmp_names[op], SK_RICHCMP, op);
    if (DEFINES(binop)) {
        /* sequence concatenation has no reflected form (CPython's sq_concat) */
        bool concat = t->flags & (TF_LIST | TF_TUPLE | TF_STR | TF_BYTES) ||
                      t == &bytearray_type;
        for (int op = 0; op < OP__COUNT; op++) {
            if (!(t->binop_mask & (1u << op)))
                continue;
            add_wrapper(t, binop_names[op], SK_BINOP, op);
            if (op != OP_ADD || !concat)
                add_wrapper(t, rbinop_names[op], SK_RBINOP, op);
        }
    }
    if (DEFINES(inplace))
        for (int op = 0; op < OP__COUNT; op++)
            if (t->binop_mask & (1u << op))
                add_wrapper(t, ibinop_names[op], SK_IBINOP, op);
    if (DEFINES(unop))
        for (int op = 0; op < UOP__COUNT; op++)
            if (t->unop_mask & (1u << op))
                add_wrapper(t, unop_names[op], SK_UNOP, op);
    if (DEFINES(truth))
        add_wrapper(t, NM___bool__, SK_BOOL, 0);
    if (DEFINES(len))
        add_wrapper(t, NM___len__, SK_LEN, 0);
    if (DEFINES(getattr))
        add_wrapper(t, NM___getattribute__, SK_GETATTRIBUTE, 0);
    if (DEFINES(setattr)) {
        add_wrapper(t, NM___setattr__, SK_SETATTR, 0);
        add_wrapper(t, NM___delattr__, SK_DELATTR, 0);
    }
    if (DEFINES(call))
        add_wrapper(t, NM___call__, SK_CALL, 0);
    if (DEFINES(iter))
        add_wrapper(t, NM___iter__, SK_ITER, 0);
    if (DEFINES(next))
        add_wrapper(t, NM___next__, SK_NEXT, 0);
    if (DEFINES(getitem))
        add_wrapper(t, NM___getitem__, SK_GETITEM, 0);
    if (DEFINES(setitem)) {
        add_wrapper(t, NM___setitem__, SK_SETITEM, 0);
        add_wrapper(t, NM___delitem__, SK_DELITEM, 0);
    }
    if (DEFINES(contains))
        add_wrapper(t, NM___contains__, SK_CONTAINS, 0);
    if (DEFINES(descr_get))
        add_wrapper(t, NM___get__, SK_GET, 0);
    if (DEFINES(descr_set)) {
        add_wrapper(t, NM___set__, SK_SET, 0);
        add_wrapper(t, NM___delete__, SK_DELETE, 0);
    }
    if (DEFINES(new_))
        add_wrapper(t, NM___new__, SK_NEW, 0);
    if (DEFINES(init))
        add_wrapper(t, NM___init__, SK_INIT, 0);
#undef DEFINES
}

static Value check_self(VM *vm, SlotWrapper *w, Value self) {
    if (!isinstance_type(self, w->owner))
        return exc_raise(vm, &Exc_TypeError, "descriptor '%U' requires a '%s' object but "
                         "received a '%s'", w->name, type_name(w->owner), tname(self));
    return self;
}

static Value need_args(VM *vm, SlotWrapper *w, size_t nargs, size_t want) {
    if (nargs != want)
        return exc_raise(vm, &Exc_TypeError, "expected %zu argument%s, got %zu", want,
                         want == 1 ? "" : "s", nargs);
    return NONE;
}

static Value int_result(VM *vm, int r) {
    return r < 0 ? NULL : BOOL_V(r);
}

static Value slot_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames);

/* CPython's hackcheck: a __setattr__/__delattr__ wrapper applies only to objects whose nearest
 * built-in type uses that very slot.  Without it, object.__setattr__(list, "append", f) would
 * skip type's own setattr, which refuses to change built-in types — frozen because every VM in
 * the process shares them. */
static bool setattr_applies(VM *vm, Value self, Type *owner, const char *what) {
    Type *t = TYPE(self);
    while (t && (t->flags & TF_HEAP))
        t = t->base;
    if (!t || t->setattr == owner->setattr)
        return true;
    exc_raise(vm, &Exc_TypeError, "can't apply this %s to %s object", what, tname(self));
    return false;
}

static Value wrapper_call(VM *vm, Value callee, Value *args, size_t nargs, Value kwnames) {
    SlotWrapper *w = (SlotWrapper *)callee;
    Type *o = w->owner;
    if (w->kind == SK_NEW) {
        /* T.__new__(cls, *args): cls must be a subtype of T */
        if (nargs < 1)
            return exc_raise(vm, &Exc_TypeError, "%s.__new__(): not enough arguments",
                             type_name(o));
        if (!IS_TYPE(args[0]))
            return exc_raise(vm, &Exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             type_name(o), tname(args[0]));
        Type *cls = (Type *)args[0];
        if (!type_is_subtype(cls, o))
            return exc_raise(vm, &Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             type_name(o), type_name(cls), type_name(cls), type_name(o));
        /* the nearest __new__ not written in Python must be this one, or the instance would
         * miss the initialisation its layout needs */
        Type *sb = cls;
        while (sb->new_ == slot_new)
            sb = sb->base;
        if (sb->new_ != o->new_)
            return exc_raise(vm, &Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             type_name(o), type_name(cls), type_name(sb));
        return o->new_(vm, cls, args + 1, nargs - 1, kwnames);
    }
    if (nargs < 1)
        return exc_raise(vm, &Exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                         w->name, type_name(o));
    Value self = args[0];
    if (!check_self(vm, w, self))
        return NULL;
    args++;
    nargs--;
    if (w->kind != SK_CALL && w->kind != SK_INIT && !args_no_kw(vm, str_data(w->name), kwnames))
        return NULL;
    Value r;
    switch (w->kind) {
    case SK_REPR:
        return need_args(vm, w, nargs, 0) ? o->repr(vm, self) : NULL;
    case SK_STR:
        return need_args(vm, w, nargs, 0) ? o->str(vm, self) : NULL;
    case SK_HASH: {
        int64_t h;
        if (!need_args(vm, w, nargs, 0) || !o->hash(vm, self, &h))
            return NULL;
        return int_from_i64(vm, h);
    }
    case SK_RICHCMP:
        return need_args(vm, w, nargs, 1) ? o->richcmp(vm, self, args[0], w->op) : NULL;
    case SK_BINOP:
        return need_args(vm, w, nargs, 1) ? o->binop(vm, self, args[0], w->op) : NULL;
    case SK_RBINOP:
        return need_args(vm, w, nargs, 1) ? o->binop(vm, args[0], self, w->op) : NULL;
    case SK_IBINOP:
        return need_args(vm, w, nargs, 1) ? o->inplace(vm, self, args[0], w->op) : NULL;
    case SK_UNOP:
        return need_args(vm, w, nargs, 0) ? o->unop(vm, self, w->op) : NULL;
    case SK_BOOL:
        return need_args(vm, w, nargs, 0) ? int_result(vm, o->truth(vm, self)) : NULL;
    case SK_LEN: {
        if (!need_args(vm, w, nargs, 0))
            return NULL;
        int64_t n = o->len(vm, self);
        return n < 0 ? NULL : int_from_i64(vm, n);
    }
    case SK_GETATTRIBUTE:
        if (!need_args(vm, w, nargs, 1))
            return NULL;
        if (!IS_STR(args[0]))
            return exc_raise(vm, &Exc_TypeError, "attribute name must be string, not '%s'",
                             tname(args[0]));
        return o->getattr(vm, self, args[0]);
    case SK_SETATTR:
    case SK_DELATTR:
        if (!need_args(vm, w, nargs, w->kind == SK_SETATTR ? 2 : 1))
            return NULL;
        if (!IS_STR(args[0]))
            return exc_raise(vm, &Exc_TypeError, "attribute name must be string, not '%s'",
                             tname(args[0]));
        if (!setattr_applies(vm, self, o, w->kind == SK_SETATTR ? "__setattr__" : "__delattr__"))
            return NULL;
        return o->setattr(vm, self, args[0], w->kind == SK_SETATTR ? args[1] : NULL) < 0
                   ? NULL : NONE;
    case SK_CALL:
        return o->call(vm, self, args, nargs, kwnames);
    case SK_ITER:
        return need_args(vm, w, nargs, 0) ? o->iter(vm, self) : NULL;
    case SK_NEXT:
        if (!need_args(vm, w, nargs, 0))
            return NULL;
        r = o->next(vm, self);
        if (r == VAL_STOP)
            return exc_raise_obj(vm, (Value)&Exc_StopIteration, NULL, false);
        return r;
    case SK_GETITEM:
        return need_args(vm, w, nargs, 1) ? o->getitem(vm, self, args[0]) : NULL;
    case SK_SETITEM:
        return need_args(vm, w, nargs, 2) && o->setitem(vm, self, args[0], args[1]) >= 0
                   ? NONE : NULL;
    case SK_DELITEM:
        return need_args(vm, w, nargs, 1) && o->setitem(vm, self, args[0], NULL) >= 0 ? NONE
                                                                                      : NULL;
    case SK_CONTAINS:
        return need_args(vm, w, nargs, 1) ? int_result(vm, o->contains(vm, self, args[0]))
                                          : NULL;
    case SK_GET:
        if (nargs < 1 || nargs > 2)
            return exc_raise(vm, &Exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        return o->descr_get(vm, self, args[0] == NONE ? NULL : args[0],
                            nargs > 1 ? args[1] : (Value)TYPE(args[0]));
    case SK_SET:
        return need_args(vm, w, nargs, 2) && o->descr_set(vm, self, args[0], args[1]) >= 0
                   ? NONE : NULL;
    case SK_DELETE:
        return need_args(vm, w, nargs, 1) && o->descr_set(vm, self, args[0], NULL) >= 0 ? NONE
                                                                                        : NULL;
    case SK_INIT:
        return o->init(vm, self, args, nargs, kwnames) < 0 ? NULL : NONE;
    }
    return exc_raise(vm, &Exc_SystemError, "bad slot wrapper");
}

static Value wrapper_get(VM *vm, Value descr, Value obj, Value type) {
    SlotWrapper *w = (SlotWrapper *)descr;
    if (!obj || w->kind == SK_NEW)
        return descr;
    Method *m = (Method *)gc_new(vm, &method_wrapper_type, sizeof(Method));
    if (!m)
        return NULL;
    m->func = descr;
    m->self = obj;
    return (Value)m;
}

static Value wrapper_repr(VM *vm, Value v) {
    SlotWrapper *w = (SlotWrapper *)v;
    return str_fmt(vm, "<slot wrapper '%U' of '%s' objects>", w->name, type_name(w->owner));
}

static Value wrapper_name(VM *vm, Value v) {
    return ((SlotWrapper *)v)->name;
}

static Value wrapper_qualname(VM *vm, Value v) {
    SlotWrapper *w = (SlotWrapper *)v;
    return str_fmt(vm, "%s.%U", type_name(w->owner), w->name);
}

static Value wrapper_objclass(VM *vm, Value v) {
    return (Value)((SlotWrapper *)v)->owner;
}

static const GetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_name, NULL, NULL},
    {"__qualname__", wrapper_qualname, NULL, NULL},
    {"__objclass__", wrapper_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* ---- method-wrapper: a slot wrapper bound to an object, `(1).__add__` ---- */

uintptr_t obj_id(Value v);

static Value mwrapper_call(VM *vm, Value v, Value *args, size_t nargs, Value kwnames) {
    Method *m = AS_METHOD(v);
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    Value small[8];
    Value *stack = nargs + nkw + 1 <= 8 ? small
                                        : gc_alloc(vm, (nargs + nkw + 1) * sizeof(Value));
    if (!stack)
        return NULL;
    stack[0] = m->self;
    vals_copy(stack + 1, args, nargs + nkw);
    return wrapper_call(vm, m->func, stack, nargs + 1, kwnames);
}

static Value mwrapper_repr(VM *vm, Value v) {
    Method *m = AS_METHOD(v);
    char addr[32];
    snprintf(addr, sizeof addr, "0x%012lx", (unsigned long)obj_id(m->self));
    return str_fmt(vm, "<method-wrapper '%U' of %s object at %s>",
                   ((SlotWrapper *)m->func)->name, tname(m->self), addr);
}

static Value mwrapper_richcmp(VM *vm, Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &method_wrapper_type)
        return NOTIMPL;
    bool eq = AS_METHOD(a)->func == AS_METHOD(b)->func &&
              AS_METHOD(a)->self == AS_METHOD(b)->self;
    return BOOL_V(op == CMP_EQ ? eq : !eq);
}

static bool mwrapper_hash(VM *vm, Value v, int64_t *out) {
    int64_t a, b;
    if (!obj_hash(vm, AS_METHOD(v)->self, &a) || !obj_hash(vm, AS_METHOD(v)->func, &b))
        return false;
    *out = a ^ b;
    if (*out == -1)
        *out = -2;
    return true;
}

static Value mwrapper_self(VM *vm, Value v) {
    return AS_METHOD(v)->self;
}

static Value mwrapper_name(VM *vm, Value v) {
    return wrapper_name(vm, AS_METHOD(v)->func);
}

static Value mwrapper_qualname(VM *vm, Value v) {
    return wrapper_qualname(vm, AS_METHOD(v)->func);
}

static Value mwrapper_objclass(VM *vm, Value v) {
    return wrapper_objclass(vm, AS_METHOD(v)->func);
}

static const GetSetDef mwrapper_getsets[] = {
    {"__self__", mwrapper_self, NULL, NULL},
    {"__name__", mwrapper_name, NULL, NULL},
    {"__qualname__", mwrapper_qualname, NULL, NULL},
    {"__objclass__", mwrapper_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type method_wrapper_type = {
    .ob = {&type_type}, .name = "method-wrapper", .basicsize = sizeof(Method),
    .repr = mwrapper_repr, .call = mwrapper_call, .richcmp = mwrapper_richcmp,
    .hash = mwrapper_hash, .getsets = mwrapper_getsets,
};

Type slot_wrapper_type = {
    .ob = {&type_type}, .name = "wrapper_descriptor", .basicsize = sizeof(SlotWrapper),
    .repr = wrapper_repr, .call = wrapper_call, .descr_get = wrapper_get,
    .getsets = wrapper_getsets,
};

/* ---- slot functions of classes: call the dunder found on the type ---- */

static Value lookup_name(Value self, int name) {
    return type_lookup(TYPE(self), kr_names[name]);
}

static Value call_found(VM *vm, Value f, Value self, Value *args, size_t nargs, Value kwnames) {
    /* f was found on type(self): bind it the way the attribute look-up would */
    Type *ft = TYPE(f);
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    if (ft == &function_type || ft == &method_descr_type || ft == &slot_wrapper_type) {
        Value small[8];
        Value *stack = nargs + nkw + 1 <= 8 ? small
                                            : gc_alloc(vm, (nargs + nkw + 1) * sizeof(Value));
        if (!stack)
            return NULL;
        stack[0] = self;
        vals_copy(stack + 1, args, nargs + nkw);
        return obj_call(vm, f, stack, nargs + 1, kwnames);
    }
    if (ft->descr_get) {
        f = ft->descr_get(vm, f, self, (Value)TYPE(self));
        if (!f)
            return NULL;
    }
    return obj_call(vm, f, args, nargs, kwnames);
}

static Value call_dunder(VM *vm, Value self, int name, Value *args, size_t nargs) {
    Value f = lookup_name(self, name);
    if (f == VAL_MISSING)
        return VAL_MISSING;
    return call_found(vm, f, self, args, nargs, NULL);
}

static Value slot_repr(VM *vm, Value self) {
    Value r = call_dunder(vm, self, NM___repr__, NULL, 0);
    if (r && r != VAL_MISSING && !IS_STR(r))
        return exc_raise(vm, &Exc_TypeError, "__repr__ returned non-string (type %s)", tname(r));
    return r == VAL_MISSING ? exc_raise(vm, &Exc_TypeError, "no __repr__") : r;
}

static Value slot_str(VM *vm, Value self) {
    Value r = call_dunder(vm, self, NM___str__, NULL, 0);
    if (r && r != VAL_MISSING && !IS_STR(r))
        return exc_raise(vm, &Exc_TypeError, "__str__ returned non-string (type %s)", tname(r));
    return r == VAL_MISSING ? slot_repr(vm, self) : r;
}

static bool slot_hash(VM *vm, Value self, int64_t *out) {
    Value r = call_dunder(vm, self, NM___hash__, NULL, 0);
    if (!r)
        return false;
    if (r == VAL_MISSING || !IS_INT(r)) {
        exc_raise(vm, &Exc_TypeError, "__hash__ method should return an integer");
        return false;
    }
    int64_t h;
    if (int_fits_i64(r, &h) && h != -1) {
        *out = h;
        return true;
    }
    return obj_hash(vm, r, out);
}

static Value slot_richcmp(VM *vm, Value self, Value other, int op) {
    Value r = call_dunder(vm, self, cmp_names[op], &other, 1);
    return r == VAL_MISSING ? NOTIMPL : r;
}

/* A method of `other` overloads `name` if it differs from what type(self) has. */
static bool overloaded(Value self, Value other, int name) {
    Value a = lookup_name(other, name), b = lookup_name(self, name);
    return a != VAL_MISSING && a != b;
}

static Value maybe_call(VM *vm, Value self, int name, Value arg) {
    Value r = call_dunder(vm, self, name, &arg, 1);
    return r == VAL_MISSING ? NOTIMPL : r;
}

/* CPython's SLOT1BINFULL: called as the slot of either operand. */
static Value slot_binop(VM *vm, Value a, Value b, int op) {
    Type *ta = TYPE(a), *tb = TYPE(b);
    bool do_other = ta != tb && tb->binop == slot_binop;
    if (ta->binop == slot_binop) {
        if (do_other && type_is_subtype(tb, ta) && overloaded(a, b, rbinop_names[op])) {
            Value r = maybe_call(vm, b, rbinop_names[op], a);
            if (r != NOTIMPL)
                return r;
            do_other = false;
        }
        Value r = maybe_call(vm, a, binop_names[op], b);
        if (r != NOTIMPL || ta == tb)
            return r;
    }
    if (do_other)
        return maybe_call(vm, b, rbinop_names[op], a);
    return NOTIMPL;
}

static Value slot_inplace(VM *vm, Value a, Value b, int op) {
    return maybe_call(vm, a, ibinop_names[op], b);
}

static Value slot_unop(VM *vm, Value self, int op) {
    Value r = call_dunder(vm, self, unop_names[op], NULL, 0);
    if (r == VAL_MISSING) {
        static const char *const ops[] = {"unary -", "unary +", "unary ~", "abs()"};
        return exc_raise(vm, &Exc_TypeError, "bad operand type for %s: '%s'", ops[op],
                         tname(self));
    }
    return r;
}

static int64_t slot_len(VM *vm, Value self) {
    Value r = call_dunder(vm, self, NM___len__, NULL, 0);
    if (!r)
        return -1;
    if (!IS_INT(r)) {
        if (r == VAL_MISSING || call_special(vm, r, NM(__index__), NULL, 0) == VAL_MISSING) {
            exc_raise(vm, &Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      r == VAL_MISSING ? "NoneType" : tname(r));
            return -1;
        }
        if (!(r = int_index(vm, r)))
            return -1;
    }
    if (int_sign(r) < 0) {
        exc_raise(vm, &Exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    if (!int_fits_i64(r, &n)) {
        exc_raise(vm, &Exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static int slot_truth(VM *vm, Value self) {
    Value r = call_dunder(vm, self, NM___bool__, NULL, 0);
    if (!r)
        return -1;
    if (r == VAL_MISSING) {
        if (lookup_name(self, NM___len__) == VAL_MISSING)
            return 1;
        int64_t n = slot_len(vm, self);
        return n < 0 ? -1 : n != 0;
    }
    if (!IS_BOOL(r)) {
        exc_raise(vm, &Exc_TypeError, "__bool__ should return bool, returned %s", tname(r));
        return -1;
    }
    return r == TRUE_V;
}

static Value slot_getattr(VM *vm, Value self, Value name) {
    Value ga = lookup_name(self, NM___getattribute__);
    Value r;
    if (TYPE(ga) == &slot_wrapper_type)
        r = ((SlotWrapper *)ga)->owner->getattr(vm, self, name);
    else
        r = call_found(vm, ga, self, &name, 1, NULL);
    if (r || !exc_pending_matches(vm, &Exc_AttributeError))
        return r;
    Value g = lookup_name(self, NM___getattr__);
    if (g == VAL_MISSING)
        return NULL;
    exc_clear(vm);
    return call_found(vm, g, self, &name, 1, NULL);
}

static int slot_setattr(VM *vm, Value self, Value name, Value v) {
    Value args[2] = {name, v};
    Value r = v ? call_dunder(vm, self, NM___setattr__, args, 2)
                : call_dunder(vm, self, NM___delattr__, args, 1);
    return r && r != VAL_MISSING ? 0 : -1;
}

static Value slot_call(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Value f = lookup_name(self, NM___call__);
    if (f == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not callable", tname(self));
    return call_found(vm, f, self, args, nargs, kwnames);
}

static Value slot_iter(VM *vm, Value self) {
    Value f = lookup_name(self, NM___iter__);
    if (f == NONE || f == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "'%s' object is not iterable", tname(self));
    Value it = call_found(vm, f, self, NULL, 0, NULL);
    if (it && !TYPE(it)->next)
        return exc_raise(vm, &Exc_TypeError, "iter() returned non-iterator of type '%s'",
                         tname(it));
    return it;
}

static Value slot_next(VM *vm, Value self) {
    Value r = call_dunder(vm, self, NM___next__, NULL, 0);
    if (!r && exc_pending_matches(vm, &Exc_StopIteration)) {
        exc_clear(vm);
        return VAL_STOP;
    }
    return r;
}

static Value slot_getitem(VM *vm, Value self, Value key) {
    Value r = call_dunder(vm, self, NM___getitem__, &key, 1);
    return r == VAL_MISSING ? exc_raise(vm, &Exc_TypeError, "'%s' object is not subscriptable",
                                        tname(self))
                            : r;
}

static int slot_setitem(VM *vm, Value self, Value key, Value v) {
    Value args[2] = {key, v};
    Value r = v ? call_dunder(vm, self, NM___setitem__, args, 2)
                : call_dunder(vm, self, NM___delitem__, args, 1);
    if (r == VAL_MISSING) {   /* the class defines only the other of the pair */
        exc_raise_value(vm, &Exc_AttributeError, kr_names[v ? NM___setitem__ : NM___delitem__]);
        return -1;
    }
    return r ? 0 : -1;
}

static int slot_contains(VM *vm, Value self, Value item) {
    Value f = lookup_name(self, NM___contains__);
    if (f == NONE) {
        exc_raise(vm, &Exc_TypeError, "'%s' object is not a container", tname(self));
        return -1;
    }
    if (f == VAL_MISSING)   /* fall back to iteration, as CPython */
        return obj_contains_by_iter(vm, self, item);
    Value r = call_found(vm, f, self, &item, 1, NULL);
    return r ? obj_truth(vm, r) : -1;
}

static Value slot_descr_get(VM *vm, Value self, Value obj, Value type) {
    Value args[2] = {obj ? obj : NONE, type ? type : NONE};
    Value r = call_dunder(vm, self, NM___get__, args, 2);
    return r == VAL_MISSING ? self : r;
}

static int slot_descr_set(VM *vm, Value self, Value obj, Value v) {
    Value args[2] = {obj, v};
    Value r = v ? call_dunder(vm, self, NM___set__, args, 2)
                : call_dunder(vm, self, NM___delete__, args, 1);
    if (r == VAL_MISSING) {
        exc_raise(vm, &Exc_AttributeError, v ? "__set__" : "__delete__");
        return -1;
    }
    return r ? 0 : -1;
}

static Value slot_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(t, NM(__new__));
    if (TYPE(f) == &staticmethod_type)
        f = ((Wrapper *)f)->func;
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    Value *stack = gc_alloc(vm, (nargs + nkw + 1) * sizeof(Value));
    if (!stack)
        return NULL;
    stack[0] = (Value)t;
    vals_copy(stack + 1, args, nargs + nkw);
    return obj_call(vm, f, stack, nargs + 1, kwnames);
}

static int slot_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    Value f = lookup_name(self, NM___init__);
    Value r = call_found(vm, f, self, args, nargs, kwnames);
    if (!r)
        return -1;
    if (r != NONE) {
        exc_raise(vm, &Exc_TypeError, "__init__() should return None, not '%s'", tname(r));
        return -1;
    }
    return 0;
}

/* ---- choosing the slots of a class ---- */

/* What a dunder resolves to: its C slot owner (a static type's wrapper), or NULL for Python. */
static Type *wrapper_owner(Type *t, int name, int kind, Value *found) {
    Value f = type_lookup(t, kr_names[name]);
    *found = f;
    if (f != VAL_MISSING && TYPE(f) == &slot_wrapper_type &&
        ((SlotWrapper *)f)->kind == kind)
        return ((SlotWrapper *)f)->owner;
    return NULL;
}

#define PICK(field, name, kind, generic)                                  \
    do {                                                                  \
        Value f_;                                                         \
        Type *o_ = wrapper_owner(t, name, kind, &f_);                     \
        t->field = f_ == VAL_MISSING ? NULL : o_ ? o_->field : (generic); \
    } while (0)

void slots_update(Type *t) {
    Type *sb = type_static_base(t);
    Value f;
    PICK(repr, NM___repr__, SK_REPR, slot_repr);
    PICK(str, NM___str__, SK_STR, slot_str);
    f = type_lookup(t, NM(__hash__));
    if (f == NONE)
        t->hash = hash_unhashable;
    else
        PICK(hash, NM___hash__, SK_HASH, slot_hash);
    /* rich comparison: C only if all six resolve to wrappers */
    bool py = false;
    for (int op = 0; op < 6 && !py; op++)
        py = wrapper_owner(t, cmp_names[op], SK_RICHCMP, &f) == NULL && f != VAL_MISSING;
    t->richcmp = py ? slot_richcmp : sb->richcmp;
    py = false;
    for (int op = 0; op < OP__COUNT && !py; op++) {
        py = (wrapper_owner(t, binop_names[op], SK_BINOP, &f) == NULL && f != VAL_MISSING) ||
             (wrapper_owner(t, rbinop_names[op], SK_RBINOP, &f) == NULL && f != VAL_MISSING);
    }
    t->binop = py ? slot_binop : sb->binop;
    py = false;
    for (int op = 0; op < OP__COUNT && !py; op++)
        py = wrapper_owner(t, ibinop_names[op], SK_IBINOP, &f) == NULL && f != VAL_MISSING;
    t->inplace = py ? slot_inplace : sb->inplace;
    py = false;
    for (int op = 0; op < UOP__COUNT && !py; op++)
        py = wrapper_owner(t, unop_names[op], SK_UNOP, &f) == NULL && f != VAL_MISSING;
    t->unop = py ? slot_unop : sb->unop;
    PICK(truth, NM___bool__, SK_BOOL, slot_truth);
    if (!t->truth) {
        PICK(len, NM___len__, SK_LEN, slot_len);
        if (t->len == slot_len)
            t->truth = slot_truth;
    }
    PICK(len, NM___len__, SK_LEN, slot_len);
    PICK(getattr, NM___getattribute__, SK_GETATTRIBUTE, slot_getattr);
    if (type_lookup(t, NM(__getattr__)) != VAL_MISSING) {
        t->getattr = slot_getattr;
        t->flags |= TF_HAS_GETATTR;
    } else {
        t->flags &= ~(uint32_t)TF_HAS_GETATTR;
    }
    Value fd;
    Type *so = wrapper_owner(t, NM___setattr__, SK_SETATTR, &f);
    Type *dob = wrapper_owner(t, NM___delattr__, SK_DELATTR, &fd);
    t->setattr = so && dob ? so->setattr : slot_setattr;
    PICK(call, NM___call__, SK_CALL, slot_call);
    PICK(iter, NM___iter__, SK_ITER, slot_iter);
    PICK(next, NM___next__, SK_NEXT, slot_next);
    PICK(getitem, NM___getitem__, SK_GETITEM, slot_getitem);
    so = wrapper_owner(t, NM___setitem__, SK_SETITEM, &f);
    dob = wrapper_owner(t, NM___delitem__, SK_DELITEM, &fd);
    if (f == VAL_MISSING && fd == VAL_MISSING)
        t->setitem = NULL;
    else
        t->setitem = so && dob ? so->setitem : slot_setitem;
    PICK(contains, NM___contains__, SK_CONTAINS, slot_contains);
    if (!t->contains && t->iter)
        t->contains = slot_contains;
    PICK(descr_get, NM___get__, SK_GET, slot_descr_get);
    so = wrapper_owner(t, NM___set__, SK_SET, &f);
    dob = wrapper_owner(t, NM___delete__, SK_DELETE, &fd);
    if (f == VAL_MISSING && fd == VAL_MISSING)
        t->descr_set = NULL;
    else
        t->descr_set = so && dob ? so->descr_set : slot_descr_set;
    PICK(new_, NM___new__, SK_NEW, slot_new);
    if (!t->new_)
        t->new_ = sb->new_;
    PICK(init, NM___init__, SK_INIT, slot_init);
}
