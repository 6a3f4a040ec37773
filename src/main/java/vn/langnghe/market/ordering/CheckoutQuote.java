package vn.langnghe.market.ordering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a shopper was shown before ordering: the lines and unit prices priced, the
 * destination commune, and each shop's goods, shipping fee, carrier and days. They travel in the
 * quote id itself, sealed by {@link QuoteSeal}, so quoting stores nothing. A checkout naming it is
 * charged exactly these, once, before {@link #expiresAt}; if the same checkout would now be priced
 * differently, the quote has {@link Change changed} and is never applied.
 */
public record CheckoutQuote(long buyerAccountId, long nonce, Instant expiresAt, String communeCode,
    List<Line> lines, List<Part> parts) {

  /** The first byte of a sealed quote: a later layout gets another number. */
  private static final int LAYOUT = 1;

  /** Why a quote no longer holds for a checkout. */
  public enum Change {
    EXPIRED("The quote has expired."),
    USED("The quote was already charged by an order."),
    DESTINATION("The delivery commune is not the one quoted."),
    LINES("The lines or quantities are not the ones quoted."),
    PRICE("A price changed since the quote."),
    SHIPPING("A shipping fee changed since the quote.");

    private final String detail;

    Change(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  /** A line as priced. */
  public record Line(String sku, int quantity, long unitPriceVnd) {}

  /** One shop's part as priced. */
  public record Part(long shopId, long goodsVnd, long shippingVnd, int weightGrams, String carrier,
      Integer etaDays, boolean fromTariff) {}

  public CheckoutQuote {
    lines = List.copyOf(lines);
    parts = List.copyOf(parts);
  }

  static CheckoutQuote of(long buyerAccountId, long nonce, Checkout.Basket basket, Instant expiresAt) {
    return new CheckoutQuote(buyerAccountId, nonce, expiresAt, basket.destination().communeCode(),
        basket.sold().stream().map(l -> new Line(l.sku(), l.quantity(), l.unitPriceVnd())).toList(),
        basket.parts().stream().map(p -> new Part(p.shopId(), p.goodsVnd(), p.rate().shippingVnd(),
            p.weightGrams(), p.rate().carrier(), p.rate().etaDays(), p.rate().fromTariff())).toList());
  }

  /**
   * Why this quote does not hold for a checkout of the basket at {@code now}; empty when the
   * checkout is to be charged exactly these figures. Names, phone and street do not change a
   * price, so only the commune of the address counts. (A quote charged already is refused by the
   * order's unique {@code quote_ref}, not here.)
   */
  Optional<Change> changeFor(Checkout.Basket basket, Instant now) {
    if (!now.isBefore(expiresAt)) {
      return Optional.of(Change.EXPIRED);
    }
    if (!communeCode.equals(basket.destination().communeCode())) {
      return Optional.of(Change.DESTINATION);
    }
    Map<String, Line> quoted = new LinkedHashMap<>();
    lines.forEach(l -> quoted.put(l.sku(), l));
    if (quoted.size() != basket.sold().size()) {
      return Optional.of(Change.LINES);
    }
    for (OrderLine.Sold sold : basket.sold()) {
      Line line = quoted.get(sold.sku());
      if (line == null || line.quantity() != sold.quantity()) {
        return Optional.of(Change.LINES);
      }
      if (line.unitPriceVnd() != sold.unitPriceVnd()) {
        return Optional.of(Change.PRICE);
      }
    }
    if (parts.size() != basket.parts().size()) {
      return Optional.of(Change.LINES);
    }
    for (Checkout.Part fresh : basket.parts()) {
      Part part = part(fresh.shopId()).orElse(null);
      if (part == null || part.goodsVnd() != fresh.goodsVnd()) {
        return Optional.of(Change.LINES);
      }
      if (part.shippingVnd() != fresh.rate().shippingVnd()) {
        return Optional.of(Change.SHIPPING);
      }
    }
    return Optional.empty();
  }

  Optional<Part> part(long shopId) {
    return parts.stream().filter(p -> p.shopId() == shopId).findFirst();
  }

  /** The figures as the bytes the seal covers. */
  byte[] bytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + 32 * (lines.size() + parts.size()));
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeByte(LAYOUT);
      out.writeLong(buyerAccountId);
      out.writeLong(nonce);
      out.writeLong(expiresAt.toEpochMilli());
      out.writeUTF(communeCode);
      out.writeShort(lines.size());
      for (Line line : lines) {
        out.writeUTF(line.sku());
        out.writeInt(line.quantity());
        out.writeLong(line.unitPriceVnd());
      }
      out.writeShort(parts.size());
      for (Part part : parts) {
        out.writeLong(part.shopId());
        out.writeLong(part.goodsVnd());
        out.writeLong(part.shippingVnd());
        out.writeInt(part.weightGrams());
        out.writeUTF(part.carrier());
        out.writeInt(part.etaDays() == null ? -1 : part.etaDays());
        out.writeBoolean(part.fromTariff());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** The figures back from {@link #bytes()}; empty when they are not of that layout. */
  static Optional<CheckoutQuote> read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readUnsignedByte() != LAYOUT) {
        return Optional.empty();
      }
      long buyer = in.readLong();
      long nonce = in.readLong();
      Instant expires = Instant.ofEpochMilli(in.readLong());
      String commune = in.readUTF();
      List<Line> lines = new ArrayList<>();
      for (int i = in.readUnsignedShort(); i > 0; i--) {
        lines.add(new Line(in.readUTF(), in.readInt(), in.readLong()));
      }
      List<Part> parts = new ArrayList<>();
      for (int i = in.readUnsignedShort(); i > 0; i--) {
        long shopId = in.readLong();
        long goods = in.readLong();
        long shipping = in.readLong();
        int grams = in.readInt();
        String carrier = in.readUTF();
        int days = in.readInt();
        parts.add(new Part(shopId, goods, shipping, grams, carrier, days < 0 ? null : days, in.readBoolean()));
      }
      return in.available() == 0
          ? Optional.of(new CheckoutQuote(buyer, nonce, expires, commune, lines, parts))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
