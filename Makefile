# Krait build.  `make demo` and `make test` are the two set-up commands of the README:
# each installs what is missing (Debian packages, the pinned grammar), builds and runs.

CC       ?= cc
OPT      ?= -O2
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE -DGC_THREADS -Wall -Wextra -Werror -Wno-unused-parameter \
              -fno-strict-aliasing -fvisibility=hidden -fPIC -MMD -MP -g \
              -Iinclude -Iinterp -Iruntime -Istdlib -I$(GRAMMAR)/src
LIBS     = -ltree-sitter -lgc -lgmp -luv -lutf8proc -lm -lpthread

# Compile on every core: otherwise the two builds are a good part of `make test`'s time.
# Only the top-level make sets it; the makes it starts share its job slots.
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += -j$(shell nproc)
endif

BUILD   ?= build
GRAMMAR  = deps/tree-sitter-python

SRCS = $(wildcard runtime/*.c) $(wildcard interp/*.c) $(wildcard stdlib/*.c)
LIB_SRCS = $(filter-out interp/main.c,$(SRCS))
OBJS = $(LIB_SRCS:%.c=$(BUILD)/%.o)
GRAMMAR_OBJS = $(BUILD)/grammar/parser.o $(BUILD)/grammar/scanner.o
UNIT_SRCS = $(wildcard tests/unit/*.c)
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo test test-fast test-asan unit cli conformance security conformance-expect \
        bench fuzz soak clean

all: $(BUILD)/krait $(BUILD)/libkrait.a $(BUILD)/libkrait.so

deps:
	@sh tools/deps.sh

$(GRAMMAR)/src/parser.c:
	@sh tools/deps.sh

$(BUILD)/grammar/%.o: $(GRAMMAR)/src/%.c
	@mkdir -p $(dir $@)
	$(CC) -O2 -g -fPIC -I$(GRAMMAR)/src $(SANITIZE) -c $< -o $@

$(BUILD)/%.o: %.c | $(GRAMMAR)/src/parser.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(OPT) $(SANITIZE) -c $< -o $@

# The static library is one relocatable object whose internal symbols are made local, so a
# host linking it sees only the kr_ API and no runtime name can collide with its own.
$(BUILD)/libkrait.a: $(OBJS) $(GRAMMAR_OBJS)
	$(CC) -r -nostdlib $(SANITIZE) -o $(BUILD)/krait-all.o $^
	objcopy --localize-hidden $(BUILD)/krait-all.o
	rm -f $@ && ar rcs $@ $(BUILD)/krait-all.o

$(BUILD)/libkrait.so: $(OBJS) $(GRAMMAR_OBJS)
	$(CC) -shared $(SANITIZE) -o $@ $^ $(LIBS)

$(BUILD)/krait: $(BUILD)/interp/main.o $(BUILD)/libkrait.a
	$(CC) $(SANITIZE) -o $@ $^ $(LIBS)

# Unit tests reach inside the runtime, so they link the objects directly, not the library.
$(BUILD)/tests/%: tests/unit/%.c $(OBJS) $(GRAMMAR_OBJS) tests/unit/unit.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(OPT) $(SANITIZE) -Itests/unit -o $@ $< $(OBJS) $(GRAMMAR_OBJS) $(LIBS)

demo: deps
	@$(MAKE) --no-print-directory all
	$(BUILD)/krait examples/demo.py

# The whole suite, plainly and then under AddressSanitizer + UndefinedBehaviorSanitizer.
test: deps
	@$(MAKE) --no-print-directory test-fast
	@$(MAKE) --no-print-directory test-asan

test-fast: all $(UNIT_BINS)
	@sh tests/run_all.sh $(BUILD)

test-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -fno-omit-frame-pointer" \
	    SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined" test-fast

unit: $(UNIT_BINS)
	@sh tests/run_unit.sh $(BUILD)

conformance: all
	@python3 conformance/run.py --krait $(BUILD)/krait

security: all
	@python3 tests/security/run.py --krait $(BUILD)/krait

conformance-expect:
	@python3 conformance/run.py --expect

bench: deps
	@$(MAKE) --no-print-directory all $(BUILD)/bench/overhead
	@python3 bench/run.py --krait $(BUILD)/krait
	@$(BUILD)/bench/overhead
	@python3 bench/deadline.py --krait $(BUILD)/krait

$(BUILD)/bench/overhead: bench/overhead.c $(BUILD)/libkrait.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(OPT) -o $@ $< $(BUILD)/libkrait.a $(LIBS)

fuzz: deps
	@sh tests/fuzz/run.sh

# The libFuzzer target; tests/fuzz/run.sh builds it with clang into build-fuzz.
$(BUILD)/fuzz_exec: tests/fuzz/fuzz_exec.c $(OBJS) $(GRAMMAR_OBJS)
	$(CC) -g -Iinclude $(SANITIZE) -fsanitize=fuzzer -o $@ $< $(OBJS) $(GRAMMAR_OBJS) $(LIBS)

soak: all
	@$(MAKE) --no-print-directory $(BUILD)/tests/soak
	$(BUILD)/tests/soak tests/security/cases

clean:
	rm -rf build build-*

-include $(OBJS:.o=.d) $(BUILD)/interp/main.d
