/* AST construction and the --dump-ast text.
 *
 * The dump reproduces CPython 3.11's ast.dump(tree, indent=2) byte for byte (and, with
 * positions, include_attributes=True), so that lowering can be checked against CPython by a
 * plain text diff.  It follows ast.dump's own algorithm: every field is formatted first, then
 * a node whose fields are all "simple" (scalars, empty lists, nodes without fields such as
 * Load()) and at most three goes on one line, anything else one field per line.  Fields whose
 * value is None and whose class default is None are left out, as ast.dump does. */
#include "ast.h"

const char *const ast_kind_names[N__COUNT] = {
#define X(k) #k,
    AST_KINDS(X)
#undef X
};

Node *ast_new(VM *vm, NodeKind kind, int line, int col, int end_line, int end_col) {
    Node *n = gc_alloc(vm, sizeof(Node)); /* GC memory comes zeroed */
    if (!n)
        return NULL;
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    n->end_line = end_line;
    n->end_col = end_col;
    return n;
}

/* A NodeList keeps no capacity: it is full whenever its length is a power of two (>= 4). */
bool ast_list_push(VM *vm, NodeList *l, Node *n) {
    size_t len = l->n;
    if (len == 0 || (len >= 4 && (len & (len - 1)) == 0)) {
        size_t cap = len == 0 ? 4 : len * 2;
        Node **items = gc_realloc(vm, l->items, cap * sizeof(Node *), false);
        if (!items)
            return false;
        l->items = items;
    }
    l->items[len] = n;
    l->n = len + 1;
    return true;
}

/* ---- dump ---- */

typedef struct Dump {
    VM *vm;
    bool positions;
} Dump;

/* The formatted fields of one node, as ast.dump collects them in `args`. */
typedef struct Fields {
    Value args[12];
    size_t n;
    bool allsimple;
    bool failed;
} Fields;

static Value fmt_node(Dump *d, Node *n, int level, bool *simple);

static void field_text(Fields *f, Dump *d, const char *name, Value text, bool simple) {
    if (f->failed)
        return;
    if (!text) {
        f->failed = true;
        return;
    }
    Value s = str_fmt(d->vm, "%s=%U", name, text);
    if (!s) {
        f->failed = true;
        return;
    }
    f->args[f->n++] = s;
    f->allsimple = f->allsimple && simple;
}

static void field_c(Fields *f, Dump *d, const char *name, const char *text) {
    field_text(f, d, name, str_from_c(d->vm, text), true);
}

static void field_int(Fields *f, Dump *d, const char *name, long v) {
    field_text(f, d, name, str_fmt(d->vm, "%ld", v), true);
}

static void field_repr(Fields *f, Dump *d, const char *name, Value v) {
    if (!v) /* None with a None class default: left out */
        return;
    field_text(f, d, name, obj_repr(d->vm, v), true);
}

static void field_node(Fields *f, Dump *d, const char *name, Node *n, int level) {
    if (!n || f->failed)
        return;
    bool simple;
    Value s = fmt_node(d, n, level, &simple);
    field_text(f, d, name, s, simple);
}

/* A list as ast.dump prints it: "[]", or one item per line. */
static Value fmt_items(Dump *d, Value *items, size_t n, int level) {
    if (n == 0)
        return str_from_c(d->vm, "[]");
    StrBuf b;
    sb_init(&b, d->vm, 64);
    sb_addc(&b, '[');
    for (size_t i = 0; i < n; i++) {
        sb_adds(&b, i ? ",\n" : "\n");
        for (int j = 0; j < level + 1; j++)
            sb_adds(&b, "  ");
        sb_add_str(&b, items[i]);
    }
    sb_addc(&b, ']');
    return sb_finish(&b);
}

static Value *item_array(Dump *d, size_t n) {
    return gc_alloc(d->vm, (n ? n : 1) * sizeof(Value));
}

/* A list of nodes; NULL entries print as None (Dict keys of **, kw_defaults). */
static void field_list(Fields *f, Dump *d, const char *name, NodeList l, int level) {
    if (f->failed)
        return;
    Value *items = item_array(d, l.n);
    if (!items) {
        f->failed = true;
        return;
    }
    for (size_t i = 0; i < l.n; i++) {
        bool simple;
        items[i] = l.items[i] ? fmt_node(d, l.items[i], level + 1, &simple)
                              : str_from_c(d->vm, "None");
        if (!items[i]) {
            f->failed = true;
            return;
        }
    }
    field_text(f, d, name, fmt_items(d, items, l.n, level), l.n == 0);
}

static void field_strs(Fields *f, Dump *d, const char *name, const Value *v, size_t n,
                       int level) {
    if (f->failed)
        return;
    Value *items = item_array(d, n);
    if (!items) {
        f->failed = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        items[i] = obj_repr(d->vm, v[i]);
        if (!items[i]) {
            f->failed = true;
            return;
        }
    }
    field_text(f, d, name, fmt_items(d, items, n, level), n == 0);
}

static const char *const binop_names[OP__COUNT] = {
    "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "FloorDiv()", "Mod()", "Pow()",
    "LShift()", "RShift()", "BitAnd()", "BitXor()", "BitOr()",
};
static const char *const unop_names[UOP_NOT + 1] = {
    [UOP_NEG] = "USub()", [UOP_POS] = "UAdd()", [UOP_INVERT] = "Invert()", [UOP_NOT] = "Not()",
};
static const char *const cmp_names[CMP_NOT_IN + 1] = {
    [CMP_LT] = "Lt()", [CMP_LE] = "LtE()", [CMP_EQ] = "Eq()", [CMP_NE] = "NotEq()",
    [CMP_GT] = "Gt()", [CMP_GE] = "GtE()", [CMP_IS] = "Is()", [CMP_IS_NOT] = "IsNot()",
    [CMP_IN] = "In()", [CMP_NOT_IN] = "NotIn()",
};

static const char *ctx_name(Node *n) {
    return n->flags & NF_DEL ? "Del()" : n->flags & NF_STORE ? "Store()" : "Load()";
}

static void field_ops(Fields *f, Dump *d, Node *n, int level) {
    if (f->failed)
        return;
    size_t k = n->u.cmp.comparators.n;
    Value *items = item_array(d, k);
    if (!items) {
        f->failed = true;
        return;
    }
    for (size_t i = 0; i < k; i++)
        if (!(items[i] = str_from_c(d->vm, cmp_names[n->u.cmp.ops[i]]))) {
            f->failed = true;
            return;
        }
    field_text(f, d, "ops", fmt_items(d, items, k, level), false);
}

/* CPython's class name for a node: the async forms and a few renamed kinds differ. */
static const char *cpython_name(Node *n) {
    bool async = n->flags & NF_ASYNC;
    switch (n->kind) {
    case N_FunctionDef: return async ? "AsyncFunctionDef" : "FunctionDef";
    case N_For: return async ? "AsyncFor" : "For";
    case N_With: return async ? "AsyncWith" : "With";
    case N_Const: return "Constant";
    case N_Comprehension: return "comprehension";
    case N_Arguments: return "arguments";
    case N_Arg: return "arg";
    case N_Keyword: return "keyword";
    case N_Alias: return "alias";
    case N_WithItem: return "withitem";
    case N_MatchCase: return "match_case";
    default: return ast_kind_names[n->kind];
    }
}

/* Nodes without lineno/col_offset in CPython (their _attributes is empty). */
static bool has_attributes(Node *n) {
    switch (n->kind) {
    case N_Module: case N_Comprehension: case N_Arguments: case N_WithItem: case N_MatchCase:
        return false;
    default:
        return true;
    }
}

static Value name_id(Node *name) {
    return name ? name->u.name.id : NULL;
}

static void node_fields(Fields *f, Dump *d, Node *n, int L) {
    switch ((NodeKind)n->kind) {
    case N_Module:
        field_list(f, d, "body", n->u.module.body, L);
        field_c(f, d, "type_ignores", "[]");
        break;
    case N_FunctionDef:
        field_repr(f, d, "name", n->u.func.name);
        field_node(f, d, "args", n->u.func.args, L);
        field_list(f, d, "body", n->u.func.body, L);
        field_list(f, d, "decorator_list", n->u.func.decorators, L);
        field_node(f, d, "returns", n->u.func.returns, L);
        break;
    case N_Lambda:
        field_node(f, d, "args", n->u.func.args, L);
        field_node(f, d, "body", n->u.func.body.items[0]->u.ret.value, L);
        break;
    case N_ClassDef:
        field_repr(f, d, "name", n->u.cls.name);
        field_list(f, d, "bases", n->u.cls.bases, L);
        field_list(f, d, "keywords", n->u.cls.keywords, L);
        field_list(f, d, "body", n->u.cls.body, L);
        field_list(f, d, "decorator_list", n->u.cls.decorators, L);
        break;
    case N_Return: case N_Expr: case N_Await: case N_Yield: case N_YieldFrom:
        field_node(f, d, "value", n->u.ret.value, L);
        break;
    case N_Starred:
        field_node(f, d, "value", n->u.ret.value, L);
        field_c(f, d, "ctx", ctx_name(n));
        break;
    case N_Delete:
        field_list(f, d, "targets", n->u.del.targets, L);
        break;
    case N_Assign:
        field_list(f, d, "targets", n->u.assign.targets, L);
        field_node(f, d, "value", n->u.assign.value, L);
        break;
    case N_AugAssign:
        field_node(f, d, "target", n->u.aug.target, L);
        field_c(f, d, "op", binop_names[n->op]);
        field_node(f, d, "value", n->u.aug.value, L);
        break;
    case N_AnnAssign:
        field_node(f, d, "target", n->u.ann.target, L);
        field_node(f, d, "annotation", n->u.ann.annotation, L);
        field_node(f, d, "value", n->u.ann.value, L);
        field_int(f, d, "simple", (n->flags & NF_SIMPLE) != 0);
        break;
    case N_For:
        field_node(f, d, "target", n->u.for_.target, L);
        field_node(f, d, "iter", n->u.for_.iter, L);
        field_list(f, d, "body", n->u.for_.body, L);
        field_list(f, d, "orelse", n->u.for_.orelse, L);
        break;
    case N_While: case N_If:
        field_node(f, d, "test", n->u.while_.test, L);
        field_list(f, d, "body", n->u.while_.body, L);
        field_list(f, d, "orelse", n->u.while_.orelse, L);
        break;
    case N_With:
        field_list(f, d, "items", n->u.with.items, L);
        field_list(f, d, "body", n->u.with.body, L);
        break;
    case N_WithItem:
        field_node(f, d, "context_expr", n->u.withitem.context, L);
        field_node(f, d, "optional_vars", n->u.withitem.vars, L);
        break;
    case N_Match:
        field_node(f, d, "subject", n->u.match.subject, L);
        field_list(f, d, "cases", n->u.match.cases, L);
        break;
    case N_MatchCase:
        field_node(f, d, "pattern", n->u.matchcase.pattern, L);
        field_node(f, d, "guard", n->u.matchcase.guard, L);
        field_list(f, d, "body", n->u.matchcase.body, L);
        break;
    case N_Raise:
        field_node(f, d, "exc", n->u.raise.exc, L);
        field_node(f, d, "cause", n->u.raise.cause, L);
        break;
    case N_Try:
        field_list(f, d, "body", n->u.try_.body, L);
        field_list(f, d, "handlers", n->u.try_.handlers, L);
        field_list(f, d, "orelse", n->u.try_.orelse, L);
        field_list(f, d, "finalbody", n->u.try_.finalbody, L);
        break;
    case N_ExceptHandler:
        field_node(f, d, "type", n->u.handler.type, L);
        field_repr(f, d, "name", n->u.handler.name);
        field_list(f, d, "body", n->u.handler.body, L);
        break;
    case N_Assert:
        field_node(f, d, "test", n->u.assert_.test, L);
        field_node(f, d, "msg", n->u.assert_.msg, L);
        break;
    case N_Import:
        field_list(f, d, "names", n->u.import.names, L);
        break;
    case N_ImportFrom:
        field_repr(f, d, "module", n->u.importfrom.module);
        field_list(f, d, "names", n->u.importfrom.names, L);
        field_int(f, d, "level", n->u.importfrom.level);
        break;
    case N_Alias:
        field_repr(f, d, "name", n->u.alias.name);
        field_repr(f, d, "asname", n->u.alias.asname);
        break;
    case N_Global: case N_Nonlocal:
        field_strs(f, d, "names", n->u.global.names, n->u.global.n, L);
        break;
    case N_Pass: case N_Break: case N_Continue:
        break;
    case N_BoolOp:
        field_c(f, d, "op", n->op == BOOL_AND ? "And()" : "Or()");
        field_list(f, d, "values", n->u.boolop.values, L);
        break;
    case N_NamedExpr:
        field_node(f, d, "target", n->u.named.target, L);
        field_node(f, d, "value", n->u.named.value, L);
        break;
    case N_BinOp:
        field_node(f, d, "left", n->u.bin.left, L);
        field_c(f, d, "op", binop_names[n->op]);
        field_node(f, d, "right", n->u.bin.right, L);
        break;
    case N_UnaryOp:
        field_c(f, d, "op", unop_names[n->op]);
        field_node(f, d, "operand", n->u.unary.operand, L);
        break;
    case N_IfExp:
        field_node(f, d, "test", n->u.ifexp.test, L);
        field_node(f, d, "body", n->u.ifexp.body, L);
        field_node(f, d, "orelse", n->u.ifexp.orelse, L);
        break;
    case N_Dict:
        field_list(f, d, "keys", n->u.dict.keys, L);
        field_list(f, d, "values", n->u.dict.values, L);
        break;
    case N_Set:
        field_list(f, d, "elts", n->u.seq.elts, L);
        break;
    case N_List: case N_Tuple:
        field_list(f, d, "elts", n->u.seq.elts, L);
        field_c(f, d, "ctx", ctx_name(n));
        break;
    case N_ListComp: case N_SetComp: case N_GeneratorExp:
        field_node(f, d, "elt", n->u.comp.elt, L);
        field_list(f, d, "generators", n->u.comp.generators, L);
        break;
    case N_DictComp:
        field_node(f, d, "key", n->u.comp.elt, L);
        field_node(f, d, "value", n->u.comp.value, L);
        field_list(f, d, "generators", n->u.comp.generators, L);
        break;
    case N_Comprehension:
        field_node(f, d, "target", n->u.gen.target, L);
        field_node(f, d, "iter", n->u.gen.iter, L);
        field_list(f, d, "ifs", n->u.gen.ifs, L);
        field_int(f, d, "is_async", (n->flags & NF_ASYNC) != 0);
        break;
    case N_Compare:
        field_node(f, d, "left", n->u.cmp.left, L);
        field_ops(f, d, n, L);
        field_list(f, d, "comparators", n->u.cmp.comparators, L);
        break;
    case N_Call:
        field_node(f, d, "func", n->u.call.func, L);
        field_list(f, d, "args", n->u.call.args, L);
        field_list(f, d, "keywords", n->u.call.keywords, L);
        break;
    case N_Keyword:
        field_repr(f, d, "arg", n->u.keyword.arg);
        field_node(f, d, "value", n->u.keyword.value, L);
        break;
    case N_FormattedValue:
        field_node(f, d, "value", n->u.fmt.value, L);
        field_int(f, d, "conversion", n->op ? n->op : -1);
        field_node(f, d, "format_spec", n->u.fmt.spec, L);
        break;
    case N_JoinedStr:
        field_list(f, d, "values", n->u.joined.values, L);
        break;
    case N_Const:
        field_repr(f, d, "value", n->u.constant.value);
        if (n->flags & NF_KIND_U)
            field_c(f, d, "kind", "'u'");
        break;
    case N_Attribute:
        field_node(f, d, "value", n->u.attr.value, L);
        field_repr(f, d, "attr", n->u.attr.attr);
        field_c(f, d, "ctx", ctx_name(n));
        break;
    case N_Subscript:
        field_node(f, d, "value", n->u.sub.value, L);
        field_node(f, d, "slice", n->u.sub.slice, L);
        field_c(f, d, "ctx", ctx_name(n));
        break;
    case N_Name:
        field_repr(f, d, "id", n->u.name.id);
        field_c(f, d, "ctx", ctx_name(n));
        break;
    case N_Slice:
        field_node(f, d, "lower", n->u.slice.lower, L);
        field_node(f, d, "upper", n->u.slice.upper, L);
        field_node(f, d, "step", n->u.slice.step, L);
        break;
    case N_Arguments:
        field_list(f, d, "posonlyargs", n->u.arguments.posonly, L);
        field_list(f, d, "args", n->u.arguments.args, L);
        field_node(f, d, "vararg", n->u.arguments.vararg, L);
        field_list(f, d, "kwonlyargs", n->u.arguments.kwonly, L);
        field_list(f, d, "kw_defaults", n->u.arguments.kw_defaults, L);
        field_node(f, d, "kwarg", n->u.arguments.kwarg, L);
        field_list(f, d, "defaults", n->u.arguments.defaults, L);
        break;
    case N_Arg:
        field_repr(f, d, "arg", n->u.arg.name);
        field_node(f, d, "annotation", n->u.arg.annotation, L);
        break;
    case N_MatchValue: case N_MatchSingleton:
        if (n->kind == N_MatchSingleton)
            field_repr(f, d, "value", n->u.mvalue.value->u.constant.value);
        else
            field_node(f, d, "value", n->u.mvalue.value, L);
        break;
    case N_MatchSequence: case N_MatchOr:
        field_list(f, d, "patterns", n->u.mseq.patterns, L);
        break;
    case N_MatchMapping:
        field_list(f, d, "keys", n->u.mmap.keys, L);
        field_list(f, d, "patterns", n->u.mmap.patterns, L);
        field_repr(f, d, "rest", name_id(n->u.mmap.rest));
        break;
    case N_MatchClass:
        field_node(f, d, "cls", n->u.mclass.cls, L);
        field_list(f, d, "patterns", n->u.mclass.patterns, L);
        field_strs(f, d, "kwd_attrs", n->u.mclass.kw_attrs, n->u.mclass.nkw, L);
        field_list(f, d, "kwd_patterns", n->u.mclass.kw_patterns, L);
        break;
    case N_MatchStar:
        field_repr(f, d, "name", name_id(n->u.mas.target));
        break;
    case N_MatchAs:
        field_node(f, d, "pattern", n->u.mas.pattern, L);
        field_repr(f, d, "name", name_id(n->u.mas.target));
        break;
    case N__COUNT:
        break;
    }
}

/* ast.dump's _format for a node; `level` is the caller's level (incremented here, as there). */
static Value fmt_node(Dump *d, Node *n, int level, bool *simple) {
    if (!vm_stack_ok(d->vm))
        return exc_raise(d->vm, &Exc_RecursionError, "maximum recursion depth exceeded in ast_dump");
    level++;
    Fields f = {.allsimple = true};
    node_fields(&f, d, n, level);
    if (d->positions && has_attributes(n)) {
        field_int(&f, d, "lineno", n->line);
        field_int(&f, d, "col_offset", n->col);
        field_int(&f, d, "end_lineno", n->end_line);
        field_int(&f, d, "end_col_offset", n->end_col);
    }
    if (f.failed)
        return NULL;
    StrBuf b;
    sb_init(&b, d->vm, 64);
    sb_adds(&b, cpython_name(n));
    sb_addc(&b, '(');
    bool one_line = f.allsimple && f.n <= 3;
    for (size_t i = 0; i < f.n; i++) {
        if (one_line) {
            if (i)
                sb_adds(&b, ", ");
        } else {
            sb_adds(&b, i ? ",\n" : "\n");
            for (int j = 0; j < level; j++)
                sb_adds(&b, "  ");
        }
        sb_add_str(&b, f.args[i]);
    }
    sb_addc(&b, ')');
    *simple = one_line && f.n == 0;
    return sb_finish(&b);
}

static Value dump(VM *vm, Node *n, bool positions) {
    Dump d = {vm, positions};
    bool simple;
    return fmt_node(&d, n, 0, &simple);
}

Value ast_dump(VM *vm, Node *n) {
    return dump(vm, n, false);
}

Value ast_dump_positions(VM *vm, Node *n) {
    return dump(vm, n, true);
}

/* Whether CPython's AST optimizer folds e (whose value is v, NULL for a nested operand) into
 * a constant: constants, and operators and tuples over them, within the optimizer's size
 * limits on the results of *, ** and << (128-bit ints, 4096-item strings, 256-item tuples). */
bool ast_folds_to_const(const Node *e, Value v) {
    switch (e->kind) {
    case N_Const:
        return true;
    case N_UnaryOp:
        return ast_folds_to_const(e->u.unary.operand, NULL);
    case N_Subscript:
        return ast_folds_to_const(e->u.sub.value, NULL) &&
               ast_folds_to_const(e->u.sub.slice, NULL);
    case N_Tuple:
        for (size_t i = 0; i < e->u.seq.elts.n; i++)
            if (!ast_folds_to_const(e->u.seq.elts.items[i], NULL))
                return false;
        return true;
    case N_BinOp:
        if (!ast_folds_to_const(e->u.bin.left, NULL) ||
            !ast_folds_to_const(e->u.bin.right, NULL))
            return false;
        if (e->op == OP_MOD && e->u.bin.left->kind == N_Const &&
            (IS_STR(e->u.bin.left->u.constant.value) ||
             IS_BYTES(e->u.bin.left->u.constant.value)))
            return false;   /* %-formatting is never folded */
        if (!v)
            return true;
        if (IS_INT(v))
            return int_bits(v) <= 128;
        if (IS_STR(v))
            return str_len(v) <= 4096;
        if (IS_BYTES(v))
            return AS_BYTES(v)->len <= 4096;
        if (IS_TUPLE(v))
            return AS_TUPLE(v)->len <= 256;
        return true;
    default:
        return false;
    }
}
