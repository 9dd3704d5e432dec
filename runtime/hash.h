/* CPython's hash functions, reproduced so that hash() values and therefore set iteration order
 * match CPython run with PYTHONHASHSEED=0: SipHash-1-3 with a zero key for str and bytes, the
 * modular reduction mod 2**61-1 for numbers, and the xxHash-based tuple hash. */
#ifndef KR_HASH_H
#define KR_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_MODULUS (((int64_t)1 << 61) - 1)
#define HASH_BITS 61
#define HASH_INF 314159

int64_t hash_bytes(const void *p, size_t n);

/* tuple hash accumulator */
typedef struct { uint64_t acc; size_t n; } TupleHash;
void tuplehash_init(TupleHash *h, size_t n);
void tuplehash_add(TupleHash *h, int64_t item);
int64_t tuplehash_done(TupleHash *h);

#endif
