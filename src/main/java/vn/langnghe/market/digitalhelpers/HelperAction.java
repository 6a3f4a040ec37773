package vn.langnghe.market.digitalhelpers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.langnghe.market.platform.Problems;

/**
 * One thing a helper did for an artisan: what, on which row, when, and (where undoing needs it)
 * the row as it was before.
 */
@Entity
@Table(name = "helper_action")
public class HelperAction {

  /** What a helper did; {@code undoable} says whether the artisan can take it back here. */
  public enum Kind {
    ACCOUNT_CREATED(false, "Lập tài khoản"),
    SHOP_OPENED(false, "Mở cửa hàng"),
    SHOP_EDITED(false, "Sửa thông tin cửa hàng"),
    SHOP_PHOTO(false, "Đổi ảnh chủ cửa hàng"),
    IDENTITY_DECLARED(false, "Khai danh tính người bán"),
    PRODUCT_CREATED(true, "Đăng sản phẩm"),
    PRODUCT_EDITED(true, "Sửa sản phẩm"),
    PRODUCT_ARCHIVED(false, "Lưu trữ sản phẩm"),
    STOCK_CHANGED(true, "Đổi số hàng trong kho"),
    PICTURE_ADDED(true, "Thêm ảnh sản phẩm"),
    PICTURE_REMOVED(false, "Xoá ảnh sản phẩm"),
    OCOP_SUBMITTED(false, "Gửi giấy chứng nhận OCOP"),
    SHIPMENT_BOOKED(false, "Gửi hàng cho đơn"),
    ORDER_STEP(false, "Xử lý đơn hàng"),
    OTHER(false, "Việc khác");

    final boolean undoable;
    final String label;

    Kind(boolean undoable, String label) {
      this.undoable = undoable;
      this.label = label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "helper_account_id")
  private long helperAccountId;

  @Column(name = "artisan_account_id")
  private long artisanAccountId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "target_id")
  private Long targetId;

  @Column(name = "target_detail")
  private String targetDetail;

  private String summary;

  @Column(name = "before_state")
  private String beforeState;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "undone_at")
  private Instant undoneAt;

  protected HelperAction() {}

  HelperAction(long helperAccountId, long artisanAccountId, Kind kind, Long targetId,
      String targetDetail, String summary, String beforeState, Instant now) {
    this.helperAccountId = helperAccountId;
    this.artisanAccountId = artisanAccountId;
    this.kind = kind;
    this.targetId = targetId;
    this.targetDetail = targetDetail;
    this.summary = summary.length() > 300 ? summary.substring(0, 300) : summary;
    this.beforeState = beforeState;
    this.doneAt = now;
  }

  /** Refuses what cannot be undone here, or what was undone already; else marks it undone. */
  void undo(Instant now) {
    if (!kind.undoable) {
      throw new Problems.RefusedException("kind",
          "Không hoàn tác được việc \"" + kind.label + "\" tại đây: " + whyNot(kind));
    }
    if (undoneAt != null) {
      throw new Problems.ConflictException("Việc này đã được hoàn tác.");
    }
    this.undoneAt = now;
  }

  static String whyNot(Kind kind) {
    return switch (kind) {
      case SHIPMENT_BOOKED, ORDER_STEP -> "đơn đã đến tay người mua hoặc hãng vận chuyển; liên hệ người mua hoặc hãng nếu cần.";
      case PRODUCT_ARCHIVED -> "sản phẩm đã lưu trữ không bán lại được; hãy đăng lại sản phẩm.";
      case PICTURE_REMOVED -> "ảnh đã xoá; hãy thêm lại ảnh.";
      case ACCOUNT_CREATED -> "tài khoản là của bạn; muốn xoá hãy dùng \"Xoá tài khoản\".";
      default -> "hãy sửa lại trong trang cửa hàng.";
    };
  }

  Long id() { return id; }
  long helperAccountId() { return helperAccountId; }
  long artisanAccountId() { return artisanAccountId; }
  Kind kind() { return kind; }
  Long targetId() { return targetId; }
  String targetDetail() { return targetDetail; }
  String summary() { return summary; }
  String beforeState() { return beforeState; }
  Instant doneAt() { return doneAt; }
  Instant undoneAt() { return undoneAt; }
}
