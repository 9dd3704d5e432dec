/* Per-run overhead of embedding Krait: a fresh VM per run, and runs on one warm VM.  Prints
 * microseconds per operation (medians of several batches). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "krait.h"

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define BATCHES 9
#define PER_BATCH 500

int main(void) {
    const char *src = "print(1 + 2)";
    double fresh[BATCHES], warm[BATCHES];
    kr_config cfg;
    kr_config_init(&cfg);
    for (int b = 0; b < BATCHES; b++) {
        double t0 = now_us();
        for (int i = 0; i < PER_BATCH; i++) {
            kr_vm *vm = kr_vm_new(&cfg);
            kr_result r;
            kr_exec(vm, src, strlen(src), "<bench>", &r);
            kr_result_free(&r);
            kr_vm_free(vm);
        }
        fresh[b] = (now_us() - t0) / PER_BATCH;
    }
    kr_vm *vm = kr_vm_new(&cfg);
    for (int b = 0; b < BATCHES; b++) {
        double t0 = now_us();
        for (int i = 0; i < PER_BATCH; i++) {
            kr_result r;
            kr_exec(vm, src, strlen(src), "<bench>", &r);
            kr_result_free(&r);
        }
        warm[b] = (now_us() - t0) / PER_BATCH;
    }
    kr_vm_free(vm);
    qsort(fresh, BATCHES, sizeof(double), cmp);
    qsort(warm, BATCHES, sizeof(double), cmp);
    printf("new VM + run + free: %.1f us\n", fresh[BATCHES / 2]);
    printf("run on a warm VM:    %.1f us\n", warm[BATCHES / 2]);
    return 0;
}
