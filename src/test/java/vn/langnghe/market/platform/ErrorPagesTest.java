package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorPagesTest {

  @Test
  void theServerErrorPageIsVietnameseWithAWayBackAndNoScript() {
    String page = ErrorPages.page(500, "id-of-the-log-line");
    assertThat(page).contains("lang=\"vi\"", "Đã có lỗi ở phía chúng tôi", "href=\"/\"",
        "action=\"/tim-kiem\"", "name=\"q\"", "Mã lỗi id-of-the-log-line");
    assertThat(page).doesNotContain("<script", "onclick", "onerror", "javascript:", "Internal");
  }

  @Test
  void theEnglishPageLeadsBackToTheEnglishStorefrontWithNoVietnameseLeft() {
    String page = ErrorPages.page(404, null, true);
    assertThat(page).contains("lang=\"en\"", "Page not found", "href=\"/en/\"",
        "action=\"/en/tim-kiem\"", "Error code 404");
    assertThat(page).doesNotContain("Không", "Tìm", "Về trang chủ", "Mã lỗi");
  }

  @Test
  void underTheApiEachStatusIsAProblemOfThatStatus() {
    for (int status : new int[] {400, 404, 405, 413, 415, 500, 503}) {
      Problem problem = ErrorPages.problem(status, "id-of-the-log-line");
      assertThat(problem.status()).isEqualTo(status);
      assertThat(problem.title()).isNotBlank();
    }
    assertThat(ErrorPages.problem(500, "id-of-the-log-line").detail()).contains("id-of-the-log-line");
  }
}
