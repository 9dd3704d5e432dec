/* Logical lines that tree-sitter joined.  tree-sitter-python's scanner emits a NEWLINE only
 * where the grammar can take one, and skips a line break anywhere else as whitespace: it reads
 * `x = 1 +` followed by `2` on the next line as one statement.  CPython's tokenizer ends the
 * logical line at every line break outside brackets not escaped by a backslash, and its
 * parser then refuses the statement cut short there.  This pass finds such a break in a tree
 * without errors and reports it as CPython does: "invalid syntax" at the line break. */
#include <string.h>

#include "lower_int.h"
#include "parse.h"

typedef struct Lines {
    Lowerer *L;
    unsigned char *ends;  /* bitmap over the text: offsets where a logical line may end */
    int depth;            /* brackets open at the current token */
    bool have_prev;
    TSNode prev;          /* the previous token */
} Lines;

static bool is(TSNode n, const char *type) {
    return !strcmp(ts_node_type(n), type);
}

static void mark_end(Lines *s, uint32_t at) {
    s->ends[at >> 3] |= (unsigned char)(1u << (at & 7));
}

static bool may_end(const Lines *s, uint32_t at) {
    return s->ends[at >> 3] & (1u << (at & 7));
}

/* Whether a node has a child of type `type` (a compound statement has a block). */
static bool has_child(TSNode n, const char *type) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    bool found = false;
    for (bool more = ts_tree_cursor_goto_first_child(&c); more && !found;
         more = ts_tree_cursor_goto_next_sibling(&c))
        found = is(ts_tree_cursor_current_node(&c), type);
    ts_tree_cursor_delete(&c);
    return found;
}

/* Where n's last child that is not a comment ends: a decorator's range takes in the line
 * break and a comment after it. */
static uint32_t end_before_comments(TSNode n) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    uint32_t end = ts_node_end_byte(n);
    for (bool more = ts_tree_cursor_goto_first_child(&c); more;
         more = ts_tree_cursor_goto_next_sibling(&c)) {
        TSNode k = ts_tree_cursor_current_node(&c);
        if (!is(k, "comment"))
            end = ts_node_end_byte(k);
    }
    ts_tree_cursor_delete(&c);
    return end;
}

/* Marks where the children of n may end a logical line: a simple statement of a module or
 * block where it ends; a ':' followed by a block (a compound statement's header); a ';'; a
 * decorator after its expression.  Children are walked with a cursor of their own: asking a
 * node for its parent or siblings costs its depth. */
static void mark_children(Lines *s, TSNode n) {
    bool body = is(n, "module") || is(n, "block");
    TSTreeCursor c = ts_tree_cursor_new(n);
    TSNode prev = {0};
    for (bool more = ts_tree_cursor_goto_first_child(&c); more;
         more = ts_tree_cursor_goto_next_sibling(&c)) {
        TSNode k = ts_tree_cursor_current_node(&c);
        if (is(k, "comment"))
            continue;
        if (!ts_node_is_null(prev) && is(prev, ":") && is(k, "block"))
            mark_end(s, ts_node_end_byte(prev));
        prev = k;
        if (is(k, ";"))
            mark_end(s, ts_node_end_byte(k));
        else if (is(k, "decorator") || (body && ts_node_is_named(k) && !has_child(k, "block")))
            mark_end(s, end_before_comments(k));
    }
    ts_tree_cursor_delete(&c);
}

/* The first line break in [from, to) that ends a logical line (one not escaped by a
 * backslash; a comment runs to its line's end), or `to` when there is none. */
static uint32_t line_break(const char *src, uint32_t from, uint32_t to) {
    bool in_comment = false;
    for (uint32_t i = from; i < to; i++) {
        if (src[i] == '#')
            in_comment = true;
        else if (src[i] == '\n') {
            if (in_comment || i == from || src[i - 1] != '\\')
                return i;
            in_comment = false;
        }
    }
    return to;
}

/* Raises the error for a logical line ending at `at`, in the gap [from, ...) after the
 * previous token; c is at the token after the gap. */
static Value refuse(Lines *s, const TSTreeCursor *c, uint32_t from, uint32_t at) {
    TSPoint p = ts_node_end_point(s->prev);
    for (uint32_t i = from; i < at; i++) {
        if (s->L->src[i] == '\n') {
            p.row++;
            p.column = 0;
        } else {
            p.column++;
        }
    }
    int line, col;
    lower_point(s->L, p, &line, &col);
    /* a break between `a if b` and `else c`: CPython names the missing part */
    TSTreeCursor up = ts_tree_cursor_copy(c);
    bool found = false;
    TSNode a = {0}, test = {0};
    while (!found && ts_tree_cursor_goto_parent(&up)) {
        a = ts_tree_cursor_current_node(&up);
        if (!is(a, "conditional_expression") || lower_named_count(a) < 3)
            continue;
        test = lower_named_child(a, 1);
        TSNode orelse = ts_node_next_sibling(test);
        found = ts_node_end_byte(test) <= from && !ts_node_is_null(orelse) &&
                at < ts_node_start_byte(orelse);
    }
    ts_tree_cursor_delete(&up);
    if (!found)
        return parse_error(s->L->vm, &Exc_SyntaxError, s->L->filename, s->L->source, line,
                           col, line, col + 1, "invalid syntax");
    /* as lower_ifexp: a conditional as the test is `a if b` missing its else */
    if (is(test, "conditional_expression"))
        test = lower_named_child(test, 0);
    int l0, c0, l1, c1;
    lower_point(s->L, ts_node_start_point(a), &l0, &c0);
    lower_point(s->L, ts_node_end_point(test), &l1, &c1);
    return parse_error(s->L->vm, &Exc_SyntaxError, s->L->filename, s->L->source, l0, c0, l1,
                       c1, "expected 'else' after 'if' expression");
}

/* A token: checks the gap since the previous one, then counts brackets. */
static bool token(Lines *s, const TSTreeCursor *c, TSNode n) {
    if (s->have_prev && s->depth == 0) {
        uint32_t from = ts_node_end_byte(s->prev), to = ts_node_start_byte(n);
        uint32_t at = line_break(s->L->src, from, to);
        if (at < to && !may_end(s, from))
            return refuse(s, c, from, at), false;
    }
    s->have_prev = true;
    s->prev = n;
    const char *t = ts_node_type(n);
    if (!t[1] && (t[0] == '(' || t[0] == '[' || t[0] == '{'))
        s->depth++;
    else if (!t[1] && (t[0] == ')' || t[0] == ']' || t[0] == '}') && s->depth > 0)
        s->depth--;
    return true;
}

bool lower_check_lines(Lowerer *L, TSNode root) {
    Lines s = {.L = L, .ends = gc_alloc_atomic(L->vm, L->len / 8 + 1)};
    if (!s.ends)
        return false;
    memset(s.ends, 0, L->len / 8 + 1);
    TSTreeCursor c = ts_tree_cursor_new(root);
    bool ok = true, more = true;
    while (ok && more) {
        TSNode n = ts_tree_cursor_current_node(&c);
        /* a string is one token: its line breaks are its own */
        bool leaf = ts_node_child_count(n) == 0 || is(n, "string");
        if (!leaf)
            mark_children(&s, n);
        else if (!is(n, "comment") && !is(n, "line_continuation"))
            ok = token(&s, &c, n);
        more = lower_walk_next(&c, !leaf);
    }
    ts_tree_cursor_delete(&c);
    return ok;
}
