/* krait: the command-line interface.  It is Krait's first client and uses only include/krait.h.
 *
 *   krait [options] FILE | -c CODE | -      run a program
 *   krait check [--json] FILE               static policy report, no run
 *   krait --dump-ast FILE                   print the lowered AST
 *
 * Exit status: 0 success, 1 uncaught exception or syntax error (as python3), the code of
 * SystemExit, 2 usage errors, 3 a limit ended the run, 4 the policy check refused the code. */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "krait.h"

#define EXIT_LIMIT 3
#define EXIT_POLICY 4

static const char usage[] =
    "usage: krait [option] ... [-c cmd | file | -] \n"
    "       krait check [--json] file\n"
    "Run Python 3.11 code in Krait's sandbox.\n"
    "\n"
    "Options:\n"
    "  -c cmd               program passed in as string\n"
    "  -                    program read from stdin\n"
    "  --json               print the run's result as JSON on stdout (output captured)\n"
    "  --timeout SECONDS    wall-clock limit (default 10; 0: none)\n"
    "  --max-steps N        evaluation step limit (default 0: none)\n"
    "  --max-memory SIZE    memory limit, K/M/G suffixes (default 1G; 0: none)\n"
    "  --max-depth N        Python recursion limit (default 1000)\n"
    "  --max-output SIZE    stdout+stderr limit (default 16M; 0: none)\n"
    "  --allow-import MOD   allow importing MOD (repeatable, or a comma-separated list);\n"
    "                       without it, the default set of modules is importable\n"
    "  --dump-ast           print the lowered AST instead of running\n"
    "  --version            print the version and exit\n"
    "  -h, --help           print this help and exit\n";

typedef struct Options {
    kr_config cfg;
    const char *file, *code;
    bool from_stdin, json, dump_ast, check;
    const char **allowed;
    size_t nallowed;
} Options;

static bool parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0)
        return false;
    double mul = 1;
    switch (*end) {
    case 'k': case 'K': mul = 1024.0; end++; break;
    case 'm': case 'M': mul = 1024.0 * 1024; end++; break;
    case 'g': case 'G': mul = 1024.0 * 1024 * 1024; end++; break;
    default: break;
    }
    if (*end == 'b' || *end == 'B')
        end++;
    if (*end)
        return false;
    *out = (size_t)(v * mul);
    return true;
}

static bool parse_uint(const char *s, uint64_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-')
        return false;
    *out = v;
    return true;
}

static int usage_error(const char *msg, const char *arg) {
    fprintf(stderr, "krait: %s%s%s\n%s", msg, arg ? ": " : "", arg ? arg : "", usage);
    return 2;
}

static void add_allowed(Options *o, const char *list) {
    char *copy = strdup(list);
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        o->allowed = realloc(o->allowed, (o->nallowed + 2) * sizeof(char *));
        o->allowed[o->nallowed++] = tok;
        o->allowed[o->nallowed] = NULL;
    }
}

/* Returns -1 to continue, or an exit status. */
static int parse_args(Options *o, int argc, char **argv) {
    kr_config_init(&o->cfg);
    o->cfg.timeout = 10;
    o->cfg.max_memory = (size_t)1 << 30;
    o->cfg.max_output = (size_t)16 << 20;
    int i = 1;
    if (argc > 1 && !strcmp(argv[1], "check")) {
        o->check = true;
        i = 2;
    }
    for (; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
            printf("Krait %s (Python 3.11)\n", kr_version());
            return 0;
        } else if (!strcmp(a, "-c")) {
            if (!val)
                return usage_error("Argument expected for the -c option", NULL);
            o->code = val;
            return -1;   /* the rest are the program's arguments */
        } else if (!strcmp(a, "-")) {
            o->from_stdin = true;
            return -1;
        } else if (!strcmp(a, "--json")) {
            o->json = true;
        } else if (!strcmp(a, "--dump-ast")) {
            o->dump_ast = true;
        } else if (!strcmp(a, "--timeout")) {
            char *end;
            if (!val || (o->cfg.timeout = strtod(val, &end), *end) || o->cfg.timeout < 0)
                return usage_error("--timeout needs a number of seconds", val);
            i++;
        } else if (!strcmp(a, "--max-steps")) {
            if (!val || !parse_uint(val, &o->cfg.max_steps))
                return usage_error("--max-steps needs a count", val);
            i++;
        } else if (!strcmp(a, "--max-memory")) {
            if (!val || !parse_size(val, &o->cfg.max_memory))
                return usage_error("--max-memory needs a size", val);
            i++;
        } else if (!strcmp(a, "--max-output")) {
            if (!val || !parse_size(val, &o->cfg.max_output))
                return usage_error("--max-output needs a size", val);
            i++;
        } else if (!strcmp(a, "--max-depth")) {
            uint64_t d;
            if (!val || !parse_uint(val, &d) || d < 1 || d > 1000000)
                return usage_error("--max-depth needs a count between 1 and 1000000", val);
            o->cfg.max_depth = (int)d;
            i++;
        } else if (!strcmp(a, "--allow-import")) {
            if (!val)
                return usage_error("--allow-import needs a module name", NULL);
            add_allowed(o, val);
            i++;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("unknown option", a);
        } else {
            o->file = a;
            return -1;
        }
    }
    if (o->check)
        return usage_error("check needs a file", NULL);
    return -1;
}

static char *read_stream(FILE *f, size_t *n) {
    size_t cap = 65536, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    *n = len;
    return buf;
}

static void write_sink(void *ud, int stream, const char *data, size_t n) {
    (void)ud;
    fwrite(data, 1, n, stream == 2 ? stderr : stdout);
}

typedef struct Job {
    Options *o;
    const char *src;
    size_t n;
    const char *name;
    int status;
} Job;

/* Maps a result to the process's exit status and prints what python3 would on stderr. */
static int finish(Options *o, kr_result *r) {
    if (o->json) {
        char *j = kr_result_json(r);
        if (j) {
            puts(j);
            free(j);
        }
    } else if (r->value_repr && !o->file && !o->code && !o->from_stdin) {
        puts(r->value_repr);
    }
    fflush(stdout);
    switch (r->status) {
    case KR_OK:
        return 0;
    case KR_LIMIT:
        if (!o->json && r->traceback)
            fputs(r->traceback, stderr);
        return EXIT_LIMIT;
    case KR_POLICY:
        if (!o->json && r->traceback)
            fputs(r->traceback, stderr);
        return EXIT_POLICY;
    case KR_SYNTAX_ERROR:
    case KR_EXCEPTION:
        if (!o->json && r->traceback)
            fputs(r->traceback, stderr);
        return r->system_exit ? r->exit_code & 0xff : 1;
    default:
        return 1;
    }
}

static void *run_job(void *arg) {
    Job *job = arg;
    Options *o = job->o;
    if (!o->json)
        o->cfg.write = write_sink;
    o->cfg.allowed_modules = o->allowed;
    kr_vm *vm = kr_vm_new(&o->cfg);
    if (!vm) {
        fprintf(stderr, "krait: cannot create a VM\n");
        job->status = 2;
        return NULL;
    }
    kr_result r;
    if (o->dump_ast) {
        char *dump = kr_dump_ast(vm, job->src, job->n, job->name, &r);
        if (dump) {
            fputs(dump, stdout);
            free(dump);
            job->status = 0;
        } else {
            job->status = finish(o, &r);
        }
    } else if (o->check) {
        kr_validate(vm, job->src, job->n, job->name, &r);
        if (o->json) {
            char *j = kr_result_json(&r);
            puts(j ? j : "null");
            free(j);
        } else if (r.traceback) {
            fputs(r.traceback, stdout);
        }
        if (!o->json && r.status != KR_SYNTAX_ERROR && r.status != KR_ERROR)
            printf("%s: %zu lines, %zu AST nodes, nesting depth %d\n", job->name,
                   r.source_lines, r.ast_nodes, r.max_nesting);
        job->status = r.status == KR_OK ? 0 : r.status == KR_POLICY ? EXIT_POLICY : 1;
        if (r.status == KR_SYNTAX_ERROR && !o->json && r.traceback)
            job->status = 1;
    } else {
        kr_exec(vm, job->src, job->n, job->name, &r);
        job->status = finish(o, &r);
    }
    kr_result_free(&r);
    kr_vm_free(vm);
    return NULL;
}

int main(int argc, char **argv) {
    Options o;
    memset(&o, 0, sizeof o);
    int st = parse_args(&o, argc, argv);
    if (st >= 0)
        return st;
    Job job = {.o = &o, .status = 1};
    static char abspath[8192];
    char *owned = NULL;
    if (o.code) {
        job.src = o.code;
        job.n = strlen(o.code);
        job.name = "<string>";
    } else if (o.from_stdin) {
        owned = read_stream(stdin, &job.n);
        job.src = owned;
        job.name = "<stdin>";
    } else if (o.file) {
        FILE *f = fopen(o.file, "rb");
        if (!f) {
            fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", o.file, errno,
                    strerror(errno));
            return 2;
        }
        owned = read_stream(f, &job.n);
        fclose(f);
        job.src = owned;
        /* tracebacks name the script by its absolute path, as python3 does */
        char cwd[4096];
        if (o.file[0] != '/' && getcwd(cwd, sizeof cwd)) {
            const char *rel = o.file;
            while (rel[0] == '.' && rel[1] == '/')
                rel += 2;
            snprintf(abspath, sizeof abspath, "%s/%s", cwd, rel);
            job.name = abspath;
        } else {
            job.name = o.file;
        }
    } else {
        return usage_error("no program given (interactive mode is not supported)", NULL);
    }
    /* input() reads the process's stdin when the program did not come from it */
    char *input = NULL;
    if (!o.from_stdin && !isatty(0)) {
        input = read_stream(stdin, &o.cfg.stdin_len);
        o.cfg.stdin_data = input;
    }
    /* run on a thread with a large stack, so deep recursion reaches RecursionError well
     * before the C stack runs out */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)256 << 20);
    pthread_t t;
    if (pthread_create(&t, &attr, run_job, &job) != 0) {
        run_job(&job);
    } else {
        pthread_join(t, NULL);
    }
    pthread_attr_destroy(&attr);
    fflush(stdout);
    free(owned);
    free(input);
    free(o.allowed);
    return job.status;
}
