/* Soak: one process runs hostile programs back to back through the public API, first with a
 * fresh VM for each run, then all in one long-lived VM, and checks that nothing crashes and
 * that resident memory at the end is within twice what it was after the first hundred runs.
 *
 *   soak DIR [RUNS [fresh|long]]   (RUNS per phase, default 10000; both phases by default;
 *                                  DIR is searched for *.py)
 *
 * Not part of `make test` (it takes minutes): `make soak` runs it on tests/security/cases. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "krait.h"

typedef struct Program {
    char *path, *src;
    size_t len;
} Program;

static Program *progs;
static size_t nprogs, capprogs;

static int by_path(const void *a, const void *b) {
    return strcmp(((const Program *)a)->path, ((const Program *)b)->path);
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf)
        *len = (size_t)n;
    return buf;
}

static void collect(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        snprintf(path, n, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            collect(path);
            free(path);
            continue;
        }
        size_t len = strlen(path);
        Program p = {.path = path};
        if (len < 3 || strcmp(path + len - 3, ".py") || !(p.src = slurp(path, &p.len))) {
            free(path);
            continue;
        }
        if (nprogs == capprogs) {
            capprogs = capprogs ? capprogs * 2 : 256;
            progs = realloc(progs, capprogs * sizeof *progs);
        }
        progs[nprogs++] = p;
    }
    closedir(d);
}

static size_t rss_bytes(void) {
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (size_t)resident * (size_t)sysconf(_SC_PAGESIZE);
}

static void discard(void *ud, int stream, const char *data, size_t n) {
    (void)ud, (void)stream, (void)data, (void)n;
}

/* Runs `runs` programs; returns false if memory grew beyond twice its size after 100 runs. */
static bool phase(const char *name, const kr_config *cfg, size_t runs, bool fresh) {
    size_t count[6] = {0}, rss100 = 0;
    kr_vm *vm = fresh ? NULL : kr_vm_new(cfg);
    for (size_t i = 0; i < runs; i++) {
        const Program *p = &progs[i % nprogs];
        if (fresh)
            vm = kr_vm_new(cfg);
        kr_result r;
        kr_status s = kr_exec(vm, p->src, p->len, p->path, &r);
        count[s <= KR_ERROR ? s : KR_ERROR]++;
        kr_result_free(&r);
        if (fresh)
            kr_vm_free(vm);
        if (i + 1 == 100)
            rss100 = rss_bytes();
    }
    if (!fresh)
        kr_vm_free(vm);
    size_t rss_end = rss_bytes();
    printf("soak %s: %zu runs (ok %zu, syntax error %zu, exception %zu, limit %zu, policy %zu, "
           "api error %zu); resident memory after 100 runs %.1f MiB, at the end %.1f MiB "
           "(x%.2f)\n",
           name, runs, count[KR_OK], count[KR_SYNTAX_ERROR], count[KR_EXCEPTION],
           count[KR_LIMIT], count[KR_POLICY], count[KR_ERROR], rss100 / 1048576.0,
           rss_end / 1048576.0, rss100 ? (double)rss_end / (double)rss100 : 0.0);
    fflush(stdout);
    return runs < 100 || rss_end <= 2 * rss100;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: soak DIR [RUNS [fresh|long]]\n");
        return 2;
    }
    size_t runs = argc > 2 ? strtoul(argv[2], NULL, 10) : 10000;
    collect(argv[1]);
    if (!nprogs) {
        fprintf(stderr, "soak: no .py files under %s\n", argv[1]);
        return 2;
    }
    /* A fixed shuffle: the first hundred runs already meet every family (size bombs included),
     * so growth after them is what a leak would add, not the heap reaching its working size. */
    qsort(progs, nprogs, sizeof *progs, by_path);
    uint64_t seed = 0x9E3779B97F4A7C15u;
    for (size_t i = nprogs; i > 1; i--) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        size_t j = (size_t)(seed >> 33) % i;
        Program t = progs[i - 1];
        progs[i - 1] = progs[j];
        progs[j] = t;
    }
    /* Tight limits, so that ten thousand hostile runs take minutes, not hours. */
    kr_config cfg;
    kr_config_init(&cfg);
    cfg.timeout = 0.05;
    cfg.max_steps = 5000000;
    cfg.max_memory = 64u << 20;
    cfg.max_output = 64u << 10;
    cfg.write = discard;
    const char *only = argc > 3 ? argv[3] : "";
    bool ok = true;
    if (strcmp(only, "long"))
        ok &= phase("fresh VM per run", &cfg, runs, true);
    if (strcmp(only, "fresh"))
        ok &= phase("one long-lived VM", &cfg, runs, false);
    printf("soak: %s\n", ok ? "passed" : "FAILED: resident memory more than doubled");
    return ok ? 0 : 1;
}
