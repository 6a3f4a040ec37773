-- OCOP certificates verified by officers (issue 21, item 3). A product's OCOP stars used to be
-- whatever its artisan typed; from now on product.ocop_stars is the stars of its VERIFIED,
-- unexpired certificate, written only by the catalogue when an officer verifies one (and cleared
-- at its expiry), so the badge, the search facet and boost and the reports follow that alone.

CREATE TABLE ocop_certificate (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id           BIGINT        NOT NULL,
  shop_id              BIGINT        NOT NULL,
  -- the artisan the certificate is about; a digital helper who submitted it for them, if any
  submitted_by         BIGINT        NOT NULL,
  submitted_by_helper  BIGINT        NULL,
  stars                INT           NOT NULL,
  number               VARCHAR(60)   NOT NULL,
  -- NULL only on rows carried over from the typed stars (the artisan must submit them anew)
  issuer               VARCHAR(200)  NULL,
  issued_on            DATE          NULL,
  expires_on           DATE          NULL,
  photo_image_id       BIGINT        NULL,
  photo_key            VARCHAR(64)   NULL,
  -- SUBMITTED, VERIFIED, REJECTED, REPLACED (a newer submission took its place), EXPIRED
  status               VARCHAR(12)   NOT NULL,
  submitted_at         DATETIME(6)   NOT NULL,
  decided_at           DATETIME(6)   NULL,
  decided_by           BIGINT        NULL,
  reject_reason        VARCHAR(1000) NULL,
  reminded_at          DATETIME(6)   NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  KEY ix_ocop_certificate_queue (status, submitted_at),
  KEY ix_ocop_certificate_product (product_id, status),
  KEY ix_ocop_certificate_expiry (status, expires_on),
  KEY ix_ocop_certificate_photo (photo_image_id),
  CONSTRAINT fk_ocop_certificate_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The verified certificate's last valid day: reads hide the badge from the day after, before the
-- sweep clears the stars.
ALTER TABLE product ADD COLUMN ocop_expires_on DATE NULL;

-- Typed stars become certificates waiting for an officer; nothing shows a badge meanwhile.
INSERT INTO ocop_certificate (product_id, shop_id, submitted_by, stars, number, status, submitted_at)
SELECT p.id, p.shop_id, s.owner_account_id, p.ocop_stars,
       COALESCE(NULLIF(TRIM(p.ocop_certificate), ''), '(không ghi số)'), 'SUBMITTED', UTC_TIMESTAMP(6)
  FROM product p JOIN shop s ON s.id = p.shop_id
 WHERE p.ocop_stars > 0;

-- The search index learns of every product that loses its badge (the outbox drains to Solr).
INSERT INTO outbox_event (topic, aggregate_id, created_at, available_at)
SELECT 'product', id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM product WHERE ocop_stars > 0;

UPDATE product SET ocop_stars = 0, ocop_certificate = NULL WHERE ocop_stars > 0;
