/* Name errors, worded as CPython 3.11, with its "Did you mean" suggestions. */
#include "eval.h"
#include "suggest.h"

/* Whether slot i of f's frame is a free variable (a cell from the closure). */
static bool is_free_slot(Frame *f, int32_t i) {
    Scope *s = f->code->scope;
    return i >= s->nlocals + s->ncells && i < s->nlocals + s->ncells + s->nfree;
}

Value eval_unbound_local(Frame *f, Node *n) {
    VM *vm = f->vm;
    Value id = n->u.name.id;
    /* CPython sets NameError.name for the free variable but not for UnboundLocalError */
    if (n->u.name.scope != NS_LOCAL && is_free_slot(f, n->u.name.index)) {
        exc_raise(vm, &Exc_NameError, "cannot access free variable '%U' where it is not "
                  "associated with a value in enclosing scope", id);
        if (vm->exc && IS_EXC(vm->exc))
            exc_set_name(vm, vm->exc, id);
    } else {
        exc_raise(vm, &Exc_UnboundLocalError, "cannot access local variable '%U' where it is "
                  "not associated with a value", id);
    }
    return eval_fail(f, n);
}

Value eval_name_error(Frame *f, Node *n, Value name) {
    VM *vm = f->vm;
    exc_raise(vm, &Exc_NameError, "name '%U' is not defined", name);
    Value e = vm->exc;
    if (!e || !IS_EXC(e))
        return eval_fail(f, n);
    exc_set_name(vm, e, name);
    /* suggestions as CPython finds them: the co_varnames of the innermost code (an inlined
     * comprehension's own), then globals, then builtins */
    Scope *sc = f->code->scope;
    if (n->u.name.scope == NS_GLOBAL && n->u.name.index)
        sc = (Scope *)AS_LIST(sc->inlined)->items[n->u.name.index - 1];
    Value sources[3] = {NULL, f->globals, f->builtins};
    for (int i = 0; i < 3; i++) {
        Value keys = i ? dict_keys_list(vm, sources[i]) : scope_varnames(vm, sc);
        Value s = keys ? suggest_name(keys, name) : NULL;
        if (s) {
            AS_EXC(e)->suggestion = s;
            break;
        }
    }
    vm->exc = e;
    return eval_fail(f, n);
}
