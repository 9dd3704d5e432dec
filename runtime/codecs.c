/* str.encode and bytes.decode: the codecs, their names and aliases, and the error handlers.
 *
 * Each codec follows CPython's C implementation closely enough that every error covers the
 * same bytes or characters and carries the same reason: UTF-8 decoding reports the maximal
 * invalid prefix of a sequence ("invalid start byte", "invalid continuation byte",
 * "unexpected end of data"); the ASCII, Latin-1 and UTF-8 encoders report a whole run of
 * characters they cannot encode as one error, the UTF-16/32 encoders one character at a time.
 * The error handler is looked up only when the first error occurs, as in CPython, so an unknown
 * handler name goes unnoticed on input that needs none.
 *
 * Krait strs are UTF-8 inside, with lone surrogates stored as their 3-byte form, so encoding
 * to UTF-8 is a copy unless the str holds a surrogate, and decoding valid UTF-8 is a check and
 * a copy.
 */
#include <stdio.h>

#include "codecs.h"
#include "rt.h"

/* ---- the codecs and their names ---- */

typedef enum Kind { UTF8, UTF8_SIG, ASCII, LATIN1, UTF16, UTF32 } Kind;

typedef struct Codec {
    const char *module;   /* the encodings.<module> CPython finds: what aliases resolve to */
    const char *name;     /* the name in error messages (encoding direction) */
    Kind kind;
    int order;            /* UTF-16/32: 0 with a BOM (little-endian), -1 little-, 1 big-endian */
} Codec;

static const Codec codecs[] = {
    {"utf_8", "utf-8", UTF8, 0},
    {"utf_8_sig", "utf-8", UTF8_SIG, 0},   /* it runs the utf-8 codec after the BOM */
    {"ascii", "ascii", ASCII, 0},
    {"latin_1", "latin-1", LATIN1, 0},
    {"utf_16", "utf-16", UTF16, 0},
    {"utf_16_le", "utf-16-le", UTF16, -1},
    {"utf_16_be", "utf-16-be", UTF16, 1},
    {"utf_32", "utf-32", UTF32, 0},
    {"utf_32_le", "utf-32-le", UTF32, -1},
    {"utf_32_be", "utf-32-be", UTF32, 1},
};

/* The entries of CPython's encodings.aliases that lead to the codecs above. */
static const char *const aliases[][2] = {
    {"646", "ascii"}, {"ansi_x3.4_1968", "ascii"}, {"ansi_x3.4_1986", "ascii"},
    {"ansi_x3_4_1968", "ascii"}, {"cp367", "ascii"}, {"csascii", "ascii"},
    {"ibm367", "ascii"}, {"iso646_us", "ascii"}, {"iso_646.irv_1991", "ascii"},
    {"iso_ir_6", "ascii"}, {"us", "ascii"}, {"us_ascii", "ascii"},
    {"8859", "latin_1"}, {"cp819", "latin_1"}, {"csisolatin1", "latin_1"},
    {"ibm819", "latin_1"}, {"iso8859", "latin_1"}, {"iso8859_1", "latin_1"},
    {"iso_8859_1", "latin_1"}, {"iso_8859_1_1987", "latin_1"}, {"iso_ir_100", "latin_1"},
    {"l1", "latin_1"}, {"latin", "latin_1"}, {"latin1", "latin_1"},
    {"u16", "utf_16"}, {"utf16", "utf_16"},
    {"unicodebigunmarked", "utf_16_be"}, {"utf_16be", "utf_16_be"},
    {"unicodelittleunmarked", "utf_16_le"}, {"utf_16le", "utf_16_le"},
    {"u32", "utf_32"}, {"utf32", "utf_32"}, {"utf_32be", "utf_32_be"},
    {"utf_32le", "utf_32_le"},
    {"cp65001", "utf_8"}, {"u8", "utf_8"}, {"utf", "utf_8"}, {"utf8", "utf_8"},
    {"utf8_ucs2", "utf_8"}, {"utf8_ucs4", "utf_8"},
};

/* Codecs CPython has that map bytes to bytes or str to str: str.encode and bytes.decode
 * refuse them with their own message (these are their modules and aliases). */
static const char *const binary_codecs[] = {
    "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex",
    "quopri_codec", "quopri", "quoted_printable", "quotedprintable", "rot_13", "rot13",
    "uu_codec", "uu", "zlib_codec", "zip", "zlib",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* CPython's _Py_normalize_encoding: ASCII letters, digits and dots kept (lower-cased), every
 * run of other characters between them becomes one '_'.  False if the name is too long to be
 * any codec's. */
static bool normalize(Value enc, char *out, size_t cap) {
    const char *s = str_data(enc);
    size_t n = 0;
    bool punct = false;
    for (size_t i = 0; i < str_nbytes(enc); i++) {
        char c = s[i];
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.';
        if (!keep) {
            punct = true;
            continue;
        }
        if (n + 2 >= cap)
            return false;
        if (punct && n)
            out[n++] = '_';
        punct = false;
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[n] = 0;
    return true;
}

/* encodings.search_function: the alias (also tried with dots as underscores), else the
 * normalised name itself, names the codec's module. */
static const Codec *find_codec(const char *norm) {
    char undotted[64];
    size_t n = strlen(norm);
    memcpy(undotted, norm, n + 1);
    for (char *p = undotted; *p; p++)
        if (*p == '.')
            *p = '_';
    const char *module = norm;
    for (size_t i = 0; i < COUNT(aliases); i++) {
        if (!strcmp(aliases[i][0], norm) || !strcmp(aliases[i][0], undotted)) {
            module = aliases[i][1];
            break;
        }
    }
    for (size_t i = 0; i < COUNT(codecs); i++)
        if (!strcmp(codecs[i].module, module))
            return &codecs[i];
    return NULL;
}

/* The codec named by `encoding` (NULL: UTF-8); LookupError if Krait has none by that name.
 * `direction` ("encode"/"decode") words the refusal of bytes-to-bytes codecs. */
static const Codec *lookup(VM *vm, Value encoding, const char *direction) {
    if (!encoding)
        return &codecs[0];
    char norm[64];
    if (normalize(encoding, norm, sizeof norm)) {
        const Codec *c = find_codec(norm);
        if (c)
            return c;
        for (size_t i = 0; i < COUNT(binary_codecs); i++)
            if (!strcmp(binary_codecs[i], norm))
                return exc_raise(vm, &Exc_LookupError, "'%U' is not a text encoding; use "
                                 "codecs.%s() to handle arbitrary codecs", encoding, direction),
                       NULL;
    }
    return exc_raise(vm, &Exc_LookupError, "unknown encoding: %U", encoding), NULL;
}

bool codec_check_args(VM *vm, const char *fname, Value encoding, Value errors) {
    Value args[2] = {encoding, errors};
    static const char *const names[2] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++) {
        if (!args[i])
            continue;
        if (!IS_STR(args[i])) {
            /* worded as argument clinic words it, None by name */
            exc_raise(vm, &Exc_TypeError, "%s() argument '%s' must be str, not %s", fname,
                      names[i], args[i] == NONE ? "None" : tname(args[i]));
            return false;
        }
        if (memchr(str_data(args[i]), 0, str_nbytes(args[i]))) {
            exc_raise(vm, &Exc_ValueError, "embedded null character");
            return false;
        }
    }
    return true;
}

/* ---- error handlers ---- */

typedef enum Handler {
    H_UNRESOLVED, H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLCHARREF, H_SURROGATEESCAPE,
    H_SURROGATEPASS,
} Handler;

static const char *const handler_names[] = {
    [H_STRICT] = "strict", [H_IGNORE] = "ignore", [H_REPLACE] = "replace",
    [H_BACKSLASH] = "backslashreplace", [H_XMLCHARREF] = "xmlcharrefreplace",
    [H_SURROGATEESCAPE] = "surrogateescape", [H_SURROGATEPASS] = "surrogatepass",
};

/* Resolves `errors` at the first error; LookupError for a name CPython would not know either
 * (or 'namereplace', which Krait lacks the character names for). */
static bool resolve(VM *vm, Value errors, Handler *h) {
    if (*h != H_UNRESOLVED)
        return true;
    if (!errors) {
        *h = H_STRICT;
        return true;
    }
    for (int i = H_STRICT; i <= H_SURROGATEPASS; i++) {
        if (str_eq_c(errors, handler_names[i])) {
            *h = (Handler)i;
            return true;
        }
    }
    exc_raise(vm, &Exc_LookupError, "unknown error handler name '%U'", errors);
    return false;
}

static bool is_surrogate(uint32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

/* ---- encoding ---- */

typedef struct Enc {
    VM *vm;
    const Codec *c;
    bool big;             /* UTF-16/32 byte order */
    Value s;              /* the str being encoded */
    Value errors;
    Handler h;
    StrBuf out;
} Enc;

static void put_unit(Enc *e, uint32_t u, int size) {
    char b[4];
    for (int i = 0; i < size; i++)
        b[e->big ? size - 1 - i : i] = (char)(u >> (8 * i));
    sb_add(&e->out, b, (size_t)size);
}

/* Writes c in the codec's form; c is encodable, or a surrogate under 'surrogatepass'. */
static void put(Enc *e, uint32_t c) {
    char b[4];
    switch (e->c->kind) {
    case UTF8:
    case UTF8_SIG:
        sb_add(&e->out, b, utf8_encode(c, b));
        break;
    case ASCII:
    case LATIN1:
        sb_addc(&e->out, (char)c);
        break;
    case UTF16:
        if (c >= 0x10000) {
            put_unit(e, 0xD800 | ((c - 0x10000) >> 10), 2);
            c = 0xDC00 | (c & 0x3FF);
        }
        put_unit(e, c, 2);
        break;
    case UTF32:
        put_unit(e, c, 4);
        break;
    }
}

/* Replacement text is ASCII, written in the codec's own form (UTF-16 widens it). */
static void put_ascii(Enc *e, const char *s) {
    while (*s)
        put(e, (unsigned char)*s++);
}

static bool encodable(Kind k, uint32_t c) {
    return k == ASCII ? c < 0x80 : k == LATIN1 ? c < 0x100 : !is_surrogate(c);
}

static bool raise_encode(Enc *e, size_t start, size_t end) {
    Kind k = e->c->kind;
    const char *reason = k == ASCII    ? "ordinal not in range(128)"
                         : k == LATIN1 ? "ordinal not in range(256)"
                                       : "surrogates not allowed";
    VM *vm = e->vm;
    Value args[5] = {str_from_c(vm, e->c->name), e->s, int_from_u64(vm, start),
                     int_from_u64(vm, end), str_from_c(vm, reason)};
    if (!args[0] || !args[2] || !args[3] || !args[4])
        return false;
    Value exc = exc_new(vm, &Exc_UnicodeEncodeError, args, 5);
    if (exc)
        exc_set(vm, exc);
    return false;
}

/* Characters start..end (code-point indices; `p` points at the first) cannot be encoded. */
static bool encode_error(Enc *e, const unsigned char *p, size_t start, size_t end) {
    if (!resolve(e->vm, e->errors, &e->h))
        return false;
    Kind k = e->c->kind;
    for (size_t i = start; i < end; i++) {
        uint32_t c;
        p += utf8_decode(p, &c);
        char buf[16];
        switch (e->h) {
        case H_UNRESOLVED:
        case H_STRICT:
            return raise_encode(e, start, end);
        case H_IGNORE:
            break;
        case H_REPLACE:
            put(e, '?');
            break;
        case H_BACKSLASH:
            snprintf(buf, sizeof buf, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
            put_ascii(e, buf);
            break;
        case H_XMLCHARREF:
            snprintf(buf, sizeof buf, "&#%u;", (unsigned)c);
            put_ascii(e, buf);
            break;
        case H_SURROGATEESCAPE:
            /* U+DC80..U+DCFF go back to the bytes they were decoded from; a codec with wider
             * units cannot take a lone byte (CPython rejects the odd-length result) */
            if (c < 0xDC80 || c > 0xDCFF || k == UTF16 || k == UTF32)
                return raise_encode(e, i, end);
            sb_addc(&e->out, (char)(c - 0xDC00));
            break;
        case H_SURROGATEPASS:
            /* only the UTF codecs can write a surrogate (and only surrogates fail there) */
            if (k == ASCII || k == LATIN1)
                return raise_encode(e, start, end);
            put(e, c);
            break;
        }
    }
    return !e->out.failed;
}

bool str_has_surrogate(Value s) {
    if (str_is_ascii(s))
        return false;
    /* in Krait's UTF-8 storage a surrogate is ED A0..BF xx */
    const char *p = str_data(s), *end = p + str_nbytes(s);
    while ((p = memchr(p, 0xED, (size_t)(end - p))) && p + 1 < end) {
        if ((unsigned char)p[1] >= 0xA0)
            return true;
        p++;
    }
    return false;
}

Value str_encode(VM *vm, Value s, Value encoding, Value errors) {
    if (!codec_check_args(vm, "encode", encoding, errors))
        return NULL;
    const Codec *c = lookup(vm, encoding, "encode");
    if (!c)
        return NULL;
    const char *data = str_data(s);
    size_t n = str_nbytes(s);
    if (!vm_charge(vm, n))
        return NULL;
    /* the str's own bytes are the answer when it is ASCII, or UTF-8 without surrogates */
    if ((c->kind == ASCII || c->kind == LATIN1) && str_is_ascii(s))
        return bytes_new(vm, data, n);
    if ((c->kind == UTF8 || c->kind == UTF8_SIG) && !str_has_surrogate(s)) {
        size_t bom = c->kind == UTF8_SIG ? 3 : 0;
        Value r = bytes_alloc(vm, bom + n);
        if (r) {
            memcpy(AS_BYTES(r)->data, "\xEF\xBB\xBF", bom);
            memcpy(AS_BYTES(r)->data + bom, data, n);
        }
        return r;
    }
    Enc e = {.vm = vm, .c = c, .big = c->order > 0, .s = s, .errors = errors};
    int unit = c->kind == UTF16 ? 2 : c->kind == UTF32 ? 4 : 1;
    size_t hint = c->kind == UTF8 || c->kind == UTF8_SIG ? n + 3 : str_len(s) * (size_t)unit + 4;
    if (!gc_can_alloc(vm, hint))
        return NULL;
    sb_init(&e.out, vm, hint);
    if (c->kind == UTF8_SIG)
        sb_add(&e.out, "\xEF\xBB\xBF", 3);
    else if (unit > 1 && c->order == 0)
        put_unit(&e, 0xFEFF, unit);
    const unsigned char *p = (const unsigned char *)data, *end = p + n;
    size_t i = 0;   /* code-point index of p */
    while (p < end) {
        uint32_t ch;
        size_t k = utf8_decode(p, &ch);
        if (encodable(c->kind, ch)) {
            put(&e, ch);
            p += k;
            i++;
            continue;
        }
        /* the run of characters this codec cannot encode is one error, except for the
         * UTF-16/32 encoders, which report each character alone */
        const unsigned char *q = p + k;
        size_t j = i + 1;
        while (unit == 1 && q < end) {
            size_t kq = utf8_decode(q, &ch);
            if (encodable(c->kind, ch))
                break;
            q += kq;
            j++;
        }
        if (!encode_error(&e, p, i, j))
            return NULL;
        p = q;
        i = j;
    }
    if (e.out.failed)
        return NULL;
    return bytes_new(vm, e.out.buf, e.out.len);
}

/* ---- decoding ---- */

typedef struct Dec {
    VM *vm;
    const char *name;     /* codec name in error messages */
    Kind kind;
    bool big;
    const unsigned char *p;   /* the input (after a 'utf-8-sig' BOM) */
    size_t n;
    size_t skip;              /* a UTF-16/32 BOM: skipped, but counted in error positions */
    Value errors;
    Handler h;
    StrBuf out;
} Dec;

static bool raise_decode(Dec *d, size_t start, size_t end, const char *reason) {
    VM *vm = d->vm;
    Value args[5] = {str_from_c(vm, d->name), bytes_new(vm, d->p, d->n), int_from_u64(vm, start),
                     int_from_u64(vm, end), str_from_c(vm, reason)};
    for (int i = 0; i < 5; i++)
        if (!args[i])
            return false;
    Value exc = exc_new(vm, &Exc_UnicodeDecodeError, args, 5);
    if (exc)
        exc_set(vm, exc);
    return false;
}

/* Reads the unit of `size` bytes at p in the decoder's byte order. */
static uint32_t get_unit(const Dec *d, const unsigned char *p, int size) {
    uint32_t u = 0;
    for (int i = 0; i < size; i++)
        u |= (uint32_t)p[d->big ? size - 1 - i : i] << (8 * i);
    return u;
}

/* Bytes start..end cannot be decoded: appends the handler's replacement and sets *resume to
 * where decoding goes on. */
static bool decode_error(Dec *d, size_t start, size_t end, const char *reason, size_t *resume) {
    if (!resolve(d->vm, d->errors, &d->h))
        return false;
    *resume = end;
    switch (d->h) {
    case H_UNRESOLVED:
    case H_STRICT:
        break;
    case H_IGNORE:
        return true;
    case H_REPLACE:
        return sb_add_cp(&d->out, 0xFFFD);
    case H_BACKSLASH:
        for (size_t i = start; i < end; i++)
            sb_addf(&d->out, "\\x%02x", d->p[i]);
        return !d->out.failed;
    case H_XMLCHARREF:
        exc_raise(d->vm, &Exc_TypeError,
                  "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    case H_SURROGATEESCAPE: {
        /* bytes 0x80..0xFF become U+DC80..U+DCFF, at most four at a time; ASCII bytes are
         * refused (the original error stands) */
        size_t k = 0;
        while (k < 4 && start + k < end && d->p[start + k] >= 0x80)
            sb_add_cp(&d->out, 0xDC00 + d->p[start + k++]);
        if (!k)
            break;
        *resume = start + k;
        return !d->out.failed;
    }
    case H_SURROGATEPASS: {
        /* one surrogate in the UTF codec's own form, if that is what the bytes are */
        int len = d->kind == UTF8 ? 3 : d->kind == UTF16 ? 2 : d->kind == UTF32 ? 4 : 0;
        if (!len || d->n - start < (size_t)len)
            break;
        const unsigned char *q = d->p + start;
        uint32_t c = 0;
        if (d->kind != UTF8)
            c = get_unit(d, q, len);
        else if ((q[0] & 0xF0) == 0xE0 && (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80)
            c = ((q[0] & 0x0Fu) << 12) | ((q[1] & 0x3Fu) << 6) | (q[2] & 0x3Fu);
        if (!is_surrogate(c))
            break;
        *resume = start + (size_t)len;
        return sb_add_cp(&d->out, c);
    }
    }
    return raise_decode(d, start, end, reason);
}

/* The length of the ASCII prefix of p[0..n), read 8 bytes at a time. */
static size_t ascii_len(const unsigned char *p, size_t n) {
    size_t i = 0;
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < n && p[i] < 0x80)
        i++;
    return i;
}

static bool is_cont(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

/* The length of the valid UTF-8 at the start of p[0..n); if it is shorter than n, *errlen and
 * *reason describe the error after it, as CPython's decoder words and sizes it. */
static size_t utf8_valid(const unsigned char *p, size_t n, size_t *errlen, const char **reason) {
    size_t i = 0;
    const char *const inv_cont = "invalid continuation byte";
    for (;;) {
        i += ascii_len(p + i, n - i);
        if (i == n)
            return n;
        const unsigned char *s = p + i;
        size_t left = n - i;
        unsigned c = s[0];
        size_t len;
        if (c < 0xC2 || c > 0xF4) {
            *errlen = 1;
            *reason = "invalid start byte";
            return i;
        } else {
            len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            /* the second byte's range depends on the first (no overlongs, no surrogates,
             * nothing above U+10FFFF) */
            unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            size_t good = 1;   /* bytes of the sequence that are valid so far */
            while (good < len && good < left) {
                unsigned b = s[good];
                if (good == 1 ? b < lo || b > hi : !is_cont((unsigned char)b))
                    break;
                good++;
            }
            if (good < len) {
                *errlen = good == left ? left : good;
                *reason = good == left ? "unexpected end of data" : inv_cont;
                return i;
            }
        }
        i += len;
    }
}

static bool decode_utf8(Dec *d) {
    size_t pos = 0;
    while (pos < d->n) {
        size_t errlen = 0;
        const char *reason = NULL;
        size_t ok = utf8_valid(d->p + pos, d->n - pos, &errlen, &reason);
        sb_add(&d->out, (const char *)d->p + pos, ok);
        pos += ok;
        if (pos < d->n && !decode_error(d, pos, pos + errlen, reason, &pos))
            return false;
    }
    return true;
}

static bool decode_ascii(Dec *d) {
    size_t pos = 0;
    while (pos < d->n) {
        if (d->p[pos] < 0x80) {
            sb_addc(&d->out, (char)d->p[pos++]);
        } else if (!decode_error(d, pos, pos + 1, "ordinal not in range(128)", &pos)) {
            return false;
        }
    }
    return true;
}

static bool decode_latin1(Dec *d) {
    for (size_t i = 0; i < d->n; i++)
        sb_add_cp(&d->out, d->p[i]);
    return true;
}

static bool decode_utf16(Dec *d) {
    size_t q = d->skip, n = d->n;
    while (q < n) {
        if (n - q < 2) {
            if (!decode_error(d, q, n, "truncated data", &q))
                return false;
            continue;
        }
        uint32_t u = get_unit(d, d->p + q, 2);
        if (!is_surrogate(u)) {
            sb_add_cp(&d->out, u);
            q += 2;
            continue;
        }
        bool ok = false;
        if (u >= 0xDC00)
            ok = decode_error(d, q, q + 2, "illegal encoding", &q);
        else if (n - q < 4)
            ok = decode_error(d, q, n, "unexpected end of data", &q);
        else {
            uint32_t u2 = get_unit(d, d->p + q + 2, 2);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                sb_add_cp(&d->out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                q += 4;
                continue;
            }
            ok = decode_error(d, q, q + 2, "illegal UTF-16 surrogate", &q);
        }
        if (!ok)
            return false;
    }
    return true;
}

static bool decode_utf32(Dec *d) {
    size_t q = d->skip, n = d->n;
    while (q < n) {
        bool ok;
        if (n - q < 4) {
            ok = decode_error(d, q, n, "truncated data", &q);
        } else {
            uint32_t c = get_unit(d, d->p + q, 4);
            if (is_surrogate(c))
                ok = decode_error(d, q, q + 4,
                                  "code point in surrogate code point range(0xd800, 0xe000)", &q);
            else if (c >= 0x110000)
                ok = decode_error(d, q, q + 4, "code point not in range(0x110000)", &q);
            else {
                sb_add_cp(&d->out, c);
                q += 4;
                continue;
            }
        }
        if (!ok)
            return false;
    }
    return true;
}

/* A BOM at the start of UTF-16/32 input without a declared order: it chooses the order and is
 * skipped; without one the order is little-endian (CPython's native order here). */
static void read_bom(Dec *d, int size) {
    if (d->n < (size_t)size)
        return;
    uint32_t u = get_unit(d, d->p, size);
    if (u == 0xFEFF || u == (size == 2 ? 0xFFFEu : 0xFFFE0000u)) {
        d->big = u != 0xFEFF;
        d->skip = (size_t)size;
    }
}

Value bytes_decode(VM *vm, Value b, Value encoding, Value errors) {
    if (!codec_check_args(vm, "decode", encoding, errors))
        return NULL;
    const Codec *c = lookup(vm, encoding, "decode");
    if (!c)
        return NULL;
    const unsigned char *p = NULL;
    size_t n = 0;
    bytes_view(b, &p, &n);
    if (!vm_charge(vm, n))
        return NULL;
    Dec d = {.vm = vm, .name = c->name, .kind = c->kind, .big = c->order > 0, .p = p, .n = n,
             .errors = errors};
    if (c->kind == UTF8_SIG) {
        if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
            d.p += 3;
            d.n -= 3;
        }
        d.kind = UTF8;
    }
    /* valid UTF-8, and so ASCII, is already a str's representation */
    size_t errlen;
    const char *reason;
    if ((d.kind == UTF8 && utf8_valid(d.p, d.n, &errlen, &reason) == d.n) ||
        ((d.kind == ASCII || d.kind == LATIN1) && ascii_len(d.p, d.n) == d.n))
        return str_new(vm, (const char *)d.p, d.n);
    if (d.kind == UTF16 || d.kind == UTF32) {
        int size = d.kind == UTF16 ? 2 : 4;
        if (c->order == 0)
            read_bom(&d, size);
        /* errors name the byte order actually used */
        d.name = size == 2 ? (d.big ? "utf-16-be" : "utf-16-le")
                           : (d.big ? "utf-32-be" : "utf-32-le");
    }
    size_t hint = d.kind == LATIN1 ? 2 * d.n : d.n;
    if (!gc_can_alloc(vm, hint))
        return NULL;
    sb_init(&d.out, vm, hint + 16);
    bool ok = d.kind == UTF8     ? decode_utf8(&d)
              : d.kind == ASCII  ? decode_ascii(&d)
              : d.kind == LATIN1 ? decode_latin1(&d)
              : d.kind == UTF16  ? decode_utf16(&d)
                                 : decode_utf32(&d);
    return ok ? sb_finish(&d.out) : NULL;
}
