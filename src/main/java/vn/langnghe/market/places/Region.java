package vn.langnghe.market.places;

/**
 * North, centre and south, as carriers price "nội miền" and "liên miền". The official province
 * codes run from north to south, so the region is a range of codes: the centre starts at Thanh
 * Hóa (38), the south at Đồng Nai (75).
 */
public enum Region {
  NORTH, CENTRE, SOUTH;

  /** The region of a 2025 province code; null for anything else. */
  public static Region of(String provinceCode) {
    if (provinceCode == null || !provinceCode.matches("[0-9]{2}")) {
      return null;
    }
    int code = Integer.parseInt(provinceCode);
    return code < 38 ? NORTH : code < 75 ? CENTRE : SOUTH;
  }
}
