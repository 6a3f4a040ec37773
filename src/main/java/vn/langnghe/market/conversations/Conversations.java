package vn.langnghe.market.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.market.catalog.Catalog;
import vn.langnghe.market.catalog.CatalogViews.ProductView;
import vn.langnghe.market.conversations.ConversationViews.Inbox;
import vn.langnghe.market.conversations.ConversationViews.InboxItem;
import vn.langnghe.market.conversations.ConversationViews.MessageView;
import vn.langnghe.market.conversations.ConversationViews.QuestionList;
import vn.langnghe.market.conversations.ConversationViews.QuestionView;
import vn.langnghe.market.conversations.ConversationViews.ShopQuestionList;
import vn.langnghe.market.conversations.ConversationViews.ShopQuestionView;
import vn.langnghe.market.conversations.ConversationViews.ThreadView;
import vn.langnghe.market.identity.Accounts;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.ordering.PurchasedParts;
import vn.langnghe.market.ordering.PurchasedParts.Part;
import vn.langnghe.market.platform.CleanText;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.Notice;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.shops.Shop;
import vn.langnghe.market.shops.Shops;

/**
 * Questions about products and the private thread of each shop order. Every write tells the
 * other side through a {@link Notice} fired in the same transaction. A thread is the buyer's and
 * the shop's: anyone else gets "not found", whatever they know of its ids.
 */
@ApplicationScoped
@Transactional
public class Conversations {

  static final int MAX_QUESTIONS = 200;
  /** The sizes of the stored texts' columns (a question; an answer or a message). */
  static final int QUESTION_MAX = 1000;
  static final int TEXT_MAX = 2000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Catalog catalog;
  @Inject Shops shops;
  @Inject PurchasedParts parts;
  @Inject Accounts accounts;
  @Inject Event<Notice> notices;
  @Inject IdempotentRequests idempotency;

  // ---- questions -------------------------------------------------------------------------

  /** Answered questions of a product on sale, newest first; the caller's own unanswered ones too. */
  public QuestionList questions(String idOrSlug, Caller caller) {
    ProductView product = catalog.product(idOrSlug);
    Long me = caller == null ? null : caller.accountId();
    List<ProductQuestion> found = em.createQuery("select q from ProductQuestion q where q.productId = :product"
            + " and (q.answeredAt is not null or q.askerAccountId = :me)"
            + " order by q.askedAt desc, q.id desc", ProductQuestion.class)
        .setParameter("product", product.id())
        .setParameter("me", me == null ? -1L : me)
        .setMaxResults(MAX_QUESTIONS)
        .getResultList();
    return new QuestionList(found.stream().map(q -> view(q, me)).toList());
  }

  /** With an {@code Idempotency-Key} ({@code claim}), a repeat answers the question first asked. */
  public QuestionView ask(Caller asker, String idOrSlug, String text, IdempotentRequests.Claim claim) {
    Optional<Long> earlier = claim == null ? Optional.empty() : idempotency.claim(claim);
    if (earlier.isPresent()) {
      return view(em.find(ProductQuestion.class, earlier.get()), asker.accountId());
    }
    ProductView product = catalog.product(idOrSlug);
    String question = clean(text, "text", QUESTION_MAX);
    ProductQuestion q = new ProductQuestion(product.id(), product.shop().id(), product.title(),
        product.slug(), asker.accountId(),
        question, clock.instant());
    em.persist(q);
    em.flush();
    if (claim != null) {
      idempotency.remember(claim, q.id());
    }
    long owner = ownerOf(product.shop().id());
    if (owner != asker.accountId()) {
      notices.fire(new Notice(owner, "QUESTION_ASKED",
          "[Làng Nghề] Câu hỏi mới về " + product.title(),
          "Một khách hỏi về sản phẩm \"" + product.title() + "\" của xưởng " + product.shop().name()
              + ":\n\n" + question + "\n\nHãy trả lời để câu hỏi hiện trên trang sản phẩm.",
          "/shop-inbox.html#cau-hoi",
          Map.of("product_name", shorten(product.title(), 100), "shop_name", shorten(product.shop().name(), 100)),
          asker.accountId()));
    }
    return view(q, asker.accountId());
  }

  /** The artisan answers a question about their own shop's product, once. */
  public QuestionView answer(Caller artisan, long questionId, String text) {
    Shop shop = shops.ownShop(artisan);
    ProductQuestion q = em.find(ProductQuestion.class, questionId);
    if (q == null || q.shopId() != shop.id()) {
      throw new Problems.NotFoundException("Question " + questionId);
    }
    q.answer(artisan.accountId(), clean(text, "text", TEXT_MAX), clock.instant());
    String title = q.productTitle();
    notices.fire(new Notice(q.askerAccountId(), "QUESTION_ANSWERED",
        "[Làng Nghề] Xưởng " + shop.name() + " đã trả lời câu hỏi của bạn",
        "Câu hỏi của bạn về \"" + title + "\":\n" + q.question() + "\n\nXưởng " + shop.name()
            + " trả lời:\n" + q.answer(),
        "/san-pham/" + URLEncoder.encode(q.productSlug(), StandardCharsets.UTF_8),
        Map.of("product_name", shorten(title, 100), "shop_name", shorten(shop.name(), 100)),
        artisan.accountId()));
    return view(q, artisan.accountId());
  }

  /** The artisan's questions, unanswered first (oldest waiting first), then the answered, newest first. */
  public ShopQuestionList shopQuestions(Caller artisan) {
    Shop shop = shops.ownShop(artisan);
    List<ProductQuestion> waiting = em.createQuery("select q from ProductQuestion q where q.shopId = :shop"
            + " and q.answeredAt is null order by q.askedAt, q.id", ProductQuestion.class)
        .setParameter("shop", shop.id()).setMaxResults(MAX_QUESTIONS).getResultList();
    List<ProductQuestion> done = em.createQuery("select q from ProductQuestion q where q.shopId = :shop"
            + " and q.answeredAt is not null order by q.answeredAt desc, q.id desc", ProductQuestion.class)
        .setParameter("shop", shop.id()).setMaxResults(MAX_QUESTIONS).getResultList();
    List<ShopQuestionView> items = new ArrayList<>();
    for (List<ProductQuestion> group : List.of(waiting, done)) {
      for (ProductQuestion q : group) {
        items.add(new ShopQuestionView(q.id(), q.productId(), q.productTitle(), q.productSlug(),
            q.question(), q.askedAt(), q.answer(), q.answeredAt(), q.answered()));
      }
    }
    return new ShopQuestionList(items, waiting.size());
  }

  // ---- private threads -----------------------------------------------------------------------

  /** The buyer's thread with one shop of their order; another's order is "not found". */
  public ThreadView buyerThread(Caller buyer, String orderNumber, long shopOrderId) {
    return thread(parts.ofBuyer(buyer, orderNumber, shopOrderId), false);
  }

  /** With an {@code Idempotency-Key} ({@code claim}), a repeat writes nothing more. */
  public ThreadView buyerWrites(Caller buyer, String orderNumber, long shopOrderId, String text,
      IdempotentRequests.Claim claim) {
    boolean repeat = claim != null && idempotency.claim(claim).isPresent();
    Part part = parts.ofBuyer(buyer, orderNumber, shopOrderId);
    if (!repeat) {
      write(part, buyer, false, text, claim);
    }
    return thread(part, false);
  }

  /** The artisan's thread of one of their shop's parts; another shop's is "not found". */
  public ThreadView shopThread(Caller artisan, long shopOrderId) {
    return thread(ownPart(artisan, shopOrderId), true);
  }

  public ThreadView shopWrites(Caller artisan, long shopOrderId, String text, IdempotentRequests.Claim claim) {
    boolean repeat = claim != null && idempotency.claim(claim).isPresent();
    Part part = ownPart(artisan, shopOrderId);
    if (!repeat) {
      write(part, artisan, true, text, claim);
    }
    return thread(part, true);
  }

  /**
   * A shop order's whole thread, for an officer deciding a dispute about it (the caller checks
   * that the officer may read it). {@code mine} is false on every message.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ThreadView thread(long shopOrderId) {
    Part part = parts.byId(shopOrderId)
        .orElseThrow(() -> new Problems.NotFoundException("Shop order " + shopOrderId));
    ThreadView seen = thread(part, true);
    return new ThreadView(seen.shopOrderId(), seen.orderNumber(), seen.shopName(), seen.buyerName(),
        seen.messages().stream().map(m -> new MessageView(m.id(), m.from(), m.authorName(), m.text(),
            m.sentAt(), false)).toList(), seen.awaitingShop());
  }

  /** The artisan's threads, those awaiting the shop's answer first, then the latest first. */
  public Inbox inbox(Caller artisan) {
    Shop shop = shops.ownShop(artisan);
    List<OrderMessage> all = em.createQuery("select m from OrderMessage m where m.shopId = :shop"
            + " order by m.shopOrderId, m.sentAt, m.id", OrderMessage.class)
        .setParameter("shop", shop.id())
        .getResultList();
    Map<Long, List<OrderMessage>> threads = new LinkedHashMap<>();
    Set<Long> buyers = new HashSet<>();
    for (OrderMessage m : all) {
      threads.computeIfAbsent(m.shopOrderId(), k -> new ArrayList<>()).add(m);
      buyers.add(m.buyerAccountId());
    }
    Map<Long, String> names = accounts.displayNames(buyers);
    List<InboxItem> items = new ArrayList<>();
    for (List<OrderMessage> thread : threads.values()) {
      OrderMessage last = thread.get(thread.size() - 1);
      String number = parts.byId(last.shopOrderId()).map(Part::orderNumber).orElse("");
      items.add(new InboxItem(last.shopOrderId(), number, names.getOrDefault(last.buyerAccountId(), "Khách hàng"),
          shorten(last.body(), 140), last.fromShop() ? "SHOP" : "BUYER", last.sentAt(), thread.size(),
          !last.fromShop()));
    }
    items.sort(Comparator.comparing(InboxItem::unanswered).reversed()
        .thenComparing(InboxItem::lastAt, Comparator.reverseOrder()));
    return new Inbox(items, items.stream().filter(InboxItem::unanswered).count());
  }

  private Part ownPart(Caller artisan, long shopOrderId) {
    Shop shop = shops.ownShop(artisan);
    return parts.byId(shopOrderId).filter(p -> p.shopId() == shop.id())
        .orElseThrow(() -> new Problems.NotFoundException("Shop order " + shopOrderId));
  }

  private void write(Part part, Caller author, boolean fromShop, String text, IdempotentRequests.Claim claim) {
    String body = clean(text, "text", TEXT_MAX);
    OrderMessage message = new OrderMessage(part.shopOrderId(), part.shopId(), part.buyerAccountId(),
        author.accountId(), fromShop, body, clock.instant());
    em.persist(message);
    em.flush();
    if (claim != null) {
      idempotency.remember(claim, message.id());
    }
    String number = part.orderNumber();
    if (fromShop) {
      notices.fire(new Notice(part.buyerAccountId(), "ORDER_MESSAGE",
          "[Làng Nghề] Tin nhắn mới từ xưởng " + part.shopName() + " về đơn " + number,
          "Xưởng " + part.shopName() + " nhắn về đơn " + number + ":\n\n" + body,
          "/order.html?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8),
          Map.of("order_code", number, "sender_name", shorten(part.shopName(), 100)),
          ownerOf(part.shopId())));
    } else {
      notices.fire(new Notice(ownerOf(part.shopId()), "ORDER_MESSAGE",
          "[Làng Nghề] Tin nhắn mới của khách về đơn " + number,
          "Khách của đơn " + number + " nhắn cho xưởng " + part.shopName() + ":\n\n" + body,
          "/shop-inbox.html#don-" + part.shopOrderId(),
          Map.of("order_code", number, "sender_name", "Khách hàng"), part.buyerAccountId()));
    }
  }

  private ThreadView thread(Part part, boolean shopSide) {
    List<OrderMessage> messages = em.createQuery("select m from OrderMessage m"
            + " where m.shopOrderId = :part order by m.sentAt, m.id", OrderMessage.class)
        .setParameter("part", part.shopOrderId())
        .getResultList();
    String buyerName = accounts.displayNames(List.of(part.buyerAccountId()))
        .getOrDefault(part.buyerAccountId(), "Khách hàng");
    List<MessageView> views = messages.stream()
        .map(m -> new MessageView(m.id(), m.fromShop() ? "SHOP" : "BUYER",
            m.fromShop() ? part.shopName() : buyerName, m.body(), m.sentAt(), m.fromShop() == shopSide))
        .toList();
    boolean awaitingShop = !messages.isEmpty() && !messages.get(messages.size() - 1).fromShop();
    return new ThreadView(part.shopOrderId(), part.orderNumber(), part.shopName(), buyerName, views,
        awaitingShop);
  }

  // ---- helpers --------------------------------------------------------------------------------

  private long ownerOf(long shopId) {
    var place = shops.places(List.of(shopId)).get(shopId);
    if (place == null) {
      throw new Problems.NotFoundException("Shop " + shopId);
    }
    return place.ownerAccountId();
  }

  private static QuestionView view(ProductQuestion q, Long me) {
    return new QuestionView(q.id(), q.productId(), q.question(), q.askedAt(), q.answer(),
        q.answeredAt(), q.answered(), me != null && me == q.askerAccountId());
  }

  /**
   * Stored text: clean, no contact details, not blank after that, and at most {@code max}
   * characters (its column's size): hiding "a@b.c" as "[đã ẩn]" makes a text longer, so a text
   * of the allowed length is shortened rather than overflowing the column.
   */
  static String clean(String text, String field, int max) {
    String cleaned = text == null ? "" : CleanText.clean(text).strip();
    if (cleaned.isEmpty()) {
      throw new Problems.InvalidInputException(field, "must not be blank");
    }
    return shorten(PrivateDetails.hidden(cleaned), max);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
