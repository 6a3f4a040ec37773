#!/usr/bin/env bash
# Benchmark: the trade office's reports over ORDERS paid orders spread over two years across 200
# shops (one shop order and one line each), generated straight into the database; the sales facts
# are then built by the application's own rebuild. Measured in one run, side by side: the overview
# and the groupBy=month,commune report through the API (read from the facts), and the equivalent
# aggregate SQL over the order tables.
#
#   bash bench/reports.sh              # ORDERS=1000000 REQUESTS=200 SCANS=10
#
# Needs: JDK 17, Maven, curl, bc and the mariadb client. Client, WildFly and MariaDB share this
# machine's cores, so the figures are a floor.
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS=${ORDERS:-1000000}
REQUESTS=${REQUESTS:-200}
SCANS=${SCANS:-10}
. bench/common.sh
bench_prepare bench-reports-home
bench_start

echo "generating 200 shops and $ORDERS paid orders over two years …"
started=$(date +%s)
db <<SQL
INSERT INTO account (email, display_name, password_hash, roles, created_at)
SELECT CONCAT('bench-artisan-', seq, '@bench.langnghe.vn'), CONCAT('Nghệ nhân ', seq), 'not-a-hash', 'ARTISAN', UTC_TIMESTAMP(6)
FROM seq_1_to_200;
INSERT INTO shop (slug, name, owner_account_id, village_id, status, created_at, approved_at)
SELECT CONCAT('bench-shop-', a.id), CONCAT('Xưởng đo tải ', a.id), a.id,
       (SELECT id FROM craft_village ORDER BY id LIMIT 1 OFFSET 0) + a.id % (SELECT COUNT(*) FROM craft_village),
       'APPROVED', UTC_TIMESTAMP(6) - INTERVAL 800 DAY, UTC_TIMESTAMP(6) - INTERVAL (a.id % 700) DAY
FROM account a WHERE a.email LIKE 'bench-artisan-%';
INSERT INTO product (slug, shop_id, title, description, category_id, village_id, material,
                     ocop_stars, status, created_at, updated_at, version)
SELECT CONCAT('bench-report-', s.id, '-', k.seq), s.id, CONCAT('Sản phẩm ', s.id, '-', k.seq), '<p>x</p>',
       2 + (s.id + k.seq) % 15, s.village_id, 'Bạc', (s.id + k.seq) % 6, 'ACTIVE',
       UTC_TIMESTAMP(6) - INTERVAL 800 DAY, UTC_TIMESTAMP(6), 1
FROM shop s JOIN seq_1_to_5 k WHERE s.slug LIKE 'bench-shop-%';
INSERT INTO variant (sku, product_id, options_json, price_vnd, on_hand, reserved, retired, position, weight_grams)
SELECT CONCAT('BR-', p.id), p.id, '{}', 250000, 0, 0, FALSE, 0, 300 FROM product p WHERE p.slug LIKE 'bench-report-%';
CREATE TEMPORARY TABLE bench_variant AS
SELECT ROW_NUMBER() OVER (ORDER BY v.id) - 1 AS n, v.id AS variant_id, v.product_id, v.sku, p.shop_id, s.name AS shop_name
FROM variant v JOIN product p ON p.id = v.product_id JOIN shop s ON s.id = p.shop_id WHERE v.sku LIKE 'BR-%';
INSERT INTO customer_order (number, buyer_account_id, status, recipient_name, recipient_phone,
       address_line, commune_code, commune_name, province_name, payment_method, items_total_vnd,
       shipping_total_vnd, total_vnd, created_at, payment_due_at, paid_at, version)
SELECT CONCAT('LNREP-', LPAD(seq, 9, '0')), (SELECT id FROM account WHERE email = 'shopper@demo.langnghe.vn'),
       'COMPLETED', 'Nguyễn Thị Hoa', '0912345678', 'Số 5', '13093', 'Xã Trà Giang', 'Tỉnh Hưng Yên',
       ELT(1 + seq % 3, 'VNPAY', 'STRIPE', 'VIETQR'), 250000 * (1 + seq % 3), 22000,
       250000 * (1 + seq % 3) + 22000,
       UTC_TIMESTAMP(6) - INTERVAL (seq * 63072000 DIV $ORDERS) SECOND,
       UTC_TIMESTAMP(6) - INTERVAL (seq * 63072000 DIV $ORDERS) SECOND + INTERVAL 15 MINUTE,
       UTC_TIMESTAMP(6) - INTERVAL (seq * 63072000 DIV $ORDERS) SECOND + INTERVAL 2 MINUTE, 0
FROM seq_1_to_${ORDERS};
INSERT INTO shop_order (order_id, shop_id, shop_name, status, items_total_vnd, shipping_vnd, weight_grams, updated_at, version)
SELECT o.id, b.shop_id, b.shop_name, 'DELIVERED', o.items_total_vnd, 22000, 300, o.paid_at, 0
FROM customer_order o JOIN bench_variant b ON b.n = o.id % 1000 WHERE o.number LIKE 'LNREP-%';
INSERT INTO order_line (shop_order_id, variant_id, product_id, sku, title, options_text, unit_price_vnd, quantity, line_total_vnd)
SELECT so.id, b.variant_id, b.product_id, b.sku, 'Sản phẩm đo tải', '', 250000, so.items_total_vnd DIV 250000, so.items_total_vnd
FROM shop_order so JOIN bench_variant b ON b.shop_id = so.shop_id AND b.n = so.order_id % 1000
JOIN customer_order o ON o.id = so.order_id AND o.number LIKE 'LNREP-%';
SQL
echo "generated in $(( $(date +%s) - started )) s"

mvn -B -q -o exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.langnghe.market.reporting.ReportsBench \
  -Dexec.args="http://localhost:8080 jdbc:mysql://127.0.0.1:$MARKET_EMBEDDED_DB_PORT/market market market $REQUESTS $SCANS"
