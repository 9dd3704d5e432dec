/* Assignment and deletion targets: the Store/Del context, and CPython's messages for what
 * cannot be a target (its _PyPegen_get_invalid_target and _PyPegen_get_expr_name). */
#include "lower_int.h"

const char *lower_expr_name(const Node *e) {
    switch ((NodeKind)e->kind) {
    case N_Attribute: return "attribute";
    case N_Subscript: return "subscript";
    case N_Starred: return "starred";
    case N_Name: return "name";
    case N_List: return "list";
    case N_Tuple: return "tuple";
    case N_Lambda: return "lambda";
    case N_Call: return "function call";
    case N_BoolOp: case N_BinOp: case N_UnaryOp: return "expression";
    case N_GeneratorExp: return "generator expression";
    case N_Yield: case N_YieldFrom: return "yield expression";
    case N_Await: return "await expression";
    case N_ListComp: return "list comprehension";
    case N_SetComp: return "set comprehension";
    case N_DictComp: return "dict comprehension";
    case N_Dict: return "dict literal";
    case N_Set: return "set display";
    case N_JoinedStr: case N_FormattedValue: return "f-string expression";
    case N_Const: {
        Value v = e->u.constant.value;
        return v == NONE ? "None" : v == FALSE_V ? "False" : v == TRUE_V ? "True"
             : v == ELLIPSIS ? "ellipsis" : "literal";
    }
    case N_Compare: return "comparison";
    case N_IfExp: return "conditional expression";
    case N_NamedExpr: return "named expression";
    default: return "expression";
    }
}

const Node *lower_invalid_target(const Node *e, bool del) {
    switch ((NodeKind)e->kind) {
    case N_List: case N_Tuple:
        for (size_t i = 0; i < e->u.seq.elts.n; i++) {
            const Node *bad = lower_invalid_target(e->u.seq.elts.items[i], del);
            if (bad)
                return bad;
        }
        return NULL;
    case N_Starred:
        return del ? e : lower_invalid_target(e->u.ret.value, del);
    case N_Name: case N_Subscript: case N_Attribute:
        return NULL;
    default:
        return e;
    }
}

static void mark(Node *e, uint16_t ctx) {
    e->flags |= ctx;
    if (e->kind == N_List || e->kind == N_Tuple)
        for (size_t i = 0; i < e->u.seq.elts.n; i++)
            mark(e->u.seq.elts.items[i], ctx);
    else if (e->kind == N_Starred)
        mark(e->u.ret.value, ctx);
}

bool lower_target(Lowerer *L, Node *n, enum TargetUse use) {
    switch (use) {
    case T_AUG:
        if (n->kind != N_Name && n->kind != N_Attribute && n->kind != N_Subscript) {
            lower_error_node(L, n, "'%s' is an illegal expression for augmented assignment",
                             lower_expr_name(n));
            return false;
        }
        break;
    default: {
        const Node *bad = lower_invalid_target(n, use == T_DEL);
        if (bad) {
            lower_error_node(L, bad, use == T_DEL ? "cannot delete %s" : "cannot assign to %s",
                             lower_expr_name(bad));
            return false;
        }
        break;
    }
    }
    mark(n, use == T_DEL ? NF_DEL : NF_STORE);
    return true;
}
