/* Expressions back to source text, as CPython's Python/ast_unparse.c writes them: the strings
 * `from __future__ import annotations` stores instead of evaluating annotations.  Precedence
 * levels and every spacing quirk follow that file, so the strings match CPython's exactly. */
#include "unparse.h"

enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR,
    PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

/* The writer, and what CPython's symbol table refuses in an annotation outside nested scopes
 * (lambdas, comprehensions): the first yield, await or named expression found. */
typedef struct Unparser {
    StrBuf b;
    int nested;
    Node *refused;
} Unparser;

static void expr(Unparser *u, Node *e, int level);

static void refuse(Unparser *u, Node *e) {
    if (!u->nested && !u->refused)
        u->refused = e;
}

static void open_if(Unparser *u, bool cond) {
    StrBuf *b = &u->b;
    if (cond)
        sb_addc(b, '(');
}

static void close_if(Unparser *u, bool cond) {
    StrBuf *b = &u->b;
    if (cond)
        sb_addc(b, ')');
}

static void list(Unparser *u, NodeList *l, int level) {
    StrBuf *b = &u->b;
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            sb_adds(b, ", ");
        expr(u, l->items[i], level);
    }
}

/* repr(), with float infinities written as 1e309 so that the text evaluates back to them */
static void add_repr(Unparser *u, Value v) {
    StrBuf *b = &u->b;
    Value r = obj_repr(b->vm, v);
    if (!r) {
        b->failed = true;
        return;
    }
    if (!IS_FLOAT(v)) {
        sb_add_str(b, r);
        return;
    }
    const char *s = str_data(r), *inf;
    while ((inf = strstr(s, "inf"))) {
        sb_add(b, s, (size_t)(inf - s));
        sb_adds(b, "1e309");
        s = inf + 3;
    }
    sb_adds(b, s);
}

static void constant(Unparser *u, Node *e) {
    StrBuf *b = &u->b;
    Value v = e->u.constant.value;
    if (v == ELLIPSIS) {
        sb_adds(b, "...");
        return;
    }
    if (e->flags & NF_KIND_U)
        sb_addc(b, 'u');
    if (!IS_TUPLE(v)) {
        add_repr(u, v);
        return;
    }
    Tuple *t = AS_TUPLE(v);
    sb_addc(b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i)
            sb_adds(b, ", ");
        add_repr(u, t->items[i]);
    }
    if (t->len == 1)
        sb_addc(b, ',');
    sb_addc(b, ')');
}

static void arg(Unparser *u, Node *a) {
    StrBuf *b = &u->b;
    sb_add_str(b, a->u.arg.name);
    if (a->u.arg.annotation) {
        sb_adds(b, ": ");
        expr(u, a->u.arg.annotation, PR_TEST);
    }
}

static void arguments(Unparser *u, Node *args) {
    StrBuf *b = &u->b;
    NodeList *po = &args->u.arguments.posonly, *pa = &args->u.arguments.args;
    NodeList *kw = &args->u.arguments.kwonly, *defs = &args->u.arguments.defaults;
    size_t npos = po->n + pa->n;
    bool first = true;
    for (size_t i = 0; i < npos; i++) {
        if (!first)
            sb_adds(b, ", ");
        first = false;
        arg(u, i < po->n ? po->items[i] : pa->items[i - po->n]);
        if (i + defs->n >= npos) {
            sb_addc(b, '=');
            expr(u, defs->items[i + defs->n - npos], PR_TEST);
        }
        if (po->n && i + 1 == po->n)
            sb_adds(b, ", /");
    }
    if (args->u.arguments.vararg || kw->n) {
        if (!first)
            sb_adds(b, ", ");
        first = false;
        sb_addc(b, '*');
        if (args->u.arguments.vararg)
            arg(u, args->u.arguments.vararg);
    }
    for (size_t i = 0; i < kw->n; i++) {
        sb_adds(b, ", ");
        arg(u, kw->items[i]);
        Node *d = args->u.arguments.kw_defaults.items[i];
        if (d) {
            sb_addc(b, '=');
            expr(u, d, PR_TEST);
        }
    }
    if (args->u.arguments.kwarg) {
        if (!first)
            sb_adds(b, ", ");
        sb_adds(b, "**");
        arg(u, args->u.arguments.kwarg);
    }
}

/* Only the first iterable is evaluated outside the comprehension's own scope. */
static void comprehension(Unparser *u, Node *e, const char *open, const char *close) {
    StrBuf *b = &u->b;
    u->nested++;
    sb_adds(b, open);
    expr(u, e->u.comp.elt, PR_TEST);
    if (e->kind == N_DictComp) {
        sb_adds(b, ": ");
        expr(u, e->u.comp.value, PR_TEST);
    }
    NodeList *gens = &e->u.comp.generators;
    for (size_t i = 0; i < gens->n; i++) {
        Node *g = gens->items[i];
        sb_adds(b, g->flags & NF_ASYNC ? " async for " : " for ");
        expr(u, g->u.gen.target, PR_TUPLE);
        sb_adds(b, " in ");
        u->nested -= i == 0;
        expr(u, g->u.gen.iter, PR_TEST + 1);
        u->nested += i == 0;
        for (size_t j = 0; j < g->u.gen.ifs.n; j++) {
            sb_adds(b, " if ");
            expr(u, g->u.gen.ifs.items[j], PR_TEST + 1);
        }
    }
    sb_adds(b, close);
    u->nested--;
}

/* The text between the quotes of an f-string (or a format spec): literal braces doubled. */
static void fstring_body(Unparser *u, Node *joined);

/* Text written apart and then quoted or bracketed: an expression, or an f-string's body. */
static Value nested_text(Unparser *u, Node *e, bool fstring) {
    Unparser v = {.nested = u->nested};
    sb_init(&v.b, u->b.vm, 16);
    if (fstring)
        fstring_body(&v, e);
    else
        expr(&v, e, PR_TEST + 1);
    if (!u->refused)
        u->refused = v.refused;
    return sb_finish(&v.b);
}

static void fstring_element(Unparser *u, Node *e) {
    StrBuf *b = &u->b;
    if (e->kind == N_Const) {
        Value s = e->u.constant.value;
        const char *p = str_data(s);
        for (size_t i = 0; i < str_nbytes(s); i++) {
            if (p[i] == '{' || p[i] == '}')
                sb_addc(b, p[i]);
            sb_addc(b, p[i]);
        }
        return;
    }
    if (e->kind == N_JoinedStr) {
        fstring_body(u, e);
        return;
    }
    /* FormattedValue: a lambda's ':' needs parentheses, and a leading brace a space */
    Value text = nested_text(u, e->u.fmt.value, false);
    if (!text) {
        b->failed = true;
        return;
    }
    sb_adds(b, str_data(text)[0] == '{' ? "{ " : "{");
    sb_add_str(b, text);
    if (e->op) {
        sb_addc(b, '!');
        sb_addc(b, (char)e->op);
    }
    if (e->u.fmt.spec) {
        sb_addc(b, ':');
        fstring_element(u, e->u.fmt.spec);
    }
    sb_addc(b, '}');
}

static void fstring_body(Unparser *u, Node *joined) {
    for (size_t i = 0; i < joined->u.joined.values.n; i++)
        fstring_element(u, joined->u.joined.values.items[i]);
}

static const char *const binops[OP__COUNT] = {
    [OP_ADD] = " + ", [OP_SUB] = " - ", [OP_MUL] = " * ", [OP_MATMUL] = " @ ",
    [OP_TRUEDIV] = " / ", [OP_FLOORDIV] = " // ", [OP_MOD] = " % ", [OP_POW] = " ** ",
    [OP_LSHIFT] = " << ", [OP_RSHIFT] = " >> ", [OP_AND] = " & ", [OP_XOR] = " ^ ",
    [OP_OR] = " | ",
};
static const int binop_levels[OP__COUNT] = {
    [OP_ADD] = PR_ARITH, [OP_SUB] = PR_ARITH, [OP_MUL] = PR_TERM, [OP_MATMUL] = PR_TERM,
    [OP_TRUEDIV] = PR_TERM, [OP_FLOORDIV] = PR_TERM, [OP_MOD] = PR_TERM, [OP_POW] = PR_POWER,
    [OP_LSHIFT] = PR_SHIFT, [OP_RSHIFT] = PR_SHIFT, [OP_AND] = PR_BAND, [OP_XOR] = PR_BXOR,
    [OP_OR] = PR_BOR,
};
static const char *const cmpops[] = {
    [CMP_LT] = " < ", [CMP_LE] = " <= ", [CMP_EQ] = " == ", [CMP_NE] = " != ",
    [CMP_GT] = " > ", [CMP_GE] = " >= ", [CMP_IS] = " is ", [CMP_IS_NOT] = " is not ",
    [CMP_IN] = " in ", [CMP_NOT_IN] = " not in ",
};

static void expr(Unparser *u, Node *e, int level) {
    StrBuf *b = &u->b;
    if (!vm_stack_ok(b->vm)) {
        vm_stack_error(b->vm);
        b->failed = true;
        return;
    }
    switch (e->kind) {
    case N_BoolOp: {
        int pr = e->op == BOOL_AND ? PR_AND : PR_OR;
        open_if(u, level > pr);
        for (size_t i = 0; i < e->u.boolop.values.n; i++) {
            if (i)
                sb_adds(b, e->op == BOOL_AND ? " and " : " or ");
            expr(u, e->u.boolop.values.items[i], pr + 1);
        }
        close_if(u, level > pr);
        return;
    }
    case N_NamedExpr:
        refuse(u, e);
        open_if(u, level > PR_TUPLE);
        expr(u, e->u.named.target, PR_ATOM);
        sb_adds(b, " := ");
        expr(u, e->u.named.value, PR_ATOM);
        close_if(u, level > PR_TUPLE);
        return;
    case N_BinOp: {
        int pr = binop_levels[e->op];
        bool rassoc = e->op == OP_POW;
        open_if(u, level > pr);
        expr(u, e->u.bin.left, pr + rassoc);
        sb_adds(b, binops[e->op]);
        expr(u, e->u.bin.right, pr + !rassoc);
        close_if(u, level > pr);
        return;
    }
    case N_UnaryOp: {
        int pr = e->op == UOP_NOT ? PR_NOT : PR_FACTOR;
        open_if(u, level > pr);
        sb_adds(b, e->op == UOP_NOT ? "not " : e->op == UOP_INVERT ? "~"
                   : e->op == UOP_POS ? "+" : "-");
        expr(u, e->u.unary.operand, pr);
        close_if(u, level > pr);
        return;
    }
    case N_Lambda: {
        Node *a = e->u.func.args;
        open_if(u, level > PR_TEST);
        sb_adds(b, a->u.arguments.posonly.n + a->u.arguments.args.n ? "lambda " : "lambda");
        arguments(u, a);
        sb_adds(b, ": ");
        u->nested++;
        expr(u, e->u.func.body.items[0]->u.ret.value, PR_TEST);
        u->nested--;
        close_if(u, level > PR_TEST);
        return;
    }
    case N_IfExp:
        open_if(u, level > PR_TEST);
        expr(u, e->u.ifexp.body, PR_TEST + 1);
        sb_adds(b, " if ");
        expr(u, e->u.ifexp.test, PR_TEST + 1);
        sb_adds(b, " else ");
        expr(u, e->u.ifexp.orelse, PR_TEST);
        close_if(u, level > PR_TEST);
        return;
    case N_Dict:
        sb_addc(b, '{');
        for (size_t i = 0; i < e->u.dict.keys.n; i++) {
            if (i)
                sb_adds(b, ", ");
            Node *k = e->u.dict.keys.items[i];
            if (k) {
                expr(u, k, PR_TEST);
                sb_adds(b, ": ");
                expr(u, e->u.dict.values.items[i], PR_TEST);
            } else {
                sb_adds(b, "**");
                expr(u, e->u.dict.values.items[i], PR_EXPR);
            }
        }
        sb_addc(b, '}');
        return;
    case N_Set:
        if (!e->u.seq.elts.n) {
            sb_adds(b, "{*()}");
            return;
        }
        sb_addc(b, '{');
        list(u, &e->u.seq.elts, PR_TEST);
        sb_addc(b, '}');
        return;
    case N_List:
        sb_addc(b, '[');
        list(u, &e->u.seq.elts, PR_TEST);
        sb_addc(b, ']');
        return;
    case N_Tuple:
        if (!e->u.seq.elts.n) {
            sb_adds(b, "()");
            return;
        }
        open_if(u, level > PR_TUPLE);
        list(u, &e->u.seq.elts, PR_TEST);
        if (e->u.seq.elts.n == 1)
            sb_addc(b, ',');
        close_if(u, level > PR_TUPLE);
        return;
    case N_ListComp:
        comprehension(u, e, "[", "]");
        return;
    case N_SetComp:
    case N_DictComp:
        comprehension(u, e, "{", "}");
        return;
    case N_GeneratorExp:
        comprehension(u, e, "(", ")");
        return;
    case N_Yield:
        refuse(u, e);
        sb_adds(b, e->u.ret.value ? "(yield " : "(yield");
        if (e->u.ret.value)
            expr(u, e->u.ret.value, PR_TEST);
        sb_addc(b, ')');
        return;
    case N_YieldFrom:
        refuse(u, e);
        sb_adds(b, "(yield from ");
        expr(u, e->u.ret.value, PR_TEST);
        sb_addc(b, ')');
        return;
    case N_Await:
        refuse(u, e);
        open_if(u, level > PR_AWAIT);
        sb_adds(b, "await ");
        expr(u, e->u.ret.value, PR_ATOM);
        close_if(u, level > PR_AWAIT);
        return;
    case N_Compare:
        open_if(u, level > PR_CMP);
        expr(u, e->u.cmp.left, PR_CMP + 1);
        for (size_t i = 0; i < e->u.cmp.comparators.n; i++) {
            sb_adds(b, cmpops[e->u.cmp.ops[i]]);
            expr(u, e->u.cmp.comparators.items[i], PR_CMP + 1);
        }
        close_if(u, level > PR_CMP);
        return;
    case N_Call: {
        NodeList *args = &e->u.call.args, *kws = &e->u.call.keywords;
        expr(u, e->u.call.func, PR_ATOM);
        if (args->n == 1 && !kws->n && args->items[0]->kind == N_GeneratorExp) {
            expr(u, args->items[0], PR_ATOM);   /* f(x for x in y): one pair of parens */
            return;
        }
        sb_addc(b, '(');
        list(u, args, PR_TEST);
        for (size_t i = 0; i < kws->n; i++) {
            Node *k = kws->items[i];
            if (i || args->n)
                sb_adds(b, ", ");
            if (k->u.keyword.arg) {
                sb_add_str(b, k->u.keyword.arg);
                sb_addc(b, '=');
            } else {
                sb_adds(b, "**");
            }
            expr(u, k->u.keyword.value, PR_TEST);
        }
        sb_addc(b, ')');
        return;
    }
    case N_Const:
        constant(u, e);
        return;
    case N_JoinedStr: {
        Value text = nested_text(u, e, true);
        if (!text) {
            b->failed = true;
            return;
        }
        sb_addc(b, 'f');
        add_repr(u, text);
        return;
    }
    case N_FormattedValue:
        fstring_element(u, e);
        return;
    case N_Attribute: {
        Node *v = e->u.attr.value;
        expr(u, v, PR_ATOM);
        /* 1 .real: an int needs a space before the dot */
        bool int_const = v->kind == N_Const && TYPE(v->u.constant.value) == &int_type;
        sb_adds(b, int_const ? " ." : ".");
        sb_add_str(b, e->u.attr.attr);
        return;
    }
    case N_Subscript:
        expr(u, e->u.sub.value, PR_ATOM);
        sb_addc(b, '[');
        expr(u, e->u.sub.slice, PR_TUPLE);
        sb_addc(b, ']');
        return;
    case N_Starred:
        sb_addc(b, '*');
        expr(u, e->u.ret.value, PR_EXPR);
        return;
    case N_Name:
        sb_add_str(b, e->u.name.id);
        return;
    case N_Slice:
        if (e->u.slice.lower)
            expr(u, e->u.slice.lower, PR_TEST);
        sb_addc(b, ':');
        if (e->u.slice.upper)
            expr(u, e->u.slice.upper, PR_TEST);
        if (e->u.slice.step) {
            sb_addc(b, ':');
            expr(u, e->u.slice.step, PR_TEST);
        }
        return;
    default:
        exc_raise(b->vm, &Exc_SystemError, "unknown expression kind %s",
                  ast_kind_names[e->kind]);
        b->failed = true;
        return;
    }
}

Value unparse_annotation(VM *vm, Node *e, Node **refused) {
    Unparser u = {.nested = 0, .refused = NULL};
    sb_init(&u.b, vm, 32);
    expr(&u, e, PR_TEST);
    *refused = u.refused;
    return sb_finish(&u.b);
}
