/* Name resolution (scope.c): one Scope per module, class body, function, lambda, generator
 * expression and comprehension.  After scope_resolve every Name node knows where its value
 * lives (NameScope + slot), every function knows its frame layout, and CPython's compile-time
 * errors ('return' outside function, nonlocal at module level, ...) have been raised.
 *
 * Frame layout of a function-like scope: slots [0, nlocals) are plain locals (parameters
 * first, in order), [nlocals, nlocals + ncells) hold cells created at entry for variables that
 * inner functions capture, [.., + nfree) hold the cells of the closure.  List, set and dict
 * comprehensions are inlined: their variables take further slots of the enclosing frame, but
 * their names stay private to them.  A generator expression is a nested generator function.
 */
#ifndef KR_SCOPE_H
#define KR_SCOPE_H

#include "ast.h"

typedef enum ScopeKind {
    SC_MODULE,
    SC_CLASS,
    SC_FUNCTION,       /* def and lambda */
    SC_GENEXP,         /* generator expression: a generator function */
    SC_COMPREHENSION,  /* list/set/dict comprehension: inlined in the enclosing frame */
} ScopeKind;

enum ScopeFlags {
    SCF_GENERATOR = 1 << 0,    /* contains yield: calling it makes a generator */
    SCF_COROUTINE = 1 << 1,    /* async def */
    SCF_VARARGS = 1 << 2,
    SCF_VARKW = 1 << 3,
    SCF_NEEDS_CLASS_CELL = 1 << 4,  /* class scope: a method uses super() or __class__ */
    SCF_HAS_ANNOTATIONS = 1 << 5,   /* module/class: annotated assignments at top level */
    SCF_FUTURE_ANNOTATIONS = 1 << 6,/* from __future__ import annotations */
};

struct Scope {
    ScopeKind kind;
    uint32_t flags;
    Scope *parent;
    Node *node;
    Value name;          /* function/class name, "<module>", "<lambda>", "<genexpr>"... */
    Value qualname;
    Value symbols;       /* dict: name -> int flags (scope.c internal) */

    /* frame layout (function-like scopes, module and class bodies) */
    int32_t nslots;      /* all slots: locals, cells, frees, inlined comprehension slots */
    int32_t nlocals;
    int32_t ncells;
    int32_t nfree;
    Value slotnames;     /* dict: name -> slot, for the names this scope owns */
    int32_t *cell_arg;   /* ncells entries: parameter slot copied into the cell, or -1;
                            comprehensions: the slots of their cells, made fresh each run */
    int32_t *free_from;  /* nfree entries: slot in the enclosing frame holding that cell */
    int32_t class_cell;  /* class scope: slot of the __class__ cell, or -1 */
    Value directives;    /* dict: name -> position of its first global/nonlocal statement */
    Value inlined;       /* frame scopes: list of the comprehensions run in the frame; a global
                            Name inside one has its index + 1 as index (for NameError hints) */

    /* parameters (function-like scopes) */
    int32_t argcount;    /* positional parameters, posonly included */
    int32_t posonly;
    int32_t kwonly;
};

/* Whether s binds name (assignment, import, def, parameter...). */
bool scope_binds(Scope *s, Value name);

/* The names CPython's code object of s lists as co_varnames (parameters, then plain locals;
 * neither cells nor free variables), where NameError looks for "Did you mean" hints. */
Value scope_varnames(VM *vm, Scope *s);

/* Resolves the module; false with SyntaxError pending. */
bool scope_resolve(VM *vm, Node *module, Value filename, Value source);

#endif
