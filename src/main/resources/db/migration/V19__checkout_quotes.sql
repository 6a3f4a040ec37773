-- A checkout's figures as the shopper saw them before ordering: what was priced (lines, unit
-- prices, destination) and what each shop's part costs. A checkout naming the quote is charged
-- exactly these figures, or refused when the same request would now be priced differently.
CREATE TABLE checkout_quote (
  id                  VARCHAR(32)  NOT NULL PRIMARY KEY,
  buyer_account_id    BIGINT       NOT NULL,
  commune_code        VARCHAR(10)  NOT NULL,
  from_cart           BOOLEAN      NOT NULL,
  items_total_vnd     BIGINT       NOT NULL,
  shipping_total_vnd  BIGINT       NOT NULL,
  total_vnd           BIGINT       NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  expires_at          DATETIME(6)  NOT NULL,
  -- the order that charged it: a quote is charged once
  order_id            BIGINT       NULL,
  KEY ix_checkout_quote_expires (expires_at),
  KEY ix_checkout_quote_buyer (buyer_account_id),
  CONSTRAINT fk_checkout_quote_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_checkout_quote_total CHECK (total_vnd = items_total_vnd + shipping_total_vnd)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE checkout_quote_line (
  quote_id        VARCHAR(32)  NOT NULL,
  sku             VARCHAR(40)  NOT NULL,
  quantity        INT          NOT NULL,
  unit_price_vnd  BIGINT       NOT NULL,
  PRIMARY KEY (quote_id, sku),
  CONSTRAINT fk_checkout_quote_line FOREIGN KEY (quote_id) REFERENCES checkout_quote (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE checkout_quote_shop (
  quote_id      VARCHAR(32)  NOT NULL,
  position      INT          NOT NULL,
  shop_id       BIGINT       NOT NULL,
  shop_slug     VARCHAR(120) NOT NULL,
  shop_name     VARCHAR(120) NOT NULL,
  goods_vnd     BIGINT       NOT NULL,
  shipping_vnd  BIGINT       NOT NULL,
  weight_grams  INT          NOT NULL,
  carrier       VARCHAR(60)  NOT NULL,
  eta_days      INT          NULL,
  from_tariff   BOOLEAN      NOT NULL,
  PRIMARY KEY (quote_id, shop_id),
  CONSTRAINT fk_checkout_quote_shop FOREIGN KEY (quote_id) REFERENCES checkout_quote (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
