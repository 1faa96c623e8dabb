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
	$(BIN)/ruff check tui tests bench scripts
	$(BIN)/ruff format --check tui tests bench scripts
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python bench/run_all.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q tui
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info
