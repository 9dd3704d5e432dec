/* Expressions back to source text (unparse.c), as CPython's ast_unparse.c writes them. */
#ifndef KR_UNPARSE_H
#define KR_UNPARSE_H

#include "ast.h"

/* The string `from __future__ import annotations` stores for an annotation; NULL on error.
 * *refused: the first yield, await or named expression outside its nested scopes (which
 * CPython does not allow in such an annotation), or NULL. */
Value unparse_annotation(VM *vm, Node *e, Node **refused);

#endif
