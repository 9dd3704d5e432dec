/* Logical lines that tree-sitter joined.  tree-sitter-python's scanner emits a NEWLINE only
 * where the grammar can take one, and skips a line break anywhere else as whitespace: it reads
 * `x = 1 +` followed by `2` on the next line as one statement.  CPython's tokenizer ends the
 * logical line at every line break outside brackets not escaped by a backslash, and its
 * parser then refuses the statement cut short there.  This pass finds such a break in a tree
 * without errors and reports it as CPython does: "invalid syntax" at the line break. */
#include <string.h>
#include <threads.h>

#include "lower_int.h"
#include "parse.h"

const TSLanguage *tree_sitter_python(void);

/* The grammar symbols this pass looks at, found once: comparing node types as strings would
 * cost more than the rest of the walk. */
static struct Syms {
    TSSymbol module, block, decorator, comment, continuation, string, conditional, colon, semi;
} sym;
static once_flag sym_once = ONCE_FLAG_INIT;

static TSSymbol find(const char *name, bool named) {
    return ts_language_symbol_for_name(tree_sitter_python(), name, (uint32_t)strlen(name),
                                       named);
}

static void find_syms(void) {
    sym = (struct Syms){find("module", true), find("block", true), find("decorator", true),
                        find("comment", true), find("line_continuation", true),
                        find("string", true), find("conditional_expression", true),
                        find(":", false), find(";", false)};
}

/* One node whose children the walk is in. */
typedef struct Frame {
    bool body;          /* a module or block: its named children are statements */
    bool ends_line;     /* a statement or a decorator: a logical line may end where it does */
    bool has_block;     /* ... unless it is a compound statement */
    bool after_colon;   /* the last child met (comments aside) was a ':' */
    uint32_t last_end;  /* where that child ends */
} Frame;

typedef struct Lines {
    Lowerer *L;
    unsigned char *ends;  /* bitmap over the text: offsets where a logical line may end */
    int depth;            /* brackets open at the current token */
    bool have_prev;
    TSNode prev;          /* the previous token */
    Frame *frames;
    size_t nframes, cap;
} Lines;

static bool is(TSNode n, TSSymbol s) {
    return ts_node_symbol(n) == s;
}

static void mark_end(Lines *s, uint32_t at) {
    s->ends[at >> 3] |= (unsigned char)(1u << (at & 7));
}

static bool may_end(const Lines *s, uint32_t at) {
    return s->ends[at >> 3] & (1u << (at & 7));
}

static bool push(Lines *s, Frame f) {
    if (s->nframes == s->cap) {
        size_t cap = s->cap * 2;
        Frame *fs = gc_realloc(s->L->vm, s->frames, cap * sizeof *fs, true);
        if (!fs)
            return false;
        s->frames = fs;
        s->cap = cap;
    }
    s->frames[s->nframes++] = f;
    return true;
}

/* Leaving a node: a statement without a block, or a decorator, may end a line after its last
 * child (a decorator's range takes in the line break, and a comment after it). */
static void pop(Lines *s) {
    Frame *f = &s->frames[--s->nframes];
    if (f->ends_line && !f->has_block)
        mark_end(s, f->last_end);
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
        if (!is(a, sym.conditional) || lower_named_count(a) < 3)
            continue;
        test = lower_named_child(a, 1);
        TSNode kw = ts_node_next_sibling(test);   /* the `else` */
        while (!ts_node_is_null(kw) && (is(kw, sym.comment) || is(kw, sym.continuation)))
            kw = ts_node_next_sibling(kw);
        found = ts_node_end_byte(test) <= from && !ts_node_is_null(kw) &&
                at < ts_node_start_byte(kw);
    }
    ts_tree_cursor_delete(&up);
    if (!found)
        return parse_error(s->L->vm, &Exc_SyntaxError, s->L->filename, s->L->source, line,
                           col, line, col + 1, "invalid syntax");
    /* as lower_ifexp: a conditional as the test is `a if b` missing its else */
    if (is(test, sym.conditional))
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

/* A child of the innermost frame: updates the frame, checks a token; true when the walk
 * should go into its children (it has a frame of its own then). */
static bool visit(Lines *s, const TSTreeCursor *c, TSNode n, bool *ok) {
    Frame *f = &s->frames[s->nframes - 1];
    TSSymbol t = ts_node_symbol(n);
    if (t == sym.comment)
        return false;
    if (f->after_colon && t == sym.block)
        mark_end(s, f->last_end);
    f->after_colon = t == sym.colon;
    f->has_block = f->has_block || t == sym.block;
    f->last_end = ts_node_end_byte(n);
    if (t == sym.semi)
        mark_end(s, f->last_end);
    bool ends_line = (f->body && ts_node_is_named(n)) || t == sym.decorator;
    /* a string is one token: its line breaks are its own */
    if (t == sym.string || ts_node_child_count(n) == 0) {
        if (ends_line)
            mark_end(s, f->last_end);
        if (t != sym.continuation)
            *ok = token(s, c, n);
        return false;
    }
    Frame g = {.body = t == sym.module || t == sym.block, .ends_line = ends_line,
               .last_end = ts_node_start_byte(n)};
    return (*ok = push(s, g));
}

bool lower_check_lines(Lowerer *L, TSNode root) {
    call_once(&sym_once, find_syms);
    Lines s = {.L = L, .ends = gc_alloc_atomic(L->vm, L->len / 8 + 1), .cap = 32};
    if (!s.ends || !(s.frames = gc_alloc_atomic(L->vm, s.cap * sizeof *s.frames)))
        return false;
    memset(s.ends, 0, L->len / 8 + 1);
    s.frames[s.nframes++] = (Frame){.body = true};
    TSTreeCursor c = ts_tree_cursor_new(root);
    bool ok = true, more = ts_tree_cursor_goto_first_child(&c);
    while (ok && more) {
        if (visit(&s, &c, ts_tree_cursor_current_node(&c), &ok) && ok) {
            if (ts_tree_cursor_goto_first_child(&c))
                continue;
            pop(&s);
        }
        while (ok && !(more = ts_tree_cursor_goto_next_sibling(&c)) && s.nframes > 1 &&
               ts_tree_cursor_goto_parent(&c))
            pop(&s);
    }
    ts_tree_cursor_delete(&c);
    return ok;
}
