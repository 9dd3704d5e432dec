/* libFuzzer target: source text run under tight limits.  Any input must end in a result —
 * success, a Python exception, a syntax error or a limit — never a crash, a sanitizer report
 * or a hang.  Each input gets a fresh VM (so a crash reproduces from its input alone), and
 * every 64th input is also run a second time in a long-lived VM, which exercises reuse after
 * limits and state left behind by earlier inputs.
 *
 * The limits are those of a hostile-code host, scaled down so the fuzzer stays fast: libFuzzer's
 * own -timeout is far above the run's wall-clock limit, so a hang report means the limit failed
 * to hold. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

static void config(kr_config *cfg) {
    kr_config_init(cfg);
    cfg->max_steps = 200000;
    cfg->timeout = 0.5;
    cfg->max_memory = (size_t)48 << 20;
    cfg->max_output = 64 << 10;
    cfg->max_depth = 200;
    cfg->max_source = 1 << 20;
}

static void run(kr_vm *vm, const uint8_t *data, size_t size) {
    kr_result r;
    kr_exec(vm, (const char *)data, size, "<fuzz>", &r);
    if (r.status == KR_ERROR)
        abort();   /* the API was used correctly: an internal error is a bug */
    char *j = kr_result_json(&r);   /* every result must serialise */
    free(j);
    kr_result_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static kr_vm *shared;
    static unsigned long count;
    kr_config cfg;
    config(&cfg);
    kr_vm *vm = kr_vm_new(&cfg);
    if (!vm)
        abort();
    run(vm, data, size);
    kr_vm_free(vm);
    if (++count % 64 == 0) {
        if (!shared)
            shared = kr_vm_new(&cfg);
        run(shared, data, size);
    }
    return 0;
}
