/* match-statement patterns: captures and wildcards, literals and values, sequences,
 * mappings, class patterns, `|` and `as`. */
#include "lower_int.h"

static Node *pattern(Lowerer *L, TSNode n);

/* A Name for a capture target (`case x`, `as x`, `*x`, `**x`). */
static Node *capture(Lowerer *L, TSNode ident) {
    return lower_name_node(L, ident, NF_STORE);
}

static Node *match_as(Lowerer *L, TSNode range, Node *pat, TSNode name) {
    Node *m = lower_new(L, N_MatchAs, range);
    if (!m)
        return NULL;
    m->u.mas.pattern = pat;
    if (!ts_node_is_null(name) && !(m->u.mas.target = capture(L, name)))
        return NULL;
    return m;
}

static Node *match_value(Lowerer *L, TSNode range, Node *value) {
    Node *m = value ? lower_new(L, N_MatchValue, range) : NULL;
    if (m)
        m->u.mvalue.value = value;
    return m;
}

/* `pat as name`, where `as` is the as_pattern node; the range starts at `from`, where pat's
 * text does (the two differ for a keyword pattern, see class_pattern). */
static Node *as_capture(Lowerer *L, TSNode as, TSNode from, Node *pat) {
    if (!pat)
        return NULL;
    TSNode name = lower_named_child(as, 1);
    if (ts_node_is_null(name) || !lower_is(name, "identifier"))
        return lower_error(L, as, "invalid pattern target");
    size_t len;
    const char *p = lower_src(L, name, &len);
    if (len == 1 && *p == '_')
        return lower_error(L, name, "cannot use '_' as a target");
    Node *m = match_as(L, as, pat, name);
    if (m)
        lower_point(L, ts_node_start_point(from), &m->line, &m->col);
    return m;
}

/* A literal or a dotted name used as a value: the expression of a MatchValue or a key. */
static Node *value_expr(Lowerer *L, TSNode n) {
    if (lower_is(n, "dotted_name")) {
        Kids ks;
        if (!lower_kids(L, n, &ks))
            return NULL;
        Node *e = NULL;
        TSNode first = {0};
        for (uint32_t i = 0; i < ks.n; i++) {
            if (!lower_kid_is(&ks.k[i], "identifier"))
                continue;
            if (!e) {
                first = ks.k[i].node;
                e = lower_name_node(L, first, 0);
            } else {
                Node *a = lower_new_span(L, N_Attribute, first, ks.k[i].node);
                if (!a || !(a->u.attr.attr = lower_name(L, ks.k[i].node)))
                    return NULL;
                a->u.attr.value = e;
                e = a;
            }
            if (!e)
                return NULL;
        }
        return e;
    }
    if (lower_is(n, "string") || lower_is(n, "concatenated_string")) {
        Node *s = lower_string(L, n);
        if (s && s->kind == N_JoinedStr)
            return lower_error(L, n, "patterns may only match literals and attribute lookups");
        return s;
    }
    if (lower_is(n, "complex_pattern"))
        return lower_error(L, n, "complex literals are not supported");
    return lower_expr(L, n);
}

/* `-` number: a negative literal. */
static Node *negative(Lowerer *L, TSNode minus, TSNode num) {
    Node *u = lower_new_span(L, N_UnaryOp, minus, num);
    if (!u || !(u->u.unary.operand = value_expr(L, num)))
        return NULL;
    u->op = UOP_NEG;
    return u;
}

/* The pattern of kid i: in union and keyword patterns tree-sitter leaves the sign of a
 * negative number as the kid before it. */
static Node *kid_pattern(Lowerer *L, const Kids *ks, uint32_t i) {
    if (i == 0 || !lower_kid_is(&ks->k[i - 1], "-"))
        return pattern(L, ks->k[i].node);
    Node *m = lower_new_span(L, N_MatchValue, ks->k[i - 1].node, ks->k[i].node);
    if (m && !(m->u.mvalue.value = negative(L, ks->k[i - 1].node, ks->k[i].node)))
        return NULL;
    return m;
}

static bool is_singleton(TSNode n) {
    return lower_is(n, "none") || lower_is(n, "true") || lower_is(n, "false");
}

/* A sequence of patterns from list_pattern / tuple_pattern children. */
static Node *sequence(Lowerer *L, TSNode n) {
    Node *m = lower_new(L, N_MatchSequence, n);
    Kids ks;
    if (!m || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].named && !lower_push(L, &m->u.mseq.patterns, pattern(L, ks.k[i].node)))
            return NULL;
    return m;
}

/* MatchOr over `a | b | c`, flattened as CPython does. */
static Node *union_pattern(Lowerer *L, TSNode n) {
    Node *m = lower_new(L, N_MatchOr, n);
    Kids ks;
    if (!m || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        /* the wildcard `_` is an anonymous token, an alternative all the same */
        if (!ks.k[i].named && !lower_kid_is(&ks.k[i], "_"))
            continue;
        if (lower_kid_is(&ks.k[i], "union_pattern")) {
            Node *inner = union_pattern(L, ks.k[i].node);
            if (!inner)
                return NULL;
            for (size_t j = 0; j < inner->u.mseq.patterns.n; j++)
                if (!lower_push(L, &m->u.mseq.patterns, inner->u.mseq.patterns.items[j]))
                    return NULL;
            continue;
        }
        if (!lower_push(L, &m->u.mseq.patterns, kid_pattern(L, &ks, i)))
            return NULL;
    }
    return m;
}

/* {key: pattern, ..., **rest} */
static Node *mapping(Lowerer *L, TSNode n) {
    Node *m = lower_new(L, N_MatchMapping, n);
    Kids ks;
    if (!m || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "splat_pattern")) {
            TSNode name = lower_named_child(k->node, 0);
            if (ts_node_is_null(name))
                return lower_error(L, k->node, "invalid syntax");
            if (!(m->u.mmap.rest = capture(L, name)))
                return NULL;
            continue;
        }
        if (!k->field || strcmp(k->field, "key"))
            continue;
        Node *key;
        if (lower_kid_is(k, "-") && i + 1 < ks.n) {
            key = negative(L, k->node, ks.k[i + 1].node);
            i++;
        } else if (lower_kid_is(k, "_")) {
            return lower_error(L, k->node, "invalid syntax");
        } else {
            key = value_expr(L, k->node);
        }
        if (!lower_push(L, &m->u.mmap.keys, key))
            return NULL;
    }
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].field && !strcmp(ks.k[i].field, "value") &&
            !lower_push(L, &m->u.mmap.patterns, pattern(L, ks.k[i].node)))
            return NULL;
    if (m->u.mmap.keys.n != m->u.mmap.patterns.n)
        return lower_error(L, n, "invalid syntax");
    return m;
}

/* Cls(positional..., name=pattern...) */
static Node *class_pattern(Lowerer *L, TSNode n) {
    Node *m = lower_new(L, N_MatchClass, n);
    Kids ks;
    if (!m || !lower_kids(L, n, &ks))
        return NULL;
    m->u.mclass.kw_attrs = gc_alloc(L->vm, (ks.n ? ks.n : 1) * sizeof(Value));
    if (!m->u.mclass.kw_attrs)
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "dotted_name")) {
            if (!(m->u.mclass.cls = value_expr(L, k->node)))
                return NULL;
            continue;
        }
        if (!k->named)
            continue;
        TSNode inner = lower_kid_is(k, "case_pattern") ? lower_named_child(k->node, 0)
                                                       : k->node;
        /* tree-sitter reads `attr=P() as c` as `(attr=P()) as c` */
        TSNode as = {0};
        if (!ts_node_is_null(inner) && lower_is(inner, "as_pattern")) {
            TSNode kw = lower_named_child(lower_named_child(inner, 0), 0);
            if (!ts_node_is_null(kw) && lower_is(kw, "keyword_pattern")) {
                as = inner;
                inner = kw;
            }
        }
        if (!ts_node_is_null(inner) && lower_is(inner, "keyword_pattern")) {
            /* name '=' value, where the value may be `-` and a number, or the wildcard `_`
             * (anonymous tokens) */
            Kids kk;
            if (!lower_kids(L, inner, &kk))
                return NULL;
            Value attr = lower_name(L, kk.k[0].node);
            uint32_t v = kk.n - 1, from = kk.n > 3 ? 2 : v;
            Node *pat = kid_pattern(L, &kk, v);
            if (!ts_node_is_null(as))
                pat = as_capture(L, as, kk.k[from].node, pat);
            if (!attr || !lower_push(L, &m->u.mclass.kw_patterns, pat))
                return NULL;
            m->u.mclass.kw_attrs[m->u.mclass.nkw++] = attr;
            continue;
        }
        if (m->u.mclass.nkw) {
            lower_error(L, k->node, "positional patterns follow keyword patterns");
            return NULL;
        }
        if (!lower_push(L, &m->u.mclass.patterns, pattern(L, k->node)))
            return NULL;
    }
    return m;
}

/* case_pattern and the node kinds that stand for patterns inside one. */
static Node *pattern_of(Lowerer *L, TSNode n) {
    const char *t = ts_node_type(n);
    if (!strcmp(t, "case_pattern")) {
        Kids ks;
        if (!lower_kids(L, n, &ks))
            return NULL;
        if (ks.n == 0)
            return lower_error(L, n, "invalid syntax");
        if (ks.n == 2 && lower_kid_is(&ks.k[0], "-"))
            return match_value(L, n, negative(L, ks.k[0].node, ks.k[1].node));
        if (ks.n == 1 && lower_kid_is(&ks.k[0], "_"))
            return match_as(L, n, NULL, (TSNode){0});
        return pattern(L, ks.k[0].node);
    }
    if (!strcmp(t, "dotted_name")) {
        if (lower_named_count(n) == 1) {
            TSNode id = lower_named_child(n, 0);
            size_t len;
            const char *p = lower_src(L, id, &len);
            if (len == 1 && *p == '_')
                return match_as(L, n, NULL, (TSNode){0});
            return match_as(L, n, NULL, id);
        }
        return match_value(L, n, value_expr(L, n));
    }
    if (!strcmp(t, "as_pattern")) {
        TSNode inner = lower_named_child(n, 0), first = lower_named_child(inner, 0);
        /* `p as a as b`: Python's grammar takes no second `as` without parentheses */
        if (!ts_node_is_null(first) && lower_is(first, "as_pattern"))
            for (uint32_t i = 0; i < ts_node_child_count(n); i++)
                if (lower_is(ts_node_child(n, i), "as"))
                    return lower_error(L, ts_node_child(n, i), "invalid syntax");
        return as_capture(L, n, inner, pattern(L, inner));
    }
    if (!strcmp(t, "splat_pattern")) {
        Node *m = lower_new(L, N_MatchStar, n);
        TSNode name = lower_named_child(n, 0);
        if (m && !ts_node_is_null(name) && !(m->u.mas.target = capture(L, name)))
            return NULL;
        return m;
    }
    if (!strcmp(t, "list_pattern"))
        return sequence(L, n);
    if (!strcmp(t, "tuple_pattern")) {
        /* (p) is p in parentheses; (p,) a sequence */
        bool comma = false;
        for (uint32_t i = 0; i < ts_node_child_count(n); i++)
            comma |= lower_is(ts_node_child(n, i), ",");
        if (!comma && lower_named_count(n) == 1)
            return pattern(L, lower_named_child(n, 0));
        return sequence(L, n);
    }
    if (!strcmp(t, "union_pattern"))
        return union_pattern(L, n);
    if (!strcmp(t, "dict_pattern"))
        return mapping(L, n);
    if (!strcmp(t, "class_pattern"))
        return class_pattern(L, n);
    if (is_singleton(n)) {
        Node *m = lower_new(L, N_MatchSingleton, n);
        if (m && !(m->u.mvalue.value = lower_expr(L, n)))
            return NULL;
        return m;
    }
    if (!strcmp(t, "_"))
        return match_as(L, n, NULL, (TSNode){0});
    if (!strcmp(t, "keyword_pattern"))
        return lower_error(L, n, "invalid syntax");
    return match_value(L, n, value_expr(L, n));
}

static Node *pattern(Lowerer *L, TSNode n) {
    if (!lower_enter(L, n))
        return NULL;
    Node *p = pattern_of(L, n);
    lower_leave(L);
    return p;
}

Node *lower_pattern(Lowerer *L, TSNode n) {
    return pattern(L, n);
}
