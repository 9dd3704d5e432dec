/* Krait: a sandboxed Python 3.11 interpreter to embed in a host process.
 *
 * A kr_vm is a session: globals persist across kr_exec calls, as a notebook's cells do.  The
 * code it runs holds no authority the host did not grant: no builtin touches the OS, `import`
 * sees only the built-in modules the host allows, and hard limits (steps, wall time, memory,
 * recursion, output) end a run with a result saying which limit, never a crash or hang of the
 * host.  After any result the VM stays usable.
 *
 * Threads: a VM may be used by one thread at a time; different VMs may run on different
 * threads concurrently.  kr_interrupt may be called from any thread.
 *
 * Memory: every string in a kr_result is owned by the result and released by
 * kr_result_free.
 */
#ifndef KRAIT_H
#define KRAIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define KR_API __attribute__((visibility("default")))
#else
#define KR_API
#endif

#define KRAIT_VERSION "0.1.0"

typedef struct kr_vm kr_vm;

/* Where output goes: stream 1 is stdout, 2 is stderr. */
typedef void (*kr_write_fn)(void *ud, int stream, const char *data, size_t n);

typedef enum kr_validate_mode {
    KR_VALIDATE_OFF,      /* run without a static check */
    KR_VALIDATE_WARN,     /* check, report violations in the result, run anyway */
    KR_VALIDATE_ENFORCE,  /* check; code with violations fails with KR_POLICY, unrun */
} kr_validate_mode;

typedef struct kr_config {
    uint64_t max_steps;        /* evaluation steps per run; 0: unlimited */
    double timeout;            /* wall-clock seconds per run; 0: unlimited */
    size_t max_memory;         /* bytes the VM may hold; 0: unlimited */
    int max_depth;             /* Python call depth (RecursionError beyond); default 1000 */
    size_t max_stack;          /* C stack bytes a run may use; 0: derived from the thread */
    size_t max_output;         /* bytes of stdout + stderr per run; 0: unlimited */
    size_t max_source;         /* bytes of source accepted; default 10 MiB */
    /* Modules `import` may load: NULL-terminated names, or NULL for the default set. */
    const char *const *allowed_modules;
    /* Output sink; NULL: output is captured into the result. */
    kr_write_fn write;
    void *write_ud;
    /* What input() reads; NULL: empty (input() raises EOFError). */
    const char *stdin_data;
    size_t stdin_len;
    kr_validate_mode validate;
} kr_config;

/* Fills cfg with the defaults (no limits except depth 1000 and 10 MiB of source). */
KR_API void kr_config_init(kr_config *cfg);

typedef enum kr_status {
    KR_OK = 0,
    KR_SYNTAX_ERROR = 1,   /* the source did not parse or compile */
    KR_EXCEPTION = 2,      /* an uncaught Python exception */
    KR_LIMIT = 3,          /* a hard limit ended the run */
    KR_POLICY = 4,         /* the static check refused the code (KR_VALIDATE_ENFORCE) */
    KR_ERROR = 5,          /* misuse of the API (bad arguments) */
} kr_status;

typedef enum kr_limit {
    KR_LIMIT_NONE = 0,
    KR_LIMIT_STEPS,
    KR_LIMIT_TIME,
    KR_LIMIT_MEMORY,
    KR_LIMIT_DEPTH,        /* the C-stack guard (Python recursion raises RecursionError) */
    KR_LIMIT_OUTPUT,
    KR_LIMIT_INTERRUPT,    /* kr_interrupt */
} kr_limit;

typedef struct kr_result {
    kr_status status;
    kr_limit limit;
    /* repr() of the value of the last expression statement, as a REPL shows it; NULL if the
     * run did not end with an expression or it was None. */
    char *value_repr;
    /* Captured output (when the config has no write callback). */
    char *out;
    size_t out_len;
    char *err;
    size_t err_len;
    /* Errors: the exception's (or limit's) type name and message, the full traceback text as
     * CPython prints it, and the location (file, line, column) of the error. */
    char *error_type;
    char *error_message;
    char *traceback;
    char *error_file;
    int error_line;
    int error_col;
    /* The run ended with SystemExit (or a subclass): exit_code is the status python3 would
     * exit with, and traceback holds what it would print on stderr (NULL when nothing). */
    bool system_exit;
    int exit_code;
    /* Static-check violations as a JSON array (NULL if none), and the checked module's size:
     * source lines, AST nodes and deepest nesting (0 when no check ran). */
    char *violations_json;
    size_t source_lines;
    size_t ast_nodes;
    int max_nesting;
    /* Statistics of the run. */
    uint64_t steps;
    double wall_time;
    size_t peak_memory;
} kr_result;

KR_API const char *kr_version(void);
/* A new VM, or NULL if cfg is invalid or memory is exhausted. */
KR_API kr_vm *kr_vm_new(const kr_config *cfg);
/* Runs source text (UTF-8, n bytes) as the body of the session's __main__ module.  Fills out
 * (if not NULL) and returns its status. */
KR_API kr_status kr_exec(kr_vm *vm, const char *src, size_t n, const char *filename,
                         kr_result *out);
/* Asks the running kr_exec of vm to stop with KR_LIMIT_INTERRUPT; safe from any thread. */
KR_API void kr_interrupt(kr_vm *vm);
KR_API void kr_result_free(kr_result *r);
/* The result as one JSON object (the CLI's --json form); free with free(). */
KR_API char *kr_result_json(const kr_result *r);
KR_API void kr_vm_free(kr_vm *vm);

/* The static check alone: fills out->violations_json (a JSON array of {rule, name, severity,
 * line, col, message}), out->traceback (the same as text lines "file:line:col: severity: rule:
 * message"), the size metrics, and returns KR_POLICY if any violation is an error, KR_OK if none,
 * KR_SYNTAX_ERROR if the code does not parse.  Nothing runs. */
KR_API kr_status kr_validate(kr_vm *vm, const char *src, size_t n, const char *filename,
                             kr_result *out);
/* The lowered AST as text (for tests and debugging), or NULL with the syntax error in out. */
KR_API char *kr_dump_ast(kr_vm *vm, const char *src, size_t n, const char *filename,
                         kr_result *out);

#ifdef __cplusplus
}
#endif

#endif
