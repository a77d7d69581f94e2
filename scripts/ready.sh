#!/usr/bin/env bash
# One command from a fresh clone on a machine that has only Node 20 and npm:
#   bash scripts/ready.sh demo   -> installs what the demo needs and serves the portal
#   bash scripts/ready.sh test   -> installs what the tests need (Chromium from Debian too) and runs every check
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.8
target=${1:-}
case "$target" in
  demo | test) ;;
  *) echo "usage: bash scripts/ready.sh demo|test" >&2; exit 2 ;;
esac

log() { printf '\n== %s\n' "$*" >&2; }

# pnpm at the pinned version (corepack cannot verify signatures against this registry).
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  log "installing pnpm $PNPM_VERSION"
  if [ "$(id -u)" = 0 ]; then
    npm install -g --no-fund --no-audit "pnpm@$PNPM_VERSION" >&2
  else
    prefix="$PWD/node_modules/.pnpm-cli"
    npm install --prefix "$prefix" --no-fund --no-audit "pnpm@$PNPM_VERSION" >&2
    export PATH="$prefix/node_modules/.bin:$PATH"
  fi
fi

# Chromium from Debian for the browser tests (Playwright cannot download its own browsers here).
if [ "$target" = test ] && [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian chromium"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium poppler-utils >&2
fi

# poppler-utils (pdftoppm, pdftotext, pdffonts) for the test that renders `pembinaan document` PDFs to images.
if [ "$target" = test ] && ! command -v pdftoppm >/dev/null 2>&1; then
  log "installing Debian poppler-utils"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends poppler-utils >&2
fi

# PostgreSQL (the server tests run against a real one as well as the embedded PGlite) and php-cli (the PHP portal
# example's end-to-end test) from Debian.
if [ "$target" = test ] && { ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v php >/dev/null 2>&1; }; then
  log "installing Debian postgresql and php-cli"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql php-cli >&2
fi

log "pnpm install"
pnpm install --frozen-lockfile --reporter=append-only >&2

if [ "$target" = demo ]; then
  log "building the documentation site the portal links to (docs/site)"
  pnpm run docs >&2 || log "documentation build failed; the portal still runs, its /docs/ link will say so"
  # The server beside the portal: embedded PostgreSQL (PGlite) with seeded demo users for the three regions, its API
  # reference at http://127.0.0.1:8787/api/docs. A failure to start it is reported and the portal still runs.
  # The portal signs in on it (its demo sign-in) and proxies /api to it, so it waits until the server is ready: the
  # server prints one JSON line ({"url": …}) on stdout once the migrations and the demo data are done (it accepts
  # connections a little earlier, so an open port is not enough).
  log "starting @pembinaan/server (embedded PostgreSQL, demo data) at http://127.0.0.1:8787/api/docs"
  server_out=$(mktemp)
  # Its own process group (setsid), so that stopping the demo stops the server and every process under it.
  setsid pnpm --silent pembinaan serve --demo --data-dir .pembinaan-demo --port 8787 >"$server_out" &
  server_pid=$!
  trap 'kill -- -"$server_pid" 2>/dev/null || kill "$server_pid" 2>/dev/null || true; rm -f "$server_out"' EXIT INT TERM
  log "waiting for the server (migrations and the demo data run first)"
  for _ in $(seq 1 600); do
    if grep -q '"url"' "$server_out"; then
      cat "$server_out" >&2
      break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      log "the server stopped (see above); the portal starts anyway and its sign-in page says the server is missing"
      break
    fi
    sleep 0.5
  done
  log "serving the demo portal at http://127.0.0.1:5173/ (sign in as a demo user; Ctrl+C to stop both)"
  pnpm start
  exit $?
fi

log "lint"
pnpm lint
log "typecheck"
pnpm typecheck
log "build"
pnpm build
log "widget sizes against their budgets"
pnpm size
log "documentation site: build, then axe and sideways overflow on every page at 360 and 1280 px"
pnpm run docs >&2
node scripts/docs-axe.mjs
log "tests (core in Node, widgets and portal in Chromium)"
pnpm test
