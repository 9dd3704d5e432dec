/* Source text to AST: the checks on the raw input, the tokenizer pass (lower_scan.c), the
 * tree-sitter parse, and the choice of which error to report when there are several.
 *
 * CPython reports the first problem its parser meets, except that an error raised by its
 * tokenizer anywhere in the file replaces a parser error found earlier (the parser
 * re-tokenizes the rest of the file to look for one), and that an unclosed bracket is blamed
 * when the parser failed on a later line.  parse_module reproduces that order from the
 * tokenizer pass, tree-sitter's first ERROR/MISSING node, and the errors raised while lowering
 * the statements before it.
 *
 * Annotations tree-sitter cuts short (`x: a[b][c]`) are parsed again in parentheses when the
 * tree has errors (lower_annot.c); columns then discount the inserted characters.
 *
 * Python 2 statements.  The grammar has `print x` and `exec x` statements, which Python 3 reads
 * either as expressions (`print >> f, x` is a tuple, `print -1` a subtraction, `print (x), y` a
 * call in a tuple) or as the error "Missing parentheses in call to 'print'".  When the tree has
 * such statements, the source is parsed again with each of those keywords replaced by an
 * identifier of the same byte length, which tree-sitter reads as Python 3 does; names are read
 * from the original text, so they still say `print`.  A parse error inside one of them is then
 * CPython's "Missing parentheses" error. */
#include <stdarg.h>
#include <stdio.h>

#include "parse.h"
#include "lower_int.h"

/* ---- SyntaxError construction ---- */

/* The physical line `line` (1-based) of src: start and length without the newline. */
static const char *find_line(const char *src, size_t n, int line, size_t *len) {
    const char *p = src, *end = src + n;
    for (int i = 1; i < line && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p > end || (p == end && line > 1 && (p == src || p[-1] != '\n')))
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    return p;
}

/* Code points in p[0:n], counting each byte of a malformed sequence as one (as "replace"). */
static long count_chars(const char *p, size_t n) {
    long chars = 0;
    for (size_t i = 0; i < n; chars++) {
        unsigned char c = (unsigned char)p[i];
        size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
        size_t j = 1;
        while (j < k && i + j < n && ((unsigned char)p[i + j] & 0xC0) == 0x80)
            j++;
        i += j == k ? k : 1;
    }
    return chars;
}

/* The line as text with a newline, invalid UTF-8 replaced by U+FFFD. */
static Value line_text(VM *vm, const char *p, size_t n) {
    StrBuf b;
    sb_init(&b, vm, n + 2);
    for (size_t i = 0; i < n;) {
        size_t k, bad;
        int kind;
        if (utf8_validate(p + i, n - i, &k, &kind, &bad)) {
            sb_add(&b, p + i, n - i);
            break;
        }
        sb_add(&b, p + i, bad);
        sb_adds(&b, "\xEF\xBF\xBD");
        i += bad + 1;
    }
    sb_addc(&b, '\n');
    return sb_finish(&b);
}

static Value int_or_none(VM *vm, bool known, long v) {
    return known ? int_from_i64(vm, v) : NONE;
}

/* SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) over raw source
 * bytes, which may be invalid UTF-8 when the error is about exactly that. */
static Value raise_at(VM *vm, Type *cls, Value filename, const char *src, size_t n, int line,
                      int col, int end_line, int end_col, Value msg) {
    if (!msg)
        return NULL;
    Value text = NONE, ln = NONE, off = NONE, eln = NONE, eoff = NONE;
    size_t len;
    const char *lp = line > 0 && src ? find_line(src, n, line, &len) : NULL;
    if (line > 0) {
        ln = int_from_i64(vm, line);
        off = int_from_i64(vm, lp ? count_chars(lp, (size_t)col < len ? (size_t)col : len) + 1
                                  : col + 1);
        if (lp && !(text = line_text(vm, lp, len)))
            return NULL;
    }
    if (end_line > 0) {
        size_t elen;
        const char *ep = src ? find_line(src, n, end_line, &elen) : NULL;
        eln = int_from_i64(vm, end_line);
        eoff = int_or_none(vm, true,
                           ep ? count_chars(ep, (size_t)end_col < elen ? (size_t)end_col : elen) + 1
                              : end_col + 1);
    }
    Value loc = tuple_pack(vm, 6, filename ? filename : NONE, ln, off, text, eln, eoff);
    if (!loc)
        return NULL;
    Value args[2] = {msg, loc};
    Value e = obj_call(vm, (Value)cls, args, 2, NULL);
    return e ? exc_set(vm, e) : NULL;
}

Value parse_error(VM *vm, Type *cls, Value filename, Value source, int line, int col,
                  int end_line, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vfmt(vm, fmt, ap);
    va_end(ap);
    return raise_at(vm, cls, filename, source ? str_data(source) : NULL,
                    source ? str_nbytes(source) : 0, line, col, end_line, end_col, msg);
}

/* ---- one parse ---- */

typedef struct Legacy {
    uint32_t start, end;     /* bytes of the statement in the tree's text */
    TSPoint sp, ep;
    bool exec;
} Legacy;

typedef struct Parse {
    VM *vm;
    Value filename;
    const char *text;        /* the source as CPython reads it (normalize) */
    size_t len;
    const char *ts_text;     /* the same with indentation rewritten for tree-sitter, if needed;
                                same length: token texts and offsets within lines are kept */
    size_t ts_len;
    int32_t *col_delta;      /* per line: columns to add to the ts_text's */
    size_t ndelta;
    const TSPoint *inserted; /* characters inserted into ts_text (lower_fix_annotations) */
    size_t ninserted;
    Scan scan;
    size_t nlegacy, cap;     /* Python 2 print/exec statements */
    Legacy *legacy;
} Parse;

static Value scan_raise(Parse *P, const ScanError *e) {
    return raise_at(P->vm, e->cls, P->filename, P->text, P->len, e->line, e->col, e->end_line,
                    e->end_col, str_from_c(P->vm, e->msg));
}

/* ---- the input ---- */

/* CPython reads source with universal newlines, skips a UTF-8 BOM, and always ends the last
 * line with a newline; positions and string contents are those of that text. */
static char *normalize(VM *vm, const char *src, size_t n, size_t *out_n) {
    if (n >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3)) {
        src += 3;
        n -= 3;
    }
    char *buf = gc_alloc_atomic(vm, n + 2);
    if (!buf)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (src[i] == '\r') {
            buf[o++] = '\n';
            if (i + 1 < n && src[i + 1] == '\n')
                i++;
        } else {
            buf[o++] = src[i];
        }
    }
    if (o && buf[o - 1] != '\n')
        buf[o++] = '\n';
    buf[o] = 0;
    *out_n = o;
    return buf;
}

/* ---- indentation tree-sitter can store ---- */

/* tree-sitter-python's scanner keeps indentation widths in single bytes: lines indented by
 * 256 columns or more are given to it indented by their block depth instead (one space per
 * level), and columns are mapped back through col_delta. */
static bool reindent(Parse *P) {
    size_t nlines = 1;
    for (size_t i = 0; i < P->len; i++)
        nlines += P->text[i] == '\n';
    unsigned char *how = gc_alloc_atomic(P->vm, nlines);
    char *out = gc_alloc_atomic(P->vm, P->len + 1);
    P->col_delta = gc_alloc_atomic(P->vm, nlines * sizeof(int32_t));
    if (!how || !out || !P->col_delta)
        return false;
    memset(how, SCAN_LINE_KEEP, nlines);
    P->scan.lines = how;
    lower_scan(P->text, P->len, &P->scan);
    size_t o = 0, line = 0;
    for (size_t i = 0; i < P->len; line++) {
        size_t ws = 0;
        if (how[line] != SCAN_LINE_KEEP)
            while (P->text[i + ws] == ' ' || P->text[i + ws] == '\t' || P->text[i + ws] == '\f')
                ws++;
        size_t indent = how[line] == SCAN_LINE_KEEP ? 0 : how[line] == SCAN_LINE_STRIP ? 0
                      : how[line];
        if (how[line] != SCAN_LINE_KEEP) {
            memset(out + o, ' ', indent);
            o += indent;
            i += ws;
        }
        P->col_delta[line] = (int32_t)ws - (int32_t)indent;
        const char *nl = memchr(P->text + i, '\n', P->len - i);
        size_t n = nl ? (size_t)(nl - (P->text + i)) + 1 : P->len - i;
        memcpy(out + o, P->text + i, n);
        o += n;
        i += n;
    }
    out[o] = 0;
    P->ts_text = out;
    P->ts_len = o;
    P->ndelta = line;
    return true;
}

/* ---- Python 2 statements ---- */

/* Finds the print/exec statements of the tree (false: out of memory). */
static bool find_legacy(Parse *P, TSNode root) {
    TSTreeCursor c = ts_tree_cursor_new(root);
    bool ok = true;
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        const char *t = ts_node_type(n);
        bool print = !strcmp(t, "print_statement"), exec = !strcmp(t, "exec_statement");
        if (print || exec) {
            if (P->nlegacy == P->cap) {
                size_t cap = P->cap ? P->cap * 2 : 8;
                Legacy *v = gc_realloc(P->vm, P->legacy, cap * sizeof(Legacy), true);
                if (!v) {
                    ok = false;
                    break;
                }
                P->legacy = v;
                P->cap = cap;
            }
            P->legacy[P->nlegacy++] = (Legacy){ts_node_start_byte(n), ts_node_end_byte(n),
                                               ts_node_start_point(n), ts_node_end_point(n),
                                               exec};
        }
        if (!lower_walk_next(&c, !print && !exec))
            break;
    }
    ts_tree_cursor_delete(&c);
    return ok;
}

/* The text with each legacy keyword replaced by a name of the same length ("pr·t", "e·c":
 * U+00B7 continues identifiers and is two bytes). */
static char *py3_text(Parse *P) {
    char *t = gc_alloc_atomic(P->vm, P->ts_len + 1);
    if (!t)
        return NULL;
    memcpy(t, P->ts_text, P->ts_len + 1);
    for (size_t i = 0; i < P->nlegacy; i++)
        memcpy(t + P->legacy[i].start, P->legacy[i].exec ? "e\xC2\xB7" "c" : "pr\xC2\xB7" "t",
               P->legacy[i].exec ? 4 : 5);
    return t;
}

/* The legacy statement the error is in, if any. */
static const Legacy *legacy_at(const Parse *P, TSNode err) {
    uint32_t b = ts_node_start_byte(err);
    for (size_t i = 0; i < P->nlegacy; i++)
        if (b >= P->legacy[i].start && b <= P->legacy[i].end)
            return &P->legacy[i];
    return NULL;
}

static Value missing_parens(Lowerer *L, const Legacy *lg) {
    int line, col, end_line, end_col;
    lower_point(L, lg->sp, &line, &col);
    lower_point(L, lg->ep, &end_line, &end_col);
    const char *w = lg->exec ? "exec" : "print";
    return lower_error_at(L, &Exc_SyntaxError, line, col, end_line, end_col,
                          "Missing parentheses in call to '%s'. Did you mean %s(...)?", w, w);
}

/* ---- which error ---- */

static bool before(int line, int col, int line2, int col2) {
    return line < line2 || (line == line2 && col < col2);
}

/* Where the parse fails first, and why. */
typedef enum Failure { F_NONE, F_TOKEN, F_PARSE, F_INDENT, F_BLOCK, F_FSTRING } Failure;

/* Whether the tree's error is where the input ends: the parser ran out of input. */
static bool at_end(TSNode err, const char *src, size_t n) {
    size_t last = n;
    while (last > 0 && (src[last - 1] == '\n' || src[last - 1] == ' ' || src[last - 1] == '\t'))
        last--;
    return ts_node_end_byte(err) >= last;
}

/* Raises the error CPython would report, or lowers the module when there is none. */
static Node *finish(Parse *P, Lowerer *L, TSNode root, bool has_err, TSNode err) {
    VM *vm = P->vm;
    const Scan *scan = &P->scan;
    Failure f = F_NONE;
    int fline = 0, fcol = 0;
    if (scan->has_error) {
        f = F_TOKEN;
        fline = scan->error.line;
        fcol = scan->error.col;
    }
    int eline = 0, ecol = 0, eend = 0, ecol_end;
    if (has_err) {
        lower_point(L, ts_node_start_point(err), &eline, &ecol);
        lower_point(L, ts_node_end_point(err), &eend, &ecol_end);
        /* tree-sitter's error may start before a tokenizer error it is caused by: only an
         * error on an earlier line comes first */
        if (f == F_NONE || (scan->overrides ? before(eline, ecol, fline, fcol) : eline < fline)) {
            f = F_PARSE;
            fline = eline;
            fcol = ecol;
        }
    }
    /* tree-sitter notices a misplaced indentation on the line itself or later */
    const ScanError *u = &scan->indent_error;
    if (scan->unexpected_indent && (!has_err || eline >= u->line) &&
        (f == F_NONE || f == F_PARSE || before(u->line, u->col, fline, fcol))) {
        f = F_INDENT;
        fline = u->line;
        fcol = 0;
    }
    /* ... and a missing block anywhere from its header on */
    const ScanError *b = &scan->block_error;
    if (scan->missing_block && (!has_err || eline >= scan->header_line) &&
        (f == F_NONE || f == F_PARSE || before(b->line, b->col, fline, fcol))) {
        f = F_BLOCK;
        fline = scan->header_line;
        fcol = 0;
    }
    /* ... and an f-string that CPython's f-string parser refuses, from where it starts */
    const ScanError *fs = &scan->fstring_error;
    if (scan->fstring_bad && (!has_err || eline >= scan->fstring_line) &&
        (f == F_NONE || f == F_PARSE || before(scan->fstring_line, 0, fline, fcol))) {
        f = F_FSTRING;
        fline = scan->fstring_line;
        fcol = 0;
    }
    const ScanError *hard = scan->has_error && scan->overrides ? &scan->error : NULL;
    if (f == F_TOKEN)
        return scan_raise(P, &scan->error), NULL;
    if (f == F_NONE) {
        if (scan->unclosed)
            return scan_raise(P, &scan->unclosed_error), NULL;
        return lower_check_lines(L, root) ? lower_module(L, root) : NULL;
    }
    /* CPython's second pass parses the statements before the failure first, raising the
     * specific errors they contain; a tokenizer error later in the file still wins. */
    if (!lower_statements_before(L, root, fline, fcol)) {
        if (!hard || !exc_pending_matches(vm, &Exc_SyntaxError))
            return NULL;
        exc_clear(vm);
        return scan_raise(P, hard), NULL;
    }
    switch (f) {
    case F_INDENT:
        return scan_raise(P, u), NULL;
    case F_BLOCK:
        return scan_raise(P, hard ? hard : b), NULL;
    case F_FSTRING:
        return scan_raise(P, hard ? hard : fs), NULL;
    default:
        break;
    }
    if (hard)
        return scan_raise(P, hard), NULL;
    if (scan->unclosed &&
        (eend > scan->unclosed_error.line || at_end(err, P->ts_text, P->ts_len)))
        return scan_raise(P, &scan->unclosed_error), NULL;
    const Legacy *legacy = legacy_at(P, err);
    if (legacy)
        return missing_parens(L, legacy), NULL;
    return lower_diagnose(L, err), NULL;
}

/* A fatal tokenizer error after which CPython's parser would still have met an earlier parse
 * error: tree-sitter is given the text before it (safe), and a parse error that ends there
 * is the one reported. */
static Value prefix_error(Parse *P, Value source) {
    TSTree *tree = lower_parse_text(P->vm, P->text, P->scan.fatal_at);
    if (!tree)
        return NULL;
    TSNode root = ts_tree_root_node(tree), err;
    bool found = ts_node_has_error(root) && lower_first_error(root, &err) &&
                 ts_node_end_byte(err) < P->scan.fatal_at;
    Lowerer L = {.vm = P->vm, .src = P->text, .len = P->len, .filename = P->filename,
                 .source = source};
    if (found)
        lower_diagnose(&L, err);
    ts_tree_delete(tree);
    return found ? NULL : scan_raise(P, &P->scan.error);
}

Node *parse_module(VM *vm, const char *src, size_t n, Value filename, size_t max_bytes) {
    if (max_bytes && n > max_bytes)
        return raise_at(vm, &Exc_SyntaxError, filename, NULL, 0, 0, 0, 0, 0,
                        str_fmt(vm, "source code is too large (%zu bytes, limit %zu)", n,
                                max_bytes)), NULL;
    const char *nul = memchr(src, 0, n);
    if (nul) {
        int line = 1;
        for (const char *p = src; p < nul; p++)
            line += *p == '\n';
        return raise_at(vm, &Exc_SyntaxError, filename, src, (size_t)(nul - src), line, 0, 0,
                        0, str_from_c(vm, "source code cannot contain null bytes")), NULL;
    }
    Parse P = {.vm = vm, .filename = filename};
    char *text = normalize(vm, src, n, &P.len);
    if (!text)
        return NULL;
    P.text = P.ts_text = text;
    P.ts_len = P.len;
    lower_scan(text, P.len, &P.scan);
    /* Past the tokenizer's first error the text may not be UTF-8: only report that error. */
    bool utf8 = utf8_validate(text, P.len, &(size_t){0}, &(int){0}, &(size_t){0});
    if (P.scan.fatal == FATAL_RAISE || (P.scan.fatal && !utf8) ||
        (P.scan.has_error && P.scan.overrides && !utf8))
        return scan_raise(&P, &P.scan.error), NULL;
    Value source = str_new(vm, text, P.len);
    if (!source)
        return NULL;
    if (P.scan.fatal)
        return prefix_error(&P, source), NULL;
    if (P.scan.wide_indent && !reindent(&P))
        return NULL;
    TSTree *tree = lower_parse_text(vm, P.ts_text, P.ts_len);
    if (!tree)
        return NULL;
    if (ts_node_has_error(ts_tree_root_node(tree)) &&
        !lower_fix_annotations(vm, &P.ts_text, &P.ts_len, &tree, &P.inserted, &P.ninserted)) {
        ts_tree_delete(tree);
        return NULL;
    }
    if ((memmem(text, P.len, "print", 5) || memmem(text, P.len, "exec", 4)) &&
        !find_legacy(&P, ts_tree_root_node(tree))) {
        ts_tree_delete(tree);
        return NULL;
    }
    if (P.nlegacy) {
        ts_tree_delete(tree);
        char *py3 = py3_text(&P);
        if (!py3 || !(tree = lower_parse_text(vm, py3, P.ts_len)))
            return NULL;
    }
    TSNode root = ts_tree_root_node(tree), err = {0};
    bool has_err = ts_node_has_error(root) && lower_first_error(root, &err);
    Lowerer L = {.vm = vm, .src = P.ts_text, .len = P.ts_len, .filename = filename,
                 .source = source, .col_delta = P.col_delta, .ndelta = P.ndelta,
                 .inserted = P.inserted, .ninserted = P.ninserted};
    Node *m = finish(&P, &L, root, has_err, err);
    ts_tree_delete(tree);
    return m;
}
