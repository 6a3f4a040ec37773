-- The request that wrote an outbox row (its X-Request-Id), so that the drainer that acts on the
-- row, on whichever node, logs under the same id. Empty for rows no request wrote (timers, data
-- migrations) and for rows written before this column.
ALTER TABLE outbox_event ADD COLUMN request_id VARCHAR(64) NULL;
