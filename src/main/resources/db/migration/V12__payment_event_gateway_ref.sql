-- A stored event keeps the gateway's id of the money it reports (VNPay's transaction number, the
-- bank's transaction, Stripe's PaymentIntent), so that the sweeper can apply an event whose
-- handling failed exactly as the callback would have, and a second payment can be told from a
-- repeat of the first. The (result, received_at) key finds those unfinished events.
ALTER TABLE payment_event
  ADD COLUMN gateway_ref VARCHAR(100) NULL AFTER reference,
  ADD KEY ix_payment_event_unfinished (result, received_at),
  ADD KEY ix_payment_event_gateway_ref (method, gateway_ref);

-- A refund of money held for review gives back that transaction, not the one that paid the order.
ALTER TABLE refund
  ADD COLUMN transaction_ref VARCHAR(100) NULL AFTER gateway_ref;
