/* Compile-time checks of match statements (see pattern_check.c). */
#ifndef KR_PATTERN_CHECK_H
#define KR_PATTERN_CHECK_H

#include "ast.h"

typedef struct PatternError {
    Node *at;            /* NULL: none */
    const char *fmt;     /* one %s, for arg */
    const char *arg;
} PatternError;

/* False with *err filled at the first error CPython's compiler would raise for the match
 * statement's patterns, or with err->at NULL and the memory error pending. */
bool pattern_check(VM *vm, Node *match, PatternError *err);

#endif
