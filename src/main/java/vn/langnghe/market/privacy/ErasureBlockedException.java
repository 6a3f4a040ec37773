package vn.langnghe.market.privacy;

import java.util.List;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.ProblemException;

/** 409: the account cannot be erased yet; {@code errors} lists what must finish first. */
public class ErasureBlockedException extends ProblemException {

  public ErasureBlockedException(List<Problem.FieldError> waiting) {
    super(409, "Conflict", "Tài khoản chưa xoá được: những việc dưới đây cần xong trước"
        + " (đơn hàng đang giao, tiền chưa chuyển cho bạn).", waiting);
  }
}
