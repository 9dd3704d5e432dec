/* Name resolution: CPython's symtable rules, then a frame layout per scope (see scope.h).
 *
 * Three passes over the AST:
 *  1. collect: build the scope tree, record for each scope which names it binds, uses and
 *     declares global/nonlocal, check the compile-time context rules (return/yield/await
 *     outside a function, break/continue outside a loop...), and mark subtrees that suspend;
 *  2. analyse: decide for every scope which names are local, cells (captured by an inner
 *     scope), free (captured from an outer one) or global, as CPython does;
 *  3. resolve: give slots to locals, cells and frees and write each Name's resolution.
 */
#include "builtins.h"
#include "compile_warn.h"
#include "parse.h"
#include "pattern_check.h"
#include "scope.h"
#include "unparse.h"

/* symbol flags */
enum {
    S_BOUND = 1 << 0,      /* assigned, imported, def/class, for/with/except target, param */
    S_PARAM = 1 << 1,
    S_USED = 1 << 2,
    S_GLOBAL = 1 << 3,     /* declared global */
    S_NONLOCAL = 1 << 4,   /* declared nonlocal */
    S_ANNOTATED = 1 << 5,
    S_FREE = 1 << 6,       /* resolved: captured from an enclosing function */
    S_CELL = 1 << 7,       /* resolved: captured by an inner function */
    S_COMP_ITER = 1 << 8,  /* comprehension iteration variable */
    S_IMPLICIT_GLOBAL = 1 << 9,
    S_ASSIGNED = 1 << 10,  /* bound other than by import: a later global/nonlocal is an error */
};

typedef struct Collector {
    VM *vm;
    Value filename, source;
    Scope *scope;
    int loop_depth;        /* loops of the current function (reset by def/class) */
    Value private_name;    /* name of the innermost enclosing class: `__x` is mangled */
    List *all_scopes;      /* every scope, parents before children */
    int comp_iter_expr;    /* > 0 inside a comprehension's iterable (nested scopes included) */
    Node *async_return;    /* first `return value` of the current async def */
    /* CPython reports the errors of its compiler pass (misplaced return, yield, await, break...)
     * only if its symbol table pass found none: the first of them in the source is kept here */
    Node *cerr_node;
    const char *cerr_fmt, *cerr_arg;
} Collector;

static bool error_at(Collector *c, Node *n, const char *fmt, const char *arg) {
    parse_error(c->vm, &Exc_SyntaxError, c->filename, c->source, n->line, n->col, n->end_line,
                n->end_col, fmt, arg);
    return false;
}

static bool defer_error(Collector *c, Node *n, const char *fmt, const char *arg) {
    if (!c->cerr_node || n->line < c->cerr_node->line ||
        (n->line == c->cerr_node->line && n->col < c->cerr_node->col)) {
        c->cerr_node = n;
        c->cerr_fmt = fmt;
        c->cerr_arg = arg;
    }
    return true;
}

/* Errors found once the whole module is collected point at the first global or nonlocal
 * statement of the scope naming the variable, as CPython's do: their positions are kept in
 * s->directives (name -> (line, col, end_line, end_col)). */
static bool record_directive(Collector *c, Scope *s, Node *n, Value name) {
    if (!s->directives && !(s->directives = dict_new(c->vm)))
        return false;
    if (dict_get_str(c->vm, s->directives, name) != VAL_MISSING)
        return true;
    Value pos = tuple_pack(c->vm, 4, MK_SMALL(n->line), MK_SMALL(n->col),
                           MK_SMALL(n->end_line), MK_SMALL(n->end_col));
    return pos && dict_set(c->vm, s->directives, name, pos);
}

static bool error_at_directive(Collector *c, Scope *s, Value name, const char *fmt,
                               const char *arg) {
    Value *p = AS_TUPLE(dict_get_str(c->vm, s->directives, name))->items;
    parse_error(c->vm, &Exc_SyntaxError, c->filename, c->source, (int)SMALL_VAL(p[0]),
                (int)SMALL_VAL(p[1]), (int)SMALL_VAL(p[2]), (int)SMALL_VAL(p[3]), fmt, arg);
    return false;
}

/* ---- symbol table helpers ---- */

static int64_t sym_get(Scope *s, Value name) {
    Value v = dict_get_str(NULL, s->symbols, name);
    return v == VAL_MISSING ? 0 : SMALL_VAL(v);
}

static bool sym_add(Collector *c, Scope *s, Value name, int64_t flags) {
    int64_t old = sym_get(s, name);
    return dict_set(c->vm, s->symbols, name, MK_SMALL(old | flags));
}

/* bound: the (mangled) name a def or class statement binds, NULL for other scopes */
static Scope *new_scope(Collector *c, ScopeKind kind, Node *node, Value name, Value bound) {
    Scope *s = gc_alloc(c->vm, sizeof(Scope));
    if (!s)
        return NULL;
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->parent = c->scope;
    s->node = node;
    s->name = name;
    s->class_cell = -1;
    s->symbols = dict_new(c->vm);
    if (!s->symbols || !list_append(c->vm, (Value)c->all_scopes, (Value)s))
        return NULL;
    /* qualname as CPython computes it: a def or class whose name its parent declares global
     * is named as if at module level; comprehensions add no ".<locals>" */
    Scope *p = c->scope;
    if (!p || p->kind == SC_MODULE || (bound && (sym_get(p, bound) & S_GLOBAL))) {
        s->qualname = name;
    } else if (p->kind == SC_FUNCTION) {
        s->qualname = str_fmt(c->vm, "%U.<locals>.%U", p->qualname, name);
    } else {
        s->qualname = str_fmt(c->vm, "%U.%U", p->qualname, name);
    }
    return s->qualname ? s : NULL;
}

/* The nearest scope that owns a frame: comprehensions live in their host's frame. */
static Scope *frame_scope(Scope *s) {
    while (s->kind == SC_COMPREHENSION)
        s = s->parent;
    return s;
}

/* ---- pass 1: collect ---- */

static bool collect_node(Collector *c, Node *n);

static bool collect_list(Collector *c, NodeList *l) {
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] && !collect_node(c, l->items[i]))
            return false;
    return true;
}

#define COLLECT(x) do { if ((x) && !collect_node(c, (x))) return false; } while (0)
#define COLLECT_LIST(l) do { if (!collect_list(c, &(l))) return false; } while (0)

/* Marks n as containing a suspension point if any of the given children does. */
static void propagate_yield(Node *n, Node *child) {
    if (child && (child->flags & NF_HAS_YIELD))
        n->flags |= NF_HAS_YIELD;
}

static void propagate_list(Node *n, NodeList *l) {
    for (size_t i = 0; i < l->n; i++)
        propagate_yield(n, l->items[i]);
}

/* Inside a class, private names (`__x`) become `_Class__x`, as CPython's compiler makes them:
 * the AST node is rewritten once here, so every later pass sees the mangled name. */
static Value mangle(Collector *c, Value name) {
    if (!c->private_name)
        return name;
    Value m = type_mangle(c->vm, c->private_name, name);
    return m && m != name ? str_intern(c->vm, m) : m;
}

/* Records a binding of a Name target in scope s. */
static bool bind_name(Collector *c, Scope *s, Node *name) {
    return sym_add(c, s, name->u.name.id, S_BOUND | S_ASSIGNED);
}

static bool collect_target(Collector *c, Node *t);

/* The Name a def or class statement binds. */
static Node *def_target(Collector *c, Node *n, Value name) {
    Node *t = ast_new(c->vm, N_Name, n->line, n->col, n->end_line, n->end_col);
    if (!t)
        return NULL;
    t->u.name.id = mangle(c, name);
    t->flags = NF_STORE;
    return t->u.name.id && bind_name(c, c->scope, t) ? t : NULL;
}

static bool collect_args(Collector *c, Node *args, Scope *fs);

/* An annotation is evaluated in the enclosing scope; under `from __future__ import annotations`
 * it becomes the constant string of its source instead, as CPython's compiler makes it. */
static bool collect_annotation(Collector *c, Node *owner, Node **slot) {
    Node *a = *slot;
    if (!a)
        return true;
    if (c->scope->flags & SCF_FUTURE_ANNOTATIONS) {
        Node *refused;
        Value text = unparse_annotation(c->vm, a, &refused);
        if (text && refused)
            return error_at(c, refused, "'%s' can not be used within an annotation",
                            refused->kind == N_NamedExpr ? "named expression"
                            : refused->kind == N_Await ? "await expression" : "yield expression");
        Node *k = text ? ast_new(c->vm, N_Const, a->line, a->col, a->end_line, a->end_col)
                       : NULL;
        if (!k)
            return false;
        k->u.constant.value = text;
        *slot = k;
        return true;
    }
    COLLECT(a);
    propagate_yield(owner, a);
    return true;
}

static bool collect_function(Collector *c, Node *n, bool is_lambda) {
    Node *args = n->u.func.args;
    /* decorators, defaults and annotations are evaluated in the enclosing scope */
    if (!is_lambda) {
        COLLECT_LIST(n->u.func.decorators);
        propagate_list(n, &n->u.func.decorators);
    }
    if (args) {
        COLLECT_LIST(args->u.arguments.defaults);
        propagate_list(n, &args->u.arguments.defaults);
        for (size_t i = 0; i < args->u.arguments.kw_defaults.n; i++) {
            Node *d = args->u.arguments.kw_defaults.items[i];
            COLLECT(d);
            propagate_yield(n, d);
        }
        NodeList *groups[3] = {&args->u.arguments.posonly, &args->u.arguments.args,
                               &args->u.arguments.kwonly};
        for (int g = 0; g < 3; g++)
            for (size_t i = 0; i < groups[g]->n; i++)
                if (!collect_annotation(c, n, &groups[g]->items[i]->u.arg.annotation))
                    return false;
        if (args->u.arguments.vararg &&
            !collect_annotation(c, n, &args->u.arguments.vararg->u.arg.annotation))
            return false;
        if (args->u.arguments.kwarg &&
            !collect_annotation(c, n, &args->u.arguments.kwarg->u.arg.annotation))
            return false;
    }
    if (!is_lambda && !collect_annotation(c, n, &n->u.func.returns))
        return false;
    if (!is_lambda) {
        Node *t = def_target(c, n, n->u.func.name);
        if (!t)
            return false;
        n->u.func.target = t;
    }
    Scope *fs = new_scope(c, SC_FUNCTION, n,
                          is_lambda ? str_from_c(c->vm, "<lambda>") : n->u.func.name,
                          is_lambda ? NULL : n->u.func.target->u.name.id);
    if (!fs)
        return false;
    if (n->flags & NF_ASYNC)
        fs->flags |= SCF_COROUTINE;
    fs->flags |= c->scope->flags & SCF_FUTURE_ANNOTATIONS;
    n->u.func.scope = fs;
    Collector saved = *c;
    c->scope = fs;
    c->loop_depth = 0;
    c->async_return = NULL;
    if (!collect_args(c, args, fs))
        return false;
    COLLECT_LIST(n->u.func.body);
    if ((fs->flags & SCF_COROUTINE) && (fs->flags & SCF_GENERATOR) && c->async_return)
        defer_error(c, c->async_return, "'return' with value in async generator%s", "");
    c->scope = saved.scope;
    c->loop_depth = saved.loop_depth;
    c->async_return = saved.async_return;
    return true;
}

static bool add_param(Collector *c, Scope *fs, Node *arg) {
    if (!(arg->u.arg.name = mangle(c, arg->u.arg.name)))
        return false;
    if (sym_get(fs, arg->u.arg.name) & S_PARAM)
        return error_at(c, arg, "duplicate argument '%s' in function definition",
                        str_data(arg->u.arg.name));
    return sym_add(c, fs, arg->u.arg.name, S_PARAM | S_BOUND);
}

static bool collect_args(Collector *c, Node *args, Scope *fs) {
    if (!args)
        return true;
    for (size_t i = 0; i < args->u.arguments.posonly.n; i++)
        if (!add_param(c, fs, args->u.arguments.posonly.items[i]))
            return false;
    for (size_t i = 0; i < args->u.arguments.args.n; i++)
        if (!add_param(c, fs, args->u.arguments.args.items[i]))
            return false;
    fs->posonly = (int32_t)args->u.arguments.posonly.n;
    fs->argcount = (int32_t)(args->u.arguments.posonly.n + args->u.arguments.args.n);
    if (args->u.arguments.vararg) {
        fs->flags |= SCF_VARARGS;
        if (!add_param(c, fs, args->u.arguments.vararg))
            return false;
    }
    for (size_t i = 0; i < args->u.arguments.kwonly.n; i++)
        if (!add_param(c, fs, args->u.arguments.kwonly.items[i]))
            return false;
    fs->kwonly = (int32_t)args->u.arguments.kwonly.n;
    if (args->u.arguments.kwarg) {
        fs->flags |= SCF_VARKW;
        if (!add_param(c, fs, args->u.arguments.kwarg))
            return false;
    }
    return true;
}

static bool collect_class(Collector *c, Node *n) {
    COLLECT_LIST(n->u.cls.decorators);
    COLLECT_LIST(n->u.cls.bases);
    COLLECT_LIST(n->u.cls.keywords);
    propagate_list(n, &n->u.cls.decorators);
    propagate_list(n, &n->u.cls.bases);
    propagate_list(n, &n->u.cls.keywords);
    if (!(n->u.cls.target = def_target(c, n, n->u.cls.name)))
        return false;
    Scope *cs = new_scope(c, SC_CLASS, n, n->u.cls.name, n->u.cls.target->u.name.id);
    if (!cs)
        return false;
    cs->flags |= c->scope->flags & SCF_FUTURE_ANNOTATIONS;
    n->u.cls.scope = cs;
    Collector saved = *c;
    c->scope = cs;
    c->loop_depth = 0;
    c->private_name = n->u.cls.name;
    COLLECT_LIST(n->u.cls.body);
    c->scope = saved.scope;
    c->loop_depth = saved.loop_depth;
    c->private_name = saved.private_name;
    return true;
}

/* Comprehensions: the first iterable belongs to the enclosing scope; the rest to a new one. */
static bool collect_comprehension(Collector *c, Node *n) {
    NodeList *gens = &n->u.comp.generators;
    Node *first = gens->items[0];
    c->comp_iter_expr++;
    COLLECT(first->u.gen.iter);
    c->comp_iter_expr--;
    propagate_yield(n, first->u.gen.iter);
    ScopeKind kind = n->kind == N_GeneratorExp ? SC_GENEXP : SC_COMPREHENSION;
    static const char *const names[] = {[N_ListComp] = "<listcomp>", [N_SetComp] = "<setcomp>",
                                        [N_DictComp] = "<dictcomp>",
                                        [N_GeneratorExp] = "<genexpr>"};
    Scope *cs = new_scope(c, kind, n, str_from_c(c->vm, names[n->kind]), NULL);
    if (!cs)
        return false;
    n->u.comp.scope = cs;
    if (kind == SC_GENEXP) {
        cs->flags |= SCF_GENERATOR;
        cs->argcount = 1;
        if (!sym_add(c, cs, str_intern_c(c->vm, ".0"), S_PARAM | S_BOUND))
            return false;
    }
    Collector saved = *c;
    c->scope = cs;
    /* in CPython's order: each target, then the inner iterables, conditions, value, element */
    for (size_t i = 0; i < gens->n; i++) {
        Node *g = gens->items[i];
        if (!collect_target(c, g->u.gen.target))
            return false;
        if (i > 0) {
            c->comp_iter_expr++;
            COLLECT(g->u.gen.iter);
            c->comp_iter_expr--;
            propagate_yield(n, g->u.gen.iter);
        }
        COLLECT_LIST(g->u.gen.ifs);
        propagate_list(n, &g->u.gen.ifs);
        if (g->flags & NF_ASYNC)
            cs->flags |= SCF_COROUTINE;
    }
    COLLECT(n->u.comp.value);
    COLLECT(n->u.comp.elt);
    propagate_yield(n, n->u.comp.elt);
    propagate_yield(n, n->u.comp.value);
    c->scope = saved.scope;
    /* an asynchronous list/set/dict comprehension (async for, or await in its own scope or an
     * inner asynchronous comprehension) makes its host asynchronous too: it must be an async
     * function or another comprehension; a generator expression becomes an async generator */
    if ((cs->flags & SCF_COROUTINE) && kind != SC_GENEXP) {
        Scope *host = saved.scope;
        n->flags |= NF_HAS_YIELD;
        if (host->kind == SC_COMPREHENSION || host->kind == SC_GENEXP)
            host->flags |= SCF_COROUTINE;
        else if (!(host->kind == SC_FUNCTION && (host->flags & SCF_COROUTINE)))
            defer_error(c, n, "asynchronous comprehension outside of an asynchronous "
                        "function%s", "");
    }
    if (kind == SC_GENEXP) {
        /* a generator expression is its own function: only its outer iterable, evaluated
         * in the enclosing function, can suspend that function */
        n->flags &= (uint16_t)~NF_HAS_YIELD;
        propagate_yield(n, first->u.gen.iter);
    }
    return true;
}

static bool collect_target(Collector *c, Node *t) {
    switch (t->kind) {
    case N_Name:
        if (!(t->u.name.id = mangle(c, t->u.name.id)))
            return false;
        if (c->scope->kind == SC_COMPREHENSION || c->scope->kind == SC_GENEXP) {
            if (sym_get(c->scope, t->u.name.id) & (S_NONLOCAL | S_GLOBAL))
                return error_at(c, t, "comprehension inner loop cannot rebind assignment "
                                "expression target '%s'", str_data(t->u.name.id));
            if (!sym_add(c, c->scope, t->u.name.id, S_COMP_ITER))
                return false;
        }
        return bind_name(c, c->scope, t);
    case N_Starred:
        /* the name under a star is as much a target as a plain one: in a comprehension it is
         * an iteration variable that a walrus may not rebind */
        if (!collect_target(c, t->u.ret.value))
            return false;
        propagate_yield(t, t->u.ret.value);
        return true;
    default:
        return collect_node(c, t);
    }
}

/* Where return, yield, await, break and continue may appear.  Only the yield-in-comprehension
 * error belongs to CPython's symbol table pass; the others are its compiler's, deferred. */
static bool check_context(Collector *c, Node *n) {
    Scope *s = c->scope;
    bool in_async_def = s->kind == SC_FUNCTION && (s->flags & SCF_COROUTINE);
    switch (n->kind) {
    case N_Return:
        if (s->kind != SC_FUNCTION)
            return defer_error(c, n, "'return' outside function%s", "");
        if (n->u.ret.value && in_async_def && !c->async_return)
            c->async_return = n;
        return true;
    case N_Yield:
    case N_YieldFrom:
        if (s->kind == SC_COMPREHENSION || s->kind == SC_GENEXP) {
            Node *cn = s->node;
            const char *what = cn->kind == N_ListComp ? "list comprehension"
                               : cn->kind == N_SetComp ? "set comprehension"
                               : cn->kind == N_DictComp ? "dict comprehension"
                                                        : "generator expression";
            return error_at(c, n, "'yield' inside %s", what);
        }
        n->flags |= NF_HAS_YIELD;
        if (s->kind != SC_FUNCTION)
            return defer_error(c, n, "'yield' outside function%s", "");
        if (n->kind == N_YieldFrom && in_async_def)
            defer_error(c, n, "'yield from' inside async function%s", "");
        s->flags |= SCF_GENERATOR;
        return true;
    case N_Await:
        n->flags |= NF_HAS_YIELD;
        if (s->kind == SC_MODULE || s->kind == SC_CLASS)
            return defer_error(c, n, "'await' outside function%s", "");
        if (s->kind == SC_COMPREHENSION || s->kind == SC_GENEXP)
            s->flags |= SCF_COROUTINE;   /* checked where the comprehension ends */
        else if (!in_async_def)
            defer_error(c, n, "'await' outside async function%s", "");
        return true;
    case N_For:
    case N_With:
        if ((n->flags & NF_ASYNC) && !in_async_def)
            defer_error(c, n, n->kind == N_For ? "'async for' outside async function%s"
                                               : "'async with' outside async function%s", "");
        return true;
    case N_Break:
        return c->loop_depth || defer_error(c, n, "'break' outside loop%s", "");
    case N_Continue:
        return c->loop_depth || defer_error(c, n, "'continue' not properly in loop%s", "");
    default:
        return true;
    }
}

/* global/nonlocal: conflicts with what the scope did before the statement are reported here,
 * in CPython's order; the others (nonlocal and global, no binding) once all is collected. */
static bool collect_global(Collector *c, Node *n, bool nonlocal) {
    Scope *s = c->scope;
    for (size_t i = 0; i < n->u.global.n; i++) {
        Value name = n->u.global.names[i];
        Value m = mangle(c, name);
        if (!m)
            return false;
        int64_t f = sym_get(s, m);
        const char *msg = NULL;
        if (f & S_PARAM)
            msg = nonlocal ? "name '%s' is parameter and nonlocal"
                           : "name '%s' is parameter and global";
        else if (f & S_USED)
            msg = nonlocal ? "name '%s' is used prior to nonlocal declaration"
                           : "name '%s' is used prior to global declaration";
        else if (f & S_ANNOTATED)
            msg = nonlocal ? "annotated name '%s' can't be nonlocal"
                           : "annotated name '%s' can't be global";
        else if (f & S_ASSIGNED)
            msg = nonlocal ? "name '%s' is assigned to before nonlocal declaration"
                           : "name '%s' is assigned to before global declaration";
        if (msg)
            return error_at(c, n, msg, str_data(name));
        n->u.global.names[i] = m;
        if (!sym_add(c, s, m, nonlocal ? S_NONLOCAL : S_GLOBAL) ||
            !record_directive(c, s, n, m))
            return false;
    }
    return true;
}

/* The value of a literal key of a mapping pattern (-1 is folded, as CPython's AST optimizer
 * does), or NULL for an attribute look-up. */
static Value literal_key(VM *vm, Node *k) {
    if (k->kind == N_Const)
        return k->u.constant.value;
    if (k->kind == N_UnaryOp && k->op == UOP_NEG && k->u.unary.operand->kind == N_Const)
        return obj_unop(vm, k->u.unary.operand->u.constant.value, UOP_NEG);
    return NULL;
}

/* The literal keys of a mapping pattern must differ (a compile-time check in CPython; equal
 * values such as 1 and 1.0 are duplicates). */
static bool check_mapping_keys(Collector *c, Node *p) {
    VM *vm = c->vm;
    Value seen = set_new(vm, &set_type);
    if (!seen)
        return false;
    for (size_t i = 0; i < p->u.mmap.keys.n; i++) {
        Value v = literal_key(vm, p->u.mmap.keys.items[i]);
        if (!v) {
            if (vm->exc)
                return false;
            continue;
        }
        int dup = set_contains(vm, seen, v);
        if (dup < 0 || (!dup && !set_add(vm, seen, v)))
            return false;
        if (dup) {
            Value r = obj_repr(vm, v);
            return r && defer_error(c, p, "mapping pattern checks duplicate key (%s)",
                                    str_data(r));
        }
    }
    return true;
}

/* Binding targets inside patterns (match statement). */
static bool collect_pattern(Collector *c, Node *p) {
    switch (p->kind) {
    case N_MatchValue:
    case N_MatchSingleton:
        COLLECT(p->u.mvalue.value);
        return true;
    case N_MatchSequence:
    case N_MatchOr:
        for (size_t i = 0; i < p->u.mseq.patterns.n; i++)
            if (!collect_pattern(c, p->u.mseq.patterns.items[i]))
                return false;
        return true;
    case N_MatchMapping:
        COLLECT_LIST(p->u.mmap.keys);
        if (!check_mapping_keys(c, p))
            return false;
        for (size_t i = 0; i < p->u.mmap.patterns.n; i++)
            if (!collect_pattern(c, p->u.mmap.patterns.items[i]))
                return false;
        if (p->u.mmap.rest && !collect_target(c, p->u.mmap.rest))
            return false;
        return true;
    case N_MatchClass:
        COLLECT(p->u.mclass.cls);
        for (size_t i = 0; i < p->u.mclass.patterns.n; i++)
            if (!collect_pattern(c, p->u.mclass.patterns.items[i]))
                return false;
        for (size_t i = 0; i < p->u.mclass.kw_patterns.n; i++)
            if (!collect_pattern(c, p->u.mclass.kw_patterns.items[i]))
                return false;
        return true;
    case N_MatchStar:
    case N_MatchAs:
        if (p->u.mas.pattern && !collect_pattern(c, p->u.mas.pattern))
            return false;
        if (p->u.mas.target && !collect_target(c, p->u.mas.target))
            return false;
        return true;
    default:
        return collect_node(c, p);
    }
}

static bool collect_node(Collector *c, Node *n) {
    if (!vm_stack_ok(c->vm))
        return vm_stack_error(c->vm);
    if (!check_context(c, n))
        return false;
    Scope *s = c->scope;
    switch (n->kind) {
    case N_Module:
        COLLECT_LIST(n->u.module.body);
        return true;
    case N_FunctionDef:
        return collect_function(c, n, false);
    case N_Lambda:
        return collect_function(c, n, true);
    case N_ClassDef:
        return collect_class(c, n);
    case N_ListComp:
    case N_SetComp:
    case N_DictComp:
    case N_GeneratorExp:
        return collect_comprehension(c, n);
    case N_Name:
        if (!(n->u.name.id = mangle(c, n->u.name.id)))
            return false;
        if (n->flags & (NF_STORE | NF_DEL))
            return bind_name(c, s, n);
        if (str_eq_c(n->u.name.id, "super") || str_eq_c(n->u.name.id, "__class__")) {
            /* a method using super() or __class__ needs the class cell */
            Scope *f = s;
            while (f && f->kind == SC_COMPREHENSION)
                f = f->parent;
            if (f && (f->kind == SC_FUNCTION || f->kind == SC_GENEXP) &&
                !sym_add(c, f, NM(__class__), S_USED))
                return false;
        }
        return sym_add(c, s, n->u.name.id, S_USED);
    case N_NamedExpr: {
        Node *target = n->u.named.target;
        if (!(target->u.name.id = mangle(c, target->u.name.id)))
            return false;
        if (c->comp_iter_expr > 0)
            return error_at(c, n, "assignment expression cannot be used in a comprehension "
                            "iterable expression%s", "");
        /* the target binds in the nearest non-comprehension scope */
        Scope *t = s;
        while (t->kind == SC_COMPREHENSION || t->kind == SC_GENEXP) {
            if (sym_get(t, target->u.name.id) & S_COMP_ITER)
                return error_at(c, target, "assignment expression cannot rebind comprehension "
                                "iteration variable '%s'", str_data(target->u.name.id));
            t = t->parent;
        }
        if (t != s && t->kind == SC_CLASS)
            return error_at(c, target, "assignment expression within a comprehension cannot "
                            "be used in a class body%s", "");
        COLLECT(n->u.named.value);
        propagate_yield(n, n->u.named.value);
        if (!bind_name(c, t, target))
            return false;
        /* inside a comprehension the name is resolved outward: like a nonlocal, or a global
         * when it binds at module level or is declared global there */
        if (t == s)
            return true;
        bool global = t->kind == SC_MODULE || (sym_get(t, target->u.name.id) & S_GLOBAL);
        return sym_add(c, s, target->u.name.id, S_USED | (global ? S_GLOBAL : S_NONLOCAL));
    }
    case N_Global:
        return collect_global(c, n, false);
    case N_Nonlocal:
        return collect_global(c, n, true);
    case N_Import:
    case N_ImportFrom:
        for (size_t i = 0; i < (n->kind == N_Import ? n->u.import.names.n
                                                    : n->u.importfrom.names.n); i++) {
            Node *a = n->kind == N_Import ? n->u.import.names.items[i]
                                          : n->u.importfrom.names.items[i];
            if (str_eq_c(a->u.alias.name, "*")) {
                if (s->kind != SC_MODULE)
                    return error_at(c, a, "import * only allowed at module level%s", "");
                continue;
            }
            /* an import binds without counting as an assignment (CPython's DEF_IMPORT) */
            if (a->u.alias.target &&
                (!(a->u.alias.target->u.name.id = mangle(c, a->u.alias.target->u.name.id)) ||
                 !sym_add(c, s, a->u.alias.target->u.name.id, S_BOUND)))
                return false;
        }
        if (n->kind == N_ImportFrom && n->u.importfrom.module &&
            str_eq_c(n->u.importfrom.module, "__future__")) {
            for (size_t i = 0; i < n->u.importfrom.names.n; i++)
                if (str_eq_c(n->u.importfrom.names.items[i]->u.alias.name, "annotations"))
                    s->flags |= SCF_FUTURE_ANNOTATIONS;
        }
        return true;
    case N_For:
        COLLECT(n->u.for_.iter);
        if (!collect_target(c, n->u.for_.target))
            return false;
        c->loop_depth++;
        COLLECT_LIST(n->u.for_.body);
        c->loop_depth--;
        COLLECT_LIST(n->u.for_.orelse);
        propagate_yield(n, n->u.for_.iter);
        propagate_list(n, &n->u.for_.body);
        propagate_list(n, &n->u.for_.orelse);
        if (n->flags & NF_ASYNC)
            n->flags |= NF_HAS_YIELD;
        return true;
    case N_While:
        COLLECT(n->u.while_.test);
        c->loop_depth++;
        COLLECT_LIST(n->u.while_.body);
        c->loop_depth--;
        COLLECT_LIST(n->u.while_.orelse);
        propagate_yield(n, n->u.while_.test);
        propagate_list(n, &n->u.while_.body);
        propagate_list(n, &n->u.while_.orelse);
        return true;
    case N_If:
        COLLECT(n->u.while_.test);
        COLLECT_LIST(n->u.while_.body);
        COLLECT_LIST(n->u.while_.orelse);
        propagate_yield(n, n->u.while_.test);
        propagate_list(n, &n->u.while_.body);
        propagate_list(n, &n->u.while_.orelse);
        return true;
    case N_With:
        for (size_t i = 0; i < n->u.with.items.n; i++) {
            Node *it = n->u.with.items.items[i];
            COLLECT(it->u.withitem.context);
            if (it->u.withitem.vars && !collect_target(c, it->u.withitem.vars))
                return false;
            propagate_yield(n, it->u.withitem.context);
            propagate_yield(n, it->u.withitem.vars);
        }
        COLLECT_LIST(n->u.with.body);
        propagate_list(n, &n->u.with.body);
        if (n->flags & NF_ASYNC)
            n->flags |= NF_HAS_YIELD;
        return true;
    case N_Try:
        COLLECT_LIST(n->u.try_.body);
        for (size_t i = 0; i < n->u.try_.handlers.n; i++) {
            Node *h = n->u.try_.handlers.items[i];
            COLLECT(h->u.handler.type);
            if (h->u.handler.target && !collect_target(c, h->u.handler.target))
                return false;
            COLLECT_LIST(h->u.handler.body);
            propagate_yield(n, h->u.handler.type);
            propagate_list(n, &h->u.handler.body);
        }
        COLLECT_LIST(n->u.try_.orelse);
        COLLECT_LIST(n->u.try_.finalbody);
        propagate_list(n, &n->u.try_.body);
        propagate_list(n, &n->u.try_.orelse);
        propagate_list(n, &n->u.try_.finalbody);
        return true;
    case N_Match: {
        PatternError pe;
        if (!pattern_check(c->vm, n, &pe) &&
            (!pe.at || !defer_error(c, pe.at, pe.fmt, pe.arg)))
            return false;
        COLLECT(n->u.match.subject);
        propagate_yield(n, n->u.match.subject);
        for (size_t i = 0; i < n->u.match.cases.n; i++) {
            Node *mc = n->u.match.cases.items[i];
            if (!collect_pattern(c, mc->u.matchcase.pattern))
                return false;
            COLLECT(mc->u.matchcase.guard);
            COLLECT_LIST(mc->u.matchcase.body);
            propagate_yield(n, mc->u.matchcase.guard);
            propagate_list(n, &mc->u.matchcase.body);
        }
        return true;
    }
    case N_AnnAssign: {
        Node *t = n->u.ann.target;
        if (t->kind == N_Name && (n->flags & NF_SIMPLE)) {
            if (!(t->u.name.id = mangle(c, t->u.name.id)))
                return false;
            int64_t f = sym_get(s, t->u.name.id);
            if (f & (S_GLOBAL | S_NONLOCAL))
                return error_at(c, n, (f & S_GLOBAL) ? "annotated name '%s' can't be global"
                                                     : "annotated name '%s' can't be nonlocal",
                                str_data(t->u.name.id));
            if (!sym_add(c, s, t->u.name.id, S_ANNOTATED | (n->u.ann.value ? 0 : S_BOUND)))
                return false;
            if (s->kind == SC_MODULE || s->kind == SC_CLASS)
                s->flags |= SCF_HAS_ANNOTATIONS;
        }
        /* annotations of module and class variables are evaluated; of locals, not */
        if (s->kind != SC_FUNCTION && !collect_annotation(c, n, &n->u.ann.annotation))
            return false;
        COLLECT(n->u.ann.value);
        if (n->u.ann.value || t->kind != N_Name)
            COLLECT(t);
        else if (!(n->flags & NF_SIMPLE))
            COLLECT(t);
        propagate_yield(n, n->u.ann.value);
        return true;
    }
    default:
        break;
    }
    /* generic traversal of expressions and simple statements */
    switch (n->kind) {
    case N_Return: case N_Expr: case N_Await: case N_Yield: case N_YieldFrom: case N_Starred:
        COLLECT(n->u.ret.value);
        propagate_yield(n, n->u.ret.value);
        return true;
    case N_Delete:
        COLLECT_LIST(n->u.del.targets);
        propagate_list(n, &n->u.del.targets);
        return true;
    case N_Assign:
        COLLECT(n->u.assign.value);
        for (size_t i = 0; i < n->u.assign.targets.n; i++)
            if (!collect_target(c, n->u.assign.targets.items[i]))
                return false;
        propagate_yield(n, n->u.assign.value);
        propagate_list(n, &n->u.assign.targets);
        return true;
    case N_AugAssign:
        COLLECT(n->u.aug.value);
        COLLECT(n->u.aug.target);
        propagate_yield(n, n->u.aug.value);
        propagate_yield(n, n->u.aug.target);
        return true;
    case N_Raise:
        COLLECT(n->u.raise.exc);
        COLLECT(n->u.raise.cause);
        propagate_yield(n, n->u.raise.exc);
        propagate_yield(n, n->u.raise.cause);
        return true;
    case N_Assert:
        COLLECT(n->u.assert_.test);
        COLLECT(n->u.assert_.msg);
        propagate_yield(n, n->u.assert_.test);
        propagate_yield(n, n->u.assert_.msg);
        return true;
    case N_Pass: case N_Break: case N_Continue: case N_Const:
        return true;
    case N_BoolOp:
        COLLECT_LIST(n->u.boolop.values);
        propagate_list(n, &n->u.boolop.values);
        return true;
    case N_BinOp:
        COLLECT(n->u.bin.left);
        COLLECT(n->u.bin.right);
        propagate_yield(n, n->u.bin.left);
        propagate_yield(n, n->u.bin.right);
        return true;
    case N_UnaryOp:
        COLLECT(n->u.unary.operand);
        propagate_yield(n, n->u.unary.operand);
        return true;
    case N_IfExp:
        COLLECT(n->u.ifexp.test);
        COLLECT(n->u.ifexp.body);
        COLLECT(n->u.ifexp.orelse);
        propagate_yield(n, n->u.ifexp.test);
        propagate_yield(n, n->u.ifexp.body);
        propagate_yield(n, n->u.ifexp.orelse);
        return true;
    case N_Dict:
        for (size_t i = 0; i < n->u.dict.keys.n; i++) {
            COLLECT(n->u.dict.keys.items[i]);
            COLLECT(n->u.dict.values.items[i]);
            propagate_yield(n, n->u.dict.keys.items[i]);
            propagate_yield(n, n->u.dict.values.items[i]);
        }
        return true;
    case N_Set: case N_List: case N_Tuple:
        for (size_t i = 0; i < n->u.seq.elts.n; i++) {
            Node *e = n->u.seq.elts.items[i];
            if ((n->flags & NF_STORE) ? !collect_target(c, e) : !collect_node(c, e))
                return false;
            propagate_yield(n, e);
        }
        return true;
    case N_Compare:
        COLLECT(n->u.cmp.left);
        COLLECT_LIST(n->u.cmp.comparators);
        propagate_yield(n, n->u.cmp.left);
        propagate_list(n, &n->u.cmp.comparators);
        return true;
    case N_Call:
        COLLECT(n->u.call.func);
        COLLECT_LIST(n->u.call.args);
        COLLECT_LIST(n->u.call.keywords);
        propagate_yield(n, n->u.call.func);
        propagate_list(n, &n->u.call.args);
        propagate_list(n, &n->u.call.keywords);
        return true;
    case N_Keyword:
        COLLECT(n->u.keyword.value);
        propagate_yield(n, n->u.keyword.value);
        return true;
    case N_FormattedValue:
        COLLECT(n->u.fmt.value);
        COLLECT(n->u.fmt.spec);
        propagate_yield(n, n->u.fmt.value);
        propagate_yield(n, n->u.fmt.spec);
        return true;
    case N_JoinedStr:
        COLLECT_LIST(n->u.joined.values);
        propagate_list(n, &n->u.joined.values);
        return true;
    case N_Attribute:
        if (!(n->u.attr.attr = mangle(c, n->u.attr.attr)))
            return false;
        COLLECT(n->u.attr.value);
        propagate_yield(n, n->u.attr.value);
        return true;
    case N_Subscript:
        COLLECT(n->u.sub.value);
        COLLECT(n->u.sub.slice);
        propagate_yield(n, n->u.sub.value);
        propagate_yield(n, n->u.sub.slice);
        return true;
    case N_Slice:
        COLLECT(n->u.slice.lower);
        COLLECT(n->u.slice.upper);
        COLLECT(n->u.slice.step);
        propagate_yield(n, n->u.slice.lower);
        propagate_yield(n, n->u.slice.upper);
        propagate_yield(n, n->u.slice.step);
        return true;
    default:
        return error_at(c, n, "internal error: unexpected node in scope analysis (%s)",
                        ast_kind_names[n->kind]);
    }
}

/* ---- pass 2: analyse ---- */

enum Class { CL_GLOBAL, CL_NAME, CL_CLASS_DEREF, CL_LOCAL, CL_DEREF };

/* Where a name used in s, not bound there, is bound: the scope, or NULL for global.  Class
 * scopes are invisible from nested scopes, except for the implicit __class__ cell. */
static Scope *find_binding(Scope *s, Value name, bool *global) {
    *global = false;
    for (Scope *p = s->parent; p; p = p->parent) {
        if (p->kind == SC_MODULE)
            return NULL;
        if (p->kind == SC_CLASS) {
            if (str_eq(name, NM(__class__)))
                return p;
            continue;
        }
        int64_t pf = sym_get(p, name);
        if (pf & S_GLOBAL) {
            *global = true;
            return NULL;
        }
        /* a walrus target marks a comprehension nonlocal: the binding is further out */
        if ((pf & S_BOUND) || ((pf & S_NONLOCAL) && p->kind != SC_COMPREHENSION))
            return p;
    }
    return NULL;
}

/* Marks `name` captured: free in every frame between s and the binder, a cell in the binder. */
static bool capture(Collector *c, Scope *s, Scope *binder, Value name) {
    Scope *host = frame_scope(binder);
    for (Scope *p = s; p && p != binder; p = p->parent) {
        /* an inlined comprehension reads its host frame's slot directly: no capture needed
         * between a comprehension and the scopes of its own frame */
        if (p->kind == SC_COMPREHENSION)
            continue;
        if (frame_scope(p) == host)
            break;
        if (!sym_add(c, p, name, S_FREE))
            return false;
    }
    int64_t bf = sym_get(binder, name);
    if (binder->kind == SC_CLASS) {
        binder->flags |= SCF_NEEDS_CLASS_CELL;
        return true;
    }
    if (!(bf & S_NONLOCAL) && !(bf & S_FREE) && frame_scope(s) != host)
        return sym_add(c, binder, name, S_CELL);
    return true;
}

static bool analyse_scope(Collector *c, Scope *s) {
    Value name;
    Value names = dict_keys_list(c->vm, s->symbols);
    if (!names)
        return false;
    for (size_t i = 0; i < AS_LIST(names)->len; i++) {
        name = AS_LIST(names)->items[i];
        int64_t f = sym_get(s, name);
        if ((f & S_GLOBAL) && (f & S_NONLOCAL))
            return error_at_directive(c, s, name, "name '%s' is nonlocal and global",
                                      str_data(name));
        if ((f & S_NONLOCAL) && s->kind == SC_MODULE)
            return error_at_directive(c, s, name, "nonlocal declaration not allowed at module "
                                      "level%s", "");
        if (s->kind == SC_MODULE || (f & S_GLOBAL))
            continue;
        if (f & S_NONLOCAL) {
            bool global;
            Scope *b = find_binding(s, name, &global);
            if (!b || global || b->kind == SC_CLASS) {
                if (s->kind == SC_COMPREHENSION)   /* walrus target resolved outward */
                    continue;
                return error_at_directive(c, s, name, "no binding for nonlocal '%s' found",
                                          str_data(name));
            }
            if (!capture(c, s, b, name))
                return false;
            continue;
        }
        if (f & (S_BOUND | S_PARAM))
            continue;
        /* used only: free or global */
        bool global;
        Scope *b = find_binding(s, name, &global);
        if (b) {
            if (!capture(c, s, b, name))
                return false;
        } else if (s->kind != SC_CLASS) {
            if (!sym_add(c, s, name, S_IMPLICIT_GLOBAL))
                return false;
        }
    }
    return true;
}

static enum Class classify(Scope *s, Value name) {
    int64_t f = sym_get(s, name);
    if (s->kind == SC_MODULE || (f & (S_GLOBAL | S_IMPLICIT_GLOBAL)))
        return CL_GLOBAL;
    if (s->kind == SC_CLASS) {
        if (f & S_NONLOCAL)
            return CL_DEREF;   /* the class body reads and writes the enclosing cell */
        if (f & S_FREE)
            return (f & S_BOUND) ? CL_NAME : CL_CLASS_DEREF;
        return CL_NAME;
    }
    if (f & (S_CELL | S_FREE))
        return CL_DEREF;
    if (f & (S_BOUND | S_PARAM))
        return CL_LOCAL;
    if ((f & S_NONLOCAL) && s->kind != SC_COMPREHENSION)
        return CL_DEREF;
    /* used only and bound in an enclosing part of the same frame, or global */
    bool global;
    Scope *b = find_binding(s, name, &global);
    if (!b)
        return CL_GLOBAL;
    return classify(b, name);
}

/* ---- slot layout ---- */

static int32_t add_slot(Collector *c, Scope *frame, Scope *owner, Value name) {
    int32_t i = frame->nslots++;
    if (!dict_set(c->vm, owner->slotnames, name, MK_SMALL(i)))
        return -1;
    return i;
}

static bool layout_frame(Collector *c, Scope *f) {
    f->slotnames = dict_new(c->vm);
    if (!f->slotnames)
        return false;
    /* parameters first, in order */
    Node *args = f->node && (f->node->kind == N_FunctionDef || f->node->kind == N_Lambda)
                     ? f->node->u.func.args : NULL;
    if (f->kind == SC_GENEXP && add_slot(c, f, f, str_intern_c(c->vm, ".0")) < 0)
        return false;
    if (args) {
        NodeList *groups[2] = {&args->u.arguments.posonly, &args->u.arguments.args};
        for (int g = 0; g < 2; g++)
            for (size_t i = 0; i < groups[g]->n; i++) {
                Node *a = groups[g]->items[i];
                if ((a->u.arg.index = add_slot(c, f, f, a->u.arg.name)) < 0)
                    return false;
            }
        if (args->u.arguments.vararg &&
            (args->u.arguments.vararg->u.arg.index =
                 add_slot(c, f, f, args->u.arguments.vararg->u.arg.name)) < 0)
            return false;
        for (size_t i = 0; i < args->u.arguments.kwonly.n; i++) {
            Node *a = args->u.arguments.kwonly.items[i];
            if ((a->u.arg.index = add_slot(c, f, f, a->u.arg.name)) < 0)
                return false;
        }
        if (args->u.arguments.kwarg &&
            (args->u.arguments.kwarg->u.arg.index =
                 add_slot(c, f, f, args->u.arguments.kwarg->u.arg.name)) < 0)
            return false;
    }
    Value names = dict_keys_list(c->vm, f->symbols);
    if (!names)
        return false;
    List *nl = AS_LIST(names);
    /* plain locals */
    if (f->kind != SC_MODULE && f->kind != SC_CLASS) {
        for (size_t i = 0; i < nl->len; i++) {
            Value n = nl->items[i];
            int64_t fl = sym_get(f, n);
            if ((fl & S_PARAM) || classify(f, n) != CL_LOCAL)
                continue;
            if (dict_get_str(c->vm, f->slotnames, n) == VAL_MISSING && add_slot(c, f, f, n) < 0)
                return false;
        }
    }
    f->nlocals = f->nslots;
    /* cells: captured locals (parameters included) and the class cell */
    Value cellmap = dict_new(c->vm);
    if (!cellmap)
        return false;
    int32_t ncells = 0;
    int32_t *cell_arg = gc_alloc_atomic(c->vm, (nl->len + 1) * sizeof(int32_t));
    if (!cell_arg)
        return false;
    for (size_t i = 0; i < nl->len; i++) {
        Value n = nl->items[i];
        int64_t fl = sym_get(f, n);
        if (!(fl & S_CELL) || (fl & S_FREE))
            continue;
        Value old = dict_get_str(c->vm, f->slotnames, n);
        int32_t slot = f->nslots++;
        cell_arg[ncells++] = old != VAL_MISSING ? (int32_t)SMALL_VAL(old) : -1;
        if (!dict_set(c->vm, f->slotnames, n, MK_SMALL(slot)))
            return false;
    }
    if (f->kind == SC_CLASS && (f->flags & SCF_NEEDS_CLASS_CELL)) {
        f->class_cell = f->nslots++;
        cell_arg[ncells++] = -1;
        if (!dict_set(c->vm, f->slotnames, NM(__class__), MK_SMALL(f->class_cell)))
            return false;
    }
    f->ncells = ncells;
    f->cell_arg = cell_arg;
    /* frees: filled from the closure at entry */
    int32_t nfree = 0;
    for (size_t i = 0; i < nl->len; i++)
        if ((sym_get(f, nl->items[i]) & S_FREE))
            nfree++;
    f->free_from = gc_alloc_atomic(c->vm, (size_t)(nfree + 1) * sizeof(int32_t));
    if (!f->free_from)
        return false;
    f->nfree = 0;
    for (size_t i = 0; i < nl->len; i++) {
        Value n = nl->items[i];
        if (!(sym_get(f, n) & S_FREE))
            continue;
        /* the enclosing frame's slot for this name */
        Scope *p = f->parent;
        int32_t from = -1;
        for (; p; p = p->parent) {
            Scope *pf = frame_scope(p);
            Value sl = dict_get_str(c->vm, p->kind == SC_COMPREHENSION ? p->slotnames
                                                                      : pf->slotnames, n);
            if (sl && sl != VAL_MISSING && (p->kind != SC_CLASS || str_eq(n, NM(__class__)) ||
                                            (sym_get(p, n) & S_FREE))) {
                from = (int32_t)SMALL_VAL(sl);
                break;
            }
        }
        f->free_from[f->nfree++] = from;
        if (!dict_set(c->vm, f->slotnames, n, MK_SMALL(f->nslots++)))
            return false;
    }
    return true;
}

/* An inlined comprehension's own variables take slots of its host frame; its cells are
 * created fresh each time it runs (listed in cell_arg as slots). */
static bool layout_comprehension(Collector *c, Scope *s) {
    Scope *host = frame_scope(s);
    s->slotnames = dict_new(c->vm);
    if (!s->slotnames || (!host->inlined && !(host->inlined = list_new(c->vm, 4))) ||
        !list_append(c->vm, host->inlined, (Value)s))
        return false;
    Value names = dict_keys_list(c->vm, s->symbols);
    if (!names)
        return false;
    List *nl = AS_LIST(names);
    s->cell_arg = gc_alloc_atomic(c->vm, (nl->len + 1) * sizeof(int32_t));
    if (!s->cell_arg)
        return false;
    s->ncells = 0;
    for (size_t i = 0; i < nl->len; i++) {
        Value n = nl->items[i];
        int64_t fl = sym_get(s, n);
        if (!(fl & S_BOUND) || (fl & S_NONLOCAL))
            continue;
        int32_t slot = add_slot(c, host, s, n);
        if (slot < 0)
            return false;
        if (fl & S_CELL)
            s->cell_arg[s->ncells++] = slot;
    }
    return true;
}

/* ---- pass 3: resolve names ---- */

static int32_t find_slot(Scope *s, Value name) {
    for (Scope *t = s; t; t = t->parent) {
        Value sl = dict_get_str(NULL, t->slotnames, name);
        if (sl != VAL_MISSING)
            return (int32_t)SMALL_VAL(sl);
        if (t->kind != SC_COMPREHENSION)
            break;
    }
    return -1;
}

static bool resolve_name(Collector *c, Scope *s, Node *n) {
    Value id = n->u.name.id;
    enum Class cl = classify(s, id);
    switch (cl) {
    case CL_GLOBAL:
        n->u.name.scope = NS_GLOBAL;
        n->u.name.index = 0;
        if (s->kind == SC_COMPREHENSION) {
            List *l = AS_LIST(frame_scope(s)->inlined);
            while (l->items[n->u.name.index] != (Value)s)
                n->u.name.index++;
            n->u.name.index++;
        }
        return true;
    case CL_NAME:
        n->u.name.scope = NS_NAME;
        return true;
    default:
        break;
    }
    int32_t slot = find_slot(s, id);
    if (slot < 0) {
        /* bound in an enclosing part of the same frame (comprehension in a function) */
        bool global;
        Scope *b = find_binding(s, id, &global);
        if (b)
            slot = find_slot(b, id);
    }
    if (slot < 0) {
        /* a name the class body reads from an enclosing function */
        n->u.name.scope = NS_GLOBAL;
        return true;
    }
    n->u.name.index = slot;
    if (cl == CL_CLASS_DEREF) {
        n->u.name.scope = NS_CLASS_DEREF;
        return true;
    }
    Scope *owner = s;
    while (owner->kind == SC_COMPREHENSION && dict_get_str(NULL, owner->slotnames, id) == VAL_MISSING)
        owner = owner->parent;
    int64_t f = sym_get(owner, id);
    bool is_cell = (f & (S_CELL | S_FREE)) ||
                   (owner->kind != SC_COMPREHENSION && slot >= owner->nlocals);
    n->u.name.scope = is_cell ? NS_DEREF : NS_LOCAL;
    return true;
}

/* Calls without * or ** get their keyword names as one constant tuple. */
static bool prepare_call(Collector *c, Node *n) {
    bool simple = true;
    for (size_t i = 0; i < n->u.call.args.n; i++)
        if (n->u.call.args.items[i]->kind == N_Starred)
            simple = false;
    NodeList *kws = &n->u.call.keywords;
    size_t named = 0;
    for (size_t i = 0; i < kws->n; i++) {
        Value k = kws->items[i]->u.keyword.arg;
        if (!k) {
            simple = false;
            continue;
        }
        named++;
        for (size_t j = 0; j < i; j++)
            if (kws->items[j]->u.keyword.arg && str_eq(kws->items[j]->u.keyword.arg, k))
                return error_at(c, kws->items[i], "keyword argument repeated: %s", str_data(k));
    }
    n->u.call.simple = simple;
    if (!simple || named == 0)
        return true;
    Value t = tuple_new(c->vm, named);
    if (!t)
        return false;
    for (size_t i = 0; i < named; i++)
        AS_TUPLE(t)->items[i] = kws->items[i]->u.keyword.arg;
    n->u.call.kwnames = t;
    return true;
}

typedef struct Resolver {
    Collector *c;
    Scope *scope;
    Value *warnings;   /* the module's compile-time warnings */
} Resolver;

static bool resolve_node(Resolver *r, Node *n);

static bool resolve_list(Resolver *r, NodeList *l) {
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] && !resolve_node(r, l->items[i]))
            return false;
    return true;
}

#define RES(x) do { if ((x) && !resolve_node(r, (x))) return false; } while (0)
#define RES_LIST(l) do { if (!resolve_list(r, &(l))) return false; } while (0)

static bool resolve_in(Resolver *r, Scope *s, NodeList *body) {
    Scope *saved = r->scope;
    r->scope = s;
    bool ok = resolve_list(r, body);
    r->scope = saved;
    return ok;
}

/* A Starred unpacks only as an element of a display, a call's arguments, a class's bases or
 * the annotation of *args.  The grammar also lets one stand alone as the value of a statement
 * (x = *a, return *a, for x in *a), which CPython's compiler then refuses; anywhere else its
 * parser refuses it, pointing at the star. */
static bool misplaced_star(Resolver *r, Node *n) {
    if (n->flags & NF_STORE)
        return error_at(r->c, n, "starred assignment target must be in a list or tuple%s", "");
    parse_error(r->c->vm, &Exc_SyntaxError, r->c->filename, r->c->source, n->line, n->col,
                n->line, n->col + 1, "invalid syntax", NULL);
    return false;
}

static bool resolve_value(Resolver *r, Node *v) {
    if (v && v->kind == N_Starred && !(v->flags & NF_STORE))
        return error_at(r->c, v, "can't use starred expression here%s", "");
    RES(v);
    return true;
}

static bool resolve_elts(Resolver *r, NodeList *l) {
    for (size_t i = 0; i < l->n; i++) {
        Node *k = l->items[i];
        RES(k && k->kind == N_Starred ? k->u.ret.value : k);
    }
    return true;
}

static bool resolve_node(Resolver *r, Node *n) {
    if (!cwarn_node(r->c->vm, r->warnings, n))
        return false;
    Scope *s = r->scope;
    switch (n->kind) {
    case N_Name:
        return resolve_name(r->c, s, n);
    case N_FunctionDef:
    case N_Lambda: {
        Node *args = n->u.func.args;
        RES_LIST(n->u.func.decorators);
        if (args) {
            RES_LIST(args->u.arguments.defaults);
            RES_LIST(args->u.arguments.kw_defaults);
            NodeList *groups[3] = {&args->u.arguments.posonly, &args->u.arguments.args,
                                   &args->u.arguments.kwonly};
            for (int g = 0; g < 3; g++)
                for (size_t i = 0; i < groups[g]->n; i++)
                    RES(groups[g]->items[i]->u.arg.annotation);
            if (args->u.arguments.vararg) {
                Node *ann = args->u.arguments.vararg->u.arg.annotation;
                RES(ann && ann->kind == N_Starred ? ann->u.ret.value : ann);
            }
            if (args->u.arguments.kwarg)
                RES(args->u.arguments.kwarg->u.arg.annotation);
        }
        RES(n->u.func.returns);
        RES(n->u.func.target);
        /* a lambda's body is an expression, not the value of its (implicit) return */
        if (n->kind == N_Lambda && n->u.func.body.items[0]->u.ret.value->kind == N_Starred)
            return misplaced_star(r, n->u.func.body.items[0]->u.ret.value);
        return resolve_in(r, n->u.func.scope, &n->u.func.body);
    }
    case N_ClassDef:
        RES_LIST(n->u.cls.decorators);
        if (!resolve_elts(r, &n->u.cls.bases))
            return false;
        RES_LIST(n->u.cls.keywords);
        RES(n->u.cls.target);
        return resolve_in(r, n->u.cls.scope, &n->u.cls.body);
    case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp: {
        NodeList *gens = &n->u.comp.generators;
        RES(gens->items[0]->u.gen.iter);
        Scope *saved = r->scope;
        r->scope = n->u.comp.scope;
        for (size_t i = 0; i < gens->n; i++) {
            Node *g = gens->items[i];
            if (i > 0)
                RES(g->u.gen.iter);
            RES(g->u.gen.target);
            RES_LIST(g->u.gen.ifs);
        }
        RES(n->u.comp.elt);
        RES(n->u.comp.value);
        r->scope = saved;
        return true;
    }
    case N_NamedExpr:
        RES(n->u.named.value);
        RES(n->u.named.target);
        return true;
    case N_Import:
    case N_ImportFrom: {
        NodeList *names = n->kind == N_Import ? &n->u.import.names : &n->u.importfrom.names;
        for (size_t i = 0; i < names->n; i++)
            RES(names->items[i]->u.alias.target);
        return true;
    }
    case N_Global: case N_Nonlocal: case N_Pass: case N_Break: case N_Continue: case N_Const:
        return true;
    case N_Module:
        RES_LIST(n->u.module.body);
        return true;
    case N_Return: case N_Expr: case N_Yield:
        return resolve_value(r, n->u.ret.value);
    case N_Await: case N_YieldFrom:
        RES(n->u.ret.value);
        return true;
    case N_Starred:
        return misplaced_star(r, n);
    case N_Delete:
        RES_LIST(n->u.del.targets);
        return true;
    case N_Assign:
        if (!resolve_value(r, n->u.assign.value))
            return false;
        RES_LIST(n->u.assign.targets);
        return true;
    case N_AugAssign:
        if (!resolve_value(r, n->u.aug.value))
            return false;
        RES(n->u.aug.target);
        return true;
    case N_AnnAssign:
        RES(n->u.ann.annotation);
        if (!resolve_value(r, n->u.ann.value))
            return false;
        RES(n->u.ann.target);
        return true;
    case N_For:
        if (!resolve_value(r, n->u.for_.iter))
            return false;
        RES(n->u.for_.target);
        RES_LIST(n->u.for_.body);
        RES_LIST(n->u.for_.orelse);
        return true;
    case N_While: case N_If:
        RES(n->u.while_.test);
        RES_LIST(n->u.while_.body);
        RES_LIST(n->u.while_.orelse);
        return true;
    case N_With:
        for (size_t i = 0; i < n->u.with.items.n; i++) {
            RES(n->u.with.items.items[i]->u.withitem.context);
            RES(n->u.with.items.items[i]->u.withitem.vars);
        }
        RES_LIST(n->u.with.body);
        return true;
    case N_Try:
        RES_LIST(n->u.try_.body);
        for (size_t i = 0; i < n->u.try_.handlers.n; i++) {
            Node *h = n->u.try_.handlers.items[i];
            RES(h->u.handler.type);
            RES(h->u.handler.target);
            RES_LIST(h->u.handler.body);
        }
        RES_LIST(n->u.try_.orelse);
        RES_LIST(n->u.try_.finalbody);
        return true;
    case N_Match:
        RES(n->u.match.subject);
        for (size_t i = 0; i < n->u.match.cases.n; i++) {
            Node *mc = n->u.match.cases.items[i];
            RES(mc->u.matchcase.pattern);
            RES(mc->u.matchcase.guard);
            RES_LIST(mc->u.matchcase.body);
        }
        return true;
    case N_MatchValue: case N_MatchSingleton:
        RES(n->u.mvalue.value);
        return true;
    case N_MatchSequence: case N_MatchOr:
        RES_LIST(n->u.mseq.patterns);
        return true;
    case N_MatchMapping:
        RES_LIST(n->u.mmap.keys);
        RES_LIST(n->u.mmap.patterns);
        RES(n->u.mmap.rest);
        return true;
    case N_MatchClass:
        RES(n->u.mclass.cls);
        RES_LIST(n->u.mclass.patterns);
        RES_LIST(n->u.mclass.kw_patterns);
        return true;
    case N_MatchStar: case N_MatchAs:
        RES(n->u.mas.pattern);
        RES(n->u.mas.target);
        return true;
    case N_Raise:
        RES(n->u.raise.exc);
        RES(n->u.raise.cause);
        return true;
    case N_Assert:
        RES(n->u.assert_.test);
        RES(n->u.assert_.msg);
        return true;
    case N_BoolOp:
        RES_LIST(n->u.boolop.values);
        return true;
    case N_BinOp:
        RES(n->u.bin.left);
        RES(n->u.bin.right);
        return true;
    case N_UnaryOp:
        RES(n->u.unary.operand);
        return true;
    case N_IfExp:
        RES(n->u.ifexp.test);
        RES(n->u.ifexp.body);
        RES(n->u.ifexp.orelse);
        return true;
    case N_Dict:
        RES_LIST(n->u.dict.keys);
        RES_LIST(n->u.dict.values);
        return true;
    case N_Set: case N_List: case N_Tuple:
        return resolve_elts(r, &n->u.seq.elts);
    case N_Compare:
        RES(n->u.cmp.left);
        RES_LIST(n->u.cmp.comparators);
        return true;
    case N_Call:
        RES(n->u.call.func);
        if (!resolve_elts(r, &n->u.call.args))
            return false;
        RES_LIST(n->u.call.keywords);
        return prepare_call(r->c, n);
    case N_Keyword:
        RES(n->u.keyword.value);
        return true;
    case N_FormattedValue:
        RES(n->u.fmt.value);
        RES(n->u.fmt.spec);
        return true;
    case N_JoinedStr:
        RES_LIST(n->u.joined.values);
        return true;
    case N_Attribute:
        if (policy_name_blocked(str_data(n->u.attr.attr), str_nbytes(n->u.attr.attr)))
            n->flags |= NF_BLOCKED;
        RES(n->u.attr.value);
        return true;
    case N_Subscript:
        RES(n->u.sub.value);
        RES(n->u.sub.slice);
        return true;
    case N_Slice:
        RES(n->u.slice.lower);
        RES(n->u.slice.upper);
        RES(n->u.slice.step);
        return true;
    default:
        return true;
    }
}

Value scope_varnames(VM *vm, Scope *s) {
    Value out = list_new(vm, 8);
    Value names = dict_keys_list(vm, s->symbols);
    if (!out || !names || s->kind == SC_MODULE || s->kind == SC_CLASS)
        return names ? out : NULL;
    /* a comprehension's code takes its first iterator as the argument ".0" */
    if (s->kind == SC_COMPREHENSION && !list_append(vm, out, str_intern_c(vm, ".0")))
        return NULL;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < AS_LIST(names)->len; i++) {
            Value n = AS_LIST(names)->items[i];
            bool param = sym_get(s, n) & S_PARAM;
            if (pass == 0 ? param : !param && classify(s, n) == CL_LOCAL)
                if (!list_append(vm, out, n))
                    return NULL;
        }
    return out;
}

bool scope_binds(Scope *s, Value name) {
    return (sym_get(s, name) & (S_BOUND | S_PARAM)) != 0;
}

/* ---- entry ---- */

bool scope_resolve(VM *vm, Node *module, Value filename, Value source) {
    List *all = (List *)list_new(vm, 16);
    if (!all)
        return false;
    Collector c = {.vm = vm, .filename = filename, .source = source, .all_scopes = all};
    Scope *ms = new_scope(&c, SC_MODULE, module, str_intern_c(vm, "<module>"), NULL);
    if (!ms)
        return false;
    ms->qualname = ms->name;
    module->u.module.scope = ms;
    c.scope = ms;
    if (!collect_node(&c, module))
        return false;
    for (size_t i = 0; i < all->len; i++)
        if (!analyse_scope(&c, (Scope *)all->items[i]))
            return false;
    if (c.cerr_node)
        return error_at(&c, c.cerr_node, c.cerr_fmt, c.cerr_arg);
    /* parents come before children, so a frame's own slots are placed before the slots of
     * the comprehensions it hosts, and an enclosing frame's before its inner functions look
     * up where their free variables come from */
    for (size_t i = 0; i < all->len; i++) {
        Scope *s = (Scope *)all->items[i];
        if (!(s->kind == SC_COMPREHENSION ? layout_comprehension(&c, s) : layout_frame(&c, s)))
            return false;
    }
    Resolver r = {&c, ms, &module->u.module.warnings};
    return resolve_node(&r, module);
}
