#!/usr/bin/env bash
# bench/http.sh on two checkouts of this repository, side by side in one run: A, B, A, B (the machine's speed
# drifts, so neither gets the quiet minutes). Each checkout must have been seeded (./load-tests/run.sh seed in it,
# with nothing on :8080); its database is copied once to app/data.seed and put back before each of its rounds, so
# the uploads of one round do not change the next. Bounded: each round is about 3 minutes.
#
#   git worktree add /tmp/before <commit> && (cd /tmp/before && ./load-tests/run.sh seed)
#   ./load-tests/run.sh seed
#   ./bench/http-ab.sh /tmp/before . [--rounds 2] [--seconds 20]
#
# Each system runs as `ANB_ROLE=api ./dev.sh run` (no in-process worker transcoding the uploads meanwhile, as on a
# web node in AWS) with its login throttles raised, so the login row measures password checks, not refusals.
set -uo pipefail
cd "$(dirname "$0")/.."
bench=$PWD/bench/http.sh
clip=$PWD/load-tests/target/upload-clips/upload-4mb.mp4
[ $# -ge 2 ] || { echo "usage: $0 CHECKOUT_A CHECKOUT_B [--rounds N] [--seconds N]" >&2; exit 2; }
a=$(cd "$1" && pwd) b=$(cd "$2" && pwd); shift 2
rounds=2 seconds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$clip" ] || { echo "no $clip: run ./load-tests/run.sh worker --quick once to make the clips" >&2; exit 2; }
up() { curl -sf http://127.0.0.1:8080/api/health >/dev/null; }
up && { echo "something already answers on :8080; stop it first" >&2; exit 2; }
for dir in "$a" "$b"; do
  [ -d "$dir/app/data" ] || { echo "$dir has no app/data: seed it first" >&2; exit 2; }
  [ -d "$dir/app/data.seed" ] || cp -a "$dir/app/data" "$dir/app/data.seed"
done

for round in $(seq 1 "$rounds"); do
  for dir in "$a" "$b"; do
    rm -rf "$dir/app/data" && cp -a "$dir/app/data.seed" "$dir/app/data"
    log=$(mktemp)
    (cd "$dir" && exec setsid env ANB_ROLE=api ANB_THROTTLE_LOGINACCOUNTLIMIT=1000000 \
      ANB_THROTTLE_LOGINIPLIMIT=1000000 ./dev.sh run >"$log" 2>&1) &
    system=$!
    for _ in $(seq 1 300); do up && break; sleep 1; done
    echo "== $dir ($(git -C "$dir" rev-parse --short HEAD)), round $round"
    players=$dir/load-tests/target/capacity/seed/players.csv
    # a short pass first, so the JIT has compiled the paths before the measured one
    "$bench" --seconds 10 --players "$players" --clip "$clip" >/dev/null 2>&1
    "$bench" --seconds "$seconds" --players "$players" --clip "$clip"
    kill -- -"$system" 2>/dev/null
    while up; do sleep 2; done
    wait "$system" 2>/dev/null
    rm -f "$log"
  done
done
