/* The embedding API (include/krait.h). */
#include <gc/gc.h>
#include <limits.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "builtins.h"
#include "compile_warn.h"
#include "eval.h"
#include "krait.h"
#include "parse.h"
#include "validate.h"

typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

struct kr_vm {
    VM vm;
    kr_config cfg;
    Buf out, err;       /* captured output when the host gave no write callback */
    size_t peak;        /* the most memory any run of the session held */
};

/* A session that held this much gives its memory back to the system when it is freed. */
#define RELEASE_PEAK ((size_t)16 << 20)

/* ---- process initialisation ---- */

static void interp_init_once(void) {
    rt_init();
    function_call_hook = eval_call_function;
    gen_types_ready();
}

static void interp_init(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, interp_init_once);
}

const char *kr_version(void) {
    return KRAIT_VERSION;
}

void kr_config_init(kr_config *cfg) {
    memset(cfg, 0, sizeof *cfg);
    cfg->max_depth = 1000;
    cfg->max_source = (size_t)10 << 20;
}

/* ---- output ---- */

static bool buf_add(Buf *b, const char *p, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 4096;
        while (nc < b->len + n + 1)
            nc *= 2;
        char *q = realloc(b->p, nc);
        if (!q)
            return false;
        b->p = q;
        b->cap = nc;
    }
    memcpy(b->p + b->len, p, n);
    b->len += n;
    b->p[b->len] = 0;
    return true;
}

static void capture_write(void *ud, const char *p, size_t n) {
    buf_add(ud, p, n);
}

typedef struct HostSink {
    kr_write_fn fn;
    void *ud;
    int stream;
} HostSink;

static void host_write(void *ud, const char *p, size_t n) {
    HostSink *s = ud;
    s->fn(s->ud, s->stream, p, n);
}

/* ---- VMs ---- */

static Value make_main_globals(VM *vm) {
    Value g = dict_new(vm);
    if (!g || !dict_set(vm, g, NM(__name__), NM(__main__)) ||
        !dict_set(vm, g, NM(__doc__), NONE))
        return NULL;
    return g;
}

kr_vm *kr_vm_new(const kr_config *cfg) {
    interp_init();
    kr_config defaults;
    if (!cfg) {
        kr_config_init(&defaults);
        cfg = &defaults;
    }
    if (cfg->max_depth < 0 || cfg->timeout < 0)
        return NULL;
    /* the VM holds GC pointers but lives outside the collected heap: a root */
    kr_vm *k = GC_MALLOC_UNCOLLECTABLE(sizeof(kr_vm));
    if (!k)
        return NULL;
    memset(k, 0, sizeof *k);
    k->cfg = *cfg;
    VM *vm = &k->vm;
    vm->max_depth = vm->host_max_depth = cfg->max_depth ? cfg->max_depth : 1000;
    vm->limit_line = -1;
    vm->ticks = vm->ticks_base = TICK_INTERVAL;
    gc_vm_begin(vm);
    vm->interned = dict_new(vm);
    vm->modules = dict_new(vm);
    vm->builtins = vm->interned ? builtins_make(vm) : NULL;
    vm->globals = make_main_globals(vm);
    if (!vm->interned || !vm->modules || !vm->builtins || !vm->globals) {
        GC_FREE(k);
        return NULL;
    }
    if (cfg->allowed_modules) {
        vm->allowed_modules = set_new(vm, &set_type);
        for (const char *const *m = cfg->allowed_modules; *m; m++) {
            Value s = str_intern_c(vm, *m);
            if (!s || !vm->allowed_modules || !set_add(vm, vm->allowed_modules, s)) {
                GC_FREE(k);
                return NULL;
            }
        }
    }
    return k;
}

void kr_vm_free(kr_vm *k) {
    if (!k)
        return;
    free(k->out.p);
    free(k->err.p);
    bool big = k->peak >= RELEASE_PEAK;
    GC_FREE(k);
    /* Without this, the heap a big session grew to stays mapped: a host running sessions one
     * after another would keep the largest any of them reached.  Small sessions skip it (a
     * collection costs more than their whole run) unless the heap holds that much unused. */
    if (big || GC_get_free_bytes() >= RELEASE_PEAK) {
        GC_gcollect_and_unmap();
        malloc_trim(0);   /* and what the parser took from malloc for a big source */
    }
}

void kr_interrupt(kr_vm *k) {
    atomic_store(&k->vm.interrupt, 1);
}

/* ---- the C stack the run may use ---- */

/* The lowest address of the calling thread's stack.  Cached per thread: for the main thread
 * glibc finds it by parsing /proc/self/maps, which costs more than a small run. */
static char *thread_stack_low(void) {
    static _Thread_local char *low;
    static _Thread_local bool known;
    if (!known) {
        pthread_attr_t attr;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            void *addr;
            size_t size;
            if (pthread_attr_getstack(&attr, &addr, &size) == 0)
                low = (char *)addr;
            pthread_attr_destroy(&attr);
        }
        known = true;
    }
    return low;
}

static char *stack_limit(size_t max_stack) {
    char here;
    char *sp = &here;
    char *lowest = thread_stack_low();
    /* leave room for the C library, the GC and the error paths */
    const size_t margin = 256 * 1024;
    char *limit = lowest ? lowest + margin : sp - (size_t)7 * 1024 * 1024;
    if (max_stack && sp - max_stack > limit)
        limit = sp - max_stack;
    return limit;
}

/* ---- results ---- */

static char *dup_str(Value s) {
    if (!s)
        return NULL;
    char *p = malloc(str_nbytes(s) + 1);
    if (p)
        memcpy(p, str_data(s), str_nbytes(s) + 1);
    return p;
}

static char *dup_c(const char *s) {
    size_t n = strlen(s);
    char *p = malloc(n + 1);
    if (p)
        memcpy(p, s, n + 1);
    return p;
}

/* What python3 does with an uncaught SystemExit (_Py_HandleSystemExit): code None exits 0,
 * an int exits with it, anything else is printed on stderr and exits 1. */
static void exit_status(VM *vm, Value exc, kr_result *r) {
    Value code = exc_get_attr(vm, exc, "code");
    int64_t n;
    r->system_exit = true;
    if (!code || code == NONE) {
        r->exit_code = 0;
    } else if (IS_INT(code)) {
        r->exit_code = int_fits_i64(code, &n) && n >= INT_MIN && n <= INT_MAX ? (int)n : -1;
    } else {
        r->exit_code = 1;
        Value text = obj_str(vm, code);
        vm->exc = NULL;
        text = text ? str_fmt(vm, "%U\n", text) : NULL;
        r->traceback = text ? dup_str(text) : NULL;
    }
}

/* The result of a run a limit ended.  Nothing here allocates on the GC heap, which refuses
 * requests once a limit is hit. */
static void fill_limit(VM *vm, kr_result *r) {
    const char *name = vm_limit_name(vm->limit);
    r->limit = (kr_limit)vm->limit;
    r->error_type = dup_c(name);
    r->error_message = dup_c(vm->limit_msg);
    r->error_line = vm->limit_line;
    size_t n = strlen(name) + strlen(vm->limit_msg) + 4;
    r->traceback = malloc(n);
    if (r->traceback)
        snprintf(r->traceback, n, "%s: %s\n", name, vm->limit_msg);
}

static void clear_error(kr_result *r) {
    char **fields[] = {&r->error_type, &r->error_message, &r->traceback, &r->error_file};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        free(*fields[i]);
        *fields[i] = NULL;
    }
    r->system_exit = false;
    r->exit_code = 0;
    r->error_line = r->error_col = 0;
}

static void fill_exception(VM *vm, Value exc, kr_result *r);

/* The result of a run that ended with an error: the exception, or the limit that ended it.
 * Formatting the exception runs Python code (__str__, __repr__) under the run's limits; if it
 * hits one, the run ends with that limit instead. */
static void fill_error(VM *vm, Value exc, kr_result *r) {
    if (!vm->limit) {
        fill_exception(vm, exc, r);
        if (!vm->limit)
            return;
        clear_error(r);
    }
    fill_limit(vm, r);
}

static void fill_exception(VM *vm, Value exc, kr_result *r) {
    vm->exc = NULL;
    Value name = str_from_c(vm, tname(exc));
    if (TYPE(exc)->flags & TF_HEAP && TYPE(exc)->v_qualname)
        name = TYPE(exc)->v_qualname;
    r->error_type = dup_str(name);
    Value msg = obj_str(vm, exc);
    if (!msg) {
        vm->exc = NULL;
        msg = str_from_c(vm, "<exception str() failed>");
    }
    r->error_message = dup_str(msg);
    if (isinstance_type(exc, &Exc_SystemExit)) {
        exit_status(vm, exc, r);
    } else {
        Value tb = exc_format(vm, exc);
        vm->exc = NULL;
        r->traceback = dup_str(tb);
    }
    if (IS_EXC(exc) && AS_EXC(exc)->tb_last) {
        TbEntry *t = AS_EXC(exc)->tb_last;
        r->error_file = dup_str(t->filename);
        r->error_line = t->line;
        r->error_col = t->col + 1;
    } else if (isinstance_type(exc, &Exc_SyntaxError)) {
        Value fn = exc_get_attr(vm, exc, "filename"), ln = exc_get_attr(vm, exc, "lineno"),
              off = exc_get_attr(vm, exc, "offset");
        r->error_file = fn && IS_STR(fn) ? dup_str(fn) : NULL;
        int64_t x;
        r->error_line = ln && int_fits_i64(ln, &x) ? (int)x : 0;
        r->error_col = off && int_fits_i64(off, &x) ? (int)x : 0;
    }
}

void kr_result_free(kr_result *r) {
    if (!r)
        return;
    free(r->value_repr);
    free(r->out);
    free(r->err);
    free(r->error_type);
    free(r->error_message);
    free(r->traceback);
    free(r->error_file);
    free(r->violations_json);
    memset(r, 0, sizeof *r);
}

static void begin_run(kr_vm *k) {
    VM *vm = &k->vm;
    const kr_config *cfg = &k->cfg;
    vm->exc = NULL;
    vm->limit = LIMIT_NONE;
    vm->limit_line = -1;
    vm->steps = 0;
    vm->max_steps = cfg->max_steps;
    vm->ticks = vm->ticks_base = cfg->max_steps && cfg->max_steps < TICK_INTERVAL
                                     ? (int64_t)cfg->max_steps : TICK_INTERVAL;
    vm->start_ns = vm_now_ns();
    vm->deadline_ns = cfg->timeout > 0 ? vm->start_ns + (uint64_t)(cfg->timeout * 1e9) : 0;
    atomic_store(&vm->interrupt, 0);
    vm->mem_cap = cfg->max_memory;
    vm->mem_since_check = 0;
    vm->mem_peak = 0;
    vm->depth = 0;
    vm->stack_limit = stack_limit(cfg->max_stack);
    vm->out_bytes = 0;
    vm->max_output = cfg->max_output;
    vm->handling = NULL;
    vm->frame = NULL;
    vm->repr_active = NULL;
    vm->stdin_data = cfg->stdin_data;
    vm->stdin_len = cfg->stdin_len;
    vm->stdin_pos = 0;
    k->out.len = k->err.len = 0;
}

/* ---- the static check ---- */

static void json_str(StrBuf *b, Value s) {
    sb_addc(b, '"');
    const char *p = str_data(s);
    for (size_t i = 0; i < str_nbytes(s); i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '"' || c == '\\') {
            sb_addc(b, '\\');
            sb_addc(b, (char)c);
        } else if (c < 0x20) {
            sb_addf(b, "\\u%04x", c);
        } else {
            sb_addc(b, (char)c);
        }
    }
    sb_addc(b, '"');
}

static char *violations_json(VM *vm, Value report) {
    StrBuf b;
    sb_init(&b, vm, 256);
    sb_addc(&b, '[');
    static const char *const keys[] = {"rule", "name", "severity", "line", "col", "message"};
    for (size_t i = 0; i < AS_LIST(report)->len; i++) {
        Value d = AS_LIST(report)->items[i];
        sb_adds(&b, i ? ", {" : "{");
        for (size_t k = 0; k < 6; k++) {
            Value v = dict_get_c(vm, d, keys[k]);
            sb_addf(&b, "%s\"%s\": ", k ? ", " : "", keys[k]);
            if (IS_SMALL(v))
                sb_addf(&b, "%lld", (long long)SMALL_VAL(v));
            else
                json_str(&b, v);
        }
        sb_addc(&b, '}');
    }
    sb_addc(&b, ']');
    return dup_str(sb_finish(&b));
}

/* Parses and resolves src; NULL with the result filled on a syntax error or a limit. */
static Node *compile_source(kr_vm *k, const char *src, size_t n, const char *filename,
                            kr_result *r) {
    VM *vm = &k->vm;
    /* Compiling is not refused by the memory cap (max_source bounds it): a session whose
     * globals hold its whole budget can still run `del hoard` and recover. */
    vm->mem_cap = 0;
    Value fname = str_from_c(vm, filename ? filename : "<string>");
    Node *mod = fname ? parse_module(vm, src ? src : "", n, fname, k->cfg.max_source) : NULL;
    bool ok = mod && scope_resolve(vm, mod, fname, mod->u.module.source);
    vm->mem_cap = k->cfg.max_memory;
    if (!ok) {
        fill_error(vm, vm->exc, r);
        r->status = vm->limit ? KR_LIMIT : KR_SYNTAX_ERROR;
        return NULL;
    }
    return mod;
}

/* Runs the check; KR_OK or KR_POLICY (violations in r), or KR_ERROR if it failed. */
static kr_status check_module(kr_vm *k, Node *mod, Value fname, kr_result *r) {
    VM *vm = &k->vm;
    size_t nodes;
    int depth;
    Value report = validate_module(vm, mod, &nodes, &depth);
    if (!report) {   /* the C-stack guard or the memory limit */
        fill_error(vm, vm->exc, r);
        return vm->limit ? KR_LIMIT : KR_ERROR;
    }
    Value src = mod->u.module.source;
    r->source_lines = str_nbytes(src) && str_data(src)[str_nbytes(src) - 1] != '\n';
    for (const char *p = str_data(src); (p = strchr(p, '\n')); p++)
        r->source_lines++;
    r->ast_nodes = nodes;
    r->max_nesting = depth;
    if (AS_LIST(report)->len == 0)
        return KR_OK;
    r->violations_json = violations_json(vm, report);
    Value text = validate_report_text(vm, report, fname);
    if (!r->traceback)
        r->traceback = dup_str(text);
    return KR_POLICY;
}

static void register_thread(void) {
    if (!GC_thread_is_registered()) {
        struct GC_stack_base sb;
        if (GC_get_stack_base(&sb) == GC_SUCCESS)
            GC_register_my_thread(&sb);
    }
}

kr_status kr_validate(kr_vm *k, const char *src, size_t n, const char *filename,
                      kr_result *out) {
    kr_result local;
    kr_result *r = out ? out : &local;
    memset(r, 0, sizeof *r);
    if (!k) {
        r->status = KR_ERROR;
        return KR_ERROR;
    }
    register_thread();
    begin_run(k);
    Node *mod = compile_source(k, src, n, filename, r);
    if (mod)
        r->status = check_module(k, mod, mod->u.module.filename, r);
    k->vm.exc = NULL;
    k->vm.limit = LIMIT_NONE;
    kr_status st = r->status;
    if (!out)
        kr_result_free(&local);
    return st;
}

char *kr_dump_ast(kr_vm *k, const char *src, size_t n, const char *filename, kr_result *out) {
    kr_result local;
    kr_result *r = out ? out : &local;
    memset(r, 0, sizeof *r);
    register_thread();
    begin_run(k);
    Value fname = str_from_c(&k->vm, filename ? filename : "<string>");
    Node *mod = fname ? parse_module(&k->vm, src ? src : "", n, fname, k->cfg.max_source) : NULL;
    char *text = NULL;
    if (mod) {
        Value d = ast_dump(&k->vm, mod);
        text = d ? dup_str(d) : NULL;
    }
    if (!text) {
        fill_error(&k->vm, k->vm.exc, r);
        r->status = k->vm.limit ? KR_LIMIT : KR_SYNTAX_ERROR;
    }
    k->vm.exc = NULL;
    k->vm.limit = LIMIT_NONE;
    if (!out)
        kr_result_free(&local);
    return text;
}

/* ---- running code ---- */

/* Runs a resolved module in the session's __main__ namespace. */
static kr_status run_module(kr_vm *k, Node *mod, Value fname, Value source, kr_result *r) {
    VM *vm = &k->vm;
    kr_status status = KR_OK;
    Code co = {.node = mod, .scope = mod->u.module.scope, .body = &mod->u.module.body,
               .filename = fname, .source = source, .name = NM(__main__), .kwarg_slot = -1};
    co.name = str_intern_c(vm, "<module>");
    co.qualname = co.name;
    int32_t ns = co.scope->nslots;
    Value slots[ns > 0 ? ns : 1];
    memset(slots, 0, (size_t)ns * sizeof(Value));
    Frame f = {.vm = vm, .code = &co, .slots = slots, .globals = vm->globals,
               .builtins = vm->builtins, .ns = vm->globals, .retval = NONE};
    /* SETUP_ANNOTATIONS: a module with annotated names gets its __annotations__ first */
    if ((co.scope->flags & SCF_HAS_ANNOTATIONS) &&
        dict_get_str(vm, vm->globals, NM(__annotations__)) == VAL_MISSING) {
        Value ann = dict_new(vm);
        if (!ann || !dict_set(vm, vm->globals, NM(__annotations__), ann)) {
            fill_error(vm, vm->exc, r);
            return vm->limit ? KR_LIMIT : KR_EXCEPTION;
        }
    }
    /* a leading string is stored as __doc__ before the body runs, as CPython's compiler does */
    if (mod->u.module.doc && !dict_set(vm, vm->globals, NM(__doc__), mod->u.module.doc)) {
        fill_error(vm, vm->exc, r);
        return vm->limit ? KR_LIMIT : KR_EXCEPTION;
    }
    vm->depth++;   /* the module's frame counts towards the recursion limit, as in CPython */
    int c = eval_run_frame(&f);
    vm->depth--;
    if (c == C_RAISE) {
        fill_error(vm, vm->exc, r);
        status = vm->limit ? KR_LIMIT : KR_EXCEPTION;
    } else if (c != C_NORMAL) {
        status = KR_EXCEPTION;
    } else {
        NodeList *body = &mod->u.module.body;
        if (body->n && body->items[body->n - 1]->kind == N_Expr && f.last_expr &&
            f.last_expr != NONE) {
            Value rep = obj_repr(vm, f.last_expr);
            if (rep) {
                r->value_repr = dup_str(rep);
            } else if (vm->limit) {   /* a __repr__ that loops or floods ends the run */
                fill_limit(vm, r);
                status = KR_LIMIT;
            } else {
                vm->exc = NULL;
            }
        }
    }
    return status;
}

/* Boehm GC scans the C stack conservatively: a pointer a run left in one of its dead frames
 * keeps its object alive when a later run's frames reuse that slot without writing it (a
 * session's whole 32 MB hoard, after `del`, was seen pinned so).  A run that held much memory
 * clears the stack its frames used, as far as the guard allows. */
#define CLEAR_STACK_AFTER ((size_t)1 << 20)
#define CLEAR_STACK_BYTES ((size_t)256 << 10)

static __attribute__((noinline)) void clear_stack(VM *vm) {
    char here;
    size_t room = &here > vm->stack_limit ? (size_t)(&here - vm->stack_limit) / 2 : 0;
    if (!room)
        return;
    char dead[room < CLEAR_STACK_BYTES ? room : CLEAR_STACK_BYTES];
    explicit_bzero(dead, sizeof dead);
}

kr_status kr_exec(kr_vm *k, const char *src, size_t n, const char *filename, kr_result *out) {
    kr_result local;
    kr_result *r = out ? out : &local;
    memset(r, 0, sizeof *r);
    if (!k || (!src && n)) {
        r->status = KR_ERROR;
        return KR_ERROR;
    }
    VM *vm = &k->vm;
    register_thread();
    begin_run(k);
    HostSink so = {k->cfg.write, k->cfg.write_ud, 1}, se = {k->cfg.write, k->cfg.write_ud, 2};
    if (k->cfg.write) {
        vm->out_fn = vm->err_fn = host_write;
        vm->out_ud = &so;
        vm->err_ud = &se;
    } else {
        vm->out_fn = vm->err_fn = capture_write;
        vm->out_ud = &k->out;
        vm->err_ud = &k->err;
    }
    kr_status status = KR_OK;
    Node *mod = compile_source(k, src, n, filename, r);
    if (!mod) {
        status = r->status;
        goto done;
    }
    Value source = mod->u.module.source;
    if (mod->u.module.warnings) {   /* printed as CPython's compiler does, before the run */
        Value text = cwarn_text(vm, mod->u.module.warnings, mod->u.module.filename, source);
        if (!text || !vm_write_str(vm, true, text)) {
            fill_error(vm, vm->exc, r);
            status = vm->limit ? KR_LIMIT : KR_ERROR;
            goto done;
        }
    }
    if (k->cfg.validate != KR_VALIDATE_OFF) {
        kr_status cs = check_module(k, mod, mod->u.module.filename, r);
        if (cs == KR_ERROR || cs == KR_LIMIT ||
            (cs == KR_POLICY && k->cfg.validate == KR_VALIDATE_ENFORCE)) {
            status = cs;
            goto done;
        }
        free(r->traceback);
        r->traceback = NULL;
    }
    status = run_module(k, mod, mod->u.module.filename, source, r);
done:
    r->status = status;
    r->steps = vm_steps(vm);
    r->wall_time = (double)(vm_now_ns() - vm->start_ns) / 1e9;
    r->peak_memory = gc_vm_peak(vm);
    if (r->peak_memory > k->peak)
        k->peak = r->peak_memory;
    if (!k->cfg.write) {
        r->out = malloc(k->out.len + 1);
        r->err = malloc(k->err.len + 1);
        if (r->out) {
            memcpy(r->out, k->out.p ? k->out.p : "", k->out.len);
            r->out[k->out.len] = 0;
            r->out_len = k->out.len;
        }
        if (r->err) {
            memcpy(r->err, k->err.p ? k->err.p : "", k->err.len);
            r->err[k->err.len] = 0;
            r->err_len = k->err.len;
        }
    }
    /* the VM is clean for the next run */
    vm->exc = NULL;
    vm->limit = LIMIT_NONE;
    vm->frame = NULL;
    vm->handling = NULL;
    vm->depth = 0;
    if (r->peak_memory >= CLEAR_STACK_AFTER)
        clear_stack(vm);
    if (!out)
        kr_result_free(&local);
    return status;
}
