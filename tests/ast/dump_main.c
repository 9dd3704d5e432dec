/* The front end's test driver: prints the AST of a file as CPython's ast.dump(indent=2) does
 * (with --positions, as include_attributes=True), or its SyntaxError on one line:
 *
 *     ERROR <type>: <msg> (<lineno>, <offset>, <end_lineno>, <end_offset>)
 *
 * It needs only the runtime and the front end, so tests/ast/run.py can check lowering without
 * the evaluator.  Usage: dump_main [--positions] [--max-bytes N] FILE */
#include <stdio.h>
#include <stdlib.h>

#include "parse.h"

static char *read_file(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    *n = len;
    return buf;
}

static void print_attr(VM *vm, Value exc, const char *name, const char *sep) {
    Value v = exc_get_attr(vm, exc, name);
    Value s = v ? obj_str(vm, v) : NULL;
    printf("%s%s", s ? str_data(s) : "None", sep);
}

int main(int argc, char **argv) {
    bool positions = false;
    size_t max_bytes = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--positions"))
            positions = true;
        else if (!strcmp(argv[i], "--max-bytes") && i + 1 < argc)
            max_bytes = strtoull(argv[++i], NULL, 10);
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: dump_main [--positions] [--max-bytes N] FILE\n");
        return 2;
    }
    size_t n;
    char *src = read_file(path, &n);
    if (!src) {
        fprintf(stderr, "dump_main: cannot read %s\n", path);
        return 2;
    }
    rt_init();
    static VM vm; /* zeroed; only what parsing needs is set */
    char here;
    vm.stack_limit = (char *)((uintptr_t)&here - (4u << 20));
    vm.max_depth = vm.host_max_depth = 1000;
    gc_vm_begin(&vm);
    vm.interned = dict_new(&vm);
    Value filename = str_from_c(&vm, path);
    Node *m = filename ? parse_module(&vm, src, n, filename, max_bytes) : NULL;
    free(src);
    Value text = m ? (positions ? ast_dump_positions(&vm, m) : ast_dump(&vm, m)) : NULL;
    if (text) {
        fwrite(str_data(text), 1, str_nbytes(text), stdout);
        putchar('\n');
        return 0;
    }
    Value exc = vm.exc;
    if (!exc || !IS_EXC(exc)) {
        printf("ERROR (no exception)\n");
        return 1;
    }
    Value msg = exc_get_attr(&vm, exc, "msg");
    Value ms = msg ? obj_str(&vm, msg) : exc_str(&vm, exc);
    printf("ERROR %s: %s (", tname(exc), ms ? str_data(ms) : "?");
    print_attr(&vm, exc, "lineno", ", ");
    print_attr(&vm, exc, "offset", ", ");
    print_attr(&vm, exc, "end_lineno", ", ");
    print_attr(&vm, exc, "end_offset", ")\n");
    return 1;
}
