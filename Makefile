# The two commands of the README's quick start, and a few more for developers.
# Only Python >= 3.11 and make are needed: everything else goes into .venv.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

NEWEST := .venv-newest

.PHONY: setup demo test test-newest lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)             ## create .venv with innovkit and the test tools

demo: setup                 ## set up, then rehearse a guided run of « audace up ! » (records nothing)
	$(BIN)/innovkit run audace-up --no-record

lint: setup                 ## ruff: lint and format check
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test: lint                  ## set up, lint, then run the whole test suite
	$(BIN)/python -m pytest

test-newest:                ## the whole test suite again, with the newest Typer (CI runs both)
	$(PYTHON) -m venv $(NEWEST)
	$(NEWEST)/bin/python -m pip install --quiet --upgrade pip
	$(NEWEST)/bin/python -m pip install --quiet -e '.[test]'
	@# pyproject pins typer below 0.29 for start-up speed; pip warns about the pin and goes on
	$(NEWEST)/bin/python -m pip install --quiet --upgrade 'typer>=0.29'
	$(NEWEST)/bin/python -c "import typer; print('newest Typer:', typer.__version__)"
	$(NEWEST)/bin/python -m pytest

format: setup
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: setup                ## the benchmarks under benchmarks/
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) $(NEWEST) build dist .pytest_cache .ruff_cache
