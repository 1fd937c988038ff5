#!/usr/bin/env bash
# Public-facing request rates of a running system, side by side with its trivial answer (GET /api/health) as the
# machine's limit for a request through the same stack. Bounded: each endpoint runs --seconds (default 20).
#
#   ./load-tests/run.sh seed && ./dev.sh run &      # a seeded system on :8080 (players.csv from the seed)
#   ./bench/http.sh [--base URL] [--seconds N] [--connections N] [--clip FILE.mp4]
#
# Prints one row per endpoint: requests/s, p50 and p95 latency, and the rate as a share of the trivial answer.
# Login and upload use 4 and 8 connections (hash- and parse-bound; more only queue). Login repeats one account: start
# the system with its login throttles raised (ANB_THROTTLE_LOGINACCOUNTLIMIT=1000000
# ANB_THROTTLE_LOGINIPLIMIT=1000000), or most logins are 429s (the errors column shows them). --clip adds the 4 MB
# upload (it creates videos: run it against a throw-away database), from 8 accounts, one per connection, since an
# account may hold only 2 uploads at once; ANB_ROLE=api keeps the in-process worker from transcoding meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."

base=http://127.0.0.1:8080 seconds=20 connections=64 clip=""
players=load-tests/target/capacity/seed/players.csv
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --clip) clip=$2; shift 2 ;;
    --players) players=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
[ -f "$players" ] || { echo "no $players: run ./load-tests/run.sh seed first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
IFS=, read -r email password video_id city < <(sed -n 2p "$players")
login() { # line of players.csv -> access token
  local email password
  IFS=, read -r email password _ < <(sed -n "$1p" "$players")
  curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$base/api/auth/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
token=$(login 2)

# wrk's summary: requests/s and the latency percentiles, in one parsable line
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.requests))
end
LUA
cat > "$work/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"$email","password":"$password"}'
$(cat "$work/report.lua")
LUA
if [ -n "$clip" ]; then
  uploaders=""
  for line in 3 4 5 6 7 8 9 10; do uploaders="$uploaders\"$(login $line)\","; done
  boundary=anbbench
  { printf -- '--%s\r\nContent-Disposition: form-data; name="title"\r\n\r\nBench\r\n' $boundary
    printf -- '--%s\r\nContent-Disposition: form-data; name="video_file"; filename="b.mp4"\r\n' $boundary
    printf 'Content-Type: video/mp4\r\n\r\n'; cat "$clip"; printf '\r\n--%s--\r\n' $boundary; } > "$work/upload.body"
  # one thread per connection, each with an account of its own
  cat > "$work/upload.lua" <<LUA
local tokens, started = { $uploaders }, 0
setup = function(thread) started = started + 1; thread:set("token", tokens[started]) end
init = function()
  local f = io.open("$work/upload.body", "rb"); local body = f:read("*a"); f:close()
  req = wrk.format("POST", nil, { ["Content-Type"] = "multipart/form-data; boundary=$boundary",
    ["Authorization"] = "Bearer " .. token }, body)
end
request = function() return req end
$(cat "$work/report.lua")
LUA
fi

trivial=""
run() { # name connections script url [header]
  local name=$1 conns=$2 script=$3 url=$4 threads=2; shift 4
  local line
  [ "$conns" -lt 2 ] && threads=$conns
  [ "$name" = "upload 4 MB" ] && threads=$conns
  line=$(wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s -s "$script" "$@" "$url" | grep '^RESULT')
  read -r _ rps p50 p95 errors total <<<"$line"
  [ -z "$trivial" ] && trivial=$rps
  printf '| %-22s | %8s | %7s | %7s | %6s | %5s %% |\n' "$name" "$rps" "$p50" "$p95" "$errors/$total" \
    "$(awk -v a="$rps" -v b="$trivial" 'BEGIN { printf "%.0f", 100 * a / b }')"
}

echo "$(date -u +%FT%TZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $base, ${seconds}s each"
echo "| endpoint               |    req/s | p50 ms  | p95 ms  | errors | of trivial |"
echo "|---|---|---|---|---|---|"
run "trivial (health)" "$connections" "$work/report.lua" "$base/api/health"
run "gallery (public list)" "$connections" "$work/report.lua" "$base/api/public/videos?page=1&limit=20"
run "video detail (owner)" "$connections" "$work/report.lua" "$base/api/videos/$video_id" \
  -H "Authorization: Bearer $token"
run "rankings" "$connections" "$work/report.lua" "$base/api/public/rankings"
run "rankings by city" "$connections" "$work/report.lua" "$base/api/public/rankings?city=$(printf %s "$city" | sed 's/ /%20/g')"
run "login" 4 "$work/login.lua" "$base/api/auth/login"
[ -n "$clip" ] && run "upload 4 MB" 8 "$work/upload.lua" "$base/api/videos/upload"
exit 0
