package vn.langnghe.market.shipping;

import java.time.Instant;
import java.util.List;

/** A parcel as the shopper and the artisan see it: the carrier's code, status and steps. */
public record ParcelView(String carrier, String orderCode, String status, String statusLabel,
    long codVnd, long feeVnd, Instant expectedDelivery, Instant codTransferredAt,
    String trackingUrl, List<StepView> steps) {

  public record StepView(String step, String label, Instant at) {}
}
