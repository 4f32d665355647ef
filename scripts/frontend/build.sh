#!/usr/bin/env bash
# Rebuild civicpost's vendored front-end files (GOV.UK Frontend CSS/JS, htmx).
#
# The outputs are committed under src/civicpost/static/, so installing or
# running civicpost never needs node. Run this only to upgrade a version:
# edit package.json (exact versions), then `bash scripts/frontend/build.sh`
# (it refreshes package-lock.json too when package.json changed).
# npm runs in a throw-away folder; nothing but the outputs is written here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
static="$here/../../src/civicpost/static"
work="$(mktemp -d "${TMPDIR:-/tmp}/civicpost-frontend.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/civicpost-govuk.scss" "$here/_url-handlers.scss" "$work/"
if [ -f "$here/package-lock.json" ]; then cp "$here/package-lock.json" "$work/"; fi
cd "$work"
if [ -f package-lock.json ] && npm ci --no-audit --no-fund --ignore-scripts; then
  :
else
  npm install --no-audit --no-fund --ignore-scripts
fi
cp package-lock.json "$here/package-lock.json"

gf=node_modules/govuk-frontend/dist/govuk

# 1. GOV.UK Frontend CSS: Arial, no @font-face, assets under /static/govuk/assets/.
npx --no-install sass --load-path=node_modules --style=compressed --no-source-map \
  civicpost-govuk.scss govuk-frontend.min.css
if grep -qi "GDS Transport\|@font-face" govuk-frontend.min.css; then
  echo "build.sh: GDS Transport or @font-face found in the CSS" >&2; exit 1
fi
if grep -o 'url([^)]*)' govuk-frontend.min.css | grep -v '/static/govuk/assets/' | grep -q .; then
  echo "build.sh: a url() outside /static/govuk/assets/ found in the CSS" >&2; exit 1
fi

rm -rf "$static/govuk"
mkdir -p "$static/govuk/assets/images" "$static/vendor"
cp govuk-frontend.min.css "$static/govuk/govuk-frontend.min.css"

# 2. GOV.UK Frontend JS (an ES module). The source map is not shipped, so drop
#    its reference (Django's ManifestStaticFilesStorage would fail on it).
sed -e 's|//# sourceMappingURL=[^ ]*$||' "$gf/govuk-frontend.min.js" \
  > "$static/govuk/govuk-frontend.min.js"
cp "$here/licenses/govuk-frontend-LICENSE.txt" "$static/govuk/LICENSE.txt"

# 3. Images: none of GOV.UK's (favicons, icons and crest all show the crown).
#    civicpost's own plain icon:
cp "$here/civicpost-icon.svg" "$static/govuk/assets/images/civicpost-icon.svg"

# 4. htmx (2.x, the stable line), the classic script build.
sed -e 's|//# sourceMappingURL=[^ ]*$||' node_modules/htmx.org/dist/htmx.min.js \
  > "$static/vendor/htmx.min.js"
cp node_modules/htmx.org/LICENSE "$static/vendor/htmx.LICENSE.txt"

echo "build.sh: govuk-frontend $(node -p "require('./node_modules/govuk-frontend/package.json').version")," \
  "htmx.org $(node -p "require('./node_modules/htmx.org/package.json').version")," \
  "sass $(node -p "require('./node_modules/sass/package.json').version")"
