/* UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their constructors, the
 * encoding/object/start/end/reason attributes and the messages str() builds from them.
 *
 * As in CPython the attributes are fields of the instance, not entries of its __dict__, and
 * str() reads them as they are now (code may assign e.start or e.reason after construction).
 * The codecs (codecs.c) raise these by calling the class with CPython's five arguments, so an
 * exception made by a codec and one made by Python code are the same kind of object.
 */
#include <stdio.h>

#include "rt.h"

typedef struct UnicodeErr {
    ExcObj base;
    Value encoding, object, reason;   /* NULL until __init__ has run (reads as None) */
    int64_t start, end;
} UnicodeErr;

#define AS_UERR(v) ((UnicodeErr *)(v))

enum Kind { ENCODE, DECODE, TRANSLATE };

static enum Kind kind_of(Value v) {
    if (isinstance_type(v, &Exc_UnicodeEncodeError))
        return ENCODE;
    return isinstance_type(v, &Exc_UnicodeDecodeError) ? DECODE : TRANSLATE;
}

/* "argument N must be str, not T", as PyArg_ParseTuple's "U" words it (None by name). */
static bool need_str(VM *vm, Value v, int pos) {
    if (IS_STR(v))
        return true;
    exc_raise(vm, &Exc_TypeError, "argument %d must be str, not %s", pos,
              v == NONE ? "None" : tname(v));
    return false;
}

/* __init__(encoding, object, start, end, reason); UnicodeTranslateError takes no encoding. */
static int uerr_init(VM *vm, Value self, Value *args, size_t nargs, Value kwnames) {
    if (Exc_BaseException.init(vm, self, args, nargs, kwnames) < 0)
        return -1;
    UnicodeErr *e = AS_UERR(self);
    enum Kind k = kind_of(self);
    size_t want = k == TRANSLATE ? 4 : 5;
    e->encoding = e->object = e->reason = NULL;
    if (nargs != want) {
        exc_raise(vm, &Exc_TypeError, "function takes exactly %zu arguments (%zu given)", want,
                  nargs);
        return -1;
    }
    /* a[] in the five-argument layout; arguments are checked left to right, as
     * PyArg_ParseTuple does */
    Value a[5] = {NULL};
    memcpy(a + (5 - want), args, want * sizeof(Value));
    int64_t start, end;
    if ((k != TRANSLATE && !need_str(vm, a[0], 1)) ||
        (k != DECODE && !need_str(vm, a[1], k == TRANSLATE ? 1 : 2)) ||
        !obj_as_index(vm, a[2], &start) || !obj_as_index(vm, a[3], &end) ||
        !need_str(vm, a[4], (int)want))
        return -1;
    Value object = a[1];
    if (k == DECODE) {
        /* any bytes-like object is kept as bytes */
        const unsigned char *p;
        size_t n;
        if (!bytes_view(object, &p, &n)) {
            exc_raise(vm, &Exc_TypeError, "a bytes-like object is required, not '%s'",
                      tname(object));
            return -1;
        }
        if (TYPE(object) != &bytes_type && !(object = bytes_new(vm, p, n)))
            return -1;
    }
    e->encoding = a[0];
    e->object = object;
    e->start = start;
    e->end = end;
    e->reason = a[4];
    return 0;
}

/* "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", or with a range
 * ("bytes in position 0-1") unless start..end is exactly one byte or character. */
static Value uerr_str(VM *vm, Value self) {
    UnicodeErr *e = AS_UERR(self);
    if (!e->object)
        return str_new(vm, "", 0);   /* not initialised (made by __new__ alone) */
    enum Kind k = kind_of(self);
    Value reason = obj_str(vm, e->reason ? e->reason : NONE);
    if (!reason)
        return NULL;
    StrBuf b;
    sb_init(&b, vm, 96);
    if (k != TRANSLATE) {
        Value enc = obj_str(vm, e->encoding ? e->encoding : NONE);
        if (!enc)
            return NULL;
        sb_addc(&b, '\'');
        sb_add_str(&b, enc);
        sb_adds(&b, "' codec ");
    }
    char one[32] = "";
    if (e->start >= 0 && e->end == e->start + 1) {
        const unsigned char *p;
        size_t n;
        if (k == DECODE && bytes_view(e->object, &p, &n) && (uint64_t)e->start < n) {
            snprintf(one, sizeof one, "byte 0x%02x", p[e->start]);
        } else if (k != DECODE && IS_STR(e->object) &&
                   (uint64_t)e->start < str_len(e->object)) {
            uint32_t c = str_char_at(e->object, (size_t)e->start);
            if (c <= 0xff)
                snprintf(one, sizeof one, "character '\\x%02x'", (unsigned)c);
            else if (c <= 0xffff)
                snprintf(one, sizeof one, "character '\\u%04x'", (unsigned)c);
            else
                snprintf(one, sizeof one, "character '\\U%08x'", (unsigned)c);
        }
    }
    const char *verb = k == DECODE ? "decode" : k == ENCODE ? "encode" : "translate";
    if (one[0])
        sb_addf(&b, "can't %s %s in position %lld: ", verb, one, (long long)e->start);
    else
        sb_addf(&b, "can't %s %s in position %lld-%lld: ", verb,
                k == DECODE ? "bytes" : "characters", (long long)e->start,
                (long long)e->end - 1);
    sb_add_str(&b, reason);
    return sb_finish(&b);
}

/* ---- attributes ---- */

#define OBJ_FIELD(field)                                                   \
    static Value get_##field(VM *vm, Value self) {                         \
        Value v = AS_UERR(self)->field;                                    \
        return v ? v : NONE;                                               \
    }                                                                      \
    static int set_##field(VM *vm, Value self, Value v) {                  \
        AS_UERR(self)->field = v;   /* delete leaves it unset (None) */     \
        return 0;                                                          \
    }
OBJ_FIELD(encoding)
OBJ_FIELD(object)
OBJ_FIELD(reason)
#undef OBJ_FIELD

static int set_pos(VM *vm, Value v, int64_t *out) {
    if (!v) {
        exc_raise(vm, &Exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!IS_INT(v)) {
        /* a Py_ssize_t member accepts ints only, not __index__ objects */
        exc_raise(vm, &Exc_TypeError, "an integer is required");
        return -1;
    }
    return obj_as_index(vm, v, out) ? 0 : -1;
}

static Value get_start(VM *vm, Value self) {
    return int_from_i64(vm, AS_UERR(self)->start);
}

static int set_start(VM *vm, Value self, Value v) {
    return set_pos(vm, v, &AS_UERR(self)->start);
}

static Value get_end(VM *vm, Value self) {
    return int_from_i64(vm, AS_UERR(self)->end);
}

static int set_end(VM *vm, Value self, Value v) {
    return set_pos(vm, v, &AS_UERR(self)->end);
}

static const GetSetDef uerr_getsets[] = {
    {"encoding", get_encoding, set_encoding, "exception encoding"},
    {"object", get_object, set_object, "exception object"},
    {"start", get_start, set_start, "exception start"},
    {"end", get_end, set_end, "exception end"},
    {"reason", get_reason, set_reason, "exception reason"},
    {NULL, NULL, NULL, NULL},
};

/* Called by exc_types_ready before the classes are readied, so that type_ready publishes the
 * slots as __init__/__str__ and the attributes as descriptors. */
void exc_unicode_ready(void) {
    Type *const types[] = {&Exc_UnicodeEncodeError, &Exc_UnicodeDecodeError,
                           &Exc_UnicodeTranslateError};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        types[i]->basicsize = sizeof(UnicodeErr);
        types[i]->init = uerr_init;
        types[i]->str = uerr_str;
        types[i]->getsets = uerr_getsets;
    }
}
