/* The one JSON form of a result, shared by the CLI's --json and every binding. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

typedef struct J {
    char *p;
    size_t len, cap;
    int failed;
} J;

static void put(J *j, const char *s, size_t n) {
    if (j->failed)
        return;
    if (j->len + n + 1 > j->cap) {
        size_t nc = j->cap ? j->cap * 2 : 1024;
        while (nc < j->len + n + 1)
            nc *= 2;
        char *q = realloc(j->p, nc);
        if (!q) {
            j->failed = 1;
            return;
        }
        j->p = q;
        j->cap = nc;
    }
    memcpy(j->p + j->len, s, n);
    j->len += n;
    j->p[j->len] = 0;
}

static void puts_(J *j, const char *s) {
    put(j, s, strlen(s));
}

/* A JSON string; the bytes are UTF-8 already, so only escapes are needed. */
static void put_str(J *j, const char *s, size_t n) {
    if (!s) {
        puts_(j, "null");
        return;
    }
    put(j, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        switch (c) {
        case '"': puts_(j, "\\\""); break;
        case '\\': puts_(j, "\\\\"); break;
        case '\n': puts_(j, "\\n"); break;
        case '\r': puts_(j, "\\r"); break;
        case '\t': puts_(j, "\\t"); break;
        default:
            if (c < 0x20) {
                snprintf(esc, sizeof esc, "\\u%04x", c);
                puts_(j, esc);
            } else {
                put(j, (const char *)&c, 1);
            }
        }
    }
    put(j, "\"", 1);
}

static void put_cstr(J *j, const char *s) {
    put_str(j, s, s ? strlen(s) : 0);
}

static const char *const status_names[] = {"ok", "syntax_error", "exception", "limit", "policy",
                                           "error"};
static const char *const limit_names[] = {NULL, "steps", "time", "memory", "depth", "output",
                                          "interrupt"};

char *kr_result_json(const kr_result *r) {
    J j = {0};
    char num[128];
    puts_(&j, "{\"status\": ");
    put_cstr(&j, status_names[r->status]);
    puts_(&j, ", \"limit\": ");
    put_cstr(&j, limit_names[r->limit]);
    puts_(&j, ", \"value\": ");
    put_cstr(&j, r->value_repr);
    puts_(&j, ", \"stdout\": ");
    put_str(&j, r->out, r->out_len);
    puts_(&j, ", \"stderr\": ");
    put_str(&j, r->err, r->err_len);
    puts_(&j, ", \"error\": ");
    if (r->error_type) {
        puts_(&j, "{\"type\": ");
        put_cstr(&j, r->error_type);
        puts_(&j, ", \"message\": ");
        put_cstr(&j, r->error_message);
        puts_(&j, ", \"traceback\": ");
        put_cstr(&j, r->traceback);
        puts_(&j, ", \"file\": ");
        put_cstr(&j, r->error_file);
        snprintf(num, sizeof num, ", \"line\": %d, \"col\": %d}", r->error_line, r->error_col);
        puts_(&j, num);
    } else {
        puts_(&j, "null");
    }
    puts_(&j, ", \"violations\": ");
    puts_(&j, r->violations_json ? r->violations_json : "[]");
    snprintf(num, sizeof num, ", \"metrics\": {\"lines\": %zu, \"nodes\": %zu, \"nesting\": %d}",
             r->source_lines, r->ast_nodes, r->max_nesting);
    puts_(&j, num);
    snprintf(num, sizeof num, ", \"stats\": {\"steps\": %llu, ", (unsigned long long)r->steps);
    puts_(&j, num);
    snprintf(num, sizeof num, "\"wall_time\": %.6f, ", r->wall_time);
    puts_(&j, num);
    snprintf(num, sizeof num, "\"peak_memory\": %zu}}", r->peak_memory);
    puts_(&j, num);
    if (j.failed) {
        free(j.p);
        return NULL;
    }
    return j.p;
}
