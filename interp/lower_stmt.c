/* Simple statements: expression statements and assignments, return, del, raise, assert,
 * pass/break/continue, global/nonlocal, the import forms.  Statement dispatch is here too. */
#include "lower_int.h"

/* ---- expression statements and assignments ---- */

static const struct { const char *tok; uint8_t op; } aug_ops[] = {
    {"+=", OP_ADD}, {"-=", OP_SUB}, {"*=", OP_MUL}, {"@=", OP_MATMUL}, {"/=", OP_TRUEDIV},
    {"//=", OP_FLOORDIV}, {"%=", OP_MOD}, {"**=", OP_POW}, {"<<=", OP_LSHIFT},
    {">>=", OP_RSHIFT}, {"&=", OP_AND}, {"^=", OP_XOR}, {"|=", OP_OR},
};

/* The value after `=`: expressions (a bare tuple), or yield. */
static Node *lower_value(Lowerer *L, TSNode n) {
    if (lower_is(n, "augmented_assignment")) {
        TSNode op = lower_field(n, "operator");
        return lower_error(L, op, "invalid syntax");
    }
    return lower_exprs(L, n);
}

/* annotated_assignment: target ':' type ['=' value] */
static Node *lower_annassign(Lowerer *L, TSNode n, TSNode left, TSNode type) {
    Node *a = lower_new(L, N_AnnAssign, n);
    if (!a)
        return NULL;
    Node *t = lower_exprs(L, left);
    if (!t)
        return NULL;
    /* `()` has no first element to point at (and no parentheses flag: it is one token) */
    if (t->kind == N_Tuple && !(t->flags & NF_PARENS) && t->u.seq.elts.n)
        return lower_error_node(L, t->u.seq.elts.items[0],
                                "only single target (not tuple) can be annotated");
    if (t->kind == N_Tuple || t->kind == N_List)
        return lower_error_node(L, t, "only single target (not %s) can be annotated",
                                t->kind == N_Tuple ? "tuple" : "list");
    if (t->kind != N_Name && t->kind != N_Attribute && t->kind != N_Subscript)
        return lower_error_node(L, t, "illegal target for annotation");
    if (!lower_target(L, t, T_ANN))
        return NULL;
    a->u.ann.target = t;
    if (t->kind == N_Name && !(t->flags & NF_PARENS))
        a->flags |= NF_SIMPLE;
    if (!(a->u.ann.annotation = lower_type(L, type)))
        return NULL;
    TSNode right = lower_field(n, "right");
    if (!ts_node_is_null(right) && !(a->u.ann.value = lower_value(L, right)))
        return NULL;
    return a;
}

/* assignment: targets '=' ... value, nested to the right in the CST; lowered iteratively so
 * that long chains cost no C stack. */
static Node *lower_assign(Lowerer *L, TSNode n) {
    TSNode type = lower_field(n, "type");
    TSNode left = lower_field(n, "left");
    if (!ts_node_is_null(type))
        return lower_annassign(L, n, left, type);
    Node *a = lower_new(L, N_Assign, n);
    if (!a)
        return NULL;
    TSNode cur = n;
    for (;;) {
        Node *t = lower_exprs(L, lower_field(cur, "left"));
        if (!t || !lower_target(L, t, T_ASSIGN) || !lower_push(L, &a->u.assign.targets, t))
            return NULL;
        TSNode right = lower_field(cur, "right");
        if (ts_node_is_null(right))
            return lower_error(L, cur, "invalid syntax");
        if (lower_is(right, "assignment")) {
            if (!ts_node_is_null(lower_field(right, "type")))
                return lower_error(L, lower_field(right, "type"), "invalid syntax");
            cur = right;
            continue;
        }
        if (!(a->u.assign.value = lower_value(L, right)))
            return NULL;
        return a;
    }
}

static Node *lower_augassign(Lowerer *L, TSNode n) {
    Node *a = lower_new(L, N_AugAssign, n);
    if (!a)
        return NULL;
    TSNode op = lower_field(n, "operator");
    const char *tok = ts_node_type(op);
    for (size_t i = 0; i < sizeof aug_ops / sizeof *aug_ops; i++)
        if (!strcmp(tok, aug_ops[i].tok))
            a->op = aug_ops[i].op;
    Node *t = lower_exprs(L, lower_field(n, "left"));
    if (!t || !lower_target(L, t, T_AUG))
        return NULL;
    a->u.aug.target = t;
    if (!(a->u.aug.value = lower_value(L, lower_field(n, "right"))))
        return NULL;
    return a;
}

/* expression_statement: one assignment, or expressions (several make a Tuple). */
static Node *lower_expr_stmt(Lowerer *L, TSNode n) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    if (ks.n == 1 && lower_kid_is(&ks.k[0], "assignment"))
        return lower_assign(L, ks.k[0].node);
    if (ks.n == 1 && lower_kid_is(&ks.k[0], "augmented_assignment"))
        return lower_augassign(L, ks.k[0].node);
    Node *e = lower_new(L, N_Expr, n);
    if (!e || !(e->u.ret.value = lower_exprs(L, n)))
        return NULL;
    return e;
}

/* ---- return, del, raise, assert ---- */

/* The optional expression child of a statement (return x, yield x), or a null node. */
static TSNode first_named(Lowerer *L, TSNode n) {
    Kids ks;
    if (lower_kids(L, n, &ks))
        for (uint32_t i = 0; i < ks.n; i++)
            if (ks.k[i].named)
                return ks.k[i].node;
    return (TSNode){0};
}

static Node *lower_return(Lowerer *L, TSNode n) {
    Node *r = lower_new(L, N_Return, n);
    if (!r)
        return NULL;
    TSNode v = first_named(L, n);
    if (!ts_node_is_null(v) && !(r->u.ret.value = lower_exprs(L, v)))
        return NULL;
    return r;
}

/* del a, b deletes two targets; del (a, b) one tuple. */
static Node *lower_delete(Lowerer *L, TSNode n) {
    Node *d = lower_new(L, N_Delete, n);
    TSNode v = first_named(L, n);
    if (!d || ts_node_is_null(v))
        return d ? lower_error(L, n, "invalid syntax") : NULL;
    if (lower_is(v, "expression_list")) {
        Node *t = lower_exprs(L, v);
        if (!t)
            return NULL;
        for (size_t i = 0; i < t->u.seq.elts.n; i++) {
            Node *e = t->u.seq.elts.items[i];
            if (!lower_target(L, e, T_DEL) || !lower_push(L, &d->u.del.targets, e))
                return NULL;
        }
        return d;
    }
    Node *t = lower_expr(L, v);
    if (!t || !lower_target(L, t, T_DEL) || !lower_push(L, &d->u.del.targets, t))
        return NULL;
    return d;
}

static Node *lower_raise(Lowerer *L, TSNode n) {
    Node *r = lower_new(L, N_Raise, n);
    if (!r)
        return NULL;
    TSNode cause = lower_field(n, "cause");
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (!ks.k[i].named || ks.k[i].field)
            continue;
        if (lower_kid_is(&ks.k[i], "expression_list"))
            return lower_error(L, ks.k[i].node, "invalid syntax");
        if (!(r->u.raise.exc = lower_expr(L, ks.k[i].node)))
            return NULL;
        break;
    }
    if (!ts_node_is_null(cause) && !(r->u.raise.cause = lower_expr(L, cause)))
        return NULL;
    return r;
}

static Node *lower_assert(Lowerer *L, TSNode n) {
    Node *a = lower_new(L, N_Assert, n);
    Kids ks;
    if (!a || !lower_kids(L, n, &ks))
        return NULL;
    int seen = 0;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (!ks.k[i].named)
            continue;
        Node *e = lower_expr(L, ks.k[i].node);
        if (!e)
            return NULL;
        if (seen++ == 0)
            a->u.assert_.test = e;
        else
            a->u.assert_.msg = e;
    }
    return a;
}

/* ---- global, nonlocal ---- */

static Node *lower_global(Lowerer *L, TSNode n, NodeKind kind) {
    Node *g = lower_new(L, kind, n);
    Kids ks;
    if (!g || !lower_kids(L, n, &ks))
        return NULL;
    g->u.global.names = gc_alloc(L->vm, (ks.n ? ks.n : 1) * sizeof(Value));
    if (!g->u.global.names)
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (!lower_kid_is(&ks.k[i], "identifier"))
            continue;
        Value id = lower_name(L, ks.k[i].node);
        if (!id)
            return NULL;
        g->u.global.names[g->u.global.n++] = id;
    }
    return g;
}

/* ---- imports ---- */

/* The dotted name as written ("a.b.c"), names normalized as identifiers are. */
static Value dotted(Lowerer *L, TSNode n) {
    Kids ks;
    if (!lower_kids(L, n, &ks))
        return NULL;
    StrBuf b;
    sb_init(&b, L->vm, 32);
    bool first = true;
    for (uint32_t i = 0; i < ks.n; i++) {
        if (!lower_kid_is(&ks.k[i], "identifier"))
            continue;
        Value id = lower_name(L, ks.k[i].node);
        if (!id)
            return NULL;
        if (!first)
            sb_addc(&b, '.');
        sb_add_str(&b, id);
        first = false;
    }
    Value s = sb_finish(&b);
    return s ? str_intern(L->vm, s) : NULL;
}

/* An alias from dotted_name or aliased_import.  `from_import`: the bound name is the whole
 * name (from m import x); else the first component (import a.b binds a). */
static Node *lower_alias(Lowerer *L, TSNode n, bool from_import) {
    Node *a = lower_new(L, N_Alias, n);
    if (!a)
        return NULL;
    TSNode name = n, as = {0};
    if (lower_is(n, "aliased_import")) {
        name = lower_field(n, "name");
        as = lower_field(n, "alias");
    }
    if (!(a->u.alias.name = dotted(L, name)))
        return NULL;
    if (!ts_node_is_null(as)) {
        if (!(a->u.alias.asname = lower_name(L, as)) ||
            !(a->u.alias.target = lower_name_node(L, as, NF_STORE)))
            return NULL;
        return a;
    }
    if (from_import && lower_named_count(name) > 1)
        return lower_error(L, name, "invalid syntax");
    a->u.alias.target = lower_name_node(L, lower_named_child(name, 0), NF_STORE);
    return a->u.alias.target ? a : NULL;
}

static Node *lower_import(Lowerer *L, TSNode n) {
    Node *im = lower_new(L, N_Import, n);
    Kids ks;
    if (!im || !lower_kids(L, n, &ks))
        return NULL;
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].field && !strcmp(ks.k[i].field, "name") &&
            !lower_push(L, &im->u.import.names, lower_alias(L, ks.k[i].node, false)))
            return NULL;
    return im;
}

/* from [.]*module import names | (names) | * */
static Node *lower_import_from(Lowerer *L, TSNode n, bool future) {
    Node *im = lower_new(L, N_ImportFrom, n);
    Kids ks;
    if (!im || !lower_kids(L, n, &ks))
        return NULL;
    if (future) {
        if (!(im->u.importfrom.module = str_intern_c(L->vm, "__future__")))
            return NULL;
    } else {
        TSNode mod = lower_field(n, "module_name");
        TSNode name = mod;
        if (lower_is(mod, "relative_import")) {
            Kids rs;
            if (!lower_kids(L, mod, &rs))
                return NULL;
            name = (TSNode){0};
            for (uint32_t i = 0; i < rs.n; i++) {
                if (lower_kid_is(&rs.k[i], "import_prefix")) {
                    size_t len;
                    lower_src(L, rs.k[i].node, &len);
                    im->u.importfrom.level = (int)len;
                } else if (lower_kid_is(&rs.k[i], "dotted_name")) {
                    name = rs.k[i].node;
                }
            }
        }
        if (!ts_node_is_null(name) && !(im->u.importfrom.module = dotted(L, name)))
            return NULL;
    }
    bool parens = false, comma_last = false;
    for (uint32_t i = 0; i < ks.n; i++) {
        Kid *k = &ks.k[i];
        if (lower_kid_is(k, "("))
            parens = true;
        comma_last = lower_kid_is(k, ",");
        if (lower_kid_is(k, "wildcard_import")) {
            Node *a = lower_new(L, N_Alias, k->node);
            if (!a || !(a->u.alias.name = str_intern_c(L->vm, "*")) ||
                !lower_push(L, &im->u.importfrom.names, a))
                return NULL;
        } else if (k->field && !strcmp(k->field, "name")) {
            Node *a = lower_alias(L, k->node, true);
            if (!a || !lower_push(L, &im->u.importfrom.names, a))
                return NULL;
            if (future && a->u.alias.name && str_eq_c(a->u.alias.name, "annotations"))
                L->future_annotations = true;
        }
    }
    if (comma_last && !parens)
        return lower_error(L, ks.k[ks.n - 1].node,
                           "trailing comma not allowed without surrounding parentheses");
    return im;
}

/* ---- dispatch ---- */

static Node *lower_legacy(Lowerer *L, TSNode n, const char *what) {
    /* parse.c re-reads these as Python 3; one left here could not be read so */
    return lower_error(L, n, "Missing parentheses in call to '%s'. Did you mean %s(...)?", what,
                       what);
}

Node *lower_simple_stmt(Lowerer *L, TSNode n) {
    const char *t = ts_node_type(n);
    if (!strcmp(t, "expression_statement"))
        return lower_expr_stmt(L, n);
    if (!strcmp(t, "return_statement"))
        return lower_return(L, n);
    if (!strcmp(t, "pass_statement"))
        return lower_new(L, N_Pass, n);
    if (!strcmp(t, "break_statement"))
        return lower_new(L, N_Break, n);
    if (!strcmp(t, "continue_statement"))
        return lower_new(L, N_Continue, n);
    if (!strcmp(t, "delete_statement"))
        return lower_delete(L, n);
    if (!strcmp(t, "raise_statement"))
        return lower_raise(L, n);
    if (!strcmp(t, "assert_statement"))
        return lower_assert(L, n);
    if (!strcmp(t, "global_statement"))
        return lower_global(L, n, N_Global);
    if (!strcmp(t, "nonlocal_statement"))
        return lower_global(L, n, N_Nonlocal);
    if (!strcmp(t, "import_statement"))
        return lower_import(L, n);
    if (!strcmp(t, "import_from_statement"))
        return lower_import_from(L, n, false);
    if (!strcmp(t, "future_import_statement"))
        return lower_import_from(L, n, true);
    if (!strcmp(t, "print_statement"))
        return lower_legacy(L, n, "print");
    if (!strcmp(t, "exec_statement"))
        return lower_legacy(L, n, "exec");
    if (!strcmp(t, "type_alias_statement")) /* Python 3.12 */
        return lower_error(L, lower_field(n, "left"), "invalid syntax");
    return NULL;
}

Node *lower_stmt(Lowerer *L, TSNode n) {
    if (!lower_enter(L, n))
        return NULL;
    Node *s = lower_simple_stmt(L, n);
    if (!s && !L->vm->exc)
        s = lower_compound_stmt(L, n);
    if (!s && !L->vm->exc)
        lower_error(L, n, "invalid syntax");
    lower_leave(L);
    return s;
}

bool lower_block(Lowerer *L, TSNode block, NodeList *out) {
    Kids ks;
    if (!lower_kids(L, block, &ks))
        return false;
    for (uint32_t i = 0; i < ks.n; i++)
        if (ks.k[i].named && !lower_push(L, out, lower_stmt(L, ks.k[i].node)))
            return false;
    return true;
}
