/* Krait's AST: what lower.c produces from the tree-sitter CST, scope.c resolves, validate.c
 * checks and eval*.c runs.  It is private to Krait and shaped for evaluation, close to
 * CPython's ast module so that its semantics are easy to check against CPython's.
 *
 * Every node has a kind, a source range (1-based lines, 0-based byte columns, as CPython's
 * lineno/col_offset/end_lineno/end_col_offset) and kind-specific fields in a union.  Nodes,
 * lists and the constants they hold live on the GC heap and are kept alive by the functions
 * and modules that refer to them.
 *
 * Desugaring done by lowering, so the evaluator never sees it:
 *  - adjacent string literals are one Const (or one FString);
 *  - `a = b = c` is one Assign with two targets; `a[1, 2]` subscripts a Tuple;
 *  - f"{x=}" becomes the text "x=" followed by a FormattedValue with conversion 'r'
 *    (unless a conversion or format spec is given, as CPython does);
 *  - a lambda's body is a Return statement;
 *  - a decorated definition is the FunctionDef/ClassDef with its decorator list.
 */
#ifndef KR_AST_H
#define KR_AST_H

#include "rt.h"

#define AST_KINDS(X)                                                                      \
    /* module */                                                                          \
    X(Module)                                                                             \
    /* statements */                                                                      \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign) X(AnnAssign)    \
    X(For) X(While) X(If) X(With) X(Match) X(Raise) X(Try) X(Assert) X(Import)            \
    X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)              \
    /* expressions */                                                                     \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set)          \
    X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom)     \
    X(Compare) X(Call) X(FormattedValue) X(JoinedStr) X(Const) X(Attribute) X(Subscript)  \
    X(Starred) X(Name) X(List) X(Tuple) X(Slice)                                          \
    /* parts */                                                                           \
    X(Comprehension) X(ExceptHandler) X(Arguments) X(Arg) X(Keyword) X(Alias)             \
    X(WithItem) X(MatchCase)                                                              \
    /* patterns */                                                                        \
    X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass)        \
    X(MatchStar) X(MatchAs) X(MatchOr)

typedef enum NodeKind {
#define X(k) N_##k,
    AST_KINDS(X)
#undef X
    N__COUNT
} NodeKind;

extern const char *const ast_kind_names[N__COUNT];

typedef struct Node Node;
typedef struct Scope Scope;

typedef struct NodeList {
    size_t n;
    Node **items;
} NodeList;

/* Node.flags */
enum {
    NF_HAS_YIELD = 1 << 0,   /* the subtree suspends (yield/await) within its own function */
    NF_ASYNC = 1 << 1,       /* async def / async for / async with / async comprehension */
    NF_STORE = 1 << 2,       /* Name/Attribute/Subscript/Tuple/List/Starred as a target */
    NF_DEL = 1 << 3,         /* ... as a del target */
    NF_SIMPLE = 1 << 4,      /* AnnAssign: target is a plain name not in parentheses */
    NF_TRY_STAR = 1 << 5,    /* try with except* (rejected by lowering) */
    NF_PARENS = 1 << 6,      /* an expression written in parentheses */
    NF_BLOCKED = 1 << 7,     /* Attribute: the name is blocked by the sandbox policy (scope.c) */
    NF_KIND_U = 1 << 8,      /* Const str whose first literal has the `u` prefix (kind='u') */
};

/* Comparison operators beyond enum CmpOp (object.h). */
enum { CMP_IS = 6, CMP_IS_NOT, CMP_IN, CMP_NOT_IN };
/* UnaryOp ops: enum UnOp (object.h) plus `not`. */
enum { UOP_NOT = UOP__COUNT };
enum { BOOL_AND, BOOL_OR };

/* How a Name is resolved (scope.c). */
typedef enum NameScope {
    NS_UNRESOLVED,
    NS_LOCAL,         /* frame slot `index` */
    NS_DEREF,         /* cell in frame slot `index` (a cell or free variable) */
    NS_GLOBAL,        /* module dict, then builtins (global statement or not bound locally) */
    NS_NAME,          /* class body / module top level: namespace dict, then globals, builtins */
    NS_CLASS_DEREF,   /* class body reading a free variable: namespace dict, then the cell */
} NameScope;

/* Per-call-site cache for global/builtin look-ups: valid while both dicts keep their version. */
typedef struct GlobalCache {
    uint64_t gver, bver;
    Value *slot;        /* where the value lives (an entry of globals or builtins) */
} GlobalCache;

/* Per-call-site cache for attribute loads on instances of one type. */
typedef struct AttrCache {
    Type *type;
    uint64_t version;
    Value descr;        /* what the MRO look-up found (VAL_MISSING: nothing) */
} AttrCache;

struct Node {
    uint8_t kind;
    uint8_t op;            /* BinOp/AugAssign: enum BinOp; UnaryOp: enum UnOp/UOP_NOT;
                              BoolOp: BOOL_AND/OR; FormattedValue: conversion 0,'s','r','a' */
    uint16_t flags;
    int32_t line, col, end_line, end_col;
    union {
        struct {
            NodeList body;
            Scope *scope;
            Value source, filename;
            Value warnings;      /* compile_warn.c's (line, message) tuples, or NULL */
            Value doc;           /* docstring, or NULL */
        } module;
        struct {
            Value name;
            Node *args;              /* Arguments */
            NodeList body;
            NodeList decorators;
            Node *returns;
            Scope *scope;
            Value doc;               /* docstring or NULL */
            struct Code *code;       /* made once by the evaluator */
            Node *target;            /* FunctionDef: the Name the def binds (scope.c) */
        } func;                      /* FunctionDef, Lambda (name "<lambda>") */
        struct {
            Value name;
            NodeList bases;          /* may contain Starred */
            NodeList keywords;       /* Keyword */
            NodeList body;
            NodeList decorators;
            Scope *scope;
            Value doc;
            struct Code *code;       /* made once by the evaluator */
            Node *target;            /* the Name the class statement binds (scope.c) */
        } cls;
        struct { Node *value; } ret;         /* Return, Expr, Await, Yield, YieldFrom, Starred */
        struct { NodeList targets; } del;    /* Delete */
        struct { NodeList targets; Node *value; } assign;
        struct { Node *target; Node *value; } aug;           /* AugAssign, op = BinOp */
        struct { Node *target; Node *annotation; Node *value; } ann;
        struct { Node *target; Node *iter; NodeList body; NodeList orelse; } for_;
        struct { Node *test; NodeList body; NodeList orelse; } while_;   /* While, If */
        struct { NodeList items; NodeList body; } with;      /* items: WithItem */
        struct { Node *context; Node *vars; } withitem;
        struct { Node *subject; NodeList cases; } match;     /* cases: MatchCase */
        struct { Node *pattern; Node *guard; NodeList body; } matchcase;
        struct { Node *exc; Node *cause; } raise;
        struct { NodeList body; NodeList handlers; NodeList orelse; NodeList finalbody; } try_;
        struct { Node *type; Value name; NodeList body; Node *target; } handler;
        struct { Node *test; Node *msg; } assert_;
        struct { NodeList names; } import;                  /* Import: Alias list */
        struct { Value module; NodeList names; int level; } importfrom; /* names: Alias;
                                                               one Alias named "*" = import * */
        struct { Value name; Value asname; Node *target; } alias; /* target: Name to bind */
        struct { size_t n; Value *names; } global;   /* Global, Nonlocal */
        struct { NodeList values; } boolop;
        struct { Node *target; Node *value; } named;
        struct { Node *left; Node *right; } bin;
        struct { Node *operand; } unary;
        struct { Node *test; Node *body; Node *orelse; } ifexp;
        struct { NodeList keys; NodeList values; } dict;     /* NULL key: **mapping */
        struct { NodeList elts; } seq;                       /* List, Tuple, Set */
        struct {
            Node *elt;               /* ListComp/SetComp/GeneratorExp element; DictComp key */
            Node *value;             /* DictComp value */
            NodeList generators;     /* Comprehension */
            Scope *scope;
            struct Code *code;       /* GeneratorExp: made once by the evaluator */
        } comp;
        struct { Node *target; Node *iter; NodeList ifs; } gen;   /* Comprehension */
        struct { Node *left; uint8_t *ops; NodeList comparators; } cmp;
        struct {
            Node *func;
            NodeList args;           /* may contain Starred */
            NodeList keywords;       /* Keyword; arg NULL: **mapping */
            Value kwnames;           /* tuple of keyword names, when no * or ** (scope.c) */
            bool simple;             /* no Starred argument and no **mapping (scope.c) */
        } call;
        struct { Value arg; Node *value; } keyword;
        struct { Node *value; Node *spec; } fmt;    /* FormattedValue; spec: JoinedStr or NULL */
        struct { NodeList values; } joined;         /* JoinedStr: Const str and FormattedValue */
        struct { Value value; } constant;
        struct { Node *value; Value attr; AttrCache cache; } attr;
        struct { Node *value; Node *slice; } sub;
        struct { Node *lower; Node *upper; Node *step; } slice;
        struct {
            Value id;
            uint8_t scope;           /* NameScope */
            int32_t index;           /* slot for NS_LOCAL / NS_DEREF / NS_CLASS_DEREF */
            GlobalCache cache;
        } name;
        struct {
            NodeList posonly;        /* Arg */
            NodeList args;           /* Arg */
            Node *vararg;            /* Arg or NULL */
            NodeList kwonly;         /* Arg */
            NodeList kw_defaults;    /* parallel to kwonly; NULL entries: required */
            Node *kwarg;             /* Arg or NULL */
            NodeList defaults;       /* for the last posonly+args */
        } arguments;
        struct { Value name; Node *annotation; int32_t index; } arg;  /* index: local slot */
        /* patterns */
        struct { Node *value; } mvalue;                  /* MatchValue, MatchSingleton */
        struct { NodeList patterns; } mseq;              /* MatchSequence, MatchOr */
        struct { NodeList keys; NodeList patterns; Node *rest; } mmap;  /* rest: Name */
        struct { Node *cls; NodeList patterns; size_t nkw; Value *kw_attrs; NodeList kw_patterns; } mclass;
        struct { Node *pattern; Node *target; } mas;     /* MatchAs / MatchStar: target Name
                                                            or NULL (wildcard) */
    } u;
};

/* Construction (lowering). */
Node *ast_new(VM *vm, NodeKind kind, int line, int col, int end_line, int end_col);
bool ast_list_push(VM *vm, NodeList *l, Node *n);
/* The text form of --dump-ast: exactly what CPython's ast.dump(tree, indent=2) prints. */
Value ast_dump(VM *vm, Node *n);
/* The same with include_attributes=True (lineno, col_offset, end_lineno, end_col_offset). */
Value ast_dump_positions(VM *vm, Node *n);

/* Whether CPython's AST optimizer folds e (whose value is v, NULL for a nested operand or
 * when not known) into a constant. */
bool ast_folds_to_const(const Node *e, Value v);

#endif
