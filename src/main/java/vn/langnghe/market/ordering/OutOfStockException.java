package vn.langnghe.market.ordering;

import java.util.List;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.ProblemException;

/** 409: some SKUs have fewer pieces left than asked for; nothing was reserved. */
public class OutOfStockException extends ProblemException {
  public OutOfStockException(List<String> skus, List<Problem.FieldError> lines) {
    super(409, "Out of stock", "Not enough stock for " + String.join(", ", skus) + ".", lines);
  }
}
