/* What the files implementing str's methods share (str_methods.c holds the method table).
 *
 * All of them work on the UTF-8 bytes of a str.  UTF-8 is self-synchronising, so a byte-level
 * match of a valid UTF-8 needle can only start on a code-point boundary: searching, splitting
 * and replacing run on bytes (memchr/memmem), and code-point indices are computed only where
 * Python sees them (start/end arguments in, positions out).  ASCII strings, where bytes and
 * code points coincide, skip even that. */
#ifndef KR_STRMETH_H
#define KR_STRMETH_H

#include "object.h"

/* Code points in n bytes of valid UTF-8: every byte that is not a continuation byte. */
size_t strm_count_cps(const char *p, size_t n);
/* Length of the code point at p (from its lead byte). */
static inline size_t strm_cp_len(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
/* Decodes the code point that ends just before p (p > begin); returns its length. */
size_t strm_cp_before(const char *begin, const char *p, uint32_t *cp);

/* s itself if it is an exact str, else a copy of its text as an exact str: what CPython
 * returns from a method that leaves a string unchanged. */
Value strm_exact(VM *vm, Value s);
/* The str made of bytes [a, b) of s, which lie on code-point boundaries. */
Value strm_slice(VM *vm, Value s, size_t a, size_t b);
/* A new str of n bytes known to be ASCII (no scan for its length and width). */
Value strm_ascii(VM *vm, const char *p, size_t n);

/* Whether a result of n bytes may be built (and charges the steps to build it): MemoryError
 * beyond what any str may hold, as CPython fails to allocate it; else the memory limit decides. */
bool strm_can_build(VM *vm, size_t n);

/* Whitespace as str.split() and strip() see it (uni_isspace): the length of the whitespace
 * character starting at p (a code point, not the end of the string), or 0 if it is not one. */
size_t strm_space_at(const char *p);
/* Likewise for the character ending just before p (p > begin). */
size_t strm_space_before(const char *begin, const char *p);

/* Byte offset of the first (reverse: last) occurrence of needle in hay[0, n); -1 if none,
 * -2 if the step limit was hit.  Charges the steps of the search. */
int64_t strm_search(VM *vm, const char *hay, size_t n, const char *needle, size_t m,
                    bool reverse);

/* CPython's "str.<name>() takes no keyword arguments" check (args_no_kw without the prefix). */
bool strm_no_kw(VM *vm, const char *name, Value kw);
/* Parses an int argument as CPython's clinic does for a C int (expandtabs, splitlines). */
bool strm_arg_cint(VM *vm, Value v, int *out);

/* The methods, by file. */
#define STRM_METHOD(name) Value strm_##name(VM *vm, Value self, Value *args, size_t nargs, \
                                            Value kw)
/* str_search.c */
STRM_METHOD(find); STRM_METHOD(rfind); STRM_METHOD(index); STRM_METHOD(rindex);
STRM_METHOD(count); STRM_METHOD(startswith); STRM_METHOD(endswith); STRM_METHOD(replace);
/* str_split.c */
STRM_METHOD(split); STRM_METHOD(rsplit); STRM_METHOD(splitlines); STRM_METHOD(partition);
STRM_METHOD(rpartition); STRM_METHOD(join);
/* str_case.c */
STRM_METHOD(lower); STRM_METHOD(upper); STRM_METHOD(casefold); STRM_METHOD(swapcase);
STRM_METHOD(title); STRM_METHOD(capitalize); STRM_METHOD(islower); STRM_METHOD(isupper);
STRM_METHOD(istitle);
/* str_translate.c */
STRM_METHOD(translate); STRM_METHOD(maketrans);
/* str_format.c */
STRM_METHOD(format); STRM_METHOD(format_map);

#endif
