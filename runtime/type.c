/* type: readying built-in types, creating classes (C3 MRO, layout, __set_name__,
 * __init_subclass__), look-up along the MRO, and keeping each class's C slots in step with the
 * dunders on its MRO.
 *
 * Slots of a class.  After any change to a class's dict, update_slots() looks every dunder up
 * along the MRO.  If what it finds is the slot wrapper of a built-in type (e.g. int.__add__),
 * the class's slot becomes that built-in's C function, so a subclass that does not override an
 * operator runs it at C speed; otherwise the slot becomes a generic function (slots.c) that
 * calls the dunder found on the type. */
#include <stdatomic.h>

#include "rt.h"
#include "slots.h"
#include "unicode.h"

uint64_t type_next_version(void) {
    static _Atomic uint64_t counter = 1;
    return atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
}

const char *type_name(Type *t) {
    if (t->v_name)
        return str_data(t->v_name);
    return t->name;
}

bool type_is_subtype(Type *a, Type *b) {
    if (a == b)
        return true;
    Value mro = a->mro;
    if (!mro) {
        for (Type *t = a; t; t = t->base)
            if (t == b)
                return true;
        return false;
    }
    Tuple *m = AS_TUPLE(mro);
    for (size_t i = 0; i < m->len; i++)
        if (m->items[i] == (Value)b)
            return true;
    return false;
}

Type *type_static_base(Type *t) {
    while (t->flags & TF_HEAP)
        t = t->base;
    return t;
}

Value type_lookup(Type *t, Value name) {
    Tuple *m = AS_TUPLE(t->mro);
    for (size_t i = 0; i < m->len; i++) {
        Type *b = (Type *)m->items[i];
        Value v = dict_get_str(NULL, b->dict, name);
        if (v != VAL_MISSING)
            return v;
    }
    return VAL_MISSING;
}

Value type_lookup_c(Type *t, const char *name) {
    Value n = str_intern_c(NULL, name);
    return n ? type_lookup(t, n) : VAL_MISSING;
}

/* ---- instance dicts ---- */

Value *obj_dictptr(Value v) {
    if (IS_SMALL(v))
        return NULL;
    Type *t = v->type;
    uint32_t off = t->dictoffset;
    if (LIKELY(off != DICTOFF_VAR))
        return off ? (Value *)((char *)v + off) : NULL;
    Type *sb = type_static_base(t);
    size_t at;
    if (sb == &str_type || type_is_subtype(sb, &str_type))
        at = sizeof(Str) + AS_STR(v)->nbytes + 1;
    else if (sb == &tuple_type)
        at = sizeof(Tuple) + AS_TUPLE(v)->len * sizeof(Value);
    else
        at = sizeof(Bytes) + AS_BYTES(v)->len + 1;
    return (Value *)((char *)v + ((at + 7) & ~(size_t)7));
}

Value obj_dict(VM *vm, Value v) {
    Value *p = obj_dictptr(v);
    if (!p)
        return NULL;
    if (!*p)
        *p = dict_new(vm);
    return *p;
}

int obj_set_dict(VM *vm, Value v, Value d) {
    if (!d) {
        exc_raise(vm, &Exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!IS_DICT(d)) {
        exc_raise(vm, &Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                  tname(d));
        return -1;
    }
    *obj_dictptr(v) = d;
    return 0;
}

Value type_alloc(VM *vm, Type *t) {
    Obj *o = gc_new(vm, t, t->basicsize);
    if (!o)
        return NULL;
    memset((char *)o + sizeof(Obj), 0, t->basicsize - sizeof(Obj));
    return o;
}

/* ---- readying built-in types ---- */

static Value make_mro(VM *vm, Type *t);

static bool add_to_dict(Type *t, const char *name, Value v) {
    Value k = str_intern_c(NULL, name);
    if (dict_get_str(NULL, t->dict, k) != VAL_MISSING)
        return true;   /* an explicit method wins over a slot wrapper */
    return dict_set(NULL, t->dict, k, v);
}

static void inherit_slots(Type *t, Type *b) {
#define INHERIT(f) if (!t->f) t->f = b->f
    INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcmp); INHERIT(binop);
    INHERIT(inplace); INHERIT(unop); INHERIT(truth); INHERIT(len); INHERIT(getattr);
    INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(next); INHERIT(getitem);
    INHERIT(setitem); INHERIT(contains); INHERIT(descr_get); INHERIT(descr_set);
    INHERIT(new_); INHERIT(init);
#undef INHERIT
    if (!t->binop_mask)
        t->binop_mask = b->binop_mask;
    if (!t->unop_mask)
        t->unop_mask = b->unop_mask;
}

void type_ready(Type *t) {
    if (t->flags & TF_READY)
        return;
    if (!t->base && t != &object_type)
        t->base = &object_type;
    if (t->base)
        type_ready(t->base);
    t->flags |= TF_READY;
    if (!t->ob.type)
        t->ob.type = &type_type;
    t->bases = t->base ? tuple_from(NULL, (Value *)&t->base, 1) : kr_empty_tuple;
    t->mro = make_mro(NULL, t);
    t->dict = dict_new(NULL);
    t->version = type_next_version();
    if (!t->basicsize)
        t->basicsize = t->base ? t->base->basicsize : sizeof(Obj);
    if (t->base) {
        t->flags |= t->base->flags & (TF_INT | TF_STR | TF_LIST | TF_TUPLE | TF_DICT | TF_EXC |
                                      TF_TYPE | TF_BYTES | TF_FLOAT | TF_SET);
        if (!t->dictoffset)
            t->dictoffset = t->base->dictoffset;
    }
    if (t->methods) {
        for (const MethodDef *m = t->methods; m->name; m++) {
            Value d = slots_method_descr(t, m);
            add_to_dict(t, m->name, d);
        }
    }
    if (t->getsets) {
        for (const GetSetDef *g = t->getsets; g->name; g++)
            add_to_dict(t, g->name, slots_getset_descr(t, g));
    }
    slots_add_wrappers(t);
    if (t->doc)
        add_to_dict(t, "__doc__", str_from_c(NULL, t->doc));
    else
        add_to_dict(t, "__doc__", NONE);
    if (t->base)
        inherit_slots(t, t->base);
}

/* ---- C3 linearisation ---- */

/* Names the classes the merge was stuck on: the distinct heads of the remaining lists. */
static Value mro_error(VM *vm, Tuple **seqs, const size_t *pos, size_t nseq) {
    StrBuf b;
    sb_init(&b, vm, 64);
    sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    bool first = true;
    for (size_t i = 0; i < nseq; i++) {
        if (pos[i] >= seqs[i]->len)
            continue;
        Value head = seqs[i]->items[pos[i]];
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = pos[j] < seqs[j]->len && seqs[j]->items[pos[j]] == head;
        if (seen)
            continue;
        sb_adds(&b, first ? " " : ", ");
        sb_adds(&b, type_name((Type *)head));
        first = false;
    }
    Value msg = sb_finish(&b);
    return msg ? exc_raise_value(vm, &Exc_TypeError, msg) : NULL;
}

static Value make_mro(VM *vm, Type *t) {
    Tuple *bases = AS_TUPLE(t->bases);
    if (bases->len == 0)
        return tuple_pack(vm, 1, (Value)t);
    if (bases->len == 1) {
        Tuple *bm = AS_TUPLE(((Type *)bases->items[0])->mro);
        Value r = tuple_new(vm, bm->len + 1);
        if (!r)
            return NULL;
        AS_TUPLE(r)->items[0] = (Value)t;
        memcpy(AS_TUPLE(r)->items + 1, bm->items, bm->len * sizeof(Value));
        return r;
    }
    for (size_t i = 1; i < bases->len; i++)
        for (size_t j = 0; j < i; j++)
            if (bases->items[j] == bases->items[i])
                return exc_raise(vm, &Exc_TypeError, "duplicate base class %s",
                                 type_name((Type *)bases->items[i]));
    /* merge(L[B1], ..., L[Bn], [B1..Bn]) */
    size_t nseq = bases->len + 1;
    Tuple **seqs = gc_alloc(vm, nseq * sizeof(Tuple *));
    size_t *pos = gc_alloc_atomic(vm, nseq * sizeof(size_t));
    if (!seqs || !pos)
        return NULL;
    size_t total = 1;
    for (size_t i = 0; i < bases->len; i++) {
        seqs[i] = AS_TUPLE(((Type *)bases->items[i])->mro);
        total += seqs[i]->len;
        pos[i] = 0;
    }
    seqs[bases->len] = bases;
    pos[bases->len] = 0;
    Value out = list_new(vm, total);
    if (!out || !list_append(vm, out, (Value)t))
        return NULL;
    for (;;) {
        bool empty = true;
        Value cand = NULL;
        for (size_t i = 0; i < nseq; i++) {
            if (pos[i] >= seqs[i]->len)
                continue;
            empty = false;
            Value c = seqs[i]->items[pos[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++)
                for (size_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (seqs[j]->items[k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (empty)
            break;
        if (!cand)
            return mro_error(vm, seqs, pos, nseq);
        if (!list_append(vm, out, cand))
            return NULL;
        for (size_t i = 0; i < nseq; i++)
            if (pos[i] < seqs[i]->len && seqs[i]->items[pos[i]] == cand)
                pos[i]++;
    }
    return tuple_from(vm, AS_LIST(out)->items, AS_LIST(out)->len);
}

/* ---- instance layout: __slots__, __dict__ and __weakref__ ---- */

Value type_mangle(VM *vm, Value cls_name, Value name) {
    const char *s = str_data(name), *c = str_data(cls_name);
    size_t n = str_nbytes(name);
    if (n < 2 || s[0] != '_' || s[1] != '_' || (s[n - 1] == '_' && s[n - 2] == '_') ||
        memchr(s, '.', n))
        return name;
    while (*c == '_')
        c++;
    return *c ? str_fmt(vm, "_%s%U", c, name) : name;
}

/* Unlike a built-in type's, a class's instance dict may be deleted (it starts afresh). */
static int subtype_set_dict(VM *vm, Value obj, Value v) {
    if (v)
        return obj_set_dict(vm, obj, v);
    *obj_dictptr(obj) = NULL;
    return 0;
}

/* Krait has no weak references: the attribute exists, as in CPython, and is always None. */
static Value subtype_get_weakref(VM *vm, Value obj) {
    return NONE;
}

static const GetSetDef subtype_dict_getset = {
    "__dict__", obj_dict, subtype_set_dict,
    "dictionary for instance variables (if defined)"};
static const GetSetDef subtype_weakref_getset = {
    "__weakref__", subtype_get_weakref, NULL,
    "list of weak references to the object (if defined)"};

/* CPython's variable-size layouts (tp_itemsize != 0): no member slots, no weak references. */
static bool is_var_layout(Type *t) {
    Type *sb = type_static_base(t);
    return sb == &int_type || sb == &tuple_type || sb == &bytes_type || sb == &type_type;
}

static bool has_weakref(Type *t) {
    Type *sb = type_static_base(t);
    return sb == &set_type || sb == &frozenset_type || is_var_layout(t) ||
           type_lookup(t, NM(__weakref__)) != VAL_MISSING;
}

static bool is_identifier(Value s) {
    const unsigned char *p = (const unsigned char *)str_data(s), *end = p + str_nbytes(s);
    if (p == end)
        return false;
    for (bool first = true; p < end; first = false) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (!(first ? uni_isidstart(c) : uni_isidcontinue(c)))
            return false;
    }
    return true;
}

typedef struct Layout {
    bool add_dict, add_weak;
    Value members;   /* list of the mangled names of member slots, sorted */
} Layout;

/* Reads __slots__ as CPython's type_new does: which members, and whether "__dict__" and
 * "__weakref__" were asked for (and may be). */
static bool read_slots(VM *vm, Type *t, Type *base, Value slots, Layout *lay) {
    size_t n;
    Value *names = IS_STR(slots) ? &slots : obj_unpack_iter(vm, slots, &n);
    if (!names)
        return false;
    if (IS_STR(slots))
        n = 1;
    if (n && is_var_layout(base)) {
        exc_raise(vm, &Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                  type_name(base));
        return false;
    }
    bool may_dict = lay->add_dict, may_weak = lay->add_weak;
    lay->add_dict = lay->add_weak = false;
    for (size_t i = 0; i < n; i++) {
        Value s = names[i];
        if (!IS_STR(s)) {
            exc_raise(vm, &Exc_TypeError, "__slots__ items must be strings, not '%s'", tname(s));
            return false;
        }
        if (!is_identifier(s)) {
            exc_raise(vm, &Exc_TypeError, "__slots__ must be identifiers");
            return false;
        }
        if (str_eq_c(s, "__dict__")) {
            if (!may_dict || lay->add_dict) {
                exc_raise(vm, &Exc_TypeError, "__dict__ slot disallowed: we already got one");
                return false;
            }
            lay->add_dict = true;
        }
        if (str_eq_c(s, "__weakref__")) {
            if (!may_weak || lay->add_weak) {
                exc_raise(vm, &Exc_TypeError, "__weakref__ slot disallowed: either we already "
                          "got one, or __itemsize__ != 0");
                return false;
            }
            lay->add_weak = true;
        }
    }
    if (!(lay->members = list_new(vm, n)))
        return false;
    for (size_t i = 0; i < n; i++) {
        if (str_eq_c(names[i], "__dict__") || str_eq_c(names[i], "__weakref__"))
            continue;
        Value m = type_mangle(vm, t->v_name, names[i]);
        if (!m || !(m = str_intern(vm, m)))
            return false;
        if (dict_get_str(vm, t->dict, m) != VAL_MISSING) {
            exc_raise(vm, &Exc_ValueError, "%R in __slots__ conflicts with class variable", m);
            return false;
        }
        if (!list_append(vm, lay->members, m))
            return false;
    }
    return list_sort(vm, lay->members, NONE, false) != NULL;
}

static bool add_getset(VM *vm, Type *t, const GetSetDef *g) {
    Value k = str_intern_c(vm, g->name);
    if (!k)
        return false;
    if (dict_get_str(vm, t->dict, k) != VAL_MISSING)
        return true;
    Value d = slots_getset_descr(t, g);
    return d && dict_set(vm, t->dict, k, d);
}

/* Gives t its instance layout over its layout base: the base's, then one word per member
 * slot, then the __dict__ pointer when t adds one. */
static bool make_layout(VM *vm, Type *t, Type *base) {
    Layout lay = {.add_dict = !base->dictoffset, .add_weak = !has_weakref(base)};
    Value slots = dict_get_str(vm, t->dict, NM(__slots__));
    if (slots != VAL_MISSING && !read_slots(vm, t, base, slots, &lay))
        return false;
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    if (lay.members) {
        List *m = AS_LIST(lay.members);
        for (size_t i = 0; i < m->len; i++) {
            Value d = member_descr_new(vm, t, m->items[i], t->basicsize);
            if (!d || !dict_set(vm, t->dict, m->items[i], d))
                return false;
            t->basicsize += sizeof(Value);
        }
    }
    if (lay.add_dict) {
        Type *sb = type_static_base(base);
        if (sb == &str_type || sb == &tuple_type || sb == &bytes_type) {
            t->dictoffset = DICTOFF_VAR;
        } else {
            t->dictoffset = t->basicsize;
            t->basicsize += sizeof(Value);
        }
        if (!add_getset(vm, t, &subtype_dict_getset))
            return false;
    }
    return !lay.add_weak || add_getset(vm, t, &subtype_weakref_getset);
}

/* ---- creating classes ---- */

/* Whether heap type t stores more per instance than its base, not counting a __dict__. */
static bool adds_members(Type *t) {
    uint32_t grown = t->basicsize - t->base->basicsize;
    if (t->dictoffset != t->base->dictoffset && t->dictoffset != DICTOFF_VAR)
        grown -= sizeof(Value);
    return grown != 0;
}

/* The nearest ancestor that decides the instance layout: a class with member slots, or the
 * static base. */
static Type *solid_base(Type *t) {
    while ((t->flags & TF_HEAP) && !adds_members(t))
        t = t->base;
    return t;
}

/* The base whose layout the new class extends (its __base__), as CPython's best_base: the
 * first base whose solid base is the most derived, which all others' must be ancestors of. */
static Type *best_base(VM *vm, Value bases) {
    Tuple *b = AS_TUPLE(bases);
    Type *winner = NULL, *base = NULL;
    for (size_t i = 0; i < b->len; i++) {
        Type *bt = (Type *)b->items[i];
        Type *cand = solid_base(bt);
        if (winner && type_is_subtype(winner, cand))
            continue;
        if (winner && !type_is_subtype(cand, winner)) {
            exc_raise(vm, &Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
        winner = cand;
        base = bt;
    }
    return base;
}

/* Sets t's MRO: C3, or what an mro() its metaclass overrides returns, checked as CPython's
 * mro_check does.  Look-ups while that mro() runs see the C3 order. */
static bool set_mro(VM *vm, Type *t) {
    if (!(t->mro = make_mro(vm, t)))
        return false;
    Type *meta = TYPE((Value)t);
    if (meta == &type_type)
        return true;
    Value f = type_lookup(meta, NM(mro));
    if (f == type_lookup(&type_type, NM(mro)))
        return true;
    Value r = call_special(vm, (Value)t, NM(mro), NULL, 0);
    Value mro = r && r != VAL_MISSING ? tuple_from_iter(vm, r) : NULL;
    if (!mro)
        return false;
    Type *solid = solid_base(t);
    for (size_t i = 0; i < AS_TUPLE(mro)->len; i++) {
        Value b = AS_TUPLE(mro)->items[i];
        if (!IS_TYPE(b)) {
            exc_raise(vm, &Exc_TypeError, "mro() returned a non-class ('%s')", tname(b));
            return false;
        }
        if (!type_is_subtype(solid, solid_base((Type *)b))) {
            exc_raise(vm, &Exc_TypeError, "mro() returned base with unsuitable layout ('%s')",
                      type_name((Type *)b));
            return false;
        }
    }
    t->mro = mro;
    return true;
}

static bool add_subclass(VM *vm, Type *base, Type *t) {
    if (!(base->flags & TF_HEAP))
        return true;
    if (!base->subclasses && !(base->subclasses = list_new(vm, 2)))
        return false;
    return list_append(vm, base->subclasses, (Value)t);
}

Type *type_calc_metaclass(VM *vm, Type *meta, Value bases) {
    Type *winner = meta;
    Tuple *b = AS_TUPLE(bases);
    for (size_t i = 0; i < b->len; i++) {
        Type *bm = TYPE(b->items[i]);
        if (type_is_subtype(winner, bm))
            continue;
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        exc_raise(vm, &Exc_TypeError,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                  "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Python 3.11 reports a failing __set_name__ as a RuntimeError caused by the original error. */
static bool set_name_error(VM *vm, Type *t, Value name, Value v) {
    if (vm->limit)
        return false;
    Value cause = exc_fetch(vm);
    Value msg = str_fmt(vm, "Error calling __set_name__ on '%s' instance %R in '%s'", tname(v),
                        name, type_name(t));
    Value e = msg ? exc_new(vm, &Exc_RuntimeError, &msg, 1) : NULL;
    if (e)
        exc_raise_obj(vm, e, cause, true);
    return false;
}

static bool set_names(VM *vm, Type *t) {
    Value items = dict_copy(vm, t->dict);
    if (!items)
        return false;
    size_t pos = 0;
    Value k, v;
    while (dict_next(items, &pos, &k, &v)) {
        Value args[2] = {(Value)t, k};
        Value r = call_special(vm, v, NM(__set_name__), args, 2);
        if (!r)
            return set_name_error(vm, t, k, v);
    }
    return true;
}

static bool init_subclass(VM *vm, Type *t, Value kwnames, Value *kwargs) {
    /* super(t, t).__init_subclass__(**kwargs): look along the MRO after t */
    Tuple *m = AS_TUPLE(t->mro);
    for (size_t i = 1; i < m->len; i++) {
        Type *b = (Type *)m->items[i];
        Value f = dict_get_str(NULL, b->dict, NM(__init_subclass__));
        if (f == VAL_MISSING)
            continue;
        Value bound;
        if (TYPE(f) == &classmethod_type)
            bound = method_new(vm, ((Wrapper *)f)->func, (Value)t);
        else if (TYPE(f) == &method_descr_type)
            bound = TYPE(f)->descr_get(vm, f, NULL, (Value)t);
        else if (TYPE(f)->descr_get)
            bound = TYPE(f)->descr_get(vm, f, (Value)t, (Value)t);
        else
            bound = f;
        if (!bound)
            return false;
        return obj_call(vm, bound, kwargs, 0, kwnames) != NULL;
    }
    return true;
}

Value type_new_class(VM *vm, Type *meta, Value name, Value bases, Value ns, Value kwnames,
                     Value *kwargs) {
    if (!(meta = type_calc_metaclass(vm, meta, bases)))
        return NULL;
    Tuple *b = AS_TUPLE(bases);
    for (size_t i = 0; i < b->len; i++) {
        Value bt = b->items[i];
        if (!IS_TYPE(bt))
            return exc_raise(vm, &Exc_TypeError, "bases must be types");
        if (!(((Type *)bt)->flags & TF_BASETYPE))
            return exc_raise(vm, &Exc_TypeError, "type '%s' is not an acceptable base type",
                             type_name((Type *)bt));
    }
    if (b->len == 0) {
        Value obj = (Value)&object_type;
        bases = tuple_from(vm, &obj, 1);
        if (!bases)
            return NULL;
    }
    Type *base = best_base(vm, bases);
    if (!base)
        return NULL;
    Type *t = (Type *)gc_alloc(vm, meta->basicsize > sizeof(Type) ? meta->basicsize
                                                                 : sizeof(Type));
    if (!t)
        return NULL;
    memset(t, 0, sizeof(Type));
    t->ob.type = meta;
    t->flags = TF_HEAP | TF_BASETYPE | TF_READY |
               (base->flags & (TF_INT | TF_STR | TF_LIST | TF_TUPLE | TF_DICT | TF_EXC |
                               TF_TYPE | TF_BYTES | TF_FLOAT | TF_SET));
    t->base = base;
    t->bases = bases;
    t->v_name = name;
    t->doc = NULL;
    t->version = type_next_version();
    t->dict = dict_copy(vm, ns);
    if (!t->dict)
        return NULL;
    /* __qualname__ and __module__ come from the namespace (the class body sets them) */
    Value qn = dict_get_str(vm, t->dict, NM(__qualname__));
    if (qn != VAL_MISSING) {
        if (!IS_STR(qn))
            return exc_raise(vm, &Exc_TypeError, "type __qualname__ must be a str, not %s",
                             tname(qn));
        t->v_qualname = qn;
        dict_del(vm, t->dict, NM(__qualname__));
    } else {
        t->v_qualname = name;
    }
    Value mod = dict_get_str(vm, t->dict, NM(__module__));
    t->v_module = mod != VAL_MISSING ? mod : NULL;
    if (!make_layout(vm, t, base) || !set_mro(vm, t))
        return NULL;
    if (dict_get_str(vm, t->dict, NM(__doc__)) == VAL_MISSING &&
        !dict_set(vm, t->dict, NM(__doc__), NONE))
        return NULL;
    /* __eq__ without __hash__ makes instances unhashable */
    if (dict_get_str(vm, t->dict, NM(__eq__)) != VAL_MISSING &&
        dict_get_str(vm, t->dict, NM(__hash__)) == VAL_MISSING &&
        !dict_set(vm, t->dict, NM(__hash__), NONE))
        return NULL;
    /* __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods */
    Value nw = dict_get_str(vm, t->dict, NM(__new__));
    if (nw != VAL_MISSING && TYPE(nw) == &function_type) {
        Wrapper *w = (Wrapper *)gc_new(vm, &staticmethod_type, sizeof(Wrapper));
        if (!w)
            return NULL;
        w->func = nw;
        w->dict = NULL;
        dict_set(vm, t->dict, NM(__new__), (Value)w);
    }
    static const int implicit_cm[] = {NM___init_subclass__, NM___class_getitem__};
    for (size_t i = 0; i < 2; i++) {
        Value f = dict_get_str(vm, t->dict, kr_names[implicit_cm[i]]);
        if (f != VAL_MISSING && TYPE(f) == &function_type) {
            Wrapper *w = (Wrapper *)gc_new(vm, &classmethod_type, sizeof(Wrapper));
            if (!w)
                return NULL;
            w->func = f;
            w->dict = NULL;
            dict_set(vm, t->dict, kr_names[implicit_cm[i]], (Value)w);
        }
    }
    /* slots: inherit along the MRO, then point dunders defined in Python at wrappers */
    Tuple *m = AS_TUPLE(t->mro);
    for (size_t i = 1; i < m->len; i++)
        inherit_slots(t, (Type *)m->items[i]);
    slots_update(t);
    for (size_t i = 0; i < AS_TUPLE(bases)->len; i++)
        if (!add_subclass(vm, (Type *)AS_TUPLE(bases)->items[i], t))
            return NULL;
    if (!set_names(vm, t) || !init_subclass(vm, t, kwnames, kwargs))
        return NULL;
    return (Value)t;
}

/* ---- changing the layout of instances or classes: __class__ and __bases__ assignment ---- */

/* Whether heap type t stores nothing its base does not (CPython's compatible_with_tp_base). */
static bool same_layout_as_base(Type *t) {
    return (t->flags & TF_HEAP) && t->basicsize == t->base->basicsize &&
           t->dictoffset == t->base->dictoffset;
}

/* Whether a and b added the same member slots over their bases. */
static bool same_members(Type *a, Type *b) {
    if (a->basicsize != b->basicsize || a->dictoffset != b->dictoffset)
        return false;
    size_t pa = 0, pb = 0;
    Value k, va = NULL, vb = NULL;
    for (;;) {
        while (dict_next(a->dict, &pa, &k, &va) &&
               !(TYPE(va) == &member_descr_type && ((MemberDescr *)va)->owner == a))
            va = NULL;
        while (dict_next(b->dict, &pb, &k, &vb) &&
               !(TYPE(vb) == &member_descr_type && ((MemberDescr *)vb)->owner == b))
            vb = NULL;
        if (!va || !vb)
            return va == vb;
        if (!str_eq(((MemberDescr *)va)->name, ((MemberDescr *)vb)->name))
            return false;
        va = vb = NULL;
    }
}

/* A __dict__ that a class added (CPython's managed dict, a pre-header of the instance). */
static bool adds_dict(Type *t) {
    return t->dictoffset && t->dictoffset != type_static_base(t)->dictoffset;
}

bool type_layout_compatible(VM *vm, Type *oldto, Type *newto, const char *attr) {
    Type *nb = newto, *ob = oldto;
    while (same_layout_as_base(nb))
        nb = nb->base;
    while (same_layout_as_base(ob))
        ob = ob->base;
    if ((nb == ob || (nb->base == ob->base && same_members(nb, ob))) &&
        adds_dict(oldto) == adds_dict(newto))
        return true;
    exc_raise(vm, &Exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr,
              type_name(newto), type_name(oldto));
    return false;
}

static void remove_subclass(Type *base, Type *t) {
    List *l = base->subclasses ? AS_LIST(base->subclasses) : NULL;
    for (size_t i = 0; l && i < l->len; i++) {
        if (l->items[i] == (Value)t) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            return;
        }
    }
}

/* Recomputes the MRO of t and of the classes below it, recording (class, old MRO) pairs in
 * `undo` so that a failure can put every one back. */
static bool remro(VM *vm, Type *t, Value undo) {
    if (!list_append(vm, undo, (Value)t) || !list_append(vm, undo, t->mro))
        return false;
    if (!set_mro(vm, t))
        return false;
    List *subs = t->subclasses ? AS_LIST(t->subclasses) : NULL;
    for (size_t i = 0; subs && i < subs->len; i++)
        if (!remro(vm, (Type *)subs->items[i], undo))
            return false;
    return true;
}

int type_set_bases(VM *vm, Type *t, Value bases) {
    if (!IS_TUPLE(bases)) {
        exc_raise(vm, &Exc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                  type_name(t), tname(bases));
        return -1;
    }
    Tuple *b = AS_TUPLE(bases);
    if (!b->len) {
        exc_raise(vm, &Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                  type_name(t));
        return -1;
    }
    for (size_t i = 0; i < b->len; i++) {
        if (!IS_TYPE(b->items[i])) {
            exc_raise(vm, &Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                      type_name(t), tname(b->items[i]));
            return -1;
        }
        if (type_is_subtype((Type *)b->items[i], t)) {
            exc_raise(vm, &Exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    Type *base = best_base(vm, bases);
    if (!base || !type_layout_compatible(vm, t->base, base, "__bases__"))
        return -1;
    Value old_bases = t->bases, undo = list_new(vm, 8);
    Type *old_base = t->base;
    if (!undo)
        return -1;
    t->bases = bases;
    t->base = base;
    if (!remro(vm, t, undo)) {
        List *u = AS_LIST(undo);
        for (size_t i = 0; i + 1 < u->len; i += 2)
            ((Type *)u->items[i])->mro = u->items[i + 1];
        t->bases = old_bases;
        t->base = old_base;
        return -1;
    }
    for (size_t i = 0; i < AS_TUPLE(old_bases)->len; i++)
        remove_subclass((Type *)AS_TUPLE(old_bases)->items[i], t);
    for (size_t i = 0; i < b->len; i++)
        if (!add_subclass(vm, (Type *)b->items[i], t))
            return -1;
    type_modified(vm, t, NM(__bases__));
    return 0;
}

void type_modified(VM *vm, Type *t, Value name) {
    t->version = type_next_version();
    if (str_nbytes(name) > 4 && str_data(name)[0] == '_' && str_data(name)[1] == '_')
        slots_update(t);
    if (t->subclasses) {
        List *l = AS_LIST(t->subclasses);
        for (size_t i = 0; i < l->len; i++)
            type_modified(vm, (Type *)l->items[i], name);
    }
}

Value type_repr(VM *vm, Value v) {
    Type *t = (Type *)v;
    if (t->v_module && IS_STR(t->v_module) && !str_eq_c(t->v_module, "builtins"))
        return str_fmt(vm, "<class '%U.%U'>", t->v_module, t->v_qualname);
    return str_fmt(vm, "<class '%s'>", t->v_qualname ? str_data(t->v_qualname) : t->name);
}

/* ---- generic attribute access ---- */

static inline bool is_data_descr(Value d) {
    Type *dt = TYPE(d);
    return dt->descr_set != NULL;
}

Value generic_getattr(VM *vm, Value obj, Value name) {
    Type *t = TYPE(obj);
    Value descr = type_lookup(t, name);
    DescrGetFn get = NULL;
    if (descr != VAL_MISSING) {
        get = TYPE(descr)->descr_get;
        if (get && is_data_descr(descr))
            return get(vm, descr, obj, (Value)t);
    }
    Value *dp = obj_dictptr(obj);
    if (dp && *dp) {
        Value v = IS_EXACT_STR(name) ? dict_get_str(vm, *dp, name) : dict_get(vm, *dp, name);
        if (v != VAL_MISSING)
            return v;
    }
    if (descr != VAL_MISSING)
        return get ? get(vm, descr, obj, (Value)t) : descr;
    return exc_attribute_error(vm, obj, name);
}

Value generic_getmethod(VM *vm, Value obj, Value name, bool *is_unbound) {
    Type *t = TYPE(obj);
    *is_unbound = false;
    if (t->getattr != generic_getattr)
        return obj_getattr(vm, obj, name);
    Value descr = type_lookup(t, name);
    if (descr != VAL_MISSING) {
        Type *dt = TYPE(descr);
        if (dt == &function_type ||
            (dt == &method_descr_type && !(((MethodDescr *)descr)->def->flags & MF_CLASS))) {
            Value *dp = obj_dictptr(obj);
            if (!dp || !*dp || dict_get_str(vm, *dp, name) == VAL_MISSING) {
                *is_unbound = true;
                return descr;
            }
        }
    }
    return generic_getattr(vm, obj, name);
}

int generic_setattr(VM *vm, Value obj, Value name, Value v) {
    Type *t = TYPE(obj);
    Value descr = type_lookup(t, name);
    if (descr != VAL_MISSING) {
        DescrSetFn set = TYPE(descr)->descr_set;
        if (set)
            return set(vm, descr, obj, v);
    }
    Value *dp = obj_dictptr(obj);
    if (!dp) {
        if (descr != VAL_MISSING)
            exc_raise(vm, &Exc_AttributeError, "'%s' object attribute '%U' is read-only",
                      tname(obj), name);
        else   /* setting and deleting do not record name and obj, as in CPython */
            exc_raise(vm, &Exc_AttributeError, "'%s' object has no attribute '%U'", tname(obj),
                      name);
        return -1;
    }
    if (!*dp && !(*dp = dict_new(vm)))
        return -1;
    if (v)
        return dict_set(vm, *dp, name, v) ? 0 : -1;
    int r = dict_del(vm, *dp, name);
    if (r == 0) {
        exc_raise(vm, &Exc_AttributeError, "'%s' object has no attribute '%U'", tname(obj), name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

Value call_special(VM *vm, Value obj, Value name, Value *args, size_t nargs) {
    Type *t = TYPE(obj);
    Value f = type_lookup(t, name);
    if (f == VAL_MISSING)
        return VAL_MISSING;
    Value stack[8];
    if (nargs > 7)
        return exc_raise(vm, &Exc_SystemError, "too many arguments to a special method");
    Type *ft = TYPE(f);
    if (ft == &function_type || ft == &method_descr_type || ft == &slot_wrapper_type) {
        stack[0] = obj;
        for (size_t i = 0; i < nargs; i++)
            stack[i + 1] = args[i];
        return obj_call(vm, f, stack, nargs + 1, NULL);
    }
    if (ft->descr_get) {
        f = ft->descr_get(vm, f, obj, (Value)t);
        if (!f)
            return NULL;
    }
    return obj_call(vm, f, args, nargs, NULL);
}
