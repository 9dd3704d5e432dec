/* Every named node type of the pinned grammar must be handled by the lowering (lowered or
 * refused with a SyntaxError): reads deps/tree-sitter-python/src/node-types.json and asks
 * lower_handles() about each.  Supertypes (hidden nodes with "subtypes", never in a tree) are
 * skipped; aliased names that only appear as field types (as_pattern_target) are included.
 * Usage: test_node_types [node-types.json]  (run from the repository root by default) */
#include <stdio.h>
#include <stdlib.h>

#include "lower.h"
#include "unit.h"

#define MAX_TYPES 512

typedef struct Types {
    char *name[MAX_TYPES];
    int n;
} Types;

static void add(Types *t, const char *s, size_t len) {
    for (int i = 0; i < t->n; i++)
        if (strlen(t->name[i]) == len && !memcmp(t->name[i], s, len))
            return;
    if (t->n < MAX_TYPES) {
        t->name[t->n] = strndup(s, len);
        t->n++;
    }
}

static bool has(const Types *t, const char *s) {
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->name[i], s))
            return true;
    return false;
}

/* The string value after `key` at p ("key": "value"), or NULL. */
static const char *string_after(const char *p, const char *key, size_t *len) {
    size_t k = strlen(key);
    if (strncmp(p, key, k))
        return NULL;
    p += k;
    while (*p == ' ' || *p == ':' || *p == '\n')
        p++;
    if (*p != '"')
        return NULL;
    const char *e = strchr(p + 1, '"');
    *len = e ? (size_t)(e - p - 1) : 0;
    return e ? p + 1 : NULL;
}

/* A minimal scan of the file: "type": X followed by "named": true anywhere names a node
 * type; a top-level object (depth 2: inside the array and the object) with "subtypes" is a
 * supertype. */
static void scan(const char *json, Types *named, Types *super) {
    int depth = 0;
    const char *top_type = NULL;
    size_t top_len = 0;
    for (const char *p = json; *p; p++) {
        if (*p == '[' || *p == '{') {
            depth++;
            continue;
        }
        if (*p == ']' || *p == '}') {
            depth--;
            continue;
        }
        if (*p != '"')
            continue;
        size_t len;
        const char *ty = string_after(p, "\"type\"", &len);
        if (ty) {
            const char *q = ty + len + 1;
            while (*q == ',' || *q == ' ' || *q == '\n')
                q++;
            if (!strncmp(q, "\"named\": true", 13) || !strncmp(q, "\"named\":true", 12))
                add(named, ty, len);
            if (depth == 2) {
                top_type = ty;
                top_len = len;
            }
            p = ty + len;
            continue;
        }
        if (depth == 2 && !strncmp(p, "\"subtypes\"", 10) && top_type)
            add(super, top_type, top_len);
        /* skip over the string */
        const char *e = strchr(p + 1, '"');
        if (!e)
            break;
        p = e;
    }
}

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf)
        buf[n] = 0;
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "deps/tree-sitter-python/src/node-types.json";
    char *json = read_file(path);
    CHECK(json != NULL);
    if (!json) {
        fprintf(stderr, "cannot read %s\n", path);
        return UNIT_DONE("test_node_types");
    }
    static Types named, super;
    scan(json, &named, &super);
    CHECK(named.n > 100); /* the scan found the grammar's types */
    CHECK(has(&super, "expression") && has(&super, "_simple_statement"));
    CHECK(has(&named, "as_pattern_target"));
    for (int i = 0; i < named.n; i++) {
        if (has(&super, named.name[i]))
            continue;
        if (!lower_handles(named.name[i])) {
            fprintf(stderr, "node type '%s' has no handling in the lowering\n", named.name[i]);
            CHECK(!"every named node type is handled");
        } else {
            CHECK(true);
        }
    }
    CHECK(!lower_handles("no_such_node"));
    CHECK(!lower_handles("expression")); /* supertypes never reach the lowering */
    free(json);
    return UNIT_DONE("test_node_types");
}
