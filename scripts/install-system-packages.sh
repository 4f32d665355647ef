#!/usr/bin/env bash
# Installs the Debian packages the tests need and a bare machine lacks: Chromium (browser
# tests, driven by Playwright), PostgreSQL's server (the suite runs on it as well as SQLite),
# and npm with a C++ toolchain (the local Bluesky server for the connector's tests is installed
# from npm and compiles better-sqlite3). Does nothing when all are there already.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
