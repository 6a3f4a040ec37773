-- The partial refunds (returns, officers' decisions) as the sales facts recorded them, one row per
-- fact row they added to. A rebuild of the facts reads the orders again; these rows give it the
-- refunds of parts that stay sold, which the orders alone do not show. Rows are only added.
CREATE TABLE sales_fact_partial_refund (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id         BIGINT       NOT NULL,
  day              DATE         NOT NULL,
  commune_code     VARCHAR(10)  NOT NULL,
  village_id       BIGINT       NOT NULL,
  category_id      BIGINT       NOT NULL,
  shop_id          BIGINT       NOT NULL,
  payment_method   VARCHAR(10)  NOT NULL,
  refunds_vnd      BIGINT       NOT NULL,
  KEY ix_sales_fact_partial_refund_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE product_sales_fact_partial_refund (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id         BIGINT       NOT NULL,
  day              DATE         NOT NULL,
  commune_code     VARCHAR(10)  NOT NULL,
  village_id       BIGINT       NOT NULL,
  category_id      BIGINT       NOT NULL,
  shop_id          BIGINT       NOT NULL,
  product_id       BIGINT       NOT NULL,
  refunds_vnd      BIGINT       NOT NULL,
  KEY ix_product_sales_fact_partial_refund_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
