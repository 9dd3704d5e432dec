/* Compound statements: if, while, for, try, with, match, def, class, decorators.
 *
 * A compound statement ends where the last statement of its last block ends (CPython's
 * end position), which tree-sitter's range does not always say: it may take in trailing
 * comments.  So ends are taken from the lowered statements. */
#include "lower_int.h"

/* The end of a statement list's last statement, onto n. */
static void end_at(Node *n, const NodeList *l) {
    if (l->n) {
        Node *last = l->items[l->n - 1];
        n->end_line = last->end_line;
        n->end_col = last->end_col;
    }
}

static bool has_async(Lowerer *L, TSNode n) {
    return ts_node_child_count(n) > 0 && lower_is(ts_node_child(n, 0), "async");
}

/* The docstring of a body: its first statement when that is a plain string constant. */
Value lower_docstring(const NodeList *body) {
    if (!body->n || body->items[0]->kind != N_Expr)
        return NULL;
    Node *v = body->items[0]->u.ret.value;
    return v->kind == N_Const && IS_STR(v->u.constant.value) ? v->u.constant.value : NULL;
}

/* else_clause: 'else' ':' block */
static bool lower_else(Lowerer *L, TSNode clause, NodeList *out) {
    return lower_block(L, lower_field(clause, "body"), out);
}

/* ---- if / while / for ---- */

/* if_statement: the elif clauses become nested Ifs in orelse, each starting at its `elif`. */
static Node *lower_if(Lowerer *L, TSNode n) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    Node *top = lower_new(L, N_If, n);
    if (!top || !(top->u.while_.test = lower_expr_named(L, lower_field(n, "condition"))) ||
        !lower_block(L, lower_field(n, "consequence"), &top->u.while_.body))
        return NULL;
    Node *cur = top;
    size_t nelif = 0;
    bool seen_else = false;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (!k->field || strcmp(k->field, "alternative"))
            continue;
        if (seen_else)
            return lower_error(L, k->node, "invalid syntax");
        if (lower_kid_is(k, "else_clause")) {
            if (!lower_else(L, k->node, &cur->u.while_.orelse))
                return NULL;
            seen_else = true;
            continue;
        }
        /* each elif nests one level deeper in the AST */
        if (++nelif >= LOWER_MAX_DEPTH)
            return lower_error(L, k->node, "too many nested expressions");
        Node *e = lower_new(L, N_If, k->node);
        if (!e || !(e->u.while_.test = lower_expr_named(L, lower_field(k->node, "condition"))) ||
            !lower_block(L, lower_field(k->node, "consequence"), &e->u.while_.body) ||
            !lower_push(L, &cur->u.while_.orelse, e))
            return NULL;
        cur = e;
    }
    /* every If of the chain ends where the whole statement ends */
    end_at(cur, &cur->u.while_.body);
    end_at(cur, &cur->u.while_.orelse);
    for (Node *c = top; nelif-- > 0; c = c->u.while_.orelse.items[0]) {
        c->end_line = cur->end_line;
        c->end_col = cur->end_col;
    }
    return top;
}

static Node *lower_while(Lowerer *L, TSNode n) {
    Node *w = lower_new(L, N_While, n);
    if (!w || !(w->u.while_.test = lower_expr_named(L, lower_field(n, "condition"))) ||
        !lower_block(L, lower_field(n, "body"), &w->u.while_.body))
        return NULL;
    TSNode alt = lower_field(n, "alternative");
    if (!ts_node_is_null(alt) && !lower_else(L, alt, &w->u.while_.orelse))
        return NULL;
    end_at(w, &w->u.while_.body);
    end_at(w, &w->u.while_.orelse);
    return w;
}

static Node *lower_for(Lowerer *L, TSNode n) {
    Node *f = lower_new(L, N_For, n);
    if (!f)
        return NULL;
    if (has_async(L, n))
        f->flags |= NF_ASYNC;
    Node *t = lower_exprs(L, lower_field(n, "left"));
    if (!t || !lower_target(L, t, T_FOR))
        return NULL;
    f->u.for_.target = t;
    if (!(f->u.for_.iter = lower_exprs(L, lower_field(n, "right"))) ||
        !lower_block(L, lower_field(n, "body"), &f->u.for_.body))
        return NULL;
    TSNode alt = lower_field(n, "alternative");
    if (!ts_node_is_null(alt) && !lower_else(L, alt, &f->u.for_.orelse))
        return NULL;
    end_at(f, &f->u.for_.body);
    end_at(f, &f->u.for_.orelse);
    return f;
}

/* ---- try ---- */

/* except_clause: 'except' [type ['as' name]] ':' block */
static Node *lower_handler(Lowerer *L, TSNode n) {
    Node *h = lower_new(L, N_ExceptHandler, n);
    Kids ks;
    if (!h || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (lower_kid_is(&ks.k[i], ",")) /* Python 2's except A, e: */
            return lower_error(L, lower_field(n, "value"),
                               "multiple exception types must be parenthesized");
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "block")) {
            if (!lower_block(L, k->node, &h->u.handler.body))
                return NULL;
            continue;
        }
        if (!k->named)
            continue;
        TSNode type = k->node, alias = {0};
        if (lower_kid_is(k, "as_pattern")) {
            type = lower_named_child(k->node, 0);
            alias = lower_field(k->node, "alias");
        }
        if (k->field && !strcmp(k->field, "alias"))
            continue;
        if (lower_is(type, "expression_list"))
            return lower_error(L, type, "multiple exception types must be parenthesized");
        if (!(h->u.handler.type = lower_expr(L, type)))
            return NULL;
        if (ts_node_is_null(alias))
            alias = lower_field(n, "alias");
        if (!ts_node_is_null(alias)) {
            TSNode id = lower_is(alias, "as_pattern_target") ? lower_named_child(alias, 0)
                                                              : alias;
            if (!lower_is(id, "identifier"))
                return lower_error(L, id, "invalid syntax");
            if (!(h->u.handler.name = lower_name(L, id)) ||
                !(h->u.handler.target = lower_name_node(L, id, NF_STORE)))
                return NULL;
        }
    }
    end_at(h, &h->u.handler.body);
    return h;
}

static Node *lower_try(Lowerer *L, TSNode n) {
    Node *t = lower_new(L, N_Try, n);
    Kids ks;
    if (!t || !lower_kids(L, n, &ks) ||
        !lower_block(L, lower_field(n, "body"), &t->u.try_.body))
        return NULL;
    /* the clauses must come as: except..., else, finally */
    int stage = 0;
    Node *bare = NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "except_group_clause"))
            return lower_unsupported(L, k->node, "except*");
        if (lower_kid_is(k, "except_clause")) {
            if (stage > 0)
                return lower_error(L, k->node, "invalid syntax");
            if (bare)
                return lower_error_node(L, bare, "default 'except:' must be last");
            Node *h = lower_handler(L, k->node);
            if (!h || !lower_push(L, &t->u.try_.handlers, h))
                return NULL;
            if (!h->u.handler.type)
                bare = h;
        } else if (lower_kid_is(k, "else_clause")) {
            if (stage > 0 || !t->u.try_.handlers.n)
                return lower_error(L, k->node, "invalid syntax");
            if (!lower_else(L, k->node, &t->u.try_.orelse))
                return NULL;
            stage = 1;
        } else if (lower_kid_is(k, "finally_clause")) {
            if (stage > 1)
                return lower_error(L, k->node, "invalid syntax");
            Kids fs;
            if (!lower_kids(L, k->node, &fs))
                return NULL;
            for (uint32_t j = 0; j < fs.n; j++)
                if (lower_kid_is(&fs.k[j], "block") &&
                    !lower_block(L, fs.k[j].node, &t->u.try_.finalbody))
                    return NULL;
            stage = 2;
        }
    }
    if (!t->u.try_.handlers.n && !t->u.try_.finalbody.n)
        return lower_error(L, n, "expected 'except' or 'finally' block");
    end_at(t, &t->u.try_.body);
    if (t->u.try_.handlers.n) {
        Node *h = t->u.try_.handlers.items[t->u.try_.handlers.n - 1];
        t->end_line = h->end_line;
        t->end_col = h->end_col;
    }
    end_at(t, &t->u.try_.orelse);
    end_at(t, &t->u.try_.finalbody);
    return t;
}

/* ---- with ---- */

static Node *lower_withitem(Lowerer *L, TSNode value) {
    Node *w = lower_new(L, N_WithItem, value);
    if (!w)
        return NULL;
    if (lower_is(value, "as_pattern")) {
        TSNode alias = lower_field(value, "alias");
        if (!(w->u.withitem.context = lower_expr(L, lower_named_child(value, 0))))
            return NULL;
        TSNode target = lower_named_child(alias, 0);
        Node *t = lower_expr(L, target);
        if (!t || !lower_target(L, t, T_WITH))
            return NULL;
        w->u.withitem.vars = t;
        return w;
    }
    w->u.withitem.context = lower_expr(L, value);
    return w->u.withitem.context ? w : NULL;
}

/* `with (a, b):` is two items, as CPython's parenthesized form reads it; `with (a, *b):` and
 * `with ():` are one tuple. */
static bool split_tuple(TSNode value) {
    if (!lower_is(value, "tuple") || lower_named_count(value) == 0)
        return false;
    for (uint32_t i = 0; i < lower_named_count(value); i++) {
        const char *t = ts_node_type(lower_named_child(value, i));
        if (!strcmp(t, "list_splat") || !strcmp(t, "parenthesized_list_splat") ||
            !strcmp(t, "yield"))
            return false;
    }
    return true;
}

static Node *lower_with(Lowerer *L, TSNode n) {
    Node *w = lower_new(L, N_With, n);
    if (!w)
        return NULL;
    if (has_async(L, n))
        w->flags |= NF_ASYNC;
    TSNode clause = {0};
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (lower_kid_is(&ks.k[i], "with_clause"))
            clause = ks.k[i].node;
    Kids items;
    if (!lower_kids(L, clause, &items))
        return NULL;
    uint32_t nitems = 0;
    for (uint32_t i = 0; i < items.n; i++)
        nitems += lower_kid_is(&items.k[i], "with_item");
    for (uint32_t i = 0; i < items.n; i++) {
        if (!lower_kid_is(&items.k[i], "with_item"))
            continue;
        TSNode value = lower_field(items.k[i].node, "value");
        if (lower_is(value, "parenthesized_expression") &&
            lower_is(lower_named_child(value, 0), "as_pattern"))
            value = lower_named_child(value, 0);
        if (nitems == 1 && split_tuple(value)) {
            Kids es;
            if (!lower_kids(L, value, &es))
                return NULL;
            for (uint32_t j = 0; j < es.n; j++)
                if (es.k[j].named && !lower_push(L, &w->u.with.items,
                                                 lower_withitem(L, es.k[j].node)))
                    return NULL;
            continue;
        }
        if (!lower_push(L, &w->u.with.items, lower_withitem(L, value)))
            return NULL;
    }
    if (!lower_block(L, lower_field(n, "body"), &w->u.with.body))
        return NULL;
    end_at(w, &w->u.with.body);
    return w;
}

/* ---- match ---- */

static Node *lower_case(Lowerer *L, TSNode n) {
    Node *c = lower_new(L, N_MatchCase, n);
    Kids ks;
    if (!c || !lower_kids(L, n, &ks))
        return NULL;
    TSNode first = {0}, last = {0};
    uint32_t npat = 0;
    bool comma = false;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (lower_kid_is(&ks.k[i], "case_pattern")) {
            if (!npat++)
                first = ks.k[i].node;
            last = ks.k[i].node;
        } else if (lower_kid_is(&ks.k[i], ",") && npat) {
            comma = true;
            last = ks.k[i].node;
        }
    }
    if (!npat)
        return lower_error(L, n, "invalid syntax");
    if (npat == 1 && !comma) {
        if (!(c->u.matchcase.pattern = lower_pattern(L, first)))
            return NULL;
    } else {
        /* case a, b: an open sequence pattern */
        Node *seq = lower_new_span(L, N_MatchSequence, first, last);
        if (!seq)
            return NULL;
        for (uint32_t i = 0; i < ks.n; i++)
            if (lower_kid_is(&ks.k[i], "case_pattern") &&
                !lower_push(L, &seq->u.mseq.patterns, lower_pattern(L, ks.k[i].node)))
                return NULL;
        c->u.matchcase.pattern = seq;
    }
    TSNode guard = lower_field(n, "guard");
    if (!ts_node_is_null(guard) &&
        !(c->u.matchcase.guard = lower_expr_named(L, lower_named_child(guard, 0))))
        return NULL;
    if (!lower_block(L, lower_field(n, "consequence"), &c->u.matchcase.body))
        return NULL;
    return c;
}

static Node *lower_match(Lowerer *L, TSNode n) {
    Node *m = lower_new(L, N_Match, n);
    Kids ks;
    if (!m || !lower_kids(L, n, &ks))
        return NULL;
    /* the subject: one expression, or several making a tuple (`match x, y:`) */
    TSNode first = {0}, last = {0};
    uint32_t nsub = 0;
    bool comma = false;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (ks.k[i].field && !strcmp(ks.k[i].field, "subject")) {
            if (!nsub++)
                first = ks.k[i].node;
            last = ks.k[i].node;
        } else if (lower_kid_is(&ks.k[i], ",") && nsub) {
            comma = true;
            last = ks.k[i].node;
        }
    }
    if (!nsub)
        return lower_error(L, n, "invalid syntax");
    if (nsub == 1 && !comma) {
        if (!(m->u.match.subject = lower_expr_named(L, first)))
            return NULL;
    } else {
        Node *t = lower_new_span(L, N_Tuple, first, last);
        if (!t)
            return NULL;
        for (uint32_t i = 0; i < ks.n; i++)
            if (ks.k[i].field && !strcmp(ks.k[i].field, "subject") &&
                !lower_push(L, &t->u.seq.elts, lower_expr_named(L, ks.k[i].node)))
                return NULL;
        m->u.match.subject = t;
    }
    Kids cs;
    if (!lower_kids(L, lower_field(n, "body"), &cs))
        return NULL;
    for (uint32_t i = 0; i < cs.n; i++)
        if (lower_kid_is(&cs.k[i], "case_clause") &&
            !lower_push(L, &m->u.match.cases, lower_case(L, cs.k[i].node)))
            return NULL;
    if (!m->u.match.cases.n)
        return lower_error(L, n, "invalid syntax");
    Node *lc = m->u.match.cases.items[m->u.match.cases.n - 1];
    end_at(m, &lc->u.matchcase.body);
    return m;
}

/* ---- def / class ---- */

static Node *lower_funcdef(Lowerer *L, TSNode n, NodeList *decorators) {
    Node *f = lower_new(L, N_FunctionDef, n);
    if (!f)
        return NULL;
    if (has_async(L, n))
        f->flags |= NF_ASYNC;
    TSNode tparams = lower_field(n, "type_parameters");
    if (!ts_node_is_null(tparams)) /* PEP 695 generics are Python 3.12 */
        return lower_error(L, tparams, "expected '('");
    if (!(f->u.func.name = lower_name(L, lower_field(n, "name"))) ||
        !(f->u.func.args = lower_parameters(L, lower_field(n, "parameters"), false)))
        return NULL;
    TSNode ret = lower_field(n, "return_type");
    if (!ts_node_is_null(ret) && !(f->u.func.returns = lower_type(L, ret)))
        return NULL;
    if (!lower_block(L, lower_field(n, "body"), &f->u.func.body))
        return NULL;
    if (decorators)
        f->u.func.decorators = *decorators;
    f->u.func.doc = lower_docstring(&f->u.func.body);
    end_at(f, &f->u.func.body);
    return f;
}

static Node *lower_classdef(Lowerer *L, TSNode n, NodeList *decorators) {
    Node *c = lower_new(L, N_ClassDef, n);
    if (!c)
        return NULL;
    TSNode tparams = lower_field(n, "type_parameters");
    if (!ts_node_is_null(tparams))
        return lower_error(L, tparams, "invalid syntax");
    if (!(c->u.cls.name = lower_name(L, lower_field(n, "name"))))
        return NULL;
    TSNode sup = lower_field(n, "superclasses");
    if (!ts_node_is_null(sup) &&
        !lower_class_args(L, sup, &c->u.cls.bases, &c->u.cls.keywords))
        return NULL;
    if (!lower_block(L, lower_field(n, "body"), &c->u.cls.body))
        return NULL;
    if (decorators)
        c->u.cls.decorators = *decorators;
    c->u.cls.doc = lower_docstring(&c->u.cls.body);
    end_at(c, &c->u.cls.body);
    return c;
}

/* decorated_definition: the decorators go on the definition, which keeps its own range. */
static Node *lower_decorated(Lowerer *L, TSNode n) {
    Kids ks;
    NodeList decos = {0};
    if (!lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (lower_kid_is(&ks.k[i], "decorator") &&
            !lower_push(L, &decos, lower_expr_named(L, lower_named_child(ks.k[i].node, 0))))
            return NULL;
    TSNode def = lower_field(n, "definition");
    if (lower_is(def, "class_definition"))
        return lower_classdef(L, def, &decos);
    return lower_funcdef(L, def, &decos);
}

Node *lower_compound_stmt(Lowerer *L, TSNode n) {
    const char *t = ts_node_type(n);
    if (!strcmp(t, "if_statement"))
        return lower_if(L, n);
    if (!strcmp(t, "for_statement"))
        return lower_for(L, n);
    if (!strcmp(t, "while_statement"))
        return lower_while(L, n);
    if (!strcmp(t, "try_statement"))
        return lower_try(L, n);
    if (!strcmp(t, "with_statement"))
        return lower_with(L, n);
    if (!strcmp(t, "match_statement"))
        return lower_match(L, n);
    if (!strcmp(t, "function_definition"))
        return lower_funcdef(L, n, NULL);
    if (!strcmp(t, "class_definition"))
        return lower_classdef(L, n, NULL);
    if (!strcmp(t, "decorated_definition"))
        return lower_decorated(L, n);
    return NULL;
}
