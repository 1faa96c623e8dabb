# Two entry points a newcomer needs: `make run` and `make test`. Both build .venv first, so they
# work where a system-wide `pip install` is refused (PEP 668).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

run: $(VENV)/.installed
	$(BIN)/newsreader $(ARGS)

test: lint
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS); status=$$?; if [ $$status -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$status

lint: $(VENV)/.installed-test
	$(BIN)/ruff check hatch_build.py tui tests bench scripts
	$(BIN)/ruff format --check hatch_build.py tui tests bench scripts
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python bench/run_all.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `make run` installs the wheel itself, its annotator compiled with mypyc (see hatch_build.py);
# `make test` installs editable and pure, so the tests read the sources. Each removes the other's
# stamp: switching between the two reinstalls.
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml hatch_build.py $(shell find tui -name '*.py')
	@echo "newsreader: installing; the annotator is compiled with mypyc (about a minute; NEWSREADER_PURE=1 skips it)"
	$(BIN)/python -m pip install --quiet .
	@$(BIN)/python -P -c "import tui.core.people as p; p.__file__.endswith(('.so', '.pyd')) or print('newsreader: the annotator was not compiled (no C compiler or Python headers?): it runs as pure Python, about a third slower')"
	rm -f $(VENV)/.installed-test
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q tui
	rm -f $(VENV)/.installed
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info
