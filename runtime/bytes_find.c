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
 * quadratic.  This way each call costs in proportion to the distance to its hit.  Windows stop
 * growing at SCAN_CHUNK (or four needle lengths, which keeps memmem's O(m) set-up a fraction of
 * each), and each window is charged as it is scanned: a search through a huge text reads the
 * clock every millisecond or so, and the time limit holds in the middle of it. */
#define SCAN_CHUNK ((size_t)1 << 20)

int64_t bytes_find(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m) {
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    size_t window = m < 16 ? 64 : 4 * m, most = 4 * m > SCAN_CHUNK ? 4 * m : SCAN_CHUNK;
    for (size_t i = 0;; i += window, window = window < most / 2 ? window * 2 : most) {
        size_t len = n - i < window + m - 1 ? n - i : window + m - 1;
        const unsigned char *f = m == 1 ? memchr(h + i, q[0], len) : memmem(h + i, len, q, m);
        if (!vm_charge_piece(vm, f ? (size_t)(f - (h + i)) + m : len))
            return -2;
        if (f)
            return (int64_t)(f - h);
        if (len == n - i)
            return -1;
    }
}

size_t bytes_count(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m,
                   size_t max) {
    if (m == 0)
        return n < max ? n + 1 : max;
    size_t c = 0;
    for (size_t i = 0; c < max && i + m <= n; c++) {
        int64_t f = bytes_find(vm, h + i, n - i, q, m);
        if (f == -2)
            return SIZE_MAX;
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

int64_t rfinder_run(VM *vm, const RFinder *f, const unsigned char *h, size_t n) {
    const unsigned char *q = f->q;
    size_t m = f->m, k = 0;   /* k: bytes of the reversed needle matched so far */
    if (m == 1) {
        const unsigned char *r = memrchr(h, q[0], n);
        if (!vm_charge_piece(vm, r ? n - (size_t)(r - h) : n))
            return -2;
        return r ? (int64_t)(r - h) : -1;
    }
    for (size_t j = n; j-- > 0;) {
        while (k > 0 && h[j] != q[m - 1 - k])
            k = f->border[k - 1];
        if (h[j] == q[m - 1 - k] && ++k == m)
            return vm_charge_piece(vm, (n - j) % SCAN_CHUNK) ? (int64_t)j : -2;
        if ((n - j) % SCAN_CHUNK == 0 && !vm_charge_piece(vm, SCAN_CHUNK))
            return -2;
    }
    return vm_charge_piece(vm, n % SCAN_CHUNK) ? -1 : -2;
}

int64_t bytes_rfind(VM *vm, const unsigned char *h, size_t n, const unsigned char *q, size_t m) {
    if (m == 0)
        return (int64_t)n;
    if (m > n)
        return -1;
    RFinder f;
    if (!rfinder_init(vm, &f, q, m))
        return -2;
    return rfinder_run(vm, &f, h, n);
}
