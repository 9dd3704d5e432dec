/* Assignment and deletion targets: names, attributes, subscripts and (starred) unpacking. */
#include "builtins.h"
#include "eval.h"

static bool ns_store(Frame *f, Value name, Value v) {
    VM *vm = f->vm;
    if (TYPE(f->ns) == &dict_type) {   /* a dict subclass's __setitem__ must run */
        if (v)
            return dict_set(vm, f->ns, name, v);
        int r = dict_del(vm, f->ns, name);
        if (r == 0)
            exc_raise(vm, &Exc_NameError, "name '%U' is not defined", name);
        return r > 0;
    }
    return obj_setitem(vm, f->ns, name, v) >= 0;
}

/* Stores v (or deletes, if v is NULL) in a resolved Name. */
bool eval_store_name(Frame *f, Node *n, Value v) {
    VM *vm = f->vm;
    int32_t i = n->u.name.index;
    switch (n->u.name.scope) {
    case NS_LOCAL:
        if (!v && !f->slots[i]) {
            eval_unbound_local(f, n);
            return false;
        }
        f->slots[i] = v;
        return true;
    case NS_DEREF: {
        Cell *c = AS_CELL(f->slots[i]);
        if (!v && !c->v) {
            eval_unbound_local(f, n);
            return false;
        }
        c->v = v;
        return true;
    }
    case NS_GLOBAL:
        if (v)
            return dict_set(vm, f->globals, n->u.name.id, v);
        if (dict_del(vm, f->globals, n->u.name.id) <= 0) {
            if (!vm->exc)
                eval_name_error(f, n, n->u.name.id);
            return false;
        }
        return true;
    default:
        if (!ns_store(f, n->u.name.id, v)) {
            eval_fail(f, n);
            return false;
        }
        return true;
    }
}

static bool unpack_error(Frame *f, Node *t, const char *fmt, size_t a, size_t b) {
    exc_raise(f->vm, &Exc_ValueError, fmt, a, b);
    eval_fail(f, t);
    return false;
}

/* a, b, *c = v */
bool eval_unpack(Frame *f, Node *t, Value v) {
    VM *vm = f->vm;
    NodeList *elts = &t->u.seq.elts;
    size_t n = elts->n, star = SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        if (elts->items[i]->kind == N_Starred)
            star = i;
    Value *items;
    size_t len;
    /* exact lists and tuples are read directly; subclasses may define __iter__ */
    Type *vt = TYPE(v);
    if (vt == &tuple_type || vt == &list_type) {
        items = vt == &tuple_type ? AS_TUPLE(v)->items : AS_LIST(v)->items;
        len = vt == &tuple_type ? AS_TUPLE(v)->len : AS_LIST(v)->len;
        if (star == SIZE_MAX && len == n) {
            /* copy first: a target may mutate the list being unpacked */
            Value small[8];
            Value *copy = n <= 8 ? small : gc_alloc(vm, n * sizeof(Value));
            if (!copy)
                return false;
            vals_copy(copy, items, n);
            for (size_t i = 0; i < n; i++)
                if (!eval_store(f, elts->items[i], copy[i]))
                    return false;
            return true;
        }
        Value *copy = gc_alloc(vm, (len + 1) * sizeof(Value));
        if (!copy)
            return false;
        vals_copy(copy, items, len);
        items = copy;
    } else {
        Value it = obj_iter(vm, v);
        if (!it) {
            if (exc_pending_matches(vm, &Exc_TypeError) && !TYPE(v)->iter) {
                exc_clear(vm);
                exc_raise(vm, &Exc_TypeError, "cannot unpack non-iterable %s object", tname(v));
            }
            eval_fail(f, t);
            return false;
        }
        Value l = list_new(vm, n);
        if (!l)
            return false;
        /* without a star, read one more than needed to detect excess, as CPython */
        for (;;) {
            if (star == SIZE_MAX && AS_LIST(l)->len > n)
                break;
            Value x = obj_next(vm, it);
            if (x == VAL_STOP)
                break;
            if (!x || !list_append(vm, l, x) || !vm_tick(vm)) {
                eval_fail(f, t);
                return false;
            }
        }
        items = AS_LIST(l)->items;
        len = AS_LIST(l)->len;
    }
    if (star == SIZE_MAX) {
        if (len > n)
            return unpack_error(f, t, "too many values to unpack (expected %zu)", n, 0);
        if (len < n)
            return unpack_error(f, t, "not enough values to unpack (expected %zu, got %zu)", n,
                                len);
        for (size_t i = 0; i < n; i++)
            if (!eval_store(f, elts->items[i], items[i]))
                return false;
        return true;
    }
    size_t after = n - star - 1;
    if (len < n - 1)
        return unpack_error(f, t, "not enough values to unpack (expected at least %zu, got %zu)",
                            n - 1, len);
    for (size_t i = 0; i < star; i++)
        if (!eval_store(f, elts->items[i], items[i]))
            return false;
    Value rest = list_from(vm, items + star, len - star - after);
    if (!rest || !eval_store(f, elts->items[star]->u.ret.value, rest))
        return false;
    for (size_t i = 0; i < after; i++)
        if (!eval_store(f, elts->items[star + 1 + i], items[len - after + i]))
            return false;
    return true;
}

bool eval_store(Frame *f, Node *t, Value v) {
    VM *vm = f->vm;
    /* a store cannot be resumed half done: a target that would suspend its frame (d[(yield)])
     * is refused before any of it runs, rather than letting the suspension escape as a value */
    if (t->kind != N_Name && (t->flags & NF_HAS_YIELD)) {
        exc_raise(vm, &Exc_SyntaxError, "'yield' in an assignment target is not supported");
        eval_fail(f, t);
        return false;
    }
    switch (t->kind) {
    case N_Name:
        return eval_store_name(f, t, v);
    case N_Attribute: {
        Value obj = eval_expr(f, t->u.attr.value);
        if (!obj)
            return false;
        if (t->flags & NF_BLOCKED) {
            policy_attr_allowed(vm, obj, t->u.attr.attr);
            eval_fail(f, t);
            return false;
        }
        if (obj_setattr(vm, obj, t->u.attr.attr, v) < 0) {
            eval_fail(f, t);
            return false;
        }
        return true;
    }
    case N_Subscript: {
        Value obj = eval_expr(f, t->u.sub.value);
        Value key = obj ? eval_expr(f, t->u.sub.slice) : NULL;
        if (!key)
            return false;
        if (obj_setitem(vm, obj, key, v) < 0) {
            eval_fail(f, t);
            return false;
        }
        return true;
    }
    case N_Tuple:
    case N_List:
        if (!v)
            return eval_delete(f, t);
        return eval_unpack(f, t, v);
    case N_Starred:
        exc_raise(vm, &Exc_SyntaxError, "starred assignment target must be in a list or tuple");
        return false;
    default:
        exc_raise(vm, &Exc_SyntaxError, "cannot assign to expression");
        return false;
    }
}

bool eval_delete(Frame *f, Node *t) {
    VM *vm = f->vm;
    switch (t->kind) {
    case N_Name:
        return eval_store_name(f, t, NULL);
    case N_Attribute: {
        Value obj = eval_expr(f, t->u.attr.value);
        if (!obj)
            return false;
        if (t->flags & NF_BLOCKED) {
            policy_attr_allowed(vm, obj, t->u.attr.attr);
            eval_fail(f, t);
            return false;
        }
        if (obj_setattr(vm, obj, t->u.attr.attr, NULL) < 0) {
            eval_fail(f, t);
            return false;
        }
        return true;
    }
    case N_Subscript: {
        Value obj = eval_expr(f, t->u.sub.value);
        Value key = obj ? eval_expr(f, t->u.sub.slice) : NULL;
        if (!key)
            return false;
        if (obj_setitem(vm, obj, key, NULL) < 0) {
            eval_fail(f, t);
            return false;
        }
        return true;
    }
    case N_Tuple:
    case N_List:
        for (size_t i = 0; i < t->u.seq.elts.n; i++)
            if (!eval_delete(f, t->u.seq.elts.items[i]))
                return false;
        return true;
    default:
        exc_raise(vm, &Exc_SyntaxError, "cannot delete expression");
        return false;
    }
}
