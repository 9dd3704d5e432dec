/* CST (tree-sitter) to AST.  Every named node type of the pinned grammar is either lowered or
 * rejected with SyntaxError "'<construct>' is not supported" at its location. */
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
} Lowerer;

#define LOWER_MAX_DEPTH 200

Node *lower_module(Lowerer *L, TSNode root);

/* Which grammar node types the lowering handles; for the coverage test. */
bool lower_handles(const char *node_type);

#endif
