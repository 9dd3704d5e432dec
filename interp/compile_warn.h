/* CPython's compile-time SyntaxWarnings ("is" with a literal, a tuple as an assert's test, a
 * literal called or subscripted where a comma is probably missing). */
#ifndef KR_COMPILE_WARN_H
#define KR_COMPILE_WARN_H

#include "ast.h"

/* Appends to *out (a list made on first use) the warnings node n itself gives, each a tuple
 * (line, message).  False: out of memory (error pending). */
bool cwarn_node(VM *vm, Value *out, const Node *n);

/* The warnings as CPython prints them on stderr, each with its source line unless the file
 * name is a pseudo-name such as "<string>". */
Value cwarn_text(VM *vm, Value warnings, Value filename, Value source);

#endif
