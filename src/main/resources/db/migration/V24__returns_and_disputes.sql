-- Returns and disputes. A shop order may now have several RETURN ledger lines (one per return or
-- officer's decision, named by return_ref); SALE and REVERSAL stay once per shop order. The new
-- unique key is made before the old one goes: the shop order's foreign key needs an index.
ALTER TABLE ledger_entry
  ADD COLUMN return_ref VARCHAR(40) NULL AFTER kind,
  ADD COLUMN once_key VARCHAR(60) AS (CASE WHEN kind = 'RETURN' THEN CONCAT('RETURN:', return_ref) ELSE kind END) STORED;
ALTER TABLE ledger_entry ADD UNIQUE KEY uk_ledger_entry_part_once (shop_order_id, once_key);
ALTER TABLE ledger_entry DROP INDEX uk_ledger_entry_part_kind;
ALTER TABLE ledger_entry DROP CONSTRAINT ck_ledger_entry_kind;
ALTER TABLE ledger_entry ADD CONSTRAINT ck_ledger_entry_kind
  CHECK (kind IN ('SALE', 'REVERSAL', 'RETURN') AND ((kind = 'RETURN') = (return_ref IS NOT NULL)));

-- The shop's return policy: whether it takes back a piece the buyer simply no longer wants.
ALTER TABLE shop ADD COLUMN accepts_changed_mind BOOLEAN NOT NULL DEFAULT FALSE;

-- A buyer's return request on one shop order, and the dispute it may become (same row: a dispute
-- is a return an officer decides). open_shop_order_id is the shop order while the return is
-- open, NULL once it ends: at most one open return per shop order. due_at is the deadline of the
-- step it waits for (the shop's answer, the escalation, the parcel, the officer's decision).
CREATE TABLE return_request (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id             BIGINT        NOT NULL,
  order_number         VARCHAR(24)   NOT NULL,
  shop_order_id        BIGINT        NOT NULL,
  open_shop_order_id   BIGINT        NULL,
  shop_id              BIGINT        NOT NULL,
  buyer_account_id     BIGINT        NOT NULL,
  payment_method       VARCHAR(10)   NOT NULL,
  reason               VARCHAR(20)   NOT NULL,
  text                 VARCHAR(2000) NOT NULL,
  status               VARCHAR(12)   NOT NULL,
  amount_vnd           BIGINT        NOT NULL,
  refunded_vnd         BIGINT        NOT NULL DEFAULT 0,
  refund_id            BIGINT        NULL,
  due_at               DATETIME(6)   NULL,
  refusal_reason       VARCHAR(1000) NULL,
  carrier              VARCHAR(40)   NULL,
  tracking_code        VARCHAR(60)   NULL,
  bank_bin             VARCHAR(6)    NULL,
  bank_account_number  VARCHAR(19)   NULL,
  bank_account_name    VARCHAR(70)   NULL,
  escalation_text      VARCHAR(2000) NULL,
  escalated_at         DATETIME(6)   NULL,
  decided_at           DATETIME(6)   NULL,
  decided_by           BIGINT        NULL,
  decision_refund_vnd  BIGINT        NULL,
  decision_note        VARCHAR(2000) NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  closed_at            DATETIME(6)   NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uk_return_open (open_shop_order_id),
  KEY ix_return_shop (shop_id, status, id),
  KEY ix_return_part (shop_order_id),
  KEY ix_return_due (status, due_at),
  KEY ix_return_escalated (escalated_at),
  CONSTRAINT fk_return_shop_order FOREIGN KEY (shop_order_id) REFERENCES shop_order (id),
  CONSTRAINT ck_return_amounts CHECK (amount_vnd >= 0 AND refunded_vnd >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The lines asked back, as sold (price kept), and how many of them went back on the shelf.
CREATE TABLE return_line (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  return_id       BIGINT       NOT NULL,
  order_line_id   BIGINT       NOT NULL,
  variant_id      BIGINT       NOT NULL,
  product_id      BIGINT       NOT NULL,
  sku             VARCHAR(64)  NOT NULL,
  title           VARCHAR(200) NOT NULL,
  quantity        INT          NOT NULL,
  unit_price_vnd  BIGINT       NOT NULL,
  restocked       INT          NOT NULL DEFAULT 0,
  KEY ix_return_line_return (return_id),
  CONSTRAINT fk_return_line_return FOREIGN KEY (return_id) REFERENCES return_request (id),
  CONSTRAINT ck_return_line_quantity CHECK (quantity > 0 AND restocked BETWEEN 0 AND quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The buyer's photos (media's images, shown to the shop and officers only).
CREATE TABLE return_image (
  return_id  BIGINT NOT NULL,
  image_id   BIGINT NOT NULL,
  side       VARCHAR(8) NOT NULL DEFAULT 'BUYER',
  PRIMARY KEY (return_id, image_id),
  KEY ix_return_image_image (image_id),
  CONSTRAINT fk_return_image_return FOREIGN KEY (return_id) REFERENCES return_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of a return or dispute, who took it and when: the audit trail officers read.
CREATE TABLE return_step (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  return_id         BIGINT        NOT NULL,
  at                DATETIME(6)   NOT NULL,
  actor             VARCHAR(8)    NOT NULL,
  actor_account_id  BIGINT        NULL,
  action            VARCHAR(20)   NOT NULL,
  detail            VARCHAR(2000) NULL,
  KEY ix_return_step_return (return_id, id),
  CONSTRAINT fk_return_step_return FOREIGN KEY (return_id) REFERENCES return_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Refunds of cash-on-delivery orders: no gateway holds the buyer's money, so an admin transfers
-- it to the account the buyer gave and marks it paid. Never dropped: DUE until someone pays it.
CREATE TABLE return_bank_refund (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  return_id            BIGINT       NOT NULL,
  ref                  VARCHAR(40)  NOT NULL,
  amount_vnd           BIGINT       NOT NULL,
  bank_bin             VARCHAR(6)   NOT NULL,
  account_number       VARCHAR(19)  NOT NULL,
  account_name         VARCHAR(70)  NOT NULL,
  status               VARCHAR(8)   NOT NULL,
  created_at           DATETIME(6)  NOT NULL,
  paid_at              DATETIME(6)  NULL,
  paid_by              BIGINT       NULL,
  bank_reference       VARCHAR(60)  NULL,
  UNIQUE KEY uk_return_bank_refund_ref (ref),
  KEY ix_return_bank_refund_status (status, id),
  CONSTRAINT fk_return_bank_refund_return FOREIGN KEY (return_id) REFERENCES return_request (id),
  CONSTRAINT ck_return_bank_refund_amount CHECK (amount_vnd > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
