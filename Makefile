# gorun — see README.md. `make run` runs the hello example; `make test`
# runs every test (CI calls it through .ci/run).
GO      ?= go
BIN     := bin/gorun
PKGS    := ./...
CONFORMANCE_DIR ?= ../shared/conformance
NODE_TESTS ?= $(or $(TMPDIR),/tmp)/gorun-node-tests

.PHONY: build run test test-short lint bench conformance clean

# One static binary, no cgo: the net and os/user packages would otherwise
# link libc dynamically (slower start-up, ~1.5 MiB more resident memory).
# -trimpath keeps this machine's paths out of the binary.
build:
	CGO_ENABLED=0 $(GO) build -trimpath -o $(BIN) ./cmd/gorun

run: build
	./$(BIN) examples/hello.js

test: lint
	$(GO) test -race -count=1 $(PKGS)

test-short:
	$(GO) test -count=1 $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

bench: build
	$(GO) run ./bench -gorun ./$(BIN)

# Node's own test files, run against the built binary. Needs a git dir of
# denoland/node_test in NODE_TEST_GITDIR; nothing from it enters the repo.
conformance: build
	@if [ -z "$(NODE_TEST_GITDIR)" ]; then \
		echo "set NODE_TEST_GITDIR to a git dir of denoland/node_test"; exit 2; fi
	$(CONFORMANCE_DIR)/materialize.sh "$(NODE_TEST_GITDIR)" "$(NODE_TESTS)" $(CONFORMANCE_DIR)/public.tsv
	RUNTIME="$(abspath $(BIN))" TESTDIR="$(NODE_TESTS)" \
		$(CONFORMANCE_DIR)/run-conformance.sh $(FILES)

clean:
	rm -rf bin
