-- A shop order's parcel with a carrier that has an API (GHN): the carrier's order code, the COD
-- amount it collects and when it handed that money over, and how far the parcel has gone. One
-- parcel per shop order, so that a "ship" pressed twice can never book two.
CREATE TABLE parcel (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  shop_order_id      BIGINT       NOT NULL,
  carrier            VARCHAR(20)  NOT NULL,
  order_code         VARCHAR(40)  NOT NULL,
  client_order_code  VARCHAR(50)  NOT NULL,
  carrier_status     VARCHAR(40)  NOT NULL,
  cod_vnd            BIGINT       NOT NULL,
  fee_vnd            BIGINT       NOT NULL,
  expected_delivery  DATETIME(6)  NULL,
  cod_transferred_at DATETIME(6)  NULL,
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY ux_parcel_shop_order (shop_order_id),
  UNIQUE KEY ux_parcel_order_code (carrier, order_code),
  CONSTRAINT fk_parcel_shop_order FOREIGN KEY (shop_order_id) REFERENCES shop_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each step the carrier reported, once: a repeated notice finds its step already here.
-- step is the carrier's status, or cod_transferred for the COD hand-over.
CREATE TABLE parcel_step (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parcel_id    BIGINT       NOT NULL,
  step         VARCHAR(40)  NOT NULL,
  happened_at  DATETIME(6)  NOT NULL,
  received_at  DATETIME(6)  NOT NULL,
  detail       VARCHAR(255) NULL,
  UNIQUE KEY ux_parcel_step (parcel_id, step),
  CONSTRAINT fk_parcel_step_parcel FOREIGN KEY (parcel_id) REFERENCES parcel (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
