package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;
import vn.langnghe.market.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.Api;
import vn.langnghe.market.testing.MarketIT;

class OperationsIT extends MarketIT {

  private final Api management = new Api("http://localhost:" + TestSite.managementPort());

  @Test
  void readinessIncludesTheDatabase() {
    Api.Reply ready = management.get("/health/ready");

    assertThat(ready.status()).isEqualTo(200);
    JsonNode database = null;
    for (JsonNode check : ready.json().at("/checks")) {
      if (check.at("/name").asText().equals("database")) {
        database = check;
      }
    }
    assertThat(database).isNotNull();
    assertThat(database.at("/status").asText()).isEqualTo("UP");
  }

  @Test
  void theApiDescribesItselfAsOpenApi() {
    Api.Reply openapi = api.get("/openapi");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/products/{idOrSlug}", "/api/my/products", "/api/auth/login");
  }

  @Test
  void unknownAddressesAndMethodsAnswerAsProblems() {
    Api.Reply missing = api.get("/api/nothing-here");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");

    Api.Reply wrongMethod = api.delete("/api/craft-villages", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
  }

  @Test
  void theErrorPageAskedForDirectlyIsAnAddressWithNothingAtIt() {
    // a stranger calling it must not be able to write "unexpected error" lines into the log
    Api.Reply direct = api.get("/error-page");

    assertThat(direct.status()).isEqualTo(404);
    assertThat(direct.contentType()).startsWith("text/html");
    assertThat(direct.body()).contains("Không tìm thấy trang");
  }

  @Test
  void theStorefrontIsServedAtTheRoot() {
    Api.Reply home = api.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.contentType()).startsWith("text/html");
    assertThat(home.body()).contains("Làng Nghề");
  }
}
