/* f-strings, read as CPython 3.11 reads them (Parser/string_parser.c): the literal's text is
 * scanned for replacement fields here, and each field's expression is parsed on its own as
 * "(expression)", with the positions CPython gives it.  tree-sitter's own reading of the
 * inside of an f-string follows Python 3.12 (nested quotes, comments), so it is not used.
 *
 * Positions, as in 3.11: the FormattedValues and the Constants of the text span the whole
 * (concatenated) literal, except that a format spec is a JoinedStr spanning the one literal
 * it is in, and so is the Constant ending that spec.
 *
 * The same reading without building anything (lower_fstring_check) lets the tokenizer pass
 * find the errors of an f-string's structure, where tree-sitter only sees an ERROR node. */
#include "lower_int.h"

typedef struct FCtx {
    Lowerer *L;              /* NULL: only checking (msg receives the first error) */
    char *msg;
    size_t msglen;
    TSNode part;             /* the literal being read (CPython's token t) */
    TSNode whole;            /* the whole concatenation (first_token .. last_token) */
    bool whole_u;            /* the first literal has the u prefix */
    StrKind k;
    const char *tok;         /* the literal's text, prefix included */
    const char *end;         /* end of its body */
} FCtx;

static bool fstring_spec(FCtx *c, const char **s, int lvl, Node **out);

static bool fs_error(FCtx *c, const char *fmt, const char *arg) {
    if (c->L)
        lower_error(c->L, c->part, fmt, arg);
    else
        snprintf(c->msg, c->msglen, fmt, arg);
    return false;
}

/* ---- the literal text between fields: CPython's fstring_find_literal ---- */

/* Returns -1 on error, 1 when a doubled brace was read (go on with text), 0 otherwise. */
static int find_literal(FCtx *c, const char **str, int lvl, StrBuf *text) {
    const char *s = *str, *start = s, *end = c->end;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!c->k.raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* \N{NAME}: the braces are the escape's, not a field's */
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}') {
                    }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            /* doubled braces are text, but only at the top level: f'{0:{3}}' */
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    fs_error(c, "f-string: single '}' is not allowed", NULL);
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (c->L && s > start &&
        !lower_decode(c->L, text, start, (size_t)(s - start), c->k, c->part))
        return -1;
    return result;
}

/* ---- one replacement field: CPython's fstring_find_expr and fstring_compile_expr ---- */

/* Where CPython's parser of the field's "(expression)" starts: fstring_find_expr_location. */
static void field_origin(FCtx *c, const char *brace, int *line, int *col) {
    int tline, tcol;
    lower_point(c->L, ts_node_start_point(c->part), &tline, &tcol);
    int lines = 0, cols = 0;
    bool newline_after_brace = true;
    for (const char *p = brace + 1; p < c->end && *p != '}' && *p != '\n'; p++)
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after_brace = false;
            break;
        }
    if (!newline_after_brace) {
        const char *p = brace;
        while (p > c->tok && *p != '\n')
            p--;
        cols = (int)(brace - p) - (*p == '\n');
    }
    for (const char *p = c->tok; p < brace; p++)
        lines += *p == '\n';
    *line = tline + lines;
    *col = lines ? cols : tcol + cols;
}

/* A field's expression may not be blank. */
static bool expr_present(FCtx *c, const char *a, const char *b) {
    const char *p = a;
    while (p < b && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f'))
        p++;
    if (p < b)
        return true;
    if (*b == '!' || *b == ':' || *b == '=') {
        char what[2] = {*b, 0};
        return fs_error(c, "f-string: expression required before '%s'", what);
    }
    return fs_error(c, "f-string: empty expression not allowed", NULL);
}

/* Parses the expression text [a, b) on its own, as "(text)". */
static Node *compile_expr(FCtx *c, const char *a, const char *b) {
    Lowerer *L = c->L;
    size_t n = (size_t)(b - a);
    char *buf = gc_alloc_atomic(L->vm, n + 4);
    if (!buf)
        return NULL;
    buf[0] = '(';
    memcpy(buf + 1, a, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\n';
    buf[n + 3] = 0;
    Lowerer sub = *L;
    sub.src = buf;
    sub.len = n + 3;
    sub.fstring = true;
    /* the outer text's rewrites are not in buf: its first line is placed by col_off, and
     * the others are inside the literal, verbatim */
    sub.col_delta = NULL;
    sub.ndelta = 0;
    sub.inserted = NULL;
    sub.ninserted = 0;
    int line, col;
    field_origin(c, a - 1, &line, &col);
    sub.line_off = line - 1;
    sub.col_off = col;
    Scan scan = {0};
    lower_scan(buf, n + 3, &scan);
    if (scan.has_error || scan.unclosed) {
        const ScanError *e = scan.has_error ? &scan.error : &scan.unclosed_error;
        int eline = e->line + sub.line_off, ecol = e->col + (e->line == 1 ? sub.col_off : 0);
        return lower_error_at(&sub, e->cls, eline, ecol, eline, ecol, "%s", e->msg);
    }
    TSTree *tree = lower_parse_text(L->vm, buf, n + 3);
    if (!tree)
        return NULL;
    TSNode root = ts_tree_root_node(tree), err;
    Node *e = NULL;
    if (ts_node_has_error(root) && lower_first_error(root, &err)) {
        lower_diagnose(&sub, err);
    } else {
        TSNode stmt = lower_named_child(root, 0);
        if (lower_named_count(root) != 1 || !lower_is(stmt, "expression_statement") ||
            lower_named_count(stmt) != 1)
            lower_error(&sub, root, "invalid syntax");
        else
            e = lower_expr(&sub, lower_named_child(stmt, 0));
    }
    ts_tree_delete(tree);
    return e;
}

/* Reads `{expression[=][!c][:spec]}` from *str (at the '{') into *out (left NULL when only
 * checking). */
static bool find_expr(FCtx *c, const char **str, int lvl, StrBuf *text, Node **out) {
    if (lvl >= 2)
        return fs_error(c, "f-string: expressions nested too deeply", NULL);
    const char *end = c->end;
    *str += 1;
    const char *expr_start = *str;
    char quote = 0;
    int string_type = 0, depth = 0;
    char parens[200];
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            return fs_error(c, "f-string expression part cannot include a backslash", NULL);
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= (int)sizeof parens)
                return fs_error(c, "f-string: too many nested parenthesis", NULL);
            parens[depth++] = ch;
        } else if (ch == '#') {
            return fs_error(c, "f-string expression part cannot include '#'", NULL);
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            /* != == <= >= belong to the expression; < and > alone too */
            if (*str + 1 < end && (*str)[1] == '=' && ch != ':' && ch != '}') {
                *str += 1;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char what[2] = {ch, 0};
            if (!depth)
                return fs_error(c, "f-string: unmatched '%s'", what);
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                char msg[100];
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match "
                                          "opening parenthesis '%c'", ch, open);
                return fs_error(c, "%s", msg);
            }
        }
    }
    const char *expr_end = *str;
    if (quote)
        return fs_error(c, "f-string: unterminated string", NULL);
    if (depth) {
        char what[2] = {parens[depth - 1], 0};
        return fs_error(c, "f-string: unmatched '%s'", what);
    }
    if (*str >= end)
        return fs_error(c, "f-string: expecting '}'", NULL);
    if (!expr_present(c, expr_start, expr_end))
        return false;
    Node *fv = NULL;
    if (c->L) {
        Node *value = compile_expr(c, expr_start, expr_end);
        if (!value || !(fv = lower_new(c->L, N_FormattedValue, c->whole)))
            return false;
        fv->u.fmt.value = value;
    }
    bool debug = false, conv = false;
    if (**str == '=') {
        /* f"{x=}": the text of the expression, '=' and the spaces after it */
        *str += 1;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\f' ||
                              **str == '\v' || **str == '\r'))
            *str += 1;
        if (*str >= end)
            return fs_error(c, "f-string: expecting '}'", NULL);
        if (text)
            sb_add(text, expr_start, (size_t)(*str - expr_start));
        debug = true;
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            return fs_error(c, "f-string: expecting '}'", NULL);
        char ch = **str;
        *str += 1;
        if (ch != 's' && ch != 'r' && ch != 'a')
            return fs_error(c, "f-string: invalid conversion character: expected 's', 'r', or "
                               "'a'", NULL);
        conv = true;
        if (fv)
            fv->op = (uint8_t)ch;
    }
    bool spec = false;
    if (*str < end && **str == ':') {
        *str += 1;
        if (*str >= end)
            return fs_error(c, "f-string: expecting '}'", NULL);
        if (!fstring_spec(c, str, lvl + 1, fv ? &fv->u.fmt.spec : NULL))
            return false;
        spec = true;
    }
    if (*str >= end || **str != '}')
        return fs_error(c, "f-string: expecting '}'", NULL);
    *str += 1;
    /* f"{x=}" shows the repr, unless a conversion or a format spec says otherwise */
    if (fv && debug && !spec && !conv)
        fv->op = 'r';
    *out = fv;
    return true;
}

/* ---- the loop over text and fields: _PyPegen_FstringParser_ConcatFstring ---- */

static bool concat(FCtx *c, const char **str, int lvl, StrBuf *text, NodeList *values) {
    for (;;) {
        int r = find_literal(c, str, lvl, text);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= c->end || **str == '}')
            break;
        Node *fv;
        if (!find_expr(c, str, lvl, text, &fv))
            return false;
        /* the text so far becomes a Constant spanning the whole literal */
        if (c->L && (!lower_flush_text(c->L, text, values, c->whole, c->whole_u) ||
                     !lower_push(c->L, values, fv)))
            return false;
    }
    if (lvl != 0 && (*str >= c->end || **str != '}'))
        return fs_error(c, "f-string: expecting '}'", NULL);
    return true;
}

/* A format spec: a JoinedStr of its own, ending at the '}' of its field. */
static bool fstring_spec(FCtx *c, const char **str, int lvl, Node **out) {
    if (!c->L)
        return concat(c, str, lvl, NULL, NULL);
    Node *j = lower_new(c->L, N_JoinedStr, c->part);
    StrBuf text;
    sb_init(&text, c->L->vm, 16);
    if (!j || !concat(c, str, lvl, &text, &j->u.joined.values) ||
        !lower_flush_text(c->L, &text, &j->u.joined.values, c->part, false))
        return false;
    *out = j;
    return true;
}

bool lower_fstring(Lowerer *L, TSNode part, StrKind k, TSNode whole, bool u, StrBuf *text,
                   NodeList *values) {
    size_t n;
    const char *tok = lower_src(L, part, &n);
    FCtx c = {L, NULL, 0, part, whole, u, k, tok, tok + n - k.quote_len};
    const char *s = tok + k.prefix_len + k.quote_len;
    /* Python 3.11 ends the literal at the first quote like its own: a nested f-string
     * reusing it (valid since 3.12) leaves this one unterminated. */
    for (const char *p = s; p < c.end; p++) {
        if (*p == '\\') {
            p++;
            continue;
        }
        if (*p == k.quote && (k.quote_len == 1 || (c.end - p >= 3 && p[1] == k.quote &&
                                                   p[2] == k.quote))) {
            c.end = p;
            break;
        }
    }
    if (!concat(&c, &s, 0, text, values))
        return false;
    if (c.end != tok + n - k.quote_len)
        return fs_error(&c, "f-string: expecting '}'", NULL);
    return true;
}

bool lower_fstring_check(const char *body, size_t n, bool raw, char *msg, size_t msglen) {
    FCtx c = {.msg = msg, .msglen = msglen, .k = {.raw = raw}, .tok = body, .end = body + n};
    const char *s = body;
    return concat(&c, &s, 0, NULL, NULL);
}
