/* Generators and the resumable evaluation of code that can suspend (see eval.h).
 *
 * Every construct below handles three situations with one piece of code:
 *  - first run: f->resuming is false, it starts at pc 0;
 *  - a child suspends (returns VAL_SUSPEND or C_YIELD): it pushes a record of its own state
 *    (pc and the values it already has) and propagates the suspension;
 *  - resumption: f->resuming is true, it pops its record and continues at the saved pc,
 *    re-entering the child that suspended, which pops its own record in turn; the yield that
 *    suspended clears f->resuming and returns the value sent in. */
#include "builtins.h"
#include "eval.h"

int eval_genexp_body(Frame *f);
Value eval_comprehension_resumable(Frame *f, Node *n);
int eval_finally(Frame *f, NodeList *finalbody, int c);
int eval_with_exit(Frame *f, Value exit, int c);
bool eval_with_enter(Frame *f, Value ctx, Value *exit, Value *entered);
int eval_match_cases(Frame *f, Node *s, Value subject, size_t from);

/* ---- the resume stack ---- */

bool rs_push(Frame *f, Node *n, int pc, const Value *vals, int nvals) {
    VM *vm = f->vm;
    if (f->rs_len == f->rs_cap) {
        int32_t nc = f->rs_cap ? f->rs_cap * 2 : 16;
        RRec *rs = gc_alloc(vm, (size_t)nc * sizeof(RRec));
        if (!rs)
            return false;
        if (f->rs_len)
            memcpy(rs, f->rs, (size_t)f->rs_len * sizeof(RRec));
        f->rs = rs;
        f->rs_cap = nc;
    }
    RRec *r = &f->rs[f->rs_len];
    r->node = n;
    r->pc = pc;
    r->nvals = nvals;
    r->vals = NULL;   /* resuming copies with vals_copy, which takes NULL for nothing */
    if (nvals) {
        r->vals = gc_alloc(vm, (size_t)nvals * sizeof(Value));
        if (!r->vals)
            return false;
        memcpy(r->vals, vals, (size_t)nvals * sizeof(Value));
    }
    f->rs_len++;
    return true;
}

RRec *rs_pop(Frame *f, Node *n) {
    (void)n;
    return &f->rs[--f->rs_len];
}

static Value suspend(Frame *f, Node *n, int pc, const Value *vals, int nvals) {
    return rs_push(f, n, pc, vals, nvals) ? VAL_SUSPEND : NULL;
}

static int suspend_stmt(Frame *f, Node *n, int pc, const Value *vals, int nvals) {
    return rs_push(f, n, pc, vals, nvals) ? C_YIELD : C_RAISE;
}

/* ---- generator objects ---- */

/* the type names (reprs) and how messages call them */
static const char *const kind_names[] = {"generator", "coroutine", "async_generator"};
static const char *const kind_words[] = {"generator", "coroutine", "async generator"};

/* coro.__await__() is an iterator over the coroutine: a coroutine_wrapper. */
typedef struct CoroWrapper {
    Obj ob;
    Value coro;
} CoroWrapper;

/* The awaitables an async generator's asend()/__anext__(), athrow() and aclose() return. */
typedef struct AGOp {
    Obj ob;
    Gen *gen;
    Value arg;          /* asend: the value to send; athrow: the tuple of its arguments */
    Value result;       /* the value it ended with (returning VAL_STOP), or None */
    uint8_t op, state;
} AGOp;

static Type coro_wrapper_type, ag_asend_type, ag_athrow_type;

Value gen_new(VM *vm, Frame *f, int kind, Value name, Value qualname) {
    static Type *const types[] = {&generator_type, &coroutine_type, &async_generator_type};
    Gen *g = (Gen *)gc_new(vm, types[kind], sizeof(Gen));
    if (!g)
        return NULL;
    memset((char *)g + sizeof(Obj), 0, sizeof(Gen) - sizeof(Obj));
    g->frame = f;
    g->kind = (uint8_t)kind;
    g->state = GEN_CREATED;
    g->name = name;
    g->qualname = qualname;
    f->gen = g;
    return (Value)g;
}

/* PEP 479: a StopIteration escaping a generator becomes a RuntimeError. */
static void convert_stop(VM *vm, Gen *g) {
    Value e = vm->exc;
    if (!e || vm->limit || !IS_EXC(e))
        return;
    const char *what = NULL;
    if (isinstance_type(e, &Exc_StopIteration))
        what = "StopIteration";
    else if (g->kind == GK_ASYNC_GENERATOR && isinstance_type(e, &Exc_StopAsyncIteration))
        what = "StopAsyncIteration";
    if (!what)
        return;
    vm->exc = NULL;
    exc_raise(vm, &Exc_RuntimeError, "%s raised %s", kind_words[g->kind], what);
    if (vm->exc && IS_EXC(vm->exc)) {
        AS_EXC(vm->exc)->cause = e;
        AS_EXC(vm->exc)->context = e;
        AS_EXC(vm->exc)->suppress_context = true;
    }
}

Value gen_resume(VM *vm, Gen *g, Value sent, bool throw_) {
    if (g->state == GEN_RUNNING)
        return exc_raise(vm, &Exc_ValueError, "%s already executing", kind_words[g->kind]);
    if (g->state == GEN_DONE) {
        g->retval = NULL;   /* only the StopIteration that ended it carries the value */
        if (g->kind == GK_COROUTINE)
            return exc_raise(vm, &Exc_RuntimeError, "cannot reuse already awaited coroutine");
        return throw_ ? exc_set(vm, sent) : VAL_STOP;
    }
    if (g->state == GEN_CREATED) {
        if (throw_) {
            g->state = GEN_DONE;
            return exc_set(vm, sent);
        }
        if (sent != NONE)
            return exc_raise(vm, &Exc_TypeError, "can't send non-None value to a just-started %s",
                             kind_words[g->kind]);
    }
    Frame *f = g->frame;
    if (UNLIKELY(!vm_tick(vm)))
        return NULL;
    if (UNLIKELY(++vm->depth > vm->max_depth)) {
        vm->depth--;
        return exc_raise(vm, &Exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (UNLIKELY(!vm_stack_ok(vm))) {
        vm->depth--;
        vm_stack_error(vm);
        return NULL;
    }
    f->resuming = g->state == GEN_SUSPENDED;
    g->sent = sent;
    g->throw_mode = throw_;
    g->state = GEN_RUNNING;
    Value outer = vm->handling;
    g->outer = outer;
    vm->handling = g->handling ? g->handling : outer;
    f->back = vm->frame;
    vm->frame = f;
    int c = f->code->body ? exec_block(f, f->code->body) : eval_genexp_body(f);
    vm->frame = f->back;
    vm->depth--;
    g->handling = vm->handling != outer ? vm->handling : NULL;
    vm->handling = outer;
    if (c == C_YIELD) {
        g->state = GEN_SUSPENDED;
        return g->yielded;
    }
    g->state = GEN_DONE;
    g->yf = NULL;
    g->frame->rs = NULL;
    g->frame->rs_len = g->frame->rs_cap = 0;
    if (c == C_RAISE) {
        convert_stop(vm, g);
        return NULL;
    }
    g->retval = c == C_RETURN ? f->retval : NONE;
    return VAL_STOP;
}

/* The value the iterator `it` just ended with (its next returned VAL_STOP), or NULL. */
Value gen_return_value(VM *vm, Value it) {
    Type *t = TYPE(it);
    if (t == &coro_wrapper_type)
        it = ((CoroWrapper *)it)->coro, t = &coroutine_type;
    if (t == &ag_asend_type || t == &ag_athrow_type)
        return ((AGOp *)it)->result != NONE ? ((AGOp *)it)->result : NULL;
    if (t != &generator_type && t != &coroutine_type)
        return NULL;
    Gen *g = AS_GEN(it);
    return g->state == GEN_DONE && g->retval && g->retval != NONE ? g->retval : NULL;
}

static Value stop_iteration(VM *vm, Gen *g) {
    Value rv = g->retval;
    g->retval = NULL;
    if (g->kind == GK_ASYNC_GENERATOR)
        return exc_raise_obj(vm, (Value)&Exc_StopAsyncIteration, NULL, false);
    if (rv && rv != NONE)
        return exc_raise_value(vm, &Exc_StopIteration, rv);
    return exc_raise_obj(vm, (Value)&Exc_StopIteration, NULL, false);
}

static Value gen_iternext(VM *vm, Value self) {
    return gen_resume(vm, AS_GEN(self), NONE, false);
}

static Value self_iter(VM *vm, Value v) {
    return v;
}

static Value m_send(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "send", nargs, kw, 1, 1))
        return NULL;
    Value r = gen_resume(vm, AS_GEN(self), args[0], false);
    return r == VAL_STOP ? stop_iteration(vm, AS_GEN(self)) : r;
}

/* The exception throw(typ[, val[, tb]]) raises, normalised as CPython does. */
static Value throw_value(VM *vm, Value *args, size_t nargs) {
    Value typ = args[0], val = nargs > 1 ? args[1] : NONE;
    if (nargs > 2 && args[2] != NONE)
        return exc_raise(vm, &Exc_TypeError, "throw() third argument must be a traceback object");
    if (IS_TYPE(typ) && type_is_subtype((Type *)typ, &Exc_BaseException)) {
        if (val != NONE && isinstance_type(val, (Type *)typ))
            return val;
        Value e = val == NONE ? obj_call0(vm, typ)
                  : IS_TUPLE(val) ? obj_call(vm, typ, AS_TUPLE(val)->items, AS_TUPLE(val)->len, NULL)
                                  : obj_call1(vm, typ, val);
        /* CPython's normalisation: when the class cannot be instantiated, the error of that
         * call is what the generator receives */
        return e || vm->limit ? e : exc_fetch(vm);
    }
    if (IS_EXC(typ)) {
        if (val != NONE)
            return exc_raise(vm, &Exc_TypeError,
                             "instance exception may not have a separate value");
        return typ;
    }
    return exc_raise(vm, &Exc_TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     tname(typ));
}

static Value m_throw(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "throw", nargs, kw, 1, 3))
        return NULL;
    Value e = throw_value(vm, args, nargs);
    Gen *g = AS_GEN(self);
    if (!e || !(g->throw_args = tuple_from(vm, args, nargs)))
        return NULL;
    Value r = gen_resume(vm, g, e, true);
    g->throw_args = NULL;
    return r == VAL_STOP ? stop_iteration(vm, g) : r;
}

Value gen_close(VM *vm, Gen *g) {
    if (g->state == GEN_CREATED || g->state == GEN_DONE) {
        g->state = GEN_DONE;
        return NONE;
    }
    Value ge = obj_call0(vm, (Value)&Exc_GeneratorExit);
    if (!ge)
        return NULL;
    g->closing = true;
    Value r = gen_resume(vm, g, ge, true);
    g->closing = false;
    if (r == VAL_STOP)
        return NONE;
    if (r)   /* it stays suspended where it yielded */
        return exc_raise(vm, &Exc_RuntimeError, "%s ignored GeneratorExit", kind_words[g->kind]);
    if (!vm->limit && (isinstance_type(vm->exc, &Exc_GeneratorExit) ||
                       isinstance_type(vm->exc, &Exc_StopIteration))) {
        exc_clear(vm);
        return NONE;
    }
    return NULL;
}

static Value m_close(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "close", nargs, kw, 0, 0))
        return NULL;
    return gen_close(vm, AS_GEN(self));
}

static Value gen_repr(VM *vm, Value v) {
    extern uintptr_t obj_id(Value v);
    Gen *g = AS_GEN(v);
    char addr[32];
    snprintf(addr, sizeof addr, "0x%012lx", (unsigned long)obj_id(v));
    return str_fmt(vm, "<%s object %U at %s>", kind_names[g->kind], g->qualname, addr);
}

static Value get_name(VM *vm, Value v) { return AS_GEN(v)->name; }
static Value get_qualname(VM *vm, Value v) { return AS_GEN(v)->qualname; }
static Value get_running(VM *vm, Value v) { return BOOL_V(AS_GEN(v)->state == GEN_RUNNING); }
static Value get_suspended(VM *vm, Value v) {
    return BOOL_V(AS_GEN(v)->state == GEN_SUSPENDED);
}
static Value get_yf(VM *vm, Value v) {
    Gen *g = AS_GEN(v);
    return g->yf && g->state == GEN_SUSPENDED ? g->yf : NONE;
}

static const MethodDef gen_methods[] = {
    {"send", m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_throw, 0, "throw(value) -> raise exception in generator."},
    {"close", m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gen_getsets[] = {
    {"__name__", get_name, NULL, NULL},
    {"__qualname__", get_qualname, NULL, NULL},
    {"gi_running", get_running, NULL, NULL},
    {"gi_suspended", get_suspended, NULL, NULL},
    {"gi_yieldfrom", get_yf, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const GetSetDef coro_getsets[] = {
    {"__name__", get_name, NULL, NULL},
    {"__qualname__", get_qualname, NULL, NULL},
    {"cr_running", get_running, NULL, NULL},
    {"cr_suspended", get_suspended, NULL, NULL},
    {"cr_await", get_yf, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type generator_type = {
    .ob = {&type_type}, .name = "generator", .basicsize = sizeof(Gen),
    .repr = gen_repr, .iter = self_iter, .next = gen_iternext, .methods = gen_methods,
    .getsets = gen_getsets,
};

static Value coro_await(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "__await__", nargs, kw, 0, 0))
        return NULL;
    CoroWrapper *w = (CoroWrapper *)gc_new(vm, &coro_wrapper_type, sizeof(CoroWrapper));
    if (w)
        w->coro = self;
    return (Value)w;
}

static Value wrapper_next(VM *vm, Value self) {
    return gen_resume(vm, AS_GEN(((CoroWrapper *)self)->coro), NONE, false);
}

static Value wrapper_send(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return m_send(vm, ((CoroWrapper *)self)->coro, args, nargs, kw);
}

static Value wrapper_throw(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return m_throw(vm, ((CoroWrapper *)self)->coro, args, nargs, kw);
}

static Value wrapper_close(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return m_close(vm, ((CoroWrapper *)self)->coro, args, nargs, kw);
}

static const MethodDef wrapper_methods[] = {
    {"send", wrapper_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", wrapper_throw, 0, "throw(value) -> raise exception in coroutine."},
    {"close", wrapper_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {NULL, NULL, 0, NULL},
};

static Type coro_wrapper_type = {
    .ob = {&type_type}, .name = "coroutine_wrapper", .basicsize = sizeof(CoroWrapper),
    .iter = self_iter, .next = wrapper_next, .methods = wrapper_methods,
};

static const MethodDef coro_methods[] = {
    {"send", m_send, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."},
    {"throw", m_throw, 0, "throw(value) -> raise exception in coroutine."},
    {"close", m_close, 0, "close() -> raise GeneratorExit inside coroutine."},
    {"__await__", coro_await, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

Type coroutine_type = {
    .ob = {&type_type}, .name = "coroutine", .basicsize = sizeof(Gen),
    .repr = gen_repr, .methods = coro_methods, .getsets = coro_getsets,
};

/* ---- async generators ----
 *
 * asend()/__anext__(), athrow() and aclose() return awaitables that run the generator: an
 * await inside it passes its values through to whoever drives the awaitable, while a yield
 * ends the awaitable with StopIteration(value), and the generator's end with
 * StopAsyncIteration.  The logic follows CPython's genobject.c step by step, errors included. */

enum { AW_INIT, AW_ITER, AW_CLOSED };
enum { AG_ASEND, AG_ATHROW, AG_ACLOSE };

static Value agop_new(VM *vm, Value gen, int op, Value arg) {
    AGOp *o = (AGOp *)gc_new(vm, op == AG_ASEND ? &ag_asend_type : &ag_athrow_type,
                             sizeof(AGOp));
    if (!o)
        return NULL;
    o->gen = AS_GEN(gen);
    o->arg = arg;
    o->result = NONE;
    o->op = (uint8_t)op;
    o->state = AW_INIT;
    return (Value)o;
}

/* Resumes the generator as gen_send_ex does: its end raises StopAsyncIteration. */
static Value ag_resume(VM *vm, Gen *g, Value v, bool throw_) {
    Value r = gen_resume(vm, g, v, throw_);
    return r == VAL_STOP ? exc_raise_obj(vm, (Value)&Exc_StopAsyncIteration, NULL, false) : r;
}

static Value ag_throw(VM *vm, Gen *g, Value *args, size_t nargs) {
    Value e = throw_value(vm, args, nargs);
    if (!e || !(g->throw_args = tuple_from(vm, args, nargs)))
        return NULL;
    Value r = ag_resume(vm, g, e, true);
    g->throw_args = NULL;
    return r;
}

/* async_gen_unwrap_value: a yielded value ends the awaitable (VAL_STOP, o->result). */
static Value ag_unwrap(VM *vm, AGOp *o, Value r) {
    Gen *g = o->gen;
    if (r && !g->yield_value)
        return r;
    g->running_async = false;
    if (r) {
        o->result = r;
        return VAL_STOP;
    }
    if (!vm->limit && (exc_pending_matches(vm, &Exc_StopAsyncIteration) ||
                       exc_pending_matches(vm, &Exc_GeneratorExit)))
        g->ag_closed = true;
    return NULL;
}

static Value agop_reused(VM *vm, AGOp *o) {
    return exc_raise(vm, &Exc_RuntimeError, o->op == AG_ASEND
                     ? "cannot reuse already awaited __anext__()/asend()"
                     : "cannot reuse already awaited aclose()/athrow()");
}

/* aclose(): a yield instead of finishing is an error; the generator's end (GeneratorExit or
 * StopAsyncIteration) ends the awaitable. */
static Value aclose_result(VM *vm, AGOp *o, Value r) {
    Gen *g = o->gen;
    if (r && g->yield_value) {
        g->running_async = false;
        o->state = AW_CLOSED;
        return exc_raise(vm, &Exc_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (!r && !vm->limit && (exc_pending_matches(vm, &Exc_StopAsyncIteration) ||
                             exc_pending_matches(vm, &Exc_GeneratorExit))) {
        exc_clear(vm);
        return VAL_STOP;
    }
    return r;
}

/* One step: a value passed through from an await inside, VAL_STOP when the awaitable is
 * done (its value in o->result), or NULL. */
static Value agop_send(VM *vm, AGOp *o, Value arg) {
    Gen *g = o->gen;
    if (o->state == AW_CLOSED)
        return agop_reused(vm, o);
    Value r;
    if (o->op == AG_ASEND) {
        if (o->state == AW_INIT) {
            if (g->running_async)
                return exc_raise(vm, &Exc_RuntimeError,
                                 "anext(): asynchronous generator is already running");
            if (arg == NONE)
                arg = o->arg;
            o->state = AW_ITER;
        }
        g->running_async = true;
        r = ag_unwrap(vm, o, ag_resume(vm, g, arg, false));
        if (!r || r == VAL_STOP)
            o->state = AW_CLOSED;
        return r;
    }
    if (g->state == GEN_DONE) {
        o->state = AW_CLOSED;
        return VAL_STOP;
    }
    if (o->state == AW_INIT) {
        if (g->running_async) {
            o->state = AW_CLOSED;
            return exc_raise(vm, &Exc_RuntimeError, o->op == AG_ACLOSE
                             ? "aclose(): asynchronous generator is already running"
                             : "athrow(): asynchronous generator is already running");
        }
        if (g->ag_closed) {
            o->state = AW_CLOSED;
            return exc_raise_obj(vm, (Value)&Exc_StopAsyncIteration, NULL, false);
        }
        if (arg != NONE)
            return exc_raise(vm, &Exc_RuntimeError,
                             "can't send non-None value to a just-started coroutine");
        o->state = AW_ITER;
        g->running_async = true;
        if (o->op == AG_ACLOSE) {
            g->ag_closed = true;
            Value ge = obj_call0(vm, (Value)&Exc_GeneratorExit);
            r = ge ? ag_resume(vm, g, ge, true) : NULL;
        } else {
            r = ag_unwrap(vm, o, ag_throw(vm, g, AS_TUPLE(o->arg)->items,
                                          AS_TUPLE(o->arg)->len));
        }
    } else {
        r = ag_resume(vm, g, arg, false);
        if (o->op == AG_ATHROW)
            return ag_unwrap(vm, o, r);
    }
    if (r && r != VAL_STOP && !(o->op == AG_ACLOSE && g->yield_value))
        return r;
    g->running_async = false;
    o->state = AW_CLOSED;
    return o->op == AG_ACLOSE ? aclose_result(vm, o, r) : r;
}

static Value agop_next(VM *vm, Value self) {
    return agop_send(vm, (AGOp *)self, NONE);
}

/* The methods end with StopIteration(value) where the slots return VAL_STOP. */
static Value agop_stop(VM *vm, AGOp *o, Value r) {
    if (r != VAL_STOP)
        return r;
    return o->result != NONE ? exc_raise_value(vm, &Exc_StopIteration, o->result)
                             : exc_raise_obj(vm, (Value)&Exc_StopIteration, NULL, false);
}

static Value agop_m_send(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "send", nargs, kw, 1, 1))
        return NULL;
    return agop_stop(vm, (AGOp *)self, agop_send(vm, (AGOp *)self, args[0]));
}

static Value agop_m_throw(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "throw", nargs, kw, 1, 3))
        return NULL;
    AGOp *o = (AGOp *)self;
    if (o->state == AW_CLOSED)
        return agop_reused(vm, o);
    Value r = ag_throw(vm, o->gen, args, nargs);
    if (o->op == AG_ACLOSE) {
        r = aclose_result(vm, o, r);
    } else {
        r = ag_unwrap(vm, o, r);
        if ((!r || r == VAL_STOP) && o->op == AG_ASEND)
            o->state = AW_CLOSED;
    }
    return agop_stop(vm, o, r);
}

static Value agop_m_close(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "close", nargs, kw, 0, 0))
        return NULL;
    ((AGOp *)self)->state = AW_CLOSED;
    return NONE;
}

static Value agop_await(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return args_count(vm, "__await__", nargs, kw, 0, 0) ? self : NULL;
}

static const MethodDef agop_methods[] = {
    {"send", agop_m_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", agop_m_throw, 0, "throw(value) -> raise exception in generator."},
    {"close", agop_m_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__await__", agop_await, 0, "Return an iterator to be used in await expression."},
    {NULL, NULL, 0, NULL},
};

static Type ag_asend_type = {
    .ob = {&type_type}, .name = "async_generator_asend", .basicsize = sizeof(AGOp),
    .iter = self_iter, .next = agop_next, .methods = agop_methods,
};

static Type ag_athrow_type = {
    .ob = {&type_type}, .name = "async_generator_athrow", .basicsize = sizeof(AGOp),
    .iter = self_iter, .next = agop_next, .methods = agop_methods,
};

static Value ag_aiter(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return args_count(vm, "__aiter__", nargs, kw, 0, 0) ? self : NULL;
}

static Value ag_anext(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return args_count(vm, "__anext__", nargs, kw, 0, 0) ? agop_new(vm, self, AG_ASEND, NONE)
                                                         : NULL;
}

static Value ag_asend(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return args_count(vm, "asend", nargs, kw, 1, 1) ? agop_new(vm, self, AG_ASEND, args[0])
                                                    : NULL;
}

static Value ag_athrow(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    if (!args_count(vm, "athrow", nargs, kw, 1, 3))
        return NULL;
    Value t = tuple_from(vm, args, nargs);
    return t ? agop_new(vm, self, AG_ATHROW, t) : NULL;
}

static Value ag_aclose(VM *vm, Value self, Value *args, size_t nargs, Value kw) {
    return args_count(vm, "aclose", nargs, kw, 0, 0) ? agop_new(vm, self, AG_ACLOSE, NONE)
                                                     : NULL;
}

static Value get_ag_running(VM *vm, Value v) { return BOOL_V(AS_GEN(v)->running_async); }

static const MethodDef ag_methods[] = {
    {"__aiter__", ag_aiter, 0, "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", ag_anext, 0, "Return a value or raise StopAsyncIteration."},
    {"asend", ag_asend, 0, "asend(v) -> send 'v' in generator."},
    {"athrow", ag_athrow, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", ag_aclose, 0, "aclose() -> raise GeneratorExit inside generator."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef ag_getsets[] = {
    {"__name__", get_name, NULL, NULL},
    {"__qualname__", get_qualname, NULL, NULL},
    {"ag_running", get_ag_running, NULL, NULL},
    {"ag_await", get_yf, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

Type async_generator_type = {
    .ob = {&type_type}, .name = "async_generator", .basicsize = sizeof(Gen),
    .repr = gen_repr, .methods = ag_methods, .getsets = ag_getsets,
};

void gen_types_ready(void) {
    static Type *const types[] = {&generator_type, &coroutine_type, &coro_wrapper_type,
                                  &async_generator_type, &ag_asend_type, &ag_athrow_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        type_ready(types[i]);
}

/* ---- delegation: yield from, await ---- */

/* Advances sub one step.  VAL_SUSPEND: it yielded (g->yielded); a value: it finished with
 * that result; NULL: error. */
static Value delegate(Frame *f, Value sub, Value sent, bool throw_) {
    VM *vm = f->vm;
    Gen *g = f->gen;
    Value r;
    Type *st = TYPE(sub);
    if (throw_ && g->kind != GK_ASYNC_GENERATOR && isinstance_type(sent, &Exc_GeneratorExit)) {
        /* close() and throw(GeneratorExit) close the sub-iterator, then raise GeneratorExit
         * (or what closing raised) here; an async generator's aclose() throws it in instead */
        if (st == &generator_type || st == &coroutine_type) {
            if (!gen_close(vm, AS_GEN(sub)))
                return NULL;
        } else {
            Value cl = obj_getattr_opt(vm, sub, NM(close));
            if (!cl || (cl != VAL_MISSING && !obj_call0(vm, cl)))
                return NULL;
        }
        return exc_set(vm, sent);
    }
    if (st == &generator_type || st == &coroutine_type) {
        AS_GEN(sub)->throw_args = throw_ ? g->throw_args : NULL;
        r = gen_resume(vm, AS_GEN(sub), sent, throw_);
        AS_GEN(sub)->throw_args = NULL;
        if (r == VAL_STOP) {
            Value rv = AS_GEN(sub)->retval;
            AS_GEN(sub)->retval = NULL;
            return rv ? rv : NONE;
        }
    } else {
        if (throw_) {
            Value th = obj_getattr_opt(vm, sub, NM(throw));
            if (!th)
                return NULL;
            if (th == VAL_MISSING)
                return exc_set(vm, sent);
            r = g->throw_args ? obj_call(vm, th, AS_TUPLE(g->throw_args)->items,
                                         AS_TUPLE(g->throw_args)->len, NULL)
                              : obj_call1(vm, th, sent);
        } else if (sent != NONE) {
            r = obj_call_method(vm, sub, NM(send), &sent, 1);
        } else if (st->flags & TF_HEAP) {
            /* a class's __next__ is called directly: its StopIteration carries the result */
            r = call_special(vm, sub, NM(__next__), NULL, 0);
        } else {
            r = st->next(vm, sub);
        }
        if (r == VAL_STOP) {
            Value rv = gen_return_value(vm, sub);
            return rv ? rv : NONE;
        }
        if (!r && exc_pending_matches(vm, &Exc_StopIteration)) {
            Value e = exc_fetch(vm);
            Value v = exc_get_attr(vm, e, "value");
            return v ? v : NONE;
        }
    }
    if (!r)
        return NULL;
    g->yielded = r;
    g->yield_value = false;
    g->yf = sub;
    return VAL_SUSPEND;
}

/* The iterator an `await` drives. */
static Value awaitable_iter(Frame *f, Value o) {
    VM *vm = f->vm;
    if (TYPE(o) == &coroutine_type) {
        if (AS_GEN(o)->state == GEN_DONE)
            return exc_raise(vm, &Exc_RuntimeError, "cannot reuse already awaited coroutine");
        return o;
    }
    Value m = type_lookup(TYPE(o), NM(__await__));
    if (m == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "object %s can't be used in 'await' expression",
                         tname(o));
    Value it = call_special(vm, o, NM(__await__), NULL, 0);
    if (!it)
        return NULL;
    if (TYPE(it) == &coroutine_type)
        return exc_raise(vm, &Exc_TypeError, "__await__() returned a coroutine");
    if (!TYPE(it)->next)
        return exc_raise(vm, &Exc_TypeError, "__await__() returned non-iterator of type '%s'",
                         tname(it));
    return it;
}

Value gen_await(Frame *f, Value sub) {
    Gen *g = f->gen;
    Value sent = NONE;
    bool thr = false;
    if (f->resuming) {
        f->resuming = false;
        sent = g->sent;
        thr = g->throw_mode;
        g->throw_mode = false;
    }
    Value r = delegate(f, sub, sent, thr);
    if (r != VAL_SUSPEND)
        g->yf = NULL;
    return r;
}

/* GET_AITER */
Value gen_aiter(Frame *f, Value obj) {
    VM *vm = f->vm;
    if (type_lookup(TYPE(obj), NM(__aiter__)) == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "'async for' requires an object with __aiter__ "
                         "method, got %s", tname(obj));
    Value it = call_special(vm, obj, NM(__aiter__), NULL, 0);
    if (it && type_lookup(TYPE(it), NM(__anext__)) == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "'async for' received an object from __aiter__ "
                         "that does not implement __anext__: %s", tname(it));
    return it;
}

/* GET_ANEXT */
Value gen_anext(Frame *f, Value aiter) {
    VM *vm = f->vm;
    if (type_lookup(TYPE(aiter), NM(__anext__)) == VAL_MISSING)
        return exc_raise(vm, &Exc_TypeError, "'async for' requires an iterator with __anext__ "
                         "method, got %s", tname(aiter));
    Value aw = call_special(vm, aiter, NM(__anext__), NULL, 0);
    if (!aw)
        return NULL;
    Value it = awaitable_iter(f, aw);
    if (!it && exc_pending_matches(vm, &Exc_TypeError)) {
        Value cause = exc_fetch(vm);
        exc_raise(vm, &Exc_TypeError, "'async for' received an invalid object from __anext__: "
                  "%s", tname(aw));
        if (vm->exc && IS_EXC(vm->exc)) {
            AS_EXC(vm->exc)->cause = cause;
            AS_EXC(vm->exc)->context = cause;
            AS_EXC(vm->exc)->suppress_context = true;
        }
    }
    return it;
}

/* yield from / await: pc 0 evaluates the operand, pc 1 is suspended in delegation. */
static Value eval_delegating(Frame *f, Node *n) {
    VM *vm = f->vm;
    Value sub = NULL;
    int pc = 0;
    if (f->resuming) {
        RRec *r = rs_pop(f, n);
        pc = r->pc;
        sub = r->nvals ? r->vals[0] : NULL;
    }
    if (pc == 0) {
        Value v = eval_expr(f, n->u.ret.value);
        if (v == VAL_SUSPEND)
            return suspend(f, n, 0, NULL, 0);
        if (!v)
            return NULL;
        if (n->kind == N_Await) {
            sub = awaitable_iter(f, v);
        } else if (TYPE(v) == &coroutine_type && f->gen->kind == GK_GENERATOR) {
            sub = exc_raise(vm, &Exc_TypeError,
                            "cannot 'yield from' a coroutine object in a non-coroutine generator");
        } else {
            sub = obj_iter(vm, v);
        }
        if (!sub)
            return eval_fail(f, n);
    }
    Value r = gen_await(f, sub);
    if (r == VAL_SUSPEND)
        return suspend(f, n, 1, &sub, 1);
    return r ? r : eval_fail(f, n);
}

static Value eval_yield(Frame *f, Node *n) {
    Gen *g = f->gen;
    int pc = 0;
    if (f->resuming)
        pc = rs_pop(f, n)->pc;
    if (pc == 0) {
        Value v = n->u.ret.value ? eval_expr(f, n->u.ret.value) : NONE;
        if (v == VAL_SUSPEND)
            return suspend(f, n, 0, NULL, 0);
        if (!v)
            return NULL;
        g->yielded = v;
        g->yield_value = true;
        return suspend(f, n, 1, NULL, 0);
    }
    f->resuming = false;
    if (g->throw_mode) {
        g->throw_mode = false;
        exc_set(f->vm, g->sent);
        f->tb_exc = NULL;
        return eval_fail(f, n);
    }
    return g->sent;
}

/* ---- expressions ---- */

static size_t nkids(Node *n) {
    switch (n->kind) {
    case N_BinOp: case N_Subscript: case N_FormattedValue: return 2;
    case N_UnaryOp: case N_Attribute: case N_NamedExpr: return 1;
    case N_Slice: return 3;
    case N_Call: return 1 + n->u.call.args.n + n->u.call.keywords.n;
    case N_List: case N_Tuple: case N_Set: return n->u.seq.elts.n;
    case N_Dict: return 2 * n->u.dict.keys.n;
    case N_JoinedStr: return n->u.joined.values.n;
    case N_Lambda:
        return eval_def_nkids(n);
    default: return 0;
    }
}

static Node *unstar(Node *k) {
    return k && k->kind == N_Starred ? k->u.ret.value : k;
}

static Node *kid(Node *n, size_t i) {
    switch (n->kind) {
    case N_BinOp: return i ? n->u.bin.right : n->u.bin.left;
    case N_Subscript: return i ? n->u.sub.slice : n->u.sub.value;
    case N_FormattedValue: return i ? n->u.fmt.spec : n->u.fmt.value;
    case N_UnaryOp: return n->u.unary.operand;
    case N_Attribute: return n->u.attr.value;
    case N_NamedExpr: return n->u.named.value;
    case N_Slice: return i == 0 ? n->u.slice.lower : i == 1 ? n->u.slice.upper : n->u.slice.step;
    case N_Call:
        if (i == 0)
            return n->u.call.func;
        if (i - 1 < n->u.call.args.n)
            return unstar(n->u.call.args.items[i - 1]);
        return n->u.call.keywords.items[i - 1 - n->u.call.args.n]->u.keyword.value;
    case N_List: case N_Tuple: case N_Set:
        return unstar(n->u.seq.elts.items[i]);
    case N_Dict:
        return i % 2 ? n->u.dict.values.items[i / 2] : n->u.dict.keys.items[i / 2];
    case N_JoinedStr:
        return n->u.joined.values.items[i];
    case N_Lambda:
        return eval_def_kid(n, i);
    default:
        return NULL;
    }
}

static Value combine(Frame *f, Node *n, Value *v) {
    switch (n->kind) {
    case N_BinOp: return eval_binop_values(f, n, v[0], v[1]);
    case N_Subscript: return eval_subscript(f, n, v[0], v[1]);
    case N_FormattedValue: return eval_format_value(f, n, v[0], n->u.fmt.spec ? v[1] : NULL);
    case N_UnaryOp: return eval_unary(f, n, v[0]);
    case N_Attribute: return eval_attr(f, n, v[0]);
    case N_NamedExpr: return eval_store_name(f, n->u.named.target, v[0]) ? v[0] : NULL;
    case N_Slice: {
        Value r = slice_new(f->vm, v[0], v[1], v[2]);
        return r ? r : eval_fail(f, n);
    }
    case N_Call: return eval_call_values(f, n, v[0], v + 1);
    case N_List: case N_Tuple: case N_Set: {
        Value r = eval_build_seq(f, n, v);
        return r ? r : eval_fail(f, n);
    }
    case N_Dict: return eval_build_dict(f, n, v);
    case N_JoinedStr: return eval_joined(f, n, v);
    case N_Lambda:
        return eval_make_function_from(f, n, v);
    default:
        exc_raise(f->vm, &Exc_SystemError, "cannot suspend in %s", ast_kind_names[n->kind]);
        return NULL;
    }
}

static Value eval_generic(Frame *f, Node *n) {
    size_t k = nkids(n);
    Value small[16];
    Value *vals = k <= 16 ? small : gc_alloc(f->vm, k * sizeof(Value));
    if (!vals)
        return NULL;
    size_t pc = 0;
    if (f->resuming) {
        RRec *r = rs_pop(f, n);
        pc = (size_t)r->pc;
        vals_copy(vals, r->vals, pc);
    }
    for (; pc < k; pc++) {
        Node *c = kid(n, pc);
        Value v = c ? eval_expr(f, c) : NONE;
        if (v == VAL_SUSPEND)
            return suspend(f, n, (int)pc, vals, (int)pc);
        if (!v)
            return NULL;
        vals[pc] = v;
    }
    return combine(f, n, vals);
}

/* and/or: pc is the index of the operand being evaluated */
static Value eval_gen_boolop(Frame *f, Node *n) {
    NodeList *vs = &n->u.boolop.values;
    size_t i = 0;
    if (f->resuming)
        i = (size_t)rs_pop(f, n)->pc;
    for (; i < vs->n; i++) {
        Value v = eval_expr(f, vs->items[i]);
        if (v == VAL_SUSPEND)
            return suspend(f, n, (int)i, NULL, 0);
        if (!v)
            return NULL;
        if (i + 1 == vs->n)
            return v;
        int t = obj_truth(f->vm, v);
        if (t < 0)
            return eval_fail(f, n);
        if ((n->op == BOOL_AND) != (t != 0))
            return v;
    }
    return NONE;
}

/* a if t else b: pc 0 test, 1 body, 2 orelse */
static Value eval_gen_ifexp(Frame *f, Node *n) {
    int pc = 0;
    if (f->resuming)
        pc = rs_pop(f, n)->pc;
    if (pc == 0) {
        Value t = eval_expr(f, n->u.ifexp.test);
        if (t == VAL_SUSPEND)
            return suspend(f, n, 0, NULL, 0);
        if (!t)
            return NULL;
        int b = obj_truth(f->vm, t);
        if (b < 0)
            return eval_fail(f, n);
        pc = b ? 1 : 2;
    }
    Value v = eval_expr(f, pc == 1 ? n->u.ifexp.body : n->u.ifexp.orelse);
    if (v == VAL_SUSPEND)
        return suspend(f, n, pc, NULL, 0);
    return v;
}

/* a < b < c: pc 0 left, pc i comparator i-1; the running left operand is saved */
static Value eval_gen_compare(Frame *f, Node *n) {
    size_t k = n->u.cmp.comparators.n, pc = 0;
    Value left = NULL;
    if (f->resuming) {
        RRec *r = rs_pop(f, n);
        pc = (size_t)r->pc;
        left = r->nvals ? r->vals[0] : NULL;
    }
    if (pc == 0) {
        left = eval_expr(f, n->u.cmp.left);
        if (left == VAL_SUSPEND)
            return suspend(f, n, 0, NULL, 0);
        if (!left)
            return NULL;
        pc = 1;
    }
    for (; pc <= k; pc++) {
        Value right = eval_expr(f, n->u.cmp.comparators.items[pc - 1]);
        if (right == VAL_SUSPEND)
            return suspend(f, n, (int)pc, &left, 1);
        if (!right)
            return NULL;
        Value r = eval_compare_op(f, n->u.cmp.ops[pc - 1], left, right);
        if (!r)
            return eval_fail(f, n);
        if (pc == k)
            return r;
        int t = obj_truth(f->vm, r);
        if (t < 0)
            return eval_fail(f, n);
        if (!t)
            return r;
        left = right;
    }
    return TRUE_V;
}

Value eval_gen_expr(Frame *f, Node *n) {
    switch (n->kind) {
    case N_Yield:
        return eval_yield(f, n);
    case N_YieldFrom:
    case N_Await:
        return eval_delegating(f, n);
    case N_BoolOp:
        return eval_gen_boolop(f, n);
    case N_IfExp:
        return eval_gen_ifexp(f, n);
    case N_Compare:
        return eval_gen_compare(f, n);
    case N_ListComp:
    case N_SetComp:
    case N_DictComp:
    case N_GeneratorExp:
        return eval_comprehension_resumable(f, n);
    default:
        return eval_generic(f, n);
    }
}

/* ---- statements ---- */

/* Evaluates one expression of a statement at pc `at`: the value, or NULL (error), or
 * VAL_SUSPEND after pushing the statement's record. */
static Value stmt_expr(Frame *f, Node *s, Node *e, int at, const Value *vals, int nvals) {
    Value v = eval_expr(f, e);
    if (v == VAL_SUSPEND)
        return suspend(f, s, at, vals, nvals);
    return v;
}

/* for / async for: pc 0 evaluates the iterable, 1 fetches the next item (async: awaiting
 * __anext__, the awaitable saved), 2 runs the body, 3 the else clause. */
static int gen_for(Frame *f, Node *s) {
    VM *vm = f->vm;
    int pc = 0;
    Value it = NULL, sub = NULL;
    if (f->resuming) {
        RRec *r = rs_pop(f, s);
        pc = r->pc;
        it = r->nvals > 0 ? r->vals[0] : NULL;
        sub = r->nvals > 1 ? r->vals[1] : NULL;
    }
    if (pc == 3)
        goto orelse;
    if (pc == 0) {
        Value seq = stmt_expr(f, s, s->u.for_.iter, 0, NULL, 0);
        if (seq == VAL_SUSPEND)
            return C_YIELD;
        if (!seq)
            return C_RAISE;
        it = s->flags & NF_ASYNC ? gen_aiter(f, seq) : obj_iter(vm, seq);
        if (!it)
            return C_RAISE;   /* at the whole statement, as in exec_for */
        pc = 1;
    }
    for (;;) {
        if (pc == 1) {
            Value x;
            if (s->flags & NF_ASYNC) {
                if (!sub && !(sub = gen_anext(f, it)))
                    return C_RAISE;
                x = gen_await(f, sub);
                if (x == VAL_SUSPEND) {
                    Value v2[2] = {it, sub};
                    return suspend_stmt(f, s, 1, v2, 2);
                }
                sub = NULL;
                if (!x && exc_pending_matches(vm, &Exc_StopAsyncIteration)) {
                    exc_clear(vm);
                    break;
                }
            } else {
                x = obj_next(vm, it);
                if (x == VAL_STOP)
                    break;
            }
            if (!x)
                return C_RAISE;
            if (!eval_store(f, s->u.for_.target, x))
                return C_RAISE;
        }
        int c = exec_block(f, &s->u.for_.body);
        if (c == C_YIELD)
            return suspend_stmt(f, s, 2, &it, 1);
        pc = 1;
        if (c != C_NORMAL) {
            if (c == C_BREAK)
                return C_NORMAL;
            if (c != C_CONTINUE)
                return c;
        }
        if (!vm_tick(vm))
            return C_RAISE;
    }
orelse:;
    int c = exec_block(f, &s->u.for_.orelse);
    if (c == C_YIELD)
        return suspend_stmt(f, s, 3, &it, 1);
    return c;
}

/* while: pc 0 test, 1 body, 2 else */
static int gen_while(Frame *f, Node *s) {
    int pc = 0;
    if (f->resuming)
        pc = rs_pop(f, s)->pc;
    if (pc == 2)
        goto orelse;
    for (;;) {
        if (pc == 0) {
            Value t = stmt_expr(f, s, s->u.while_.test, 0, NULL, 0);
            if (t == VAL_SUSPEND)
                return C_YIELD;
            if (!t)
                return C_RAISE;
            int b = obj_truth(f->vm, t);
            if (b < 0)
                return C_RAISE;
            if (!b)
                break;
        }
        int c = exec_block(f, &s->u.while_.body);
        if (c == C_YIELD)
            return suspend_stmt(f, s, 1, NULL, 0);
        pc = 0;
        if (c != C_NORMAL) {
            if (c == C_BREAK)
                return C_NORMAL;
            if (c != C_CONTINUE)
                return c;
        }
        if (!vm_tick(f->vm))
            return C_RAISE;
    }
orelse:;
    int c = exec_block(f, &s->u.while_.orelse);
    if (c == C_YIELD)
        return suspend_stmt(f, s, 2, NULL, 0);
    return c;
}

/* if: pc 0 test, 1 body, 2 else */
static int gen_if(Frame *f, Node *s) {
    int pc = 0;
    if (f->resuming)
        pc = rs_pop(f, s)->pc;
    if (pc == 0) {
        Value t = stmt_expr(f, s, s->u.while_.test, 0, NULL, 0);
        if (t == VAL_SUSPEND)
            return C_YIELD;
        if (!t)
            return C_RAISE;
        int b = obj_truth(f->vm, t);
        if (b < 0)
            return C_RAISE;
        pc = b ? 1 : 2;
    }
    int c = exec_block(f, pc == 1 ? &s->u.while_.body : &s->u.while_.orelse);
    if (c == C_YIELD)
        return suspend_stmt(f, s, pc, NULL, 0);
    return c;
}

/* The exception-handling context to return to after a handler: what it was when the
 * handler started, or, if that was the caller's, the caller of this resumption. */
static Value handling_mark(Frame *f, Value saved) {
    return f->gen && saved == f->gen->outer ? VAL_MISSING : (saved ? saved : NONE);
}

static Value handling_unmark(Frame *f, Value mark) {
    if (mark == VAL_MISSING)
        return f->gen ? f->gen->outer : NULL;
    return mark == NONE ? NULL : mark;
}

/* try: pc 0 body, 1 + i handler i (vals: exception, saved context), PC_ELSE, PC_FINALLY
 * (vals: pending exception, completion, return value) */
#define PC_ELSE 100000
#define PC_FINALLY 100001

static int gen_try(Frame *f, Node *s) {
    VM *vm = f->vm;
    int pc = 0, c = C_NORMAL;
    Value v[3] = {NONE, NONE, NONE};
    if (f->resuming) {
        RRec *r = rs_pop(f, s);
        pc = r->pc;
        for (int i = 0; i < r->nvals && i < 3; i++)
            v[i] = r->vals[i];
    }
    if (pc == 0) {
        c = exec_block(f, &s->u.try_.body);
        if (c == C_YIELD)
            return suspend_stmt(f, s, 0, NULL, 0);
        if (c == C_RAISE && s->u.try_.handlers.n && !vm->limit) {
            Value exc = vm->exc;
            size_t i;
            int m = 0;
            for (i = 0; i < s->u.try_.handlers.n; i++)
                if ((m = eval_handler_matches(f, s->u.try_.handlers.items[i], exc)) != 0)
                    break;
            if (m > 0) {
                vm->exc = NULL;
                v[0] = exc;
                v[1] = handling_mark(f, vm->handling);
                Node *target = s->u.try_.handlers.items[i]->u.handler.target;
                if (target && !eval_store(f, target, exc))
                    c = C_RAISE;
                else
                    pc = 1 + (int)i;
            }
            if (pc == 0)
                goto finally;
        } else {
            if (c == C_NORMAL && s->u.try_.orelse.n)
                pc = PC_ELSE;
            else
                goto finally;
        }
    }
    if (pc >= 1 && pc < PC_ELSE) {
        Node *h = s->u.try_.handlers.items[pc - 1];
        vm->handling = v[0];
        c = exec_block(f, &h->u.handler.body);
        if (c == C_YIELD)
            return suspend_stmt(f, s, pc, v, 2);
        vm->handling = handling_unmark(f, v[1]);
        if (h->u.handler.target) {
            Value pending = vm->exc;
            vm->exc = NULL;
            eval_store(f, h->u.handler.target, NULL);
            vm->exc = pending;
        }
        goto finally;
    }
    if (pc == PC_ELSE) {
        c = exec_block(f, &s->u.try_.orelse);
        if (c == C_YIELD)
            return suspend_stmt(f, s, PC_ELSE, NULL, 0);
    }
finally:
    if (!s->u.try_.finalbody.n)
        return c;
    if (pc != PC_FINALLY) {
        v[0] = c == C_RAISE ? exc_fetch(vm) : NONE;
        v[1] = MK_SMALL(c);
        v[2] = f->retval ? f->retval : NONE;
        v[0] = v[0] ? v[0] : NONE;
    }
    Value saved = vm->handling;
    if (v[0] != NONE)
        vm->handling = v[0];
    int fc = exec_block(f, &s->u.try_.finalbody);
    if (fc == C_YIELD) {
        vm->handling = saved;
        return suspend_stmt(f, s, PC_FINALLY, v, 3);
    }
    vm->handling = pc == PC_FINALLY ? (f->gen ? f->gen->outer : saved) : saved;
    if (fc != C_NORMAL)
        return fc;
    c = (int)SMALL_VAL(v[1]);
    if (v[0] != NONE)
        vm->exc = v[0];
    f->retval = v[2];
    return c;
}

/* with / async with: one record per item: pc 0 evaluating the context expression, 1 awaiting
 * __aenter__, 2 in the body (inner items included), 3 awaiting __aexit__.  vals: the exit
 * callable, the awaitable being driven, and for pc 3 the pending completion. */
static int gen_with_item(Frame *f, Node *s, size_t i);

/* The awaitable iterator of what __aenter__/__aexit__ returned, with CPython's wording when
 * it is not awaitable at all. */
static Value with_awaitable(Frame *f, Value aw, const char *which) {
    Value it = aw ? awaitable_iter(f, aw) : NULL;
    if (!it && aw && type_lookup(TYPE(aw), NM(__await__)) == VAL_MISSING &&
        TYPE(aw) != &coroutine_type) {
        exc_clear(f->vm);
        exc_raise(f->vm, &Exc_TypeError, "'async with' received an object from %s that does "
                  "not implement __await__: %s", which, tname(aw));
    }
    return it;
}

static int finish_async_exit(Frame *f, Node *s, Value *v, int c) {
    /* v: exit, sub, pending exception, completion, return value */
    VM *vm = f->vm;
    if (v[1] == NONE) {
        Value exc = c == C_RAISE ? exc_fetch(vm) : NULL;
        v[2] = exc ? exc : NONE;
        v[3] = MK_SMALL(c);
        v[4] = f->retval ? f->retval : NONE;
        Value args[3] = {exc && !vm->limit ? (Value)TYPE(exc) : NONE,
                         exc && !vm->limit ? exc : NONE, NONE};
        if (!(v[1] = with_awaitable(f, obj_call(vm, v[0], args, 3, NULL), "__aexit__")))
            return C_RAISE;
    }
    Value r = gen_await(f, v[1]);
    if (r == VAL_SUSPEND)
        return -1;
    if (!r)
        return C_RAISE;
    c = (int)SMALL_VAL(v[3]);
    f->retval = v[4];
    if (c == C_RAISE) {
        int t = obj_truth(vm, r);
        if (t < 0)
            return C_RAISE;
        if (t && !vm->limit)
            return C_NORMAL;
        vm->exc = v[2];
    }
    return c;
}

static int gen_with_item(Frame *f, Node *s, size_t i) {
    VM *vm = f->vm;
    bool is_async = s->flags & NF_ASYNC;
    if (i == s->u.with.items.n)
        return exec_block(f, &s->u.with.body);
    Node *item = s->u.with.items.items[i];
    int pc = 0;
    Value v[5] = {NONE, NONE, NONE, NONE, NONE};
    if (f->resuming) {
        RRec *r = rs_pop(f, s);
        pc = r->pc;
        for (int k = 0; k < r->nvals && k < 5; k++)
            v[k] = r->vals[k];
    }
    int c;
    if (pc == 0) {
        Value ctx = stmt_expr(f, s, item->u.withitem.context, 0, NULL, 0);
        if (ctx == VAL_SUSPEND)
            return C_YIELD;
        if (!ctx)
            return C_RAISE;
        if (!is_async) {
            Value entered;
            if (!eval_with_enter(f, ctx, &v[0], &entered))
                return C_RAISE;
            if (item->u.withitem.vars && !eval_store(f, item->u.withitem.vars, entered))
                return eval_with_exit(f, v[0], C_RAISE);
            pc = 2;
        } else {
            Value ae = type_lookup(TYPE(ctx), NM(__aenter__));
            Value ax = type_lookup(TYPE(ctx), NM(__aexit__));
            if (ae == VAL_MISSING || ax == VAL_MISSING) {
                exc_raise(vm, &Exc_TypeError, "'%s' object does not support the asynchronous "
                          "context manager protocol%s", tname(ctx),
                          ae == VAL_MISSING ? "" : " (missed __aexit__ method)");
                return C_RAISE;
            }
            v[0] = TYPE(ax)->descr_get ? TYPE(ax)->descr_get(vm, ax, ctx, (Value)TYPE(ctx)) : ax;
            if (!v[0] || !(v[1] = with_awaitable(f, call_special(vm, ctx, NM(__aenter__), NULL,
                                                                 0), "__aenter__")))
                return C_RAISE;
            pc = 1;
        }
    }
    if (pc == 1) {
        Value r = gen_await(f, v[1]);
        if (r == VAL_SUSPEND)
            return suspend_stmt(f, s, 1, v, 2);
        if (!r)
            return C_RAISE;
        v[1] = NONE;
        if (item->u.withitem.vars && !eval_store(f, item->u.withitem.vars, r)) {
            c = C_RAISE;
            goto exit;
        }
        pc = 2;
    }
    if (pc == 2) {
        c = gen_with_item(f, s, i + 1);
        if (c == C_YIELD)
            return suspend_stmt(f, s, 2, v, 1);
        if (c == C_RAISE)
            eval_traceback_here(f, s);
    exit:
        if (!is_async)
            return eval_with_exit(f, v[0], c);
        v[1] = NONE;
    } else {
        c = (int)SMALL_VAL(v[3]);
    }
    c = finish_async_exit(f, s, v, c);
    if (c < 0)
        return suspend_stmt(f, s, 3, v, 5);
    return c;
}

/* statements whose only suspension points are their expressions: pc is the index of the
 * expression being evaluated; vals hold the ones already done */
static int gen_simple(Frame *f, Node *s) {
    VM *vm = f->vm;
    Node *kids[3] = {NULL, NULL, NULL};
    size_t k = 0;
    switch (s->kind) {
    case N_Expr: case N_Return: kids[0] = s->u.ret.value; k = 1; break;
    case N_Assign: kids[0] = s->u.assign.value; k = 1; break;
    case N_AnnAssign: kids[0] = s->u.ann.value; k = 1; break;
    case N_Raise: kids[0] = s->u.raise.exc; kids[1] = s->u.raise.cause; k = 2; break;
    case N_Assert: kids[0] = s->u.assert_.test; kids[1] = s->u.assert_.msg; k = 2; break;
    case N_AugAssign: kids[0] = s->u.aug.value; k = 1; break;
    default: break;
    }
    Value vals[3] = {NONE, NONE, NONE};
    size_t pc = 0;
    if (f->resuming) {
        RRec *r = rs_pop(f, s);
        pc = (size_t)r->pc;
        vals_copy(vals, r->vals, (size_t)r->nvals);
    }
    /* augmented assignment loads its target first */
    if (s->kind == N_AugAssign && pc == 0 && !f->resuming) {
        Node *t = s->u.aug.target;
        Value cur = t->kind == N_Name ? eval_name(f, t) : NULL;
        if (t->kind != N_Name) {
            exc_raise(vm, &Exc_SyntaxError,
                      "'yield' in an augmented assignment to an attribute or item is not supported");
            return C_RAISE;
        }
        if (!cur)
            return C_RAISE;
        vals[1] = cur;
    }
    for (; pc < k; pc++) {
        if (s->kind == N_Assert && pc == 1) {
            int t = obj_truth(vm, vals[0]);
            if (t < 0)
                return C_RAISE;
            if (t)
                return C_NORMAL;
        }
        if (!kids[pc])
            continue;
        Value v = eval_expr(f, kids[pc]);
        if (v == VAL_SUSPEND)
            return suspend_stmt(f, s, (int)pc, vals, 3);
        if (!v)
            return C_RAISE;
        vals[pc] = v;
    }
    switch (s->kind) {
    case N_Expr:
        f->last_expr = vals[0];
        return C_NORMAL;
    case N_Return:
        f->retval = kids[0] ? vals[0] : NONE;
        return C_RETURN;
    case N_Assign:
        for (size_t i = 0; i < s->u.assign.targets.n; i++)
            if (!eval_store(f, s->u.assign.targets.items[i], vals[0]))
                return C_RAISE;
        return C_NORMAL;
    case N_AnnAssign:
        return !s->u.ann.value || eval_store(f, s->u.ann.target, vals[0]) ? C_NORMAL : C_RAISE;
    case N_AugAssign: {
        Value r = obj_inplace(vm, vals[1], vals[0], s->op);
        if (!r) {
            eval_fail(f, s);
            return C_RAISE;
        }
        return eval_store_name(f, s->u.aug.target, r) ? C_NORMAL : C_RAISE;
    }
    case N_Raise:
        exc_raise_obj(vm, vals[0], kids[1] ? vals[1] : NULL, kids[1] != NULL);
        f->tb_exc = NULL;
        return C_RAISE;
    case N_Assert: {
        int t = obj_truth(vm, vals[0]);
        if (t < 0)
            return C_RAISE;
        if (t)
            return C_NORMAL;
        return eval_assert_failed(f, s, kids[1] ? vals[1] : NULL);
    }
    default:
        exc_raise(vm, &Exc_SystemError, "cannot suspend in %s", ast_kind_names[s->kind]);
        return C_RAISE;
    }
}

/* def/class whose decorators, defaults or bases suspend: those are evaluated first (pc is the
 * index of the one being evaluated), then the definition runs as usual. */
static int gen_definition(Frame *f, Node *s) {
    VM *vm = f->vm;
    NodeList *decos = s->kind == N_ClassDef ? &s->u.cls.decorators : &s->u.func.decorators;
    size_t nd = decos->n, k;
    if (s->kind == N_ClassDef)
        k = nd + s->u.cls.bases.n + s->u.cls.keywords.n;
    else
        k = nd + eval_def_nkids(s);
    Value *vals = gc_alloc(vm, (k + 1) * sizeof(Value));
    if (!vals)
        return C_RAISE;
    size_t pc = 0;
    if (f->resuming) {
        RRec *r = rs_pop(f, s);
        pc = (size_t)r->pc;
        vals_copy(vals, r->vals, pc);
    }
    for (; pc < k; pc++) {
        Node *e;
        if (pc < nd) {
            e = decos->items[pc];
        } else if (s->kind == N_ClassDef) {
            size_t j = pc - nd;
            e = j < s->u.cls.bases.n ? s->u.cls.bases.items[j]
                                     : s->u.cls.keywords.items[j - s->u.cls.bases.n]->u.keyword.value;
        } else {
            e = eval_def_kid(s, pc - nd);
        }
        Value v = e ? eval_expr(f, e) : NONE;
        if (v == VAL_SUSPEND)
            return suspend_stmt(f, s, (int)pc, vals, (int)pc);
        if (!v)
            return C_RAISE;
        vals[pc] = v;
    }
    Value obj;
    if (s->kind == N_ClassDef) {
        Value retval = f->retval;
        if (eval_class_def(f, s, vals + nd) != C_NORMAL)
            return C_RAISE;
        obj = f->retval;
        f->retval = retval;
    } else {
        obj = eval_make_function_from(f, s, vals + nd);
    }
    for (size_t i = nd; obj && i > 0; i--)
        obj = obj_call1(vm, vals[i - 1], obj);
    if (!obj)
        return C_RAISE;
    return eval_store_name(f, s->kind == N_ClassDef ? s->u.cls.target : s->u.func.target, obj)
               ? C_NORMAL : C_RAISE;
}

/* match: pc 0 subject, 1 + i guard of case i, CASES + i body of case i (vals: subject) */
#define PC_BODY 100000

static int gen_match(Frame *f, Node *s) {
    VM *vm = f->vm;
    int pc = 0;
    Value subject = NULL;
    if (f->resuming) {
        RRec *r = rs_pop(f, s);
        pc = r->pc;
        subject = r->nvals ? r->vals[0] : NULL;
    }
    size_t i = 0;
    if (pc == 0) {
        subject = stmt_expr(f, s, s->u.match.subject, 0, NULL, 0);
        if (subject == VAL_SUSPEND)
            return C_YIELD;
        if (!subject)
            return C_RAISE;
    } else if (pc >= PC_BODY) {
        i = (size_t)(pc - PC_BODY);
        goto body;
    } else {
        i = (size_t)(pc - 1);
        goto guard;
    }
    for (; i < s->u.match.cases.n; i++) {
        Node *mc = s->u.match.cases.items[i];
        int r = eval_pattern(f, mc->u.matchcase.pattern, subject);
        if (r < 0)
            return C_RAISE;
        if (!r)
            continue;
    guard:
        mc = s->u.match.cases.items[i];
        if (mc->u.matchcase.guard) {
            Value gv = eval_expr(f, mc->u.matchcase.guard);
            if (gv == VAL_SUSPEND)
                return suspend_stmt(f, s, 1 + (int)i, &subject, 1);
            if (!gv)
                return C_RAISE;
            int t = obj_truth(vm, gv);
            if (t < 0)
                return C_RAISE;
            if (!t)
                continue;
        }
    body:;
        int c = exec_block(f, &s->u.match.cases.items[i]->u.matchcase.body);
        if (c == C_YIELD)
            return suspend_stmt(f, s, PC_BODY + (int)i, &subject, 1);
        return c;
    }
    return C_NORMAL;
}

int exec_gen_stmt(Frame *f, Node *s) {
    f->stmt = s;
    switch (s->kind) {
    case N_For:
        return gen_for(f, s);
    case N_While:
        return gen_while(f, s);
    case N_If:
        return gen_if(f, s);
    case N_Try:
        return gen_try(f, s);
    case N_With:
        return gen_with_item(f, s, 0);
    case N_Match:
        return gen_match(f, s);
    case N_FunctionDef:
    case N_ClassDef:
        return gen_definition(f, s);
    default:
        return gen_simple(f, s);
    }
}
