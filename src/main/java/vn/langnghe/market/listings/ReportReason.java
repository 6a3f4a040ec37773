package vn.langnghe.market.listings;

/** Why someone reports a listing. */
public enum ReportReason {
  /** Fake goods passed off as a brand or an OCOP product. */
  COUNTERFEIT,
  /** Goods the law forbids trading (Decree 98/2020, Law 122/2025 on e-commerce). */
  PROHIBITED,
  /** Someone else's design, photo or trade mark. */
  IP_INFRINGEMENT,
  /** Words or pictures that mislead about the goods, their origin or the village. */
  MISLEADING,
  OTHER
}
