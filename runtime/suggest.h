/* CPython's "Did you mean" suggestions (Python/suggestions.c). */
#ifndef KR_SUGGEST_H
#define KR_SUGGEST_H

#include "object.h"

/* The closest str in the list to name, or NULL if none is close enough. */
Value suggest_name(Value candidates, Value name);

#endif
