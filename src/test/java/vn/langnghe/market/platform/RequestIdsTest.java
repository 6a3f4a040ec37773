package vn.langnghe.market.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  private final Instant now = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void aShortPlainIdIsKeptAndAnythingElseReplacedByANewOne() {
    assertThat(RequestIds.accept("abc-123")).isEqualTo("abc-123");
    assertThat(RequestIds.accept("7F000001:D2B4_7F000001:1F40_6571F1A4_0004:3C1A"))
        .isEqualTo("7F000001:D2B4_7F000001:1F40_6571F1A4_0004:3C1A");
    assertThat(RequestIds.accept("x".repeat(64))).hasSize(64);
    for (String bad : new String[] {null, "", "x".repeat(65), "two words", "line\nbreak",
        "{\"json\":1}", "đồng", "<b>"}) {
      String accepted = RequestIds.accept(bad);
      assertThat(accepted).as(String.valueOf(bad)).isNotEqualTo(bad);
      assertThat(UUID.fromString(accepted)).isNotNull();
    }
  }

  @Test
  void aScopeActsUnderItsIdAndThenUnderTheOneBefore() {
    assertThat(RequestIds.current()).isEmpty();
    try (RequestIds.Scope request = RequestIds.actingFor("request-1")) {
      assertThat(RequestIds.current()).contains("request-1");
      try (RequestIds.Scope row = RequestIds.actingFor(null)) {
        assertThat(RequestIds.current()).isEmpty();
      }
      try (RequestIds.Scope row = RequestIds.actingFor("row-7")) {
        assertThat(RequestIds.current()).contains("row-7");
      }
      assertThat(RequestIds.current()).contains("request-1");
    }
    assertThat(RequestIds.current()).isEmpty();
  }

  @Test
  void anOutboxRowRemembersTheRequestThatWroteIt() {
    OutboxEvent outsideAnyRequest = new OutboxEvent(Outbox.PRODUCT, 1, now);
    OutboxEvent written;
    try (RequestIds.Scope request = RequestIds.actingFor("req-42")) {
      written = new OutboxEvent(Outbox.PRODUCT, 2, now);
    }
    assertThat(outsideAnyRequest.requestId()).isNull();
    assertThat(written.requestId()).isEqualTo("req-42");
  }

  @Test
  void aBatchOfRowsActsUnderItsRequestsNamingAFewAndCountingTheRest() {
    List<OutboxEvent> batch = new ArrayList<>();
    batch.add(new OutboxEvent(Outbox.PRODUCT, 1, now));
    for (int i = 0; i < 8; i++) {
      try (RequestIds.Scope request = RequestIds.actingFor("r" + (i % 7))) {
        batch.add(new OutboxEvent(Outbox.PRODUCT, 10 + i, now));
      }
    }
    try (RequestIds.Scope scope = Outbox.actingFor(batch.subList(0, 3))) {
      assertThat(RequestIds.current()).contains("r0,r1");
    }
    try (RequestIds.Scope scope = Outbox.actingFor(batch)) {
      assertThat(RequestIds.current()).contains("r0,r1,r2,r3,r4,+2 more");
    }
    try (RequestIds.Scope scope = Outbox.actingFor(batch.subList(0, 1))) {
      assertThat(RequestIds.current()).isEmpty();
    }
    assertThat(RequestIds.current()).isEmpty();
  }

  @Test
  void anUnexpectedErrorGetsAnIdOfItsOwnLoggedBesideTheRequestsId() {
    try (CapturedLog log = CapturedLog.of(ErrorMapping.class);
        RequestIds.Scope request = RequestIds.actingFor("abc-123")) {
      // a client chose this request id: the error id must be ours, and new
      String id = ErrorMapping.loggedUnexpected(new IllegalStateException("test"), "");
      assertThat(UUID.fromString(id)).isNotNull();
      assertThat(ErrorMapping.internalError(500, id).detail()).contains(id).doesNotContain("abc-123");
      assertThat(log.records()).singleElement().satisfies(record -> assertThat(record.getMessage())
          .contains(id).contains("abc-123"));
    }
    assertThat(UUID.fromString(ErrorMapping.loggedUnexpected(new IllegalStateException("test"), "")))
        .isNotNull();
  }

  @Test
  void aThreadStartedDuringARequestDoesNotWorkForIt() throws Exception {
    AtomicReference<Optional<String>> seen = new AtomicReference<>();
    AtomicReference<OutboxEvent> written = new AtomicReference<>();
    try (RequestIds.Scope request = RequestIds.actingFor("req-7")) {
      // as a pool thread the container creates while serving a request
      Thread pooled = new Thread(() -> {
        seen.set(RequestIds.current());
        written.set(new OutboxEvent(Outbox.PRODUCT, 3, now));
      });
      pooled.start();
      pooled.join();
    }
    assertThat(seen.get()).isEmpty();
    assertThat(written.get().requestId()).isNull();
  }

  @Test
  void anOutboxRowIgnoresARequestIdLeftInTheThreadsLoggingContext() {
    // what the server's inheritable MDC leaves on a pool thread born during a request
    MDC.put(RequestIds.MDC_KEY, "stale-request");
    try {
      assertThat(RequestIds.current()).isEmpty();
      assertThat(new OutboxEvent(Outbox.PRODUCT, 4, now).requestId()).isNull();
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
    }
  }

  @Test
  void detachedWorkRunsUnderNoRequestAndLeavesTheThreadAsItWas() throws Exception {
    MDC.put(RequestIds.MDC_KEY, "stale-request");
    try (RequestIds.Scope request = RequestIds.actingFor("req-8")) {
      AtomicReference<Object> logged = new AtomicReference<>("not run");
      AtomicReference<Optional<String>> acting = new AtomicReference<>();
      RequestIds.detached(() -> {
        logged.set(MDC.get(RequestIds.MDC_KEY));
        acting.set(RequestIds.current());
      }).run();
      assertThat(logged.get()).isNull();
      assertThat(acting.get()).isEmpty();
      assertThat(RequestIds.detached(RequestIds::current).call()).isEmpty();
      assertThat(RequestIds.current()).contains("req-8");
      assertThat(MDC.get(RequestIds.MDC_KEY)).isEqualTo("req-8");
    } finally {
      assertThat(MDC.get(RequestIds.MDC_KEY)).isEqualTo("stale-request");
      MDC.remove(RequestIds.MDC_KEY);
    }
  }
}
