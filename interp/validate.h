/* The static policy report (validate.c), used by `krait check` and before runs. */
#ifndef KR_VALIDATE_H
#define KR_VALIDATE_H

#include "scope.h"

/* A list of violation dicts {rule, name, severity, line, col, message}; counts the nodes and
 * the deepest nesting on the way.  NULL with an error pending. */
Value validate_module(VM *vm, Node *module, size_t *nodes, int *max_depth);
/* "file:line:col: severity: rule: message" lines. */
Value validate_report_text(VM *vm, Value report, Value filename);

#endif
