#!/usr/bin/env bash
# Benchmark of the slow-upload flood (not a test): ./bench/slow-uploads.sh [--unprotected]
# Starts the app on the local stack with its defaults and prints public reads' p50/p95 without and with 250 uploads
# that send one byte every 10 s (admission.SlowUploadFloodBenchmark). --unprotected lifts the upload limits.
# About 2 minutes plus the build.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl app test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=co.anb.showcase.admission.SlowUploadFloodBenchmark -Dexec.args="$*"
