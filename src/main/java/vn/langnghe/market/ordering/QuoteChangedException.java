package vn.langnghe.market.ordering;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.langnghe.market.ordering.OrderViews.QuoteView;
import vn.langnghe.market.platform.Problem;
import vn.langnghe.market.platform.Problems;

/**
 * 409: the checkout named a quote that no longer holds (expired, already charged, or the same
 * checkout is priced differently now). Nothing was placed or reserved; the answer carries a fresh
 * quote, so the shopper can see the new figures and confirm them by naming it.
 */
public class QuoteChangedException extends Problems.ConflictException {

  private final CheckoutQuote.Change change;
  private final QuoteView quote;

  public QuoteChangedException(CheckoutQuote.Change change, QuoteView fresh) {
    super("quoteId", change.detail() + " Nothing was ordered: check the new figures and order again"
        + " with the new quoteId.");
    this.change = change;
    this.quote = fresh;
  }

  /** problem+json with the reason and the fresh quote as extension members. */
  public record QuoteProblem(String type, String title, int status, String detail,
      List<Problem.FieldError> errors, CheckoutQuote.Change change, QuoteView quote) {}

  @Provider
  public static class Mapper implements ExceptionMapper<QuoteChangedException> {
    @Override
    public Response toResponse(QuoteChangedException e) {
      Problem problem = e.toProblem();
      return Response.status(problem.status())
          .type(Problem.MEDIA_TYPE)
          .entity(new QuoteProblem(problem.type(), problem.title(), problem.status(),
              problem.detail(), problem.errors(), e.change, e.quote))
          .build();
    }
  }
}
