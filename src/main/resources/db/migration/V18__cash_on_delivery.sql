-- Cash on delivery. A COD order is confirmed without prepayment, so it has no payment time;
-- its shop orders carry the amount the courier collects and, once the carrier has remitted it,
-- when the money counted as received (the sales facts' day for that part).
ALTER TABLE customer_order MODIFY payment_due_at DATETIME(6) NULL;

ALTER TABLE shop_order
  ADD COLUMN cod_vnd          BIGINT      NULL AFTER shipping_vnd,
  ADD COLUMN cod_remitted_vnd BIGINT      NULL AFTER cod_vnd,
  ADD COLUMN settled_at       DATETIME(6) NULL AFTER cod_remitted_vnd;

-- Each shop may refuse cash on delivery; it accepts it unless its artisan says otherwise.
ALTER TABLE shop ADD COLUMN accepts_cod BOOLEAN NOT NULL DEFAULT TRUE;

-- Every COD remittance as received (a carrier's webhook or a line of an uploaded statement) and
-- what came of it. (source, source_ref) makes a repeated statement line or event recognised;
-- the settled part's state makes a remittance repeated under another reference change nothing.
-- Money that did not match what was due stays here OPEN for review, never silently kept.
CREATE TABLE cod_remittance (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source         VARCHAR(80)  NOT NULL,
  source_ref     VARCHAR(120) NOT NULL,
  shop_order_id  BIGINT       NULL,
  carrier        VARCHAR(60)  NULL,
  tracking_code  VARCHAR(60)  NULL,
  amount_vnd     BIGINT       NOT NULL,
  expected_vnd   BIGINT       NULL,
  remitted_at    DATETIME(6)  NOT NULL,
  result         VARCHAR(16)  NOT NULL,
  reason         VARCHAR(500) NULL,
  review_status  VARCHAR(10)  NULL,
  received_at    DATETIME(6)  NOT NULL,
  UNIQUE KEY uk_cod_remittance_source (source, source_ref),
  KEY ix_cod_remittance_part (shop_order_id),
  KEY ix_cod_remittance_review (review_status, id),
  CONSTRAINT fk_cod_remittance_part FOREIGN KEY (shop_order_id) REFERENCES shop_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Statements name parcels by carrier and tracking code.
CREATE INDEX ix_shop_order_tracking ON shop_order (tracking_code);
