-- Pictures are served under a random key instead of their sequential id, which anyone could walk
-- (draft and removed products' pictures included). Product pictures keep the key beside the image
-- id so that building a picture's address needs no join; the key of an image never changes.
ALTER TABLE image ADD COLUMN access_key CHAR(32) NULL;
UPDATE image SET access_key = LOWER(HEX(RANDOM_BYTES(16)));
ALTER TABLE image MODIFY access_key CHAR(32) NOT NULL;
ALTER TABLE image ADD UNIQUE KEY uk_image_access_key (access_key);

-- the daily upload quota counts an account's recent uploads
CREATE INDEX ix_image_uploaded_by_created_at ON image (uploaded_by, created_at);

ALTER TABLE product_image ADD COLUMN image_key CHAR(32) NULL;
UPDATE product_image pi JOIN image i ON i.id = pi.image_id SET pi.image_key = i.access_key;
ALTER TABLE product_image MODIFY image_key CHAR(32) NOT NULL;
CREATE INDEX ix_product_image_image ON product_image (image_id);

-- the search index still holds the old picture addresses: announce every pictured product once, so
-- the indexer rewrites its document with the new ones (no reindex by hand)
INSERT INTO outbox_event (topic, aggregate_id, created_at, available_at)
SELECT DISTINCT 'product', product_id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM product_image;
