-- Responsive pictures: renditions come in more sizes (MEDIUM 800, OG 1200×630) and, beside each
-- JPEG, a WebP copy, told apart by their content type. The new sizes of existing images are made
-- from their LARGE rendition by RenditionBackfill (the upload itself was never kept).
ALTER TABLE image_rendition MODIFY size VARCHAR(20) NOT NULL;
ALTER TABLE image_rendition DROP PRIMARY KEY, ADD PRIMARY KEY (image_id, size, content_type);

-- a product picture's pixel size beside its key, so that pages set width and height (no layout
-- shift) and srcset widths without a join to the media component's table
ALTER TABLE product_image ADD COLUMN width INT NULL, ADD COLUMN height INT NULL;
UPDATE product_image pi JOIN image i ON i.id = pi.image_id SET pi.width = i.width, pi.height = i.height;

-- search hits carry the card picture's srcset and size: announce every pictured product once, so
-- the indexer rewrites its document (no reindex by hand)
INSERT INTO outbox_event (topic, aggregate_id, created_at, available_at)
SELECT DISTINCT 'product', product_id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM product_image;
