# The two set-up commands of the README: `make run` and `make test`. Each installs what it
# needs into .venv first, so both work on a fresh clone with only python3 (>= 3.11) and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Heroku installs from requirements.txt; so does `make run`, then the package itself.
$(VENV)/.run: $(BIN)/python requirements.txt pyproject.toml
	$(BIN)/python -m pip install --quiet -r requirements.txt -e .
	touch $@

$(VENV)/.test: $(VENV)/.run
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## Install, migrate the ledger (var/presend.sqlite3 unless DATABASE_URL says otherwise) and start
## the service exactly as the Procfile does: its release command, then its web command.
run: $(VENV)/.run
	PATH="$(CURDIR)/$(BIN):$$PATH" sh -c "$$(sed -n 's/^release: //p' Procfile)"
	PATH="$(CURDIR)/$(BIN):$$PATH" sh -c "$$(sed -n 's/^web: //p' Procfile)"

$(VENV)/.train: $(VENV)/.test
	$(BIN)/python -m pip install --quiet -e '.[train]'
	touch $@

## Retrain the Amazon pack's wording model on the corpora and the wording rules' tables.
model: $(VENV)/.train
	$(BIN)/python -m tests.corpus.train

$(VENV)/.bench: $(VENV)/.test
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

## Measure engine, instructions (callgrind), HTTP (wrk: checks, batches of 50), start-up, memory.
bench: $(VENV)/.bench
	@command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install -y wrk" >&2; exit 2; }
	@command -v valgrind >/dev/null || { apt-get update && apt-get install -y valgrind; }
	mkdir -p bench/results
	$(BIN)/python -m bench --json bench/results/latest.json

## Install and run the checks CI runs: lint, types, tests.
test: $(VENV)/.test
	$(BIN)/ruff check service tests bench examples gunicorn.conf.py
	$(BIN)/ruff format --check service tests bench examples gunicorn.conf.py
	$(BIN)/mypy
	$(BIN)/python -m pytest
