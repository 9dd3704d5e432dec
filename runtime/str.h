/* str: immutable Unicode text stored as UTF-8.
 *
 * The code-point length and the widest code point (`kind`, 1/2/4 bytes as CPython would store
 * it) are computed once at creation.  ASCII strings index in O(1); other strings index through
 * a sparse offset table built on first use (one byte offset per 64 code points), so loops over
 * s[i] stay linear.  The hash is CPython's (SipHash-1-3 over the UCS1/UCS2/UCS4 code units), so
 * that with PYTHONHASHSEED=0 sets of strings iterate in the same order as CPython's.
 */
#ifndef KR_STR_H
#define KR_STR_H

#include <stdarg.h>

#include "object.h"

enum { STR_ASCII = 1, STR_INTERNED = 2 };

typedef struct Str {
    Obj ob;
    int64_t hash;       /* -1: not computed */
    size_t len;         /* code points */
    size_t nbytes;      /* UTF-8 bytes, excluding the terminating NUL */
    uint32_t *index;    /* non-ASCII: byte offset of every 64th code point, built lazily */
    uint8_t flags;
    uint8_t kind;       /* 1, 2 or 4 */
    char data[];        /* NUL-terminated */
} Str;

#define AS_STR(v) ((Str *)(v))

static inline const char *str_data(Value v) { return AS_STR(v)->data; }
static inline size_t str_nbytes(Value v) { return AS_STR(v)->nbytes; }
static inline size_t str_len(Value v) { return AS_STR(v)->len; }
static inline bool str_is_ascii(Value v) { return AS_STR(v)->flags & STR_ASCII; }

/* From UTF-8 the caller guarantees valid (source text, other strs, C literals). */
Value str_new(VM *vm, const char *utf8, size_t nbytes);
Value str_from_c(VM *vm, const char *s);
/* A str of type t (a str subclass) with the contents of s. */
Value str_new_typed(VM *vm, Type *t, Value s);
/* Creates the process-wide empty and one-character ASCII strings str_new returns (rt_init). */
void str_init_singletons(void);
/* Uninitialised str of n bytes for the caller to fill, then str_finish() to count code points. */
Value str_alloc(VM *vm, size_t nbytes);
Value str_finish(Value s);
Value str_from_codepoint(VM *vm, uint32_t cp);
Value str_from_codepoints(VM *vm, const uint32_t *cps, size_t n);

int64_t str_hash(Value s);
bool str_eq(Value a, Value b);
bool str_eq_c(Value a, const char *c);
int str_cmp(Value a, Value b); /* code-point order: <0, 0, >0 */

/* Interned strings: one object per text in a VM, so look-ups compare pointers first. */
Value str_intern(VM *vm, Value s);
Value str_intern_c(VM *vm, const char *s);

/* Code points. */
uint32_t str_char_at(Value s, size_t i);       /* i < len */
size_t str_offset(Value s, size_t i);          /* byte offset of code point i (i <= len) */
Value str_substr(VM *vm, Value s, size_t start, size_t stop); /* code-point indices */
Value str_concat(VM *vm, Value a, Value b);
Value str_repeat(VM *vm, Value s, int64_t n);
Value str_repr(VM *vm, Value s);
Value str_ascii(VM *vm, Value s);  /* ascii(): repr with non-ASCII escaped */

/* printf-like construction of messages: %s (C string), %d %ld %lld %zu %zd %c (code point),
 * %x, %R (repr of a Value), %S (str of a Value), %T (type name of a Value), %U (a str Value),
 * %N (type name of a Type *), %%. */
Value str_fmt(VM *vm, const char *fmt, ...);
Value str_vfmt(VM *vm, const char *fmt, va_list ap);

/* utf-8 helpers */
size_t utf8_decode(const unsigned char *p, uint32_t *cp);  /* valid input; returns bytes used */
size_t utf8_encode(uint32_t cp, char *out);               /* returns bytes written (1..4) */
bool utf8_validate(const char *p, size_t n, size_t *len, int *kind, size_t *bad_at);

/* A string builder on the GC heap; bytes appended are UTF-8. */
typedef struct StrBuf {
    VM *vm;
    char *buf;
    size_t len, cap;
    bool failed;        /* an allocation failed: the memory-limit error is pending */
} StrBuf;

void sb_init(StrBuf *b, VM *vm, size_t hint);
bool sb_add(StrBuf *b, const char *s, size_t n);
bool sb_adds(StrBuf *b, const char *s);
bool sb_addc(StrBuf *b, char c);
bool sb_add_cp(StrBuf *b, uint32_t cp);
bool sb_add_str(StrBuf *b, Value s);
bool sb_addf(StrBuf *b, const char *fmt, ...);
Value sb_finish(StrBuf *b);       /* NULL if an allocation failed */

extern Type str_iter_type;

#endif
