package vn.langnghe.market.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the demo's people say, as plain values: buyers' reviews built from a craft's first sentence,
 * a general remark and sometimes a closing (so that hundreds of reviews seldom read alike), the
 * shops' replies, and the shops' stories. Sober on purpose: no awards, no superlatives a real
 * village would not claim.
 */
final class DemoVoices {

  private DemoVoices() {}

  /** Stars as buyers give them: mostly 4–5, some 3, a few lower. */
  static int stars(Random random) {
    double r = random.nextDouble();
    return r < 0.56 ? 5 : r < 0.84 ? 4 : r < 0.94 ? 3 : r < 0.97 ? 2 : 1;
  }

  /**
   * A review's words, or null for stars alone (some buyers write nothing). {@code used} keeps the
   * texts already given, so that none is repeated word for word while another is possible.
   */
  static String review(Craft craft, int stars, Random random, Set<String> used) {
    if (stars >= 4 && random.nextDouble() < 0.15) {
      return null;
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      String text = compose(craft, stars, random);
      if (used.add(text)) {
        return text;
      }
    }
    return null;
  }

  private static String compose(Craft craft, int stars, Random random) {
    if (stars <= 2) {
      return any(LOW, random) + " " + any(LOW_ENDINGS, random);
    }
    if (stars == 3) {
      return any(MIXED, random) + " " + any(MIXED_ENDINGS, random);
    }
    StringBuilder text = new StringBuilder(any(PRAISE.getOrDefault(craft, PRAISE_ANY), random));
    if (random.nextDouble() < 0.8) {
      text.append(' ').append(any(DELIVERY, random));
    }
    if (random.nextDouble() < 0.4) {
      text.append(' ').append(any(CLOSINGS, random));
    }
    return text.toString();
  }

  /** The shop's public answer: thanks for a good review, an apology and an offer for a poor one. */
  static String reply(int stars, Random random) {
    return stars >= 4 ? any(THANKS, random) : any(APOLOGIES, random);
  }

  static String any(List<String> texts, Random random) {
    return texts.get(random.nextInt(texts.size()));
  }

  private static final Map<Craft, List<String>> PRAISE = new EnumMap<>(Map.of(
      Craft.SILVER, List.of(
          "Nhẫn đeo vừa tay, đường chạm sắc và đều.",
          "Bạc sáng, cầm chắc tay, hoa văn chạm rõ từng nét.",
          "Mua làm quà cho mẹ, mẹ rất thích vì bạc nặng và mặt chạm tinh.",
          "Vòng bạc đẹp hơn trong ảnh, mặt trong được đánh bóng kỹ.",
          "Đã đeo hơn một tháng, bạc chưa bị xỉn.",
          "Chữ khắc theo yêu cầu rõ ràng, đúng chính tả.",
          "Món bạc có dấu xưởng ở mặt trong, nhìn là biết hàng làm tay.",
          "Hoa tai nhẹ, đeo cả ngày không bị đau tai."),
      Craft.DUI, List.of(
          "Vải đũi mềm, mặc mát, có mấu sợi đúng kiểu dệt tay.",
          "Khăn đũi màu nâu củ rất trầm, đẹp hơn trong ảnh.",
          "Giặt tay hai lần vẫn không phai màu, vải mềm hơn lúc mới mua.",
          "Áo may đúng số đo, đường may chắc chắn.",
          "Sợi tơ dày dặn, mặt vải có độ bóng nhẹ tự nhiên.",
          "Mua tặng bạn ở nước ngoài, bạn khen vải đũi Nam Cao mộc mạc mà sang.",
          "Khăn quàng nhẹ, mùa thu quàng vừa ấm."),
      Craft.SEDGE_MAT, List.of(
          "Chiếu dệt chặt, mặt cói phẳng, nằm mát lưng.",
          "Chiếu thơm mùi cói mới, hoa in đều màu.",
          "Khổ chiếu đúng như mô tả, trải vừa giường một mét sáu.",
          "Thảm cói dày dặn, trải phòng khách rất hợp.",
          "Túi cói đan đều tay, quai chắc, đi chợ đựng được nhiều.",
          "Hộp cói có nắp vừa khít, dùng đựng đồ chơi cho con rất gọn.",
          "Cạp chiếu khâu kỹ, không bị xổ sợi sau mấy tuần dùng.")));

  private static final List<String> PRAISE_ANY = List.of(
      "Hàng đúng như mô tả, làm tay rất kỹ.",
      "Sản phẩm chắc chắn, nhìn là thấy làm thủ công.",
      "Chất lượng tốt so với giá tiền.",
      "Mua lần thứ hai, vẫn đều tay như lần trước.",
      "Mua làm quà biếu, người nhận rất quý.",
      "Hàng đẹp, đúng ảnh, có ghi rõ tên làng nghề.");

  private static final List<String> DELIVERY = List.of(
      "Đóng gói cẩn thận.",
      "Giao nhanh, hộp không móp.",
      "Xưởng gọi điện xác nhận trước khi gửi.",
      "Hàng đi ba ngày là tới.",
      "Gói nhiều lớp, có kèm thiếp cảm ơn viết tay.",
      "Shipper giao đúng hẹn.",
      "Xưởng tư vấn kỹ trước khi đặt.",
      "Có hướng dẫn bảo quản kèm theo.");

  private static final List<String> CLOSINGS = List.of(
      "Sẽ ủng hộ xưởng tiếp.",
      "Cảm ơn xưởng.",
      "Sẽ giới thiệu cho người quen.",
      "Rất đáng tiền.",
      "Năm điểm cho xưởng.",
      "Lần sau sẽ mua thêm làm quà Tết.");

  private static final List<String> MIXED = List.of(
      "Hàng đẹp nhưng giao chậm hơn hẹn hai ngày.",
      "Sản phẩm ổn, màu hơi khác so với ảnh.",
      "Làm tay nên có vài chỗ chưa đều, nhìn chung vẫn dùng tốt.",
      "Chất lượng được, nhưng hộp đựng hơi sơ sài để làm quà.",
      "Kích cỡ hơi lệch so với bảng cỡ, may mà vẫn dùng được.",
      "Giá hơi cao so với món này, bù lại làm khá kỹ.");

  private static final List<String> MIXED_ENDINGS = List.of(
      "Mong xưởng ghi rõ hơn trên trang sản phẩm.",
      "Tạm hài lòng.",
      "Ba sao vì giao chậm.",
      "Nếu đóng gói kỹ hơn thì sẽ năm sao.",
      "Sẽ cân nhắc lần sau.");

  private static final List<String> LOW = List.of(
      "Hàng tới bị móp một góc do đóng gói mỏng.",
      "Màu thực tế khác khá nhiều so với ảnh.",
      "Giao thiếu một món, nhắn xưởng hai ngày mới trả lời.",
      "Kích cỡ không đúng như đã chọn khi đặt.");

  private static final List<String> LOW_ENDINGS = List.of(
      "Khá thất vọng.",
      "Mong xưởng kiểm tra kỹ hơn trước khi gửi.",
      "Đã nhắn xưởng để đổi.",
      "Chưa hài lòng lắm.");

  private static final List<String> THANKS = List.of(
      "Xưởng cảm ơn bạn đã tin dùng hàng của làng. Chúc bạn dùng bền!",
      "Cảm ơn bạn đã dành thời gian đánh giá. Có gì cần chỉnh sửa bạn cứ nhắn xưởng nhé.",
      "Xưởng rất vui khi món hàng vừa ý bạn. Hẹn gặp lại bạn lần sau.",
      "Cảm ơn bạn nhiều. Nếu cần bảo quản hay làm sạch, bạn nhắn xưởng để được hướng dẫn.",
      "Cả nhà xưởng cảm ơn bạn đã ủng hộ nghề của làng.");

  private static final List<String> APOLOGIES = List.of(
      "Xưởng xin lỗi vì sự bất tiện này. Bạn nhắn tin qua đơn hàng để xưởng đổi hoặc sửa miễn phí nhé.",
      "Cảm ơn bạn đã góp ý thẳng thắn. Xưởng đã nhắc lại khâu đóng gói và sẽ gọi cho bạn trong hôm nay.",
      "Xưởng rất tiếc. Hàng làm tay nên có chênh lệch nhỏ, nhưng nếu không vừa ý bạn cứ gửi lại, xưởng chịu phí gửi.");

  /** The shops' stories by shop code: a few sober sentences about the craft and the village. */
  static final Map<String, String> STORIES = Map.ofEntries(
      Map.entry("DX1", "Ông nội tôi học nghề chạm bạc ở Đồng Xâm từ những năm đầu thế kỷ trước, bố tôi"
          + " giữ lò, nay đến lượt tôi. Xưởng vẫn ở trong ngõ cũ của làng, ba người thợ làm từ sáng sớm"
          + " khi trời còn mát. Mỗi chiếc nhẫn, chiếc vòng đều được gò, chạm và đánh bóng bằng tay, nên"
          + " không có hai món giống hệt nhau."),
      Map.entry("DX2", "Tôi theo các cụ trong làng học chạm bạc từ năm mười bốn tuổi. Nghề chạm cần kiên"
          + " nhẫn: một chiếc hộp trầu chạm nổi có khi mất cả tháng. Xưởng nhỏ bên sông, nhận làm đồ thờ"
          + " và quà tặng theo mẫu của khách."),
      Map.entry("DX3", "Đường Thâm là tên cũ của làng Đồng Xâm. Tôi làm trang sức nhỏ, nhẹ để người trẻ"
          + " đeo hằng ngày, nhưng vẫn giữ lối chạm mà các bác trong làng đã dạy."),
      Map.entry("NC1", "Nam Cao là làng trồng dâu, nuôi tằm, ươm tơ và dệt đũi. Nhà tôi còn giữ khung"
          + " dệt gỗ của bà. Sợi tơ được kéo tay nên mặt vải có mấu, màu nhuộm lấy từ củ nâu, vỏ cây và lá"
          + " bàng, mỗi mẻ đậm nhạt khác nhau đôi chút."),
      Map.entry("NC2", "Chúng tôi là mấy chị em cùng xóm ở Nam Cao, chung nhau một xưởng dệt và may nhỏ."
          + " Vải đũi dệt trong làng, cắt may ngay tại xưởng theo những dáng áo mặc hằng ngày."),
      Map.entry("HC1", "Làng Hới bên sông Luộc dệt chiếu đã mấy trăm năm. Nhà tôi dệt đôi: một người luồn"
          + " cói, một người dập go, nên chiếu chặt và phẳng. Cói được chẻ nhỏ, phơi nắng rồi mới nhuộm"
          + " và in hoa bằng tay."),
      Map.entry("HC2", "Ngoài chiếu, làng Hới bây giờ còn đan túi, hộp và thảm cói cho nhà ở thành phố."
          + " Xưởng tôi đặt hàng các nhà trong làng, kiểm lại từng món rồi mới gửi đi."),
      Map.entry("BC1", "Bánh cáy nhà tôi nấu theo cách của làng Nguyễn: gạo nếp rang, mạch nha, gấc, gừng"
          + " và vỏ quýt, nén tay rồi cắt miếng. Mỗi mẻ làm vừa đủ bán trong vài tuần để bánh luôn mới."),
      Map.entry("ML1", "Nghề thêu về Minh Lãng từ đầu thế kỷ mười chín. Xưởng có mười hai thợ, đa số là"
          + " phụ nữ trong xóm, thêu tại nhà giữa những buổi làm đồng. Một bức tranh khổ vừa mất vài tuần."),
      Map.entry("PL1", "Làng Mẹo (Phương La) dệt vải từ lâu đời và chuyển sang dệt khăn từ khoảng năm 1990."
          + " Xưởng nhà tôi có sáu khung dệt, mỗi chiếc khăn được giặt sơ và kiểm tra trước khi đóng gói."),
      Map.entry("AT1", "An Tiêm là làng rèn, trong làng thờ các vị tổ nghề. Lò nhà tôi đã ba đời đỏ lửa."
          + " Dao được rèn từ thép nhíp, tôi nước và mài tay trên đá; khách gửi về làng sẽ được mài lại."),
      Map.entry("AT2", "Tôi rèn kéo, dao gọt và nông cụ cho bà con trong vùng trước khi bán qua mạng. Đồ"
          + " rèn tay nặng hơn đồ dập máy một chút, nhưng bền và mài lại được."),
      Map.entry("AL1", "Làng An Lộng đúc đồng khoảng ba trăm năm. Khuôn làm bằng đất sét trộn trấu, mỗi"
          + " khuôn chỉ đúc một lần. Sau khi phá khuôn, thợ sửa và chạm lại từng nét hoa văn."),
      Map.entry("TH1", "Cốm Thanh Hương làm từ lúa nếp non gặt khi hạt còn sữa, rang trong chảo gang và"
          + " giã bằng chày tre. Mỗi sáng nhà tôi làm vài cân, bán trong ngày là chính."));
}
