/* CST to AST: the entry points, the CST helpers every lower_*.c file uses, and the table of
 * grammar node types the lowering knows. */
#include <stdarg.h>
#include <utf8proc.h>

#include "lower_int.h"
#include "parse.h"

const TSLanguage *tree_sitter_python(void);

/* ---- CST access ---- */

/* A null node (the parent of the root, the sibling before the first, a field that is absent)
 * is of no type: the error diagnosis asks about neighbours that need not exist. */
bool lower_is(TSNode n, const char *type) {
    return !ts_node_is_null(n) && !strcmp(ts_node_type(n), type);
}

bool lower_kid_is(const Kid *k, const char *type) {
    return !strcmp(k->type, type);
}

TSNode lower_field(TSNode n, const char *field) {
    return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
}

const char *lower_src(Lowerer *L, TSNode n, size_t *len) {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    *len = b - a;
    return L->src + a;
}

size_t lower_skip_string(const char *s, size_t n, size_t i) {
    char q = s[i];
    size_t k = i + 2 < n && s[i + 1] == q && s[i + 2] == q ? 3 : 1;
    for (i += k; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == q && (k == 1 || (i + 2 < n && s[i + 1] == q && s[i + 2] == q)))
            return i + k;
        else if (s[i] == '\n' && k == 1)
            return i;
    }
    return n;
}

/* Comments and line continuations; tree-sitter also marks some ERROR nodes extra, which the
 * error diagnosis must see. */
static bool is_extra(TSNode n) {
    return (ts_node_is_extra(n) && !lower_is(n, "ERROR")) || lower_is(n, "line_continuation");
}

/* Named children are counted past the comments and line continuations between them, which
 * tree-sitter also makes named children wherever they occur. */
static TSNode named_child(TSNode n, uint32_t i, uint32_t *count) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    TSNode found = {0};
    uint32_t seen = 0;
    for (bool more = ts_tree_cursor_goto_first_child(&c); more;
         more = ts_tree_cursor_goto_next_sibling(&c)) {
        TSNode k = ts_tree_cursor_current_node(&c);
        if (!ts_node_is_named(k) || is_extra(k))
            continue;
        if (seen++ == i) {
            found = k;
            break;
        }
    }
    ts_tree_cursor_delete(&c);
    *count = seen;
    return found;
}

TSNode lower_named_child(TSNode n, uint32_t i) {
    return named_child(n, i, &(uint32_t){0});
}

uint32_t lower_named_count(TSNode n) {
    uint32_t count;
    named_child(n, UINT32_MAX, &count);
    return count;
}

bool lower_kids(Lowerer *L, TSNode n, Kids *out) {
    uint32_t count = ts_node_child_count(n);
    out->n = 0;
    out->k = gc_alloc(L->vm, (count ? count : 1) * sizeof(Kid));
    if (!out->k)
        return false;
    if (!count)
        return true;
    /* a cursor walks the children in linear time (ts_node_child is not O(1)) */
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode k = ts_tree_cursor_current_node(&c);
            if (is_extra(k))
                continue;
            out->k[out->n++] = (Kid){k, ts_node_type(k), ts_tree_cursor_current_field_name(&c),
                                     ts_node_is_named(k)};
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    return true;
}

/* ---- nodes ---- */

Node *lower_new(Lowerer *L, NodeKind kind, TSNode n) {
    return lower_new_span(L, kind, n, n);
}

/* How many characters were inserted before p (Lowerer.inserted). */
static size_t inserted_before(const Lowerer *L, TSPoint p) {
    size_t lo = 0, hi = L->ninserted;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        TSPoint q = L->inserted[mid];
        if (q.row < p.row || (q.row == p.row && q.column < p.column))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool lower_inserted_at(const Lowerer *L, TSPoint p) {
    size_t i = inserted_before(L, p);
    return i < L->ninserted && L->inserted[i].row == p.row && L->inserted[i].column == p.column;
}

void lower_point(const Lowerer *L, TSPoint p, int *line, int *col) {
    size_t shift = L->ninserted ? inserted_before(L, p) - inserted_before(L, (TSPoint){p.row, 0})
                                : 0;
    *line = (int)p.row + 1 + L->line_off;
    *col = (int)(p.column - shift) + (p.row == 0 ? L->col_off : 0) +
           (p.row < L->ndelta ? L->col_delta[p.row] : 0);
}

Node *lower_new_span(Lowerer *L, NodeKind kind, TSNode first, TSNode last) {
    int line, col, end_line, end_col;
    lower_point(L, ts_node_start_point(first), &line, &col);
    lower_point(L, ts_node_end_point(last), &end_line, &end_col);
    return ast_new(L->vm, kind, line, col, end_line, end_col);
}

void lower_copy_pos(Node *n, const Node *from) {
    n->line = from->line;
    n->col = from->col;
    n->end_line = from->end_line;
    n->end_col = from->end_col;
}

bool lower_push(Lowerer *L, NodeList *l, Node *n) {
    return n && ast_list_push(L->vm, l, n);
}

/* ---- errors ---- */

static Value verror(Lowerer *L, Type *cls, int line, int col, int end_line, int end_col,
                    const char *fmt, va_list ap) {
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    return parse_error(L->vm, cls, L->filename, L->source, line, col, end_line, end_col, "%s%s",
                       L->fstring ? "f-string: " : "", msg);
}

void *lower_error_at(Lowerer *L, Type *cls, int line, int col, int end_line, int end_col,
                     const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(L, cls, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *lower_error(Lowerer *L, TSNode n, const char *fmt, ...) {
    int line, col, end_line, end_col;
    lower_point(L, ts_node_start_point(n), &line, &col);
    lower_point(L, ts_node_end_point(n), &end_line, &end_col);
    va_list ap;
    va_start(ap, fmt);
    verror(L, &Exc_SyntaxError, line, col, end_line, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *lower_error_node(Lowerer *L, const Node *n, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    verror(L, &Exc_SyntaxError, n->line, n->col, n->end_line, n->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *lower_unsupported(Lowerer *L, TSNode n, const char *what) {
    return lower_error(L, n, "'%s' is not supported", what);
}

bool lower_enter(Lowerer *L, TSNode n) {
    if (++L->depth > LOWER_MAX_DEPTH || !vm_stack_ok(L->vm)) {
        L->depth--;
        lower_error(L, n, "too many nested expressions");
        return false;
    }
    return true;
}

TSTree *lower_parse_text(VM *vm, const char *src, size_t n) {
    TSParser *p = ts_parser_new();
    if (!p) {
        exc_raise(vm, &Exc_MemoryError, "cannot create the parser");
        return NULL;
    }
    ts_parser_set_language(p, tree_sitter_python());
    if (vm->deadline_ns) {
        uint64_t now = vm_now_ns();
        ts_parser_set_timeout_micros(p, now < vm->deadline_ns ? (vm->deadline_ns - now) / 1000 + 1
                                                              : 1);
    }
    TSTree *tree = ts_parser_parse_string(p, NULL, src, (uint32_t)n);
    ts_parser_delete(p);
    if (!tree && vm_poll(vm)) /* the time ran out inside tree-sitter */
        vm_limit_error(vm, LIMIT_TIME, "time limit of %.3g seconds exceeded",
                       (double)(vm->deadline_ns - vm->start_ns) / 1e9);
    return tree;
}

/* ---- names ---- */

static int cmp_name(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Python's keywords, sorted (soft keywords are names). */
static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
};

Value lower_name(Lowerer *L, TSNode ident) {
    size_t n;
    const char *p = lower_src(L, ident, &n);
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++)
        ascii = !((unsigned char)p[i] & 0x80);
    if (ascii) {
        /* tree-sitter accepts keywords as names in places (`async = 1`, and in its error
         * recovery `else:` alone or `def if()`) */
        char w[16];
        if (n < sizeof w) {
            memcpy(w, p, n);
            w[n] = 0;
            if (bsearch(&(const char *){w}, keywords, sizeof keywords / sizeof *keywords,
                        sizeof *keywords, cmp_name))
                return lower_error(L, ident, "invalid syntax");
        }
        Value s = str_new(L->vm, p, n);
        return s ? str_intern(L->vm, s) : NULL;
    }
    /* CPython stores identifiers NFKC-normalized (PEP 3131) */
    utf8proc_uint8_t *norm = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)p, (utf8proc_ssize_t)n, &norm,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
    if (m < 0)
        return lower_error(L, ident, "invalid character in identifier");
    Value s = str_new(L->vm, (const char *)norm, (size_t)m);
    free(norm);
    return s ? str_intern(L->vm, s) : NULL;
}

Node *lower_name_node(Lowerer *L, TSNode ident, uint16_t flags) {
    Value id = lower_name(L, ident);
    Node *n = id ? lower_new(L, N_Name, ident) : NULL;
    if (!n)
        return NULL;
    n->u.name.id = id;
    n->flags = flags;
    return n;
}

/* ---- the module ---- */

Node *lower_module(Lowerer *L, TSNode root) {
    Node *m = lower_new(L, N_Module, root);
    if (!m || !lower_block(L, root, &m->u.module.body))
        return NULL;
    m->u.module.source = L->source;
    m->u.module.filename = L->filename;
    m->u.module.doc = lower_docstring(&m->u.module.body);
    return m;
}

bool lower_statements_before(Lowerer *L, TSNode root, int line, int col) {
    Kids ks;
    if (!lower_kids(L, root, &ks))
        return false;
    for (uint32_t i = 0; i < ks.n; i++) {
        int eline, ecol;
        lower_point(L, ts_node_end_point(ks.k[i].node), &eline, &ecol);
        if (!(eline < line || (eline == line && ecol <= col)))
            break;
        if (ks.k[i].named && !ts_node_has_error(ks.k[i].node) && !lower_stmt(L, ks.k[i].node))
            return false;
    }
    return true;
}

/* ---- the grammar's node types ---- */

/* Every named node type of the grammar (node-types.json), sorted: all are either lowered
 * (most by the function named after their kind of construct, the rest by their parent) or
 * rejected with a SyntaxError.  The coverage test checks this list against the grammar. */
static const char *const handled[] = {
    "aliased_import",            /* lower_stmt.c: import */
    "argument_list",             /* lower_call.c */
    "as_pattern",                /* lower_pattern.c; with items and except clauses */
    "as_pattern_target",         /* the target after `as` */
    "assert_statement",
    "assignment",
    "attribute",
    "augmented_assignment",
    "await",
    "binary_operator",
    "block",
    "boolean_operator",
    "break_statement",
    "call",
    "case_clause",
    "case_pattern",
    "chevron",                   /* Python 2 print >> f: re-read as Python 3 (above) */
    "class_definition",
    "class_pattern",
    "comment",                   /* extra: skipped */
    "comparison_operator",
    "complex_pattern",           /* rejected: complex literals are not supported */
    "concatenated_string",
    "conditional_expression",
    "constrained_type",          /* PEP 695 syntax: invalid in 3.11 */
    "continue_statement",
    "decorated_definition",
    "decorator",
    "default_parameter",
    "delete_statement",
    "dict_pattern",
    "dictionary",
    "dictionary_comprehension",
    "dictionary_splat",
    "dictionary_splat_pattern",
    "dotted_name",
    "elif_clause",
    "ellipsis",
    "else_clause",
    "escape_interpolation",      /* lower_fstring.c reads the text itself */
    "escape_sequence",           /* lower_string.c decodes the text itself */
    "except_clause",
    "except_group_clause",       /* rejected: 'except*' is not supported */
    "exec_statement",            /* Python 2: re-read as Python 3 (above) */
    "expression_list",
    "expression_statement",
    "false",
    "finally_clause",
    "float",
    "for_in_clause",
    "for_statement",
    "format_expression",
    "format_specifier",
    "function_definition",
    "future_import_statement",
    "generator_expression",
    "generic_type",              /* an annotation list[int]: a Subscript */
    "global_statement",
    "identifier",
    "if_clause",
    "if_statement",
    "import_from_statement",
    "import_prefix",
    "import_statement",
    "integer",
    "interpolation",
    "keyword_argument",
    "keyword_pattern",
    "keyword_separator",
    "lambda",
    "lambda_parameters",
    "line_continuation",         /* extra: skipped */
    "list",
    "list_comprehension",
    "list_pattern",
    "list_splat",
    "list_splat_pattern",
    "match_statement",
    "member_type",               /* an annotation a.b: an Attribute */
    "module",
    "named_expression",
    "none",
    "nonlocal_statement",
    "not_operator",
    "pair",
    "parameters",
    "parenthesized_expression",
    "parenthesized_list_splat",
    "pass_statement",
    "pattern_list",
    "positional_separator",
    "print_statement",           /* Python 2: re-read as Python 3 (above) */
    "raise_statement",
    "relative_import",
    "return_statement",
    "set",
    "set_comprehension",
    "slice",
    "splat_pattern",
    "splat_type",                /* an annotation *Ts: a Starred */
    "string",
    "string_content",
    "string_end",
    "string_start",
    "subscript",
    "true",
    "try_statement",
    "tuple",
    "tuple_pattern",
    "type",
    "type_alias_statement",      /* PEP 695 syntax: invalid in 3.11 */
    "type_conversion",
    "type_parameter",            /* PEP 695 syntax: invalid in 3.11 (generic_type's
                                    brackets in annotations are lowered) */
    "typed_default_parameter",
    "typed_parameter",
    "unary_operator",
    "union_pattern",
    "union_type",                /* an annotation A | B: a BinOp */
    "while_statement",
    "wildcard_import",
    "with_clause",
    "with_item",
    "with_statement",
    "yield",
};

bool lower_handles(const char *node_type) {
    return bsearch(&node_type, handled, sizeof handled / sizeof *handled, sizeof *handled,
                   cmp_name) != NULL;
}
