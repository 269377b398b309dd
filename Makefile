# Värna: `make run` to try it, `make test` to test it. See README.md.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
export DJANGO_SETTINGS_MODULE := varna.settings

.PHONY: run test test-fast test-e2e lint format bench bench-deid bench-documents bench-load bench-situation messages check clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Värna behöver Python 3.11 eller senare." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-deps: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.test-deps: requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	@touch $@ $(VENV)/.run-deps

## make run: install, migrate an SQLite database, load the demo municipality, serve on $(HOST)
run: $(VENV)/.run-deps
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py load_demo
	DEBUG=1 $(BIN)/python manage.py runserver $(HOST)

## make test: install test dependencies and run the whole suite: first everything but the browser
## tests on every core (pytest-xdist), then the browser tests. DATABASE_URL=postgres://... runs it
## on PostgreSQL.
test: $(VENV)/.test-deps
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=1 $(BIN)/pytest -n auto -m "not e2e" $(PYTEST_ARGS)
	DEBUG=1 $(BIN)/pytest -m e2e $(PYTEST_ARGS)

test-fast: $(VENV)/.test-deps
	DEBUG=1 $(BIN)/pytest -m "not e2e" $(PYTEST_ARGS)

test-e2e: $(VENV)/.test-deps
	DEBUG=1 $(BIN)/pytest -m e2e $(PYTEST_ARGS)

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(VENV)/.test-deps
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## make messages: update the English translation catalogue and compile it
messages: $(VENV)/.run-deps
	cd varna && DEBUG=1 ../$(BIN)/django-admin makemessages -l en --no-obsolete
	cd varna && DEBUG=1 ../$(BIN)/django-admin compilemessages

## make bench-deid: varna.deid beside Presidio on the dev corpus, the frozen held-out set and the news
## test split (bench/deid_data/), speed on distinct texts; DEID_BENCH_ARGS="--sets dev,news"
bench-deid: $(VENV)/.test-deps
	$(BIN)/pip install --quiet -r requirements-bench.txt
	$(BIN)/python bench/deid_bench.py $(DEID_BENCH_ARGS)

## make bench-documents: time DOCX and PDF/A rendering of a plan-sized document (target < 2 s)
bench-documents: $(VENV)/.test-deps
	DEBUG=1 $(BIN)/python bench/documents_bench.py

## make bench-load: locust against gunicorn + PostgreSQL (database varna_load, LOAD_DATABASE_URL) at
## 50 and 200 users (LOAD_USERS, LOAD_DURATION seconds each), with pgbench and the empty request as baselines
bench-load: $(VENV)/.test-deps
	$(BIN)/pip install --quiet -r requirements-bench.txt
	$(BIN)/python bench/load/run.py

## make bench-situation: the situation picture at 10k, 100k and 1M reports on PostgreSQL (database
## varna_bench on 127.0.0.1, BENCH_PG_URL) and SQLite (var/); SITUATION_BENCH_ARGS="--sizes 10000 --backend sqlite"
bench-situation: $(VENV)/.test-deps
	$(BIN)/python bench/situation_bench.py $(SITUATION_BENCH_ARGS)

## make bench: every benchmark (a new one: add its target to BENCHES), then bench/collect.py merges
## bench/results-*.json into bench/results.json and bench/results.md. A failing benchmark does not
## stop the others; make bench fails at the end.
BENCHES := bench-deid bench-documents bench-load bench-situation
bench:
	@status=0; for target in $(BENCHES); do $(MAKE) --no-print-directory $$target || status=1; done; \
	$(BIN)/python bench/collect.py; exit $$status

clean:
	rm -rf $(VENV) var
