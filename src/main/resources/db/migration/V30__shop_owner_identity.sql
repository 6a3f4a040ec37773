-- Sellers identified before they sell (Law 122/2025/QH15): the shop owner's identity as they
-- declared it, its private evidence photo, and who verified it, when and how. Never public:
-- the storefront shows only the owner's name and whether the identity is verified.
ALTER TABLE shop
  ADD COLUMN owner_name                  VARCHAR(200) NULL,
  ADD COLUMN owner_citizen_id            CHAR(12)     NULL,
  ADD COLUMN owner_tax_code              VARCHAR(14)  NULL,
  ADD COLUMN owner_address               VARCHAR(500) NULL,
  ADD COLUMN owner_household_registration VARCHAR(40) NULL,
  ADD COLUMN identity_declared_at        DATETIME(6)  NULL,
  ADD COLUMN identity_evidence_image_id  BIGINT       NULL,
  ADD COLUMN identity_evidence_key       VARCHAR(64)  NULL,
  ADD COLUMN identity_verified_at        DATETIME(6)  NULL,
  ADD COLUMN identity_verified_by        BIGINT       NULL,
  ADD COLUMN identity_verification       VARCHAR(20)  NULL,
  ADD COLUMN identity_verification_note  VARCHAR(500) NULL;

CREATE INDEX shop_identity_evidence ON shop (identity_evidence_image_id);
