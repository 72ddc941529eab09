# newsdesk — run `make help` for the targets.
SHELL := /bin/bash
UV ?= $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
RUN := $(UV) run --frozen
WAREHOUSE ?= warehouse.duckdb
SAMPLES ?= samples/articles
PREFECT_PORT ?= 4200
NEWSDESK_DASHBOARD_PORT ?= 8501
export NEWSDESK_STATE_DIR ?= $(CURDIR)/.newsdesk

.PHONY: help setup demo test lint format serve dashboard browser postgres clean bench bench-quick bench-publish bench-scale

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

.tools/bin/uv:
	@echo "uv not found: installing it into .tools (from PyPI)"
	@python3 -m venv .tools && .tools/bin/pip install --quiet uv

.venv/.synced: pyproject.toml uv.lock Makefile | $(UV)
	@# --compile-bytecode: with PYTHONDONTWRITEBYTECODE set, every process (the CLI, Prefect's
	@# server, each worker) would otherwise compile its ~2,600 imported modules anew (12 s).
	@$(UV) sync --frozen --quiet --compile-bytecode
	@touch $@

setup: .venv/.synced ## Create the locked environment (.venv)

demo: setup ## Ingest the bundled sample articles into ./warehouse.duckdb and show what was built
	@$(RUN) newsdesk ingest $(SAMPLES) --warehouse $(WAREHOUSE)
	@$(RUN) newsdesk status --warehouse $(WAREHOUSE)

test: setup browser postgres ## Run the whole test suite (dashboard tests drive Chromium; lake tests start PostgreSQL)
	@$(RUN) pytest -q

browser: ## Install Debian's chromium and chromium-driver (apt-get, as root) when missing
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		echo "installing chromium and chromium-driver with apt-get"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -q && apt-get install -y -q chromium chromium-driver; \
	fi

postgres: ## Install Debian's PostgreSQL server (apt-get, as root) when missing; tests start their own
	@if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then \
		echo "installing postgresql with apt-get"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -q && apt-get install -y -q postgresql; \
	fi

lint: setup ## ruff check and format check
	@$(RUN) ruff check .
	@$(RUN) ruff format --check .

format: setup ## Format the code
	@$(RUN) ruff format .
	@$(RUN) ruff check --fix .

serve: setup ## Start a Prefect server on 127.0.0.1 and serve the ingest flow on a cron schedule
	@$(RUN) python -m flows.serve_local --source $(SAMPLES) --warehouse $(WAREHOUSE) --port $(PREFECT_PORT)

dashboard: setup ## Start the read-only dashboard on 127.0.0.1 (port NEWSDESK_DASHBOARD_PORT, 8501) over WAREHOUSE
	@NEWSDESK_WAREHOUSE=$(WAREHOUSE) $(RUN) streamlit run dashboard/app.py \
		--server.address 127.0.0.1 --server.port $(NEWSDESK_DASHBOARD_PORT) \
		--server.headless true --browser.gatherUsageStats false --client.toolbarMode viewer

clean: ## Remove the demo warehouse and local state
	rm -rf $(WAREHOUSE) $(WAREHOUSE).wal $(WAREHOUSE).standby $(WAREHOUSE).standby.wal $(WAREHOUSE).lock .newsdesk

bench: setup postgres ## Benchmark: 1k and 10k articles vs spaCy alone and a naive pipeline; 100k-file rescans; cluster and lake
	@$(RUN) python -m bench.run --repeat 3
	@$(RUN) python -m bench.scale

bench-scale: setup postgres ## Local vs 2 Dask workers, embedded file vs DuckLake on PostgreSQL (same corpus)
	@$(RUN) python -m bench.scale

bench-quick: setup ## A smaller benchmark (200 articles, 10k-file rescans)
	@$(RUN) python -m bench.run --quick

bench-publish: setup ## What publishing costs as the warehouse grows (vs copying the whole file)
	@$(RUN) python -m bench.publish
