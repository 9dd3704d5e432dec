/* The evaluator: an AST walker with resolved slots, inline caches and resumable frames.
 *
 * Expressions return a Value, or NULL with the exception pending on the VM, or VAL_SUSPEND
 * when a generator or coroutine frame is unwinding to its caller at a yield/await.  One test
 * (IS_SENTINEL) covers both abnormal cases on the hot path.  Statements return a completion.
 *
 * Frames of ordinary calls live on the C stack; their slots are a C array the conservative
 * GC scans.  Generator frames live on the heap.  A suspended generator is its frame plus a
 * resume stack: while unwinding from a yield, every enclosing construct that can contain one
 * (the nodes flagged NF_HAS_YIELD by scope.c) pushes a record of where it was (statement
 * index, live iterator, operands already computed); on resumption they re-descend, each
 * popping its record, until the yield returns the sent value.  Nothing else pays for it: only
 * flagged nodes take the resumable paths (eval_gen.c). */
#ifndef KR_EVAL_H
#define KR_EVAL_H

#include "ast.h"
#include "scope.h"

/* Statement completions. */
enum { C_NORMAL, C_BREAK, C_CONTINUE, C_RETURN, C_RAISE, C_YIELD };

/* What a function object runs: a FunctionDef, Lambda, GeneratorExp or ClassDef body. */
struct Code {
    Node *node;
    Scope *scope;
    NodeList *body;
    Value filename, source;   /* for tracebacks */
    Value name, qualname;
    Value *params;            /* parameter names in slot order */
    int32_t nparams;
    int32_t kwarg_slot;       /* slot of **kwargs, or -1 */
};

/* The Code of a def/lambda/genexp/class node, made on first use. */
Code *eval_code_of(Frame *f, Node *n);

typedef struct RRec {
    Node *node;       /* the construct (or, for a block, the statement) that saved it */
    int32_t pc;       /* where it was: statement index, child index, phase */
    int32_t nvals;
    Value *vals;      /* values it needs back: operands, iterators, saved exceptions */
} RRec;

typedef struct Gen Gen;

struct Frame {
    VM *vm;
    Frame *back;
    Code *code;
    Value *slots;
    Value globals;
    Value builtins;
    Value ns;            /* class body or module namespace, for NS_NAME */
    Node *stmt;          /* statement being run */
    Node *err_node;      /* node whose operation raised the pending exception */
    Value tb_exc;        /* the exception this frame last added a traceback entry for */
    Value retval;        /* C_RETURN value */
    Value last_expr;     /* module frames: value of the last expression statement */
    Gen *gen;            /* the generator running this frame, or NULL */
    RRec *rs;            /* resume stack */
    int32_t rs_len, rs_cap;
    bool resuming;
};

/* Generators, coroutines and async generators. */
enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };
enum { GK_GENERATOR, GK_COROUTINE, GK_ASYNC_GENERATOR };

struct Gen {
    Obj ob;
    Frame *frame;
    uint8_t state, kind;
    bool closing;        /* close() in progress: a yield is an error */
    Value yielded;       /* value of the last yield */
    Value sent;          /* value or exception delivered on resume */
    bool throw_mode;     /* resume by raising `sent` at the yield */
    Value throw_args;    /* throw()'s own arguments (a tuple), passed on as given to the throw()
                            of a non-generator iterator a yield from delegates to */
    Value retval;        /* return value once done (StopIteration.value) */
    Value name, qualname;
    Value handling;      /* the exception being handled inside, across suspensions */
    Value yf;            /* the iterator a `yield from`/await is delegating to, or NULL */
    Value outer;         /* the caller's exception context during the current resumption */
    bool yield_value;    /* it suspended at a yield (not at an await passing a value through):
                            what an async generator's asend() turns into StopIteration */
    bool running_async;  /* async generator: an asend()/athrow() is being awaited */
    bool ag_closed;      /* async generator: aclose() started or it was exhausted */
};

#define AS_GEN(v) ((Gen *)(v))

/* ---- eval_expr.c ---- */
Value eval_expr(Frame *f, Node *n);
Value eval_name(Frame *f, Node *n);
Value eval_binop_values(Frame *f, Node *n, Value a, Value b);
Value eval_compare_op(Frame *f, int op, Value a, Value b);
Value eval_build_seq(Frame *f, Node *n, Value *vals);        /* List/Tuple/Set */
Value eval_build_dict(Frame *f, Node *n, Value *vals);       /* keys and values interleaved */
Value eval_format_value(Frame *f, Node *n, Value v, Value spec);
Value eval_joined(Frame *f, Node *n, Value *vals);
Value eval_attr(Frame *f, Node *n, Value obj);
Value eval_subscript(Frame *f, Node *n, Value obj, Value key);
Value eval_unary(Frame *f, Node *n, Value v);
Value eval_comprehension(Frame *f, Node *n, Value first_iter);
/* Marks n as where the pending exception was raised in f; returns NULL. */
Value eval_fail(Frame *f, Node *n);

/* ---- eval_call.c ---- */
Value eval_call(Frame *f, Node *n);
/* The call of n to callee, with its arguments already evaluated (args, then keyword values, in
 * order), or with args NULL when the call has * or ** arguments still to evaluate. */
Value eval_call_values(Frame *f, Node *n, Value callee, Value *args);
Value eval_call_function(VM *vm, Value fn, Value *args, size_t nargs, Value kwnames);
Value eval_make_function(Frame *f, Node *n, Value *defaults, size_t ndefaults,
                         Value kwdefaults);
/* def/lambda n: what it evaluates when it runs (after its decorators), in CPython's order:
 * defaults, keyword-only defaults, then (def only) the annotations of its parameters in slot
 * order and of its return.  Kid i is NULL where there is nothing to evaluate. */
size_t eval_def_nkids(Node *n);
Node *eval_def_kid(Node *n, size_t i);
/* The function of def/lambda n from the values of its kids (anything where a kid is NULL). */
Value eval_make_function_from(Frame *f, Node *n, Value *vals);
Value eval_make_function_node(Frame *f, Node *n);
int eval_class_def(Frame *f, Node *n, Value *evaluated);
/* Binds a call's arguments to the parameters of a function into slots; false on error. */
bool eval_bind_args(VM *vm, Function *fn, Value *slots, Value *args, size_t nargs,
                    Value kwnames);
/* Runs a code body in a new frame (module, class body); C_* completion. */
int eval_run_frame(Frame *f);

/* ---- eval_stmt.c ---- */
int exec_block(Frame *f, NodeList *body);
int exec_stmt(Frame *f, Node *s);
/* Records the pending exception's traceback entry for f (once per exception per frame). */
void eval_traceback_here(Frame *f, Node *stmt);
/* Adds a traceback entry for the pending exception at node `at` of f's code, as if run by a
 * function named funcname (comprehensions run inline but show a frame of their own). */
void eval_add_tb(Frame *f, Value funcname, Node *at);
/* Whether except clause h catches exc: 1, 0, or -1 with a new error pending.  Its class is
 * evaluated while exc is being handled, so such an error gets exc as __context__. */
int eval_handler_matches(Frame *f, Node *h, Value exc);
/* Raises the AssertionError of a failed assert statement s (msg may be NULL): C_RAISE. */
int eval_assert_failed(Frame *f, Node *s, Value msg);
int eval_import(Frame *f, Node *s);
int eval_import_from(Frame *f, Node *s);

/* ---- eval_assign.c ---- */
bool eval_store(Frame *f, Node *target, Value v);
bool eval_delete(Frame *f, Node *target);
bool eval_store_name(Frame *f, Node *n, Value v);
bool eval_unpack(Frame *f, Node *target, Value v);

/* ---- eval_match.c ---- */
int eval_match(Frame *f, Node *s);
/* 1 matched, 0 not, -1 error. */
int eval_pattern(Frame *f, Node *p, Value subject);

/* ---- eval_gen.c ---- */
Value eval_gen_expr(Frame *f, Node *n);
int exec_gen_stmt(Frame *f, Node *s);
Value gen_new(VM *vm, Frame *f, int kind, Value name, Value qualname);
/* Readies the generator, coroutine and async generator types and their helpers (start-up). */
void gen_types_ready(void);
/* Resumes a generator: `sent` as the yield's value, or raised at the yield if throw.  Returns
 * the next yielded value, VAL_STOP when it finished (its return value in retval), or NULL. */
Value gen_resume(VM *vm, Gen *g, Value sent, bool throw_);
/* `async for`: the asynchronous iterator of obj (__aiter__), and the awaitable iterator of its
 * next item (__anext__), with CPython's errors. */
Value gen_aiter(Frame *f, Value obj);
Value gen_anext(Frame *f, Value aiter);
/* Drives the awaitable iterator *sub one step from f (a coroutine frame); on resumption (f
 * resuming) delivers what was sent or thrown in.  VAL_SUSPEND: f must suspend, saving *sub;
 * otherwise the await's result, or NULL. */
Value gen_await(Frame *f, Value sub);
bool rs_push(Frame *f, Node *n, int pc, const Value *vals, int nvals);
RRec *rs_pop(Frame *f, Node *n);

/* After unpacking *v failed: replaces the error by CPython's "Value after * must be an
 * iterable" when v is no iterable at all. */
void eval_star_error(VM *vm, Value v);

/* ---- eval_error.c ---- */
Value eval_unbound_local(Frame *f, Node *n);
Value eval_name_error(Frame *f, Node *n, Value name);

#endif
