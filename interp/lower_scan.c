/* The tokenizer pass: reads the source as CPython 3.11's tokenizer (Parser/tokenizer.c) does,
 * without building tokens, to find what tree-sitter either cannot report in CPython's words
 * or must never see.
 *
 * CPython reports tokenizer errors (unterminated strings, bad numbers, invalid characters,
 * mismatched brackets, inconsistent indentation) with their own messages, and most of them
 * even when the parser failed earlier in the file.  tree-sitter only sees an ERROR node, so
 * this pass finds them, mirroring tok_get() step by step so that messages and columns agree.
 * It also records where CPython's parser would complain about indentation ("unexpected
 * indent", "expected an indented block after ..."), which needs the logical-line structure.
 *
 * Protection of tree-sitter: libtree-sitter 0.20 corrupts its heap when error recovery wraps
 * more than 65535 stack entries into one ERROR node, which a deep enough nesting of unfinished
 * constructs produces ("- - - ... -", "lambda: lambda: ...", "x ** x ** ..."), and it recurses
 * on nothing else.  So this pass bounds the parse-stack depth a line can build: brackets are
 * capped at 200 as in CPython, and within each bracket level the operators and keywords since
 * the last comma are counted (a comma closes every construct opened after it at that level,
 * except `=` chains and lambda parameter lists, which are tracked separately).  Beyond
 * SCAN_MAX_NESTING the input is refused before tree-sitter runs; such code would exceed the
 * lowering's depth bound anyway. */
#include <stdarg.h>
#include <stdio.h>

#include "lower_int.h"
#include "unicode.h"

#define MAXLEVEL 200         /* CPython's bracket nesting limit */
#define MAXINDENT 100        /* CPython's indentation levels limit */
#define TABSIZE 8
#define SCAN_MAX_NESTING 10000
#define MAX_LEVELS (MAXLEVEL + 1000)  /* brackets plus open lambda parameter lists */
#define EOF_C (-1)

/* What a logical line starts with, for "expected an indented block after ...". */
typedef enum Header {
    H_NONE, H_IF, H_ELIF, H_ELSE, H_FOR, H_WHILE, H_WITH, H_TRY, H_EXCEPT, H_EXCEPT_STAR,
    H_FINALLY, H_DEF, H_CLASS, H_MATCH, H_CASE,
} Header;

static const char *const header_what[] = {
    [H_IF] = "'if' statement", [H_ELIF] = "'elif' statement", [H_ELSE] = "'else' statement",
    [H_FOR] = "'for' statement", [H_WHILE] = "'while' statement",
    [H_WITH] = "'with' statement", [H_TRY] = "'try' statement",
    [H_EXCEPT] = "'except' statement", [H_EXCEPT_STAR] = "'except*' statement",
    [H_FINALLY] = "'finally' statement", [H_DEF] = "function definition",
    [H_CLASS] = "class definition", [H_MATCH] = "'match' statement",
    [H_CASE] = "'case' statement",
};

/* One level of the nesting estimate: a bracket, or a lambda's parameter list (closed by its
 * ':'), with the operators counted since the level's last comma and the `=` it holds. */
typedef struct Level {
    char kind;           /* '(' '[' '{' or 'L' */
    int seg, persist;
} Level;

typedef struct Tok {
    const char *buf, *end, *cur;
    const char *line_start, *next_line;
    int line;
    Scan *out;
    bool stop;                     /* an error ended the scan */

    /* brackets, as CPython's parenstack */
    char paren[MAXLEVEL];
    int paren_line[MAXLEVEL], paren_col[MAXLEVEL];
    int level;

    /* indentation, as CPython's indstack/altindstack */
    int indstack[MAXINDENT], altindstack[MAXINDENT];
    int indent;
    bool atbol;

    /* the logical line being read */
    bool line_has_token;
    int line_first_line;           /* where it starts */
    Header header;
    int ntokens;                   /* tokens so far (header detection looks at two) */
    bool last_colon;               /* its last token is ':' */
    bool last_async;               /* the previous token was `async` (header detection) */
    /* the previous logical line, when it ended with ':' */
    bool block_expected;
    Header prev_header;
    int prev_header_line;

    Level levels[MAX_LEVELS];
    int nlevels;
    int nesting;                   /* sum over levels of seg + persist, plus the levels */
} Tok;

/* ---- errors ---- */

static void set_error(ScanError *e, Type *cls, int line, int col, int end_line, int end_col,
                      const char *fmt, va_list ap) {
    e->cls = cls;
    e->line = line;
    e->col = col;
    e->end_line = end_line;
    e->end_col = end_col;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

static bool tok_verror(Tok *t, Type *cls, bool overrides, int line, int col, int end_col,
                       const char *fmt, va_list ap) {
    if (!t->out->has_error) {
        set_error(&t->out->error, cls, line, col, line, end_col, fmt, ap);
        t->out->has_error = true;
        t->out->overrides = overrides;
    }
    t->stop = true;
    return false;
}

/* Records the first tokenizer error and ends the scan. */
static bool tok_error(Tok *t, Type *cls, bool overrides, int line, int col, const char *fmt,
                      ...) {
    va_list ap;
    va_start(ap, fmt);
    tok_verror(t, cls, overrides, line, col, col, fmt, ap);
    va_end(ap);
    return false;
}

/* Byte column of the character that ends at `p` on the current line: CPython reports
 * tokenizer errors at offset = characters up to the cursor, and parse_error adds one to the
 * character count before the column it is given. */
static int col_before(Tok *t, const char *p) {
    if (p <= t->line_start)
        return 0;
    const char *q = p - 1;
    while (q > t->line_start && ((unsigned char)*q & 0xC0) == 0x80)
        q--;
    return (int)(q - t->line_start);
}

/* CPython's syntaxerror_known_range(). */
static bool tok_error_range(Tok *t, int col, int end_col, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    tok_verror(t, &Exc_SyntaxError, true, t->line, col, end_col, fmt, ap);
    va_end(ap);
    return false;
}

/* CPython's syntaxerror(tok, ...): at the cursor, and it replaces earlier parser errors. */
static bool syntax_error(Tok *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int col = col_before(t, t->cur);
    tok_verror(t, &Exc_SyntaxError, true, t->line, col, col, fmt, ap);
    va_end(ap);
    return false;
}

/* ---- characters ---- */

static int nextc(Tok *t) {
    /* CPython counts a line when it reads one: the end of the input is on the last line */
    if (t->cur == t->next_line && t->cur < t->end) {
        t->line++;
        t->line_start = t->cur;
        t->next_line = NULL;
    }
    if (t->cur >= t->end)
        return EOF_C;
    int c = (unsigned char)*t->cur++;
    if (c == '\n')
        t->next_line = t->cur;
    return c;
}

static void backup(Tok *t, int c) {
    if (c != EOF_C)
        t->cur--;
}

static bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static bool is_id_char(int c) {
    return is_id_start(c) || is_digit(c);
}

/* ---- UTF-8, worded as CPython's decoder ---- */

/* Length of the valid UTF-8 sequence at p (at most `left` bytes), or 0 with `*k` = how many
 * bytes form a valid but incomplete prefix. */
static int utf8_seq(const unsigned char *p, size_t left, int *k) {
    unsigned c = p[0];
    int n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *k = 0;
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if ((size_t)i >= left || p[i] < lo || p[i] > hi) {
            *k = i - 1;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return n;
}

/* Decodes [a, b) as CPython's strict UTF-8 decoder would; on failure records its
 * "(unicode error) 'utf-8' codec can't decode ..." at (line, col). */
static bool check_utf8(Tok *t, const char *a, const char *b, int line, int col) {
    const unsigned char *p = (const unsigned char *)a, *e = (const unsigned char *)b;
    while (p < e) {
        int k;
        int n = utf8_seq(p, (size_t)(e - p), &k);
        if (n) {
            p += n;
            continue;
        }
        size_t pos = (size_t)(p - (const unsigned char *)a);
        const char *why;
        size_t len;
        if (p[0] >= 0x80 && p[0] < 0xC2) {
            why = "invalid start byte";
            len = 1;
        } else if (p[0] > 0xF4) {
            why = "invalid start byte";
            len = 1;
        } else if (p + 1 + k >= e) {
            why = "unexpected end of data";
            len = (size_t)(e - p);
        } else {
            why = "invalid continuation byte";
            len = (size_t)k + 1;
        }
        if (len == 1)
            return tok_error(t, &Exc_SyntaxError, true, line, col,
                             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                             "position %zu: %s", p[0], pos, why);
        return tok_error(t, &Exc_SyntaxError, true, line, col,
                         "(unicode error) 'utf-8' codec can't decode bytes in position "
                         "%zu-%zu: %s", pos, pos + len - 1, why);
    }
    return true;
}

/* Checks the non-ASCII runs of [a, b) one by one (CPython decodes escaped strings so). */
static bool check_utf8_runs(Tok *t, const char *a, const char *b, int line, int col) {
    for (const char *p = a; p < b;) {
        if (!((unsigned char)*p & 0x80)) {
            p++;
            continue;
        }
        const char *q = p;
        while (q < b && ((unsigned char)*q & 0x80))
            q++;
        if (!check_utf8(t, p, q, line, col))
            return false;
        p = q;
    }
    return true;
}

/* ---- the nesting estimate ---- */

/* Nesting beyond what tree-sitter can take: refused before it parses this far. */
static bool too_deep(Tok *t, const char *at, const char *msg) {
    t->out->fatal = FATAL_PREFIX;
    t->out->fatal_at = (size_t)(at - t->buf);
    return syntax_error(t, "%s", msg);
}

static bool push_level(Tok *t, char kind) {
    if (t->nlevels >= MAX_LEVELS || ++t->nesting > SCAN_MAX_NESTING)
        return too_deep(t, t->cur - 1, "too many nested expressions");
    t->levels[t->nlevels++] = (Level){kind, 0, 0};
    return true;
}

static void pop_level(Tok *t) {
    Level *l = &t->levels[--t->nlevels];
    t->nesting -= l->seg + l->persist + 1;
}

/* An operator or keyword that may open a construct continuing to its right. */
static bool count_op(Tok *t, bool persistent) {
    Level *l = &t->levels[t->nlevels - 1];
    if (persistent)
        l->persist++;
    else
        l->seg++;
    if (++t->nesting > SCAN_MAX_NESTING)
        return too_deep(t, t->cur - 1, "too many nested expressions");
    return true;
}

static void comma(Tok *t) {
    Level *l = &t->levels[t->nlevels - 1];
    t->nesting -= l->seg;
    l->seg = 0;
}

/* End of a logical line: everything is closed. */
static void reset_levels(Tok *t) {
    while (t->nlevels > 1)
        pop_level(t);
    comma(t);
    t->nesting -= t->levels[0].persist;
    t->levels[0].persist = 0;
}

/* A closing bracket first ends the lambda parameter lists left open inside it. */
static void close_bracket_level(Tok *t) {
    while (t->nlevels > 1 && t->levels[t->nlevels - 1].kind == 'L')
        pop_level(t);
    if (t->nlevels > 1)
        pop_level(t);
}

/* ---- logical lines ---- */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
};

static bool word_is(const char *s, size_t n, const char *w) {
    return strlen(w) == n && !memcmp(s, w, n);
}

static bool is_keyword(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (word_is(s, n, keywords[i]))
            return true;
    return false;
}

static Header header_of(const char *s, size_t n) {
    static const struct { const char *w; Header h; } hs[] = {
        {"if", H_IF}, {"elif", H_ELIF}, {"else", H_ELSE}, {"for", H_FOR},
        {"while", H_WHILE}, {"with", H_WITH}, {"try", H_TRY}, {"except", H_EXCEPT},
        {"finally", H_FINALLY}, {"def", H_DEF}, {"class", H_CLASS}, {"match", H_MATCH},
        {"case", H_CASE},
    };
    for (size_t i = 0; i < sizeof hs / sizeof *hs; i++)
        if (word_is(s, n, hs[i].w))
            return hs[i].h;
    return H_NONE;
}

/* Every significant token passes here: the logical line's shape and the nesting count. */
static void token_seen(Tok *t, const char *s, size_t n, bool is_name) {
    if (!t->line_has_token) {
        t->line_has_token = true;
        t->line_first_line = t->line;
        t->header = H_NONE;
        t->ntokens = 0;
        t->last_async = false;
    }
    if (is_name && t->ntokens == 0)
        t->header = header_of(s, n);
    else if (is_name && t->ntokens == 1 && t->last_async) /* async def/for/with */
        t->header = header_of(s, n);
    else if (t->ntokens == 1 && t->header == H_EXCEPT && n == 1 && *s == '*')
        t->header = H_EXCEPT_STAR;
    t->last_async = t->ntokens == 0 && is_name && word_is(s, n, "async");
    t->ntokens++;
    t->last_colon = n == 1 && *s == ':';
}

static void logical_line_end(Tok *t) {
    t->block_expected = t->last_colon;
    t->prev_header = t->header;
    t->prev_header_line = t->line_first_line;
    t->line_has_token = false;
    reset_levels(t);
}

/* "expected an indented block after X on line N" at the given position. */
static void missing_block(Tok *t, int line, int col) {
    if (t->out->missing_block || !t->block_expected || t->prev_header == H_NONE)
        return;
    t->out->missing_block = true;
    t->out->header_line = t->prev_header_line;
    ScanError *e = &t->out->block_error;
    e->cls = &Exc_IndentationError;
    e->line = e->end_line = line;
    e->col = e->end_col = col;
    snprintf(e->msg, sizeof e->msg, "expected an indented block after %s on line %d",
             header_what[t->prev_header], t->prev_header_line);
}

/* ---- indentation: tok_get's `if (tok->atbol)` part ---- */

/* The first line of a statement: its indentation may be rewritten for tree-sitter. */
static void record_line(Tok *t, int line, unsigned char how) {
    if (t->out->lines)
        t->out->lines[line - 1] = how;
}

static bool indentation(Tok *t) {
    int col = 0, altcol = 0, cont_line_col = 0;
    int tswidth = 0; /* as tree-sitter-python's scanner measures it: a tab is 8 */
    int c;
    t->atbol = false;
    for (;;) {
        c = nextc(t);
        if (c == ' ') {
            col++, altcol++, tswidth++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol = altcol + 1;
            tswidth += 8;
        } else if (c == '\f') {
            col = altcol = tswidth = 0;
        } else if (c == '\\') {
            /* indentation cannot be split over lines: the first backslash decides */
            cont_line_col = cont_line_col ? cont_line_col : col;
            c = nextc(t);
            if (c != '\n')
                return tok_error(t, &Exc_SyntaxError, false, t->line, col_before(t, t->cur),
                                 "unexpected character after line continuation character");
            c = nextc(t);
            if (c == EOF_C)
                return tok_error(t, &Exc_SyntaxError, false, t->line,
                                 (int)(t->cur - 1 - t->line_start),
                                 "unexpected EOF while parsing");
            backup(t, c);
        } else {
            break;
        }
    }
    backup(t, c);
    bool blank = c == '#' || c == '\n';
    if (t->level != 0)
        return true;
    if (blank) {
        if (!cont_line_col)
            record_line(t, t->line, SCAN_LINE_STRIP);
        return true;
    }
    int width = (int)(t->cur - t->line_start);
    if (c == EOF_C) {
        /* The end closes every block; a header just before it had none.  CPython reports
         * that at the end of the last line (the source always ends with a newline here). */
        if (t->end > t->buf) {
            const char *ls = t->end - 1;
            while (ls > t->buf && ls[-1] != '\n')
                ls--;
            missing_block(t, t->line, (int)(t->end - 1 - ls));
        }
        return true;
    }
    col = cont_line_col ? cont_line_col : col;
    altcol = cont_line_col ? cont_line_col : altcol;
    bool indented = false;
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent])
            return tok_error(t, &Exc_TabError, false, t->line, 0,
                             "inconsistent use of tabs and spaces in indentation");
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= MAXINDENT) {
            /* also more than tree-sitter can be given: it keeps at most 1024 bytes of
             * indentation state */
            tok_error(t, &Exc_IndentationError, false, t->line, 0,
                      "too many levels of indentation");
            t->out->fatal = FATAL_PREFIX;
            t->out->fatal_at = (size_t)(t->line_start - t->buf);
            return false;
        }
        if (altcol <= t->altindstack[t->indent])
            return tok_error(t, &Exc_TabError, false, t->line, 0,
                             "inconsistent use of tabs and spaces in indentation");
        t->indstack[++t->indent] = col;
        t->altindstack[t->indent] = altcol;
        indented = true;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent])
            t->indent--;
        if (col != t->indstack[t->indent])
            return tok_error(t, &Exc_IndentationError, false, t->line, width + 1,
                             "unindent does not match any outer indentation level");
        if (altcol != t->altindstack[t->indent])
            return tok_error(t, &Exc_TabError, false, t->line, 0,
                             "inconsistent use of tabs and spaces in indentation");
    }
    if (indented && !t->block_expected && !t->out->unexpected_indent) {
        t->out->unexpected_indent = true;
        ScanError *e = &t->out->indent_error;
        e->cls = &Exc_IndentationError;
        e->line = e->end_line = t->line;
        e->col = e->end_col = width - 1; /* CPython reports offset = the indentation width */
        snprintf(e->msg, sizeof e->msg, "unexpected indent");
    }
    if (!indented)
        missing_block(t, t->line, width);
    t->block_expected = false;
    if (tswidth > 255)
        t->out->wide_indent = true;
    if (!cont_line_col)
        record_line(t, t->line, (unsigned char)t->indent);
    return true;
}

/* ---- numbers: tok_get's number part, with its messages and cursor positions ---- */

static bool lookahead(Tok *t, const char *test) {
    const char *s = test;
    int res = 0;
    const char *save = t->cur;
    for (;;) {
        int c = nextc(t);
        if (*s == 0) {
            res = !is_id_char(c);
            break;
        }
        if (c != *s)
            break;
        s++;
    }
    t->cur = save;
    return res;
}

static bool verify_end_of_number(Tok *t, int c, const char *kind) {
    /* a keyword right after a number is only a warning in 3.11 ("1if x else y") */
    bool r = false;
    if (c == 'a')
        r = lookahead(t, "nd");
    else if (c == 'e')
        r = lookahead(t, "lse");
    else if (c == 'f')
        r = lookahead(t, "or");
    else if (c == 'i') {
        int c2 = nextc(t);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
        backup(t, c2);
    } else if (c == 'o')
        r = lookahead(t, "r");
    else if (c == 'n')
        r = lookahead(t, "ot");
    if (r)
        return true;
    if (is_id_char(c)) {
        backup(t, c);
        return syntax_error(t, "invalid %s literal", kind);
    }
    return true;
}

/* Returns the character after the digits, or 0 after an error. */
static int decimal_tail(Tok *t) {
    int c;
    for (;;) {
        do
            c = nextc(t);
        while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(t);
        if (!is_digit(c)) {
            backup(t, c);
            syntax_error(t, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

static bool radix_number(Tok *t, int radix, const char *kind) {
    int c = nextc(t);
    do {
        if (c == '_')
            c = nextc(t);
        bool ok = radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c))
                return syntax_error(t, "invalid digit '%c' in %s literal", c, kind);
            backup(t, c);
            return syntax_error(t, "invalid %s literal", kind);
        }
        do
            c = nextc(t);
        while (radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c))
        return syntax_error(t, "invalid digit '%c' in %s literal", c, kind);
    if (!verify_end_of_number(t, c, kind))
        return false;
    backup(t, c);
    return true;
}

static bool imaginary(Tok *t) {
    int c = nextc(t);
    if (!verify_end_of_number(t, c, "imaginary"))
        return false;
    backup(t, c);
    return true;
}

/* After the integer part: fraction, exponent, imaginary suffix. */
static bool fraction(Tok *t, int c) {
    if (is_digit(c)) {
        c = decimal_tail(t);
        if (!c)
            return false;
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = nextc(t);
        if (c == '+' || c == '-') {
            c = nextc(t);
            if (!is_digit(c)) {
                backup(t, c);
                return syntax_error(t, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(t, c);
            if (!verify_end_of_number(t, e, "decimal"))
                return false;
            backup(t, e);
            return true;
        }
        c = decimal_tail(t);
        if (!c)
            return false;
    }
    if (c == 'j' || c == 'J')
        return imaginary(t);
    if (!verify_end_of_number(t, c, "decimal"))
        return false;
    backup(t, c);
    return true;
}

static bool number(Tok *t, int c) {
    const char *start = t->cur - 1;
    if (c != '0') {
        c = decimal_tail(t);
        if (!c)
            return false;
        if (c == '.')
            return fraction(t, nextc(t));
        return fraction(t, c);
    }
    c = nextc(t);
    if (c == 'x' || c == 'X')
        return radix_number(t, 16, "hexadecimal");
    if (c == 'o' || c == 'O')
        return radix_number(t, 8, "octal");
    if (c == 'b' || c == 'B')
        return radix_number(t, 2, "binary");
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = nextc(t);
            if (!is_digit(c)) {
                backup(t, c);
                return syntax_error(t, "invalid decimal literal");
            }
        }
        if (c != '0')
            break;
        c = nextc(t);
    }
    const char *zeros_end = t->cur;
    if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail(t);
        if (!c)
            return false;
    }
    if (c == '.')
        return fraction(t, nextc(t));
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return fraction(t, c);
    if (nonzero) {
        backup(t, c);
        return tok_error_range(t, (int)(start - t->line_start),
                               (int)(zeros_end - t->line_start) - 1,
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
    }
    if (!verify_end_of_number(t, c, "decimal"))
        return false;
    backup(t, c);
    return true;
}

/* ---- strings ---- */

/* Counts replacement-field nesting inside an f-string body for the tree-sitter bound: its
 * format specs nest, and so do the expressions in them, which this pass does not tokenize;
 * every non-space character of a replacement field counts as one step. */
static bool fstring_nesting(Tok *t, const char *a, const char *b) {
    int depth = 0, steps = 0;
    for (const char *p = a; p < b; p++) {
        if (*p == '{') {
            if (depth == 0 && p + 1 < b && p[1] == '{') {
                p++;
                continue;
            }
            depth++;
        } else if (*p == '}') {
            if (depth == 0)
                continue;
            depth--;
        }
        if (depth == 0)
            steps = 0;
        else if (*p != ' ' && ++steps + depth > SCAN_MAX_NESTING)
            return too_deep(t, a, "too many nested expressions");
        if (depth > MAXLEVEL)
            return too_deep(t, a, "f-string: expressions nested too deeply");
    }
    return true;
}

/* From the opening quote (already read, `quote`); `start` is the token start (prefix). */
static bool string(Tok *t, int quote, const char *start, bool raw, bool fstr) {
    int quote_size = 1, end_quote_size = 0;
    int first_line = t->line;
    const char *first_line_start = t->line_start;
    int c = nextc(t);
    if (c == quote) {
        c = nextc(t);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; /* empty string */
    }
    if (c != quote)
        backup(t, c);
    /* an empty string's body is before its closing quote, which was read */
    const char *body = end_quote_size ? t->cur - 1 : t->cur;
    bool backslash = false;
    while (end_quote_size != quote_size) {
        c = nextc(t);
        if (c == EOF_C || (quote_size == 1 && c == '\n')) {
            /* reported from the opening quote, with the line where the scan stopped */
            int at = t->line;
            int col = (int)(start - first_line_start);
            if (quote_size == 3)
                return tok_error(t, &Exc_SyntaxError, true, first_line, col,
                                 "unterminated triple-quoted string literal (detected at "
                                 "line %d)", at);
            return tok_error(t, &Exc_SyntaxError, true, first_line, col,
                             "unterminated string literal (detected at line %d)", at);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                backslash = true;
                nextc(t);
            }
        }
    }
    const char *body_end = t->cur - quote_size;
    /* CPython decodes the body when the parser builds the constant: in one piece when it is
     * raw or has no backslash, else run by run; the error points after the token. */
    int ecol = col_before(t, t->cur);
    bool ok = raw || !backslash ? check_utf8(t, body, body_end, t->line, ecol)
                                : check_utf8_runs(t, body, body_end, t->line, ecol);
    if (!ok)
        return false;
    if (fstr && !t->out->fstring_bad) {
        ScanError *e = &t->out->fstring_error;
        if (!lower_fstring_check(body, (size_t)(body_end - body), raw, e->msg, sizeof e->msg)) {
            t->out->fstring_bad = true;
            t->out->fstring_line = first_line;
            e->cls = &Exc_SyntaxError;
            e->line = e->end_line = t->line;
            e->col = e->end_col = (int)(t->cur - t->line_start);
        }
    }
    return !fstr || fstring_nesting(t, body, body_end);
}

/* ---- identifiers ---- */

static bool identifier(Tok *t, const char *start) {
    int c;
    bool nonascii = false;
    do {
        c = nextc(t);
        nonascii |= c >= 128;
    } while (is_id_char(c));
    backup(t, c);
    if (nonascii) {
        /* verify_identifier(): decode, then check XID_Start/XID_Continue */
        if (!check_utf8(t, start, t->cur, t->line, col_before(t, t->cur)))
            return false;
        const unsigned char *p = (const unsigned char *)start;
        bool first = true;
        while (p < (const unsigned char *)t->cur) {
            uint32_t cp;
            size_t n = utf8_decode(p, &cp);
            bool ok = first ? uni_isidstart(cp) : uni_isidcontinue(cp);
            if (!ok) {
                t->cur = (const char *)p + n;
                if (uni_isprintable(cp)) {
                    char ch[5] = {0};
                    utf8_encode(cp, ch);
                    return syntax_error(t, "invalid character '%s' (U+%04X)", ch, (unsigned)cp);
                }
                return syntax_error(t, "invalid non-printable character U+%04X", (unsigned)cp);
            }
            first = false;
            p += n;
        }
    }
    size_t n = (size_t)(t->cur - start);
    token_seen(t, start, n, true);
    if (is_keyword(start, n) && !word_is(start, n, "True") && !word_is(start, n, "False") &&
        !word_is(start, n, "None")) {
        if (word_is(start, n, "lambda"))
            return count_op(t, false) && push_level(t, 'L');
        return count_op(t, false);
    }
    return true;
}

/* A name, or a string with its prefix: which prefixes may combine is CPython's rule. */
static bool name_or_string(Tok *t, int c) {
    const char *start = t->cur - 1;
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = nextc(t);
        if (c == '"' || c == '\'') {
            token_seen(t, start, 0, false);
            return string(t, c, start, saw_r, saw_f);
        }
    }
    backup(t, c);
    return identifier(t, start);
}

/* ---- operators ---- */

static int op_length(const char *p, const char *end) {
    static const char *const three[] = {"**=", "...", "//=", "<<=", ">>="};
    static const char *const two[] = {
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>",
        "==", ">=", ">>", "@=", "^=", "|=",
    };
    size_t left = (size_t)(end - p);
    for (size_t i = 0; i < sizeof three / sizeof *three; i++)
        if (left >= 3 && !memcmp(p, three[i], 3))
            return 3;
    for (size_t i = 0; i < sizeof two / sizeof *two; i++)
        if (left >= 2 && !memcmp(p, two[i], 2))
            return 2;
    return 1;
}

static bool open_bracket(Tok *t, int c) {
    if (t->level >= MAXLEVEL) {
        t->out->fatal = FATAL_RAISE;
        return syntax_error(t, "too many nested parentheses");
    }
    t->paren[t->level] = (char)c;
    t->paren_line[t->level] = t->line;
    t->paren_col[t->level] = (int)(t->cur - 1 - t->line_start);
    t->level++;
    return push_level(t, (char)c);
}

static bool close_bracket(Tok *t, int c) {
    if (!t->level)
        return syntax_error(t, "unmatched '%c'", c);
    t->level--;
    int opening = t->paren[t->level];
    if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
          (opening == '{' && c == '}'))) {
        if (t->paren_line[t->level] != t->line)
            return syntax_error(t, "closing parenthesis '%c' does not match opening "
                                   "parenthesis '%c' on line %d",
                                c, opening, t->paren_line[t->level]);
        return syntax_error(t, "closing parenthesis '%c' does not match opening parenthesis "
                               "'%c'", c, opening);
    }
    close_bracket_level(t);
    return true;
}

static bool operator(Tok *t, int c) {
    const char *start = t->cur - 1;
    int n = op_length(start, t->end);
    t->cur = start + n;
    token_seen(t, start, (size_t)n, false);
    if (n > 1)
        return count_op(t, false);
    switch (c) {
    case '(': case '[': case '{':
        return open_bracket(t, c);
    case ')': case ']': case '}':
        return close_bracket(t, c);
    case ',':
        comma(t);
        return true;
    case '.': case ';':
        return true;
    case ':':
        if (t->levels[t->nlevels - 1].kind == 'L') {
            pop_level(t);
            return true;
        }
        return count_op(t, false);
    case '=':
        return count_op(t, t->level == 0);
    default:
        break;
    }
    if (c < 0x20 || c == 0x7f)
        return syntax_error(t, "invalid non-printable character U+%04X", c);
    return count_op(t, false);
}

/* ---- tok_get ---- */

static bool newline(Tok *t) {
    if (t->level == 0 && t->line_has_token)
        logical_line_end(t);
    t->atbol = true;
    return true;
}

static bool next_token(Tok *t) {
    int c;
    do
        c = nextc(t);
    while (c == ' ' || c == '\t' || c == '\f');
    const char *start = t->cur - 1;
    if (c == '#') {
        int line = t->line;
        while (c != EOF_C && c != '\n')
            c = nextc(t);
        /* CPython never decodes comments; Krait's source must be text all the same */
        if (!check_utf8_runs(t, start, t->cur - (c == '\n'), line, col_before(t, t->cur)))
            return false;
        if (c == EOF_C)
            return false;
        return newline(t);
    }
    if (c == EOF_C) {
        if (t->level) {
            int i = t->level - 1;
            t->out->unclosed = true;
            ScanError *e = &t->out->unclosed_error;
            e->cls = &Exc_SyntaxError;
            e->line = e->end_line = t->paren_line[i];
            e->col = e->end_col = t->paren_col[i];
            snprintf(e->msg, sizeof e->msg, "'%c' was never closed", t->paren[i]);
        }
        return false;
    }
    if (is_id_start(c))
        return name_or_string(t, c);
    if (c == '\n')
        return newline(t);
    if (c == '.') {
        int c2 = nextc(t);
        if (is_digit(c2)) {
            token_seen(t, start, 1, false);
            return fraction(t, c2);
        }
        backup(t, c2);
        return operator(t, c);
    }
    if (is_digit(c)) {
        token_seen(t, start, 1, false);
        return number(t, c);
    }
    if (c == '"' || c == '\'') {
        token_seen(t, start, 0, false);
        return string(t, c, start, false, false);
    }
    if (c == '\\') {
        c = nextc(t);
        if (c != '\n')
            return tok_error(t, &Exc_SyntaxError, false, t->line, col_before(t, t->cur),
                             "unexpected character after line continuation character");
        c = nextc(t);
        if (c == EOF_C)
            return tok_error(t, &Exc_SyntaxError, false, t->line,
                             (int)(t->cur - 1 - t->line_start),
                             "unexpected EOF while parsing");
        backup(t, c);
        return true;
    }
    return operator(t, c);
}

void lower_scan(const char *src, size_t n, Scan *out) {
    unsigned char *lines = out->lines;
    memset(out, 0, sizeof *out);
    out->lines = lines;
    Tok tok = {0}, *t = &tok;
    t->buf = t->cur = t->line_start = src;
    t->end = src + n;
    t->line = 1;
    t->out = out;
    t->atbol = true;
    t->nlevels = 1;
    t->levels[0].kind = 'M';
    for (;;) {
        if (t->atbol && !indentation(t))
            break;
        if (t->stop || !next_token(t))
            break;
    }
}
