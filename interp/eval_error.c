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
    /* suggestions: the frame's own names, then globals, then builtins */
    Value sources[3] = {f->code->scope->slotnames, f->globals, f->builtins};
    for (int i = 0; i < 3; i++) {
        if (!sources[i] || !IS_DICT(sources[i]))
            continue;
        if (i == 0 && f->ns != f->globals && IS_DICT(f->ns))
            sources[i] = f->ns;
        Value keys = dict_keys_list(vm, sources[i]);
        Value s = keys ? suggest_name(keys, name) : NULL;
        if (s) {
            AS_EXC(e)->suggestion = s;
            break;
        }
    }
    vm->exc = e;
    return eval_fail(f, n);
}
