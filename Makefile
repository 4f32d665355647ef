# civicpost: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test

.PHONY: run test install lint format lock clean

run: $(STAMP)  ## Set up, load the demo council, and serve on http://127.0.0.1:8000/
	CIVICPOST_HTTPS=false $(BIN)/civicpost demo
	CIVICPOST_HTTPS=false $(BIN)/civicpost serve

test: $(TESTSTAMP)  ## Lint, then the whole suite on SQLite and on a throwaway PostgreSQL
	bash scripts/install-system-packages.sh
	bash scripts/install-bluesky-pds.sh
	$(BIN)/ruff check src tests scripts
	@echo "=== Test suite on SQLite ==="
	env -u DATABASE_URL $(BIN)/pytest
	@echo "=== Test suite on PostgreSQL ==="
	$(BIN)/python scripts/with_postgres.py -- $(BIN)/pytest

install: $(STAMP)

# The virtualenv gets exactly the versions in the lock files, then civicpost itself.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

$(TESTSTAMP): $(STAMP) requirements-test.lock
	$(BIN)/pip install --quiet -r requirements-test.lock
	touch $(TESTSTAMP)

lint: $(TESTSTAMP)
	$(BIN)/ruff check src tests scripts bench

format: $(TESTSTAMP)
	$(BIN)/ruff format src tests scripts bench

# Re-pin every dependency after changing pyproject.toml (needs the registry).
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--output-file requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --strip-extras --extra test --no-emit-index-url --no-emit-find-links \
		--output-file requirements-test.lock pyproject.toml

clean:
	rm -rf $(VENV)
