/* Substring search over byte strings (bytes_find.c), linear in the worst case: memchr and
 * glibc's two-way memmem forwards, Knuth-Morris-Pratt backwards. */
#ifndef KR_BYTES_FIND_H
#define KR_BYTES_FIND_H

#include "object.h"

/* The searches charge the step budget for the bytes they scan as they go (so the clock is read
 * in the middle of a long one) and fail with a limit error pending. */

/* The first occurrence of q[0..m) in h[0..n): its index, -1 if none (an empty q is found at
 * 0), -2 at a limit. */
int64_t bytes_find(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m);
/* Non-overlapping occurrences of q in h, counting at most `max` (an empty q occurs n+1 times);
 * SIZE_MAX at a limit. */
size_t bytes_count(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m,
                   size_t max);

/* A backwards searcher for one needle, to find the last occurrence in successively shorter
 * prefixes of a text (rsplit) without preparing the needle again. */
typedef struct RFinder {
    const unsigned char *q;
    size_t m;
    size_t *border;   /* border[i]: longest proper border of the needle's last i+1 bytes */
    size_t small[32];
} RFinder;

/* false (memory-limit error pending) if the table cannot be allocated; m > 0. */
bool rfinder_init(VM *vm, RFinder *f, const unsigned char *q, size_t m);
/* The last occurrence of the needle in h[0..n): its index, -1 if none, -2 at a limit. */
int64_t rfinder_run(VM *vm, const RFinder *f, const unsigned char *h, size_t n);
/* The last occurrence of q in h: its index, -1 if none, -2 with an error pending (no memory
 * for the table, or a limit; an empty q is found at n). */
int64_t bytes_rfind(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m);

#endif
