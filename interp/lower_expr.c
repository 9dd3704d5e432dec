/* Expressions: operators, displays, attribute/subscript/call chains, lambda, conditional,
 * named, await/yield, parentheses, and annotations (`type` nodes).
 *
 * Depth: every nested expression is one level of lower_enter, except where CPython's AST is
 * flat although the CST nests (`a or b or c`, chained comparisons), which are walked
 * iteratively so that long chains cost neither depth nor C stack. */
#include "lower_int.h"

static const struct { const char *tok; uint8_t op; } bin_ops[] = {
    {"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MUL}, {"@", OP_MATMUL}, {"/", OP_TRUEDIV},
    {"//", OP_FLOORDIV}, {"%", OP_MOD}, {"**", OP_POW}, {"<<", OP_LSHIFT}, {">>", OP_RSHIFT},
    {"&", OP_AND}, {"^", OP_XOR}, {"|", OP_OR},
};

static const struct { const char *tok; uint8_t op; } cmp_ops[] = {
    {"<", CMP_LT}, {"<=", CMP_LE}, {"==", CMP_EQ}, {"!=", CMP_NE}, {">", CMP_GT},
    {">=", CMP_GE}, {"is", CMP_IS}, {"is not", CMP_IS_NOT}, {"in", CMP_IN},
    {"not in", CMP_NOT_IN},
};

static Node *new_const(Lowerer *L, TSNode n, Value v) {
    Node *c = lower_new(L, N_Const, n);
    if (c)
        c->u.constant.value = v;
    return c;
}

/* ---- operators ---- */

static int xor_and_op(TSNode n) {
    if (!lower_is(n, "binary_operator"))
        return -1;
    const char *tok = ts_node_type(lower_field(n, "operator"));
    return !strcmp(tok, "^") ? OP_XOR : !strcmp(tok, "&") ? OP_AND : -1;
}

static Node *new_binop(Lowerer *L, int op, Node *left, Node *right, TSNode first, TSNode last) {
    Node *b = left && right ? lower_new_span(L, N_BinOp, first, last) : NULL;
    if (b) {
        b->op = (uint8_t)op;
        b->u.bin.left = left;
        b->u.bin.right = right;
    }
    return b;
}

/* A run of ^ and & being regrouped: the ^ operands so far (acc), the & operands since the
 * last ^ (group), the operator before the next operand, and the operands that bound the
 * spans. */
typedef struct {
    Node *acc, *group;
    int pending;
    TSNode first, group_first, last;
} XorAnd;

/* nested: n is below the run's root, which lower_expr has already counted in the depth */
static bool xor_and_walk(Lowerer *L, TSNode n, XorAnd *g, bool nested) {
    int op = xor_and_op(n);
    if (op < 0) {
        Node *v = lower_expr(L, n);
        if (g->pending == OP_AND) {
            g->group = new_binop(L, OP_AND, g->group, v, g->group_first, n);
        } else {
            if (!g->acc && g->pending < 0)
                g->first = n;
            g->group = v;
            g->group_first = n;
        }
        g->last = n;
        return g->group != NULL;
    }
    if (nested && !lower_enter(L, n))
        return false;
    bool ok = xor_and_walk(L, lower_field(n, "left"), g, true);
    if (ok && op == OP_XOR) {
        g->acc = g->acc ? new_binop(L, OP_XOR, g->acc, g->group, g->first, g->last) : g->group;
        ok = g->acc != NULL;
    }
    g->pending = op;
    ok = ok && xor_and_walk(L, lower_field(n, "right"), g, true);
    if (nested)
        lower_leave(L);
    return ok;
}

/* tree-sitter-python ranks ^ above & while Python binds & tighter (`a ^ b & c` is
 * a ^ (b & c)), so a run of ^ and & without parentheses is read in source order and
 * regrouped, both operators associating to the left. */
static Node *lower_xor_and(Lowerer *L, TSNode n) {
    XorAnd g = {.pending = -1};
    if (!xor_and_walk(L, n, &g, false))
        return NULL;
    return g.acc ? new_binop(L, OP_XOR, g.acc, g.group, g.first, g.last) : g.group;
}

static Node *lower_binop(Lowerer *L, TSNode n) {
    if (xor_and_op(n) >= 0)
        return lower_xor_and(L, n);
    Node *b = lower_new(L, N_BinOp, n);
    if (!b)
        return NULL;
    const char *tok = ts_node_type(lower_field(n, "operator"));
    for (size_t i = 0; i < sizeof bin_ops / sizeof *bin_ops; i++)
        if (!strcmp(tok, bin_ops[i].tok))
            b->op = bin_ops[i].op;
    if (!(b->u.bin.left = lower_expr(L, lower_field(n, "left"))) ||
        !(b->u.bin.right = lower_expr(L, lower_field(n, "right"))))
        return NULL;
    return b;
}

static Node *lower_unary(Lowerer *L, TSNode n, bool not_) {
    Node *u = lower_new(L, N_UnaryOp, n);
    if (!u)
        return NULL;
    if (not_) {
        u->op = UOP_NOT;
    } else {
        const char *tok = ts_node_type(lower_field(n, "operator"));
        u->op = *tok == '-' ? UOP_NEG : *tok == '+' ? UOP_POS : UOP_INVERT;
    }
    u->u.unary.operand = lower_expr(L, lower_field(n, "argument"));
    return u->u.unary.operand ? u : NULL;
}

/* a and b and c: one BoolOp over the left-nested CST chain of the same operator. */
static Node *lower_boolop(Lowerer *L, TSNode n) {
    Node *b = lower_new(L, N_BoolOp, n);
    if (!b)
        return NULL;
    const char *op = ts_node_type(lower_field(n, "operator"));
    b->op = !strcmp(op, "and") ? BOOL_AND : BOOL_OR;
    /* walk down the left spine, keeping the right operands (in reverse) */
    size_t cap = 8, count = 0;
    TSNode *rights = gc_alloc_atomic(L->vm, cap * sizeof(TSNode));
    TSNode cur = n;
    for (;;) {
        if (!rights)
            return NULL;
        if (count == cap) {
            cap *= 2;
            rights = gc_realloc(L->vm, rights, cap * sizeof(TSNode), true);
            continue;
        }
        rights[count++] = lower_field(cur, "right");
        TSNode left = lower_field(cur, "left");
        if (lower_is(left, "boolean_operator") &&
            !strcmp(ts_node_type(lower_field(left, "operator")), op)) {
            cur = left;
            continue;
        }
        if (!lower_push(L, &b->u.boolop.values, lower_expr(L, left)))
            return NULL;
        break;
    }
    while (count > 0)
        if (!lower_push(L, &b->u.boolop.values, lower_expr(L, rights[--count])))
            return NULL;
    return b;
}

static Node *lower_compare(Lowerer *L, TSNode n) {
    Node *c = lower_new(L, N_Compare, n);
    Kids ks;
    if (!c || !lower_kids(L, n, &ks))
        return NULL;
    c->u.cmp.ops = gc_alloc_atomic(L->vm, ks.n ? ks.n : 1);
    if (!c->u.cmp.ops)
        return NULL;
    size_t nops = 0;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (k->field && !strcmp(k->field, "operators")) {
            if (lower_kid_is(k, "<>")) /* only with `from __future__ import barry_as_FLUFL` */
                return lower_error(L, k->node, "invalid syntax");
            for (size_t j = 0; j < sizeof cmp_ops / sizeof *cmp_ops; j++)
                if (lower_kid_is(k, cmp_ops[j].tok))
                    c->u.cmp.ops[nops++] = cmp_ops[j].op;
            continue;
        }
        if (!k->named)
            continue;
        Node *e = lower_expr(L, k->node);
        if (!e)
            return NULL;
        if (!c->u.cmp.left)
            c->u.cmp.left = e;
        else if (!lower_push(L, &c->u.cmp.comparators, e))
            return NULL;
    }
    if (nops != c->u.cmp.comparators.n)
        return lower_error(L, n, "invalid syntax");
    return c;
}

/* ---- primaries ---- */

static Node *lower_attribute(Lowerer *L, TSNode n) {
    Node *a = lower_new(L, N_Attribute, n);
    if (!a || !(a->u.attr.value = lower_expr(L, lower_field(n, "object"))))
        return NULL;
    TSNode attr = lower_field(n, "attribute");
    if (!lower_is(attr, "identifier"))
        return lower_error(L, attr, "invalid syntax");
    a->u.attr.attr = lower_name(L, attr);
    return a->u.attr.attr ? a : NULL;
}

/* slice: [lower] ':' [upper] [':' [step]] */
static Node *lower_slice(Lowerer *L, TSNode n) {
    Node *s = lower_new(L, N_Slice, n);
    Kids ks;
    if (!s || !lower_kids(L, n, &ks))
        return NULL;
    int part = 0;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (lower_kid_is(&ks.k[i], ":")) {
            part++;
            continue;
        }
        if (!ks.k[i].named)
            continue;
        Node *e = lower_expr(L, ks.k[i].node);
        if (!e)
            return NULL;
        if (part == 0)
            s->u.slice.lower = e;
        else if (part == 1)
            s->u.slice.upper = e;
        else
            s->u.slice.step = e;
    }
    return s;
}

static Node *lower_index_item(Lowerer *L, TSNode n) {
    return lower_is(n, "slice") ? lower_slice(L, n) : lower_expr_named(L, n);
}

/* subscript: value '[' items ']': several items, a trailing comma or a starred item make a
 * Tuple spanning the items without the brackets. */
static Node *lower_subscript(Lowerer *L, TSNode n) {
    Node *s = lower_new(L, N_Subscript, n);
    Kids ks;
    if (!s || !lower_kids(L, n, &ks) || !(s->u.sub.value = lower_expr(L, lower_field(n, "value"))))
        return NULL;
    uint32_t first = 0, last = 0, count = 0;
    bool comma = false;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (ks.k[i].field && !strcmp(ks.k[i].field, "subscript")) {
            if (!count++)
                first = i;
            last = i;
        } else if (count && lower_kid_is(&ks.k[i], ",")) {
            comma = true;
            last = i;
        }
    }
    if (!count)
        return lower_error(L, n, "invalid syntax");
    if (count == 1 && !comma && !lower_is(ks.k[first].node, "list_splat")) {
        s->u.sub.slice = lower_index_item(L, ks.k[first].node);
        return s->u.sub.slice ? s : NULL;
    }
    Node *t = lower_new_span(L, N_Tuple, ks.k[first].node, ks.k[last].node);
    if (!t)
        return NULL;
    for (uint32_t i = first; i <= last; i++)
        if (ks.k[i].field && !strcmp(ks.k[i].field, "subscript") &&
            !lower_push(L, &t->u.seq.elts, lower_index_item(L, ks.k[i].node)))
            return NULL;
    s->u.sub.slice = t;
    return s;
}

static Node *lower_call(Lowerer *L, TSNode n) {
    Node *c = lower_new(L, N_Call, n);
    if (!c || !(c->u.call.func = lower_expr(L, lower_field(n, "function"))))
        return NULL;
    return lower_call_args(L, lower_field(n, "arguments"), c) ? c : NULL;
}

/* ---- displays ---- */

/* ---- starred items ---- */

/* The operand field of a postfix node (call, attribute, subscript) or the left operand of a
 * binary operator, or a null node. */
static TSNode postfix_base(TSNode n) {
    const char *t = ts_node_type(n);
    const char *field = !strcmp(t, "call")              ? "function"
                        : !strcmp(t, "attribute")       ? "object"
                        : !strcmp(t, "subscript")       ? "value"
                        : !strcmp(t, "binary_operator") ? "left"
                                                        : NULL;
    return field ? ts_node_child_by_field_name(n, field, (uint32_t)strlen(field)) : (TSNode){0};
}

/* tree-sitter-python reads `*f(x)`, `*a.b`, `*a[i]` and `*a + b` as a postfix chain or an
 * operation on `*f` when the starred item stands alone in a display or begins an expression
 * list (`[*f(x)]`, `x = *f(x), 1`); in Python the star takes the whole chain.  A list_splat at the base of a
 * chain is that misreading: the chain's outermost node lowers to Starred(chain), the splat
 * itself to its operand. */
static bool splat_based(TSNode n) {
    for (TSNode b = postfix_base(n); !ts_node_is_null(b); b = postfix_base(b))
        if (lower_is(b, "list_splat"))
            return true;
    return false;
}

static bool splat_chain_top(TSNode n) {
    TSNode parent = ts_node_parent(n);
    return ts_node_is_null(parent) || !ts_node_eq(postfix_base(parent), n);
}

/* Moves the start of e and its spine's nodes that start at the star past it (CPython's
 * ranges for the chain inside a Starred). */
static void unstar_spine(Node *e, int line, int col, int to_line, int to_col) {
    while (e && e->line == line && e->col == col) {
        e->line = to_line;
        e->col = to_col;
        e = e->kind == N_Call        ? e->u.call.func
            : e->kind == N_Attribute ? e->u.attr.value
            : e->kind == N_Subscript ? e->u.sub.value
            : e->kind == N_BinOp     ? e->u.bin.left
                                     : NULL;
    }
}

static Node *lower_starred_chain(Lowerer *L, TSNode n, Node *(*lower)(Lowerer *, TSNode)) {
    Node *s = lower_new(L, N_Starred, n), *e = lower(L, n);
    if (!s || !e)
        return NULL;
    TSNode b = n;
    while (!lower_is(b, "list_splat"))
        b = postfix_base(b);
    int line, col;
    lower_point(L, ts_node_start_point(lower_named_child(b, 0)), &line, &col);
    unstar_spine(e, s->line, s->col, line, col);
    s->u.ret.value = e;
    return s;
}

static Node *lower_postfix(Lowerer *L, TSNode n, Node *(*lower)(Lowerer *, TSNode)) {
    return splat_based(n) && splat_chain_top(n) ? lower_starred_chain(L, n, lower) : lower(L, n);
}

/* Where e goes beyond what Python's grammar allows after `*` in a display, after `**` in a
 * dict display, or as a comprehension's condition (a bitwise_or, resp. a disjunction): the
 * first keyword or operator of a lower precedence, which CPython's parser points at; a null
 * node when e is within it. */
TSNode lower_past_bitwise_or(TSNode e, bool allow_boolean) {
    const char *t = ts_node_type(e);
    if (!strcmp(t, "lambda") || !strcmp(t, "not_operator"))
        return allow_boolean && t[0] == 'n' ? (TSNode){0} : ts_node_child(e, 0);
    bool boolean = !strcmp(t, "boolean_operator"), cmp = !strcmp(t, "comparison_operator");
    if (!boolean && !cmp && strcmp(t, "conditional_expression"))
        return (TSNode){0};
    TSNode left = lower_named_child(e, 0), inner = lower_past_bitwise_or(left, allow_boolean);
    if (!ts_node_is_null(inner))
        return inner;
    if (allow_boolean && (boolean || cmp))
        return lower_past_bitwise_or(lower_named_child(e, 1), true);
    return ts_node_next_sibling(left);   /* the operator, or the conditional's `if` */
}

static Node *lower_starred(Lowerer *L, TSNode n) {
    if (lower_is(lower_named_child(n, 0), "list_splat")) /* `**a` where it is no mapping */
        return lower_error(L, n, "invalid syntax");
    TSNode parent = ts_node_parent(n);
    if (!ts_node_is_null(parent) && ts_node_eq(postfix_base(parent), n))
        return lower_expr(L, lower_named_child(n, 0));
    /* a call's `*` takes any expression, a display's only a bitwise_or */
    TSNode past = lower_past_bitwise_or(lower_named_child(n, 0), false);
    if (!ts_node_is_null(past) && !lower_is(parent, "argument_list"))
        return lower_error(L, past, "invalid syntax");
    Node *s = lower_new(L, N_Starred, n);
    if (!s || !(s->u.ret.value = lower_expr(L, lower_named_child(n, 0))))
        return NULL;
    return s;
}

bool lower_elts(Lowerer *L, TSNode n, NodeList *out) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return false;
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].named && !lower_push(L, out, lower_expr_named(L, ks.k[i].node)))
            return false;
    return true;
}

static bool has_comma(Lowerer *L, TSNode n, bool *out) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return false;
    *out = false;
    for (uint32_t i = 0; i < ks.n; i++)
        *out |= lower_kid_is(&ks.k[i], ",");
    return true;
}

/* `(*a)` and `(**a)`: tree-sitter reads a tuple of one starred item (of a starred item) */
static void *lone_starred(Lowerer *L, TSNode star) {
    TSNode inner = lower_named_child(star, 0);
    if (lower_is(inner, "list_splat") && ts_node_end_byte(ts_node_child(star, 0)) ==
                                             ts_node_start_byte(inner))
        return lower_error(L, star, "cannot use double starred expression here");
    return lower_error(L, star, "cannot use starred expression here");
}

/* A sequence display or target: list, tuple, set, and the pattern forms of the CST. */
static Node *lower_seq(Lowerer *L, TSNode n, NodeKind kind) {
    if (kind == N_Tuple && lower_named_count(n) == 1 &&
        lower_is(lower_named_child(n, 0), "list_splat")) {
        bool comma;
        if (!has_comma(L, n, &comma))
            return NULL;
        if (!comma)
            return lone_starred(L, lower_named_child(n, 0));
    }
    Node *s = lower_new(L, kind, n);
    if (!s || !lower_elts(L, n, &s->u.seq.elts))
        return NULL;
    return s;
}

static Node *lower_dict(Lowerer *L, TSNode n) {
    Node *d = lower_new(L, N_Dict, n);
    Kids ks;
    if (!d || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "pair")) {
            if (!lower_push(L, &d->u.dict.keys, lower_expr(L, lower_field(k->node, "key"))) ||
                !lower_push(L, &d->u.dict.values, lower_expr(L, lower_field(k->node, "value"))))
                return NULL;
        } else if (lower_kid_is(k, "dictionary_splat")) {
            /* a NULL key: **mapping, a bitwise_or */
            TSNode past = lower_past_bitwise_or(lower_named_child(k->node, 0), false);
            if (!ts_node_is_null(past))
                return lower_error(L, past, "invalid syntax");
            if (!ast_list_push(L->vm, &d->u.dict.keys, NULL) ||
                !lower_push(L, &d->u.dict.values, lower_expr(L, lower_named_child(k->node, 0))))
                return NULL;
        } else if (k->named) {
            return lower_error(L, k->node, "invalid syntax");
        }
    }
    return d;
}

/* A tuple_pattern/tuple_pattern written `(x)` is x in parentheses; with a comma a Tuple. */
static Node *lower_tuple_like(Lowerer *L, TSNode n) {
    bool comma;
    if (!has_comma(L, n, &comma))
        return NULL;
    if (!comma && lower_named_count(n) == 1) {
        Node *e = lower_expr(L, lower_named_child(n, 0));
        if (e)
            e->flags |= NF_PARENS;
        return e;
    }
    return lower_seq(L, n, N_Tuple);
}

/* (expr): the inner node, marked as parenthesized, keeps its own range as in CPython. */
static Node *lower_parens(Lowerer *L, TSNode n) {
    TSNode inner = lower_named_child(n, 0);
    if (lower_is(inner, "list_splat"))
        return lower_error(L, inner, "cannot use starred expression here");
    Node *e = lower_expr_named(L, inner);
    if (e)
        e->flags |= NF_PARENS;
    return e;
}

/* ---- lambda, conditional, named, await, yield ---- */

static Node *lower_lambda(Lowerer *L, TSNode n) {
    Node *f = lower_new(L, N_Lambda, n);
    if (!f || !(f->u.func.name = str_intern_c(L->vm, "<lambda>")) ||
        !(f->u.func.args = lower_parameters(L, lower_field(n, "parameters"), true)))
        return NULL;
    Node *body = lower_expr(L, lower_field(n, "body"));
    if (!body)
        return NULL;
    Node *r = ast_new(L->vm, N_Return, body->line, body->col, body->end_line, body->end_col);
    if (!r)
        return NULL;
    r->u.ret.value = body;
    return lower_push(L, &f->u.func.body, r) ? f : NULL;
}

/* conditional_expression: body 'if' test 'else' orelse */
/* conditional_expression n, whose body is `body` (its first named child, or the value of the
 * walrus tree-sitter made that child, see lower_expr_named); the node spans from body on. */
static Node *ifexp_from(Lowerer *L, TSNode n, TSNode body) {
    Node *e = lower_new_span(L, N_IfExp, body, n);
    if (!e || lower_named_count(n) != 3)
        return e ? lower_error(L, n, "expected 'else' after 'if' expression") : NULL;
    /* tree-sitter takes any expression as the test; Python's grammar only a disjunction, so
     * CPython reads `a if b if c else d else e` as `a if b` missing its else, and refuses a
     * lambda there at the keyword */
    TSNode test = lower_named_child(n, 1);
    if (!strcmp(ts_node_type(test), "lambda"))
        return lower_error(L, ts_node_child(test, 0), "invalid syntax");
    if (!strcmp(ts_node_type(test), "conditional_expression")) {
        int line, col, end_line, end_col;
        lower_point(L, ts_node_start_point(body), &line, &col);
        lower_point(L, ts_node_end_point(lower_named_child(test, 0)), &end_line, &end_col);
        return lower_error_at(L, &Exc_SyntaxError, line, col, end_line, end_col,
                              "expected 'else' after 'if' expression");
    }
    if (!(e->u.ifexp.body = lower_expr(L, body)) || !(e->u.ifexp.test = lower_expr(L, test)) ||
        !(e->u.ifexp.orelse = lower_expr(L, lower_named_child(n, 2))))
        return NULL;
    return e;
}

static Node *lower_ifexp(Lowerer *L, TSNode n) {
    return ifexp_from(L, n, lower_named_child(n, 0));
}

static Node *lower_named(Lowerer *L, TSNode n) {
    Node *e = lower_new(L, N_NamedExpr, n);
    if (!e || !(e->u.named.target = lower_name_node(L, lower_field(n, "name"), NF_STORE)) ||
        !(e->u.named.value = lower_expr(L, lower_field(n, "value"))))
        return NULL;
    return e;
}

/* await primary.  tree-sitter takes any primary_expression after `await`, including unary
 * operators and `**`, which Python binds differently: `await -x` is an error and
 * `await x ** y` is (await x) ** y. */
static Node *lower_await(Lowerer *L, TSNode n) {
    TSNode child = lower_named_child(n, 0);
    if (lower_is(child, "await") || lower_is(child, "unary_operator"))
        return lower_error(L, child, "invalid syntax");
    if (lower_is(child, "binary_operator") &&
        !strcmp(ts_node_type(lower_field(child, "operator")), "**")) {
        TSNode left = lower_field(child, "left");
        Node *b = lower_new(L, N_BinOp, n), *e = lower_new_span(L, N_Await, n, left);
        if (!b || !e || !(e->u.ret.value = lower_expr(L, left)) ||
            !(b->u.bin.right = lower_expr(L, lower_field(child, "right"))))
            return NULL;
        b->op = OP_POW;
        b->u.bin.left = e;
        return b;
    }
    Node *e = lower_new(L, N_Await, n);
    if (!e || !(e->u.ret.value = lower_expr(L, child)))
        return NULL;
    return e;
}

/* yield [from] [expressions] */
static Node *lower_yield(Lowerer *L, TSNode n) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    bool from = false;
    TSNode value = {0};
    for (uint32_t i = 0; i < ks.n; i++) {
        if (lower_kid_is(&ks.k[i], "from"))
            from = true;
        else if (ks.k[i].named)
            value = ks.k[i].node;
    }
    Node *y = lower_new(L, from ? N_YieldFrom : N_Yield, n);
    if (!y)
        return NULL;
    if (from && ts_node_is_null(value))
        return lower_error(L, n, "invalid syntax");
    if (!ts_node_is_null(value) && !(y->u.ret.value = lower_exprs(L, value)))
        return NULL;
    return y;
}

/* ---- annotations ---- */

static Node *lower_type_inner(Lowerer *L, TSNode n, bool in_brackets);

/* generic_type: name '[' types ']', a Subscript whose slice is one type or a Tuple. */
static Node *lower_generic(Lowerer *L, TSNode n) {
    Node *s = lower_new(L, N_Subscript, n);
    TSNode params = {0};
    Kids ks;
    if (!s || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (lower_kid_is(&ks.k[i], "type_parameter"))
            params = ks.k[i].node;
        else if (ks.k[i].named && !s->u.sub.value &&
                 !(s->u.sub.value = lower_type_inner(L, ks.k[i].node, false)))
            return NULL;
    }
    Kids ps;
    if (ts_node_is_null(params) || !lower_kids(L, params, &ps))
        return ts_node_is_null(params) ? lower_error(L, n, "invalid syntax") : NULL;
    uint32_t first = 0, last = 0, count = 0;
    bool comma = false;
    for (uint32_t i = 0; i < ps.n; i++) {
        if (ps.k[i].named) {
            if (!count++)
                first = i;
            last = i;
        } else if (count && lower_kid_is(&ps.k[i], ",")) {
            comma = true;
            last = i;
        }
    }
    if (!count)
        return lower_error(L, params, "invalid syntax");
    TSNode only = ps.k[first].node;
    if (lower_is(only, "type"))
        only = lower_named_child(only, 0);
    if (count == 1 && !comma && !lower_is(only, "splat_type")) {
        s->u.sub.slice = lower_type_inner(L, ps.k[first].node, true);
        return s->u.sub.slice ? s : NULL;
    }
    Node *t = lower_new_span(L, N_Tuple, ps.k[first].node, ps.k[last].node);
    if (!t)
        return NULL;
    for (uint32_t i = first; i <= last; i++)
        if (ps.k[i].named && !lower_push(L, &t->u.seq.elts, lower_type_inner(L, ps.k[i].node, true)))
            return NULL;
    s->u.sub.slice = t;
    return s;
}

/* The node kinds tree-sitter uses inside annotations (Python 3.12 type syntax), read back
 * as the expressions they are in 3.11. */
static Node *lower_type_inner(Lowerer *L, TSNode n, bool in_brackets) {
    if (!lower_enter(L, n))
        return NULL;
    Node *r = NULL;
    const char *t = ts_node_type(n);
    if (!strcmp(t, "type")) {
        r = lower_type_inner(L, lower_named_child(n, 0), in_brackets);
    } else if (!strcmp(t, "generic_type")) {
        r = lower_generic(L, n);
    } else if (!strcmp(t, "splat_type")) {
        if ((r = lower_new(L, N_Starred, n)) &&
            !(r->u.ret.value = lower_type_inner(L, lower_named_child(n, 0), false)))
            r = NULL;
    } else if (!strcmp(t, "union_type")) {
        if ((r = lower_new(L, N_BinOp, n))) {
            r->op = OP_OR;
            if (!(r->u.bin.left = lower_type_inner(L, lower_named_child(n, 0), false)) ||
                !(r->u.bin.right = lower_type_inner(L, lower_named_child(n, 1), false)))
                r = NULL;
        }
    } else if (!strcmp(t, "member_type")) {
        if ((r = lower_new(L, N_Attribute, n))) {
            TSNode obj = lower_named_child(n, 0), attr = lower_named_child(n, 1);
            if (!(r->u.attr.value = lower_type_inner(L, obj, false)) ||
                !(r->u.attr.attr = lower_name(L, attr)))
                r = NULL;
        }
    } else if (!strcmp(t, "constrained_type")) {
        /* x[a:b] in an annotation */
        if (!in_brackets)
            lower_error(L, n, "invalid syntax");
        else if ((r = lower_new(L, N_Slice, n)) &&
                 (!(r->u.slice.lower = lower_type_inner(L, lower_named_child(n, 0), false)) ||
                  !(r->u.slice.upper = lower_type_inner(L, lower_named_child(n, 1), false))))
            r = NULL;
    } else {
        r = lower_expr(L, n);
    }
    lower_leave(L);
    return r;
}

Node *lower_type(Lowerer *L, TSNode n) {
    return lower_type_inner(L, n, false);
}

/* ---- dispatch ---- */

static Node *lower_keyword_const(Lowerer *L, TSNode n, const char *t) {
    if (!strcmp(t, "true"))
        return new_const(L, n, TRUE_V);
    if (!strcmp(t, "false"))
        return new_const(L, n, FALSE_V);
    if (!strcmp(t, "none"))
        return new_const(L, n, NONE);
    return new_const(L, n, ELLIPSIS);
}

static Node *dispatch(Lowerer *L, TSNode n) {
    const char *t = ts_node_type(n);
    switch (t[0]) {
    case 'a':
        if (!strcmp(t, "attribute"))
            return lower_postfix(L, n, lower_attribute);
        if (!strcmp(t, "await"))
            return lower_await(L, n);
        if (!strcmp(t, "as_pattern_target"))
            return lower_expr(L, lower_named_child(n, 0));
        break;
    case 'b':
        if (!strcmp(t, "binary_operator"))
            return lower_postfix(L, n, lower_binop);
        if (!strcmp(t, "boolean_operator"))
            return lower_boolop(L, n);
        break;
    case 'c':
        if (!strcmp(t, "call"))
            return lower_postfix(L, n, lower_call);
        if (!strcmp(t, "comparison_operator"))
            return lower_compare(L, n);
        if (!strcmp(t, "conditional_expression"))
            return lower_ifexp(L, n);
        if (!strcmp(t, "concatenated_string"))
            return lower_string(L, n);
        break;
    case 'd':
        if (!strcmp(t, "dictionary"))
            return lower_dict(L, n);
        if (!strcmp(t, "dictionary_comprehension"))
            return lower_comprehension(L, n, N_DictComp);
        break;
    case 'e':
        if (!strcmp(t, "ellipsis"))
            return lower_keyword_const(L, n, t);
        if (!strcmp(t, "expression_list"))
            return lower_exprs(L, n);
        break;
    case 'f':
        if (!strcmp(t, "false") || !strcmp(t, "float"))
            return t[1] == 'a' ? lower_keyword_const(L, n, t) : lower_number(L, n);
        break;
    case 'g':
        if (!strcmp(t, "generator_expression"))
            return lower_comprehension(L, n, N_GeneratorExp);
        break;
    case 'i':
        if (!strcmp(t, "identifier"))
            return lower_name_node(L, n, 0);
        if (!strcmp(t, "integer"))
            return lower_number(L, n);
        break;
    case 'l':
        if (!strcmp(t, "list") || !strcmp(t, "list_pattern"))
            return lower_seq(L, n, N_List);
        if (!strcmp(t, "list_comprehension"))
            return lower_comprehension(L, n, N_ListComp);
        if (!strcmp(t, "list_splat") || !strcmp(t, "list_splat_pattern"))
            return lower_starred(L, n);
        if (!strcmp(t, "lambda"))
            return lower_lambda(L, n);
        break;
    case 'n':
        if (!strcmp(t, "none"))
            return lower_keyword_const(L, n, t);
        if (!strcmp(t, "not_operator"))
            return lower_unary(L, n, true);
        if (!strcmp(t, "named_expression")) /* without parentheses where none is allowed */
            return lower_error(L, ts_node_child(n, 1), "invalid syntax");
        break;
    case 'p':
        if (!strcmp(t, "parenthesized_expression"))
            return lower_parens(L, n);
        if (!strcmp(t, "pattern_list"))
            return lower_exprs(L, n);
        if (!strcmp(t, "parenthesized_list_splat"))
            return lower_error(L, n, "cannot use starred expression here");
        break;
    case 's':
        if (!strcmp(t, "string"))
            return lower_string(L, n);
        if (!strcmp(t, "subscript"))
            return lower_postfix(L, n, lower_subscript);
        if (!strcmp(t, "set"))
            return lower_seq(L, n, N_Set);
        if (!strcmp(t, "set_comprehension"))
            return lower_comprehension(L, n, N_SetComp);
        break;
    case 't':
        if (!strcmp(t, "true"))
            return lower_keyword_const(L, n, t);
        if (!strcmp(t, "tuple"))
            return lower_seq(L, n, N_Tuple);
        if (!strcmp(t, "tuple_pattern"))
            return lower_tuple_like(L, n);
        if (!strcmp(t, "type"))
            return lower_type(L, n);
        break;
    case 'u':
        if (!strcmp(t, "unary_operator"))
            return lower_unary(L, n, false);
        break;
    case 'y':
        if (!strcmp(t, "yield"))
            return lower_yield(L, n);
        break;
    default:
        break;
    }
    return lower_error(L, n, "invalid syntax");
}

Node *lower_expr(Lowerer *L, TSNode n) {
    if (!lower_enter(L, n))
        return NULL;
    Node *e = dispatch(L, n);
    lower_leave(L);
    return e;
}

Node *lower_expr_named(Lowerer *L, TSNode n) {
    /* tree-sitter reads `y := a if b else c` as `(y := a) if b else c`; the walrus takes
     * the whole conditional in Python */
    TSNode walrus = {0};
    if (lower_is(n, "conditional_expression") && lower_named_count(n) == 3 &&
        lower_is(lower_named_child(n, 0), "named_expression"))
        walrus = lower_named_child(n, 0);
    if (!lower_is(n, "named_expression") && ts_node_is_null(walrus))
        return lower_expr(L, n);
    if (!lower_enter(L, n))
        return NULL;
    Node *e;
    if (ts_node_is_null(walrus)) {
        e = lower_named(L, n);
    } else if ((e = lower_new(L, N_NamedExpr, n)) &&
               (e->u.named.target = lower_name_node(L, lower_field(walrus, "name"), NF_STORE))) {
        e->u.named.value = ifexp_from(L, n, lower_field(walrus, "value"));
        e = e->u.named.value ? e : NULL;
    } else {
        e = NULL;
    }
    lower_leave(L);
    return e;
}

/* expression_list / pattern_list / expression_statement children: a Tuple without
 * parentheses spanning its elements (and a trailing comma); one element alone is itself. */
Node *lower_exprs(Lowerer *L, TSNode n) {
    const char *t = ts_node_type(n);
    if (strcmp(t, "expression_list") && strcmp(t, "pattern_list") &&
        strcmp(t, "expression_statement"))
        return lower_expr(L, n);
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    uint32_t count = 0, first = 0;
    bool comma = false;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (ks.k[i].named && !count++)
            first = i;
        comma |= lower_kid_is(&ks.k[i], ",");
    }
    if (!count)
        return lower_error(L, n, "invalid syntax");
    if (count == 1 && !comma)
        return lower_expr(L, ks.k[first].node);
    Node *tup = lower_new_span(L, N_Tuple, ks.k[first].node, ks.k[ks.n - 1].node);
    if (!tup)
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].named && !lower_push(L, &tup->u.seq.elts, lower_expr(L, ks.k[i].node)))
            return NULL;
    return tup;
}
