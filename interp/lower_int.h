/* The interface shared by the lower*.c files: walking the CST, making nodes, raising errors,
 * and the lowering of each kind of construct.  Not for use outside the front end (parse.c and
 * the lower*.c files).
 *
 * Conventions: every lower_* function returns the new node (or true) on success and NULL (or
 * false) with the SyntaxError pending on failure.  Positions are tree-sitter's, converted to
 * CPython's (1-based lines, 0-based byte columns).  Recursion goes through lower_enter, which
 * bounds the depth (LOWER_MAX_DEPTH) and the C stack. */
#ifndef KR_LOWER_INT_H
#define KR_LOWER_INT_H

#include "lower.h"

/* One child of a CST node; extras (comments, line continuations) are left out. */
typedef struct Kid {
    TSNode node;
    const char *type;        /* ts_node_type: the grammar name, or the token text */
    const char *field;       /* field name, or NULL */
    bool named;
} Kid;

typedef struct Kids {
    uint32_t n;
    Kid *k;
} Kids;

/* ---- CST access (lower.c) ---- */
bool lower_kids(Lowerer *L, TSNode n, Kids *out);
bool lower_is(TSNode n, const char *type);
bool lower_kid_is(const Kid *k, const char *type);
/* The first child with the field, or a null node. */
TSNode lower_field(TSNode n, const char *field);
/* The source bytes of a node. */
const char *lower_src(Lowerer *L, TSNode n, size_t *len);
/* Past the string literal whose opening quote is s[i] (its prefix already passed): the byte
 * after the closing quote; a one-quote string left open ends at its line's newline. */
size_t lower_skip_string(const char *s, size_t n, size_t i);

/* ---- nodes and errors (lower.c) ---- */
/* The i-th named child (null past the last) and the number of named children, not counting
 * comments and line continuations. */
TSNode lower_named_child(TSNode n, uint32_t i);
uint32_t lower_named_count(TSNode n);
/* The first token of e beyond a bitwise_or expression (beyond a disjunction when
 * allow_boolean), or a null node: see lower_expr.c. */
TSNode lower_past_bitwise_or(TSNode e, bool allow_boolean);
/* A tree-sitter point as CPython's line and byte column. */
void lower_point(const Lowerer *L, TSPoint p, int *line, int *col);
/* Whether p is a character inserted into the text given to tree-sitter (Lowerer.inserted). */
bool lower_inserted_at(const Lowerer *L, TSPoint p);
Node *lower_new(Lowerer *L, NodeKind kind, TSNode n);
/* A node spanning from the start of `first` to the end of `last`. */
Node *lower_new_span(Lowerer *L, NodeKind kind, TSNode first, TSNode last);
/* Copies the range of `from` (an AST node) onto n. */
void lower_copy_pos(Node *n, const Node *from);
bool lower_push(Lowerer *L, NodeList *l, Node *n);

/* SyntaxError at a CST node, at an AST node, or at an explicit range.  They return NULL, so
 * that any lowering function can `return lower_error(...)`. */
void *lower_error(Lowerer *L, TSNode n, const char *fmt, ...);
void *lower_error_node(Lowerer *L, const Node *n, const char *fmt, ...);
void *lower_error_at(Lowerer *L, Type *cls, int line, int col, int end_line, int end_col,
                     const char *fmt, ...);
/* "'<what>' is not supported". */
void *lower_unsupported(Lowerer *L, TSNode n, const char *what);

/* Depth guard around every recursive step. */
bool lower_enter(Lowerer *L, TSNode n);
static inline void lower_leave(Lowerer *L) {
    L->depth--;
}

/* An identifier's name as CPython stores it (NFKC-normalized, interned). */
Value lower_name(Lowerer *L, TSNode ident);
/* A Name node for an identifier, with the given flags (NF_STORE, ...). */
Node *lower_name_node(Lowerer *L, TSNode ident, uint16_t flags);

/* ---- expressions (lower_expr.c) ---- */
Node *lower_expr(Lowerer *L, TSNode n);
/* The same where Python allows `name := value` without parentheses (conditions, elements of
 * displays, arguments, subscripts, comprehension elements, match subjects and guards,
 * decorators). */
Node *lower_expr_named(Lowerer *L, TSNode n);
/* An expression that may be a bare comma list (expression_list, pattern_list): a Tuple. */
Node *lower_exprs(Lowerer *L, TSNode n);
/* A `type` node (annotation), which tree-sitter may parse as a generic type. */
Node *lower_type(Lowerer *L, TSNode n);
/* Elements of a list/tuple/set display or of a comma list into `out`. */
bool lower_elts(Lowerer *L, TSNode n, NodeList *out);

/* ---- comprehensions and calls (lower_call.c) ---- */
/* ListComp/SetComp/GeneratorExp/DictComp from list_comprehension etc. */
Node *lower_comprehension(Lowerer *L, TSNode n, NodeKind kind);
/* Call arguments (argument_list or a bare generator_expression) into the Call node. */
bool lower_call_args(Lowerer *L, TSNode args, Node *call);
/* Class bases and keywords. */
bool lower_class_args(Lowerer *L, TSNode args, NodeList *bases, NodeList *keywords);

/* ---- parameters (lower_params.c) ---- */
/* Arguments node from `parameters` / `lambda_parameters` (null node: no parameters). */
Node *lower_parameters(Lowerer *L, TSNode params, bool lambda);

/* ---- targets (lower_target.c) ---- */
enum TargetUse { T_ASSIGN, T_AUG, T_ANN, T_DEL, T_FOR, T_WITH, T_COMP };
/* Checks that n can be assigned to (or deleted) and marks it and its parts NF_STORE/NF_DEL,
 * with CPython's message when it cannot. */
bool lower_target(Lowerer *L, Node *n, enum TargetUse use);
/* What CPython calls an expression in "cannot assign to %s" (its _PyPegen_get_expr_name). */
const char *lower_expr_name(const Node *e);
/* The first part of e that cannot be assigned (or deleted), or NULL. */
const Node *lower_invalid_target(const Node *e, bool del);

/* ---- literals (lower_string.c, lower_fstring.c, lower_number.c) ---- */
/* string or concatenated_string: a Const (str/bytes) or a JoinedStr. */
Node *lower_string(Lowerer *L, TSNode n);
/* integer or float: a Const. */
Node *lower_number(Lowerer *L, TSNode n);

/* What a string literal's prefix says. */
typedef struct StrKind {
    bool raw, bytes, fstr, u;
    size_t prefix_len, quote_len;
    char quote;
} StrKind;

/* Decodes the escapes of a literal piece (non-raw) or copies it (raw) into b; bytes mode
 * refuses non-ASCII.  `lit` is the literal node, for error positions. */
bool lower_decode(Lowerer *L, StrBuf *b, const char *p, size_t n, StrKind k, TSNode lit);
/* Appends the pieces of the f-string `part` to `values` (JoinedStr parts, adjacent text
 * merged through `text`); `whole` is the whole (possibly concatenated) string node, whose
 * first literal decides kind='u' (`u`). */
bool lower_fstring(Lowerer *L, TSNode part, StrKind k, TSNode whole, bool u, StrBuf *text,
                   NodeList *values);
/* Checks the structure of an f-string's body (fields, braces, conversions, specs) as
 * CPython's f-string parser does, without parsing the expressions; false with the message. */
bool lower_fstring_check(const char *body, size_t n, bool raw, char *msg, size_t msglen);
/* Flushes pending text as a Const spanning `range` into values. */
bool lower_flush_text(Lowerer *L, StrBuf *text, NodeList *values, TSNode range, bool u);
/* The code point of a \N{name}; false if unknown. */
bool lower_unicode_name(const char *name, size_t n, uint32_t *cp);

/* ---- statements (lower_stmt.c, lower_compound.c) ---- */
bool lower_block(Lowerer *L, TSNode block, NodeList *out);
Node *lower_stmt(Lowerer *L, TSNode n);
Node *lower_simple_stmt(Lowerer *L, TSNode n);
Node *lower_compound_stmt(Lowerer *L, TSNode n);
/* The docstring of a module, class or function body, or NULL. */
Value lower_docstring(const NodeList *body);

/* ---- patterns (lower_pattern.c) ---- */
Node *lower_pattern(Lowerer *L, TSNode n);

#endif
