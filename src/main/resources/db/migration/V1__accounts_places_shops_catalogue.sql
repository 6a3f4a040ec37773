-- Accounts, administrative units, craft villages, shops, categories, products, variants, images.
-- Every table is utf8mb4; times are DATETIME(6) in UTC; money is BIGINT VND.

CREATE TABLE account (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email           VARCHAR(254) NOT NULL,
  display_name    VARCHAR(100) NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  roles           VARCHAR(100) NOT NULL,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(6)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_account_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE auth_token (
  token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
  account_id  BIGINT      NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  KEY ix_auth_token_account (account_id),
  CONSTRAINT fk_auth_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Units are data with history: the 2025 reform ended districts and merged Thái Bình into Hưng Yên.
-- A code may be reused by a new unit, so (code, validity) identifies a unit, not the code alone.
CREATE TABLE administrative_unit (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(10)  NOT NULL,
  name        VARCHAR(120) NOT NULL,
  unit_type   VARCHAR(30)  NOT NULL,
  unit_level  VARCHAR(10)  NOT NULL,
  parent_id   BIGINT       NULL,
  valid_from  DATE         NULL,
  valid_to    DATE         NULL,
  KEY ix_administrative_unit_code (code),
  KEY ix_administrative_unit_parent (parent_id),
  CONSTRAINT fk_administrative_unit_parent FOREIGN KEY (parent_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE administrative_succession (
  former_unit_id     BIGINT  NOT NULL,
  successor_unit_id  BIGINT  NOT NULL,
  whole              BOOLEAN NOT NULL,
  PRIMARY KEY (former_unit_id, successor_unit_id),
  KEY ix_administrative_succession_successor (successor_unit_id),
  CONSTRAINT fk_succession_former FOREIGN KEY (former_unit_id) REFERENCES administrative_unit (id),
  CONSTRAINT fk_succession_successor FOREIGN KEY (successor_unit_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB;

CREATE TABLE craft_village (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug               VARCHAR(80)  NOT NULL,
  name               VARCHAR(150) NOT NULL,
  craft              VARCHAR(150) NOT NULL,
  craft_en           VARCHAR(150) NOT NULL,
  commune_id         BIGINT       NOT NULL,
  former_commune_id  BIGINT       NULL,
  story              TEXT         NULL,
  sources            TEXT         NULL,
  UNIQUE KEY uk_craft_village_slug (slug),
  CONSTRAINT fk_craft_village_commune FOREIGN KEY (commune_id) REFERENCES administrative_unit (id),
  CONSTRAINT fk_craft_village_former_commune FOREIGN KEY (former_commune_id) REFERENCES administrative_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE shop (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug              VARCHAR(90)  NOT NULL,
  name              VARCHAR(120) NOT NULL,
  description       TEXT         NULL,
  owner_account_id  BIGINT       NOT NULL,
  village_id        BIGINT       NULL,
  status            VARCHAR(12)  NOT NULL,
  status_reason     VARCHAR(500) NULL,
  created_at        DATETIME(6)  NOT NULL,
  approved_at       DATETIME(6)  NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_shop_slug (slug),
  UNIQUE KEY uk_shop_owner (owner_account_id),
  KEY ix_shop_status (status),
  CONSTRAINT fk_shop_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
  CONSTRAINT fk_shop_village FOREIGN KEY (village_id) REFERENCES craft_village (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE category (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug       VARCHAR(80)  NOT NULL,
  name_vi    VARCHAR(100) NOT NULL,
  name_en    VARCHAR(100) NOT NULL,
  parent_id  BIGINT       NULL,
  position   INT          NOT NULL DEFAULT 0,
  UNIQUE KEY uk_category_slug (slug),
  CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE image (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  content_type  VARCHAR(30) NOT NULL,
  width         INT         NOT NULL,
  height        INT         NOT NULL,
  byte_size     INT         NOT NULL,
  sha256        CHAR(64)    NOT NULL,
  uploaded_by   BIGINT      NULL,
  created_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE image_rendition (
  image_id      BIGINT      NOT NULL,
  size          VARCHAR(10) NOT NULL,
  content_type  VARCHAR(30) NOT NULL,
  width         INT         NOT NULL,
  height        INT         NOT NULL,
  bytes         LONGBLOB    NOT NULL,
  PRIMARY KEY (image_id, size),
  CONSTRAINT fk_image_rendition_image FOREIGN KEY (image_id) REFERENCES image (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE product (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug              VARCHAR(110) NOT NULL,
  shop_id           BIGINT       NOT NULL,
  title             VARCHAR(200) NOT NULL,
  description       MEDIUMTEXT   NULL,
  category_id       BIGINT       NULL,
  village_id        BIGINT       NULL,
  material          VARCHAR(100) NULL,
  ocop_stars        TINYINT      NOT NULL DEFAULT 0,
  ocop_certificate  VARCHAR(60)  NULL,
  status            VARCHAR(10)  NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  UNIQUE KEY uk_product_slug (slug),
  KEY ix_product_shop_status (shop_id, status),
  KEY ix_product_status_created (status, created_at),
  KEY ix_product_village (village_id),
  CONSTRAINT fk_product_shop FOREIGN KEY (shop_id) REFERENCES shop (id),
  CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
  CONSTRAINT fk_product_village FOREIGN KEY (village_id) REFERENCES craft_village (id),
  CONSTRAINT ck_product_ocop CHECK (ocop_stars BETWEEN 0 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Stock: on_hand counts what the shop holds, reserved what pending orders hold of it.
CREATE TABLE variant (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku           VARCHAR(40)   NOT NULL,
  product_id    BIGINT        NOT NULL,
  options_json  VARCHAR(1000) NOT NULL DEFAULT '{}',
  price_vnd     BIGINT        NOT NULL,
  on_hand       INT           NOT NULL,
  reserved      INT           NOT NULL DEFAULT 0,
  retired       BOOLEAN       NOT NULL DEFAULT FALSE,
  position      INT           NOT NULL DEFAULT 0,
  UNIQUE KEY uk_variant_sku (sku),
  KEY ix_variant_product (product_id),
  CONSTRAINT fk_variant_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_variant_price CHECK (price_vnd > 0),
  CONSTRAINT ck_variant_stock CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE product_image (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id  BIGINT       NOT NULL,
  image_id    BIGINT       NOT NULL,
  position    INT          NOT NULL,
  alt_text    VARCHAR(200) NULL,
  KEY ix_product_image_product (product_id),
  CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_product_image_image FOREIGN KEY (image_id) REFERENCES image (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
