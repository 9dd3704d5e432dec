/* Expressions: the fast path.  Nodes that can suspend (NF_HAS_YIELD) go to eval_gen.c, which
 * shares the combining helpers below (eval_binop_values, eval_build_seq, ...) with this file. */
#include "builtins.h"
#include "eval.h"
#include "format.h"

Value eval_fail(Frame *f, Node *n) {
    if (!f->err_node)
        f->err_node = n;
    return NULL;
}

/* ---- names ---- */

static Value lookup_global(Frame *f, Node *n) {
    GlobalCache *c = &n->u.name.cache;
    Dict *g = AS_DICT(f->globals), *b = AS_DICT(f->builtins);
    if (LIKELY(c->slot && c->gver == g->version && c->bver == b->version))
        return *c->slot;
    Value id = n->u.name.id;
    int64_t i = dict_find_str(f->globals, id);
    if (i >= 0) {
        c->slot = &g->entries[i].value;
    } else {
        i = dict_find_str(f->builtins, id);
        if (i < 0)
            return NULL;
        c->slot = &b->entries[i].value;
    }
    c->gver = g->version;
    c->bver = b->version;
    return *c->slot;
}

/* A class body's namespace may be any mapping __prepare__ returned: only an exact dict is read
 * directly, as CPython's LOAD_NAME does, so a dict subclass's __getitem__/__missing__ run. */
static Value ns_lookup(Frame *f, Value id) {
    if (TYPE(f->ns) == &dict_type)
        return dict_get_str(f->vm, f->ns, id);
    Value v = obj_getitem(f->vm, f->ns, id);
    if (!v && exc_pending_matches(f->vm, &Exc_KeyError)) {
        exc_clear(f->vm);
        return VAL_MISSING;
    }
    return v;
}

Value eval_name(Frame *f, Node *n) {
    Value v;
    switch (n->u.name.scope) {
    case NS_LOCAL:
        v = f->slots[n->u.name.index];
        return v ? v : eval_unbound_local(f, n);
    case NS_DEREF:
        v = AS_CELL(f->slots[n->u.name.index])->v;
        return v ? v : eval_unbound_local(f, n);
    case NS_GLOBAL:
        v = lookup_global(f, n);
        return v ? v : eval_name_error(f, n, n->u.name.id);
    case NS_NAME:
    case NS_CLASS_DEREF:
        v = ns_lookup(f, n->u.name.id);
        if (v != VAL_MISSING)
            return v;
        if (n->u.name.scope == NS_CLASS_DEREF) {
            v = AS_CELL(f->slots[n->u.name.index])->v;
            return v ? v : eval_unbound_local(f, n);
        }
        v = lookup_global(f, n);
        return v ? v : eval_name_error(f, n, n->u.name.id);
    default:
        return eval_name_error(f, n, n->u.name.id);
    }
}

/* ---- operators ---- */

Value eval_binop_values(Frame *f, Node *n, Value a, Value b) {
    VM *vm = f->vm;
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t r;
        int64_t x, y;
        switch (n->op) {
        case OP_ADD:
            /* tagged: (2x+1) + (2y+1) - 1 = 2(x+y)+1 */
            if (!__builtin_add_overflow((intptr_t)a - 1, (intptr_t)b, &r))
                return (Value)r;
            break;
        case OP_SUB:
            if (!__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r))
                return (Value)r;
            break;
        case OP_MUL:
            x = SMALL_VAL(a);
            y = SMALL_VAL(b);
            if (!__builtin_mul_overflow(x, y, &x) && SMALL_FITS(x))
                return MK_SMALL(x);
            break;
        case OP_FLOORDIV:
        case OP_MOD:
            x = SMALL_VAL(a);
            y = SMALL_VAL(b);
            if (y > 0 && x >= 0)
                return MK_SMALL(n->op == OP_MOD ? x % y : x / y);
            break;
        case OP_AND:
            return (Value)((uintptr_t)a & (uintptr_t)b);
        case OP_OR:
            return (Value)((uintptr_t)a | (uintptr_t)b);
        case OP_XOR:
            return (Value)(((uintptr_t)a ^ (uintptr_t)b) | 1);
        default:
            break;
        }
    } else if (!IS_SMALL(a) && !IS_SMALL(b) && a->type == &float_type &&
               b->type == &float_type) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        switch (n->op) {
        case OP_ADD: return float_new(vm, x + y);
        case OP_SUB: return float_new(vm, x - y);
        case OP_MUL: return float_new(vm, x * y);
        case OP_TRUEDIV:
            if (y != 0)
                return float_new(vm, x / y);
            break;
        default:
            break;
        }
    } else if (n->op == OP_ADD && IS_EXACT_STR(a) && IS_EXACT_STR(b)) {
        Value r = str_concat(vm, a, b);
        return r ? r : eval_fail(f, n);
    }
    Value r = obj_binop(vm, a, b, n->op);
    return r ? r : eval_fail(f, n);
}

/* One comparison of a chain; `in`/`is` included. */
Value eval_compare_op(Frame *f, int op, Value a, Value b) {
    VM *vm = f->vm;
    int r;
    switch (op) {
    case CMP_IS:
        return BOOL_V(a == b);
    case CMP_IS_NOT:
        return BOOL_V(a != b);
    case CMP_IN:
    case CMP_NOT_IN:
        r = obj_contains(vm, b, a);
        if (r < 0)
            return NULL;
        return BOOL_V(op == CMP_IN ? r : !r);
    default:
        if (IS_SMALL(a) && IS_SMALL(b)) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;
            switch (op) {
            case CMP_LT: return BOOL_V(x < y);
            case CMP_LE: return BOOL_V(x <= y);
            case CMP_EQ: return BOOL_V(x == y);
            case CMP_NE: return BOOL_V(x != y);
            case CMP_GT: return BOOL_V(x > y);
            default: return BOOL_V(x >= y);
            }
        }
        if (IS_EXACT_STR(a) && IS_EXACT_STR(b) && (op == CMP_EQ || op == CMP_NE)) {
            int eq = str_eq_charged(vm, a, b);
            return eq < 0 ? NULL : BOOL_V(op == CMP_EQ ? eq : !eq);
        }
        return obj_richcmp(vm, a, b, op);
    }
}

static Value eval_compare(Frame *f, Node *n) {
    Value left = eval_expr(f, n->u.cmp.left);
    if (!left)
        return NULL;
    size_t k = n->u.cmp.comparators.n;
    for (size_t i = 0; i < k; i++) {
        Value right = eval_expr(f, n->u.cmp.comparators.items[i]);
        if (!right)
            return NULL;
        Value r = eval_compare_op(f, n->u.cmp.ops[i], left, right);
        if (!r)
            return eval_fail(f, n);
        if (i + 1 == k)
            return r;
        if (r != TRUE_V) {
            int t = r == FALSE_V ? 0 : obj_truth(f->vm, r);
            if (t < 0)
                return eval_fail(f, n);
            if (!t)
                return r;
        }
        left = right;
    }
    return TRUE_V;
}

Value eval_unary(Frame *f, Node *n, Value v) {
    if (n->op == UOP_NOT) {
        int t = obj_truth(f->vm, v);
        return t < 0 ? eval_fail(f, n) : BOOL_V(!t);
    }
    if (IS_SMALL(v) && n->op == UOP_NEG && SMALL_VAL(v) != SMALL_MIN)
        return MK_SMALL(-SMALL_VAL(v));
    Value r = obj_unop(f->vm, v, n->op);
    return r ? r : eval_fail(f, n);
}

static Value eval_boolop(Frame *f, Node *n) {
    NodeList *vs = &n->u.boolop.values;
    Value v = NULL;
    for (size_t i = 0; i < vs->n; i++) {
        v = eval_expr(f, vs->items[i]);
        if (!v)
            return NULL;
        if (i + 1 == vs->n)
            break;
        int t = obj_truth(f->vm, v);
        if (t < 0)
            return eval_fail(f, n);
        if ((n->op == BOOL_AND) != (t != 0))
            return v;
    }
    return v;
}

/* ---- attributes and subscripts ---- */

static Value attr_failed(Frame *f, Node *n, Value obj) {
    exc_attr_context(f->vm, obj, n->u.attr.attr);
    return eval_fail(f, n);
}

Value eval_attr(Frame *f, Node *n, Value obj) {
    VM *vm = f->vm;
    Value name = n->u.attr.attr;
    if (UNLIKELY(n->flags & NF_BLOCKED)) {
        policy_attr_allowed(vm, obj, name);
        return eval_fail(f, n);
    }
    Type *t = TYPE(obj);
    Value r;
    if (LIKELY(t->getattr == generic_getattr)) {
        AttrCache *c = &n->u.attr.cache;
        Value descr;
        if (LIKELY(c->type == t && c->version == t->version)) {
            descr = c->descr;
        } else {
            descr = type_lookup(t, name);
            c->type = t;
            c->version = t->version;
            c->descr = descr;
        }
        DescrGetFn get = NULL;
        if (descr != VAL_MISSING) {
            get = TYPE(descr)->descr_get;
            if (get && TYPE(descr)->descr_set) {
                r = get(vm, descr, obj, (Value)t);
                return r ? r : attr_failed(f, n, obj);
            }
        }
        Value *dp = obj_dictptr(obj);
        if (dp && *dp) {
            r = dict_get_str(vm, *dp, name);
            if (r != VAL_MISSING)
                return r;
        }
        if (descr != VAL_MISSING) {
            if (!get)
                return descr;
            r = get(vm, descr, obj, (Value)t);
            return r ? r : attr_failed(f, n, obj);
        }
        exc_attribute_error(vm, obj, name);
        return eval_fail(f, n);
    }
    r = t->getattr(vm, obj, name);
    return r ? r : attr_failed(f, n, obj);
}

Value eval_subscript(Frame *f, Node *n, Value obj, Value key) {
    Type *t = TYPE(obj);
    if (LIKELY(t == &list_type) && IS_SMALL(key)) {
        List *l = AS_LIST(obj);
        int64_t i = SMALL_VAL(key);
        if (i < 0)
            i += (int64_t)l->len;
        if (LIKELY(i >= 0 && (uint64_t)i < l->len))
            return l->items[i];
    }
    Value r = obj_getitem(f->vm, obj, key);
    return r ? r : eval_fail(f, n);
}

static Value eval_slice(Frame *f, Node *n, Value *vals) {
    Value r = slice_new(f->vm, vals[0], vals[1], vals[2]);
    return r ? r : eval_fail(f, n);
}

/* ---- displays ---- */

void eval_star_error(VM *vm, Value v) {
    if (exc_pending_matches(vm, &Exc_TypeError) && !TYPE(v)->iter && !TYPE(v)->getitem) {
        exc_clear(vm);
        exc_raise(vm, &Exc_TypeError, "Value after * must be an iterable, not %s", tname(v));
    }
}

static bool has_starred(NodeList *elts) {
    for (size_t i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == N_Starred)
            return true;
    return false;
}

/* vals holds one value per element, Starred elements contributing an iterable to unpack; or
 * vals is NULL for a display with a Starred element, evaluated here: as in CPython, each
 * iterable is unpacked before the elements after it are evaluated. */
Value eval_build_seq(Frame *f, Node *n, Value *vals) {
    VM *vm = f->vm;
    NodeList *elts = &n->u.seq.elts;
    if (!has_starred(elts)) {
        if (n->kind == N_Tuple)
            return tuple_from(vm, vals, elts->n);
        if (n->kind == N_List)
            return list_from(vm, vals, elts->n);
        bool all_const = true;
        for (size_t i = 0; i < elts->n && all_const; i++)
            all_const = ast_folds_to_const(elts->items[i], vals[i]);
        if (elts->n > 2 && all_const)
            return set_from_const_display(vm, vals, elts->n);
    }
    Value out = n->kind == N_Set ? set_new(vm, &set_type) : list_new(vm, elts->n);
    if (!out)
        return NULL;
    for (size_t i = 0; i < elts->n; i++) {
        Node *e = elts->items[i];
        bool star = e->kind == N_Starred;
        Value v = vals ? vals[i] : eval_expr(f, star ? e->u.ret.value : e);
        if (!v)
            return NULL;
        bool ok;
        if (n->kind == N_Set)
            ok = star ? set_update(vm, out, v) : set_add(vm, out, v);
        else
            ok = star ? list_extend(vm, out, v) : list_append(vm, out, v);
        /* a set display keeps the iteration's own error, as CPython's SET_UPDATE does */
        if (!ok && star && n->kind != N_Set)
            eval_star_error(vm, v);
        if (!ok)
            return eval_fail(f, n);
    }
    if (n->kind == N_Tuple)
        return tuple_from(vm, AS_LIST(out)->items, AS_LIST(out)->len);
    return out;
}

/* vals: key, value, key, value...; a NULL key node means `**mapping` (its value only).  vals
 * is NULL for a display with a `**`, evaluated here: as in CPython, each mapping is merged
 * before the entries after it are evaluated. */
Value eval_build_dict(Frame *f, Node *n, Value *vals) {
    VM *vm = f->vm;
    size_t k = n->u.dict.keys.n;
    Value d = dict_new_sized(vm, k);
    if (!d)
        return NULL;
    for (size_t i = 0; i < k; i++) {
        Node *key = n->u.dict.keys.items[i];
        Value kv = NONE, v = NULL;
        if (vals) {
            kv = vals[2 * i];
            v = vals[2 * i + 1];
        } else if ((key && !(kv = eval_expr(f, key))) ||
                   !(v = eval_expr(f, n->u.dict.values.items[i]))) {
            return NULL;
        }
        if (!key) {
            if (!IS_DICT(v) && !TYPE(v)->getitem) {
                exc_raise(vm, &Exc_TypeError, "'%s' object is not a mapping", tname(v));
                return eval_fail(f, n);
            }
            if (!dict_merge(vm, d, v, true)) {
                if (exc_pending_matches(vm, &Exc_AttributeError)) {
                    exc_clear(vm);
                    exc_raise(vm, &Exc_TypeError, "'%s' object is not a mapping", tname(v));
                }
                return eval_fail(f, n);
            }
        } else if (!dict_set(vm, d, kv, v)) {
            return eval_fail(f, n);
        }
    }
    return d;
}

/* ---- f-strings ---- */

Value eval_format_value(Frame *f, Node *n, Value v, Value spec) {
    VM *vm = f->vm;
    switch (n->op) {
    case 's': v = obj_str(vm, v); break;
    case 'r': v = obj_repr(vm, v); break;
    case 'a': v = obj_ascii(vm, v); break;
    default: break;
    }
    if (!v)
        return eval_fail(f, n);
    if (!spec && IS_EXACT_STR(v))
        return v;
    Value r = obj_format(vm, v, spec);
    return r ? r : eval_fail(f, n);
}

Value eval_joined(Frame *f, Node *n, Value *vals) {
    size_t k = n->u.joined.values.n, total = 0;
    for (size_t i = 0; i < k; i++)
        total += str_nbytes(vals[i]);
    StrBuf b;
    sb_init(&b, f->vm, total);
    for (size_t i = 0; i < k; i++)
        sb_add_str(&b, vals[i]);
    Value r = sb_finish(&b);
    return r ? r : eval_fail(f, n);
}

/* ---- the dispatcher ---- */

/* Evaluates a list of children into vals (a Starred child contributes its value). */
static bool eval_kids(Frame *f, NodeList *l, Value *vals) {
    for (size_t i = 0; i < l->n; i++) {
        Node *k = l->items[i];
        Value v = eval_expr(f, k->kind == N_Starred ? k->u.ret.value : k);
        if (!v)
            return false;
        vals[i] = v;
    }
    return true;
}

#define SMALLV 8

Value eval_expr(Frame *f, Node *n) {
    if (UNLIKELY(n->flags & NF_HAS_YIELD))
        return eval_gen_expr(f, n);
    Value a, b;
    switch (n->kind) {
    case N_Const:
        return n->u.constant.value;
    case N_Name:
        if (LIKELY(n->u.name.scope == NS_LOCAL)) {
            a = f->slots[n->u.name.index];
            return LIKELY(a != NULL) ? a : eval_unbound_local(f, n);
        }
        return eval_name(f, n);
    case N_BinOp:
        if (!(a = eval_expr(f, n->u.bin.left)) || !(b = eval_expr(f, n->u.bin.right)))
            return NULL;
        return eval_binop_values(f, n, a, b);
    case N_Compare:
        if (n->u.cmp.comparators.n == 1) {
            if (!(a = eval_expr(f, n->u.cmp.left)) ||
                !(b = eval_expr(f, n->u.cmp.comparators.items[0])))
                return NULL;
            Value r = eval_compare_op(f, n->u.cmp.ops[0], a, b);
            return r ? r : eval_fail(f, n);
        }
        return eval_compare(f, n);
    case N_Call:
        return eval_call(f, n);
    case N_Attribute:
        if (!(a = eval_expr(f, n->u.attr.value)))
            return NULL;
        return eval_attr(f, n, a);
    case N_Subscript:
        if (!(a = eval_expr(f, n->u.sub.value)) || !(b = eval_expr(f, n->u.sub.slice)))
            return NULL;
        return eval_subscript(f, n, a, b);
    case N_BoolOp:
        return eval_boolop(f, n);
    case N_UnaryOp:
        if (!(a = eval_expr(f, n->u.unary.operand)))
            return NULL;
        return eval_unary(f, n, a);
    case N_IfExp: {
        if (!(a = eval_expr(f, n->u.ifexp.test)))
            return NULL;
        int t = a == TRUE_V ? 1 : a == FALSE_V ? 0 : obj_truth(f->vm, a);
        if (t < 0)
            return eval_fail(f, n);
        return eval_expr(f, t ? n->u.ifexp.body : n->u.ifexp.orelse);
    }
    case N_List:
    case N_Tuple:
    case N_Set: {
        if (has_starred(&n->u.seq.elts))
            return eval_build_seq(f, n, NULL);
        size_t k = n->u.seq.elts.n;
        Value small[SMALLV];
        Value *vals = k <= SMALLV ? small : gc_alloc(f->vm, k * sizeof(Value));
        if (!vals || !eval_kids(f, &n->u.seq.elts, vals))
            return NULL;
        Value r = eval_build_seq(f, n, vals);
        return r ? r : eval_fail(f, n);
    }
    case N_Dict: {
        size_t k = n->u.dict.keys.n;
        for (size_t i = 0; i < k; i++)
            if (!n->u.dict.keys.items[i])
                return eval_build_dict(f, n, NULL);
        Value small[2 * SMALLV];
        Value *vals = k <= SMALLV ? small : gc_alloc(f->vm, 2 * k * sizeof(Value));
        if (!vals)
            return NULL;
        for (size_t i = 0; i < k; i++) {
            Node *key = n->u.dict.keys.items[i];
            vals[2 * i] = NONE;
            if (key && !(vals[2 * i] = eval_expr(f, key)))
                return NULL;
            if (!(vals[2 * i + 1] = eval_expr(f, n->u.dict.values.items[i])))
                return NULL;
        }
        return eval_build_dict(f, n, vals);
    }
    case N_JoinedStr: {
        size_t k = n->u.joined.values.n;
        Value small[SMALLV];
        Value *vals = k <= SMALLV ? small : gc_alloc(f->vm, k * sizeof(Value));
        if (!vals || !eval_kids(f, &n->u.joined.values, vals))
            return NULL;
        return eval_joined(f, n, vals);
    }
    case N_FormattedValue:
        if (!(a = eval_expr(f, n->u.fmt.value)))
            return NULL;
        b = NULL;
        if (n->u.fmt.spec && !(b = eval_expr(f, n->u.fmt.spec)))
            return NULL;
        return eval_format_value(f, n, a, b);
    case N_Slice: {
        Value vals[3] = {NONE, NONE, NONE};
        Node *parts[3] = {n->u.slice.lower, n->u.slice.upper, n->u.slice.step};
        for (int i = 0; i < 3; i++)
            if (parts[i] && !(vals[i] = eval_expr(f, parts[i])))
                return NULL;
        return eval_slice(f, n, vals);
    }
    case N_NamedExpr:
        if (!(a = eval_expr(f, n->u.named.value)))
            return NULL;
        return eval_store_name(f, n->u.named.target, a) ? a : NULL;
    case N_Lambda:
        return eval_make_function_node(f, n);
    case N_ListComp:
    case N_SetComp:
    case N_DictComp:
    case N_GeneratorExp:
        if (!(a = eval_expr(f, n->u.comp.generators.items[0]->u.gen.iter)))
            return NULL;
        return eval_comprehension(f, n, a);
    default:
        exc_raise(f->vm, &Exc_SystemError, "unexpected expression node %s",
                  ast_kind_names[n->kind]);
        return eval_fail(f, n);
    }
}
