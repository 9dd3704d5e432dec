/* Source text to AST: checks the input (size, UTF-8, NUL bytes), drives tree-sitter, turns
 * ERROR/MISSING nodes into a SyntaxError worded as CPython's where it can tell, and lowers the
 * CST (lower.c).  Every failure is a SyntaxError (or ValueError for NUL bytes, as CPython)
 * pending on the VM, with file, line and column. */
#ifndef KR_PARSE_H
#define KR_PARSE_H

#include "ast.h"

/* The Module node, or NULL with the error pending.  `source` is kept (as a str) on the Module
 * for tracebacks. */
Node *parse_module(VM *vm, const char *src, size_t n, Value filename, size_t max_bytes);

/* Raises SyntaxError (or a subclass such as IndentationError) at a source position:
 * line 1-based, col/end_col 0-based byte columns (end_line/end_col may be 0: unknown). */
Value parse_error(VM *vm, Type *cls, Value filename, Value source, int line, int col,
                  int end_line, int end_col, const char *fmt, ...);

#endif
