/* Calls: evaluating call expressions (with the method-call shortcut that binds no method
 * object), binding arguments to parameters with CPython's error messages, running function
 * frames, and creating functions and classes. */
#include "builtins.h"
#include "eval.h"

/* ---- code objects ---- */

static Value frame_module_name(Frame *f) {
    Value m = dict_get_str(f->vm, f->globals, NM(__name__));
    return m == VAL_MISSING ? NONE : m;
}

Code *eval_code_of(Frame *f, Node *n) {
    Code **slot = n->kind == N_ClassDef ? &n->u.cls.code
                  : n->kind == N_GeneratorExp ? &n->u.comp.code : &n->u.func.code;
    if (*slot)
        return *slot;
    VM *vm = f->vm;
    Code *c = gc_alloc(vm, sizeof(Code));
    if (!c)
        return NULL;
    memset(c, 0, sizeof *c);
    c->node = n;
    c->filename = f->code->filename;
    c->source = f->code->source;
    c->kwarg_slot = -1;
    if (n->kind == N_ClassDef) {
        c->scope = n->u.cls.scope;
        c->body = &n->u.cls.body;
    } else if (n->kind == N_GeneratorExp) {
        c->scope = n->u.comp.scope;
        c->body = NULL;
    } else {
        c->scope = n->u.func.scope;
        c->body = &n->u.func.body;
    }
    c->name = c->scope->name;
    c->qualname = c->scope->qualname;
    /* parameter names in slot order, for keyword binding and messages */
    if (n->kind == N_FunctionDef || n->kind == N_Lambda) {
        Node *a = n->u.func.args;
        size_t total = a->u.arguments.posonly.n + a->u.arguments.args.n +
                       a->u.arguments.kwonly.n + (a->u.arguments.vararg != NULL) +
                       (a->u.arguments.kwarg != NULL);
        c->params = gc_alloc(vm, (total + 1) * sizeof(Value));
        if (!c->params)
            return NULL;
        NodeList *groups[2] = {&a->u.arguments.posonly, &a->u.arguments.args};
        for (int g = 0; g < 2; g++)
            for (size_t i = 0; i < groups[g]->n; i++)
                c->params[c->nparams++] = groups[g]->items[i]->u.arg.name;
        if (a->u.arguments.vararg)
            c->params[c->nparams++] = a->u.arguments.vararg->u.arg.name;
        for (size_t i = 0; i < a->u.arguments.kwonly.n; i++)
            c->params[c->nparams++] = a->u.arguments.kwonly.items[i]->u.arg.name;
        if (a->u.arguments.kwarg) {
            c->kwarg_slot = c->nparams;
            c->params[c->nparams++] = a->u.arguments.kwarg->u.arg.name;
        }
    } else if (n->kind == N_GeneratorExp) {
        c->params = gc_alloc(vm, sizeof(Value));
        if (!c->params)
            return NULL;
        c->params[0] = str_intern_c(vm, ".0");
        c->nparams = 1;
    }
    *slot = c;
    return c;
}

/* ---- argument binding ---- */

/* CPython's wording and order of checks (initialize_locals in ceval.c): keywords one by one,
 * then too many positional arguments, then missing positional, then missing keyword-only. */

/* The parameters in [start, end) with no value yet: 'a'; 'a' and 'b'; 'a', 'b', and 'c'. */
static bool missing_error(VM *vm, Function *fn, Value *slots, size_t start, size_t end,
                          const char *kind) {
    Value *params = fn->code->params;
    size_t n = 0, k = 0;
    for (size_t i = start; i < end; i++)
        n += slots[i] == NULL;
    StrBuf b;
    sb_init(&b, vm, 32);
    for (size_t i = start; i < end; i++) {
        if (slots[i])
            continue;
        if (k)
            sb_adds(&b, n == 2 ? " and " : k + 1 == n ? ", and " : ", ");
        sb_addf(&b, "'%s'", str_data(params[i]));
        k++;
    }
    Value l = sb_finish(&b);
    if (l)
        exc_raise(vm, &Exc_TypeError, "%U() missing %zu required %s argument%s: %U",
                  fn->qualname, n, kind, n == 1 ? "" : "s", l);
    return false;
}

static bool too_many_positional(VM *vm, Function *fn, size_t given, Value *slots) {
    Scope *sc = fn->code->scope;
    size_t argc = (size_t)sc->argcount, kwonly_given = 0;
    size_t ndef = fn->defaults ? AS_TUPLE(fn->defaults)->len : 0;
    for (size_t i = argc; i < argc + (size_t)sc->kwonly; i++)
        kwonly_given += slots[i] != NULL;
    Value takes = ndef ? str_fmt(vm, "from %zu to %zu positional arguments", argc - ndef, argc)
                       : str_fmt(vm, "%zu positional argument%s", argc, argc == 1 ? "" : "s");
    if (!takes)
        return false;
    if (kwonly_given)
        exc_raise(vm, &Exc_TypeError,
                  "%U() takes %U but %zu positional argument%s (and %zu keyword-only "
                  "argument%s) were given", fn->qualname, takes, given, given == 1 ? "" : "s",
                  kwonly_given, kwonly_given == 1 ? "" : "s");
    else
        exc_raise(vm, &Exc_TypeError, "%U() takes %U but %zu %s given", fn->qualname, takes,
                  given, given == 1 ? "was" : "were");
    return false;
}

/* An unknown keyword without **kwargs: if some keywords name positional-only parameters,
 * CPython reports all of those (in parameter order) instead. */
static bool unexpected_keyword(VM *vm, Function *fn, Value kwnames, Value name) {
    Code *co = fn->code;
    size_t nkw = AS_TUPLE(kwnames)->len, found = 0;
    StrBuf b;
    sb_init(&b, vm, 32);
    for (int32_t i = 0; i < co->scope->posonly; i++)
        for (size_t k = 0; k < nkw; k++)
            if (str_eq(co->params[i], AS_TUPLE(kwnames)->items[k])) {
                if (found++)
                    sb_adds(&b, ", ");
                sb_add_str(&b, co->params[i]);
            }
    Value names = sb_finish(&b);
    if (!names)
        return false;
    if (found)
        exc_raise(vm, &Exc_TypeError, "%U() got some positional-only arguments passed as "
                  "keyword arguments: '%U'", fn->qualname, names);
    else
        exc_raise(vm, &Exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                  fn->qualname, name);
    return false;
}

bool eval_bind_args(VM *vm, Function *fn, Value *slots, Value *args, size_t nargs,
                    Value kwnames) {
    Code *co = fn->code;
    Scope *sc = co->scope;
    size_t argc = (size_t)sc->argcount;
    size_t nkw = kwnames ? AS_TUPLE(kwnames)->len : 0;
    bool varargs = sc->flags & SCF_VARARGS, varkw = sc->flags & SCF_VARKW;
    if (LIKELY(nkw == 0 && nargs == argc && !varargs && !varkw && sc->kwonly == 0)) {
        vals_copy(slots, args, nargs);   /* a call without arguments may pass args == NULL */
        return true;
    }
    size_t npos = nargs < argc ? nargs : argc;
    vals_copy(slots, args, npos);
    /* slot order: positional, *args, keyword-only, **kwargs */
    size_t kwstart = argc + (varargs ? 1 : 0);
    size_t kwend = kwstart + (size_t)sc->kwonly;
    if (varargs) {
        Value t = nargs > argc ? tuple_from(vm, args + argc, nargs - argc) : kr_empty_tuple;
        if (!t)
            return false;
        slots[argc] = t;
    }
    Value kwdict = NULL;
    if (varkw) {
        kwdict = dict_new(vm);
        if (!kwdict)
            return false;
        slots[co->kwarg_slot] = kwdict;
    }
    for (size_t k = 0; k < nkw; k++) {
        Value name = AS_TUPLE(kwnames)->items[k], v = args[nargs + k];
        size_t i;
        for (i = (size_t)sc->posonly; i < kwend; i++) {
            if (i == argc && varargs)
                continue;
            if (co->params[i] == name || str_eq(co->params[i], name))
                break;
        }
        if (i == kwend) {
            if (!kwdict)
                return unexpected_keyword(vm, fn, kwnames, name);
            if (!dict_set(vm, kwdict, name, v))
                return false;
            continue;
        }
        if (slots[i]) {
            exc_raise(vm, &Exc_TypeError, "%U() got multiple values for argument '%U'",
                      fn->qualname, name);
            return false;
        }
        slots[i] = v;
    }
    if (nargs > argc && !varargs)
        return too_many_positional(vm, fn, nargs, slots);
    if (nargs < argc) {
        size_t ndef = fn->defaults ? AS_TUPLE(fn->defaults)->len : 0;
        size_t first_def = argc - ndef;
        for (size_t i = nargs; i < first_def; i++)
            if (!slots[i])
                return missing_error(vm, fn, slots, nargs, first_def, "positional");
        for (size_t i = first_def; i < argc; i++)
            if (!slots[i])
                slots[i] = AS_TUPLE(fn->defaults)->items[i - first_def];
    }
    if (sc->kwonly) {
        bool missing = false;
        for (size_t i = kwstart; i < kwend; i++) {
            if (slots[i])
                continue;
            Value d = fn->kwdefaults ? dict_get_str(vm, fn->kwdefaults, co->params[i])
                                     : VAL_MISSING;
            if (d != VAL_MISSING)
                slots[i] = d;
            else
                missing = true;
        }
        if (missing)
            return missing_error(vm, fn, slots, kwstart, kwend, "keyword-only");
    }
    return true;
}

/* ---- running frames ---- */

static bool enter_call(VM *vm) {
    if (UNLIKELY(!vm_tick(vm)))
        return false;
    if (UNLIKELY(++vm->depth > vm->max_depth)) {
        vm->depth--;
        exc_raise(vm, &Exc_RecursionError, "maximum recursion depth exceeded");
        return false;
    }
    if (UNLIKELY(!vm_stack_ok(vm))) {
        vm->depth--;
        vm_stack_error(vm);
        return false;
    }
    return true;
}

/* Cells for captured variables (parameters copied in) and the closure's cells. */
static bool init_cells(VM *vm, Scope *sc, Value *slots, Value closure) {
    for (int32_t i = 0; i < sc->ncells; i++) {
        int32_t arg = sc->cell_arg[i];
        Value c = cell_new(vm, arg >= 0 ? slots[arg] : NULL);
        if (!c)
            return false;
        slots[sc->nlocals + i] = c;
    }
    for (int32_t i = 0; i < sc->nfree; i++)
        slots[sc->nlocals + sc->ncells + i] = AS_TUPLE(closure)->items[i];
    return true;
}

int eval_run_frame(Frame *f) {
    VM *vm = f->vm;
    f->back = vm->frame;
    vm->frame = f;
    int c = exec_block(f, f->code->body);
    vm->frame = f->back;
    return c;
}

Value eval_call_function(VM *vm, Value fv, Value *args, size_t nargs, Value kwnames) {
    Function *fn = AS_FUNC(fv);
    Code *co = fn->code;
    Scope *sc = co->scope;
    int32_t ns = sc->nslots;
    if (UNLIKELY(sc->flags & (SCF_GENERATOR | SCF_COROUTINE))) {
        Value *hslots = gc_alloc(vm, (size_t)(ns ? ns : 1) * sizeof(Value));
        if (!hslots)
            return NULL;
        memset(hslots, 0, (size_t)ns * sizeof(Value));
        if (!eval_bind_args(vm, fn, hslots, args, nargs, kwnames) ||
            !init_cells(vm, sc, hslots, fn->closure))
            return NULL;
        Frame *hf = gc_alloc(vm, sizeof(Frame));
        if (!hf)
            return NULL;
        memset(hf, 0, sizeof *hf);
        hf->vm = vm;
        hf->code = co;
        hf->slots = hslots;
        hf->globals = fn->globals;
        hf->builtins = vm->builtins;
        hf->ns = fn->globals;
        int kind = (sc->flags & SCF_COROUTINE)
                       ? ((sc->flags & SCF_GENERATOR) ? GK_ASYNC_GENERATOR : GK_COROUTINE)
                       : GK_GENERATOR;
        return gen_new(vm, hf, kind, fn->name, fn->qualname);
    }
    Value slots[ns > 0 ? ns : 1];
    memset(slots, 0, (size_t)ns * sizeof(Value));
    if (!eval_bind_args(vm, fn, slots, args, nargs, kwnames))
        return NULL;
    if (sc->ncells + sc->nfree && !init_cells(vm, sc, slots, fn->closure))
        return NULL;
    if (!enter_call(vm))
        return NULL;
    Frame f;
    f.vm = vm;
    f.code = co;
    f.slots = slots;
    f.globals = fn->globals;
    f.builtins = vm->builtins;
    f.ns = fn->globals;
    f.stmt = NULL;
    f.err_node = NULL;
    f.tb_exc = NULL;
    f.retval = NONE;
    f.last_expr = NULL;
    f.gen = NULL;
    f.rs = NULL;
    f.rs_len = f.rs_cap = 0;
    f.resuming = false;
    int c = eval_run_frame(&f);
    vm->depth--;
    if (c == C_RETURN)
        return f.retval;
    if (c == C_RAISE)
        return NULL;
    return NONE;
}

/* ---- call expressions ---- */

/* How CPython names a callable in argument-unpacking errors (_PyObject_FunctionStr):
 * "module.qualname()", "qualname()" for built-ins, else str(callable). */
static Value function_str(VM *vm, Value fn) {
    Value q = obj_getattr_opt(vm, fn, NM(__qualname__));
    if (!q)
        return NULL;
    if (q == VAL_MISSING)
        return obj_str(vm, fn);
    Value m = obj_getattr_opt(vm, fn, NM(__module__));
    if (!m)
        return NULL;
    if (m != VAL_MISSING && m != NONE && !(IS_STR(m) && str_eq_c(m, "builtins")))
        return str_fmt(vm, "%S.%S()", m, q);
    return str_fmt(vm, "%S()", q);
}

/* Raises TypeError "<callable> <msg>". */
static Value call_error(Frame *f, Node *n, Value callee, Value msg) {
    Value d = msg ? function_str(f->vm, callee) : NULL;
    if (d)
        exc_raise(f->vm, &Exc_TypeError, "%U %U", d, msg);
    return eval_fail(f, n);
}

static Value dispatch(VM *vm, Value callee, Value *args, size_t nargs, Value kwnames) {
    if (LIKELY(!IS_SMALL(callee) && callee->type == &function_type))
        return eval_call_function(vm, callee, args, nargs, kwnames);
    return obj_call(vm, callee, args, nargs, kwnames);
}

/* True, with the exception set, when key is already one of the call's keywords (a repeat)
 * or cannot be looked up. */
static bool keyword_taken(Frame *f, Node *n, Value callee, Value kwd, Value key) {
    VM *vm = f->vm;
    Value old = dict_get(vm, kwd, key);
    if (!old) {
        eval_fail(f, n);
        return true;
    }
    if (old == VAL_MISSING)
        return false;
    call_error(f, n, callee, str_fmt(vm, "got multiple values for keyword argument '%S'", key));
    return true;
}

/* Adds one keyword argument of a call with * or **; false with TypeError on a repeat. */
static bool add_keyword(Frame *f, Node *n, Value callee, Value kwd, Value key, Value v) {
    if (keyword_taken(f, n, callee, kwd, key))
        return false;
    if (!dict_set(f->vm, kwd, key, v)) {
        eval_fail(f, n);
        return false;
    }
    return true;
}

/* Merges the mapping of a `**` argument into kwd.  As CPython's DICT_MERGE does, a repeated
 * key is reported before the mapping is asked for its value. */
static bool merge_mapping(Frame *f, Node *n, Value callee, Value kwd, Value m) {
    VM *vm = f->vm;
    Value keys = IS_DICT(m) ? dict_keys_list(vm, m) : NULL;
    if (!keys) {
        Value kf = obj_getattr_opt(vm, m, NM(keys));
        if (!kf) {
            eval_fail(f, n);
            return false;
        }
        if (kf == VAL_MISSING) {
            call_error(f, n, callee, str_fmt(vm, "argument after ** must be a mapping, not %s",
                                             tname(m)));
            return false;
        }
        Value ks = obj_call0(vm, kf);
        if (!ks || !(keys = list_from_iter(vm, ks))) {
            eval_fail(f, n);
            return false;
        }
    }
    for (size_t j = 0; j < AS_LIST(keys)->len; j++) {
        Value key = AS_LIST(keys)->items[j];
        if (keyword_taken(f, n, callee, kwd, key))
            return false;
        Value v = IS_DICT(m) ? dict_get(vm, m, key) : obj_getitem(vm, m, key);
        if (!v || v == VAL_MISSING || !dict_set(vm, kwd, key, v)) {
            eval_fail(f, n);
            return false;
        }
    }
    return true;
}

/* The general case: * and ** arguments.  args: each argument's value (a Starred one's
 * iterable), then each keyword's (a `**` one's mapping); or NULL to evaluate them here in
 * CPython's order: an iterable is unpacked, and a mapping merged, before the arguments after
 * it are evaluated, except that a sole starred argument is unpacked by the call itself,
 * after the keywords; the plain keywords between two mappings are all evaluated before any
 * is added.  Repeated keywords are errors as they are merged, before the names are checked
 * to be strings. */
Value eval_call_values(Frame *f, Node *n, Value callee, Value *args) {
    VM *vm = f->vm;
    NodeList *al = &n->u.call.args, *kws = &n->u.call.keywords;
    if (n->u.call.simple) {
        Value r = dispatch(vm, callee, args, al->n, n->u.call.kwnames);
        return r ? r : eval_fail(f, n);
    }
    Value pos = list_new(vm, al->n);
    if (!pos)
        return NULL;
    bool sole_star = al->n == 1 && al->items[0]->kind == N_Starred;
    Value star = NULL;
    for (size_t i = 0; i < al->n; i++) {
        Node *a = al->items[i];
        Value v = args ? args[i] : eval_expr(f, a->kind == N_Starred ? a->u.ret.value : a);
        if (!v)
            return NULL;
        if (sole_star) {
            star = v;
        } else if (a->kind != N_Starred) {
            if (!list_append(vm, pos, v))
                return NULL;
        } else if (!list_extend(vm, pos, v)) {
            eval_star_error(vm, v);
            return eval_fail(f, n);
        }
    }
    Value kwd = dict_new(vm);
    Value *kv = args ? args + al->n : kws->n ? gc_alloc(vm, kws->n * sizeof(Value)) : NULL;
    if (!kwd || (kws->n && !kv))
        return NULL;
    size_t pending = 0;   /* plain keywords evaluated, not added yet */
    for (size_t i = 0; i <= kws->n; i++) {
        Node *k = i < kws->n ? kws->items[i] : NULL;
        if (k && !args && !(kv[i] = eval_expr(f, k->u.keyword.value)))
            return NULL;
        if (k && k->u.keyword.arg) {
            pending++;
            continue;
        }
        for (size_t j = i - pending; j < i; j++)
            if (!add_keyword(f, n, callee, kwd, kws->items[j]->u.keyword.arg, kv[j]))
                return NULL;
        pending = 0;
        if (k && !merge_mapping(f, n, callee, kwd, kv[i]))
            return NULL;
    }
    /* CPython names the callee only for a sole starred iterable, which it checks before
     * unpacking; else it builds a list as a display does */
    if (star && !list_extend(vm, pos, star)) {
        if (exc_pending_matches(vm, &Exc_TypeError) && !TYPE(star)->iter &&
            !TYPE(star)->getitem) {
            exc_clear(vm);
            return call_error(f, n, callee, str_fmt(vm, "argument after * must be an "
                                                    "iterable, not %s", tname(star)));
        }
        eval_star_error(vm, star);
        return eval_fail(f, n);
    }
    size_t np = AS_LIST(pos)->len, nk = AS_DICT(kwd)->used;
    Value *argv = gc_alloc(vm, (np + nk + 1) * sizeof(Value));
    Value kwnames = nk ? tuple_new(vm, nk) : NULL;
    if (!argv || (nk && !kwnames))
        return NULL;
    if (np)   /* an empty list may have no item array */
        memcpy(argv, AS_LIST(pos)->items, np * sizeof(Value));
    size_t p = 0, j = 0;
    Value k, v;
    while (dict_next(kwd, &p, &k, &v)) {
        if (!IS_STR(k)) {
            exc_raise(vm, &Exc_TypeError, "keywords must be strings");
            return eval_fail(f, n);
        }
        AS_TUPLE(kwnames)->items[j] = str_intern(vm, k);
        argv[np + j++] = v;
    }
    Value r = dispatch(vm, callee, argv, np, kwnames);
    return r ? r : eval_fail(f, n);
}

/* A function or built-in method found on the type, which a method call may pass `self` to
 * without binding (class methods bind to the type instead). */
static bool is_plain_method(Value descr) {
    Type *t = TYPE(descr);
    return t == &function_type ||
           (t == &method_descr_type && !(((MethodDescr *)descr)->def->flags & MF_CLASS));
}

#define STACK_ARGS 16

Value eval_call(Frame *f, Node *n) {
    VM *vm = f->vm;
    Node *fnode = n->u.call.func;
    size_t nargs = n->u.call.args.n, nkw = n->u.call.keywords.n;
    Value callee, self = NULL;
    if (fnode->kind == N_Attribute && !(fnode->flags & (NF_BLOCKED | NF_HAS_YIELD))) {
        Value obj = eval_expr(f, fnode->u.attr.value);
        if (!obj)
            return NULL;
        Type *t = TYPE(obj);
        AttrCache *c = &fnode->u.attr.cache;
        if (t->getattr == generic_getattr) {
            Value descr;
            if (LIKELY(c->type == t && c->version == t->version)) {
                descr = c->descr;
            } else {
                descr = type_lookup(t, fnode->u.attr.attr);
                c->type = t;
                c->version = t->version;
                c->descr = descr;
            }
            if (descr != VAL_MISSING && is_plain_method(descr)) {
                Value *dp = obj_dictptr(obj);
                if (!dp || !*dp || dict_get_str(vm, *dp, fnode->u.attr.attr) == VAL_MISSING) {
                    self = obj;
                    callee = descr;
                    goto args;
                }
            }
        }
        callee = eval_attr(f, fnode, obj);
    } else {
        callee = eval_expr(f, fnode);
    }
    if (!callee)
        return NULL;
args:;
    if (UNLIKELY(!n->u.call.simple)) {
        if (self) {
            /* the general path wants a callable: bind the method for real */
            callee = method_new(vm, callee, self);
            if (!callee)
                return NULL;
        }
        return eval_call_values(f, n, callee, NULL);
    }
    size_t total = 2 + nargs + nkw;
    Value small[STACK_ARGS];
    Value *stack = total <= STACK_ARGS ? small : gc_alloc(vm, total * sizeof(Value));
    if (!stack)
        return NULL;
    /* stack[0]: self for a method call; stack[1]: callee; then arguments */
    Value *argv = stack + 2;
    NodeList *al = &n->u.call.args;
    for (size_t i = 0; i < nargs; i++) {
        Value v = eval_expr(f, al->items[i]);
        if (!v)
            return NULL;
        argv[i] = v;
    }
    for (size_t i = 0; i < nkw; i++) {
        Value v = eval_expr(f, n->u.call.keywords.items[i]->u.keyword.value);
        if (!v)
            return NULL;
        argv[nargs + i] = v;
    }
    Value r;
    if (self) {
        stack[1] = self;
        r = TYPE(callee) == &function_type
                ? eval_call_function(vm, callee, stack + 1, nargs + 1, n->u.call.kwnames)
                : obj_call(vm, callee, stack + 1, nargs + 1, n->u.call.kwnames);
    } else {
        r = dispatch(vm, callee, argv, nargs, n->u.call.kwnames);
    }
    return r ? r : eval_fail(f, n);
}

/* ---- making functions ---- */

Value eval_make_function(Frame *f, Node *n, Value *defaults, size_t ndefaults,
                         Value kwdefaults) {
    VM *vm = f->vm;
    Code *co = eval_code_of(f, n);
    if (!co)
        return NULL;
    Scope *sc = co->scope;
    Function *fn = (Function *)gc_new(vm, &function_type, sizeof(Function));
    if (!fn)
        return NULL;
    memset((char *)fn + sizeof(Obj), 0, sizeof(Function) - sizeof(Obj));
    fn->code = co;
    fn->globals = f->globals;
    fn->name = co->name;
    fn->qualname = co->qualname;
    fn->module = frame_module_name(f);
    fn->doc = (n->kind == N_FunctionDef && n->u.func.doc) ? n->u.func.doc : NONE;
    if (ndefaults && !(fn->defaults = tuple_from(vm, defaults, ndefaults)))
        return NULL;
    fn->kwdefaults = kwdefaults;
    if (sc->nfree) {
        Value cl = tuple_new(vm, (size_t)sc->nfree);
        if (!cl)
            return NULL;
        for (int32_t i = 0; i < sc->nfree; i++) {
            int32_t from = sc->free_from[i];
            AS_TUPLE(cl)->items[i] = from >= 0 ? f->slots[from] : NULL;
            if (!AS_TUPLE(cl)->items[i] || TYPE(AS_TUPLE(cl)->items[i]) != &cell_type)
                return exc_raise(vm, &Exc_SystemError, "closure cell for '%U' not found",
                                 co->name);
        }
        fn->closure = cl;
    }
    return (Value)fn;
}

/* Parameter i of a def or lambda in slot order: positional, *args, keyword-only, **kwargs. */
static Node *param_at(Node *a, size_t i) {
    NodeList *groups[2] = {&a->u.arguments.posonly, &a->u.arguments.args};
    for (int g = 0; g < 2; g++) {
        if (i < groups[g]->n)
            return groups[g]->items[i];
        i -= groups[g]->n;
    }
    if (a->u.arguments.vararg && i-- == 0)
        return a->u.arguments.vararg;
    if (i < a->u.arguments.kwonly.n)
        return a->u.arguments.kwonly.items[i];
    return a->u.arguments.kwarg;
}

static size_t nparams(Node *a) {
    return a->u.arguments.posonly.n + a->u.arguments.args.n + a->u.arguments.kwonly.n +
           (a->u.arguments.vararg != NULL) + (a->u.arguments.kwarg != NULL);
}

size_t eval_def_nkids(Node *n) {
    Node *a = n->u.func.args;
    size_t k = a->u.arguments.defaults.n + a->u.arguments.kwonly.n;
    return n->kind == N_FunctionDef ? k + nparams(a) + 1 : k;   /* lambdas: no annotations */
}

Node *eval_def_kid(Node *n, size_t i) {
    Node *a = n->u.func.args;
    NodeList *d = &a->u.arguments.defaults, *kd = &a->u.arguments.kw_defaults;
    if (i < d->n)
        return d->items[i];
    i -= d->n;
    if (i < kd->n)
        return kd->items[i];
    i -= kd->n;
    return i == nparams(a) ? n->u.func.returns : param_at(a, i)->u.arg.annotation;
}

Value eval_make_function_from(Frame *f, Node *n, Value *vals) {
    VM *vm = f->vm;
    Node *a = n->u.func.args;
    size_t nd = a->u.arguments.defaults.n, nk = a->u.arguments.kwonly.n;
    Value kwd = NULL;
    for (size_t i = 0; i < nk; i++) {
        if (!a->u.arguments.kw_defaults.items[i])
            continue;
        if ((!kwd && !(kwd = dict_new(vm))) ||
            !dict_set(vm, kwd, a->u.arguments.kwonly.items[i]->u.arg.name, vals[nd + i]))
            return NULL;
    }
    Value fn = eval_make_function(f, n, vals, nd, kwd);
    if (!fn || n->kind != N_FunctionDef)
        return fn;
    Value ann = NULL;
    size_t np = nparams(a);
    for (size_t i = 0; i <= np; i++) {
        if (!eval_def_kid(n, nd + nk + i))
            continue;
        Value name = i == np ? str_intern_c(vm, "return") : param_at(a, i)->u.arg.name;
        if (!name || (!ann && !(ann = dict_new(vm))) ||
            !dict_set(vm, ann, name, vals[nd + nk + i]))
            return NULL;
    }
    AS_FUNC(fn)->annotations = ann;
    return fn;
}

Value eval_make_function_node(Frame *f, Node *n) {
    size_t k = eval_def_nkids(n);
    Value small[8];
    Value *vals = k <= 8 ? small : gc_alloc(f->vm, k * sizeof(Value));
    if (!vals)
        return NULL;
    for (size_t i = 0; i < k; i++) {
        Node *e = eval_def_kid(n, i);
        if (e && !(vals[i] = eval_expr(f, e)))
            return NULL;
    }
    return eval_make_function_from(f, n, vals);
}

/* ---- classes ---- */

bool eval_super_args(VM *vm, Type **type, Value *obj) {
    Frame *f = vm->frame;
    if (!f || !f->code->node || f->code->node->kind == N_Module) {
        exc_raise(vm, &Exc_RuntimeError, "super(): no arguments");
        return false;
    }
    Scope *sc = f->code->scope;
    if (sc->argcount == 0 && !(sc->flags & SCF_VARARGS)) {
        exc_raise(vm, &Exc_RuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->slots[0];
    /* the first parameter may live in a cell */
    for (int32_t i = 0; i < sc->ncells; i++)
        if (sc->cell_arg[i] == 0)
            first = AS_CELL(f->slots[sc->nlocals + i])->v;
    if (!first) {
        exc_raise(vm, &Exc_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    Value cls = NULL;
    Value slotn = dict_get_str(vm, sc->slotnames, NM(__class__));
    if (slotn != VAL_MISSING) {
        Value cell = f->slots[SMALL_VAL(slotn)];
        cls = cell && TYPE(cell) == &cell_type ? AS_CELL(cell)->v : NULL;
    }
    if (slotn == VAL_MISSING) {
        exc_raise(vm, &Exc_RuntimeError, "super(): __class__ cell not found");
        return false;
    }
    if (!cls) {
        exc_raise(vm, &Exc_RuntimeError, "super(): empty __class__ cell");
        return false;
    }
    if (!IS_TYPE(cls)) {
        exc_raise(vm, &Exc_RuntimeError, "super(): __class__ is not a type (%s)", tname(cls));
        return false;
    }
    *type = (Type *)cls;
    *obj = first;
    return true;
}

Value eval_current_module_name(VM *vm) {
    Frame *f = vm->frame;
    return f ? frame_module_name(f) : NULL;
}

/* __mro_entries__ is rare; bases are used as given when all are classes. */
static Value resolve_bases(VM *vm, Value bases) {
    Tuple *b = AS_TUPLE(bases);
    bool changed = false;
    Value out = list_new(vm, b->len);
    if (!out)
        return NULL;
    for (size_t i = 0; i < b->len; i++) {
        Value base = b->items[i];
        if (!IS_TYPE(base)) {
            Value me = obj_getattr_opt(vm, base, NM(__mro_entries__));
            if (!me)
                return NULL;
            if (me != VAL_MISSING) {
                Value r = obj_call1(vm, me, bases);
                if (!r)
                    return NULL;
                if (!IS_TUPLE(r))
                    return exc_raise(vm, &Exc_TypeError, "__mro_entries__ must return a tuple");
                if (!list_extend(vm, out, r))
                    return NULL;
                changed = true;
                continue;
            }
        }
        if (!list_append(vm, out, base))
            return NULL;
    }
    return changed ? tuple_from(vm, AS_LIST(out)->items, AS_LIST(out)->len) : bases;
}

/* class Name(bases, **kw): body: evaluated[] holds the bases then the keyword values. */
int eval_class_def(Frame *f, Node *n, Value *evaluated) {
    VM *vm = f->vm;
    Code *co = eval_code_of(f, n);
    if (!co)
        return C_RAISE;
    Scope *sc = co->scope;
    size_t nb = n->u.cls.bases.n, nk = n->u.cls.keywords.n;
    Value orig_bases = tuple_from(vm, evaluated, nb);
    if (!orig_bases)
        return C_RAISE;
    Value bases = resolve_bases(vm, orig_bases);
    if (!bases)
        return C_RAISE;
    /* metaclass= and the other class keywords */
    Value meta = NULL;
    Value kwnames = NULL, *kwvals = NULL;
    size_t nother = 0;
    if (nk) {
        kwnames = tuple_new(vm, nk);
        kwvals = gc_alloc(vm, nk * sizeof(Value));
        if (!kwnames || !kwvals)
            return C_RAISE;
        for (size_t i = 0; i < nk; i++) {
            Node *k = n->u.cls.keywords.items[i];
            if (!k->u.keyword.arg) {
                exc_raise(vm, &Exc_TypeError, "class keyword ** unpacking is not supported");
                return C_RAISE;
            }
            if (str_eq_c(k->u.keyword.arg, "metaclass")) {
                meta = evaluated[nb + i];
                continue;
            }
            AS_TUPLE(kwnames)->items[nother] = k->u.keyword.arg;
            kwvals[nother++] = evaluated[nb + i];
        }
        AS_TUPLE(kwnames)->len = nother;
    }
    if (!meta)
        meta = AS_TUPLE(bases)->len ? (Value)TYPE(AS_TUPLE(bases)->items[0]) : (Value)&type_type;
    if (IS_TYPE(meta) && !(meta = (Value)type_calc_metaclass(vm, (Type *)meta, bases)))
        return C_RAISE;
    /* the namespace comes from metaclass.__prepare__(name, bases) */
    Value ns;
    Value pf = obj_getattr_opt(vm, meta, NM(__prepare__));
    if (!pf)
        return C_RAISE;
    if (pf != VAL_MISSING) {
        Value *pargs = gc_alloc(vm, (2 + nother) * sizeof(Value));
        if (!pargs)
            return C_RAISE;
        pargs[0] = n->u.cls.name;
        pargs[1] = bases;
        vals_copy(pargs + 2, kwvals, nother);
        ns = obj_call(vm, pf, pargs, 2, nother ? kwnames : NULL);
    } else {
        ns = dict_new(vm);
    }
    if (!ns)
        return C_RAISE;
    if (!TYPE(ns)->getitem) {
        exc_raise(vm, &Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                  IS_TYPE(meta) ? type_name((Type *)meta) : "<metaclass>", tname(ns));
        return C_RAISE;
    }
    if (obj_setitem(vm, ns, NM(__module__), frame_module_name(f)) < 0 ||
        obj_setitem(vm, ns, NM(__qualname__), co->qualname) < 0)
        return C_RAISE;
    if (n->u.cls.doc && obj_setitem(vm, ns, NM(__doc__), n->u.cls.doc) < 0)
        return C_RAISE;
    if (sc->flags & SCF_HAS_ANNOTATIONS) {
        Value ann = dict_new(vm);
        if (!ann || obj_setitem(vm, ns, NM(__annotations__), ann) < 0)
            return C_RAISE;
    }
    /* run the body in its own frame, with the namespace as its locals */
    int32_t nsl = sc->nslots;
    Value slots[nsl > 0 ? nsl : 1];
    memset(slots, 0, (size_t)nsl * sizeof(Value));
    Value closure = NULL;
    if (sc->nfree) {
        closure = tuple_new(vm, (size_t)sc->nfree);
        if (!closure)
            return C_RAISE;
        for (int32_t i = 0; i < sc->nfree; i++)
            AS_TUPLE(closure)->items[i] = f->slots[sc->free_from[i]];
    }
    if (!init_cells(vm, sc, slots, closure) || !enter_call(vm))
        return C_RAISE;
    Frame cf = {.vm = vm, .code = co, .slots = slots, .globals = f->globals,
                .builtins = f->builtins, .ns = ns, .retval = NONE};
    int c = eval_run_frame(&cf);
    vm->depth--;
    if (c == C_RAISE)
        return C_RAISE;
    if (!orig_bases || (bases != orig_bases && obj_setitem(vm, ns, NM(__orig_bases__), orig_bases) < 0))
        return C_RAISE;
    /* metaclass(name, bases, ns, **kw) */
    size_t argc = 3 + nother;
    Value *argv = gc_alloc(vm, argc * sizeof(Value));
    if (!argv)
        return C_RAISE;
    argv[0] = n->u.cls.name;
    argv[1] = bases;
    argv[2] = ns;
    for (size_t i = 0; i < nother; i++)
        argv[3 + i] = kwvals[i];
    Value cls = obj_call(vm, meta, argv, 3, nother ? kwnames : NULL);
    if (!cls)
        return C_RAISE;
    if (sc->class_cell >= 0)
        AS_CELL(slots[sc->class_cell])->v = cls;
    f->retval = cls;
    return C_NORMAL;
}
