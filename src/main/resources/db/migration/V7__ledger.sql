-- The commission and tax ledger: per shop order, a SALE line when the order is paid and a
-- REVERSAL line (every amount negated) when that part is cancelled afterwards. Rows are only
-- added, never changed. The rates (basis points, 1/100 %) are kept on each row as they were at
-- the sale; the order number is copied, as shop_order copies the shop's name.
CREATE TABLE ledger_entry (
  id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id                 BIGINT       NOT NULL,
  order_number             VARCHAR(24)  NOT NULL,
  shop_order_id            BIGINT       NOT NULL,
  shop_id                  BIGINT       NOT NULL,
  kind                     VARCHAR(10)  NOT NULL,
  goods_vnd                BIGINT       NOT NULL,
  shipping_vnd             BIGINT       NOT NULL,
  gross_vnd                BIGINT       NOT NULL,
  commission_vnd           BIGINT       NOT NULL,
  vat_withheld_vnd         BIGINT       NOT NULL,
  pit_withheld_vnd         BIGINT       NOT NULL,
  net_vnd                  BIGINT       NOT NULL,
  commission_basis_points  INT          NOT NULL,
  vat_basis_points         INT          NOT NULL,
  pit_basis_points         INT          NOT NULL,
  reason                   VARCHAR(500) NULL,
  created_at               DATETIME(6)  NOT NULL,
  -- a sale and its reversal are each written once, however often payment or cancellation repeats
  UNIQUE KEY uk_ledger_entry_part_kind (shop_order_id, kind),
  KEY ix_ledger_entry_shop (shop_id, created_at, id),
  KEY ix_ledger_entry_order (order_id),
  CONSTRAINT fk_ledger_entry_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_ledger_entry_shop_order FOREIGN KEY (shop_order_id) REFERENCES shop_order (id),
  CONSTRAINT fk_ledger_entry_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
  CONSTRAINT ck_ledger_entry_kind CHECK (kind IN ('SALE', 'REVERSAL')),
  CONSTRAINT ck_ledger_entry_gross CHECK (gross_vnd = goods_vnd + shipping_vnd),
  CONSTRAINT ck_ledger_entry_net
    CHECK (net_vnd = gross_vnd - commission_vnd - vat_withheld_vnd - pit_withheld_vnd),
  CONSTRAINT ck_ledger_entry_rates CHECK (commission_basis_points BETWEEN 0 AND 10000
    AND vat_basis_points BETWEEN 0 AND 10000 AND pit_basis_points BETWEEN 0 AND 10000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
