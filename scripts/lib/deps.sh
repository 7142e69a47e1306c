# Installs what awas needs to build and test, when it is missing.
# Sourced by scripts/run, scripts/test and scripts/bench. Debian/Ubuntu (apt).

awas_install() {
  # $@: Debian packages
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "awas: need root (or sudo) to install: $*" >&2; return 1
    fi
  fi
  echo "awas: installing $* …" >&2
  if ! $sudo apt-get install -y --no-install-recommends "$@" >/tmp/awas-apt.log 2>&1; then
    $sudo apt-get update >>/tmp/awas-apt.log 2>&1 || true
    $sudo apt-get install -y --no-install-recommends "$@" >>/tmp/awas-apt.log 2>&1 || {
      echo "awas: could not install $* (see /tmp/awas-apt.log)" >&2; return 1; }
  fi
}

awas_ensure_build_deps() {
  command -v swift >/dev/null 2>&1 || { echo "awas: Swift 6 is required (https://swift.org/install)" >&2; return 1; }
  local need=()
  command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
  if ! pkg-config --exists libedit 2>/dev/null; then need+=(libedit-dev); fi
  if [ ${#need[@]} -gt 0 ]; then awas_install "${need[@]}"; fi
}

awas_ensure_test_deps() {
  awas_ensure_build_deps
  local need=()
  command -v script >/dev/null 2>&1 || need+=(bsdutils)
  if [ ${#need[@]} -gt 0 ]; then awas_install "${need[@]}"; fi
}
