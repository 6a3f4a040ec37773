package vn.langnghe.market.catalog;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;

/**
 * 409: a stock change that does not fit the stock as it is now (it moved since the artisan looked,
 * or pending orders hold more). The answer carries today's figures, so the artisan's page can say
 * what changed without asking again.
 */
public class StockConflictException extends Problems.ConflictException {

  private final Stock.Level level;

  public StockConflictException(Stock.Level level, String field, String detail) {
    super(field, detail);
    this.level = level;
  }

  public Stock.Level level() {
    return level;
  }

  /** problem+json with the variant's current figures as extension members. */
  public record StockProblem(String type, String title, int status, String detail,
      List<Problem.FieldError> errors, String sku, int onHand, int reserved, int available) {}

  @Provider
  public static class Mapper implements ExceptionMapper<StockConflictException> {
    @Override
    public Response toResponse(StockConflictException e) {
      Problem problem = e.toProblem();
      Stock.Level level = e.level();
      return Response.status(problem.status())
          .type(Problem.MEDIA_TYPE)
          .entity(new StockProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
              problem.errors(), level.sku(), level.onHand(), level.reserved(), level.available()))
          .build();
    }
  }
}
