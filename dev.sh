#!/usr/bin/env bash
# The project's two commands for a fresh machine:
#   ./dev.sh run    start the whole system locally on http://localhost:8080 (embedded PostgreSQL, ElasticMQ, s3proxy)
#   ./dev.sh test   run every test (./mvnw verify)
# Both first install the few Debian packages the build needs and a fresh machine lacks (libpulse0 for FFmpeg; for the
# tests, Node.js/npm if there is none, to run the Postman collections with newman, and Chromium with its driver for
# the browser tests of the web UI).
set -euo pipefail
cd "$(dirname "$0")"

# libpulse0: the FFmpeg binary that comes from Maven links against it and does not start without it.
HOST_PACKAGES=(libpulse0)
# the web UI's browser tests drive Debian's headless Chromium through its chromedriver (no driver download)
TEST_PACKAGES=(chromium chromium-driver)

install_host_packages() {
  local missing=() packages=("${HOST_PACKAGES[@]}")
  [ "${1:-}" = test ] && packages+=("${TEST_PACKAGES[@]}")
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  # the tests run the Postman collections with newman; any Node.js with npm will do, Debian's if there is none
  if [ "${1:-}" = test ] && ! command -v npm >/dev/null; then missing+=(nodejs npm); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing Debian packages the build needs: ${missing[*]}"
  $sudo apt-get update -qq || echo "apt-get update failed; trying with the package lists this machine has"
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; then
    # a package manager left half-configured blocks every install until it is repaired
    $sudo apt-get install -y -qq -f >/dev/null
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

maven_flags=()
[ -n "${CI:-}" ] && maven_flags+=(-B -ntp)

case "${1:-}" in
  run)
    install_host_packages
    exec ./mvnw "${maven_flags[@]}" -pl app spring-boot:test-run ;;
  test)
    install_host_packages test
    exec ./mvnw "${maven_flags[@]}" verify ;;
  *)
    echo "usage: ./dev.sh run | ./dev.sh test" >&2
    exit 2 ;;
esac
