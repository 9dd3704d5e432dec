/* dir() without arguments: the names bound in the calling frame, sorted. */
#include "builtins.h"
#include "eval.h"

Value eval_dir_locals(VM *vm) {
    Frame *f = vm->frame;
    Value names = list_new(vm, 8);
    if (!f || !names)
        return names;
    if (f->code->scope->kind == SC_MODULE || f->code->scope->kind == SC_CLASS) {
        Value keys = IS_DICT(f->ns) ? dict_keys_list(vm, f->ns) : list_from_iter(vm, f->ns);
        if (!keys)
            return NULL;
        names = keys;
    } else {
        size_t pos = 0;
        Value k, slot;
        while (dict_next(f->code->scope->slotnames, &pos, &k, &slot)) {
            Value v = f->slots[SMALL_VAL(slot)];
            if (v && TYPE(v) == &cell_type && SMALL_VAL(slot) >= f->code->scope->nlocals)
                v = AS_CELL(v)->v;
            if (v && str_data(k)[0] != '.' && !list_append(vm, names, k))
                return NULL;
        }
    }
    return list_sort(vm, names, NONE, false) ? names : NULL;
}
