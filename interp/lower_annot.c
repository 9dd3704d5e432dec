/* Annotations tree-sitter cuts short.
 *
 * tree-sitter-python reads an annotation that starts `name[` as a (Python 3.12) generic type,
 * and then fails on whatever follows the brackets: `x: a[b][c]`, `-> a[b] or c`.  When a parse
 * has errors, each annotation whose `type` node ends before its text does is given to
 * tree-sitter again in parentheses, which make it an expression and change no AST; the
 * inserted characters are taken out of positions (Lowerer.inserted).  Valid programs never
 * come here, and a broken one is parsed again only when some annotation was cut.
 *
 * tree-sitter's recovery from one cut annotation can swallow the next one (as the body of an
 * `if` it makes up from `x: a[b] if c else d`), which then shows only once the first is in
 * parentheses: rounds go on while they find annotations to wrap and the first error moves
 * later.  Each round parses the whole text, so their number is bounded. */
#include <limits.h>

#include "lower_int.h"

/* Rounds beyond which the remaining cut annotations are reported as they are. */
#define MAX_ROUNDS 8

typedef struct Span {
    size_t start, end;       /* bytes of the base text */
} Span;

typedef struct Wraps {
    Span *r;                 /* sorted, disjoint */
    size_t n;
    /* The base text with every span in parentheses, and its tree */
    const char *text;
    size_t len;
    TSTree *tree;
    size_t *at;              /* bytes of the inserted characters in `text`, ascending */
    TSPoint *pts;            /* ... and their points */
} Wraps;

static bool word_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 0x80;
}

/* Where the annotation starting at byte `at` ends in the text: before the first '=', ',', ':'
 * (a lambda's excepted), ';', newline, comment or unmatched closing bracket outside brackets
 * and strings, and before the blanks and line continuations preceding it.  `at` when a bracket
 * is left open to the end (that error is the tokenizer's to report). */
static size_t annotation_end(const char *s, size_t n, size_t at) {
    int depth = 0, lambdas = 0;
    size_t i = at;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'' || c == '"') {
            i = lower_skip_string(s, n, i);
            continue;
        }
        if (word_char(c)) {
            size_t w = i;
            while (i < n && word_char((unsigned char)s[i]))
                i++;
            lambdas += !depth && i - w == 6 && !memcmp(s + w, "lambda", 6);
            continue;
        }
        if (c == '#') {
            if (!depth)
                break;
            while (i < n && s[i] != '\n')
                i++;
            continue;
        }
        if (c == '\\' && s[i + 1] == '\n') {
            i += 2;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (!depth)
                break;
            depth--;
        } else if (!depth) {
            if ((c == '=' || c == '<' || c == '>' || c == '!') && s[i + 1] == '=') {
                i += 2;
                continue;
            }
            if (c == ':' && lambdas)
                lambdas--;
            else if (c == '=' || c == ',' || c == ':' || c == ';' || c == '\n')
                break;
        }
        i++;
    }
    if (depth)
        return at;
    for (;;) {
        if (i > at && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\f'))
            i--;
        else if (i > at + 1 && s[i - 1] == '\n' && s[i - 2] == '\\')
            i -= 2;
        else
            return i;
    }
}

/* The base-text byte of byte b of w->text. */
static size_t base_byte(const Wraps *w, size_t b) {
    size_t lo = 0, hi = 2 * w->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->at[mid] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return b - lo;
}

/* The cut annotations of w->tree, as spans of the base text, into *found (ascending: a
 * pre-order walk meets them in text order).  Types inside an annotation already met are
 * skipped.  False: out of memory (error pending). */
static bool find_cut(VM *vm, const Wraps *w, Span **found, size_t *count) {
    size_t n = 0, cap = 0, covered = 0;
    Span *v = NULL;
    bool ok = true;
    TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(w->tree));
    for (;;) {
        TSNode t = ts_tree_cursor_current_node(&c);
        bool annotation = lower_is(t, "type");
        if (annotation && ts_node_start_byte(t) >= covered) {
            size_t start = ts_node_start_byte(t), end = ts_node_end_byte(t);
            size_t text_end = annotation_end(w->text, w->len, start);
            covered = text_end > end ? text_end : end;
            if (text_end > end) {
                if (n == cap) {
                    cap = cap ? 2 * cap : 8;
                    if (!(v = gc_realloc(vm, v, cap * sizeof *v, true))) {
                        ok = false;
                        break;
                    }
                }
                v[n++] = (Span){base_byte(w, start), base_byte(w, text_end)};
            }
        }
        if (!lower_walk_next(&c, !annotation))
            break;
    }
    ts_tree_cursor_delete(&c);
    *found = v;
    *count = n;
    return ok;
}

/* w's spans and `add` merged, those of `add` overlapping one of w's left out. */
static Span *merge(VM *vm, const Wraps *w, const Span *add, size_t nadd, size_t *count) {
    Span *m = gc_alloc_atomic(vm, (w->n + nadd) * sizeof *m);
    if (!m)
        return NULL;
    size_t n = 0, i = 0, j = 0;
    while (i < w->n || j < nadd) {
        if (j == nadd || (i < w->n && w->r[i].start < add[j].start)) {
            m[n++] = w->r[i++];
        } else if ((n && m[n - 1].end > add[j].start) ||
                   (i < w->n && w->r[i].start < add[j].end)) {
            j++;
        } else {
            m[n++] = add[j++];
        }
    }
    *count = n;
    return m;
}

/* w->text, at and pts for spans r of the base text.  False: out of memory. */
static bool wrap_text(VM *vm, const char *base, size_t len, Span *r, size_t nr,
                      Wraps *w) {
    char *t = gc_alloc_atomic(vm, len + 2 * nr + 1);
    w->at = gc_alloc_atomic(vm, 2 * nr * sizeof *w->at);
    w->pts = gc_alloc_atomic(vm, 2 * nr * sizeof *w->pts);
    if (!t || !w->at || !w->pts)
        return false;
    size_t o = 0, i = 0, k = 0;
    uint32_t row = 0, col = 0;
    for (size_t a = 0; a < 2 * nr; a++) {
        size_t upto = a % 2 ? r[a / 2].end : r[a / 2].start;
        for (; i < upto; i++) {
            t[o++] = base[i];
            col = base[i] == '\n' ? 0 : col + 1;
            row += base[i] == '\n';
        }
        w->at[k] = o;
        w->pts[k++] = (TSPoint){row, col++};
        t[o++] = a % 2 ? ')' : '(';
    }
    memcpy(t + o, base + i, len - i);
    o += len - i;
    t[o] = 0;
    w->text = t;
    w->len = o;
    w->r = r;
    w->n = nr;
    return true;
}

/* Where the tree's first error is, in base-text (line, column); a tree with no error sorts
 * last, one whose error tree-sitter keeps out of sight (a missing hidden token) first. */
static void first_error(const Wraps *w, int *line, int *col) {
    TSNode root = ts_tree_root_node(w->tree), err;
    *line = *col = 0;
    if (!ts_node_has_error(root)) {
        *line = *col = INT_MAX;
    } else if (lower_first_error(root, &err)) {
        Lowerer L = {.inserted = w->pts, .ninserted = 2 * w->n};
        lower_point(&L, ts_node_start_point(err), line, col);
    }
}

bool lower_fix_annotations(VM *vm, const char **text, size_t *len, TSTree **tree,
                           const TSPoint **inserted, size_t *ninserted) {
    const char *base = *text;
    size_t base_len = *len;
    Wraps cur = {.text = base, .len = base_len, .tree = *tree};
    int line, col;
    first_error(&cur, &line, &col);
    for (int round = 0; round < MAX_ROUNDS && line != INT_MAX; round++) {
        Span *found, *r;
        size_t nfound, n;
        if (!find_cut(vm, &cur, &found, &nfound))
            return false;
        if (!nfound)
            break;
        if (!(r = merge(vm, &cur, found, nfound, &n)))
            return false;
        if (n == cur.n)
            break;
        Wraps next;
        if (!wrap_text(vm, base, base_len, r, n, &next) ||
            !(next.tree = lower_parse_text(vm, next.text, next.len)))
            return false;
        int nline, ncol;
        first_error(&next, &nline, &ncol);
        if (nline < line || (nline == line && ncol < col)) {
            ts_tree_delete(next.tree);
            break;
        }
        ts_tree_delete(cur.tree);
        cur = next;
        line = nline;
        col = ncol;
        *tree = cur.tree;
        *text = cur.text;
        *len = cur.len;
        *inserted = cur.pts;
        *ninserted = 2 * cur.n;
    }
    return true;
}
