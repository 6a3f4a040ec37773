package vn.langnghe.market.reporting;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The period and filters every officer report takes, as query parameters (parsed on use). */
public class ReportParams {

  @QueryParam("from") String from;
  @QueryParam("to") String to;
  @QueryParam("communeCode") String communeCode;
  @QueryParam("villageId") String villageId;
  @QueryParam("categoryId") String categoryId;
  @QueryParam("shopId") String shopId;

  ReportPeriod period(LocalDate today) {
    return ReportPeriod.of(from, to, today);
  }

  ReportFilters filters() {
    return ReportFilters.of(communeCode, villageId, categoryId, shopId);
  }
}
