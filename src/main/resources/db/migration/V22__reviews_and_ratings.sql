-- Reviews: a buyer's stars and words about a product they received, once per product per shop
-- order; the shop's one reply; reports by readers; an officer's hiding (with its reason).
CREATE TABLE review (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id         BIGINT        NOT NULL,
  shop_id            BIGINT        NOT NULL,
  shop_order_id      BIGINT        NOT NULL,
  order_number       VARCHAR(40)   NOT NULL,
  sku                VARCHAR(40)   NOT NULL,
  product_title      VARCHAR(200)  NOT NULL,
  author_account_id  BIGINT        NOT NULL,
  stars              INT           NOT NULL,
  body               VARCHAR(4000) NULL,
  created_at         DATETIME(6)   NOT NULL,
  edited_at          DATETIME(6)   NULL,
  reply_text         VARCHAR(2000) NULL,
  replied_at         DATETIME(6)   NULL,
  report_count       INT           NOT NULL DEFAULT 0,
  hidden_at          DATETIME(6)   NULL,
  hidden_reason      VARCHAR(500)  NULL,
  hidden_by          BIGINT        NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  UNIQUE KEY uk_review_part_product (shop_order_id, product_id),
  KEY ix_review_product (product_id, hidden_at, created_at),
  KEY ix_review_shop (shop_id, replied_at, created_at),
  KEY ix_review_reported (report_count, hidden_at),
  CONSTRAINT ck_review_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A photo a buyer uploaded for a review: waiting (no review yet) or shown with its review.
CREATE TABLE review_photo (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  image_id     BIGINT      NOT NULL,
  image_key    VARCHAR(64) NOT NULL,
  uploaded_by  BIGINT      NOT NULL,
  review_id    BIGINT      NULL,
  position     INT         NOT NULL DEFAULT 0,
  created_at   DATETIME(6) NOT NULL,
  UNIQUE KEY uk_review_photo_image (image_id),
  KEY ix_review_photo_review (review_id, position),
  CONSTRAINT fk_review_photo_review FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One report per account per review.
CREATE TABLE review_report (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  review_id            BIGINT       NOT NULL,
  reporter_account_id  BIGINT       NOT NULL,
  reason               VARCHAR(500) NULL,
  created_at           DATETIME(6)  NOT NULL,
  UNIQUE KEY uk_review_report_once (review_id, reporter_account_id),
  CONSTRAINT fk_review_report_review FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Running tallies of the shown reviews (count and sum of stars) of each product and shop,
-- moved by atomic increments in the review's own transaction; averages and the smoothed score
-- are computed from them when read (search reads them through the reviews component).
CREATE TABLE product_rating (
  product_id    BIGINT      NOT NULL PRIMARY KEY,
  shop_id       BIGINT      NOT NULL,
  review_count  INT         NOT NULL,
  stars_sum     BIGINT      NOT NULL,
  updated_at    DATETIME(6) NOT NULL,
  KEY ix_product_rating_shop (shop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE shop_rating (
  shop_id       BIGINT      NOT NULL PRIMARY KEY,
  review_count  INT         NOT NULL,
  stars_sum     BIGINT      NOT NULL,
  updated_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
