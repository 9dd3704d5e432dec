/* Statements: the fast path.  Statements that can suspend go to eval_gen.c. */
#include "builtins.h"
#include "eval.h"

static bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
}

/* CPython 3.11 underlines the operator of a failing binary operation and the brackets of a
 * failing subscript with '^', the rest of the expression with '~' (extract_anchors_from_line in
 * Python/traceback.c, whose scans this follows, closing parentheses included). */
static void anchor_carets(TbEntry *t, Node *at, Value source) {
    if (at->line != at->end_line || !source || (at->kind != N_Subscript && at->kind != N_BinOp))
        return;
    const char *p = str_data(source), *end = p + str_nbytes(source);
    for (int line = 1; line < at->line && p < end; p++)
        if (*p == '\n')
            line++;
    int stop = at->end_col;
    if (stop > end - p)
        return;
    if (at->kind == N_Subscript) {
        int l = at->u.sub.value->end_col, r = at->u.sub.slice->end_col;
        while (l < stop && p[l] != '[')
            l++;
        while (r < stop && p[r] != ']')
            r++;
        t->anchor_l = l;
        t->anchor_r = r < stop ? r + 1 : r;
        return;
    }
    int rcol = at->u.bin.right->col;
    for (int i = at->u.bin.left->end_col; i < rcol; i++) {
        if (blank(p[i]))
            continue;
        t->anchor_l = i;
        t->anchor_r = i + 1 < rcol && !blank(p[i + 1]) ? i + 2 : i + 1;   /* "//", "**" */
        if (p[i] != ')' || i + 1 >= rcol)
            return;
    }
}

void eval_traceback_here(Frame *f, Node *stmt) {
    VM *vm = f->vm;
    Value e = vm->exc;
    if (vm->limit) {
        if (vm->limit_line < 0)
            vm->limit_line = stmt->line;
        return;
    }
    if (!e || e == f->tb_exc) {
        f->err_node = NULL;
        return;
    }
    eval_add_tb(f, f->code->name, f->err_node ? f->err_node : stmt);
    f->tb_exc = e;
    f->err_node = NULL;
}

void eval_add_tb(Frame *f, Value funcname, Node *at) {
    Code *co = f->code;
    TbEntry *t = exc_add_tb(f->vm, f->vm->exc, co->filename, funcname, co->source, at->line,
                            at->col, at->end_line, at->end_col);
    if (t)
        anchor_carets(t, at, co->source);
}

int exec_block(Frame *f, NodeList *body) {
    size_t i = 0;
    if (UNLIKELY(f->resuming))
        i = (size_t)rs_pop(f, NULL)->pc;
    for (; i < body->n; i++) {
        Node *s = body->items[i];
        int c = exec_stmt(f, s);
        if (LIKELY(c == C_NORMAL))
            continue;
        if (c == C_RAISE)
            eval_traceback_here(f, s);
        else if (c == C_YIELD && !rs_push(f, s, (int)i, NULL, 0))
            return C_RAISE;
        return c;
    }
    return C_NORMAL;
}

static inline int truth(Frame *f, Value v) {
    if (v == TRUE_V)
        return 1;
    if (v == FALSE_V)
        return 0;
    return obj_truth(f->vm, v);
}

/* ---- loops ---- */

static int exec_for(Frame *f, Node *s) {
    VM *vm = f->vm;
    Value seq = eval_expr(f, s->u.for_.iter);
    if (!seq)
        return C_RAISE;
    /* errors getting the iterator or the next item are reported at the whole statement,
     * without carets, as CPython does */
    Value it = obj_iter(vm, seq);
    if (!it)
        return C_RAISE;
    IterFn next = TYPE(it)->next;
    Node *target = s->u.for_.target;
    bool local = target->kind == N_Name && target->u.name.scope == NS_LOCAL;
    for (;;) {
        Value x = next(vm, it);
        if (x == VAL_STOP)
            break;
        if (!x)
            return C_RAISE;
        if (local)
            f->slots[target->u.name.index] = x;
        else if (!eval_store(f, target, x))
            return C_RAISE;
        int c = exec_block(f, &s->u.for_.body);
        if (UNLIKELY(c != C_NORMAL)) {
            if (c == C_BREAK)
                return C_NORMAL;
            if (c != C_CONTINUE)
                return c;
        }
        if (UNLIKELY(!vm_tick(vm)))
            return C_RAISE;
    }
    return exec_block(f, &s->u.for_.orelse);
}

static int exec_while(Frame *f, Node *s) {
    VM *vm = f->vm;
    for (;;) {
        Value t = eval_expr(f, s->u.while_.test);
        if (!t)
            return C_RAISE;
        int b = truth(f, t);
        if (b < 0) {
            eval_fail(f, s->u.while_.test);
            return C_RAISE;
        }
        if (!b)
            break;
        int c = exec_block(f, &s->u.while_.body);
        if (UNLIKELY(c != C_NORMAL)) {
            if (c == C_BREAK)
                return C_NORMAL;
            if (c != C_CONTINUE)
                return c;
        }
        if (UNLIKELY(!vm_tick(vm)))
            return C_RAISE;
    }
    return exec_block(f, &s->u.while_.orelse);
}

/* ---- exceptions ---- */

int eval_handler_matches(Frame *f, Node *h, Value exc) {
    VM *vm = f->vm;
    if (!h->u.handler.type)
        return 1;
    if (h->u.handler.type->flags & NF_HAS_YIELD) {
        /* matching is not a resumable step: a suspension here would escape as a value */
        exc_raise(vm, &Exc_SyntaxError, "'yield' in an except clause is not supported");
        eval_fail(f, h);
        return -1;
    }
    Value saved = vm->handling;
    vm->exc = NULL;
    vm->handling = exc;
    Value t = eval_expr(f, h->u.handler.type);
    int r = t ? exc_matches(vm, exc, t) : -1;
    vm->handling = saved;
    if (r >= 0)
        vm->exc = exc;
    else if (t)
        eval_fail(f, h);   /* CPython reports a bad class at the whole except clause */
    return r;
}

/* Runs the handler that matches the pending exception, if any: its completion, or C_RAISE
 * with the exception still pending when none matches. */
static int run_handlers(Frame *f, Node *s) {
    VM *vm = f->vm;
    Value exc = vm->exc;
    for (size_t i = 0; i < s->u.try_.handlers.n; i++) {
        Node *h = s->u.try_.handlers.items[i];
        int m = eval_handler_matches(f, h, exc);
        if (m < 0)
            return C_RAISE;
        if (!m)
            continue;
        vm->exc = NULL;
        Value saved = vm->handling;
        vm->handling = exc;
        Node *target = h->u.handler.target;
        if (target && !eval_store(f, target, exc)) {
            vm->handling = saved;
            return C_RAISE;
        }
        int c = exec_block(f, &h->u.handler.body);
        vm->handling = saved;
        if (target) {
            /* `except E as e` deletes e afterwards, keeping any error already pending */
            Value pending = vm->exc;
            vm->exc = NULL;
            eval_store(f, target, NULL);
            vm->exc = pending;
        }
        return c;
    }
    return C_RAISE;
}

int eval_finally(Frame *f, NodeList *finalbody, int c) {
    VM *vm = f->vm;
    Value pending = c == C_RAISE ? exc_fetch(vm) : NULL;
    Value retval = f->retval;
    Value saved = vm->handling;
    if (pending)
        vm->handling = pending;
    int fc = exec_block(f, finalbody);
    vm->handling = saved;
    if (fc != C_NORMAL)
        return fc;   /* break/continue/return/raise in finally discards what was pending */
    if (pending)
        vm->exc = pending;
    f->retval = retval;
    return c;
}

static int exec_try(Frame *f, Node *s) {
    VM *vm = f->vm;
    int c = exec_block(f, &s->u.try_.body);
    if (c == C_RAISE) {
        if (s->u.try_.handlers.n && !vm->limit)
            c = run_handlers(f, s);
    } else if (c == C_NORMAL && s->u.try_.orelse.n) {
        c = exec_block(f, &s->u.try_.orelse);
    }
    if (s->u.try_.finalbody.n)
        c = eval_finally(f, &s->u.try_.finalbody, c);
    return c;
}

static int exec_raise(Frame *f, Node *s) {
    VM *vm = f->vm;
    if (!s->u.raise.exc) {
        if (!vm->handling) {
            exc_raise(vm, &Exc_RuntimeError, "No active exception to reraise");
            return C_RAISE;
        }
        vm->exc = vm->handling;
        return C_RAISE;
    }
    Value e = eval_expr(f, s->u.raise.exc);
    if (!e)
        return C_RAISE;
    Value cause = NULL;
    if (s->u.raise.cause && !(cause = eval_expr(f, s->u.raise.cause)))
        return C_RAISE;
    exc_raise_obj(vm, e, cause, s->u.raise.cause != NULL);
    f->tb_exc = NULL;   /* an explicit raise adds this frame's entry again */
    return C_RAISE;
}

/* ---- with ---- */

static int exec_with_item(Frame *f, Node *s, size_t i);

int eval_with_exit(Frame *f, Value exit, int c) {
    VM *vm = f->vm;
    if (c == C_RAISE) {
        if (vm->limit) {
            /* cleanup runs but cannot suppress a limit */
            Value pending = exc_fetch(vm);
            obj_call(vm, exit, (Value[]){NONE, NONE, NONE}, 3, NULL);
            vm->exc = pending;
            return C_RAISE;
        }
        Value exc = exc_fetch(vm);
        Value saved = vm->handling;
        vm->handling = exc;
        Value args[3] = {(Value)TYPE(exc), exc, NONE};
        Value r = obj_call(vm, exit, args, 3, NULL);
        vm->handling = saved;
        if (!r)
            return C_RAISE;
        int t = obj_truth(vm, r);
        if (t < 0)
            return C_RAISE;
        if (t && !vm->limit)
            return C_NORMAL;
        vm->exc = exc;
        return C_RAISE;
    }
    Value retval = f->retval;
    Value r = obj_call(vm, exit, (Value[]){NONE, NONE, NONE}, 3, NULL);
    f->retval = retval;
    return r ? c : C_RAISE;
}

/* Looks up __enter__/__exit__ on the type, as the with statement does, and calls __enter__.
 * CPython reports errors of both steps at the whole with statement, without carets. */
bool eval_with_enter(Frame *f, Value ctx, Value *exit, Value *entered) {
    VM *vm = f->vm;
    Value enter = type_lookup(TYPE(ctx), NM(__enter__));
    Value ex = type_lookup(TYPE(ctx), NM(__exit__));
    if (enter == VAL_MISSING || ex == VAL_MISSING) {
        if (enter == VAL_MISSING)
            exc_raise(vm, &Exc_TypeError, "'%s' object does not support the context manager "
                      "protocol", tname(ctx));
        else
            exc_raise(vm, &Exc_TypeError, "'%s' object does not support the context manager "
                      "protocol (missed __exit__ method)", tname(ctx));
        return false;
    }
    Value bound = TYPE(ex)->descr_get ? TYPE(ex)->descr_get(vm, ex, ctx, (Value)TYPE(ctx)) : ex;
    if (!bound)
        return false;
    Value r = call_special(vm, ctx, NM(__enter__), NULL, 0);
    if (!r)
        return false;
    *exit = bound;
    *entered = r;
    return true;
}

static int exec_with_item(Frame *f, Node *s, size_t i) {
    if (i == s->u.with.items.n)
        return exec_block(f, &s->u.with.body);
    Node *item = s->u.with.items.items[i];
    Value ctx = eval_expr(f, item->u.withitem.context);
    if (!ctx)
        return C_RAISE;
    Value exit, entered;
    if (!eval_with_enter(f, ctx, &exit, &entered))
        return C_RAISE;
    int c;
    if (item->u.withitem.vars && !eval_store(f, item->u.withitem.vars, entered))
        c = C_RAISE;
    else
        c = exec_with_item(f, s, i + 1);
    if (c == C_RAISE)
        eval_traceback_here(f, f->stmt ? f->stmt : s);
    return eval_with_exit(f, exit, c);
}

/* ---- assignments ---- */

static int exec_augassign(Frame *f, Node *s) {
    VM *vm = f->vm;
    Node *t = s->u.aug.target;
    Value v, cur, r;
    switch (t->kind) {
    case N_Name:
        if (!(cur = eval_name(f, t)) || !(v = eval_expr(f, s->u.aug.value)))
            return C_RAISE;
        if (IS_SMALL(cur) && IS_SMALL(v) && s->op == OP_ADD) {
            intptr_t sum;
            if (!__builtin_add_overflow((intptr_t)cur - 1, (intptr_t)v, &sum)) {
                r = (Value)sum;
                goto store_name;
            }
        }
        r = obj_inplace(vm, cur, v, s->op);
        if (!r) {
            eval_fail(f, s);
            return C_RAISE;
        }
    store_name:
        return eval_store_name(f, t, r) ? C_NORMAL : C_RAISE;
    case N_Attribute: {
        Value obj = eval_expr(f, t->u.attr.value);
        if (!obj || !(cur = eval_attr(f, t, obj)) || !(v = eval_expr(f, s->u.aug.value)))
            return C_RAISE;
        if (!(r = obj_inplace(vm, cur, v, s->op))) {
            eval_fail(f, s);
            return C_RAISE;
        }
        if (obj_setattr(vm, obj, t->u.attr.attr, r) < 0) {
            eval_fail(f, t);
            return C_RAISE;
        }
        return C_NORMAL;
    }
    case N_Subscript: {
        Value obj = eval_expr(f, t->u.sub.value);
        Value key = obj ? eval_expr(f, t->u.sub.slice) : NULL;
        if (!key || !(cur = eval_subscript(f, t, obj, key)) ||
            !(v = eval_expr(f, s->u.aug.value)))
            return C_RAISE;
        if (!(r = obj_inplace(vm, cur, v, s->op))) {
            eval_fail(f, s);
            return C_RAISE;
        }
        if (obj_setitem(vm, obj, key, r) < 0) {
            eval_fail(f, t);
            return C_RAISE;
        }
        return C_NORMAL;
    }
    default:
        exc_raise(vm, &Exc_SyntaxError, "illegal expression for augmented assignment");
        return C_RAISE;
    }
}

/* Module and class bodies store annotations of simple names in __annotations__. */
static int exec_annassign(Frame *f, Node *s) {
    VM *vm = f->vm;
    Node *t = s->u.ann.target;
    if (s->u.ann.value) {
        Value v = eval_expr(f, s->u.ann.value);
        if (!v || !eval_store(f, t, v))
            return C_RAISE;
    } else if (t->kind == N_Attribute) {
        /* with nothing to store, the target's object (and key) are still evaluated, in
         * any scope, as CPython's compiler_annassign does */
        if (!eval_expr(f, t->u.attr.value))
            return C_RAISE;
    } else if (t->kind == N_Subscript) {
        if (!eval_expr(f, t->u.sub.value) || !eval_expr(f, t->u.sub.slice))
            return C_RAISE;
    }
    Scope *sc = f->code->scope;
    if (sc->kind == SC_FUNCTION || sc->kind == SC_GENEXP)
        return C_NORMAL;
    if (!(s->flags & NF_SIMPLE) || t->kind != N_Name)   /* evaluated, not stored */
        return eval_expr(f, s->u.ann.annotation) ? C_NORMAL : C_RAISE;
    Value ann = eval_expr(f, s->u.ann.annotation);
    if (!ann)
        return C_RAISE;
    Value d = TYPE(f->ns) == &dict_type ? dict_get_str(vm, f->ns, NM(__annotations__))
                             : obj_getitem(vm, f->ns, NM(__annotations__));
    if (!d || d == VAL_MISSING) {
        if (d == VAL_MISSING || exc_pending_matches(vm, &Exc_KeyError)) {
            exc_clear(vm);
            exc_raise(vm, &Exc_NameError, "__annotations__ not found");
        }
        return C_RAISE;
    }
    return obj_setitem(vm, d, t->u.name.id, ann) < 0 ? C_RAISE : C_NORMAL;
}

/* ---- definitions ---- */

static bool eval_decorators(Frame *f, NodeList *decos, Value *out) {
    for (size_t i = 0; i < decos->n; i++)
        if (!(out[i] = eval_expr(f, decos->items[i])))
            return false;
    return true;
}

static Value apply_decorators(Frame *f, NodeList *decos, Value *fns, Value v) {
    for (size_t i = decos->n; v && i > 0; i--) {
        v = obj_call1(f->vm, fns[i - 1], v);
        if (!v)
            eval_fail(f, decos->items[i - 1]);
    }
    return v;
}

static int exec_funcdef(Frame *f, Node *s) {
    size_t nd = s->u.func.decorators.n;
    Value decos[nd ? nd : 1];
    if (!eval_decorators(f, &s->u.func.decorators, decos))
        return C_RAISE;
    Value fn = eval_make_function_node(f, s);
    if (!fn)
        return C_RAISE;
    fn = apply_decorators(f, &s->u.func.decorators, decos, fn);
    if (!fn)
        return C_RAISE;
    return eval_store_name(f, s->u.func.target, fn) ? C_NORMAL : C_RAISE;
}

static int exec_classdef(Frame *f, Node *s) {
    size_t nd = s->u.cls.decorators.n, nb = s->u.cls.bases.n, nk = s->u.cls.keywords.n;
    Value decos[nd ? nd : 1];
    if (!eval_decorators(f, &s->u.cls.decorators, decos))
        return C_RAISE;
    Value ev[nb + nk + 1];
    for (size_t i = 0; i < nb; i++) {
        Node *b = s->u.cls.bases.items[i];
        if (b->kind == N_Starred) {
            exc_raise(f->vm, &Exc_TypeError, "starred class bases are not supported");
            return C_RAISE;
        }
        if (!(ev[i] = eval_expr(f, b)))
            return C_RAISE;
    }
    for (size_t i = 0; i < nk; i++)
        if (!(ev[nb + i] = eval_expr(f, s->u.cls.keywords.items[i]->u.keyword.value)))
            return C_RAISE;
    Value retval = f->retval;
    if (eval_class_def(f, s, ev) != C_NORMAL)
        return C_RAISE;
    Value cls = f->retval;
    f->retval = retval;
    cls = apply_decorators(f, &s->u.cls.decorators, decos, cls);
    if (!cls)
        return C_RAISE;
    return eval_store_name(f, s->u.cls.target, cls) ? C_NORMAL : C_RAISE;
}

static int exec_delete(Frame *f, Node *s) {
    for (size_t i = 0; i < s->u.del.targets.n; i++)
        if (!eval_delete(f, s->u.del.targets.items[i]))
            return C_RAISE;
    return C_NORMAL;
}

/* CPython 3.11 compiles an assert's test as jumps, and the last comparison it compiles that
 * way leaves its position on the raise that follows: a failed `assert x == 1` is reported at
 * `x == 1`, a failed `assert f(x)` at the whole statement. */
static Node *assert_position(Node *e) {
    switch (e->kind) {
    case N_UnaryOp:
        return e->op == UOP_NOT ? assert_position(e->u.unary.operand) : NULL;
    case N_BoolOp:
        for (size_t i = e->u.boolop.values.n; i > 0; i--) {
            Node *c = assert_position(e->u.boolop.values.items[i - 1]);
            if (c)
                return c;
        }
        return NULL;
    case N_IfExp: {
        Node *c = assert_position(e->u.ifexp.orelse);
        if (!c)
            c = assert_position(e->u.ifexp.body);
        return c ? c : assert_position(e->u.ifexp.test);
    }
    case N_Compare:
        return e;
    default:
        return NULL;
    }
}

int eval_assert_failed(Frame *f, Node *s, Value msg) {
    if (msg)
        exc_raise_value(f->vm, &Exc_AssertionError, msg);
    else
        exc_raise_obj(f->vm, (Value)&Exc_AssertionError, NULL, false);
    Node *at = assert_position(s->u.assert_.test);
    if (at)
        eval_fail(f, at);
    return C_RAISE;
}

static int exec_assert(Frame *f, Node *s) {
    Value t = eval_expr(f, s->u.assert_.test);
    if (!t)
        return C_RAISE;
    int b = truth(f, t);
    if (b < 0)
        return C_RAISE;
    if (b)
        return C_NORMAL;
    Value m = NULL;
    if (s->u.assert_.msg && !(m = eval_expr(f, s->u.assert_.msg)))
        return C_RAISE;
    return eval_assert_failed(f, s, m);
}

int exec_stmt(Frame *f, Node *s) {
    if (UNLIKELY(s->flags & NF_HAS_YIELD))
        return exec_gen_stmt(f, s);
    f->stmt = s;
    Value v;
    switch (s->kind) {
    case N_Expr:
        f->last_expr = NULL;   /* a big previous value must not live on while this one is made */
        v = eval_expr(f, s->u.ret.value);
        if (!v)
            return C_RAISE;
        f->last_expr = v;
        return C_NORMAL;
    case N_Assign: {
        v = eval_expr(f, s->u.assign.value);
        if (!v)
            return C_RAISE;
        NodeList *ts = &s->u.assign.targets;
        for (size_t i = 0; i < ts->n; i++) {
            Node *t = ts->items[i];
            if (t->kind == N_Name && t->u.name.scope == NS_LOCAL)
                f->slots[t->u.name.index] = v;
            else if (!eval_store(f, t, v))
                return C_RAISE;
        }
        return C_NORMAL;
    }
    case N_AugAssign:
        return exec_augassign(f, s);
    case N_AnnAssign:
        return exec_annassign(f, s);
    case N_If: {
        v = eval_expr(f, s->u.while_.test);
        if (!v)
            return C_RAISE;
        int b = truth(f, v);
        if (b < 0) {
            eval_fail(f, s->u.while_.test);
            return C_RAISE;
        }
        return exec_block(f, b ? &s->u.while_.body : &s->u.while_.orelse);
    }
    case N_For:
        return exec_for(f, s);
    case N_While:
        return exec_while(f, s);
    case N_Return:
        if (s->u.ret.value) {
            v = eval_expr(f, s->u.ret.value);
            if (!v)
                return C_RAISE;
            f->retval = v;
        } else {
            f->retval = NONE;
        }
        return C_RETURN;
    case N_Pass:
    case N_Global:
    case N_Nonlocal:
        return C_NORMAL;
    case N_Break:
        return C_BREAK;
    case N_Continue:
        return C_CONTINUE;
    case N_FunctionDef:
        return exec_funcdef(f, s);
    case N_ClassDef:
        return exec_classdef(f, s);
    case N_Try:
        return exec_try(f, s);
    case N_Raise:
        return exec_raise(f, s);
    case N_With:
        return exec_with_item(f, s, 0);
    case N_Delete:
        return exec_delete(f, s);
    case N_Assert:
        return exec_assert(f, s);
    case N_Import:
        return eval_import(f, s);
    case N_ImportFrom:
        return eval_import_from(f, s);
    case N_Match:
        return eval_match(f, s);
    default:
        exc_raise(f->vm, &Exc_SystemError, "unexpected statement node %s",
                  ast_kind_names[s->kind]);
        return C_RAISE;
    }
}
