package vn.langnghe.market.shipping;

import java.util.List;

/**
 * What a carrier needs to take a shop order's parcel: {@code clientOrderCode} is ours and unique
 * per shop order, so that the carrier recognises a second booking of the same parcel.
 * Addresses are of the 2025 units: a commune (ward) and its province, no district.
 */
public record ParcelOrder(long shopOrderId, String clientOrderCode, Party from, Party to,
    int weightGrams, long codVnd, long insuranceVnd, String content, List<Item> items) {

  public record Party(String name, String phone, String address, String communeCode,
      String communeName, String provinceName) {}

  public record Item(String name, String code, int quantity, long priceVnd) {}
}
