-- A shop order may now have two carrier orders: the parcel sent to the buyer (OUTBOUND, one per
-- shop order, as before) and a parcel a buyer sends back through the carrier for an accepted
-- return (RETURN, one per return). return_id is 0 for an outbound parcel so that the unique key
-- still allows exactly one of those per shop order.
ALTER TABLE parcel
  ADD COLUMN purpose   VARCHAR(12) NOT NULL DEFAULT 'OUTBOUND' AFTER shop_order_id,
  ADD COLUMN return_id BIGINT      NOT NULL DEFAULT 0 AFTER purpose,
  ADD UNIQUE KEY ux_parcel_purpose (shop_order_id, purpose, return_id),
  DROP INDEX ux_parcel_shop_order;

-- When the carrier reported the returned parcel delivered back to the shop (null: by hand, or not yet).
ALTER TABLE return_request
  ADD COLUMN parcel_delivered_at DATETIME(6) NULL;
