/* Helpers shared by the sequence types: index normalisation, slices, comparison, repr. */
#include "rt.h"

bool seq_index(VM *vm, Value idx, size_t len, size_t *out, const char *what) {
    int64_t i;
    if (IS_SMALL(idx)) {
        i = SMALL_VAL(idx);
    } else {
        Value v = IS_INT(idx) ? idx : int_index(vm, idx);
        if (!v)
            return false;
        if (!int_fits_i64(v, &i)) {
            exc_raise(vm, &Exc_IndexError, "cannot fit '%s' into an index-sized integer",
                      tname(idx));
            return false;
        }
    }
    if (i < 0)
        i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        exc_raise(vm, &Exc_IndexError, "%s index out of range", what);
        return false;
    }
    *out = (size_t)i;
    return true;
}

/* An index clamped to int64 (CPython's _PyEval_SliceIndex); `what` completes the message for
 * a value without __index__. */
static bool clamped_index(VM *vm, Value v, const char *what, int64_t *out) {
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (IS_INT(v)) {
        *out = int_clamp_i64(v);
        return true;
    }
    Value i = int_index(vm, v);
    if (!i) {
        if (exc_pending_matches(vm, &Exc_TypeError)) {
            exc_clear(vm);
            exc_raise(vm, &Exc_TypeError, "slice indices must be integers or %shave an "
                      "__index__ method", what);
        }
        return false;
    }
    *out = int_clamp_i64(i);
    return true;
}

static bool slice_part(VM *vm, Value v, int64_t *out) {
    return clamped_index(vm, v, "None or ", out);
}

Value seq_count_arg(VM *vm, Value cnt, int64_t *n) {
    Value i = cnt;
    if (!IS_INT(cnt)) {
        if (type_lookup(TYPE(cnt), NM(__index__)) == VAL_MISSING)
            return NOTIMPL;
        if (!(i = int_index(vm, cnt)))
            return NULL;
    }
    /* the message names the operand's type, not that of what its __index__ returned */
    if (!int_fits_i64(i, n))
        return exc_raise(vm, &Exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                         tname(cnt));
    return TRUE_V;
}

bool seq_search_bound(VM *vm, Value v, size_t len, size_t *out) {
    int64_t i;
    if (!clamped_index(vm, v, "", &i))
        return false;
    if (i < 0) {
        i += (int64_t)len;
        if (i < 0)
            i = 0;
    }
    *out = (uint64_t)i > len ? len : (size_t)i;
    return true;
}

bool slice_indices(VM *vm, Value slice, size_t len, int64_t *pstart, int64_t *pstop,
                   int64_t *pstep, int64_t *count) {
    Slice *s = AS_SLICE(slice);
    int64_t start, stop, step = 1;
    int64_t n = (int64_t)len;
    if (s->step != NONE) {
        if (!slice_part(vm, s->step, &step))
            return false;
        if (step == 0) {
            exc_raise(vm, &Exc_ValueError, "slice step cannot be zero");
            return false;
        }
        if (step < -INT64_MAX)
            step = -INT64_MAX;
    }
    if (s->start == NONE) {
        start = step < 0 ? n - 1 : 0;
    } else {
        if (!slice_part(vm, s->start, &start))
            return false;
        if (start < 0) {
            start += n;
            if (start < 0)
                start = step < 0 ? -1 : 0;
        } else if (start >= n) {
            start = step < 0 ? n - 1 : n;
        }
    }
    if (s->stop == NONE) {
        stop = step < 0 ? -1 : n;
    } else {
        if (!slice_part(vm, s->stop, &stop))
            return false;
        if (stop < 0) {
            stop += n;
            if (stop < 0)
                stop = step < 0 ? -1 : 0;
        } else if (stop >= n) {
            stop = step < 0 ? n - 1 : n;
        }
    }
    int64_t c = 0;
    if (step < 0) {
        if (stop < start)
            c = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        c = (stop - start - 1) / step + 1;
    }
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    *count = c;
    return true;
}

Value seq_richcmp(VM *vm, const Value *a, size_t na, const Value *b, size_t nb, int op) {
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        if (!vm_charge_item(vm, i))
            return NULL;
        if (a[i] == b[i])
            continue;
        int eq = obj_eq(vm, a[i], b[i]);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        int c = (na > nb) - (na < nb);
        switch (op) {
        case CMP_LT: return BOOL_V(c < 0);
        case CMP_LE: return BOOL_V(c <= 0);
        case CMP_EQ: return BOOL_V(c == 0);
        case CMP_NE: return BOOL_V(c != 0);
        case CMP_GT: return BOOL_V(c > 0);
        default: return BOOL_V(c >= 0);
        }
    }
    if (op == CMP_EQ)
        return FALSE_V;
    if (op == CMP_NE)
        return TRUE_V;
    return obj_richcmp(vm, a[i], b[i], op);
}

Value seq_repr(VM *vm, Value self, const Value *items, size_t n, const char *open,
               const char *close) {
    int r = repr_enter(vm, self);
    if (r < 0)
        return NULL;
    if (r == 0) {
        StrBuf b;
        sb_init(&b, vm, 8);
        sb_adds(&b, open);
        sb_adds(&b, "...");
        sb_adds(&b, close);
        return sb_finish(&b);
    }
    StrBuf b;
    sb_init(&b, vm, 2 + n * 4);
    sb_adds(&b, open);
    Value result = NULL;
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_add(&b, ", ", 2);
        Value s = obj_repr(vm, items[i]);
        if (!s)
            goto out;
        sb_add_str(&b, s);
        if (!vm_charge_piece(vm, str_nbytes(s)))
            goto out;
    }
    if (n == 1 && open[0] == '(')
        sb_addc(&b, ',');
    sb_adds(&b, close);
    result = sb_finish(&b);
out:
    repr_leave(vm, self);
    return result;
}
