/* The match statement (PEP 634).  Captures are collected while a case's pattern is tried and
 * bound only when the whole pattern matched, as CPython does. */
#include "eval.h"

typedef struct Captures {
    Node **targets;
    Value *values;
    size_t n, cap;
} Captures;

static bool capture(VM *vm, Captures *c, Node *target, Value v) {
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 8;
        Node **t = gc_alloc(vm, nc * sizeof(Node *));
        Value *vs = gc_alloc(vm, nc * sizeof(Value));
        if (!t || !vs)
            return false;
        if (c->n) {
            memcpy(t, c->targets, c->n * sizeof(Node *));
            memcpy(vs, c->values, c->n * sizeof(Value));
        }
        c->targets = t;
        c->values = vs;
        c->cap = nc;
    }
    c->targets[c->n] = target;
    c->values[c->n++] = v;
    return true;
}

static bool is_sequence(Value v) {
    if (IS_LIST(v) || IS_TUPLE(v))
        return true;
    Type *t = TYPE(v);
    if (t->flags & (TF_STR | TF_BYTES | TF_DICT))
        return false;
    if (t == &range_type || type_is_subtype(t, &bytearray_type))
        return t == &range_type;
    /* collections.abc.Sequence and deque register themselves by name on their MRO */
    Tuple *mro = AS_TUPLE(t->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const char *nm = type_name((Type *)mro->items[i]);
        if (!strcmp(nm, "Sequence") || !strcmp(nm, "MutableSequence") || !strcmp(nm, "deque"))
            return true;
    }
    return false;
}

static bool is_mapping(Value v) {
    if (IS_DICT(v))
        return true;
    Tuple *mro = AS_TUPLE(TYPE(v)->mro);
    for (size_t i = 0; i < mro->len; i++) {
        const char *nm = type_name((Type *)mro->items[i]);
        if (!strcmp(nm, "Mapping") || !strcmp(nm, "MutableMapping") ||
            !strcmp(nm, "mappingproxy"))
            return true;
    }
    return false;
}

static int match(Frame *f, Node *p, Value subject, Captures *caps);

static int match_sequence(Frame *f, Node *p, Value subject, Captures *caps) {
    VM *vm = f->vm;
    if (!is_sequence(subject))
        return 0;
    NodeList *pats = &p->u.mseq.patterns;
    size_t n = pats->n, star = SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        if (pats->items[i]->kind == N_MatchStar)
            star = i;
    int64_t len = obj_len(vm, subject);
    if (len < 0)
        return -1;
    if (star == SIZE_MAX ? (size_t)len != n : (size_t)len < n - 1)
        return 0;
    Value items = IS_LIST(subject) || IS_TUPLE(subject) ? subject : list_from_iter(vm, subject);
    if (!items)
        return -1;
    Value *it = IS_LIST(items) ? AS_LIST(items)->items : AS_TUPLE(items)->items;
    size_t cnt = IS_LIST(items) ? AS_LIST(items)->len : AS_TUPLE(items)->len;
    if (star == SIZE_MAX) {
        for (size_t i = 0; i < n && i < cnt; i++) {
            int r = match(f, pats->items[i], it[i], caps);
            if (r <= 0)
                return r;
        }
        return 1;
    }
    size_t after = n - star - 1;
    for (size_t i = 0; i < star; i++) {
        int r = match(f, pats->items[i], it[i], caps);
        if (r <= 0)
            return r;
    }
    Node *sp = pats->items[star];
    if (sp->u.mas.target) {
        Value rest = list_from(vm, it + star, cnt - star - after);
        if (!rest || !capture(vm, caps, sp->u.mas.target, rest))
            return -1;
    }
    for (size_t i = 0; i < after; i++) {
        int r = match(f, pats->items[star + 1 + i], it[cnt - after + i], caps);
        if (r <= 0)
            return r;
    }
    return 1;
}

/* As CPython's MATCH_KEYS: a subject with fewer items than keys fails at once; otherwise every
 * key is evaluated, then each is checked against the earlier ones and looked up with the
 * subject's get(), and only then are the values matched against the sub-patterns. */
static int match_mapping(Frame *f, Node *p, Value subject, Captures *caps) {
    VM *vm = f->vm;
    if (!is_mapping(subject))
        return 0;
    NodeList *keys = &p->u.mmap.keys;
    if (keys->n) {
        int64_t len = obj_len(vm, subject);
        if (len < 0)
            return -1;
        if ((size_t)len < keys->n)
            return 0;
    }
    Value kv[keys->n ? keys->n : 1];
    for (size_t i = 0; i < keys->n; i++)
        if (!(kv[i] = eval_expr(f, keys->items[i])))
            return -1;
    Value seen = set_new(vm, &set_type);
    Value getm = seen && keys->n ? obj_getattr(vm, subject, NM(get)) : NONE;
    if (!getm)
        return -1;
    static Obj missing_marker = {&object_type};
    for (size_t i = 0; i < keys->n; i++) {
        Value k = kv[i];
        int dup = set_contains(vm, seen, k);
        if (dup < 0)
            return -1;
        if (dup) {
            exc_raise(vm, &Exc_ValueError, "mapping pattern checks duplicate key (%R)", k);
            return -1;
        }
        if (!set_add(vm, seen, k))
            return -1;
        Value v = obj_call2(vm, getm, k, (Value)&missing_marker);
        if (!v)
            return -1;
        if (v == (Value)&missing_marker)
            return 0;
        kv[i] = v;
    }
    for (size_t i = 0; i < keys->n; i++) {
        int r = match(f, p->u.mmap.patterns.items[i], kv[i], caps);
        if (r <= 0)
            return r;
    }
    if (p->u.mmap.rest) {
        Value rest = dict_new(vm);
        if (!rest || !dict_update(vm, rest, subject))
            return -1;
        size_t pos = 0;
        Value k;
        while (set_next(seen, &pos, &k))
            if (dict_del(vm, rest, k) < 0)
                return -1;
        if (!capture(vm, caps, p->u.mmap.rest, rest))
            return -1;
    }
    return 1;
}

/* Built-in types whose single positional sub-pattern matches the subject itself. */
static bool self_matching(Type *t) {
    static Type *const types[] = {&bool_type, &bytearray_type, &bytes_type, &dict_type,
                                  &float_type, &frozenset_type, &int_type, &list_type,
                                  &set_type, &str_type, &tuple_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type_is_subtype(t, types[i]))
            return type_static_base(t) == types[i] || t == types[i];
    return false;
}

/* Attribute `name` of a class pattern's subject (CPython's match_class_attr): VAL_MISSING when
 * it has none, NULL on error, a name already used being one. */
static Value class_attr(VM *vm, Type *t, Value subject, Value name, Value seen) {
    int dup = set_contains(vm, seen, name);
    if (dup) {
        if (dup > 0)
            exc_raise(vm, &Exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      type_name(t), name);
        return NULL;
    }
    return set_add(vm, seen, name) ? obj_getattr_opt(vm, subject, name) : NULL;
}

/* As CPython's MATCH_CLASS: every attribute is looked up (a missing one fails the match)
 * before the sub-patterns are matched against them. */
static int match_class(Frame *f, Node *p, Value subject, Captures *caps) {
    VM *vm = f->vm;
    Value cls = eval_expr(f, p->u.mclass.cls);
    if (!cls)
        return -1;
    if (!IS_TYPE(cls)) {
        exc_raise(vm, &Exc_TypeError, "called match pattern must be a type");
        return -1;
    }
    int r = obj_isinstance(vm, subject, cls);
    if (r <= 0)
        return r;
    Type *t = (Type *)cls;
    NodeList *pos = &p->u.mclass.patterns;
    size_t npos = pos->n, nkw = p->u.mclass.nkw;
    Value attrs[npos + nkw ? npos + nkw : 1];
    Value seen = set_new(vm, &set_type);
    if (!seen)
        return -1;
    if (npos) {
        Value ma = obj_getattr_opt(vm, cls, NM(__match_args__));
        if (!ma)
            return -1;
        /* bool, int, str... match themselves when a subclass does not set __match_args__ */
        bool match_self = ma == VAL_MISSING && self_matching(t);
        size_t allowed = match_self ? 1 : 0;
        if (ma != VAL_MISSING) {
            if (TYPE(ma) != &tuple_type) {
                exc_raise(vm, &Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                          type_name(t), tname(ma));
                return -1;
            }
            allowed = AS_TUPLE(ma)->len;
        }
        if (allowed < npos) {
            exc_raise(vm, &Exc_TypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)",
                      type_name(t), allowed, allowed == 1 ? "" : "s", npos);
            return -1;
        }
        for (size_t i = 0; i < npos; i++) {
            if (match_self) {
                attrs[i] = subject;
                continue;
            }
            Value name = AS_TUPLE(ma)->items[i];
            if (!IS_EXACT_STR(name)) {
                exc_raise(vm, &Exc_TypeError, "__match_args__ elements must be strings (got %s)",
                          tname(name));
                return -1;
            }
            if (!(attrs[i] = class_attr(vm, t, subject, name, seen)))
                return -1;
            if (attrs[i] == VAL_MISSING)
                return 0;
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        Value v = class_attr(vm, t, subject, p->u.mclass.kw_attrs[i], seen);
        if (!v)
            return -1;
        if (v == VAL_MISSING)
            return 0;
        attrs[npos + i] = v;
    }
    for (size_t i = 0; i < npos + nkw; i++) {
        Node *sub = i < npos ? pos->items[i] : p->u.mclass.kw_patterns.items[i - npos];
        r = match(f, sub, attrs[i], caps);
        if (r <= 0)
            return r;
    }
    return 1;
}

static int match(Frame *f, Node *p, Value subject, Captures *caps) {
    VM *vm = f->vm;
    if (!vm_stack_ok(vm))
        return vm_stack_error(vm) ? 0 : -1;
    switch (p->kind) {
    case N_MatchValue: {
        Value v = eval_expr(f, p->u.mvalue.value);
        if (!v)
            return -1;
        return obj_eq(vm, subject, v);
    }
    case N_MatchSingleton:
        return subject == p->u.mvalue.value->u.constant.value;
    case N_MatchSequence:
        return match_sequence(f, p, subject, caps);
    case N_MatchMapping:
        return match_mapping(f, p, subject, caps);
    case N_MatchClass:
        return match_class(f, p, subject, caps);
    case N_MatchAs:
        if (p->u.mas.pattern) {
            int r = match(f, p->u.mas.pattern, subject, caps);
            if (r <= 0)
                return r;
        }
        if (p->u.mas.target && !capture(vm, caps, p->u.mas.target, subject))
            return -1;
        return 1;
    case N_MatchOr:
        for (size_t i = 0; i < p->u.mseq.patterns.n; i++) {
            size_t mark = caps->n;
            int r = match(f, p->u.mseq.patterns.items[i], subject, caps);
            if (r)
                return r;
            caps->n = mark;
        }
        return 0;
    default:
        exc_raise(vm, &Exc_SystemError, "unexpected pattern node %s", ast_kind_names[p->kind]);
        return -1;
    }
}

int eval_pattern(Frame *f, Node *p, Value subject) {
    Captures caps = {0};
    int r = match(f, p, subject, &caps);
    if (r <= 0)
        return r;
    for (size_t i = 0; i < caps.n; i++)
        if (!eval_store(f, caps.targets[i], caps.values[i]))
            return -1;
    return 1;
}

/* Tries the cases in order; the body of the first that matches (and whose guard holds) runs. */
int eval_match_cases(Frame *f, Node *s, Value subject, size_t from) {
    for (size_t i = from; i < s->u.match.cases.n; i++) {
        Node *mc = s->u.match.cases.items[i];
        int r = eval_pattern(f, mc->u.matchcase.pattern, subject);
        if (r < 0)
            return C_RAISE;
        if (!r)
            continue;
        if (mc->u.matchcase.guard) {
            Value g = eval_expr(f, mc->u.matchcase.guard);
            if (!g)
                return C_RAISE;
            int t = obj_truth(f->vm, g);
            if (t < 0)
                return C_RAISE;
            if (!t)
                continue;
        }
        return exec_block(f, &mc->u.matchcase.body);
    }
    return C_NORMAL;
}

int eval_match(Frame *f, Node *s) {
    Value subject = eval_expr(f, s->u.match.subject);
    if (!subject)
        return C_RAISE;
    return eval_match_cases(f, s, subject, 0);
}
