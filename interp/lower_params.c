/* Parameter lists of def and lambda: positional-only (before /), ordinary, *args, keyword-only
 * (after * or *args), **kwargs, defaults and annotations, with CPython's messages for the
 * orders the grammar refuses (tree-sitter accepts any order). */
#include "lower_int.h"

typedef struct Params {
    Node *a;                 /* the Arguments node */
    bool lambda;
    bool slash, star, kwarg, defaults;
    bool bare_star;          /* the last star was a bare `*` with no keyword-only after yet */
    TSNode bare_at;
} Params;

/* An Arg for a name with an optional annotation; the range covers both. */
static Node *make_arg(Lowerer *L, TSNode name, TSNode type) {
    Node *a = lower_new_span(L, N_Arg, name, ts_node_is_null(type) ? name : type);
    if (!a || !(a->u.arg.name = lower_name(L, name)))
        return NULL;
    if (!ts_node_is_null(type) && !(a->u.arg.annotation = lower_type(L, type)))
        return NULL;
    return a;
}

/* The name of a splat pattern (*args / **kw). */
static TSNode splat_name(TSNode n) {
    return lower_named_child(n, 0);
}

static bool positional(Lowerer *L, Params *p, TSNode at, Node *arg, Node *dflt) {
    if (p->kwarg) {
        lower_error(L, at, "arguments cannot follow var-keyword argument");
        return false;
    }
    if (p->star) {
        p->bare_star = false;
        return lower_push(L, &p->a->u.arguments.kwonly, arg) &&
               ast_list_push(L->vm, &p->a->u.arguments.kw_defaults, dflt);
    }
    if (dflt) {
        p->defaults = true;
        if (!lower_push(L, &p->a->u.arguments.defaults, dflt))
            return false;
    } else if (p->defaults) {
        lower_error(L, at, "non-default argument follows default argument");
        return false;
    }
    return lower_push(L, &p->a->u.arguments.args, arg);
}

static bool star(Lowerer *L, Params *p, TSNode at) {
    if (p->kwarg) {
        lower_error(L, at, "arguments cannot follow var-keyword argument");
        return false;
    }
    if (p->star) {
        lower_error(L, at, "* argument may appear only once");
        return false;
    }
    p->star = true;
    return true;
}

static bool param(Lowerer *L, Params *p, TSNode n) {
    const char *t = ts_node_type(n);
    if (!strcmp(t, "identifier"))
        return positional(L, p, n, make_arg(L, n, (TSNode){0}), NULL);
    if (!strcmp(t, "default_parameter") || !strcmp(t, "typed_default_parameter")) {
        TSNode name = lower_field(n, "name");
        if (!lower_is(name, "identifier")) {
            lower_error(L, name, "invalid syntax");
            return false;
        }
        Node *arg = make_arg(L, name, lower_field(n, "type"));
        Node *dflt = arg ? lower_expr(L, lower_field(n, "value")) : NULL;
        return dflt && positional(L, p, name, arg, dflt);
    }
    if (!strcmp(t, "keyword_separator")) {
        if (!star(L, p, n))
            return false;
        p->bare_star = true;
        p->bare_at = n;
        return true;
    }
    if (!strcmp(t, "positional_separator")) {
        if (p->star || p->kwarg) {
            lower_error(L, n, "/ must be ahead of *");
            return false;
        }
        if (p->slash) {
            lower_error(L, n, "/ may appear only once");
            return false;
        }
        if (!p->a->u.arguments.args.n) {
            lower_error(L, n, "at least one argument must precede /");
            return false;
        }
        p->slash = true;
        p->a->u.arguments.posonly = p->a->u.arguments.args;
        p->a->u.arguments.args = (NodeList){0};
        return true;
    }
    TSNode type = {0};
    if (!strcmp(t, "typed_parameter")) {
        type = lower_field(n, "type");
        n = lower_named_child(n, 0);
        t = ts_node_type(n);
        if (!strcmp(t, "identifier"))
            return positional(L, p, n, make_arg(L, n, type), NULL);
    }
    if (!strcmp(t, "list_splat_pattern")) {
        if (!star(L, p, n))
            return false;
        TSNode name = splat_name(n);
        return (p->a->u.arguments.vararg = make_arg(L, name, type)) != NULL;
    }
    if (!strcmp(t, "dictionary_splat_pattern")) {
        if (p->kwarg) {
            lower_error(L, n, "arguments cannot follow var-keyword argument");
            return false;
        }
        if (p->bare_star) {
            lower_error(L, p->bare_at, "named arguments must follow bare *");
            return false;
        }
        p->kwarg = true;
        TSNode name = splat_name(n);
        return (p->a->u.arguments.kwarg = make_arg(L, name, type)) != NULL;
    }
    if (!strcmp(t, "tuple_pattern") || !strcmp(t, "list_pattern")) /* Python 2's def f((a, b)) */
        lower_error(L, n, p->lambda ? "Lambda expression parameters cannot be parenthesized"
                                    : "Function parameters cannot be parenthesized");
    else
        lower_error(L, n, "invalid syntax");
    return false;
}

Node *lower_parameters(Lowerer *L, TSNode params, bool lambda) {
    Params p = {.a = ast_new(L->vm, N_Arguments, 0, 0, 0, 0), .lambda = lambda};
    if (!p.a)
        return NULL;
    if (ts_node_is_null(params))
        return p.a;
    Kids ks;
    if (!lower_kids(L, params, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].named && !param(L, &p, ks.k[i].node))
            return NULL;
    if (p.bare_star)
        return lower_error(L, p.bare_at, "named arguments must follow bare *");
    return p.a;
}
