/* The embedding API as a host uses it: sessions, results, limits, interrupts, reuse. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "krait.h"
#include "unit.h"

static kr_status run(kr_vm *vm, const char *src, kr_result *r) {
    return kr_exec(vm, src, strlen(src), "<test>", r);
}

static void test_session_persists(void) {
    kr_vm *vm = kr_vm_new(NULL);
    CHECK(vm != NULL);
    kr_result r;
    CHECK(run(vm, "x = 40\ndef f(y): return x + y\n", &r) == KR_OK);
    kr_result_free(&r);
    CHECK(run(vm, "f(2)", &r) == KR_OK);
    CHECK_STR(r.value_repr, "42");
    kr_result_free(&r);
    CHECK(run(vm, "print('a', x); 'str'", &r) == KR_OK);
    CHECK_STR(r.out, "a 40\n");
    CHECK_STR(r.value_repr, "'str'");
    kr_result_free(&r);
    kr_vm_free(vm);
}

static void test_errors(void) {
    kr_vm *vm = kr_vm_new(NULL);
    kr_result r;
    CHECK(run(vm, "def f():\n    return 1 / 0\nf()\n", &r) == KR_EXCEPTION);
    CHECK_STR(r.error_type, "ZeroDivisionError");
    CHECK_STR(r.error_message, "division by zero");
    CHECK(r.error_line == 2);
    CHECK(r.traceback && strstr(r.traceback, "Traceback (most recent call last):"));
    kr_result_free(&r);
    CHECK(run(vm, "x = (", &r) == KR_SYNTAX_ERROR);
    CHECK_STR(r.error_type, "SyntaxError");
    CHECK(r.error_line == 1);
    kr_result_free(&r);
    /* the VM keeps working after errors */
    CHECK(run(vm, "1 + 1", &r) == KR_OK);
    CHECK_STR(r.value_repr, "2");
    kr_result_free(&r);
    kr_vm_free(vm);
    /* source beyond max_source is refused before it is parsed */
    kr_config cfg;
    kr_config_init(&cfg);
    cfg.max_source = 8;
    vm = kr_vm_new(&cfg);
    CHECK(run(vm, "x = 1 + 2\n", &r) == KR_SYNTAX_ERROR);
    CHECK(r.error_message && strstr(r.error_message, "source code is too large"));
    kr_result_free(&r);
    CHECK(run(vm, "x = 1\n", &r) == KR_OK);
    kr_result_free(&r);
    kr_vm_free(vm);
}

static void test_limits(void) {
    kr_config cfg;
    kr_config_init(&cfg);
    cfg.max_steps = 100000;
    cfg.max_memory = 64 << 20;
    cfg.max_output = 1000;
    kr_vm *vm = kr_vm_new(&cfg);
    kr_result r;
    CHECK(run(vm, "while True: pass", &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_STEPS);
    CHECK_STR(r.error_type, "StepLimitExceeded");
    kr_result_free(&r);
    CHECK(run(vm, "try:\n    while True: pass\nexcept BaseException:\n    pass\n", &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_STEPS);
    kr_result_free(&r);
    CHECK(run(vm, "x = [0] * 10**9", &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_MEMORY);
    kr_result_free(&r);
    CHECK(run(vm, "while True: print('spam')", &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_OUTPUT);
    CHECK(r.out_len <= 1000);
    kr_result_free(&r);
    /* a finally that loops forever still ends */
    CHECK(run(vm, "try:\n    while True: pass\nfinally:\n    while True: pass\n", &r) == KR_LIMIT);
    kr_result_free(&r);
    /* and the same VM runs the next program normally */
    CHECK(run(vm, "sum(range(10))", &r) == KR_OK);
    CHECK_STR(r.value_repr, "45");
    kr_result_free(&r);
    kr_vm_free(vm);
}

/* The memory cap counts what the session holds, its globals included.  When they leave no
 * room, a run fails with the limit at its first allocation (once reported as a silent KR_OK
 * that ran nothing), but it is still compiled and run, so `del` can give the room back. */
static void test_memory_held_by_session(void) {
    kr_config cfg;
    kr_config_init(&cfg);
    cfg.max_memory = 1;
    kr_vm *vm = kr_vm_new(&cfg);
    kr_result r;
    CHECK(run(vm, "print('ran')", &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_MEMORY);
    CHECK_STR(r.error_type, "MemoryLimitExceeded");
    CHECK(r.out_len == 0);
    kr_result_free(&r);
    kr_vm_free(vm);
    cfg.max_memory = 32 << 20;
    vm = kr_vm_new(&cfg);
    CHECK(run(vm,
              "def g():\n    yield 'x' * 10**6\nhoard = []\nwhile True:\n"
              "    it = g()\n    next(it)\n    hoard.append(it)\n",
              &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_MEMORY);
    kr_result_free(&r);
    CHECK(run(vm, "del hoard, it", &r) == KR_OK);
    kr_result_free(&r);
    CHECK(run(vm, "len('a' * 10**7)", &r) == KR_OK);
    CHECK_STR(r.value_repr, "10000000");
    kr_result_free(&r);
    kr_vm_free(vm);
}

/* The peak reported is what the run held, even when one big block is all it allocated (that
 * triggers no measurement far below the cap). */
static void test_peak_memory(void) {
    kr_vm *vm = kr_vm_new(NULL);
    kr_result r;
    CHECK(run(vm, "x = 'a' * (50 * 2**20)", &r) == KR_OK);
    CHECK(r.peak_memory >= (size_t)50 << 20 && r.peak_memory < (size_t)100 << 20);
    kr_result_free(&r);
    CHECK(run(vm, "del x\ny = 1", &r) == KR_OK);
    CHECK(r.peak_memory < (size_t)50 << 20);
    kr_result_free(&r);
    kr_vm_free(vm);
}

static void *interrupter(void *arg) {
    usleep(50000);
    kr_interrupt(arg);
    return NULL;
}

static void test_interrupt(void) {
    kr_vm *vm = kr_vm_new(NULL);
    pthread_t t;
    pthread_create(&t, NULL, interrupter, vm);
    kr_result r;
    CHECK(run(vm, "while True: pass", &r) == KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_INTERRUPT);
    kr_result_free(&r);
    pthread_join(t, NULL);
    CHECK(run(vm, "'again'", &r) == KR_OK);
    CHECK_STR(r.value_repr, "'again'");
    kr_result_free(&r);
    kr_vm_free(vm);
}

static void test_timeout(void) {
    kr_config cfg;
    kr_config_init(&cfg);
    cfg.timeout = 0.1;
    kr_vm *vm = kr_vm_new(&cfg);
    kr_result r;
    /* 2**40 calls, 40 deep: only the clock can stop it */
    CHECK(run(vm, "def f(n): return 0 if n == 0 else f(n - 1) + f(n - 1)\nf(40)", &r) ==
          KR_LIMIT);
    CHECK(r.limit == KR_LIMIT_TIME);
    CHECK(r.wall_time < 0.12);
    kr_result_free(&r);
    kr_vm_free(vm);
}

static void test_policy(void) {
    static const char *const allowed[] = {"math", NULL};
    kr_config cfg;
    kr_config_init(&cfg);
    cfg.allowed_modules = allowed;
    cfg.validate = KR_VALIDATE_ENFORCE;
    kr_vm *vm = kr_vm_new(&cfg);
    kr_result r;
    CHECK(run(vm, "import sys\nprint('ran')", &r) == KR_POLICY);
    CHECK(r.violations_json && strstr(r.violations_json, "forbidden-import"));
    CHECK(r.out_len == 0);
    kr_result_free(&r);
    CHECK(kr_validate(vm, "x = 1", 5, "<v>", &r) == KR_OK);
    kr_result_free(&r);
    kr_vm_free(vm);
}

static void test_json(void) {
    kr_vm *vm = kr_vm_new(NULL);
    kr_result r;
    run(vm, "print('a\"b')\n1/0", &r);
    char *j = kr_result_json(&r);
    CHECK(j && strstr(j, "\"status\": \"exception\""));
    CHECK(j && strstr(j, "\"stdout\": \"a\\\"b\\n\""));
    CHECK(j && strstr(j, "\"type\": \"ZeroDivisionError\""));
    free(j);
    kr_result_free(&r);
    kr_vm_free(vm);
}

int main(void) {
    test_session_persists();
    test_errors();
    test_limits();
    test_memory_held_by_session();
    test_peak_memory();
    test_interrupt();
    test_timeout();
    test_policy();
    test_json();
    return UNIT_DONE("api");
}
