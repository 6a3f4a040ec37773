package vn.langnghe.market.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.langnghe.market.catalog.CatalogViews.ProductRequest;
import vn.langnghe.market.catalog.CatalogViews.RequestedStatus;
import vn.langnghe.market.catalog.CatalogViews.VariantRequest;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.shops.ShopViews.ShopRequest;

/**
 * The demo marketplace as plain values: who signs in, which shops they run and what those shops
 * sell, written as the very requests an artisan would send. Products come from per-craft
 * vocabularies (item × motif × size) drawn with a fixed seed, so every run yields the same
 * catalogue and a test can check it without a server.
 */
record DemoData(List<DemoAccount> accounts, List<DemoShop> shops, List<DemoProduct> products) {

  static final String PASSWORD = "LangNghe@2026";
  static final String SHOPPER_EMAIL = "shopper@demo.langnghe.vn";
  static final String ARTISAN_EMAIL = "artisan@demo.langnghe.vn";
  static final String OFFICER_EMAIL = "officer@demo.langnghe.vn";
  static final String ADMIN_EMAIL = "admin@demo.langnghe.vn";

  /** Any fixed number would do; this is the year on the Đồng Xâm founder stele. */
  private static final long SEED = 1689L;

  private static final double OCOP_SHARE = 0.3;
  private static final int[] OCOP_STARS = {3, 3, 3, 4, 4, 5};

  record DemoAccount(String email, String displayName, Role role) {}

  record DemoShop(String code, String ownerEmail, Craft craft, ShopRequest request, boolean approved) {}

  record DemoProduct(String ownerEmail, Craft craft, ProductRequest request) {
    boolean active() {
      return request.status() == RequestedStatus.ACTIVE;
    }
  }

  /** The same catalogue on every call. */
  static DemoData generate() {
    Random random = new Random(SEED);
    Map<Craft, Deque<Pick>> decks = new EnumMap<>(Craft.class);
    for (Craft craft : Craft.values()) {
      List<Pick> picks = new ArrayList<>();
      for (Item item : vocabulary(craft).items()) {
        for (Choice motif : item.motifs()) {
          picks.add(new Pick(item, motif));
        }
      }
      Collections.shuffle(picks, random);
      decks.put(craft, new ArrayDeque<>(picks));
    }

    List<DemoAccount> accounts = new ArrayList<>();
    accounts.add(new DemoAccount(SHOPPER_EMAIL, "Trần Minh Anh", Role.SHOPPER));
    accounts.add(new DemoAccount(OFFICER_EMAIL, "Lê Thu Trang", Role.OFFICER));
    List<DemoShop> shops = new ArrayList<>();
    List<DemoProduct> products = new ArrayList<>();
    for (ShopPlan plan : SHOPS) {
      if (!plan.approved() && plan.active() > 0) {
        throw new IllegalStateException(plan.code() + ": a pending shop cannot sell");
      }
      accounts.add(new DemoAccount(plan.ownerEmail(), plan.ownerName(), Role.ARTISAN));
      shops.add(new DemoShop(plan.code(), plan.ownerEmail(), plan.craft(),
          new ShopRequest(plan.name(), plan.description(), plan.craft().villageSlug, plan.acceptsCod()),
          plan.approved()));
      Deque<Pick> deck = decks.get(plan.craft());
      for (int seq = 1; seq <= plan.active() + plan.drafts(); seq++) {
        Pick pick = deck.poll();
        if (pick == null) {
          throw new IllegalStateException("The " + plan.craft() + " vocabulary has too few products");
        }
        RequestedStatus status = seq <= plan.active() ? RequestedStatus.ACTIVE : RequestedStatus.DRAFT;
        products.add(new DemoProduct(plan.ownerEmail(), plan.craft(),
            product(plan, seq, pick, status, random)));
      }
    }
    accounts.add(new DemoAccount(ADMIN_EMAIL, "Ban quản trị Làng Nghề Market", Role.ADMIN));
    return new DemoData(List.copyOf(accounts), List.copyOf(shops), List.copyOf(products));
  }

  private static ProductRequest product(
      ShopPlan plan, int seq, Pick pick, RequestedStatus status, Random random) {
    Vocabulary vocabulary = vocabulary(plan.craft());
    Item item = pick.item();
    String title = item.noun() + " " + pick.motif().text();
    double base = item.minVnd() + (item.maxVnd() - item.minVnd()) * Math.pow(random.nextDouble(), 1.6);
    base *= pick.motif().factor();

    int count = 1 + random.nextInt(Math.min(4, item.sizes().size()));
    int first = random.nextInt(item.sizes().size() - count + 1);
    List<VariantRequest> variants = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      Choice size = item.sizes().get(first + k);
      String sku = String.format(Locale.ROOT, "%s-%s-%02d-%d", plan.code(), item.code(), seq, k + 1);
      variants.add(new VariantRequest(sku, Map.of(item.sizeName(), size.text()),
          roundPrice(base * size.factor()), stock(random, vocabulary.madeInBatches()), null));
    }

    String material = item.materials().get(random.nextInt(item.materials().size()));
    int stars = 0;
    String certificate = null;
    if (random.nextDouble() < OCOP_SHARE) {
      stars = OCOP_STARS[random.nextInt(OCOP_STARS.length)];
      // Thái Bình issued the certificates before the 2025 merger, hence TB.
      certificate = String.format(Locale.ROOT, "OCOP-TB-%d-%04d",
          2019 + random.nextInt(6), 1 + random.nextInt(999));
    }
    return new ProductRequest(title, description(vocabulary, title, random), item.categoryId(),
        plan.craft().villageSlug, material, stars, certificate, status, List.copyOf(variants), null);
  }

  private static String description(Vocabulary vocabulary, String title, Random random) {
    StringBuilder html = new StringBuilder("<p>");
    html.append(any(vocabulary.intros(), random).replace("{title}", title));
    html.append(' ').append(any(vocabulary.details(), random));
    if (random.nextBoolean()) {
      html.append(' ').append(any(vocabulary.closings(), random));
    }
    return html.append("</p>").toString();
  }

  /** Prices as a shop would write them: dear pieces in round tens of thousands of đồng. */
  static long roundPrice(double vnd) {
    long unit = vnd >= 1_000_000 ? 10_000 : vnd >= 200_000 ? 5_000 : 1_000;
    return Math.max(unit, Math.round(vnd / unit) * unit);
  }

  /** Handmade pieces exist in ones and tens; food and towels are made by the batch. */
  private static int stock(Random random, boolean madeInBatches) {
    if (random.nextInt(10) == 0) {
      return 0;
    }
    return madeInBatches ? 5 + random.nextInt(36) : 1 + random.nextInt(10);
  }

  private static String any(List<String> texts, Random random) {
    return texts.get(random.nextInt(texts.size()));
  }

  private record ShopPlan(String code, String ownerEmail, String ownerName, Craft craft, String name,
      String description, boolean approved, int active, int drafts, boolean acceptsCod) {

    ShopPlan(String code, String ownerEmail, String ownerName, Craft craft, String name,
        String description, boolean approved, int active, int drafts) {
      this(code, ownerEmail, ownerName, craft, name, description, approved, active, drafts, true);
    }
  }

  private record Choice(String text, double factor) {}

  /** One kind of product: its title is {@code noun + motif}; its variants are its sizes. */
  private record Item(String code, long categoryId, String noun, List<Choice> motifs,
      List<String> materials, long minVnd, long maxVnd, String sizeName, List<Choice> sizes) {}

  private record Pick(Item item, Choice motif) {}

  private record Vocabulary(List<Item> items, List<String> intros, List<String> details,
      List<String> closings, boolean madeInBatches) {}

  /**
   * "a|b=1.5|c=2": choices separated by bars, each with an optional price factor (1 when
   * omitted), so that a 1m8 mat or a 1 kg bag costs more than the smallest one.
   */
  private static List<Choice> choices(String spec) {
    List<Choice> choices = new ArrayList<>();
    for (String part : spec.split("\\|")) {
      int eq = part.lastIndexOf('=');
      choices.add(eq < 0 ? new Choice(part, 1.0)
          : new Choice(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1))));
    }
    return List.copyOf(choices);
  }

  private static Item item(String code, long categoryId, String noun, String motifs, String materials,
      long minVnd, long maxVnd, String sizeName, String sizes) {
    return new Item(code, categoryId, noun, choices(motifs), List.of(materials.split("\\|")), minVnd,
        maxVnd, sizeName, choices(sizes));
  }

  private static final List<ShopPlan> SHOPS = List.of(
      new ShopPlan("DX1", ARTISAN_EMAIL, "Nguyễn Văn Khải", Craft.SILVER,
          "Xưởng bạc Đồng Xâm Nguyễn Văn Khải",
          "<p>Ba đời làm bạc ở làng Đồng Xâm, xưởng chuyên nhẫn, vòng và đồ thờ chạm nổi bằng tay.</p>"
              + "<p>Mỗi món đều mang dấu xưởng và được đánh bóng lại miễn phí trọn đời.</p>",
          true, 18, 2),
      new ShopPlan("DX2", "nghenhan.ductrung@demo.langnghe.vn", "Phạm Đức Trung", Craft.SILVER,
          "Bạc chạm Trà Giang Phạm Đức Trung",
          "<p>Nghệ nhân Phạm Đức Trung theo nghề chạm bạc từ năm mười bốn tuổi, nay giữ xưởng bên"
              + " sông Đồng Giang.</p><p>Nhận chạm đồ thờ, bộ chén và quà tặng theo yêu cầu.</p>",
          true, 14, 0),
      new ShopPlan("DX3", "nghenhan.thanhha@demo.langnghe.vn", "Nguyễn Thị Thanh Hà", Craft.SILVER,
          "Tiệm bạc Đường Thâm",
          "<p>Đường Thâm là tên cũ của làng Đồng Xâm. Tiệm của chị Thanh Hà làm trang sức bạc"
              + " nhẹ nhàng cho người trẻ, vẫn theo lối chạm truyền thống.</p>",
          true, 12, 0),
      new ShopPlan("NC1", "nghenhan.thienhoa@demo.langnghe.vn", "Nguyễn Thiên Hoa", Craft.DUI,
          "Đũi Nam Cao Nguyễn Thiên Hoa",
          "<p>Họ Nguyễn Thiên có những người đầu tiên mang nghề ươm tơ, dệt đũi về Nam Cao. Nhà"
              + " chúng tôi vẫn kéo sợi và dệt trên khung gỗ.</p><p>Màu nhuộm lấy từ củ nâu,"
              + " vỏ cây và lá bàng.</p>",
          true, 14, 1),
      new ShopPlan("NC2", "nghenhan.huongle@demo.langnghe.vn", "Lê Thị Hương", Craft.DUI,
          "Nhà dệt đũi Hương Lê",
          "<p>Xưởng nhỏ ở làng Nam Cao, xã Lê Lợi: khăn, vải và áo đũi dệt tay, may sẵn theo"
              + " dáng hiện đại.</p>",
          true, 10, 0),
      new ShopPlan("HC1", "nghenhan.chieuhoi@demo.langnghe.vn", "Trần Thị Lan", Craft.SEDGE_MAT,
          "Chiếu Hới Hải Triều Trần Thị Lan",
          "<p>Gia đình dệt chiếu ở làng Hới (Hải Triều) đã bốn đời. Chiếu dệt đôi, cói chẻ nhỏ,"
              + " in hoa bằng tay.</p>",
          true, 14, 0),
      new ShopPlan("HC2", "nghenhan.coiluoc@demo.langnghe.vn", "Phạm Văn Quý", Craft.SEDGE_MAT,
          "Cói Hới bên sông Luộc",
          "<p>Chiếu, thảm, túi và hộp cói của làng Hới bên sông Luộc, làm cho nhà ở hôm nay.</p>",
          true, 10, 0),
      new ShopPlan("BC1", "nghenhan.banhcay@demo.langnghe.vn", "Nguyễn Thị Mận", Craft.BANH_CAY,
          "Bánh cáy gia truyền làng Nguyễn bà Mận",
          "<p>Bánh cáy làm theo công thức gia truyền của làng Nguyễn, nấu mạch nha bằng bếp củi,"
              + " không chất bảo quản.</p>",
          true, 10, 0),
      new ShopPlan("ML1", "nghenhan.phuloi@demo.langnghe.vn", "Nguyễn Thị Ngát", Craft.EMBROIDERY,
          "Tranh thêu Minh Lãng xóm Phù Lôi",
          "<p>Xóm Phù Lôi là nơi nghề thêu về Minh Lãng từ năm 1825. Xưởng có mười hai thợ thêu,"
              + " nhận cả tranh thêu theo ảnh.</p>",
          true, 14, 0),
      new ShopPlan("ML2", "nghenhan.buixa@demo.langnghe.vn", "Nguyễn Thị Duyên", Craft.EMBROIDERY,
          "Thêu tay Bùi Xá Nguyễn Thị Duyên",
          "<p>Tổ thêu của chị Duyên ở xóm Bùi Xá, làng Minh Lãng: vỏ gối, khăn tay và tranh"
              + " thêu nhỏ.</p>",
          false, 0, 3),
      new ShopPlan("PL1", "nghenhan.langmeo@demo.langnghe.vn", "Đỗ Văn Mạnh", Craft.WEAVING,
          "Khăn bông làng Mẹo Phương La",
          "<p>Làng Mẹo (Phương La) dệt khăn từ năm 1990. Xưởng dệt khăn mặt, khăn tắm bằng sợi"
              + " bông và khăn lụa tơ tằm.</p>",
          true, 14, 0),
      new ShopPlan("AT1", "nghenhan.antiem@demo.langnghe.vn", "Vũ Văn Thắng", Craft.FORGE,
          "Lò rèn An Tiêm Vũ Văn Thắng",
          "<p>Lò rèn ba đời ở An Tiêm, làng thờ Ngũ vị tổ sư nghề rèn. Dao thép nhíp rèn tay,"
              + " mài lại miễn phí.</p>",
          true, 14, 0),
      new ShopPlan("AT2", "nghenhan.duchoa@demo.langnghe.vn", "Bùi Đức Hòa", Craft.FORGE,
          "Dao kéo An Tiêm Bùi Đức Hòa",
          "<p>Kéo, dao gọt và nông cụ rèn tay của làng An Tiêm, xã Tây Thụy Anh.</p>",
          true, 8, 0),
      new ShopPlan("AL1", "nghenhan.anlong@demo.langnghe.vn", "Trần Văn Lực", Craft.BRONZE,
          "Đúc đồng An Lộng Trần Văn Lực",
          "<p>Xưởng đúc đồng ở An Lộng, chuyên chuông, lư hương và tượng thờ đúc khuôn đất.</p>"
              + "<p>Nhận đúc theo mẫu và khắc chữ riêng. Xưởng nhận thanh toán trước, không nhận"
              + " thanh toán khi nhận hàng.</p>",
          // heavy pieces cast to order: a parcel refused at the door costs the foundry dearly
          true, 14, 1, false),
      new ShopPlan("TH1", "nghenhan.comthanhhuong@demo.langnghe.vn", "Phạm Thị Lụa", Craft.COM,
          "Cốm Thanh Hương nhà bà Lụa",
          "<p>Cốm nếp cái hoa vàng rang và giã tay mỗi sáng ở làng Thanh Hương, ven sông Hồng.</p>",
          true, 10, 0));

  private static Vocabulary vocabulary(Craft craft) {
    return switch (craft) {
      case SILVER -> new Vocabulary(List.of(
          item("NHAN", 2, "Nhẫn bạc", "chạm hoa sen|chạm rồng cuốn|khắc chữ Phúc|chạm hoa mai"
                  + "|đính đá mặt trăng|trơn mặt cong|đan dây thừng|chạm hoa cúc|chạm lá bồ đề"
                  + "|khắc tên theo yêu cầu",
              "Bạc 92.5|Bạc 99.9|Bạc ta", 350_000, 2_500_000, "Kích cỡ",
              "12|13|14|15|16|17|18|19|20"),
          item("VONG", 3, "Vòng tay bạc", "chạm tứ linh|chạm hoa dây|trơn đánh bóng|xoắn thừng"
                  + "|chạm phượng múa|khắc hoa văn trống đồng|chạm song long|cho bé khắc tên",
              "Bạc 99.9|Bạc ta|Bạc 92.5", 800_000, 6_000_000, "Cỡ tay",
              "S (5,4 cm)|M (5,8 cm)=1.05|L (6,2 cm)=1.1"),
          item("LAC", 3, "Lắc tay bạc", "mắt xích chạm hoa|đeo chuông nhỏ|hạt đào|cỏ bốn lá"
                  + "|mắt xích hoa văn trám|treo đồng tiền cổ",
              "Bạc 92.5", 450_000, 2_200_000, "Chiều dài", "15 cm|16 cm|17 cm|18 cm=1.05"),
          item("DAY", 4, "Dây chuyền bạc", "mặt hồ lô chạm nổi|mặt hoa sen|mặt chữ Thọ"
                  + "|mặt đồng tiền cổ|mặt giọt nước|mặt Phật bản mệnh|mặt lá bồ đề",
              "Bạc 92.5|Bạc 99.9", 600_000, 4_500_000, "Chiều dài",
              "40 cm|45 cm=1.04|50 cm=1.08|55 cm=1.12"),
          item("KHOA", 4, "Khóa bạc cho bé", "chạm chữ Phúc Lộc|chạm hoa mai|hình hồ lô"
                  + "|chạm kỳ lân|khắc tên và ngày sinh",
              "Bạc 99.9|Bạc ta", 450_000, 1_500_000, "Kèm dây", "Không kèm dây|Kèm dây 35 cm=1.3"),
          item("TAI", 5, "Hoa tai bạc", "giọt nước chạm hoa|nụ sen|hoa mai năm cánh|chạm lá bồ đề"
                  + "|vòng tròn chạm hoa dây|hạt gạo|cánh bướm",
              "Bạc 92.5", 300_000, 1_800_000, "Kiểu khóa", "Khóa bấm|Móc câu|Chốt vặn"),
          item("THO", 6, "Bộ đồ thờ bạc", "chạm rồng chầu mặt nguyệt|chạm tứ linh|chạm hoa sen dây"
                  + "|chạm lưỡng long tranh châu|chạm mai hạc",
              "Bạc 92.5|Bạc ta", 6_000_000, 16_000_000, "Bộ", "Bộ 3 món|Bộ 5 món=1.3|Bộ 7 món=1.55"),
          item("CHEN", 6, "Bộ chén bạc", "chạm rồng phượng|chạm hoa sen|khắc chữ Thọ|trơn viền hoa"
                  + "|chạm hoa cúc dây",
              "Bạc 92.5|Bạc 99.9", 1_500_000, 5_000_000, "Quy cách", "2 chén|4 chén=1.8|6 chén=2.5"),
          item("DUA", 6, "Đũa bạc", "chạm rồng|đầu chạm hoa sen|khắc hoa văn cổ|trơn đánh bóng"
                  + "|khắc chữ Song Hỷ",
              "Bạc 99.9|Bạc ta", 500_000, 2_500_000, "Quy cách", "1 đôi|Hộp 2 đôi=1.9|Hộp 5 đôi=4.5")),
          List.of(
              "{title} do thợ làng chạm bạc Đồng Xâm (nay thuộc xã Trà Giang, Hưng Yên) làm hoàn toàn"
                  + " bằng tay.",
              "{title} được gò và chạm tại một xưởng nhỏ bên sông Đồng Giang, làng chạm bạc Đồng Xâm.",
              "{title} là sản phẩm của thợ bạc Đồng Xâm, làng thờ tổ nghề Nguyễn Kim Lâu từ hơn ba"
                  + " trăm năm nay."),
          List.of(
              "Hoa văn được chạm nổi bằng búa nhỏ và đục thép, mỗi nét một chút nên không chiếc nào"
                  + " giống hệt chiếc nào.",
              "Thợ làm phôi, gò dáng rồi mới chạm, sau cùng đánh bóng thủ công để giữ vẻ sáng dịu của"
                  + " bạc.",
              "Lối chạm nổi và chạm thủng của Đồng Xâm cho hoa văn có chiều sâu, nhìn nghiêng vẫn rõ"
                  + " nét."),
          List.of(
              "Bạc xỉn màu theo thời gian là tự nhiên; lau bằng khăn mềm là sáng lại.",
              "Sản phẩm kèm hộp gỗ và giấy đảm bảo hàm lượng bạc của xưởng.",
              "Xưởng nhận khắc chữ theo yêu cầu, xin báo trước khi đặt hàng."),
          false);
      case DUI -> new Vocabulary(List.of(
          item("KHAN", 8, "Khăn đũi Nam Cao", "nhuộm vỏ cây|nhuộm lá bàng|nhuộm củ nâu|màu mộc"
                  + "|nhuộm chàm|dệt sọc tơ|viền tua rua|nhuộm lá xoài|nhuộm lá chè",
              "Đũi tơ tằm|Tơ tằm", 250_000, 900_000, "Màu",
              "Vàng nghệ|Nâu củ nâu|Xanh chàm|Mộc ngà|Hồng cánh sen|Xám tro"),
          item("VAI", 9, "Vải đũi Nam Cao", "khổ 90 cm dệt tay|mộc tự nhiên|nhuộm chàm khổ 80 cm"
                  + "|nhuộm lá bàng|sợi thô|dệt vân chéo",
              "Đũi tơ tằm", 180_000, 380_000, "Chiều dài", "1 m|2 m=2|3 m=2.9|5 m=4.6"),
          item("AO", 9, "Áo đũi", "nữ cổ tàu|nam cổ đứng|bà ba nhuộm nâu|tay lỡ thêu viền"
                  + "|dáng suông nhuộm chàm|cổ tròn màu mộc",
              "Đũi tơ tằm", 650_000, 1_800_000, "Cỡ", "S|M|L|XL=1.05"),
          item("VAY", 9, "Váy đũi", "dáng suông|xếp ly nhuộm chàm|hai dây màu mộc|dài thắt eo",
              "Đũi tơ tằm", 750_000, 1_900_000, "Cỡ", "S|M|L"),
          item("CHOANG", 8, "Khăn choàng đũi", "dệt hoa văn trám|hai màu|tua rua|nhuộm chuyển màu"
                  + "|dệt kẻ ô",
              "Đũi tơ tằm|Tơ tằm", 380_000, 1_200_000, "Màu",
              "Vàng nghệ|Xanh rêu|Nâu cánh gián|Mộc ngà")),
          List.of(
              "{title} được dệt trên khung gỗ ở làng Nam Cao (xã Lê Lợi, Hưng Yên), nơi nghề dệt đũi"
                  + " là Di sản văn hóa phi vật thể quốc gia từ năm 2023.",
              "{title} làm từ sợi tơ tằm kéo tay của làng dệt đũi Nam Cao, nghề có từ cuối thế kỷ XVI.",
              "{title} do các bà, các chị làng Nam Cao ươm tơ, se sợi và dệt tay."),
          List.of(
              "Mặt đũi có những đốt sợi không đều, là dấu vết của sợi tơ kéo tay chứ không phải lỗi"
                  + " dệt.",
              "Màu nhuộm lấy từ củ nâu, vỏ cây và lá bàng nên dịu mắt, mỗi mẻ đậm nhạt hơi khác nhau.",
              "Đũi thoáng, hút ẩm, mặc mát vào mùa hè và ấm vừa phải khi trời se lạnh."),
          List.of(
              "Nên giặt tay bằng nước lạnh với xà phòng dịu, phơi trong bóng râm.",
              "Vải càng giặt càng mềm, màu ổn định sau vài lần giặt đầu.",
              "Mỗi tấm đũi mất vài ngày dệt nên số lượng có hạn."),
          false);
      case SEDGE_MAT -> new Vocabulary(List.of(
          item("CHIEU", 12, "Chiếu cói Hới", "in hoa đôi|dệt hoa chữ Thọ|trơn viền đỏ|cạp điều"
                  + "|hoa văn song hỷ|dệt sọc màu|hai mặt|in hoa chanh|dệt hoa cúc|nhuộm xanh ngọc"
                  + "|hoa văn trống đồng",
              "Cói|Cói nhuộm phẩm màu", 250_000, 1_000_000, "Khổ",
              "1m2 x 1m9|1m5 x 1m9=1.2|1m6 x 2m=1.3|1m8 x 2m=1.45"),
          item("CUOI", 12, "Chiếu cưới Hới", "song hỷ đỏ|long phượng|hoa đào|trăm năm hạnh phúc",
              "Cói nhuộm phẩm màu", 600_000, 1_300_000, "Khổ", "1m6 x 2m|1m8 x 2m=1.12"),
          item("THAM", 12, "Thảm cói", "đan xoắn ốc|trải sàn|hoa văn trám|đan sọc hai màu"
                  + "|lót ghế ngồi thiền",
              "Cói|Cói và sợi đay", 180_000, 650_000, "Kích thước",
              "40 x 60 cm|60 x 90 cm=1.6|90 x 150 cm=2.6"),
          item("TUI", 12, "Túi cói", "quai tre|thêu hoa cúc|viền da bò|đan mắt cáo|quai gỗ tròn"
                  + "|màu mộc",
              "Cói|Cói và sợi đay", 120_000, 450_000, "Cỡ", "Nhỏ|Vừa=1.2|Lớn=1.4"),
          item("HOP", 12, "Hộp cói", "đựng đồ có nắp|đựng đồ chơi|bộ 3 chiếc|đựng quần áo",
              "Cói", 90_000, 350_000, "Cỡ", "Nhỏ|Vừa=1.25|Lớn=1.5")),
          List.of(
              "{title} được dệt ở làng Hới (Hải Triều), xã Long Hưng, Hưng Yên, bên bờ sông Luộc.",
              "{title} là sản phẩm của làng chiếu Hới, nơi dân làng thờ Trạng nguyên Phạm Đôn Lễ,"
                  + " người cải tiến nghề dệt chiếu.",
              "{title} làm từ cói chẻ nhỏ, phơi khô rồi dệt tại làng Hới (Hải Triều)."),
          List.of(
              "Sợi cói được chẻ đều tay, nhuộm màu rồi phơi nắng nhiều ngày nên bền và thơm mùi cói"
                  + " mới.",
              "Thợ dệt đôi, người luồn sợi, người dập go, nên mặt cói chặt và phẳng.",
              "Hoa văn được dệt hoặc in thủ công, màu không phai khi lau bằng khăn ẩm."),
          List.of(
              "Dùng xong nên để nơi khô ráo, thỉnh thoảng phơi nắng nhẹ.",
              "Mùa hè dùng mát, mùa đông cũng không bị ẩm.",
              "Hàng được cuộn và bọc kỹ khi gửi đi xa."),
          false);
      case BANH_CAY -> new Vocabulary(List.of(
          item("CAY", 16, "Bánh cáy làng Nguyễn", "hộp 250g|hộp 500g=1.9|túi 1kg=3|hộp quà Tết 800g=2.9"
                  + "|hộp giấy kraft 300g=1.2",
              "Gạo nếp, mạch nha, gấc, vừng, lạc|Gạo nếp cái hoa vàng, mạch nha, gừng, vỏ quýt",
              42_000, 50_000, "Vị", "Truyền thống|Ít ngọt|Thêm gừng"),
          item("NGUSAC", 16, "Bánh cáy ngũ sắc", "hộp thiếc 400g|hộp quà biếu 600g=1.5|khay 300g=0.8",
              "Gạo nếp, mạch nha, gấc, dành dành, vừng đen", 70_000, 85_000, "Vị",
              "Truyền thống|Ít ngọt"),
          item("LAT", 16, "Bánh cáy cắt lát", "gói 200g|hộp 350g=1.7",
              "Gạo nếp, mạch nha, vừng", 38_000, 45_000, "Vị", "Truyền thống|Ít ngọt"),
          item("KEO", 16, "Kẹo lạc vừng làng Nguyễn", "gói 200g|hộp 400g=1.9",
              "Lạc, vừng, mạch nha", 30_000, 40_000, "Loại", "Nhiều lạc|Nhiều vừng|Lạc vừng trộn")),
          List.of(
              "{title} làm theo cách cổ truyền của làng Nguyễn (xã Nguyên Xá cũ, nay xã Đông Hưng,"
                  + " Hưng Yên).",
              "{title} là đặc sản làng Nguyễn, món bánh tương truyền do bà Nguyễn Thị Tần đưa vào cung"
                  + " và được vua Lê Hiển Tông đặt tên.",
              "{title} được nấu, nén và cắt tay ở làng Nguyễn, nơi còn nổi tiếng với múa rối nước."),
          List.of(
              "Gạo nếp được rang phồng, trộn mạch nha, gấc, gừng, vỏ quýt, vừng và lạc rồi nén thành"
                  + " tảng.",
              "Miếng bánh có màu đỏ gấc, vàng dành dành và đen vừng xen nhau, ăn bùi, thơm gừng và"
                  + " ngọt dịu.",
              "Không dùng chất bảo quản; hạn dùng khoảng 60 ngày kể từ ngày sản xuất."),
          List.of(
              "Ngon nhất khi dùng với chén trà xanh.",
              "Để nơi khô mát, đậy kín sau khi mở.",
              "Hộp in tên làng, hợp biếu dịp Tết và lễ hỏi."),
          true);
      case EMBROIDERY -> new Vocabulary(List.of(
          item("TRANH", 11, "Tranh thêu tay", "Chùa Keo mùa lúa chín|đồng quê Thái Bình"
                  + "|Mã đáo thành công|Cửu ngư quần hội|hoa sen trắng|thiếu nữ áo dài bên sen"
                  + "|đôi chim uyên ương|tùng hạc diên niên|bình hoa mẫu đơn|cánh cò trên đồng lúa"
                  + "|phố cổ Hà Nội",
              "Chỉ tơ, nền lụa|Chỉ tơ tằm, nền lụa tơ tằm", 450_000, 2_800_000, "Khổ",
              "30 x 40 cm|40 x 60 cm=1.7|60 x 90 cm=2.9|80 x 120 cm=4.2"),
          item("CHU", 11, "Tranh thêu chữ", "Tâm thư pháp|Phúc|Nhẫn|An|Lộc thư pháp",
              "Chỉ tơ, nền lụa", 600_000, 2_000_000, "Khổ", "30 x 40 cm|40 x 60 cm=1.6|60 x 90 cm=2.5"),
          item("GOI", 11, "Vỏ gối thêu tay", "hoa mai|chim sẻ cành đào|hoa cúc|hoa sen"
                  + "|hoa văn trống đồng",
              "Chỉ cotton, vải lanh", 180_000, 450_000, "Kích thước",
              "40 x 40 cm|45 x 45 cm=1.1|50 x 50 cm=1.2"),
          item("KHAN", 11, "Khăn tay thêu", "hoa hồng góc|cành lan|tên theo yêu cầu|hoa sen nhỏ",
              "Chỉ cotton, vải lanh", 60_000, 150_000, "Màu vải", "Trắng|Kem|Xanh ngọc"),
          item("TRAI", 11, "Khăn trải bàn thêu", "hoa cúc rủ|viền hoa sen|họa tiết Bắc Bộ",
              "Chỉ cotton, vải lanh", 350_000, 1_500_000, "Kích thước",
              "80 x 80 cm|120 x 160 cm=1.8|140 x 220 cm=2.4")),
          List.of(
              "{title} được thêu hoàn toàn bằng tay ở làng thêu Minh Lãng (nay xã Thư Trì, Hưng Yên).",
              "{title} là tác phẩm của thợ thêu Minh Lãng, làng nghề có từ năm 1825 đời vua Minh Mạng.",
              "{title} do thợ thêu làng Minh Lãng thực hiện trên khung gỗ truyền thống."),
          List.of(
              "Mỗi đường kim theo lối thêu đột, thêu lướt vặn cổ truyền nên bề mặt có độ bóng và chiều"
                  + " sâu.",
              "Một món khổ vừa mất từ hai đến bốn tuần, tùy độ dày của mảng màu.",
              "Chỉ được chọn nhiều sắc độ gần nhau để chuyển màu mềm, nhìn gần vẫn thấy rõ từng mũi"
                  + " kim."),
          List.of(
              "Đóng trong hộp giấy cứng, hợp làm quà tặng.",
              "Tránh ánh nắng trực tiếp để chỉ giữ màu lâu.",
              "Xưởng nhận thêu theo ảnh và kích thước riêng."),
          false);
      case WEAVING -> new Vocabulary(List.of(
          item("MAT", 10, "Khăn mặt bông làng Mẹo", "kẻ sọc|trơn màu kem|in hoa nhí|thêu tên"
                  + "|viền kẻ caro",
              "Sợi bông 100%|Sợi bông pha tre", 25_000, 60_000, "Màu",
              "Trắng|Kem|Xanh ngọc|Hồng phấn|Vàng nhạt"),
          item("TAM", 10, "Khăn tắm bông Phương La", "dày dặn|kẻ sọc ngang|trơn viền dệt hoa"
                  + "|cho bé có mũ",
              "Sợi bông 100%", 90_000, 220_000, "Kích thước", "50 x 100 cm|70 x 140 cm=1.5"),
          item("BO", 10, "Bộ khăn bông quà tặng", "3 chiếc hộp giấy|5 chiếc hộp gỗ"
                  + "|khăn tắm và khăn mặt",
              "Sợi bông 100%", 180_000, 450_000, "Màu", "Trắng|Kem|Xanh ngọc"),
          item("LUA", 8, "Khăn lụa Phương La", "dệt vân hoa|nhuộm tím hoa cà|màu ngà"
                  + "|dệt hoa văn trám",
              "Tơ tằm", 250_000, 600_000, "Kích thước", "50 x 180 cm|70 x 200 cm=1.25"),
          item("VAI", 9, "Vải bông dệt tay Phương La", "kẻ ô|trơn mộc|sọc chàm",
              "Sợi bông 100%", 90_000, 180_000, "Chiều dài", "1 m|3 m=2.9|5 m=4.7")),
          List.of(
              "{title} được dệt ở làng Phương La, còn gọi là làng Mẹo (nay xã Tiên La, Hưng Yên).",
              "{title} là hàng của làng dệt Phương La, nơi nghề dệt có khoảng bảy trăm năm và chuyên"
                  + " dệt khăn từ năm 1990.",
              "{title} do các xưởng gia đình ở làng Mẹo (Phương La) dệt và hoàn thiện bằng tay."),
          List.of(
              "Sợi dày, vòng sợi xốp nên thấm nước nhanh và mau khô.",
              "Từng chiếc được giặt sơ và kiểm tra trước khi đóng gói.",
              "Màu nhuộm bền, không lem khi giặt."),
          List.of(
              "Giặt riêng lần đầu với nước mát để sợi mềm hơn.",
              "Nhận dệt tên hoặc logo cho đơn từ 50 chiếc.",
              "Đóng túi giấy, hợp làm quà tân gia."),
          true);
      case FORGE -> new Vocabulary(List.of(
          item("THAI", 14, "Dao thái An Tiêm", "thép nhíp cán gỗ|cán sừng trâu|lưỡi mỏng mài bóng"
                  + "|cán gỗ mít|đầu vuông",
              "Thép nhíp ô tô|Thép nhíp, cán gỗ nghiến", 120_000, 420_000, "Cỡ lưỡi",
              "18 cm|22 cm=1.15|26 cm=1.3"),
          item("CHAT", 14, "Dao chặt xương", "sống dày|thép nhíp cán gỗ|cán sắt liền khối"
                  + "|lưỡi rèn tay",
              "Thép nhíp ô tô", 180_000, 650_000, "Cỡ lưỡi", "20 cm|24 cm=1.15|28 cm=1.3"),
          item("GOT", 14, "Dao gọt hoa quả", "cán gỗ nhãn|mũi nhọn|lưỡi cong|bỏ túi có vỏ gỗ",
              "Thép lò xo", 60_000, 180_000, "Cỡ lưỡi", "10 cm|12 cm=1.1"),
          item("KEO", 14, "Kéo rèn An Tiêm", "cắt vải|cắt tỉa cây cảnh|làm bếp|cắt tôn|cắt cành"
                  + "|mổ cá",
              "Thép nhíp ô tô|Thép lò xo", 80_000, 350_000, "Cỡ", "Nhỏ|Vừa=1.15|Lớn=1.3"),
          item("LIEM", 14, "Liềm gặt lúa", "răng cưa|cán tre|lưỡi thép nhíp",
              "Thép nhíp ô tô", 50_000, 120_000, "Cỡ", "Vừa|Lớn=1.15"),
          item("RUA", 14, "Dao rựa phát cành", "cán gỗ|lưỡi dài|mũi quắm",
              "Thép nhíp ô tô", 120_000, 300_000, "Cỡ lưỡi", "30 cm|35 cm=1.1"),
          item("BO", 14, "Bộ dao bếp An Tiêm", "3 món hộp gỗ|5 món kèm giá gỗ|quà tặng khắc tên",
              "Thép nhíp ô tô|Thép nhíp, cán gỗ nghiến", 650_000, 1_800_000, "Cán",
              "Gỗ mít|Gỗ nghiến=1.1|Sừng trâu=1.3")),
          List.of(
              "{title} được rèn tay ở làng rèn An Tiêm (nay xã Tây Thụy Anh, Hưng Yên).",
              "{title} ra lò ở An Tiêm, làng rèn có gốc từ xưởng vũ khí của Trần Hưng Đạo năm 1288.",
              "{title} do thợ An Tiêm quai búa, tôi nước và mài lưỡi hoàn toàn thủ công."),
          List.of(
              "Phôi thép nhíp được nung đỏ, đập mỏng nhiều lượt rồi tôi nước để lưỡi cứng mà không"
                  + " giòn.",
              "Lưỡi được mài tay trên đá, sắc lâu và dễ mài lại tại nhà.",
              "Cán được tra chặt, chốt đinh đồng nên không lỏng khi dùng lâu."),
          List.of(
              "Dùng xong rửa sạch, lau khô để lưỡi không gỉ.",
              "Lò mài lại miễn phí trong năm đầu nếu gửi về làng.",
              "Nên bôi một lớp dầu ăn mỏng lên lưỡi khi cất lâu ngày."),
          false);
      case BRONZE -> new Vocabulary(List.of(
          item("LU", 13, "Lư hương đồng", "chạm song long chầu nhật|mai hạc|tứ linh|trơn bóng"
                  + "|hun giả cổ|chân quỳ dạ thú",
              "Đồng đỏ|Đồng vàng|Đồng đỏ hun giả cổ", 1_200_000, 6_000_000, "Chiều cao",
              "30 cm|40 cm=1.6|50 cm=2.3|60 cm=3"),
          item("CHUONG", 13, "Chuông đồng", "chạm chữ Hán|hoa sen|mẫu chùa cổ|trơn",
              "Đồng đỏ|Đồng thau", 2_000_000, 9_000_000, "Chiều cao", "25 cm|35 cm=1.7|50 cm=2.8"),
          item("TRONG", 13, "Trống đồng", "mô phỏng Ngọc Lũ|mặt trời 14 cánh|để bàn làm quà",
              "Đồng đỏ hun giả cổ|Đồng thau", 800_000, 2_500_000, "Đường kính",
              "20 cm|30 cm=1.6|40 cm=2.4"),
          item("TUONG", 13, "Tượng đồng", "Phật Di Lặc|Quan Âm|ngựa phi|Đức Thánh Trần"
                  + "|cóc ngậm tiền",
              "Đồng đỏ|Đồng vàng", 1_500_000, 7_000_000, "Chiều cao", "20 cm|30 cm=1.7|45 cm=2.8"),
          item("MAM", 13, "Mâm đồng", "chạm hoa văn|trơn|đúc nổi chữ Phúc|chân quỳ",
              "Đồng vàng|Đồng thau", 600_000, 2_200_000, "Đường kính", "50 cm|60 cm=1.3|70 cm=1.6"),
          item("HAC", 13, "Đôi hạc đồng thờ", "đứng lưng rùa|cưỡi rùa hun giả cổ",
              "Đồng đỏ|Đồng đỏ hun giả cổ", 2_500_000, 8_000_000, "Chiều cao",
              "50 cm|70 cm=1.5|90 cm=2.2")),
          List.of(
              "{title} được đúc ở làng đúc đồng An Lộng (nay xã Ngọc Lâm, Hưng Yên), nghề có khoảng"
                  + " ba trăm năm.",
              "{title} là sản phẩm của thợ An Lộng, làng chuyên đúc chuông, tượng và lư hương.",
              "{title} do thợ An Lộng làm khuôn đất, rót đồng và làm nguội hoàn toàn thủ công."),
          List.of(
              "Khuôn làm bằng đất sét trộn trấu, mỗi khuôn chỉ đúc một lần nên hoa văn sắc nét theo"
                  + " từng mẫu.",
              "Sau khi phá khuôn, thợ sửa bavia, chạm lại hoa văn và hun màu bằng lửa rơm.",
              "Đồng được nấu trong lò than, pha đúng tỉ lệ để màu đồng bền và tiếng ngân trong."),
          List.of(
              "Lau bằng khăn khô, tránh hóa chất tẩy rửa để giữ lớp màu hun.",
              "Xưởng nhận đúc theo kích thước và chữ khắc riêng.",
              "Hàng nặng được đóng thùng gỗ và gửi xe tận nơi."),
          false);
      case COM -> new Vocabulary(List.of(
          item("COM", 17, "Cốm Thanh Hương", "gói lá sen 200g|túi 500g=2.3|túi 1kg=4.4"
                  + "|dẻo gói lá dong 300g=1.5",
              "Lúa nếp cái hoa vàng|Lúa nếp non, lá sen", 40_000, 55_000, "Đóng gói",
              "Gói thường|Hộp quà=1.2"),
          item("BANH", 17, "Bánh cốm Thanh Hương", "nhân đậu xanh hộp 6 chiếc"
                  + "|nhân đậu xanh hộp 10 chiếc=1.6|nhân dừa hộp 6 chiếc=1.05",
              "Cốm, đậu xanh, đường", 55_000, 80_000, "Đóng gói", "Hộp giấy|Hộp quà=1.15"),
          item("RANG", 17, "Cốm rang giòn Thanh Hương", "túi 250g|hộp 500g=1.9",
              "Lúa nếp cái hoa vàng", 45_000, 60_000, "Vị", "Nguyên vị|Vị lá dứa"),
          item("SAY", 17, "Cốm xanh sấy lạnh", "gói 200g|túi 500g=2.2",
              "Lúa nếp cái hoa vàng", 50_000, 65_000, "Đóng gói", "Gói thường|Hộp quà=1.2"),
          item("KEO", 17, "Kẹo cốm Thanh Hương", "hộp 300g|túi 500g=1.6",
              "Cốm, mạch nha, đường", 45_000, 60_000, "Vị", "Nguyên vị|Thêm dừa")),
          List.of(
              "{title} làm từ lúa nếp cái hoa vàng ở làng cốm Thanh Hương, bên sông Hồng (nay xã Vạn"
                  + " Xuân, Hưng Yên).",
              "{title} là cốm của làng Thanh Hương, nơi lâu nay cung cấp nhiều cốm cho các chợ Hà Nội.",
              "{title} được rang, giã và sàng tay theo lối cũ của làng Thanh Hương."),
          List.of(
              "Lúa gặt lúc hạt còn sữa, rang trong chảo gang rồi giã bằng chày tre nên hạt cốm dẹt,"
                  + " xanh và dẻo.",
              "Cốm giữ màu xanh tự nhiên của lúa non, không pha phẩm màu.",
              "Mỗi mẻ chỉ được vài cân cốm nên hàng làm theo ngày."),
          List.of(
              "Để ngăn mát tủ lạnh và dùng trong vài ngày là ngon nhất.",
              "Ăn kèm chuối tiêu trứng cuốc hoặc hồng đỏ là đúng vị.",
              "Gói lá sen giữ ẩm và giữ mùi thơm cho cốm."),
          true);
    };
  }
}
