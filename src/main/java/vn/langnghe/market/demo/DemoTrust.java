package vn.langnghe.market.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.market.catalog.ArtisanCatalog;
import vn.langnghe.market.catalog.CatalogViews.OwnProductView;
import vn.langnghe.market.catalog.CatalogViews.OwnVariantView;
import vn.langnghe.market.catalog.CatalogViews.StockRequest;
import vn.langnghe.market.conversations.Conversations;
import vn.langnghe.market.demo.DemoData.DemoShop;
import vn.langnghe.market.demo.SalesPlan.PlannedLine;
import vn.langnghe.market.demo.SalesPlan.PlannedOrder;
import vn.langnghe.market.demo.SalesPlan.PlannedPart;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.listings.ListingReports;
import vn.langnghe.market.listings.ListingViews.ReportRequest;
import vn.langnghe.market.listings.ReportReason;
import vn.langnghe.market.ordering.OrderViews.AddressRequest;
import vn.langnghe.market.ordering.PurchasedParts;
import vn.langnghe.market.payment.PaymentMethod;
import vn.langnghe.market.platform.HistoryClock;
import vn.langnghe.market.platform.Page;
import vn.langnghe.market.returns.ReturnViews.LineAsk;
import vn.langnghe.market.returns.ReturnViews.ReturnAsk;
import vn.langnghe.market.returns.ReturnViews.ReturnView;
import vn.langnghe.market.returns.Returns;
import vn.langnghe.market.reviews.ReviewViews.ReviewRequest;
import vn.langnghe.market.reviews.ReviewViews.ReviewView;
import vn.langnghe.market.reviews.Reviews;
import vn.langnghe.market.shops.ShopViews.ShopRequest;
import vn.langnghe.market.shops.Shops;

/**
 * The trust side of the demo, written once right after the sales history through the same
 * boundaries buyers, artisans and officers use: the shops' stories; reviews (some answered by the
 * shop) of part of the history's delivered orders, each a few days after its delivery; answered
 * questions and one still waiting for the demo artisan; and, for the tour's shopper, an order on
 * its way with a short thread, an open return the demo artisan has to answer and an escalated
 * dispute waiting for the officers; and one listing report in the officers' queue. Back-dated
 * writes go through {@link DemoQuietly}, so their notices never reach a mailbox; the fresh
 * question and return keep theirs, as the artisan would have had them.
 */
@ApplicationScoped
public class DemoTrust {

  private static final Logger LOG = Logger.getLogger(DemoTrust.class.getName());
  /** Another fixed seed: the reviews do not shift when the history's plan changes its draws. */
  private static final long SEED = 1825L;
  /** About this share of the delivered orders gets reviews (buyers who bother, as in real trade). */
  private static final double REVIEWED_ORDERS = 0.4;
  private static final double REPLIED_GOOD = 0.3;
  private static final double REPLIED_POOR = 0.9;

  @Inject Shops shops;
  @Inject ArtisanCatalog catalog;
  @Inject PurchasedParts purchases;
  @Inject Reviews reviews;
  @Inject Conversations conversations;
  @Inject Returns returns;
  @Inject ListingReports listingReports;
  @Inject DemoSale sale;
  @Inject DemoQuietly quietly;

  /** A return may be asked for this long after delivery: the returns are asked well within it. */
  @Inject
  @ConfigProperty(name = "market.payouts.return-window")
  Duration returnWindow;

  /** An order of the history: who bought it, and its number. */
  record Sold(Caller buyer, String orderNumber) {}

  /** Who takes part: the tour's shopper (with an address), the history's buyers, the artisans by e-mail. */
  record Cast(Caller shopper, AddressRequest shopperAddress, List<Caller> buyers,
      Map<String, Caller> artisans, Map<Long, String> ownerOfShop) {

    Set<Long> accounts() {
      Set<Long> ids = new HashSet<>();
      ids.add(shopper.accountId());
      buyers.forEach(b -> ids.add(b.accountId()));
      artisans.values().forEach(a -> ids.add(a.accountId()));
      return ids;
    }
  }

  /** Each part on its own: one failing is logged and the rest still seeded. */
  void seed(DemoData data, Cast cast, List<Sold> sold, Instant now) {
    long started = System.nanoTime();
    Random random = new Random(SEED);
    Map<String, List<OwnProductView>> products = new HashMap<>();
    for (Map.Entry<String, Caller> artisan : cast.artisans().entrySet()) {
      products.put(artisan.getKey(),
          catalog.products(artisan.getValue(), new Page.Request(0, Page.MAX_SIZE)).items().stream()
              .filter(p -> "ACTIVE".equals(p.status())).toList());
    }
    int stories = step("stories", () -> stories(data, cast));
    int written = step("reviews", () -> reviews(data, cast, sold, now, random));
    int questions = step("questions", () -> questions(cast, products, now));
    int shopper = step("the shopper's thread", () -> shopperThread(cast, products, now))
        + step("the open return", () -> openReturn(cast, products, now))
        + step("the escalated dispute", () -> dispute(cast, products, now));
    int reports = step("listing report", () -> listingReport(cast, products, now));
    LOG.info(String.format(Locale.ROOT, "Demo reviews and conversations seeded in %.1f s: %d stories,"
            + " %d reviews, %d questions, %d steps of the shopper's orders, %d listing report",
        (System.nanoTime() - started) / 1e9, stories, written, questions, shopper, reports));
  }

  private static int step(String what, Supplier<Integer> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo " + what + " not seeded", e);
      return 0;
    }
  }

  private int stories(DemoData data, Cast cast) {
    int told = 0;
    for (DemoShop shop : data.shops()) {
      Caller artisan = cast.artisans().get(shop.ownerEmail());
      String story = DemoVoices.STORIES.get(shop.code());
      if (artisan != null && story != null) {
        ShopRequest was = shop.request();
        shops.edit(artisan, new ShopRequest(was.name(), was.description(), was.villageSlug(), null, null, story));
        told++;
      }
    }
    return told;
  }

  /**
   * Reviews of a share of the delivered parts, a few hours to a few days after delivery (never
   * after now); some answered by their shop a day or so later. One transaction per order.
   */
  private int reviews(DemoData data, Cast cast, List<Sold> sold, Instant now, Random random) {
    Map<String, Craft> craftOfShopCode = new HashMap<>();
    data.shops().forEach(s -> craftOfShopCode.put(s.code(), s.craft()));
    Set<String> usedTexts = new HashSet<>();
    Set<Long> accounts = cast.accounts();
    int written = 0;
    for (Sold order : sold) {
      if (random.nextDouble() >= REVIEWED_ORDERS) {
        continue;
      }
      // drawn before the transaction, so a failed order does not shift the ones after it
      long seed = random.nextLong();
      try {
        written += quietly.run(accounts, now, () -> review(order, cast, craftOfShopCode, usedTexts,
            new Random(seed), now));
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Demo review of " + order.orderNumber() + " not written", e);
      }
    }
    return written;
  }

  private int review(Sold order, Cast cast, Map<String, Craft> craftOfShopCode, Set<String> usedTexts,
      Random random, Instant now) {
    int written = 0;
    for (PurchasedParts.Part part : purchases.ofBuyer(order.buyer(), order.orderNumber())) {
      if (!part.delivered() || part.deliveredAt() == null) {
        continue;
      }
      Caller artisan = cast.artisans().get(cast.ownerOfShop().get(part.shopId()));
      Set<Long> reviewed = new HashSet<>();
      for (PurchasedParts.Line line : part.lines()) {
        Instant at = part.deliveredAt().plus(Duration.ofMinutes(240 + random.nextInt(5 * 24 * 60)));
        if (!reviewed.add(line.productId()) || at.isAfter(now)) {
          continue;
        }
        Craft craft = craftOfShopCode.getOrDefault(line.sku().split("-")[0], Craft.SILVER);
        int stars = DemoVoices.stars(random);
        String text = DemoVoices.review(craft, stars, random, usedTexts);
        ReviewView review = HistoryClock.at(at, () -> reviews.create(order.buyer(), order.orderNumber(),
            new ReviewRequest(part.shopOrderId(), line.sku(), stars, text, null), null)).review();
        written++;
        Instant replyAt = at.plus(Duration.ofMinutes(60 + random.nextInt(36 * 60)));
        boolean replies = random.nextDouble() < (stars >= 4 ? REPLIED_GOOD : REPLIED_POOR);
        if (artisan != null && replies && replyAt.isBefore(now)) {
          String answer = DemoVoices.reply(stars, random);
          HistoryClock.at(replyAt, () -> reviews.reply(artisan, review.id(), answer));
        }
      }
    }
    return written;
  }

  /**
   * Questions buyers ask before buying, answered by the shop a few hours later; and one asked this
   * morning that the demo artisan has yet to answer (its notice kept: it is news).
   */
  private int questions(Cast cast, Map<String, List<OwnProductView>> products, Instant now) {
    record Asked(String owner, Predicate<String> title, int buyer, int daysAgo, String question, String answer) {}
    List<Asked> asked = List.of(
        new Asked(DemoData.ARTISAN_EMAIL, t -> t.startsWith("Nhẫn bạc"), 0, 40,
            "Tay tôi đeo nhẫn cỡ 15 ở tiệm khác, nhẫn của xưởng có cùng bảng cỡ không ạ?",
            "Chào bạn, xưởng đo cỡ theo bảng chung của các tiệm vàng bạc, cỡ 15 là chu vi khoảng 55 mm."
                + " Nếu đeo chật, bạn gửi về xưởng nới miễn phí một lần."),
        new Asked(DemoData.ARTISAN_EMAIL, t -> t.startsWith("Vòng tay bạc") || t.startsWith("Nhẫn bạc"), 3, 21,
            "Xưởng có khắc tên vào mặt trong được không, mất thêm mấy ngày?",
            "Được bạn ạ. Bạn ghi tên vào phần ghi chú khi đặt, xưởng khắc tay, thêm khoảng hai ngày và"
                + " không tính thêm tiền với chữ ngắn dưới mười ký tự."),
        new Asked("nghenhan.thienhoa@demo.langnghe.vn", t -> true, 2, 30,
            "Khăn đũi giặt máy được không, có bị co không ạ?",
            "Bạn nên giặt tay bằng nước lạnh với xà phòng nhẹ, không vắt mạnh, phơi trong bóng râm."
                + " Đũi đã giặt xả trước khi may nên gần như không co."),
        new Asked("nghenhan.chieuhoi@demo.langnghe.vn", t -> t.startsWith("Chiếu"), 5, 18,
            "Giường nhà tôi rộng 1m8, nên lấy khổ chiếu nào cho vừa?",
            "Bạn lấy khổ 1m8 x 2m là vừa khít mặt giường. Nếu muốn chiếu phủ xuống mép thì xưởng dệt"
                + " riêng khổ 2m x 2m2, mất khoảng một tuần."));
    Set<Long> accounts = cast.accounts();
    int count = 0;
    for (Asked a : asked) {
      Caller artisan = cast.artisans().get(a.owner());
      Optional<OwnProductView> product = products.getOrDefault(a.owner(), List.of()).stream()
          .filter(p -> a.title().test(p.title())).findFirst();
      if (artisan == null || product.isEmpty()) {
        continue;
      }
      Instant askedAt = now.minus(Duration.ofDays(a.daysAgo())).minus(Duration.ofHours(3));
      Caller buyer = cast.buyers().get(a.buyer() % cast.buyers().size());
      quietly.run(accounts, now, () -> {
        long id = HistoryClock.at(askedAt, () -> conversations.ask(buyer, product.get().slug(), a.question(), null)).id();
        return HistoryClock.at(askedAt.plus(Duration.ofHours(5)), () -> conversations.answer(artisan, id, a.answer()));
      });
      count++;
    }
    Optional<OwnProductView> bracelet = products.getOrDefault(DemoData.ARTISAN_EMAIL, List.of()).stream()
        .filter(p -> p.title().startsWith("Vòng tay bạc") || p.title().startsWith("Lắc tay bạc")).findFirst()
        .or(() -> products.getOrDefault(DemoData.ARTISAN_EMAIL, List.of()).stream().findFirst());
    if (bracelet.isPresent()) {
      HistoryClock.at(now.minus(Duration.ofHours(3)), () -> conversations.ask(cast.buyers().get(6),
          bracelet.get().slug(), "Cổ tay tôi khoảng 15 cm thì đeo cỡ nào? Vòng có nới ra được không ạ?", null));
      count++;
    }
    return count;
  }

  /**
   * The tour shopper's three orders go through checkout, the payment sandbox and the shops'
   * fulfilment like the history's ({@link #buy}). This one, a ring from the demo artisan, is on its
   * way, with a short thread about its packing.
   */
  private int shopperThread(Cast cast, Map<String, List<OwnProductView>> products, Instant now) {
    Instant placed = now.minus(Duration.ofDays(2));
    Optional<Bought> ring = buy(cast, products, DemoData.ARTISAN_EMAIL, t -> t.startsWith("Nhẫn bạc"),
        placed, null, now);
    if (ring.isEmpty()) {
      return 0;
    }
    Bought b = ring.get();
    Caller artisan = cast.artisans().get(DemoData.ARTISAN_EMAIL);
    quietly.run(cast.accounts(), now.minus(Duration.ofHours(1)), () -> {
      HistoryClock.at(placed.plus(Duration.ofMinutes(40)), () -> conversations.buyerWrites(cast.shopper(),
          b.orderNumber(), b.shopOrderId(), "Chào xưởng, em mua nhẫn làm quà sinh nhật mẹ. Xưởng gói giúp"
              + " em vào hộp quà và đừng để hóa đơn trong hộp được không ạ?", null));
      HistoryClock.at(placed.plus(Duration.ofHours(3)), () -> conversations.shopWrites(artisan,
          b.shopOrderId(), "Chào bạn, xưởng đã gói nhẫn trong hộp gỗ kèm túi nhung, hóa đơn để riêng"
              + " ngoài hộp. Chiều nay xưởng gửi hàng.", null));
      return HistoryClock.at(placed.plus(Duration.ofHours(4)), () -> conversations.buyerWrites(cast.shopper(),
          b.orderNumber(), b.shopOrderId(), "Dạ em cảm ơn xưởng ạ!", null));
    });
    return 3;
  }

  /** Asked this morning, so the demo artisan hears of it as of any new return. */
  private int openReturn(Cast cast, Map<String, List<OwnProductView>> products, Instant now) {
    Instant asked = now.minus(Duration.ofHours(4));
    Instant delivered = asked.minus(withinWindow(Duration.ofDays(2)));
    Optional<Bought> bracelet = buy(cast, products, DemoData.ARTISAN_EMAIL,
        t -> t.startsWith("Lắc tay bạc") || t.startsWith("Vòng tay bạc") || t.startsWith("Dây chuyền bạc"),
        delivered.minus(Duration.ofDays(3)), delivered, now);
    if (bracelet.isEmpty()) {
      return 0;
    }
    Bought b = bracelet.get();
    HistoryClock.at(asked, () -> returns.ask(cast.shopper(), b.orderNumber(),
        new ReturnAsk(b.shopOrderId(), b.line(), "DAMAGED", "Khóa cài bị lỏng, đeo đến chiều thì tự bung ra"
            + " hai lần. Tôi muốn trả lại để được hoàn tiền.", null, null), null));
    return 1;
  }

  /** Asked six days ago, refused by the shop the next day, taken to the officers two days ago. */
  private int dispute(Cast cast, Map<String, List<OwnProductView>> products, Instant now) {
    Instant asked = now.minus(Duration.ofDays(6));
    Instant delivered = asked.minus(withinWindow(Duration.ofDays(2)));
    String owner = "nghenhan.thienhoa@demo.langnghe.vn";
    Optional<Bought> scarf = buy(cast, products, owner, t -> true, delivered.minus(Duration.ofDays(3)),
        delivered, now);
    if (scarf.isEmpty()) {
      return 0;
    }
    Bought b = scarf.get();
    Caller artisan = cast.artisans().get(owner);
    quietly.run(cast.accounts(), now.minus(Duration.ofHours(1)), () -> {
      ReturnView request = HistoryClock.at(asked, () -> returns.ask(cast.shopper(), b.orderNumber(),
          new ReturnAsk(b.shopOrderId(), b.line(), "NOT_AS_DESCRIBED",
              "Màu vải nâu đậm hơn nhiều so với ảnh, một góc có vết xước dài khoảng hai phân.", null, null),
          null));
      HistoryClock.at(asked.plus(Duration.ofDays(1)), () -> returns.refuse(artisan, request.id(),
          "Đũi nhuộm củ nâu nên mỗi mẻ đậm nhạt khác nhau, trang sản phẩm đã ghi rõ. Vết bạn chụp là"
              + " mấu sợi của tơ kéo tay, không phải vết rách."));
      return HistoryClock.at(now.minus(Duration.ofDays(2)), () -> returns.escalate(cast.shopper(), request.id(),
          "Tôi đã gửi ảnh chụp gần: đó là chỗ sợi bị kéo tuột, không phải mấu sợi. Nhờ ban quản lý xem giúp."));
    });
    return 3;
  }

  /** {@code wanted}, or half the return window when that is shorter (as the tests set it). */
  private Duration withinWindow(Duration wanted) {
    Duration half = returnWindow.dividedBy(2);
    return half.compareTo(wanted) < 0 ? half : wanted;
  }

  private record Bought(String orderNumber, long shopOrderId, String sku) {

    List<LineAsk> line() {
      return List.of(new LineAsk(sku, 1));
    }
  }

  /**
   * One piece of the owner's first product matching {@code title}, bought by the tour's shopper at
   * {@code placed} with the payment sandbox, confirmed and shipped the same day and delivered at
   * {@code delivered} (null: still on its way). The piece is added to the shelf first, as the
   * history does, so the catalogue keeps its stock.
   */
  private Optional<Bought> buy(Cast cast, Map<String, List<OwnProductView>> products, String owner,
      Predicate<String> title, Instant placed, Instant delivered, Instant now) {
    Caller artisan = cast.artisans().get(owner);
    Optional<OwnProductView> product = products.getOrDefault(owner, List.of()).stream()
        .filter(p -> title.test(p.title()) && !p.variants().isEmpty()).findFirst();
    if (artisan == null || product.isEmpty()) {
      return Optional.empty();
    }
    OwnVariantView variant = product.get().variants().get(0);
    catalog.changeStock(artisan, product.get().id(), variant.sku(), new StockRequest(null, null, 1));
    PlannedPart part = new PlannedPart(owner, List.of(new PlannedLine(variant.sku(), variant.priceVnd(), 1)),
        placed.plus(Duration.ofHours(2)), placed.plus(Duration.ofHours(6)), delivered, null, null, null);
    PlannedOrder order = new PlannedOrder(placed, 0, 0, PaymentMethod.VNPAY, SalesPlan.Fate.FULFILLED,
        placed.plus(Duration.ofMinutes(3)), null, List.of(part));
    String number = quietly.run(cast.accounts(), now.minus(Duration.ofHours(1)), () -> sale.replay(order,
        new DemoSale.Cast(cast.shopper(), cast.shopperAddress(), cast.artisans(), cast.ownerOfShop()), now));
    long shopOrderId = purchases.ofBuyer(cast.shopper(), number).get(0).shopOrderId();
    return Optional.of(new Bought(number, shopOrderId, variant.sku()));
  }

  /** A buyer's report of a bronze listing whose picture and words disagree, left for the officers. */
  private int listingReport(Cast cast, Map<String, List<OwnProductView>> products, Instant now) {
    Optional<OwnProductView> product = products.getOrDefault("nghenhan.anlong@demo.langnghe.vn", List.of())
        .stream().findFirst();
    if (product.isEmpty()) {
      return 0;
    }
    HistoryClock.at(now.minus(Duration.ofHours(5)), () -> listingReports.report(product.get().slug(),
        cast.buyers().get(4), new ReportRequest(ReportReason.MISLEADING, "Ảnh là đồ đồng sáng bóng nhưng"
            + " mô tả ghi hun giả cổ; không rõ khách sẽ nhận loại nào.")));
    return 1;
  }
}
