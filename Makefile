# Two commands: `make demo` renders the bundled story, `make test` runs the whole suite.
# Both create .venv on first use and are safe to run again.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

export OMP_NUM_THREADS ?= 1

.PHONY: demo test install install-test bench clean

install: $(STAMP)

install-test: $(TEST_STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[test,farm]'
	@touch $@

# The suite also covers the model-backed renderers, so it needs the gpu extra. torch goes in first,
# pinned: a looser spec pulled in by diffusers or coqui would fetch a multi-GB CUDA build.
# coqui imports torchaudio, whose newest PyPI wheel (2.11) is CUDA-linked and built for another
# torch: it goes in without dependencies and without its compiled libraries, as pure Python, which
# is all coqui's synthesis path needs here (see ../shared/NOTES.md; a CUDA machine installs the
# torchaudio that matches its torch instead).
$(TEST_STAMP): $(STAMP)
	$(PIP) torch==2.13.0
	$(PIP) -e '.[test,farm,gpu]'
	$(PIP) --no-deps torchaudio==2.11.0 torchcodec==0.17.0
	rm -f "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"/torchaudio/lib/*.so
	# The gallery's browser tests drive Debian's Chromium, never a downloaded browser.
	@test -x /usr/bin/chromium || apt-get install -y -qq chromium || (apt-get update -qq && apt-get install -y -qq chromium)
	@touch $@

demo: $(STAMP)
	$(BIN)/studio make assets/examples/lighthouse.md -o out/demo

# Two processes, one a core (tests/conftest.py keeps each file's tests together, and every test that
# uses the shared broker or databases in one process, one after another).
test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

bench: $(TEST_STAMP)
	$(BIN)/python bench/demo.py

clean:
	rm -rf out .pytest_cache
