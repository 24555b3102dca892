# Two commands: `make demo` renders the bundled story, `make test` runs the whole suite.
# Both create .venv on first use and are safe to run again.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export OMP_NUM_THREADS ?= 1

.PHONY: demo test install bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,farm]'
	@touch $@

demo: $(STAMP)
	$(BIN)/studio make assets/examples/lighthouse.md -o out/demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/demo.py

clean:
	rm -rf out .pytest_cache
