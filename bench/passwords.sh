#!/usr/bin/env bash
# Benchmark of login's password hashing (not a test): ./bench/passwords.sh [seconds-per-round]
# Prints checks/s per node for bcrypt 12 (C as the seed app uses it, Spring's, Bouncy Castle's) and Argon2id
# settings, side by side in alternating rounds. About 3 minutes with the default 10 s rounds.
# The C reference needs python3-bcrypt (apt-get install python3-bcrypt); without it that row reads 0.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl app test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=co.anb.showcase.auth.PasswordHashBenchmark -Dexec.args="$*"
