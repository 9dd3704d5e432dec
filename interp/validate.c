/* The static policy report: what a run of this code would be refused, found before running
 * it — imports of modules the host does not allow, names of builtins the sandbox leaves out,
 * attributes the policy blocks — plus size and nesting metrics.  Each violation has a rule,
 * the name, a severity and a location. */
#include <stdio.h>

#include "builtins.h"
#include "validate.h"

/* Builtins CPython has and the sandbox does not. */
static const char *const absent_builtins[] = {
    "open", "eval", "exec", "compile", "__import__", "globals", "locals", "vars",
    "breakpoint", "memoryview", "exit", "quit", "help", "copyright", "credits", "license",
    "aiter", "anext", "complex", NULL,
};

typedef struct Validator {
    VM *vm;
    Value report;        /* list of violation dicts */
    Scope *module;       /* names the module binds shadow absent builtins */
    Scope *cls;          /* the class body being walked, whose names shadow them too */
    int depth, max_depth;
    size_t nodes;
} Validator;

static bool add(Validator *v, Node *n, const char *rule, Value name, const char *severity,
                Value message) {
    VM *vm = v->vm;
    Value d = dict_new(vm);
    return d && message && dict_set_c(vm, d, "rule", str_from_c(vm, rule)) &&
           dict_set_c(vm, d, "name", name) &&
           dict_set_c(vm, d, "severity", str_from_c(vm, severity)) &&
           dict_set_c(vm, d, "line", MK_SMALL(n->line)) &&
           dict_set_c(vm, d, "col", MK_SMALL(n->col + 1)) &&
           dict_set_c(vm, d, "message", message) && list_append(vm, v->report, d);
}

static bool module_allowed(VM *vm, Value name) {
    const ModuleDef *def = module_find_def(str_data(name));
    if (!def)
        return false;
    if (!vm->allowed_modules)
        return def->default_allowed;
    return set_contains(vm, vm->allowed_modules, name) > 0;
}

static bool check_import(Validator *v, Node *n, Value mod) {
    if (module_allowed(v->vm, mod))
        return true;
    return add(v, n, "forbidden-import", mod, "error",
               str_fmt(v->vm, "import of module '%U' is not allowed", mod));
}

static bool walk(Validator *v, Node *n);

static bool walk_list(Validator *v, NodeList *l) {
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i] && !walk(v, l->items[i]))
            return false;
    return true;
}

static bool blocked(Validator *v, Node *n, Value name) {
    return add(v, n, "blocked-attribute", name, "error",
               str_fmt(v->vm, "access to attribute '%U' is blocked by the sandbox policy", name));
}

#define W(x) do { if ((x) && !walk(v, (x))) return false; } while (0)
#define WL(l) do { if (!walk_list(v, &(l))) return false; } while (0)

static bool walk(Validator *v, Node *n) {
    VM *vm = v->vm;
    if (!vm_stack_ok(vm))
        return vm_stack_error(vm);
    v->nodes++;
    if (++v->depth > v->max_depth)
        v->max_depth = v->depth;
    bool ok = true;
    switch (n->kind) {
    case N_Import:
        for (size_t i = 0; ok && i < n->u.import.names.n; i++)
            ok = check_import(v, n, n->u.import.names.items[i]->u.alias.name);
        break;
    case N_ImportFrom:
        if (n->u.importfrom.module && !str_eq_c(n->u.importfrom.module, "__future__"))
            ok = check_import(v, n, n->u.importfrom.module);
        break;
    case N_Name:
        /* a global, or a class-body name its class does not bind, may be the builtin */
        if (!(n->flags & (NF_STORE | NF_DEL)) &&
            (n->u.name.scope == NS_GLOBAL ||
             (n->u.name.scope == NS_NAME && !(v->cls && scope_binds(v->cls, n->u.name.id)))) &&
            !scope_binds(v->module, n->u.name.id)) {
            for (const char *const *a = absent_builtins; *a; a++)
                if (str_eq_c(n->u.name.id, *a)) {
                    ok = add(v, n, "absent-builtin", n->u.name.id, "error",
                             str_fmt(vm, "builtin '%U' is not available in the sandbox",
                                     n->u.name.id));
                    break;
                }
        }
        break;
    case N_Attribute:
        if (n->flags & NF_BLOCKED)
            ok = blocked(v, n, n->u.attr.attr);
        W(n->u.attr.value);
        break;
    case N_Call: {
        /* getattr(x, '__globals__') and its kin name the attribute by a constant */
        Node *f = n->u.call.func, *a = n->u.call.args.n > 1 ? n->u.call.args.items[1] : NULL;
        if (f->kind == N_Name && a && a->kind == N_Const && IS_STR(a->u.constant.value) &&
            (str_eq_c(f->u.name.id, "getattr") || str_eq_c(f->u.name.id, "setattr") ||
             str_eq_c(f->u.name.id, "delattr") || str_eq_c(f->u.name.id, "hasattr")) &&
            policy_name_blocked(str_data(a->u.constant.value), str_nbytes(a->u.constant.value)))
            ok = blocked(v, a, a->u.constant.value);
        break;
    }
    default:
        break;
    }
    if (!ok)
        return false;
    /* children */
    switch (n->kind) {
    case N_Module: WL(n->u.module.body); break;
    case N_FunctionDef: case N_Lambda: {
        WL(n->u.func.decorators);
        W(n->u.func.args);
        W(n->u.func.returns);
        /* a function body's names are its own or globals, never the class's */
        Scope *cls = v->cls;
        v->cls = NULL;
        WL(n->u.func.body);
        v->cls = cls;
        break;
    }
    case N_Arguments:   /* defaults and annotations are evaluated when the def runs */
        WL(n->u.arguments.posonly); WL(n->u.arguments.args); W(n->u.arguments.vararg);
        WL(n->u.arguments.kwonly); WL(n->u.arguments.kw_defaults); W(n->u.arguments.kwarg);
        WL(n->u.arguments.defaults);
        break;
    case N_Arg: W(n->u.arg.annotation); break;
    case N_ClassDef: {
        WL(n->u.cls.decorators); WL(n->u.cls.bases); WL(n->u.cls.keywords);
        Scope *cls = v->cls;
        v->cls = n->u.cls.scope;
        WL(n->u.cls.body);
        v->cls = cls;
        break;
    }
    case N_Return: case N_Expr: case N_Await: case N_Yield: case N_YieldFrom: case N_Starred:
        W(n->u.ret.value); break;
    case N_Delete: WL(n->u.del.targets); break;
    case N_Assign: WL(n->u.assign.targets); W(n->u.assign.value); break;
    case N_AugAssign: W(n->u.aug.target); W(n->u.aug.value); break;
    case N_AnnAssign: W(n->u.ann.target); W(n->u.ann.annotation); W(n->u.ann.value); break;
    case N_For: W(n->u.for_.target); W(n->u.for_.iter); WL(n->u.for_.body);
        WL(n->u.for_.orelse); break;
    case N_While: case N_If: W(n->u.while_.test); WL(n->u.while_.body);
        WL(n->u.while_.orelse); break;
    case N_With:
        for (size_t i = 0; i < n->u.with.items.n; i++) {
            W(n->u.with.items.items[i]->u.withitem.context);
            W(n->u.with.items.items[i]->u.withitem.vars);
        }
        WL(n->u.with.body);
        break;
    case N_Match:
        W(n->u.match.subject);
        for (size_t i = 0; i < n->u.match.cases.n; i++) {
            Node *mc = n->u.match.cases.items[i];
            W(mc->u.matchcase.pattern);
            W(mc->u.matchcase.guard);
            WL(mc->u.matchcase.body);
        }
        break;
    case N_Raise: W(n->u.raise.exc); W(n->u.raise.cause); break;
    case N_Try:
        WL(n->u.try_.body);
        for (size_t i = 0; i < n->u.try_.handlers.n; i++) {
            W(n->u.try_.handlers.items[i]->u.handler.type);
            WL(n->u.try_.handlers.items[i]->u.handler.body);
        }
        WL(n->u.try_.orelse); WL(n->u.try_.finalbody);
        break;
    case N_Assert: W(n->u.assert_.test); W(n->u.assert_.msg); break;
    case N_BoolOp: WL(n->u.boolop.values); break;
    case N_NamedExpr: W(n->u.named.value); break;
    case N_BinOp: W(n->u.bin.left); W(n->u.bin.right); break;
    case N_UnaryOp: W(n->u.unary.operand); break;
    case N_IfExp: W(n->u.ifexp.test); W(n->u.ifexp.body); W(n->u.ifexp.orelse); break;
    case N_Dict: WL(n->u.dict.keys); WL(n->u.dict.values); break;
    case N_Set: case N_List: case N_Tuple: WL(n->u.seq.elts); break;
    case N_ListComp: case N_SetComp: case N_DictComp: case N_GeneratorExp:
        W(n->u.comp.elt); W(n->u.comp.value);
        for (size_t i = 0; i < n->u.comp.generators.n; i++) {
            Node *g = n->u.comp.generators.items[i];
            W(g->u.gen.target); W(g->u.gen.iter); WL(g->u.gen.ifs);
        }
        break;
    case N_Compare: W(n->u.cmp.left); WL(n->u.cmp.comparators); break;
    case N_Call: W(n->u.call.func); WL(n->u.call.args); WL(n->u.call.keywords); break;
    case N_Keyword: W(n->u.keyword.value); break;
    case N_FormattedValue: W(n->u.fmt.value); W(n->u.fmt.spec); break;
    case N_JoinedStr: WL(n->u.joined.values); break;
    case N_Subscript: W(n->u.sub.value); W(n->u.sub.slice); break;
    case N_Slice: W(n->u.slice.lower); W(n->u.slice.upper); W(n->u.slice.step); break;
    /* patterns hold expressions: value patterns, mapping keys, class patterns' classes */
    case N_MatchValue: case N_MatchSingleton: W(n->u.mvalue.value); break;
    case N_MatchSequence: case N_MatchOr: WL(n->u.mseq.patterns); break;
    case N_MatchMapping: WL(n->u.mmap.keys); WL(n->u.mmap.patterns); break;
    case N_MatchClass:
        W(n->u.mclass.cls); WL(n->u.mclass.patterns); WL(n->u.mclass.kw_patterns);
        break;
    case N_MatchAs: case N_MatchStar: W(n->u.mas.pattern); break;
    default: break;
    }
    v->depth--;
    return true;
}

Value validate_module(VM *vm, Node *module, size_t *nodes, int *max_depth) {
    Validator v = {.vm = vm};
    v.report = list_new(vm, 0);
    v.module = module->u.module.scope;
    if (!v.report)
        return NULL;
    if (!walk(&v, module))
        return NULL;
    *nodes = v.nodes;
    *max_depth = v.max_depth;
    return v.report;
}

Value validate_report_text(VM *vm, Value report, Value filename) {
    StrBuf b;
    sb_init(&b, vm, 128);
    for (size_t i = 0; i < AS_LIST(report)->len; i++) {
        Value d = AS_LIST(report)->items[i];
        Value line = dict_get_c(vm, d, "line"), col = dict_get_c(vm, d, "col");
        sb_addf(&b, "%s:%lld:%lld: %s: %s: %s\n", str_data(filename),
                (long long)SMALL_VAL(line), (long long)SMALL_VAL(col),
                str_data(dict_get_c(vm, d, "severity")), str_data(dict_get_c(vm, d, "rule")),
                str_data(dict_get_c(vm, d, "message")));
    }
    return sb_finish(&b);
}
