package vn.langnghe.market.conversations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Requests and answers of the conversations API. No account's phone or e-mail appears here. */
public final class ConversationViews {

  private ConversationViews() {}

  /** What an {@code Idempotency-Key} stands for: this text written to this product or thread. */
  record Written(String target, String text) {}

  public record QuestionRequest(@NotBlank @Size(max = 1000) String text) {}

  public record AnswerRequest(@NotBlank @Size(max = 2000) String text) {}

  public record MessageRequest(@NotBlank @Size(max = 2000) String text) {}

  /**
   * A question as the public (answered ones) or its asker (own, maybe unanswered) sees it;
   * {@code mine} marks the caller's own.
   */
  public record QuestionView(long id, long productId, String question, Instant askedAt,
      String answer, Instant answeredAt, boolean answered, boolean mine) {}

  public record QuestionList(List<QuestionView> items) {}

  /** A question in the artisan's list, with the product it is about. */
  public record ShopQuestionView(long id, long productId, String productTitle, String productSlug,
      String question, Instant askedAt, String answer, Instant answeredAt, boolean answered) {}

  public record ShopQuestionList(List<ShopQuestionView> items, long unanswered) {}

  /** One message; {@code from} is BUYER or SHOP, {@code mine} whether the caller's side wrote it. */
  public record MessageView(long id, String from, String authorName, String text, Instant sentAt,
      boolean mine) {}

  /**
   * A shop order's thread. {@code awaitingShop}: the buyer wrote last and the shop has not
   * answered yet.
   */
  public record ThreadView(long shopOrderId, String orderNumber, String shopName, String buyerName,
      List<MessageView> messages, boolean awaitingShop) {}

  /** A thread in the artisan's inbox. */
  public record InboxItem(long shopOrderId, String orderNumber, String buyerName, String lastText,
      String lastFrom, Instant lastAt, int messages, boolean unanswered) {}

  public record Inbox(List<InboxItem> items, long unanswered) {}

  /**
   * How quickly a shop answers, over the last 90 days: the median minutes from a buyer's
   * question or message to the shop's answer, and the share of them answered at all (0–1).
   * Null where the shop was asked nothing.
   */
  public record ResponseTime(Long medianMinutes, double answeredShare, int asked) {}
}
