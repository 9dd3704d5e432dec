/* The compile-time errors of match statements that CPython's compiler raises while it
 * generates a pattern's code (compile.c: compiler_match, compiler_pattern_*): a capture or
 * wildcard that makes later cases or alternatives unreachable, a name bound twice, alternatives
 * binding different names, several starred names, a repeated class-pattern attribute.  The walk
 * follows the compiler's order and reports, as it does, at the last pattern it entered. */
#include "pattern_check.h"

#include "alloc.h"
#include "str.h"

typedef struct Walk {
    VM *vm;
    PatternError *err;
    Node *last;          /* the pattern entered last: CPython's current location */
    Value *stores;       /* names bound so far by the pattern */
    size_t nstores, cap;
    size_t floor;        /* stores[floor..]: those of the current alternative */
} Walk;

static bool fail(Walk *w, const char *fmt, Value name) {
    w->err->at = w->last;
    w->err->fmt = fmt;
    w->err->arg = name ? str_data(name) : "";
    return false;
}

static bool bound(const Walk *w, size_t from, size_t to, Value name) {
    for (size_t i = from; i < to; i++)
        if (str_eq(w->stores[i], name))
            return true;
    return false;
}

/* pattern_helper_store_name(). */
static bool store(Walk *w, Node *target) {
    if (!target)
        return true;
    Value name = target->u.name.id;
    if (bound(w, w->floor, w->nstores, name))
        return fail(w, "multiple assignments to name '%s' in pattern", name);
    if (w->nstores == w->cap) {
        size_t cap = w->cap ? 2 * w->cap : 8;
        Value *s = gc_realloc(w->vm, w->stores, cap * sizeof *s, false);
        if (!s)
            return false;   /* the memory error is pending, err->at stays NULL */
        w->stores = s;
        w->cap = cap;
    }
    w->stores[w->nstores++] = name;
    return true;
}

static bool pattern(Walk *w, Node *p, bool allow_irrefutable);

static bool subpattern(Walk *w, Node *p) {
    return pattern(w, p, true);
}

/* compiler_pattern_or(): each alternative binds into a list of its own; the first one's
 * names are the control the others must bind too, and then join the names bound before. */
static bool alternatives(Walk *w, Node *p, bool allow_irrefutable) {
    size_t base = w->nstores, floor = w->floor, control = 0;
    NodeList *alts = &p->u.mseq.patterns;
    for (size_t i = 0; i < alts->n; i++) {
        w->last = alts->items[i];
        w->floor = w->nstores = base + control;
        if (!pattern(w, alts->items[i], i == alts->n - 1 && allow_irrefutable))
            return false;
        size_t n = w->nstores - w->floor;
        if (i == 0) {
            control = n;
            continue;
        }
        bool same = n == control;
        for (size_t k = 0; same && k < control; k++)
            same = bound(w, w->floor, w->nstores, w->stores[base + k]);
        if (!same)
            return fail(w, "alternative patterns bind different names%s", NULL);
    }
    w->floor = floor;
    w->nstores = base;
    for (size_t k = 0; k < control; k++) {
        Value name = w->stores[base + k];
        if (bound(w, floor, w->nstores, name))
            return fail(w, "multiple assignments to name '%s' in pattern", name);
        w->nstores++;
    }
    return true;
}

static bool pattern(Walk *w, Node *p, bool allow_irrefutable) {
    w->last = p;
    switch (p->kind) {
    case N_MatchAs:
        if (!p->u.mas.pattern) {
            if (!allow_irrefutable)
                return p->u.mas.target
                           ? fail(w, "name capture '%s' makes remaining patterns unreachable",
                                  p->u.mas.target->u.name.id)
                           : fail(w, "wildcard makes remaining patterns unreachable%s", NULL);
            return store(w, p->u.mas.target);
        }
        return pattern(w, p->u.mas.pattern, allow_irrefutable) && store(w, p->u.mas.target);
    case N_MatchStar:
        return store(w, p->u.mas.target);
    case N_MatchOr:
        return alternatives(w, p, allow_irrefutable);
    case N_MatchSequence: {
        bool star = false;
        for (size_t i = 0; i < p->u.mseq.patterns.n; i++) {
            if (p->u.mseq.patterns.items[i]->kind != N_MatchStar)
                continue;
            if (star)
                return fail(w, "multiple starred names in sequence pattern%s", NULL);
            star = true;
        }
        for (size_t i = 0; i < p->u.mseq.patterns.n; i++)
            if (!subpattern(w, p->u.mseq.patterns.items[i]))
                return false;
        return true;
    }
    case N_MatchMapping:
        for (size_t i = 0; i < p->u.mmap.patterns.n; i++)
            if (!subpattern(w, p->u.mmap.patterns.items[i]))
                return false;
        return store(w, p->u.mmap.rest);
    case N_MatchClass: {
        Value *attrs = p->u.mclass.kw_attrs;
        for (size_t i = 0; i < p->u.mclass.nkw; i++)
            for (size_t j = i + 1; j < p->u.mclass.nkw; j++)
                if (str_eq(attrs[i], attrs[j])) {
                    w->last = p->u.mclass.kw_patterns.items[j];
                    return fail(w, "attribute name repeated in class pattern: %s", attrs[j]);
                }
        for (size_t i = 0; i < p->u.mclass.patterns.n; i++)
            if (!subpattern(w, p->u.mclass.patterns.items[i]))
                return false;
        for (size_t i = 0; i < p->u.mclass.kw_patterns.n; i++)
            if (!subpattern(w, p->u.mclass.kw_patterns.items[i]))
                return false;
        return true;
    }
    default:
        return true;
    }
}

bool pattern_check(VM *vm, Node *match, PatternError *err) {
    NodeList *cases = &match->u.match.cases;
    err->at = NULL;
    Walk w = {.vm = vm, .err = err};
    for (size_t i = 0; i < cases->n; i++) {
        Node *mc = cases->items[i];
        w.nstores = w.floor = 0;
        if (!pattern(&w, mc->u.matchcase.pattern, mc->u.matchcase.guard || i == cases->n - 1))
            return false;
    }
    return true;
}
