package vn.langnghe.market.identity;

/** The four kinds of user. The constants exist for {@code @RolesAllowed}. */
public enum Role {
  SHOPPER,
  ARTISAN,
  OFFICER,
  ADMIN;

  public static final String SHOPPER_ROLE = "SHOPPER";
  public static final String ARTISAN_ROLE = "ARTISAN";
  public static final String OFFICER_ROLE = "OFFICER";
  public static final String ADMIN_ROLE = "ADMIN";
}
