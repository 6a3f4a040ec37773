package vn.langnghe.market.shipping;

import java.util.Arrays;
import java.util.Optional;

/**
 * GHN's order statuses as its webhook and order detail spell them, with how far along each is
 * (a notice of a lower rank than the parcel's never moves it back: notices may arrive out of
 * order), its Vietnamese label, and what it means for the shop order.
 */
public enum GhnStatus {
  READY_TO_PICK("ready_to_pick", 10, "Chờ lấy hàng", null),
  PICKING("picking", 20, "Đang lấy hàng", null),
  MONEY_COLLECT_PICKING("money_collect_picking", 21, "Đang tương tác với người gửi", null),
  PICKED("picked", 30, "Đã lấy hàng", ParcelNotice.Kind.PICKED_UP),
  STORING("storing", 40, "Hàng đang nằm ở kho", ParcelNotice.Kind.PICKED_UP),
  TRANSPORTING("transporting", 50, "Đang luân chuyển hàng", ParcelNotice.Kind.PICKED_UP),
  SORTING("sorting", 60, "Đang phân loại hàng", ParcelNotice.Kind.PICKED_UP),
  DELIVERING("delivering", 70, "Đang giao hàng", ParcelNotice.Kind.PICKED_UP),
  MONEY_COLLECT_DELIVERING("money_collect_delivering", 71, "Đang tương tác với người nhận",
      ParcelNotice.Kind.PICKED_UP),
  DELIVERY_FAIL("delivery_fail", 80, "Giao hàng không thành công", ParcelNotice.Kind.FAILED),
  WAITING_TO_RETURN("waiting_to_return", 90, "Chờ trả hàng", ParcelNotice.Kind.FAILED),
  RETURN("return", 100, "Trả hàng", ParcelNotice.Kind.FAILED),
  RETURN_TRANSPORTING("return_transporting", 110, "Đang luân chuyển hàng trả", ParcelNotice.Kind.FAILED),
  RETURN_SORTING("return_sorting", 120, "Đang phân loại hàng trả", ParcelNotice.Kind.FAILED),
  RETURNING("returning", 130, "Đang trả hàng", ParcelNotice.Kind.FAILED),
  RETURN_FAIL("return_fail", 140, "Trả hàng không thành công", ParcelNotice.Kind.FAILED),
  RETURNED("returned", 200, "Đã trả hàng cho người gửi", ParcelNotice.Kind.RETURNED),
  DELIVERED("delivered", 210, "Đã giao hàng", ParcelNotice.Kind.DELIVERED),
  EXCEPTION("exception", 5, "Đơn hàng ngoại lệ", null),
  DAMAGE("damage", 220, "Hàng bị hư hỏng", null),
  LOST("lost", 220, "Hàng bị thất lạc", null),
  CANCEL("cancel", 230, "Đã huỷ đơn giao hàng", null);

  /** Our own step for GHN's CODTransferDate: the cash it collected reached the marketplace. */
  public static final String COD_TRANSFERRED = "cod_transferred";
  public static final String COD_TRANSFERRED_LABEL = "Đã chuyển tiền thu hộ";

  private final String code;
  private final int rank;
  private final String label;
  private final ParcelNotice.Kind kind;

  GhnStatus(String code, int rank, String label, ParcelNotice.Kind kind) {
    this.code = code;
    this.rank = rank;
    this.label = label;
    this.kind = kind;
  }

  public static Optional<GhnStatus> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The Vietnamese label of a step stored in a parcel's history. */
  public static String labelOf(String step) {
    if (COD_TRANSFERRED.equals(step)) {
      return COD_TRANSFERRED_LABEL;
    }
    return of(step).map(GhnStatus::label).orElse(step);
  }

  public String code() {
    return code;
  }

  public int rank() {
    return rank;
  }

  public String label() {
    return label;
  }

  /** What reaching this status means for the shop order; null: nothing it acts on. */
  public ParcelNotice.Kind kind() {
    return kind;
  }

  /** Later than {@code current}: the parcel moves on to it. */
  public boolean isAfter(GhnStatus current) {
    return rank > current.rank;
  }
}
