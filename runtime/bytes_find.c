/* Substring search over byte strings.  Forwards, memchr and glibc's memmem (two-way for long
 * needles) are linear.  Backwards there is no library routine, and a naive scan is quadratic
 * on inputs like rfind(b'a'*n, b'a'*(n//2) + b'b'), so the last occurrence is found by
 * Knuth-Morris-Pratt run over the reversed text with the reversed needle: O(n + m) time and
 * O(m) words of table. */
#include "bytes_find.h"
#include "rt.h"

/* The search runs in windows that start at four needle lengths and double: one memmem call
 * may cost in proportion to its whole haystack (glibc's set-up; AddressSanitizer reads all of it
 * first), so a loop finding every occurrence of a short needle in a long text would otherwise be
 * quadratic.  This way each call costs in proportion to the distance to its hit. */
int64_t bytes_find(const unsigned char *h, size_t n, const unsigned char *q, size_t m) {
    if (m == 0)
        return 0;
    size_t window = m < 16 ? 64 : 4 * m;
    for (size_t i = 0; m <= n - i; i += window, window *= 2) {
        size_t len = n - i < window + m - 1 ? n - i : window + m - 1;
        const unsigned char *f = m == 1 ? memchr(h + i, q[0], len) : memmem(h + i, len, q, m);
        if (f)
            return (int64_t)(f - h);
        if (len == n - i)
            break;
    }
    return -1;
}

size_t bytes_count(const unsigned char *h, size_t n, const unsigned char *q, size_t m,
                   size_t max) {
    if (m == 0)
        return n < max ? n + 1 : max;
    size_t c = 0;
    for (size_t i = 0; c < max && i + m <= n; c++) {
        int64_t f = bytes_find(h + i, n - i, q, m);
        if (f < 0)
            break;
        i += (size_t)f + m;
    }
    return c;
}

bool rfinder_init(VM *vm, RFinder *f, const unsigned char *q, size_t m) {
    f->q = q;
    f->m = m;
    f->border = f->small;
    if (m > sizeof f->small / sizeof *f->small &&
        !(f->border = gc_alloc_atomic(vm, m * sizeof *f->border)))
        return false;
    /* the needle read backwards is r[i] = q[m-1-i] */
    f->border[0] = 0;
    for (size_t i = 1, k = 0; i < m; i++) {
        while (k > 0 && q[m - 1 - i] != q[m - 1 - k])
            k = f->border[k - 1];
        if (q[m - 1 - i] == q[m - 1 - k])
            k++;
        f->border[i] = k;
    }
    return true;
}

int64_t rfinder_run(const RFinder *f, const unsigned char *h, size_t n) {
    const unsigned char *q = f->q;
    size_t m = f->m, k = 0;   /* k: bytes of the reversed needle matched so far */
    if (m == 1) {
        const unsigned char *r = memrchr(h, q[0], n);
        return r ? (int64_t)(r - h) : -1;
    }
    for (size_t j = n; j-- > 0;) {
        while (k > 0 && h[j] != q[m - 1 - k])
            k = f->border[k - 1];
        if (h[j] == q[m - 1 - k] && ++k == m)
            return (int64_t)j;
    }
    return -1;
}

int64_t bytes_rfind(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m) {
    if (m == 0)
        return (int64_t)n;
    if (m > n)
        return -1;
    RFinder f;
    if (!rfinder_init(vm, &f, q, m))
        return -2;
    return rfinder_run(&f, h, n);
}
