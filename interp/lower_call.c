/* Comprehensions and argument lists (calls and class bases). */
#include "lower_int.h"

/* ---- comprehensions ---- */

/* for_in_clause: ['async'] 'for' targets 'in' iter */
static Node *lower_for_in(Lowerer *L, TSNode n, bool in_call) {
    Node *g = lower_new(L, N_Comprehension, n);
    Kids ks;
    if (!g || !lower_kids(L, n, &ks))
        return NULL;
    TSNode iter = {0};
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "async"))
            g->flags |= NF_ASYNC;
        if (!k->field || strcmp(k->field, "right"))
            continue;
        if (!ts_node_is_null(iter)) {
            /* `for x in a, b` is no comprehension: in a call, CPython reads a generator
             * followed by more arguments */
            if (in_call)
                return lower_error(L, iter, "Generator expression must be parenthesized");
            return lower_error(L, k->node, "invalid syntax");
        }
        iter = k->node;
    }
    Node *t = lower_exprs(L, lower_field(n, "left"));
    if (!t || !lower_target(L, t, T_COMP))
        return NULL;
    g->u.gen.target = t;
    g->u.gen.iter = lower_expr(L, iter);
    return g->u.gen.iter ? g : NULL;
}

static Node *lower_comp(Lowerer *L, TSNode n, NodeKind kind, bool in_call) {
    Node *c = lower_new(L, kind, n);
    Kids ks;
    if (!c || !lower_kids(L, n, &ks))
        return NULL;
    TSNode body = lower_field(n, "body");
    if (lower_is(body, "list_splat"))
        return lower_error(L, body, "iterable unpacking cannot be used in comprehension");
    if (kind == N_DictComp) {
        if (!lower_is(body, "pair"))
            return lower_error(L, body, "dict unpacking cannot be used in dict comprehension");
        if (!(c->u.comp.elt = lower_expr(L, lower_field(body, "key"))) ||
            !(c->u.comp.value = lower_expr(L, lower_field(body, "value"))))
            return NULL;
    } else if (!(c->u.comp.elt = lower_expr_named(L, body))) {
        return NULL;
    }
    Node *gen = NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "for_in_clause")) {
            if (!(gen = lower_for_in(L, k->node, in_call)) ||
                !lower_push(L, &c->u.comp.generators, gen))
                return NULL;
        } else if (lower_kid_is(k, "if_clause")) {
            /* the condition is a disjunction: no lambda or conditional */
            TSNode cond = lower_named_child(k->node, 0);
            TSNode past = lower_past_bitwise_or(cond, true);
            if (!ts_node_is_null(past))
                return lower_error(L, past, "invalid syntax");
            if (!gen || !lower_push(L, &gen->u.gen.ifs, lower_expr(L, cond)))
                return gen ? NULL : lower_error(L, k->node, "invalid syntax");
        }
    }
    return c;
}

Node *lower_comprehension(Lowerer *L, TSNode n, NodeKind kind) {
    return lower_comp(L, n, kind, false);
}

/* ---- arguments ---- */

static Node *lower_keyword(Lowerer *L, TSNode n) {
    Node *k = lower_new(L, N_Keyword, n);
    if (!k)
        return NULL;
    if (lower_is(n, "dictionary_splat")) {
        k->u.keyword.value = lower_expr(L, lower_named_child(n, 0));
        return k->u.keyword.value ? k : NULL;
    }
    if (!(k->u.keyword.arg = lower_name(L, lower_field(n, "name"))) ||
        !(k->u.keyword.value = lower_expr(L, lower_field(n, "value"))))
        return NULL;
    return k;
}

/* Positional arguments (Starred for *x) and keywords (arg NULL for **x), in CPython's order:
 * no positional after a keyword, no *x after **x. */
static bool lower_args(Lowerer *L, TSNode n, NodeList *args, NodeList *keywords) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return false;
    bool keyword = false, dstar = false;
    uint32_t nargs = 0;
    for (uint32_t i = 0; i < ks.n; i++)
        nargs += ks.k[i].named;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (!k->named)
            continue;
        if (lower_kid_is(k, "keyword_argument") || lower_kid_is(k, "dictionary_splat")) {
            keyword = true;
            dstar |= lower_kid_is(k, "dictionary_splat");
            if (!lower_push(L, keywords, lower_keyword(L, k->node)))
                return false;
            continue;
        }
        bool star = lower_kid_is(k, "list_splat");
        if (star && dstar) {
            lower_error(L, k->node, "iterable argument unpacking follows keyword argument "
                                    "unpacking");
            return false;
        }
        if (!star && keyword) {
            lower_error(L, k->node, dstar ? "positional argument follows keyword argument "
                                            "unpacking"
                                          : "positional argument follows keyword argument");
            return false;
        }
        Node *a;
        if (lower_kid_is(k, "generator_expression") && nargs > 1 &&
            !lower_is(ts_node_child(k->node, 0), "("))
            a = lower_error(L, k->node, "Generator expression must be parenthesized");
        else
            a = lower_expr_named(L, k->node);
        if (!lower_push(L, args, a))
            return false;
    }
    return true;
}

bool lower_call_args(Lowerer *L, TSNode args, Node *call) {
    if (lower_is(args, "generator_expression")) {
        /* f(x for x in y): the generator's range is the call's parentheses */
        return lower_push(L, &call->u.call.args, lower_comp(L, args, N_GeneratorExp, true));
    }
    return lower_args(L, args, &call->u.call.args, &call->u.call.keywords);
}

bool lower_class_args(Lowerer *L, TSNode args, NodeList *bases, NodeList *keywords) {
    if (lower_is(args, "generator_expression"))
        return lower_push(L, bases, lower_comp(L, args, N_GeneratorExp, true));
    return lower_args(L, args, bases, keywords);
}
