/* "Did you mean" suggestions for NameError and AttributeError. */
#include "rt.h"
#include "suggest.h"

/* CPython's suggestion algorithm (Python/suggestions.c): a Levenshtein distance where a
 * change of case costs half a substitution, and at most a third of the characters may
 * change. */
#define MOVE_COST 2
#define CASE_COST 1
#define MAX_STRING_SIZE 40
#define MAX_CANDIDATES 750

static size_t subst_cost(char a, char b) {
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) {
        a++, b++, na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--, nb--;
    }
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_STRING_SIZE || nb > MAX_STRING_SIZE)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t buffer[MAX_STRING_SIZE];
    for (size_t i = 0; i < na; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t dist = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = dist + subst_cost(code, a[i]);
            dist = buffer[i];
            size_t insert_delete = (result < dist ? result : dist) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* The best candidate among the str items of a list, or NULL. */
Value suggest_name(Value candidates, Value name) {
    List *l = AS_LIST(candidates);
    if (l->len >= MAX_CANDIDATES)
        return NULL;
    Value best = NULL;
    size_t best_dist = SIZE_MAX;
    const char *ns = str_data(name);
    size_t nn = str_nbytes(name);
    for (size_t i = 0; i < l->len; i++) {
        Value item = l->items[i];
        if (!IS_STR(item) || str_eq(item, name))
            continue;
        size_t max_dist = (nn + str_nbytes(item) + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_dist)
            max_dist = best_dist - 1;
        size_t d = distance(ns, nn, str_data(item), str_nbytes(item), max_dist);
        if (d > max_dist)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

