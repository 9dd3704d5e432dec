/* Comprehensions.  List, set and dict comprehensions run inline in the enclosing frame (their
 * variables have slots of their own there, see scope.h); a generator expression is a
 * generator whose body is the same loop, yielding each element.
 *
 * The loop is an explicit state machine (level, phase) rather than C recursion, so that it
 * can suspend at any point (an await inside an async comprehension, each element of a
 * generator expression) by saving its state as one resume record. */
#include "eval.h"

/* PH_YIELDED: a generator expression suspended at an element (resumes at PH_NEXT) */
enum { PH_NEXT, PH_IFS, PH_INNER, PH_ELT, PH_VALUE, PH_YIELDED };

typedef struct CompState {
    size_t level, ifidx;
    int phase;
    Value acc;         /* list/set/dict being built, NULL for a generator expression */
    Value key;         /* dict comprehension: the key evaluated before its value */
    Value sub;         /* `async for`: the __anext__() awaitable being driven, or NULL */
} CompState;

/* vals layout of a saved record: acc, key, sub, level, ifidx, phase, then one iterator per
 * level */
#define SAVED 6

static bool save(Frame *f, Node *n, CompState *st, Value *its, size_t ng) {
    Value v[SAVED + 16];
    Value *vals = ng <= 16 ? v : gc_alloc(f->vm, (SAVED + ng) * sizeof(Value));
    if (!vals)
        return false;
    vals[0] = st->acc ? st->acc : NONE;
    vals[1] = st->key ? st->key : NONE;
    vals[2] = st->sub ? st->sub : NONE;
    vals[3] = MK_SMALL((int64_t)st->level);
    vals[4] = MK_SMALL((int64_t)st->ifidx);
    vals[5] = MK_SMALL(st->phase);
    for (size_t i = 0; i < ng; i++)
        vals[SAVED + i] = its[i] ? its[i] : NONE;
    return rs_push(f, n, 0, vals, (int)(SAVED + ng));
}

static void restore(Frame *f, Node *n, CompState *st, Value *its, size_t ng) {
    RRec *r = rs_pop(f, n);
    st->acc = r->vals[0] == NONE ? NULL : r->vals[0];
    st->key = r->vals[1];
    st->sub = r->vals[2] == NONE ? NULL : r->vals[2];
    st->level = (size_t)SMALL_VAL(r->vals[3]);
    st->ifidx = (size_t)SMALL_VAL(r->vals[4]);
    st->phase = (int)SMALL_VAL(r->vals[5]);
    for (size_t i = 0; i < ng; i++)
        its[i] = r->vals[SAVED + i];
}

/* The iterator of the `for` clause g of comprehension n (__aiter__ for `async for`); CPython
 * reports a failure at the whole comprehension. */
static Value clause_iter(Frame *f, Node *n, Node *g, Value iterable) {
    Value it = g->flags & NF_ASYNC ? gen_aiter(f, iterable) : obj_iter(f->vm, iterable);
    return it ? it : eval_fail(f, n);
}

/* The next item of the iterator of the `for` clause g: VAL_STOP at its end, VAL_SUSPEND while
 * an `async for` awaits __anext__(). */
static Value clause_next(Frame *f, Node *g, Value it, CompState *st) {
    if (!(g->flags & NF_ASYNC))
        return obj_next(f->vm, it);
    if (!st->sub && !(st->sub = gen_anext(f, it)))
        return NULL;
    Value x = gen_await(f, st->sub);
    if (x == VAL_SUSPEND)
        return x;
    st->sub = NULL;
    if (!x && exc_pending_matches(f->vm, &Exc_StopAsyncIteration)) {
        exc_clear(f->vm);
        return VAL_STOP;
    }
    return x;
}

static bool emit(Frame *f, Node *n, CompState *st, Value v) {
    VM *vm = f->vm;
    switch (n->kind) {
    case N_ListComp:
        return list_append(vm, st->acc, v);
    case N_SetComp:
        return set_add(vm, st->acc, v);
    default:
        return dict_set(vm, st->acc, st->key, v);
    }
}

/* Runs the loop.  For a generator expression each element suspends the frame (returns
 * VAL_SUSPEND with the element in f->gen->yielded); otherwise returns the built container. */
static Value run(Frame *f, Node *n, Value first_it, CompState *st) {
    VM *vm = f->vm;
    NodeList *gens = &n->u.comp.generators;
    size_t ng = gens->n;
    Value small[8];
    Value *its = ng <= 8 ? small : gc_alloc(vm, ng * sizeof(Value));
    if (!its)
        return NULL;
    if (f->resuming) {
        restore(f, n, st, its, ng);
        if (st->phase == PH_YIELDED) {
            /* resumed at an element: what was sent in is ignored, what was thrown raised */
            Gen *gen = f->gen;
            f->resuming = false;
            st->phase = PH_NEXT;
            if (gen->throw_mode) {
                gen->throw_mode = false;
                exc_set(vm, gen->sent);
                return NULL;
            }
        }
    } else {
        its[0] = first_it;
        st->level = 0;
        st->phase = PH_NEXT;
    }
    Value v;
    for (;;) {
        Node *g = gens->items[st->level];
        switch (st->phase) {
        case PH_NEXT: {
            Value x = clause_next(f, g, its[st->level], st);
            if (x == VAL_SUSPEND)
                goto suspend;
            if (x == VAL_STOP) {
                if (st->level == 0)
                    return st->acc ? st->acc : VAL_STOP;
                st->level--;
                continue;
            }
            if (!x || !eval_store(f, g->u.gen.target, x) || !vm_tick(vm))
                return NULL;
            st->ifidx = 0;
            st->phase = PH_IFS;
        }
            /* fall through */
        case PH_IFS:
            for (; st->ifidx < g->u.gen.ifs.n; st->ifidx++) {
                v = eval_expr(f, g->u.gen.ifs.items[st->ifidx]);
                if (v == VAL_SUSPEND)
                    goto suspend;
                if (!v)
                    return NULL;
                int t = v == TRUE_V ? 1 : v == FALSE_V ? 0 : obj_truth(vm, v);
                if (t < 0)
                    return NULL;
                if (!t)
                    break;
            }
            if (st->ifidx < g->u.gen.ifs.n) {
                st->phase = PH_NEXT;
                continue;
            }
            st->phase = st->level + 1 < ng ? PH_INNER : PH_ELT;
            continue;
        case PH_INNER: {
            Node *inner = gens->items[st->level + 1];
            v = eval_expr(f, inner->u.gen.iter);
            if (v == VAL_SUSPEND)
                goto suspend;
            if (!v)
                return NULL;
            Value it = clause_iter(f, n, inner, v);
            if (!it)
                return NULL;
            its[++st->level] = it;
            st->phase = PH_NEXT;
            continue;
        }
        case PH_ELT:
            v = eval_expr(f, n->u.comp.elt);
            if (v == VAL_SUSPEND)
                goto suspend;
            if (!v)
                return NULL;
            if (n->kind == N_DictComp) {
                st->key = v;
                st->phase = PH_VALUE;
                continue;
            }
            st->phase = PH_NEXT;
            if (!st->acc) {   /* generator expression: yield the element */
                f->gen->yielded = v;
                f->gen->yield_value = true;
                st->phase = PH_YIELDED;
                if (!save(f, n, st, its, ng))
                    return NULL;
                return VAL_SUSPEND;
            }
            if (!emit(f, n, st, v))
                return NULL;
            continue;
        case PH_VALUE:
            v = eval_expr(f, n->u.comp.value);
            if (v == VAL_SUSPEND)
                goto suspend;
            if (!v || !emit(f, n, st, v))
                return NULL;
            st->phase = PH_NEXT;
            continue;
        }
    }
suspend:
    if (!save(f, n, st, its, ng))
        return NULL;
    return VAL_SUSPEND;
}

/* The body of a generator expression's frame: its first iterator is parameter 0. */
int eval_genexp_body(Frame *f) {
    CompState st = {0};
    Value r = run(f, f->code->node, f->slots[0], &st);
    if (r == VAL_SUSPEND)
        return C_YIELD;
    if (!r) {
        eval_traceback_here(f, f->code->node);
        return C_RAISE;
    }
    return C_NORMAL;
}

/* Errors inside a comprehension show a frame of their own in CPython's tracebacks
 * ("in <listcomp>"); Krait runs them inline but reports the same. */
static Value comp_failed(Frame *f, Node *n) {
    VM *vm = f->vm;
    if (vm->exc && !vm->limit)
        eval_add_tb(f, n->u.comp.scope->name, f->err_node ? f->err_node : n);
    f->err_node = n;
    return NULL;
}

/* Runs comprehension n over its evaluated first iterable (or makes the generator); may
 * return VAL_SUSPEND when n is an asynchronous comprehension. */
Value eval_comprehension(Frame *f, Node *n, Value first) {
    VM *vm = f->vm;
    Value it = clause_iter(f, n, n->u.comp.generators.items[0], first);
    if (!it)
        return NULL;
    if (n->kind == N_GeneratorExp) {
        Value fn = eval_make_function(f, n, NULL, 0, NULL);
        if (!fn)
            return NULL;
        Value g = eval_call_function(vm, fn, &it, 1, NULL);
        return g ? g : eval_fail(f, n);
    }
    /* fresh cells for the comprehension's captured variables */
    Scope *sc = n->u.comp.scope;
    for (int32_t i = 0; i < sc->ncells; i++) {
        Value c = cell_new(vm, NULL);
        if (!c)
            return NULL;
        f->slots[sc->cell_arg[i]] = c;
    }
    CompState st = {0};
    st.acc = n->kind == N_ListComp ? list_new(vm, 0)
             : n->kind == N_SetComp ? set_new(vm, &set_type) : dict_new(vm);
    if (!st.acc)
        return NULL;
    Value r = run(f, n, it, &st);
    return r ? r : comp_failed(f, n);
}

/* Resumable entry (eval_gen.c): pc 0 evaluates the first iterable, pc 1 runs the loop. */
Value eval_comprehension_resumable(Frame *f, Node *n) {
    int pc = 0;
    if (f->resuming)
        pc = rs_pop(f, n)->pc;
    if (pc == 0) {
        Value first = eval_expr(f, n->u.comp.generators.items[0]->u.gen.iter);
        if (first == VAL_SUSPEND) {
            if (!rs_push(f, n, 0, NULL, 0))
                return NULL;
            return VAL_SUSPEND;
        }
        if (!first)
            return NULL;
        Value r = eval_comprehension(f, n, first);
        if (r == VAL_SUSPEND && !rs_push(f, n, 1, NULL, 0))
            return NULL;
        return r;
    }
    CompState st = {0};
    Value r = run(f, n, NULL, &st);
    if (r == VAL_SUSPEND && !rs_push(f, n, 1, NULL, 0))
        return NULL;
    return r ? r : comp_failed(f, n);
}
