/* str.format and str.format_map.
 *
 * The grammar and every error follow CPython's Objects/stringlib/unicode_format.h:
 *
 *     format_string     ::= (literal | "{{" | "}}" | replacement_field)*
 *     replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
 *     field_name        ::= (identifier | digit+)? ("." attribute | "[" key "]")*
 *
 * The string is walked once, left to right, and output is produced as it goes, so an error
 * late in the string is raised after the fields before it were formatted (as in CPython).
 * Replacement fields nested in a format spec are expanded by a recursive walk, two levels at
 * most.  Attribute access goes through the sandbox policy, as `.` does. */
#include "builtins.h"
#include "rt.h"
#include "strmeth.h"
#include "unicode.h"

/* Whether fields are numbered automatically ({}) or by hand ({0}); they may not be mixed. */
typedef enum Numbering { NUM_UNSET, NUM_AUTO, NUM_MANUAL } Numbering;

typedef struct Formatter {
    VM *vm;
    Value args;        /* tuple, or NULL for format_map (no positional fields) */
    Value kwargs;      /* mapping, or NULL */
    Numbering numbering;
    int64_t next_auto;
} Formatter;

/* Bytes [p, end) of the format string: all delimiters are ASCII, so spans cut at them are
 * valid UTF-8. */
typedef struct Span {
    const char *p, *end;
} Span;

static Value span_str(VM *vm, Span s) {
    return str_new(vm, s.p, (size_t)(s.end - s.p));
}

static bool fail(VM *vm, const char *msg) {
    exc_raise(vm, &Exc_ValueError, "%s", msg);
    return false;
}

/* The value of a part made only of decimal digits (of any script), -1 if it is not one, -2
 * with ValueError if it overflows. */
static int64_t get_integer(VM *vm, Span s) {
    if (s.p >= s.end)
        return -1;
    int64_t acc = 0;
    for (const char *p = s.p; p < s.end;) {
        uint32_t c;
        p += utf8_decode((const unsigned char *)p, &c);
        int d = uni_decimal(c);
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10)
            return fail(vm, "Too many decimal digits in format string"), -2;
        acc = acc * 10 + d;
    }
    return acc;
}

/* The object a field name designates: an argument, then attributes and items. */
static Value field_object(Formatter *f, Span field) {
    VM *vm = f->vm;
    const char *p = field.p;
    while (p < field.end && *p != '.' && *p != '[')
        p++;
    Span first = {field.p, p};
    int64_t idx = get_integer(vm, first);
    if (idx == -2)
        return NULL;
    bool empty = first.p == first.end;
    if (empty || idx >= 0) {
        if (f->numbering == NUM_UNSET)
            f->numbering = empty ? NUM_AUTO : NUM_MANUAL;
        if (f->numbering == NUM_MANUAL && empty)
            return fail(vm, "cannot switch from manual field specification to automatic field "
                        "numbering"), NULL;
        if (f->numbering == NUM_AUTO && !empty)
            return fail(vm, "cannot switch from automatic field numbering to manual field "
                        "specification"), NULL;
        if (empty)
            idx = f->next_auto++;
    }
    Value obj;
    if (idx < 0) {
        Value key = span_str(vm, first);
        if (!key)
            return NULL;
        if (!f->kwargs)
            return exc_raise_value(vm, &Exc_KeyError, key);
        obj = obj_getitem(vm, f->kwargs, key);
    } else if (!f->args) {
        return fail(vm, "Format string contains positional fields"), NULL;
    } else if ((uint64_t)idx >= AS_TUPLE(f->args)->len) {
        return exc_raise(vm, &Exc_IndexError, "Replacement index %lld out of range for "
                         "positional args tuple", (long long)idx);
    } else {
        obj = AS_TUPLE(f->args)->items[idx];
    }
    /* then ".name" and "[key]", each applied as soon as it is parsed */
    while (obj && p < field.end) {
        char c = *p++;
        Span name = {p, p};
        if (c == '.') {
            while (p < field.end && *p != '.' && *p != '[')
                p++;
            name.end = p;
            idx = -1;
        } else if (c == '[') {
            while (p < field.end && *p != ']')
                p++;
            if (p == field.end)
                return fail(vm, "Missing ']' in format string"), NULL;
            name.end = p++;
            if ((idx = get_integer(vm, name)) == -2)
                return NULL;
        } else {
            return fail(vm, "Only '.' or '[' may follow ']' in format field specifier"), NULL;
        }
        if (name.p == name.end)
            return fail(vm, "Empty attribute in format string"), NULL;
        Value key = idx >= 0 ? int_from_i64(vm, idx) : span_str(vm, name);
        if (!key)
            return NULL;
        if (c == '[')
            obj = obj_getitem(vm, obj, key);
        else if (policy_attr_allowed(vm, obj, key))
            obj = obj_getattr(vm, obj, key);
        else
            return NULL;
    }
    return obj;
}

static Value convert(VM *vm, Value obj, uint32_t conversion) {
    switch (conversion) {
    case 'r':
        return obj_repr(vm, obj);
    case 's':
        return obj_str(vm, obj);
    case 'a':
        return obj_ascii(vm, obj);
    default:
        if (conversion > 32 && conversion < 127)
            return exc_raise(vm, &Exc_ValueError, "Unknown conversion specifier %c",
                             (int)conversion);
        return exc_raise(vm, &Exc_ValueError, "Unknown conversion specifier \\x%x",
                         (unsigned)conversion);
    }
}

/* A replacement field, parsed from *pp (just after its '{') to just after its '}'. */
typedef struct Field {
    Span name, spec;
    uint32_t conversion;   /* 0: none */
    bool nested;           /* the spec holds replacement fields */
} Field;

static bool parse_field(VM *vm, const char **pp, const char *end, Field *fd) {
    const char *p = *pp;
    char c = 0;
    fd->name.p = p;
    fd->conversion = 0;
    fd->nested = false;
    fd->spec.p = fd->spec.end = p;
    /* the name ends at '!', ':' or '}', except inside [...] */
    while (p < end) {
        c = *p++;
        if (c == '{')
            return fail(vm, "unexpected '{' in field name");
        if (c == '[') {
            while (p < end && *p != ']')
                p++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    fd->name.end = p - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (p >= end)
                return fail(vm, "end of string while looking for conversion specifier");
            p += utf8_decode((const unsigned char *)p, &fd->conversion);
            if (p < end) {
                c = *p++;
                if (c == '}') {
                    *pp = p;
                    return true;
                }
                if (c != ':')
                    return fail(vm, "expected ':' after conversion specifier");
            }
        }
        /* the spec ends at the '}' matching the field's '{' */
        fd->spec.p = p;
        int depth = 1;
        while (p < end) {
            c = *p++;
            if (c == '{') {
                fd->nested = true;
                depth++;
            } else if (c == '}' && --depth == 0) {
                fd->spec.end = p - 1;
                *pp = p;
                return true;
            }
        }
        return fail(vm, "unmatched '{' in format spec");
    }
    if (c != '}')
        return fail(vm, "expected '}' before end of string");
    *pp = p;
    return true;
}

static bool render(Formatter *f, StrBuf *out, Span fmt, int depth);

static bool output_field(Formatter *f, StrBuf *out, const Field *fd, int depth) {
    VM *vm = f->vm;
    Value obj = field_object(f, fd->name);
    if (obj && fd->conversion)
        obj = convert(vm, obj, fd->conversion);
    if (!obj)
        return false;
    Value spec;
    if (fd->nested) {
        StrBuf sb;
        sb_init(&sb, vm, (size_t)(fd->spec.end - fd->spec.p) + 16);
        if (!render(f, &sb, fd->spec, depth - 1))
            return false;
        spec = sb_finish(&sb);
    } else {
        spec = span_str(vm, fd->spec);
    }
    Value s = spec ? obj_format(vm, obj, spec) : NULL;
    return s && sb_add_str(out, s) && vm_charge(vm, str_nbytes(s));
}

static bool render(Formatter *f, StrBuf *out, Span fmt, int depth) {
    VM *vm = f->vm;
    if (depth <= 0)
        return fail(vm, "Max string recursion exceeded");
    if (!vm_charge(vm, (size_t)(fmt.end - fmt.p)))
        return false;
    const char *p = fmt.p, *end = fmt.end;
    while (p < end) {
        /* literal text up to a brace; a doubled brace stands for itself */
        const char *start = p;
        char c = 0;
        bool markup = false;
        while (p < end) {
            c = *p++;
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        size_t len = (size_t)(p - start);
        if (c == '}' && (p == end || *p != '}'))
            return fail(vm, "Single '}' encountered in format string");
        if (p == end && c == '{')
            return fail(vm, "Single '{' encountered in format string");
        if (markup) {
            if (*p == c) {
                p++;
                markup = false;
            } else {
                len--;
            }
        }
        if (!sb_add(out, start, len))
            return false;
        if (!markup)
            continue;
        Field fd;
        if (!parse_field(vm, &p, end, &fd) || !output_field(f, out, &fd, depth))
            return false;
    }
    return true;
}

static Value format_with(VM *vm, Value self, Value args, Value kwargs) {
    /* a string that is all literal text is its own result, even of a subclass, as CPython */
    size_t n = str_nbytes(self);
    if (n && !memchr(str_data(self), '{', n) && !memchr(str_data(self), '}', n))
        return self;
    Formatter f = {vm, args, kwargs, NUM_UNSET, 0};
    Span fmt = {str_data(self), str_data(self) + str_nbytes(self)};
    StrBuf out;
    sb_init(&out, vm, str_nbytes(self) + 16);
    /* two levels: the string, and fields nested in its format specs */
    if (!render(&f, &out, fmt, 2))
        return NULL;
    return sb_finish(&out);
}

STRM_METHOD(format) {
    Value targs = tuple_from(vm, args, nargs), kwargs = NULL;
    if (!targs)
        return NULL;
    size_t nkw = kw ? AS_TUPLE(kw)->len : 0;
    if (nkw) {
        if (!(kwargs = dict_new_sized(vm, nkw)))
            return NULL;
        for (size_t i = 0; i < nkw; i++)
            if (!dict_set(vm, kwargs, AS_TUPLE(kw)->items[i], args[nargs + i]))
                return NULL;
    }
    return format_with(vm, self, targs, kwargs);
}

STRM_METHOD(format_map) {
    if (!args_count(vm, "str.format_map", nargs, kw, 1, 1))
        return NULL;
    return format_with(vm, self, NULL, args[0]);
}
