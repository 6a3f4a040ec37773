-- Shipping weighs parcels: every variant has a weight (a ring ~50 g, a sedge mat ~2 kg).
ALTER TABLE variant ADD COLUMN weight_grams INT NOT NULL DEFAULT 300,
  ADD CONSTRAINT ck_variant_weight CHECK (weight_grams > 0);

-- One cart per signed-in shopper, or per anonymous browser (its cookie's token, hashed).
CREATE TABLE cart (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT      NULL,
  token_hash  CHAR(64)    NULL,
  created_at  DATETIME(6) NOT NULL,
  updated_at  DATETIME(6) NOT NULL,
  UNIQUE KEY uk_cart_account (account_id),
  UNIQUE KEY uk_cart_token (token_hash),
  KEY ix_cart_updated (updated_at),
  CONSTRAINT fk_cart_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_cart_owner CHECK (account_id IS NOT NULL OR token_hash IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A line names the SKU, not the variant row: a line outlives its variant's retirement and shows
-- why it cannot be bought. The price seen when it was added tells the shopper of a change.
CREATE TABLE cart_line (
  id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cart_id             BIGINT      NOT NULL,
  sku                 VARCHAR(40) NOT NULL,
  quantity            INT         NOT NULL,
  price_when_added    BIGINT      NOT NULL,
  added_at            DATETIME(6) NOT NULL,
  UNIQUE KEY uk_cart_line_sku (cart_id, sku),
  CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
  CONSTRAINT ck_cart_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- "order" is a reserved word; the table of orders is customer_order.
CREATE TABLE customer_order (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number              VARCHAR(24)  NOT NULL,
  buyer_account_id    BIGINT       NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  recipient_name      VARCHAR(100) NOT NULL,
  recipient_phone     VARCHAR(20)  NOT NULL,
  address_line        VARCHAR(200) NOT NULL,
  commune_code        VARCHAR(10)  NOT NULL,
  commune_name        VARCHAR(120) NOT NULL,
  province_name       VARCHAR(120) NOT NULL,
  note                VARCHAR(500) NULL,
  payment_method      VARCHAR(10)  NOT NULL,
  items_total_vnd     BIGINT       NOT NULL,
  shipping_total_vnd  BIGINT       NOT NULL,
  total_vnd           BIGINT       NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  payment_due_at      DATETIME(6)  NOT NULL,
  paid_at             DATETIME(6)  NULL,
  closed_at           DATETIME(6)  NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_order_number (number),
  KEY ix_order_buyer (buyer_account_id, created_at),
  KEY ix_order_due (status, payment_due_at),
  CONSTRAINT fk_order_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id),
  CONSTRAINT ck_order_total CHECK (total_vnd = items_total_vnd + shipping_total_vnd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop_order (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id          BIGINT       NOT NULL,
  shop_id           BIGINT       NOT NULL,
  shop_name         VARCHAR(120) NOT NULL,
  status            VARCHAR(20)  NOT NULL,
  items_total_vnd   BIGINT       NOT NULL,
  shipping_vnd      BIGINT       NOT NULL,
  weight_grams      INT          NOT NULL,
  carrier           VARCHAR(60)  NULL,
  tracking_code     VARCHAR(60)  NULL,
  updated_at        DATETIME(6)  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  KEY ix_shop_order_order (order_id),
  KEY ix_shop_order_queue (shop_id, status, id),
  CONSTRAINT fk_shop_order_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_shop_order_shop FOREIGN KEY (shop_id) REFERENCES shop (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Title, options and price as they were at checkout: later edits do not rewrite what was sold.
CREATE TABLE order_line (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shop_order_id    BIGINT        NOT NULL,
  variant_id       BIGINT        NOT NULL,
  product_id       BIGINT        NOT NULL,
  sku              VARCHAR(40)   NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  options_text     VARCHAR(500)  NOT NULL,
  unit_price_vnd   BIGINT        NOT NULL,
  quantity         INT           NOT NULL,
  line_total_vnd   BIGINT        NOT NULL,
  KEY ix_order_line_shop_order (shop_order_id),
  KEY ix_order_line_variant (variant_id),
  CONSTRAINT fk_order_line_shop_order FOREIGN KEY (shop_order_id) REFERENCES shop_order (id),
  CONSTRAINT ck_order_line_total CHECK (line_total_vnd = unit_price_vnd * quantity AND quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail: every transition of an order or of one shop's part, who made it and why.
CREATE TABLE order_status_change (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id          BIGINT       NOT NULL,
  shop_order_id     BIGINT       NULL,
  from_status       VARCHAR(20)  NULL,
  to_status         VARCHAR(20)  NOT NULL,
  actor_account_id  BIGINT       NULL,
  actor_role        VARCHAR(10)  NOT NULL,
  reason            VARCHAR(500) NULL,
  changed_at        DATETIME(6)  NOT NULL,
  KEY ix_status_change_order (order_id, id),
  CONSTRAINT fk_status_change_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payment (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id      BIGINT       NOT NULL,
  method        VARCHAR(10)  NOT NULL,
  amount_vnd    BIGINT       NOT NULL,
  status        VARCHAR(12)  NOT NULL,
  reference     VARCHAR(40)  NOT NULL,
  gateway_ref   VARCHAR(100) NULL,
  created_at    DATETIME(6)  NOT NULL,
  expires_at    DATETIME(6)  NOT NULL,
  settled_at    DATETIME(6)  NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_payment_reference (reference),
  KEY ix_payment_order (order_id),
  KEY ix_payment_status (status, created_at),
  CONSTRAINT fk_payment_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT ck_payment_amount CHECK (amount_vnd > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A request that creates something, remembered by its Idempotency-Key so a repeat gets the first
-- answer. The unique key serialises concurrent repeats: the second waits for the first to commit.
CREATE TABLE idempotent_request (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id     BIGINT       NOT NULL,
  scope          VARCHAR(30)  NOT NULL,
  idem_key       VARCHAR(100) NOT NULL,
  request_hash   CHAR(64)     NOT NULL,
  result_id      BIGINT       NULL,
  created_at     DATETIME(6)  NOT NULL,
  UNIQUE KEY uk_idempotent_request (account_id, scope, idem_key),
  KEY ix_idempotent_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each consumer of the outbox claims only its own topics.
ALTER TABLE outbox_event ADD KEY ix_outbox_topic_available (topic, available_at, id);

-- Money owed back to a shopper: a paid order cancelled (whole or one shop's part), or a payment
-- that arrived after its order had expired. The gateway adapters carry them out.
CREATE TABLE refund (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  payment_id     BIGINT       NOT NULL,
  shop_order_id  BIGINT       NULL,
  amount_vnd     BIGINT       NOT NULL,
  status         VARCHAR(12)  NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  KEY ix_refund_payment (payment_id),
  KEY ix_refund_status (status),
  CONSTRAINT fk_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
  CONSTRAINT ck_refund_amount CHECK (amount_vnd > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
