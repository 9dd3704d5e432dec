/* The bridge between C slots and dunder methods, in both directions:
 *  - a built-in type's slots appear in its dict as slot wrappers (`int.__add__`), so Python
 *    code can call them and subclasses can find them;
 *  - a class whose MRO defines a dunder in Python gets a slot function that calls it. */
#ifndef KR_SLOTS_H
#define KR_SLOTS_H

#include "object.h"

extern Type slot_wrapper_type, method_wrapper_type;

Value slots_method_descr(Type *t, const MethodDef *m);
Value slots_getset_descr(Type *t, const GetSetDef *g);
void slots_add_wrappers(Type *t);
void slots_update(Type *t);
uint64_t type_next_version(void);

#endif
