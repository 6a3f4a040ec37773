package vn.langnghe.market.identity;

/**
 * The kinds of user. The constants exist for {@code @RolesAllowed}. A DIGITAL_HELPER is a member
 * of a commune's community digital team (tổ công nghệ số cộng đồng) who brings artisans of their
 * communes online and may act for them.
 */
public enum Role {
  SHOPPER,
  ARTISAN,
  OFFICER,
  ADMIN,
  DIGITAL_HELPER;

  public static final String SHOPPER_ROLE = "SHOPPER";
  public static final String ARTISAN_ROLE = "ARTISAN";
  public static final String OFFICER_ROLE = "OFFICER";
  public static final String ADMIN_ROLE = "ADMIN";
  public static final String DIGITAL_HELPER_ROLE = "DIGITAL_HELPER";
}
