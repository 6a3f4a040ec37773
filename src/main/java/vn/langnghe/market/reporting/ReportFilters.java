package vn.langnghe.market.reporting;

import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.QueryParams;

/**
 * What a report may be narrowed to; each is optional. A category includes its subcategories.
 * A shop narrows to one seller's figures, so a read with it is shop-level (and audit-logged).
 */
public record ReportFilters(String communeCode, Long villageId, Long categoryId, Long shopId) {

  public static final ReportFilters NONE = new ReportFilters(null, null, null, null);

  public static ReportFilters of(String communeCode, String villageId, String categoryId, String shopId) {
    String commune = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
    if (commune != null && !commune.matches("\\d{1,10}")) {
      throw new Problems.InvalidInputException("communeCode", "must be an official code of digits");
    }
    return new ReportFilters(commune, id("villageId", villageId), id("categoryId", categoryId),
        id("shopId", shopId));
  }

  public static ReportFilters shop(long shopId) {
    return new ReportFilters(null, null, null, shopId);
  }

  private static Long id(String name, String value) {
    long id = QueryParams.longOrDefault(name, value, -1);
    if (value != null && !value.isBlank() && id < 0) {
      throw new Problems.InvalidInputException(name, "must not be negative");
    }
    return id < 0 ? null : id;
  }
}
