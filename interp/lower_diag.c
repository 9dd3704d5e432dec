/* tree-sitter's ERROR and MISSING nodes, worded as CPython's parser errors. */
#include "lower_int.h"

bool lower_first_error(TSNode root, TSNode *out) {
    TSTreeCursor c = ts_tree_cursor_new(root);
    bool found = false;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        if (ts_node_is_missing(n) || lower_is(n, "ERROR")) {
            *out = n;
            found = true;
            break;
        }
        if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c))
            continue;
        bool moved = false;
        while (!(moved = ts_tree_cursor_goto_next_sibling(&c)))
            if (!ts_tree_cursor_goto_parent(&c))
                break;
        if (!moved)
            break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

Value lower_diagnose(Lowerer *L, TSNode err) {
    if (ts_node_is_missing(err)) {
        const char *t = ts_node_type(err);
        if (!strcmp(t, ":"))
            return lower_error(L, err, "expected ':'");
        return lower_error(L, err, "invalid syntax");
    }
    return lower_error(L, err, "invalid syntax");
}
