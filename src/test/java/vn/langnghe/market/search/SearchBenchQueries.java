package vn.langnghe.market.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * For bench/search.sh: each storefront search as the API path and as the exact Solr request the
 * application makes for it (a form POST: the path with the response format, then the body), so
 * both can be measured side by side. One line each, tab-separated.
 */
public final class SearchBenchQueries {

  private SearchBenchQueries() {}

  record Question(String q, String village, String priceMax, String sort) {}

  public static void main(String[] args) {
    List<Question> questions = List.of(
        new Question("dong xam", null, null, null), new Question("Đồng Xâm", null, null, null),
        new Question("nhẫn bạc", null, null, null), new Question("nhan bac", null, null, null),
        new Question("silver ring", null, null, null), new Question("khăn đũi", null, null, null),
        new Question("chieu coi", null, null, "price_asc"), new Question("vong bac", null, "1000000", null),
        new Question("tranh theu", null, null, "newest"), new Question("dong", "an-long-duc-dong", null, null),
        new Question(null, "nam-cao-det-dui", null, "price_desc"), new Question("banh cay", null, null, null),
        new Question("lư hương đồng", null, null, null), new Question("dao ren", null, "500000", null),
        new Question("qua tang", null, null, null), new Question("com lang", null, null, null));
    for (Question question : questions) {
      StringBuilder api = new StringBuilder("/api/search?size=24");
      if (question.q() != null) {
        api.append("&q=").append(URLEncoder.encode(question.q(), StandardCharsets.UTF_8));
      }
      if (question.village() != null) {
        api.append("&village=").append(question.village());
      }
      if (question.priceMax() != null) {
        api.append("&priceMaxVnd=").append(question.priceMax());
      }
      if (question.sort() != null) {
        api.append("&sort=").append(question.sort());
      }
      SearchRequest request = SearchRequest.of(question.q(), null, question.village(), null, null,
          question.priceMax(), null, null, question.sort(), null, "24");
      System.out.println(api + "\t/solr/market/select?wt=javabin&version=2\t"
          + SearchQueries.of(request).toQueryString().substring(1));
    }
  }
}
