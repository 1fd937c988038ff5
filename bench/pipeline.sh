#!/usr/bin/env bash
# Benchmark of the worker's FFmpeg pipeline (not a test): ./bench/pipeline.sh [--quick]
# Prints our pipeline vs a plain FFmpeg transcode side by side, the x264 presets, and videos/min at 1, 2 and 4
# renders at once for 50 MB and 100 MB inputs. Inputs are generated once under target/bench.
# The full run takes about 15 minutes on 2 cores; --quick about 4.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl app test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=co.anb.showcase.processing.PipelineBenchmark -Dexec.args="$*"
