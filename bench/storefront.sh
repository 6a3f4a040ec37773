#!/usr/bin/env bash
# Benchmark: the server-rendered product page against a static file from the same WildFly, in
# one run: wrk at CONNECTIONS (16) on PAGE (/san-pham/{slug}, a random demo product each
# request) and on STATIC (/css/site.css), each after a warm-up; requests/s, p50, p99 of both and
# the page's share of the static file's requests/s. Issue 20's bar: ≥ 0.3× with p99 < 25 ms.
#
#   bash bench/storefront.sh
#   PAGE='/api/products/{slug}' bash bench/storefront.sh      # any path; {slug} is a product's
#   DURATION=60s ROUNDS=2 bash bench/storefront.sh
#
# Runs on ports moved by BENCH_PORT_OFFSET (1500: HTTP 9580) so it can run beside another
# marketplace. Needs: JDK 17, Maven, wrk, curl, bc and the mariadb client.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-1}
PAGE=${PAGE:-/san-pham/{slug\}}
STATIC=${STATIC:-/css/site.css}
export BENCH_PORT_OFFSET=${BENCH_PORT_OFFSET:-1500}
. bench/common.sh
bench_prepare bench-storefront-home
bench_start
echo "ready in ${startup_seconds} s at $bench_url"

slugs=$(mktemp)
db -N -e "SELECT slug FROM product WHERE status = 'ACTIVE'" >"$slugs"
first=$(head -1 "$slugs")
probe=${PAGE//\{slug\}/$first}
status=$(curl -s -o /dev/null -w '%{http_code}' "$bench_url$probe")
if [ "$status" != 200 ]; then
  echo "GET $probe answered $status, not 200: is the page there yet? (PAGE=… names another)"; exit 1
fi
echo "$(wc -l <"$slugs") products; PAGE=$PAGE STATIC=$STATIC"

# one Lua script per target: the page with a random product each request, the file as is
script() {
  local file
  file=$(mktemp --suffix=.lua)
  cat >"$file" <<LUA
local slugs = {}
for line in io.lines("$slugs") do slugs[#slugs + 1] = line end
math.randomseed(42)
local path = "$1"
request = function()
  return wrk.format("GET", (path:gsub("{slug}", slugs[math.random(#slugs)])))
end
done = function(summary, latency, requests)
  io.write(string.format("errors %d\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50 %.3f\np99 %.3f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
LUA
  echo "$file"
}
page_script=$(script "$PAGE")
static_script=$(script "$STATIC")

# prints "requests/s p50-ms p99-ms errors"
measure() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$1" "$bench_url")
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '/^p50/ {print $2}')" \
    "$(echo "$out" | awk '/^p99/ {print $2}') $(echo "$out" | awk '/^errors/ {print $2}')"
}

echo "warming up (10 s each) …"
measure "$page_script" 10s >/dev/null
measure "$static_script" 10s >/dev/null

printf '\n%-6s %-34s %10s %9s %9s %7s\n' round path "req/s" "p50 ms" "p99 ms" errors
for round in $(seq 1 "$ROUNDS"); do
  read -r s_rps s_p50 s_p99 s_err <<<"$(measure "$static_script" "$DURATION")"
  printf '%-6s %-34s %10.0f %9.2f %9.2f %7s\n' "$round" "$STATIC" "$s_rps" "$s_p50" "$s_p99" "$s_err"
  read -r p_rps p_p50 p_p99 p_err <<<"$(measure "$page_script" "$DURATION")"
  printf '%-6s %-34s %10.0f %9.2f %9.2f %7s\n' "$round" "$PAGE" "$p_rps" "$p_p50" "$p_p99" "$p_err"
  ratio=$(echo "scale=3; $p_rps / $s_rps" | bc)
  verdict=$(echo "$ratio >= 0.3 && $p_p99 < 25" | bc)
  echo "round $round: page/static = ${ratio}× at $CONNECTIONS connections, page p99 ${p_p99} ms" \
    "($( [ "$verdict" = 1 ] && echo "meets" || echo "misses") the bar: ≥ 0.3× with p99 < 25 ms)"
done
