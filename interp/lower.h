/* CST (tree-sitter) to AST.  Every named node type of the pinned grammar is either lowered or
 * rejected with SyntaxError "'<construct>' is not supported" at its location.
 *
 * The front end is split by job: lower_scan.c checks the raw text as CPython's tokenizer does
 * (its errors, and the nesting tree-sitter must not see), lower_annot.c parses again the
 * annotations tree-sitter cuts short, lower_diag.c words tree-sitter's ERROR/MISSING nodes as
 * CPython's parser errors, lower_lines.c finds the logical lines tree-sitter joined, and the
 * other lower_*.c files turn the CST into the AST (lower_int.h is their shared interface). */
#ifndef KR_LOWER_H
#define KR_LOWER_H

#include <tree_sitter/api.h>

#include "ast.h"

typedef struct Lowerer {
    VM *vm;
    const char *src;
    size_t len;
    Value filename;
    Value source;        /* src as a str */
    int depth;           /* nesting, bounded by LOWER_MAX_DEPTH */
    bool future_annotations;
    /* An f-string replacement field is parsed on its own, as CPython 3.11 does: `src` is then
     * its text, whose positions are shifted by line_off lines, and by col_off columns on its
     * first line; errors in it are prefixed "f-string: ". */
    int line_off, col_off;
    bool fstring;
    /* When indentation was rewritten for tree-sitter (Scan.wide_indent): per line, the
     * columns to add to tree-sitter's columns to get the source's. */
    const int32_t *col_delta;
    size_t ndelta;
    /* Characters inserted into the text given to tree-sitter (parentheses around the
     * annotations of lower_fix_annotations), as points of that text, in text order: they are
     * taken out of columns. */
    const TSPoint *inserted;
    size_t ninserted;
} Lowerer;

/* The deepest AST the lowering builds: every nested expression, statement or pattern is one
 * level.  CPython compiles about 3000 levels before its own recursion guard trips, and the
 * tokenizer caps brackets at 200, so real code never gets near; the bound keeps the C stack
 * of lowering and of every later pass over the AST (scope, eval) small and known. */
#define LOWER_MAX_DEPTH 1000

Node *lower_module(Lowerer *L, TSNode root);
/* Runs tree-sitter on text (NULL with an error pending: out of memory or time). */
TSTree *lower_parse_text(VM *vm, const char *src, size_t n);
/* Lowers, and so checks, the top-level statements that end before (line, col) and drops
 * them: CPython's parser raises the specific errors they contain before a later generic one.
 * False with the error pending. */
bool lower_statements_before(Lowerer *L, TSNode root, int line, int col);

/* Which grammar node types the lowering handles; for the coverage test. */
bool lower_handles(const char *node_type);

/* ---- the tokenizer pass (lower_scan.c) ---- */

/* A located error found before or without tree-sitter.  col/end_col are 0-based byte columns
 * (parse_error's convention). */
typedef struct ScanError {
    Type *cls;             /* SyntaxError, IndentationError or TabError */
    int line, col, end_line, end_col;
    char msg[200];
} ScanError;

typedef struct Scan {
    /* The first tokenizer error (tokenization stops there, as CPython's).  `overrides` says
     * whether it replaces parser errors found earlier in the file, as CPython's errors raised
     * by its tokenizer's syntaxerror() do; indentation and line-continuation errors only
     * count when the parser reaches them. */
    bool has_error, overrides;
    ScanError error;
    /* A fatal error: tree-sitter must not see the input past fatal_at (nesting it cannot
     * take).  FATAL_RAISE: CPython raises it whatever came before; FATAL_PREFIX: a parse
     * error earlier in the text (found by parsing the text before fatal_at) comes first. */
    enum { FATAL_NONE, FATAL_RAISE, FATAL_PREFIX } fatal;
    size_t fatal_at;
    /* Some logical line is indented by 256 columns or more, which tree-sitter-python's
     * scanner cannot store (it keeps indentation widths in bytes); see lines. */
    bool wide_indent;
    /* When not NULL on entry (one byte per line, filled with SCAN_LINE_KEEP), receives how
     * each line's indentation may be rewritten: to SCAN_LINE_STRIP (blank or comment lines)
     * or to its block depth (0..99) for the first line of a statement. */
    unsigned char *lines;
    /* The file ends inside brackets: the innermost open one. */
    bool unclosed;
    ScanError unclosed_error;
    /* The first indented line where no block may start ("unexpected indent"). */
    bool unexpected_indent;
    ScanError indent_error;
    /* The first block header (`if x:` ...) not followed by an indented line. */
    bool missing_block;
    int header_line;
    ScanError block_error;
    /* The first f-string whose structure CPython's f-string parser refuses (a parser error,
     * at the end of the literal, which starts on fstring_line). */
    bool fstring_bad;
    int fstring_line;
    ScanError fstring_error;
} Scan;

enum { SCAN_LINE_STRIP = 0xFE, SCAN_LINE_KEEP = 0xFF };

/* Tokenizes src as CPython 3.11 does and fills `out` (whose `lines` is kept). */
void lower_scan(const char *src, size_t n, Scan *out);

/* ---- annotations tree-sitter cuts short (lower_annot.c) ---- */

/* Given the tree (with errors) of *text, parses the text again with its cut annotations in
 * parentheses; when that moves the first error later or removes it, *tree (the old one
 * deleted), *text, *len and *inserted (the points of the added characters, for
 * Lowerer.inserted) are replaced.  False: out of memory or time (error pending; *tree is
 * still the caller's to delete). */
bool lower_fix_annotations(VM *vm, const char **text, size_t *len, TSTree **tree,
                           const TSPoint **inserted, size_t *ninserted);

/* ---- tree-sitter errors (lower_diag.c) ---- */

/* The first ERROR or MISSING node of the tree, in source order; false if the tree has none. */
bool lower_first_error(TSNode root, TSNode *out);
/* Raises the SyntaxError for an ERROR or MISSING node, worded as CPython's where the case is
 * recognised ("expected ':'", "invalid syntax", ...). */
Value lower_diagnose(Lowerer *L, TSNode err);

/* ---- logical lines (lower_lines.c) ---- */

/* For a tree without errors: raises CPython's "invalid syntax" where tree-sitter read on past
 * a line break that ends a logical line in the middle of a statement. */
bool lower_check_lines(Lowerer *L, TSNode root);

/* One step of a pre-order walk with a tree cursor: into the current node's children when
 * descend is true and it has any, else past its subtree.  False when the walk has left the
 * subtree the cursor started at. */
static inline bool lower_walk_next(TSTreeCursor *c, bool descend) {
    if (descend && ts_tree_cursor_goto_first_child(c))
        return true;
    while (!ts_tree_cursor_goto_next_sibling(c))
        if (!ts_tree_cursor_goto_parent(c))
            return false;
    return true;
}

#endif
