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
. bench/common.sh
bench_prepare bench-home
bench_start
echo "command 1 → first 200 on /health/ready (empty MARKET_HOME, includes demo load; sales history: $MARKET_DEMO_SALES_HISTORY): ${startup_seconds} s"

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

bench_stop
echo "second start (data present, demo already loaded):"
bench_start
echo "command 1 → first 200 on /health/ready (warm): ${startup_seconds} s"
