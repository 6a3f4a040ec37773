#!/usr/bin/env bash
# Benchmark: 100,000 generated products; full reindex time (docs/s); then /api/search and the
# same queries sent straight to Solr, side by side in one run (the ratio is our overhead).
#
#   bash bench/search.sh                  # PRODUCTS=100000 DURATION=30s CONNECTIONS="16 4" WARMUP_TURNS=4
#   JFR=/tmp/search.jfr bash bench/search.sh   # also keeps WildFly's CPU samples (JFR) of our first row
#   PROFILE=/tmp/search.collapsed bash bench/search.sh   # async-profiler's samples of our first row instead (denser)
#   SCHEDULES="other batch" bash bench/search.sh   # each row under both Linux scheduling policies
#   PLACEMENTS=shared bash bench/search.sh   # only the rows where all processes share all cores
#
# Each row runs our API, then Solr, with the same connection count. 16 connections on two shared
# cores measures throughput (latency is then mostly queueing); 4 is a storefront's steady load.
#
# Needs: JDK 17, Maven, wrk, curl, bc and the mariadb client. Client, WildFly, Solr and MariaDB
# all share this machine's cores, so the figures are a floor.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16 4}
THREADS=${THREADS:-2}
PRODUCTS=${PRODUCTS:-100000}
WARMUP_TURNS=${WARMUP_TURNS:-4}   # 30 s on each side per turn
. bench/common.sh
bench_prepare bench-search-home
bench_start

echo "generating $PRODUCTS products …"
db <<SQL
INSERT INTO product (slug, shop_id, title, description, category_id, village_id, material,
                     ocop_stars, ocop_certificate, status, created_at, updated_at, version)
SELECT CONCAT('bench-', seq), shops.id,
       CONCAT(ELT(1 + seq % 12, 'Nhẫn bạc', 'Vòng bạc', 'Khăn đũi', 'Khăn lụa', 'Chiếu cói', 'Lư hương đồng',
                  'Tranh thêu', 'Dao rèn', 'Bánh cáy', 'Cốm làng', 'Hoa tai bạc', 'Dây chuyền bạc'), ' ',
              ELT(1 + (seq DIV 12) % 10, 'chạm hoa sen', 'chạm rồng', 'hoa văn trống đồng', 'nhuộm vỏ cây',
                  'in hoa đôi', 'mạ vàng', 'cỡ lớn', 'quà tặng', 'truyền thống', 'thủ công'),
              ' số ', seq),
       '<p>Sản phẩm thủ công sinh ra cho đo hiệu năng tìm kiếm.</p>', 2 + seq % 16, 1 + seq % 9,
       ELT(1 + seq % 4, 'Bạc 92.5', 'Tơ tằm', 'Cói', 'Đồng đỏ'),
       IF(seq % 3 = 0, 3 + seq % 3, 0), IF(seq % 3 = 0, CONCAT('OCOP-BENCH-', seq), NULL),
       'ACTIVE', UTC_TIMESTAMP(6) - INTERVAL seq SECOND, UTC_TIMESTAMP(6), 1
FROM seq_1_to_${PRODUCTS}
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM shop WHERE status = 'APPROVED') shops
  ON shops.n = seq % (SELECT COUNT(*) FROM shop WHERE status = 'APPROVED');
INSERT INTO variant (sku, product_id, options_json, price_vnd, on_hand, reserved, retired, position)
SELECT CONCAT('B-', p.id), p.id, '{}', (30 + (p.id * 7919) % 5000) * 1000, 3, 0, FALSE, 0
FROM product p WHERE p.slug LIKE 'bench-%';
SQL

token=$(curl -fs -XPOST -H 'content-type: application/json' \
  -d '{"email":"admin@demo.langnghe.vn","password":"LangNghe@2026"}' http://localhost:8080/api/auth/login \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
started=$(date +%s.%N)
curl -fs -XPOST -H "Authorization: Bearer $token" http://localhost:8080/api/admin/search/reindex >/dev/null
until curl -fs -H "Authorization: Bearer $token" http://localhost:8080/api/admin/search/reindex | grep -q '"state":"DONE"'; do
  sleep 1
done
status=$(curl -fs -H "Authorization: Bearer $token" http://localhost:8080/api/admin/search/reindex)
echo "full reindex: $(echo "$(date +%s.%N) - $started" | bc) s — $status"

pairs=$(mktemp)
mvn -B -q -o exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=vn.langnghe.market.search.SearchBenchQueries | grep -o "/api/search.*" >"$pairs"
# (not "^/api/": Maven's colour codes prefix the first line and dropped the first query)
script() {   # $1: the method; our API is asked by GET (column 1), Solr by the application's POST (columns 2, 3)
  local file; file=$(mktemp --suffix=.lua)
  if [ "$1" = GET ]; then cut -f1 "$pairs" >"$file.paths"; else cut -f2,3 "$pairs" >"$file.paths"; fi
  cat >"$file" <<LUA
local requests = {}
-- built in init(): before it, wrk has not set the Host header that wrk.format copies
init = function(args)
  for line in io.lines("$file.paths") do
    local path, body = line:match("^([^\t]*)\t?(.*)$")
    if "$1" == "GET" then
      requests[#requests + 1] = wrk.format("GET", path)
    else
      requests[#requests + 1] = wrk.format("POST", path,
        {["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"}, body)
    end
  end
end
local i = 0
request = function() i = i % #requests + 1; return requests[i] end
done = function(summary) io.write(string.format("non-2xx or errors: %d\n", summary.errors.status
  + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout)) end
LUA
  echo "$file"
}
api=$(script GET); solr=$(script POST)
first=${CONNECTIONS%% *}
# Warm-up, both sides in turn: after the reindex Solr merges segments and both JVMs compile the
# search path for minutes. Measured with 10 s of warm-up, Solr alone went from 750 to 1,800 req/s
# over the next five minutes and /api/search from 440 to 1,160, so short warm-ups measured the
# transient (and favoured whichever side ran later in it).
for _ in $(seq 1 "$WARMUP_TURNS"); do
  wrk -t"$THREADS" -c"$first" -d30s -s "$api" http://localhost:8080 >/dev/null
  wrk -t"$THREADS" -c"$first" -d30s -s "$solr" http://127.0.0.1:8983 >/dev/null
done
# CPU time per request of each process (from /proc, in ms): on a shared machine requests/s swing
# with the neighbours' load, CPU per request much less. On two cores that all processes share,
# our overhead is roughly (wrk + WildFly + Solr) / (wrk + Solr) of these.
# this checkout's WildFly (a test run elsewhere on the machine may have one too)
wildfly=$(jcmd -l | awk -v mine="$PWD/target/" 'index($0, mine) && /jboss-modules/ {print $1; exit}')
solr_pid=$(ss -Hltnp "sport = :8983" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system, in 10 ms ticks
measure() {   # $1: label, then wrk's arguments
  local label=$1 out w0 s0 w1 s1 requests; shift
  w0=$(ticks "$wildfly"); s0=$(ticks "$solr_pid")
  out=$(taskset -c "$client_cpus" wrk "$@")
  w1=$(ticks "$wildfly"); s1=$(ticks "$solr_pid")
  echo "$out" | grep -E 'Requests/sec|^ +50%|^ +99%|non-2xx'
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "CPU per request ($label): WildFly $(echo "scale=3; ($w1 - $w0) * 10 / $requests" | bc) ms, Solr $(echo "scale=3; ($s1 - $s0) * 10 / $requests" | bc) ms"
}
# SCHEDULES="other batch …": each row pair again with the server processes (WildFly, Solr's JVM,
# MariaDB) switched to that Linux scheduling policy first; by default they keep the run command's
# (SCHED_BATCH, see BatchScheduling).
mariadbd=$(ss -Hltnp "sport = :$MARKET_EMBEDDED_DB_PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
# PLACEMENTS="shared apart": each row pair with every process free to run on every core (shared),
# then with Solr on a core of its own and WildFly, MariaDB and wrk on the others (apart), as when
# production reaches Solr on machines of its own. Sharing two cores, Solr spent a third to a half
# more CPU per request whenever anything else ran beside it (2026-11-27: 1.05-1.10 ms alone,
# 1.46 ms beside a bare spin loop, 1.32-1.60 ms beside WildFly, for byte-identical requests), so
# shared rows measure that as much as our overhead.
all_cpus=0-$(( $(nproc) - 1 ))
place() {
  local server_cpus=$all_cpus solr_cpus=$all_cpus pid
  client_cpus=$all_cpus
  if [ "$1" = apart ]; then
    solr_cpus=$(( $(nproc) - 1 )); server_cpus=0-$(( $(nproc) - 2 )); client_cpus=$server_cpus
  fi
  for pid in "$wildfly" "$mariadbd"; do taskset --all-tasks --cpu-list --pid "$server_cpus" "$pid" >/dev/null; done
  taskset --all-tasks --cpu-list --pid "$solr_cpus" "$solr_pid" >/dev/null
}
for connections in $CONNECTIONS; do
  threads=$(( THREADS < connections ? THREADS : connections ))
  for schedule in ${SCHEDULES:-as-started}; do
    if [ "$schedule" != as-started ]; then
      for pid in "$wildfly" "$solr_pid" "$mariadbd"; do chrt --all-tasks --"$schedule" --pid 0 "$pid"; done
    fi
    policy=$(chrt -p "$wildfly" | head -1 | sed 's/.*: //')
    for placement in ${PLACEMENTS:-shared apart}; do
      place "$placement"
      policy_and_placement="$policy, $placement"
      keep=
      if [ -n "${JFR:-}" ] && [ -z "${recorded:-}" ]; then recorded=yes; keep=yes; jfr_mark; fi
      profiling=
      if [ -n "${PROFILE:-}" ] && [ -z "${profiled:-}" ]; then profiled=yes; profiling=yes; profile_begin "$wildfly"; fi
      echo "== /api/search (ours): wrk -t$threads -c$connections -d$DURATION, $(wc -l <"$pairs") queries in turn, $policy_and_placement"
      measure ours -t"$threads" -c"$connections" -d"$DURATION" --latency -s "$api" http://localhost:8080
      if [ -n "$keep" ]; then jfr_keep "$wildfly"; fi
      if [ -n "$profiling" ]; then profile_end "$wildfly"; fi
      echo "== the same queries straight to Solr: wrk -t$threads -c$connections -d$DURATION, $policy_and_placement"
      measure Solr -t"$threads" -c"$connections" -d"$DURATION" --latency -s "$solr" http://127.0.0.1:8983
    done
  done
done
