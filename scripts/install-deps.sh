#!/usr/bin/env bash
# Installs what Segugio needs to build and test on Debian 12, from Debian's packages.
# Idempotent: installs only what is missing. Runs as root, or through sudo.
#   scripts/install-deps.sh           build + test dependencies
#   scripts/install-deps.sh --bench   also what bench/run.sh needs: the peers (scriptindex;
#                                     quest is in xapian-tools), python3-xapian, GNU time and
#                                     matplotlib for the plots
set -euo pipefail

packages=(
  cmake make g++ pkg-config
  libxapian-dev libicu-dev libcli11-dev libgtest-dev nlohmann-json3-dev zlib1g-dev
  xapian-tools   # xapian-tcpsrv and xapian-delve, used by the sharding tests
  libcpp-httplib-dev       # segugio-serve's HTTP server
  chromium chromium-driver # segugio-serve's browser test (headless, driven over WebDriver)
  python3                  # the browser test's driver
  clang          # libFuzzer targets
  libclang-rt-dev
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(xapian-omega python3 python3-xapian time python3-matplotlib)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 2; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
