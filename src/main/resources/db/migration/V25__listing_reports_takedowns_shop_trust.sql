-- Listing reports and takedowns (Law 122/2025/QH15 on e-commerce: a platform acts on a report of
-- an unlawful listing within 24 hours), and what a shop page shows to earn a stranger's trust.

-- A listing an officer took down: off the storefront and the search, still its artisan's to see.
ALTER TABLE product
  ADD COLUMN hidden_at     DATETIME(6)  NULL,
  ADD COLUMN hidden_reason VARCHAR(1000) NULL;

-- The artisan's photo and story on the shop page.
ALTER TABLE shop
  ADD COLUMN owner_photo_image_id BIGINT       NULL,
  ADD COLUMN owner_photo_key      VARCHAR(64)  NULL,
  ADD COLUMN owner_story          VARCHAR(4000) NULL;

-- Pieces sold are counted per product on product pages, cards and search results.
CREATE INDEX ix_order_line_product ON order_line (product_id, shop_order_id);

-- Anyone may report a listing, signed in or not (reporter_account_id NULL).
CREATE TABLE listing_report (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id          BIGINT        NOT NULL,
  shop_id             BIGINT        NOT NULL,
  reporter_account_id BIGINT        NULL,
  reason              VARCHAR(20)   NOT NULL,
  text                VARCHAR(2000) NULL,
  status              VARCHAR(12)   NOT NULL,
  reported_at         DATETIME(6)   NOT NULL,
  decided_at          DATETIME(6)   NULL,
  decided_by          BIGINT        NULL,
  decision_note       VARCHAR(1000) NULL,
  takedown_id         BIGINT        NULL,
  KEY ix_listing_report_queue (status, reported_at),
  KEY ix_listing_report_product (product_id, status),
  KEY ix_listing_report_reporter (reporter_account_id, product_id, status),
  CONSTRAINT fk_listing_report_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per time a listing was hidden; lifted_at set when an officer put it back.
CREATE TABLE listing_takedown (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id          BIGINT        NOT NULL,
  shop_id             BIGINT        NOT NULL,
  artisan_account_id  BIGINT        NOT NULL,
  reason              VARCHAR(1000) NOT NULL,
  hidden_at           DATETIME(6)   NOT NULL,
  hidden_by           BIGINT        NOT NULL,
  appeal_text         VARCHAR(4000) NULL,
  appealed_at         DATETIME(6)   NULL,
  lifted_at           DATETIME(6)   NULL,
  lifted_by           BIGINT        NULL,
  lift_note           VARCHAR(1000) NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  KEY ix_listing_takedown_product (product_id, lifted_at),
  KEY ix_listing_takedown_artisan (artisan_account_id, lifted_at),
  CONSTRAINT fk_listing_takedown_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
