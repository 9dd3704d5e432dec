/* A minimal unit-test harness: CHECK records a failure with its location and goes on;
 * UNIT_DONE prints "name: N passed, M failed" and gives the exit status. */
#ifndef KR_UNIT_H
#define KR_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

#define CHECK(cond)                                                               \
    do {                                                                          \
        if (cond) {                                                               \
            unit_passed++;                                                        \
        } else {                                                                  \
            unit_failed++;                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                         \
    } while (0)

#define CHECK_STR(got, want)                                                      \
    do {                                                                          \
        const char *g_ = (got), *w_ = (want);                                     \
        if (g_ && w_ && !strcmp(g_, w_)) {                                        \
            unit_passed++;                                                        \
        } else {                                                                  \
            unit_failed++;                                                        \
            fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, \
                    #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");                \
        }                                                                         \
    } while (0)

#define UNIT_DONE(name)                                                           \
    (printf("%s: %d passed, %d failed\n", (name), unit_passed, unit_failed),      \
     unit_failed ? 1 : 0)

#endif
