#include "hash.h"

#include <string.h>

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d;                  \
    b = ROTL(b, s) ^ a;              \
    d = ROTL(d, t) ^ c;              \
    a = ROTL(a, 32);

#define SINGLE_ROUND(v0, v1, v2, v3)    \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *in, size_t n) {
    uint64_t b = (uint64_t)n << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (n >= 8) {
        uint64_t mi;
        memcpy(&mi, in, 8);
        in += 8;
        n -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    unsigned char *pt = (unsigned char *)&t;
    switch (n) {
    case 7: pt[6] = in[6]; /* fall through */
    case 6: pt[5] = in[5]; /* fall through */
    case 5: pt[4] = in[4]; /* fall through */
    case 4: memcpy(pt, in, 4); break;
    case 3: pt[2] = in[2]; /* fall through */
    case 2: pt[1] = in[1]; /* fall through */
    case 1: pt[0] = in[0];
    }
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const void *p, size_t n) {
    if (n == 0)
        return 0;
    int64_t h = (int64_t)siphash13(0, 0, p, n);
    return h == -1 ? -2 : h;
}

/* xxHash constants as in CPython's tuplehash. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) ((x << 31) | (x >> 33))

void tuplehash_init(TupleHash *h, size_t n) {
    h->acc = XXPRIME_5;
    h->n = n;
}

void tuplehash_add(TupleHash *h, int64_t item) {
    uint64_t lane = (uint64_t)item;
    h->acc += lane * XXPRIME_2;
    h->acc = XXROTATE(h->acc);
    h->acc *= XXPRIME_1;
}

int64_t tuplehash_done(TupleHash *h) {
    h->acc += h->n ^ (XXPRIME_5 ^ 3527539UL);
    if (h->acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)h->acc;
}
