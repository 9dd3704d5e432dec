/* String and bytes literals: prefixes, escape sequences, implicit concatenation.
 *
 * The text between the quotes is decoded here from the source bytes (tree-sitter's
 * escape_sequence nodes do not know whether the literal is raw or bytes).  Adjacent literals
 * make one Const, or one JoinedStr when any of them is an f-string (lower_fstring.c). */
#include "lower_int.h"

/* ---- prefixes ---- */

/* Reads the prefix and quotes of a string_start; false if the prefix is not one CPython
 * accepts (tree-sitter takes any combination of the letters). */
static bool str_kind(const char *p, size_t n, StrKind *k) {
    memset(k, 0, sizeof *k);
    size_t i = 0;
    for (; i < n && p[i] != '\'' && p[i] != '"'; i++) {
        char c = (char)(p[i] | 0x20);
        bool *flag = c == 'r' ? &k->raw : c == 'b' ? &k->bytes : c == 'f' ? &k->fstr
                   : c == 'u' ? &k->u : NULL;
        if (!flag || *flag)
            return false;
        *flag = true;
    }
    if (i == n || (k->u && (k->raw || k->bytes || k->fstr)) || (k->bytes && k->fstr))
        return false;
    k->prefix_len = i;
    k->quote = p[i];
    k->quote_len = n - i;
    /* CPython's kind='u' is for a lowercase u only */
    k->u = k->u && (p[0] == 'u');
    return k->quote_len == 1 || k->quote_len == 3;
}

/* ---- escapes ---- */

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f'
                                             ? (c | 0x20) - 'a' + 10 : -1;
}

/* CPython reports escape errors at the end of the literal, with byte positions in the body. */
static bool escape_error(Lowerer *L, TSNode lit, bool bytes, size_t start, size_t end,
                         const char *what) {
    int line, col;
    lower_point(L, ts_node_end_point(lit), &line, &col);
    if (bytes)
        lower_error_at(L, &Exc_SyntaxError, line, col, line, col,
                       "(value error) invalid \\x escape at position %zu", start);
    else
        lower_error_at(L, &Exc_SyntaxError, line, col, line, col,
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                       "%zu-%zu: %s", start, end, what);
    return false;
}

/* \N{name}: the position after the escape in *i, the code point in *cp. */
static bool named_escape(Lowerer *L, const char *p, size_t n, size_t *i, uint32_t *cp,
                         TSNode lit) {
    size_t start = *i - 2;
    if (*i >= n || p[*i] != '{')
        return escape_error(L, lit, false, start, *i - 1, "malformed \\N character escape");
    const char *close = memchr(p + *i, '}', n - *i);
    if (!close || close == p + *i + 1) /* CPython's range ends at the '{' of "\N{}" */
        return escape_error(L, lit, false, start, close ? *i : n - 1,
                            "malformed \\N character escape");
    size_t end = (size_t)(close - p);
    if (!lower_unicode_name(p + *i + 1, end - *i - 1, cp))
        return escape_error(L, lit, false, start, end, "unknown Unicode character name");
    *i = end + 1;
    return true;
}

bool lower_decode(Lowerer *L, StrBuf *b, const char *p, size_t n, StrKind k, TSNode lit) {
    if (k.bytes)
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)p[i] >= 0x80) {
                lower_error(L, lit, "bytes can only contain ASCII literal characters");
                return false;
            }
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)p[i];
        if (c != '\\' || k.raw) {
            /* runs of plain text are copied as they are (the source is valid UTF-8) */
            size_t j = i + 1;
            while (j < n && p[j] != '\\')
                j++;
            if (k.raw)
                j = n;
            sb_add(b, p + i, j - i);
            i = j;
            continue;
        }
        size_t start = i++;
        if (i >= n) { /* cannot happen: the tokenizer pass ends a literal only at a quote */
            sb_addc(b, '\\');
            break;
        }
        char e = p[i++];
        uint32_t cp;
        switch (e) {
        case '\n': break;
        case '\\': sb_addc(b, '\\'); break;
        case '\'': sb_addc(b, '\''); break;
        case '"': sb_addc(b, '"'); break;
        case 'a': sb_addc(b, '\a'); break;
        case 'b': sb_addc(b, '\b'); break;
        case 'f': sb_addc(b, '\f'); break;
        case 'n': sb_addc(b, '\n'); break;
        case 'r': sb_addc(b, '\r'); break;
        case 't': sb_addc(b, '\t'); break;
        case 'v': sb_addc(b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            /* up to three octal digits; bytes keep the low eight bits, as CPython */
            unsigned v = (unsigned)(e - '0');
            for (int d = 0; d < 2 && i < n && p[i] >= '0' && p[i] <= '7'; d++)
                v = v * 8 + (unsigned)(p[i++] - '0');
            if (k.bytes)
                sb_addc(b, (char)(v & 0xFF));
            else
                sb_add_cp(b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (e != 'x' && k.bytes) { /* no \u in bytes: kept as written */
                sb_addc(b, '\\');
                sb_addc(b, e);
                break;
            }
            cp = 0;
            int d = 0;
            for (; d < digits && i < n && hexval(p[i]) >= 0; d++)
                cp = cp * 16 + (uint32_t)hexval(p[i++]);
            if (d < digits) {
                if (k.bytes)
                    return escape_error(L, lit, true, start, i - 1, NULL);
                return escape_error(L, lit, false, start, i - 1,
                                    e == 'x' ? "truncated \\xXX escape"
                                    : e == 'u' ? "truncated \\uXXXX escape"
                                               : "truncated \\UXXXXXXXX escape");
            }
            if (cp > 0x10FFFF)
                return escape_error(L, lit, false, start, i - 1, "illegal Unicode character");
            if (k.bytes)
                sb_addc(b, (char)cp);
            else
                sb_add_cp(b, cp);
            break;
        }
        case 'N':
            if (k.bytes) {
                sb_add(b, "\\N", 2);
                break;
            }
            if (!named_escape(L, p, n, &i, &cp, lit))
                return false;
            sb_add_cp(b, cp);
            break;
        default:
            /* an unknown escape keeps its backslash (a DeprecationWarning in CPython) */
            sb_addc(b, '\\');
            i--;
            break;
        }
    }
    return !b->failed;
}

/* ---- literals and concatenation ---- */

/* The text of a string part between its quotes. */
static const char *body(Lowerer *L, TSNode part, StrKind *k, size_t *len) {
    size_t n;
    const char *p = lower_src(L, part, &n);
    size_t skip = k->prefix_len + k->quote_len;
    *len = n - skip - k->quote_len;
    return p + skip;
}

static bool part_kind(Lowerer *L, TSNode part, StrKind *k) {
    TSNode start = ts_node_child(part, 0);
    size_t n;
    const char *p = lower_src(L, start, &n);
    if (!lower_is(start, "string_start") || !str_kind(p, n, k)) {
        lower_error(L, part, "invalid syntax");
        return false;
    }
    return true;
}

static Node *const_node(Lowerer *L, TSNode whole, Value v, bool u) {
    Node *c = lower_new(L, N_Const, whole);
    if (!c)
        return NULL;
    c->u.constant.value = v;
    if (u)
        c->flags |= NF_KIND_U;
    return c;
}

bool lower_flush_text(Lowerer *L, StrBuf *text, NodeList *values, TSNode whole, bool u) {
    if (text->failed)
        return false;
    if (!text->len)
        return true;
    Value s = str_new(L->vm, text->buf, text->len);
    text->len = 0;
    return s && lower_push(L, values, const_node(L, whole, s, u));
}

Node *lower_string(Lowerer *L, TSNode n) {
    TSNode single[1] = {n};
    TSNode *parts = single;
    uint32_t nparts = 1;
    Kids ks;
    if (lower_is(n, "concatenated_string")) {
        if (!lower_kids(L, n, &ks))
            return NULL;
        parts = gc_alloc_atomic(L->vm, ks.n * sizeof(TSNode));
        if (!parts)
            return NULL;
        nparts = 0;
        for (uint32_t i = 0; i < ks.n; i++)
            if (ks.k[i].named)
                parts[nparts++] = ks.k[i].node;
    }
    StrKind first;
    if (!part_kind(L, parts[0], &first))
        return NULL;
    bool fstr = false;
    for (uint32_t i = 0; i < nparts; i++) {
        StrKind k;
        if (!part_kind(L, parts[i], &k))
            return NULL;
        if (k.bytes != first.bytes)
            return lower_error(L, parts[i], "cannot mix bytes and nonbytes literals");
        fstr |= k.fstr;
    }
    StrBuf text;
    sb_init(&text, L->vm, 64);
    Node *joined = NULL;
    if (fstr && !(joined = lower_new(L, N_JoinedStr, n)))
        return NULL;
    for (uint32_t i = 0; i < nparts; i++) {
        StrKind k;
        part_kind(L, parts[i], &k);
        if (k.fstr) {
            if (!lower_fstring(L, parts[i], k, n, first.u, &text, &joined->u.joined.values))
                return NULL;
            continue;
        }
        size_t len;
        const char *p = body(L, parts[i], &k, &len);
        if (!lower_decode(L, &text, p, len, k, parts[i]))
            return NULL;
    }
    if (joined)
        return lower_flush_text(L, &text, &joined->u.joined.values, n, first.u) ? joined : NULL;
    if (text.failed)
        return NULL;
    Value v = first.bytes ? bytes_new(L->vm, text.buf, text.len)
                          : str_new(L->vm, text.buf, text.len);
    return v ? const_node(L, n, v, first.u) : NULL;
}
