/* The SyntaxWarnings CPython 3.11's compiler prints before a program runs (compile.c:
 * check_compare, compiler_assert, check_caller, check_subscripter, check_index).  They are
 * what a student sees for `x is 1` or a missing comma in `[(1, 2) (3, 4)]`, so Krait prints
 * them too, in the same words, on the run's stderr. */
#include "compile_warn.h"

#include "seq.h"
#include "str.h"

static bool add(VM *vm, Value *out, const Node *n, Value msg) {
    if (!msg || (!*out && !(*out = list_new(vm, 4))))
        return false;
    Value w = tuple_pack(vm, 2, MK_SMALL(n->line), msg);
    return w && list_append(vm, *out, w);
}

/* What CPython's optimizer turns into a constant, which `is` then compares by identity. */
static bool literal(const Node *e) {
    if (e->kind == N_Const) {
        Value v = e->u.constant.value;
        return v != NONE && v != ELLIPSIS && !IS_BOOL(v);
    }
    /* `not <constant>` folds to a bool, which is a singleton like the constants above */
    if (e->kind == N_UnaryOp && e->op == UOP_NOT)
        return false;
    return e->kind != N_Name && ast_folds_to_const(e, NULL);
}

static bool check_compare(VM *vm, Value *out, const Node *n) {
    const Node *left = n->u.cmp.left;
    for (size_t i = 0; i < n->u.cmp.comparators.n; i++) {
        const Node *right = n->u.cmp.comparators.items[i];
        int op = n->u.cmp.ops[i];
        if ((op == CMP_IS || op == CMP_IS_NOT) && (literal(left) || literal(right)))
            return add(vm, out, n, str_from_c(vm, op == CMP_IS
                ? "\"is\" with a literal. Did you mean \"==\"?"
                : "\"is not\" with a literal. Did you mean \"!=\"?"));
        left = right;
    }
    return true;
}

/* CPython's infer_type(): the type an expression's value is known to have, or NULL. */
static const char *inferred(const Node *e) {
    switch (e->kind) {
    case N_Tuple: return "tuple";
    case N_List: case N_ListComp: return "list";
    case N_Dict: case N_DictComp: return "dict";
    case N_Set: case N_SetComp: return "set";
    case N_GeneratorExp: return "generator";
    case N_Lambda: return "function";
    case N_JoinedStr: case N_FormattedValue: return "str";
    case N_Const: return tname(e->u.constant.value);
    default: return NULL;
    }
}

static bool check_caller(VM *vm, Value *out, const Node *call) {
    const Node *f = call->u.call.func;
    switch (f->kind) {
    case N_Const: case N_Tuple: case N_List: case N_ListComp: case N_Dict: case N_DictComp:
    case N_Set: case N_SetComp: case N_GeneratorExp: case N_JoinedStr: case N_FormattedValue:
        return add(vm, out, call, str_fmt(vm, "'%s' object is not callable; perhaps you "
                                              "missed a comma?", inferred(f)));
    default:
        return true;
    }
}

static bool check_subscripter(VM *vm, Value *out, const Node *sub) {
    const Node *e = sub->u.sub.value;
    switch (e->kind) {
    case N_Const: {
        Value v = e->u.constant.value;
        if (!(v == NONE || v == ELLIPSIS || IS_INT(v) || IS_FLOAT(v) || IS_SETLIKE(v)))
            return true;
    }
        /* fall through */
    case N_Set: case N_SetComp: case N_GeneratorExp: case N_Lambda:
        return add(vm, out, sub, str_fmt(vm, "'%s' object is not subscriptable; perhaps you "
                                             "missed a comma?", inferred(e)));
    default:
        return true;
    }
}

static bool check_index(VM *vm, Value *out, const Node *sub) {
    const Node *e = sub->u.sub.value, *index = sub->u.sub.slice;
    const char *it = inferred(index);
    if (!it || (index->kind == N_Const && IS_INT(index->u.constant.value)))
        return true;
    switch (e->kind) {
    case N_Const: {
        Value v = e->u.constant.value;
        if (!(IS_STR(v) || IS_BYTES(v) || IS_TUPLE(v)))
            return true;
    }
        /* fall through */
    case N_Tuple: case N_List: case N_ListComp: case N_JoinedStr: case N_FormattedValue:
        return add(vm, out, sub, str_fmt(vm, "%s indices must be integers or slices, not %s; "
                                             "perhaps you missed a comma?", inferred(e), it));
    default:
        return true;
    }
}

bool cwarn_node(VM *vm, Value *out, const Node *n) {
    switch (n->kind) {
    case N_Compare:
        return check_compare(vm, out, n);
    case N_Assert: {
        const Node *t = n->u.assert_.test;
        if (t->kind != N_Tuple || t->u.seq.elts.n == 0)
            return true;
        return add(vm, out, n, str_from_c(vm, "assertion is always true, perhaps remove "
                                              "parentheses?"));
    }
    case N_Call:
        return check_caller(vm, out, n);
    case N_Subscript:
        if (n->flags & (NF_STORE | NF_DEL))
            return true;
        return check_subscripter(vm, out, n) && check_index(vm, out, n);
    default:
        return true;
    }
}

/* warnings.formatwarning(): the line from linecache, which has none for "<string>". */
Value cwarn_text(VM *vm, Value warnings, Value filename, Value source) {
    StrBuf b;
    sb_init(&b, vm, 128);
    const char *fn = str_data(filename), *src = str_data(source);
    size_t fl = str_nbytes(filename), sl = str_nbytes(source);
    bool has_lines = !(fl && fn[0] == '<' && fn[fl - 1] == '>');
    for (size_t i = 0; i < AS_LIST(warnings)->len; i++) {
        Value *w = AS_TUPLE(AS_LIST(warnings)->items[i])->items;
        int64_t line = SMALL_VAL(w[0]);
        sb_addf(&b, "%s:%lld: SyntaxWarning: ", fn, (long long)line);
        sb_add_str(&b, w[1]);
        sb_addc(&b, '\n');
        if (!has_lines)
            continue;
        const char *p = src, *end = src + sl;
        for (int64_t l = 1; l < line && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        const char *q = memchr(p, '\n', (size_t)(end - p));
        q = q ? q : end;
        while (p < q && (*p == ' ' || *p == '\t' || *p == '\f'))
            p++;
        while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\f' || q[-1] == '\r'))
            q--;
        if (p < q) {
            sb_adds(&b, "  ");
            sb_add(&b, p, (size_t)(q - p));
            sb_addc(&b, '\n');
        }
    }
    return sb_finish(&b);
}
