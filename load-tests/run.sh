#!/usr/bin/env bash
# The capacity tests of docs/capacity.md. Each run starts its own local system on 127.0.0.1 (a free port) and stops
# by itself; results go to load-tests/target/capacity/, and a full run also publishes them to docs/capacity/.
#
#   ./load-tests/run.sh seed                 2,000 users, 3,000 processed videos, 50,000 votes into app/data
#                                            (the database ./dev.sh run uses; stop it first)
#   ./load-tests/run.sh web --quick          web scenario (Gatling), seconds per stage: about 2 minutes
#   ./load-tests/run.sh worker --quick       worker scenario (job producer), one size and concurrency: about 2 minutes
#   ./load-tests/run.sh all --full           both, as measured for docs/capacity.md: about 2 hours
#   ./load-tests/run.sh report               plots and tables of docs/capacity.md from docs/capacity/*.json
# Options: web --levels 25,50,100 --ramp SECONDS --hold SECONDS; worker --sizes 50,100 --concurrency 1,2,4;
# --publish writes a quick run's results to docs/capacity/ too.
set -euo pipefail
cd "$(dirname "$0")/.."

# The FFmpeg binary from Maven (upload clips, and the worker) does not start without libpulse0.
if ! dpkg-query -W -f='${Status}' libpulse0 2>/dev/null | grep -q "install ok installed"; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libpulse0 >/dev/null
fi

maven_flags=(-q)
[ -n "${CI:-}" ] && maven_flags+=(-B -ntp)
# Builds the app (the system under test is app/target, started as its own JVM) and this module; runs no tests.
./mvnw "${maven_flags[@]}" -pl app,load-tests -DskipTests test-compile

exec java --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED -Xmx2g \
  -cp "load-tests/target/classes:$(cat load-tests/target/load-tests.classpath)" \
  co.anb.showcase.load.Capacity "$@"
