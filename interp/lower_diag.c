/* tree-sitter's ERROR and MISSING nodes, worded as CPython's parser errors.
 *
 * CPython's parser, after a failure, parses again with rules that match the usual mistakes
 * and word them ("cannot assign to function call here. Maybe you meant '==' instead of
 * '='?", "expected ':'", "Perhaps you forgot a comma?").  tree-sitter instead wraps the
 * tokens it could not place in an ERROR node.  The recognizers below look at that node and
 * its neighbours for the shapes those mistakes leave, lowering the expressions involved when
 * the message depends on what they are; anything else is "invalid syntax". */
#include "lower_int.h"

/* A tree can have an error tree-sitter keeps out of sight: a hidden token it made up, the
 * newline ending a statement that another follows on the same line (`x: a[b] c, d`).  It is
 * in the deepest node with an error that none of its children has, between two children with
 * nothing between them on one line: the error is the first token of the second. */
static bool after_hidden(TSNode n, TSNode *out) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    bool more = ts_tree_cursor_goto_first_child(&c), found = false;
    while (more) {
        TSNode k = ts_tree_cursor_current_node(&c);
        if (ts_node_has_error(k)) {
            n = k;
            more = ts_tree_cursor_goto_first_child(&c);
        } else {
            more = ts_tree_cursor_goto_next_sibling(&c);
        }
    }
    ts_tree_cursor_reset(&c, n);
    TSNode prev = {0};
    for (more = ts_tree_cursor_goto_first_child(&c); more && !found;
         more = ts_tree_cursor_goto_next_sibling(&c)) {
        TSNode k = ts_tree_cursor_current_node(&c);
        if (ts_node_is_extra(k))
            continue;
        found = ts_node_is_named(k) && !ts_node_is_null(prev) &&
                ts_node_start_point(k).row == ts_node_end_point(prev).row;
        prev = ts_node_is_named(k) ? k : (TSNode){0};
    }
    if (found)
        *out = ts_node_descendant_for_byte_range(prev, ts_node_start_byte(prev),
                                                 ts_node_start_byte(prev));
    ts_tree_cursor_delete(&c);
    return found;
}

/* The first ERROR or MISSING node in top's subtree, top included, in source order. */
static bool first_in(TSNode top, TSNode *out) {
    TSTreeCursor c = ts_tree_cursor_new(top);
    bool found = false;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        if (ts_node_is_missing(n) || lower_is(n, "ERROR")) {
            *out = n;
            found = true;
            break;
        }
        if (!lower_walk_next(&c, ts_node_has_error(n)))
            break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

static bool is_statement(TSNode n) {
    const char *t = ts_node_type(n);
    size_t len = strlen(t);
    return (len > 10 && !strcmp(t + len - 10, "_statement")) ||
           (len > 11 && !strcmp(t + len - 11, "_definition"));
}

/* tree-sitter may put statements it parsed whole in the ERROR node it makes after them (the
 * root itself is such a node when no module could be made of the file): the parse then fails
 * inside the first statement that holds an error, or at the first child after the complete
 * statements.  That child, or a null node when err does not begin with statements. */
static TSNode past_statements(TSNode err) {
    TSNode found = {0};
    bool after = false;
    TSTreeCursor c = ts_tree_cursor_new(err);
    for (bool more = ts_tree_cursor_goto_first_child(&c); more;
         more = ts_tree_cursor_goto_next_sibling(&c)) {
        TSNode k = ts_tree_cursor_current_node(&c);
        bool bad = ts_node_has_error(k) || lower_is(k, "ERROR");
        if (!bad && (ts_node_is_extra(k) || is_statement(k))) {
            after |= !ts_node_is_extra(k);
            continue;
        }
        if (after || is_statement(k))
            found = k;
        break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

bool lower_first_error(TSNode root, TSNode *out) {
    if (!first_in(root, out))
        return ts_node_has_error(root) && after_hidden(root, out);
    while (!ts_node_is_missing(*out)) {
        TSNode k = past_statements(*out);
        if (ts_node_is_null(k))
            break;
        /* a MISSING node the grammar hides (a newline) is not visited: k is then the place */
        if (!first_in(k, out)) {
            *out = k;
            break;
        }
    }
    return true;
}

/* ---- helpers ---- */

static bool is_tok(TSNode n, const char *t) {
    return !ts_node_is_null(n) && !ts_node_is_named(n) && lower_is(n, t);
}

static bool text_is(Lowerer *L, TSNode n, const char *w) {
    size_t len;
    const char *p = lower_src(L, n, &len);
    return strlen(w) == len && !memcmp(p, w, len);
}

static bool same_line(TSNode a, TSNode b) {
    return ts_node_end_point(a).row == ts_node_start_point(b).row;
}

static bool adjacent(TSNode a, TSNode b) {
    return ts_node_end_byte(a) == ts_node_start_byte(b);
}

/* The previous and next siblings of n among its parent's children (extras skipped). */
static TSNode prev_of(TSNode n) {
    TSNode p = ts_node_prev_sibling(n);
    while (!ts_node_is_null(p) && ts_node_is_extra(p))
        p = ts_node_prev_sibling(p);
    return p;
}

static TSNode next_of(TSNode n) {
    TSNode p = ts_node_next_sibling(n);
    while (!ts_node_is_null(p) && ts_node_is_extra(p))
        p = ts_node_next_sibling(p);
    return p;
}

/* Node types that hold an expression (as opposed to keywords, punctuation, statements). */
static bool is_expr(TSNode n) {
    static const char *const kinds[] = {
        "identifier", "integer", "float", "string", "concatenated_string", "true", "false",
        "none", "ellipsis", "call", "attribute", "subscript", "list", "tuple", "set",
        "dictionary", "binary_operator", "unary_operator", "boolean_operator", "not_operator",
        "comparison_operator", "conditional_expression", "lambda", "await", "yield",
        "parenthesized_expression", "list_comprehension", "set_comprehension",
        "dictionary_comprehension", "generator_expression", "list_splat", "named_expression",
        "expression_statement",
    };
    if (ts_node_is_null(n) || !ts_node_is_named(n))
        return false;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (lower_is(n, kinds[i]))
            return true;
    return false;
}

/* An expression_statement stands for its (last) expression. */
static TSNode expr_of(TSNode n) {
    if (lower_is(n, "expression_statement") && lower_named_count(n))
        return lower_named_child(n, lower_named_count(n) - 1);
    return n;
}

/* Inside brackets of the source (not the parentheses lower_fix_annotations added). */
static bool in_brackets(Lowerer *L, TSNode n) {
    static const char *const kinds[] = {
        "list", "tuple", "set", "dictionary", "argument_list", "parenthesized_expression",
        "subscript", "list_comprehension", "set_comprehension", "dictionary_comprehension",
        "generator_expression", "parameters", "lambda_parameters",
    };
    for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); p = ts_node_parent(p))
        for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
            if (lower_is(p, kinds[i]) && !lower_inserted_at(L, ts_node_start_point(p)))
                return true;
    return false;
}

/* Whether n begins a statement: only blanks before it since a newline, ';' or ':'. */
static bool starts_statement(Lowerer *L, TSNode n) {
    size_t i = ts_node_start_byte(n);
    while (i > 0 && (L->src[i - 1] == ' ' || L->src[i - 1] == '\t' || L->src[i - 1] == '\f'))
        i--;
    return i == 0 || L->src[i - 1] == '\n' || L->src[i - 1] == ';' || L->src[i - 1] == ':';
}

/* Raises at a range of two CST nodes. */
static Value error_span(Lowerer *L, TSNode a, TSNode b, const char *fmt, const char *arg) {
    int line, col, end_line, end_col;
    lower_point(L, ts_node_start_point(a), &line, &col);
    lower_point(L, ts_node_end_point(b), &end_line, &end_col);
    return lower_error_at(L, &Exc_SyntaxError, line, col, end_line, end_col, fmt, arg);
}

/* The expression n as an AST node, or NULL with no error pending when it does not lower
 * (the error is then not the one to report). */
static Node *try_lower(Lowerer *L, TSNode n) {
    Node *e = lower_expr(L, n);
    if (!e)
        exc_clear(L->vm);
    return e;
}

/* ---- recognizers: each returns true when it raised ---- */

/* f"..." whose inside tree-sitter reads as 3.12 does: CPython reads the literal itself. */
static bool in_fstring(Lowerer *L, TSNode err) {
    for (TSNode p = ts_node_parent(err); !ts_node_is_null(p); p = ts_node_parent(p)) {
        if (!lower_is(p, "string"))
            continue;
        TSNode whole = ts_node_parent(p);
        if (!lower_is(whole, "concatenated_string"))
            whole = p;
        if (lower_string(L, whole))
            return false;
        return exc_pending_matches(L->vm, &Exc_SyntaxError);
    }
    return false;
}

/* print "x" inside an expression: CPython's "Missing parentheses" rule. */
static bool legacy_print(Lowerer *L, const Kids *ks, TSNode err) {
    for (uint32_t i = 0; i < ks->n; i++) {
        TSNode id = ks->k[i].node;
        if (!lower_is(id, "identifier") || !(text_is(L, id, "print") || text_is(L, id, "exec")))
            continue;
        TSNode next = i + 1 < ks->n ? ks->k[i + 1].node : next_of(err);
        if (!is_expr(next) || lower_is(next, "tuple") || lower_is(next, "parenthesized_expression") ||
            !same_line(id, next))
            continue;
        const char *w = text_is(L, id, "print") ? "print" : "exec";
        char msg[80];
        snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                 w, w);
        error_span(L, id, next, "%s", msg);
        return true;
    }
    return false;
}

/* The end of the logical line starting at byte `at` (brackets and strings skipped). */
static size_t line_end(Lowerer *L, size_t at, bool *colon) {
    int depth = 0;
    *colon = false;
    for (size_t i = at; i < L->len; i++) {
        char c = L->src[i];
        if (c == '\'' || c == '"') {
            i = lower_skip_string(L->src, L->len, i) - 1;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            depth -= depth > 0;
        } else if (c == '\\' && i + 1 < L->len && L->src[i + 1] == '\n') {
            i++;
        } else if ((c == '\n' || c == '#') && depth == 0) {
            while (c == '#' && i < L->len && L->src[i] != '\n')
                i++;
            return i;
        } else if (c == ':' && depth == 0 && !(i + 1 < L->len && L->src[i + 1] == '=')) {
            *colon = true;
        }
    }
    return L->len;
}

/* if x / def f() / class A / else ... without the colon before the end of the line. */
static bool missing_colon(Lowerer *L, const Kids *ks) {
    static const char *const heads[] = {
        "if", "elif", "else", "while", "for", "def", "class", "with", "try", "except",
        "finally", "async",
    };
    if (!ks->n)
        return false;
    TSNode first = ks->k[0].node;
    bool head = false;
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        head |= is_tok(first, heads[i]);
    if (!head || !starts_statement(L, first))
        return false;
    for (uint32_t i = 1; i < ks->n && same_line(first, ks->k[i].node); i++)
        if (is_tok(ks->k[i].node, "=") || lower_is(ks->k[i].node, "ERROR"))
            return false; /* not only the colon is wrong */
    bool colon;
    size_t end = line_end(L, ts_node_start_byte(first), &colon);
    if (colon)
        return false;
    int line = 1, col = 0;
    for (size_t i = 0; i < end; i++) {
        if (L->src[i] == '\n') {
            line++;
            col = 0;
        } else {
            col++;
        }
    }
    TSPoint p = {(uint32_t)(line - 1), (uint32_t)col};
    lower_point(L, p, &line, &col);
    lower_error_at(L, &Exc_SyntaxError, line, col, line, col, "expected ':'");
    return true;
}

/* try: block with neither except nor finally: reported where the next statement starts. */
static bool try_alone(Lowerer *L, const Kids *ks) {
    if (!ks->n || !is_tok(ks->k[0].node, "try"))
        return false;
    for (uint32_t i = 1; i < ks->n; i++) {
        TSNode n = ks->k[i].node;
        if (lower_is(n, "except_clause") || lower_is(n, "finally_clause"))
            return false;
        if (lower_is(n, "block") ||
            (lower_is(n, "ERROR") && lower_is(lower_named_child(n, 0), "block"))) {
            if (i + 1 < ks->n)
                lower_error(L, ks->k[i + 1].node, "expected 'except' or 'finally' block");
            else
                lower_error(L, n, "expected 'except' or 'finally' block");
            return true;
        }
    }
    return false;
}

/* Is e an expression CPython's invalid_named_expression rule sees as `bitwise_or`? */
static bool bitwise_level(const Node *e) {
    switch ((NodeKind)e->kind) {
    case N_Compare: case N_BoolOp: case N_Lambda: case N_IfExp: case N_Yield:
    case N_YieldFrom: case N_Starred: case N_NamedExpr: case N_List: case N_Tuple:
    case N_GeneratorExp:
        return (e->flags & NF_PARENS) && e->kind != N_Tuple && e->kind != N_GeneratorExp;
    case N_UnaryOp:
        return e->op != UOP_NOT;
    case N_Const:
        return e->u.constant.value != NONE && e->u.constant.value != TRUE_V &&
               e->u.constant.value != FALSE_V;
    default:
        return true;
    }
}

/* The operand at bitwise-or level a value starts with (`b` of `b if c else d`), if any: CPython
 * reads `name = value` as a mistyped comparison only before one (its invalid_named_expression)
 * that no '=' or ':=' follows. */
static TSNode compared_operand(Lowerer *L, TSNode v) {
    while (lower_is(v, "conditional_expression") || lower_is(v, "boolean_operator") ||
           lower_is(v, "comparison_operator") || lower_is(v, "named_expression"))
        v = lower_named_child(v, 0);
    if (!is_expr(v) || lower_is(v, "not_operator") || lower_is(v, "lambda") ||
        lower_is(v, "yield") || lower_is(v, "expression_statement"))
        return (TSNode){0};
    const char *p = L->src + ts_node_end_byte(v), *end = L->src + L->len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\f'))
        p++;
    bool assign = p + 1 < end && ((p[0] == '=' && p[1] != '=') || (p[0] == ':' && p[1] == '='));
    return assign ? (TSNode){0} : v;
}

/* Whether the target before the '=' ks[i] is a later element of a comma list that starts the
 * statement (`f(), a = 1`): CPython reads `a = 1` there as inside brackets. */
static bool later_element(const Kids *ks, uint32_t i, TSNode err) {
    if (!lower_is(ts_node_parent(err), "expression_statement"))
        return false;
    TSNode before = i >= 2 ? ks->k[i - 2].node : prev_of(err);
    if (i == 0 && !ts_node_is_null(before))
        before = prev_of(before);
    return is_tok(before, ",");
}

/* Lowers the elements of the comma list that ends with the target of the '=' ks[i] (a
 * later_element) into out: CPython parses them before it looks at the '=', so that an error
 * in one comes first.  False: raised. */
static bool list_elements(Lowerer *L, const Kids *ks, uint32_t i, TSNode err, NodeList *out) {
    Kids stmt;
    if (!lower_kids(L, ts_node_parent(err), &stmt))
        return false;
    for (uint32_t j = 0; j < stmt.n && !ts_node_eq(stmt.k[j].node, err); j++)
        if (is_expr(stmt.k[j].node) && !lower_push(L, out, lower_expr(L, stmt.k[j].node)))
            return false;
    for (uint32_t j = 0; j < i; j++)
        if (is_expr(ks->k[j].node) && !lower_push(L, out, lower_expr(L, ks->k[j].node)))
            return false;
    return true;
}

/* The first of the elements that cannot be assigned: CPython's error for a later_element not
 * read as a comparison. */
static bool bad_element(Lowerer *L, const NodeList *elts) {
    for (size_t j = 0; j < elts->n; j++) {
        const Node *bad = lower_invalid_target(elts->items[j], false);
        if (bad) {
            lower_error_node(L, bad, "cannot assign to %s", lower_expr_name(bad));
            return true;
        }
    }
    return false;
}

/* `target = value` where target cannot be assigned.  `first`: the target starts its
 * statement; `operand`: what compared_operand finds in the value (a null node: none), then
 * read as a comparison when `nested` (in brackets, or a later_element), so that both suggest
 * '=='.  `alone`: the target's own invalid part is the error when nothing else is. */
static bool bad_assign(Lowerer *L, TSNode target, TSNode operand, bool first, bool nested,
                       bool alone) {
    Node *t = try_lower(L, target);
    if (!t)
        return false;
    if (t->kind == N_Yield || t->kind == N_YieldFrom) {
        lower_error_node(L, t, "assignment to yield expression not possible");
        return true;
    }
    bool compared = nested && !ts_node_is_null(operand);
    if (t->kind == N_Name || t->kind == N_Attribute || t->kind == N_Subscript) {
        /* a valid target: only an error in an expression (else the value is what is wrong) */
        if (!compared)
            return false;
        if (lower_is(target, "identifier")) {
            error_span(L, target, operand, "invalid syntax. Maybe you meant '==' or ':=' instead "
                                           "of '='?", NULL);
            return true;
        }
        lower_error_node(L, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         lower_expr_name(t));
        return true;
    }
    if ((first || compared) && bitwise_level(t)) {
        lower_error_node(L, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         lower_expr_name(t));
        return true;
    }
    const Node *bad = alone ? lower_invalid_target(t, false) : NULL;
    if (!bad)
        return false;
    lower_error_node(L, bad, "cannot assign to %s", lower_expr_name(bad));
    return true;
}

static bool is_aug_op(TSNode n) {
    static const char *const ops[] = {
        "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|=",
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (is_tok(n, ops[i]))
            return true;
    return false;
}

static bool bad_aug(Lowerer *L, TSNode target) {
    Node *t = try_lower(L, target);
    if (!t || t->kind == N_Name || t->kind == N_Attribute || t->kind == N_Subscript)
        return false;
    lower_error_node(L, t, "'%s' is an illegal expression for augmented assignment",
                     lower_expr_name(t));
    return true;
}


/* Assignments, keyword arguments, walrus, annotations and augmented assignments gone wrong:
 * the expression before the '=' (or ':=', '+=', ':') decides the message. */
static bool bad_target(Lowerer *L, const Kids *ks, TSNode err) {
    for (uint32_t i = 0; i < ks->n; i++) {
        TSNode op = ks->k[i].node;
        bool eq = is_tok(op, "=");
        bool walrus = is_tok(op, ":") && i + 1 < ks->n && is_tok(ks->k[i + 1].node, "=") &&
                      adjacent(op, ks->k[i + 1].node);
        bool aug = is_aug_op(op) || (eq && i == 0 && is_tok(prev_of(err), "+"));
        bool ann = is_tok(op, ":") && !walrus;
        if (!eq && !walrus && !aug && !ann)
            continue;
        if (i == 0 && eq && is_tok(prev_of(err), "yield")) { /* x = yield = 1 */
            lower_error(L, ts_node_parent(err), "assignment to yield expression not possible");
            return true;
        }
        TSNode target = i > 0 ? ks->k[i - 1].node : expr_of(prev_of(err));
        if (i == 0 && eq && is_tok(prev_of(err), "+")) /* `f() += 1` read as f() + (=) 1 */
            target = lower_field(ts_node_parent(err), "left");
        if (!is_expr(target))
            return false;
        target = expr_of(target);
        TSNode parent = ts_node_parent(err);
        if (walrus) {
            Node *t = try_lower(L, target);
            if (!t || t->kind == N_Name)
                return false;
            lower_error_node(L, t, "cannot use assignment expressions with %s",
                             lower_expr_name(t));
            return true;
        }
        if (aug)
            return bad_aug(L, target);
        if (ann) {
            Node *t = try_lower(L, target);
            if (!t || t->kind == N_Name || t->kind == N_Attribute || t->kind == N_Subscript)
                return false;
            if (t->kind == N_Tuple || t->kind == N_List)
                lower_error_node(L, t, "only single target (not %s) can be annotated",
                                 t->kind == N_Tuple ? "tuple" : "list");
            else
                lower_error_node(L, t, "illegal target for annotation");
            return true;
        }
        if (lower_is(parent, "argument_list")) {
            /* f(x.y=1): a keyword argument that is no name */
            if (lower_is(target, "true") || lower_is(target, "false") || lower_is(target, "none")) {
                size_t len;
                const char *p = lower_src(L, target, &len);
                char w[8];
                snprintf(w, sizeof w, "%.*s", (int)len, p);
                error_span(L, target, op, "cannot assign to %s", w);
                return true;
            }
            error_span(L, target, op,
                       "expression cannot contain assignment, perhaps you meant \"==\"?", NULL);
            return true;
        }
        if (lower_is(parent, "parameters") || lower_is(parent, "lambda_parameters"))
            return false;
        TSNode value = i + 1 < ks->n ? ks->k[i + 1].node : next_of(err);
        bool later = later_element(ks, i, err);
        NodeList elts = {0};
        if (later && !list_elements(L, ks, i, err, &elts))
            return true;
        return bad_assign(L, target, compared_operand(L, value), starts_statement(L, target),
                          in_brackets(L, err) || later, !later) ||
               (later && bad_element(L, &elts));
    }
    return false;
}

/* for <target> in: the target of a for statement or comprehension cannot be assigned. */
static bool bad_for_target(Lowerer *L, const Kids *ks, TSNode err) {
    TSNode parent = ts_node_parent(err);
    if ((lower_is(parent, "for_statement") || lower_is(parent, "for_in_clause")) &&
        is_tok(next_of(err), "in")) {
        /* for a, f() in x: the part tree-sitter could not take as a target */
        for (uint32_t i = 0; i < ks->n; i++) {
            Node *t = is_expr(ks->k[i].node) ? try_lower(L, ks->k[i].node) : NULL;
            const Node *bad = t ? lower_invalid_target(t, false) : NULL;
            if (bad) {
                lower_error_node(L, bad, "cannot assign to %s", lower_expr_name(bad));
                return true;
            }
        }
    }
    for (uint32_t i = 0; i + 2 < ks->n; i++) {
        if (!is_tok(ks->k[i].node, "for") || !is_tok(ks->k[i + 2].node, "in"))
            continue;
        Node *t = try_lower(L, ks->k[i + 1].node);
        const Node *bad = t ? lower_invalid_target(t, false) : NULL;
        if (!bad)
            return false;
        lower_error_node(L, bad, "cannot assign to %s", lower_expr_name(bad));
        return true;
    }
    return false;
}

/* `x for x in y` where no comprehension can be without brackets: tree-sitter leaves `for` as
 * a name in an ERROR next to a comparison `x in y`. */
static bool bare_comprehension(Lowerer *L, const Kids *ks, TSNode err) {
    uint32_t i = 0;
    while (i < ks->n && !(lower_is(ks->k[i].node, "identifier") && text_is(L, ks->k[i].node, "for")))
        i++;
    if (i == 0 || i == ks->n)
        return false;
    TSNode elt = ks->k[i - 1].node, parent = ts_node_parent(err);
    if (lower_is(parent, "dictionary_splat")) {
        lower_error(L, parent, "dict unpacking cannot be used in dict comprehension");
        return true;
    }
    TSNode last = next_of(err);
    if (ts_node_is_null(last))
        last = ks->k[ks->n - 1].node;
    if (lower_is(parent, "argument_list")) {
        /* class C(x for x in y): CPython's message needs another argument, before or after */
        if (lower_is(ts_node_parent(parent), "class_definition") && i == 1 &&
            is_tok(prev_of(err), "(") && !is_tok(next_of(last), ","))
            lower_error(L, ks->k[i].node, "invalid syntax");
        else
            error_span(L, elt, last, "Generator expression must be parenthesized", NULL);
        return true;
    }
    if (lower_is(parent, "list") || lower_is(parent, "set")) {
        TSNode first = lower_named_child(parent, 0);
        error_span(L, first, elt, "did you forget parentheses around the comprehension target?",
                   NULL);
        return true;
    }
    return false;
}

/* a if b, with no else. */
static bool ifexp_without_else(Lowerer *L, const Kids *ks) {
    for (uint32_t i = 1; i + 1 < ks->n; i++) {
        if (!is_tok(ks->k[i].node, "if") || !is_expr(ks->k[i - 1].node) ||
            !is_expr(ks->k[i + 1].node))
            continue;
        if (i + 2 < ks->n && (is_tok(ks->k[i + 2].node, "else") || is_tok(ks->k[i + 2].node, ":")))
            continue;
        error_span(L, ks->k[i - 1].node, ks->k[i + 1].node,
                   "expected 'else' after 'if' expression", NULL);
        return true;
    }
    return false;
}

/* An expression for the comma rule: not a keyword tree-sitter left as a name, and not the
 * name of a Python 2 statement (CPython's rule excludes those). */
static bool comma_operand(Lowerer *L, TSNode n) {
    static const char *const words[] = {"for", "if", "else", "in", "print", "exec", "async"};
    if (!is_expr(n))
        return false;
    if (lower_is(n, "identifier"))
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            if (text_is(L, n, words[i]))
                return false;
    return true;
}

/* Two expressions side by side inside brackets. */
static bool missing_comma(Lowerer *L, const Kids *ks, TSNode err) {
    if (!ks->n || !in_brackets(L, err))
        return false;
    for (uint32_t i = 1; i < ks->n; i++)
        if (comma_operand(L, ks->k[i - 1].node) && comma_operand(L, ks->k[i].node)) {
            error_span(L, ks->k[i - 1].node, ks->k[i].node,
                       "invalid syntax. Perhaps you forgot a comma?", NULL);
            return true;
        }
    if (!comma_operand(L, ks->k[0].node))
        return false;
    TSNode prev = prev_of(err);
    if (lower_is(prev, "pair") || lower_is(prev, "keyword_argument") ||
        lower_is(prev, "default_parameter"))
        prev = lower_field(prev, "value");
    if (!comma_operand(L, prev))
        return false;
    error_span(L, prev, ks->k[0].node, "invalid syntax. Perhaps you forgot a comma?", NULL);
    return true;
}

/* def f(*a=1) / def f(**k=1) / def f(a=) */
static bool bad_default(Lowerer *L, const Kids *ks, TSNode err) {
    TSNode parent = ts_node_parent(err);
    if (!ks->n || !is_tok(ks->k[0].node, "=") ||
        !(lower_is(parent, "parameters") || lower_is(parent, "lambda_parameters")))
        return false;
    TSNode prev = prev_of(err);
    if (lower_is(prev, "list_splat_pattern"))
        lower_error(L, ks->k[0].node, "var-positional argument cannot have default value");
    else if (lower_is(prev, "dictionary_splat_pattern"))
        lower_error(L, ks->k[0].node, "var-keyword argument cannot have default value");
    else if (ks->n == 1 && lower_is(parent, "parameters"))
        lower_error(L, ks->k[0].node, "expected default value expression");
    else
        return false;
    return true;
}

/* An operator that needs an operand after it. */
static bool dangling(TSNode n) {
    static const char *const ops[] = {
        "=", "+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>", "<", ">",
        "==", "!=", "<=", ">=", "and", "or", "not", "in", "is", ".", "~",
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (is_tok(n, ops[i]))
            return true;
    return false;
}

/* "invalid syntax" at the token after n (an operator left dangling): CPython fails there,
 * which may be the end of the line, or a later line after a backslash continuation. */
static Value after(Lowerer *L, TSNode n) {
    size_t i = ts_node_end_byte(n);
    for (;;) {
        while (i < L->len && (L->src[i] == ' ' || L->src[i] == '\t' || L->src[i] == '\f'))
            i++;
        if (i + 1 < L->len && L->src[i] == '\\' && L->src[i + 1] == '\n')
            i += 2;
        else
            break;
    }
    int row = 0;
    size_t ls = 0;
    for (size_t j = 0; j < i; j++)
        if (L->src[j] == '\n') {
            row++;
            ls = j + 1;
        }
    int line, col;
    lower_point(L, (TSPoint){(uint32_t)row, (uint32_t)(i - ls)}, &line, &col);
    return lower_error_at(L, &Exc_SyntaxError, line, col, line, col, "invalid syntax");
}

Value lower_diagnose(Lowerer *L, TSNode err) {
    if (ts_node_is_missing(err)) {
        if (is_tok(err, ":"))
            return lower_error(L, err, "expected ':'");
        return lower_error(L, err, "invalid syntax");
    }
    if (in_fstring(L, err))
        return NULL;
    Kids ks;
    if (!lower_kids(L, err, &ks))
        return NULL;
    if (legacy_print(L, &ks, err) || missing_colon(L, &ks) || try_alone(L, &ks) ||
        bad_default(L, &ks, err) || bare_comprehension(L, &ks, err) ||
        missing_comma(L, &ks, err) || bad_target(L, &ks, err) || bad_for_target(L, &ks, err) ||
        ifexp_without_else(L, &ks))
        return NULL;
    if (L->vm->exc)
        return NULL;
    if (ks.n && dangling(ks.k[ks.n - 1].node))
        return after(L, ks.k[ks.n - 1].node);
    return lower_error(L, err, "invalid syntax");
}
