package vn.langnghe.market.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.market.faults.MixedLoad.Kind;
import vn.langnghe.market.faults.MixedLoad.Reply;

class MixedLoadTest {

  static final Reply QUOTE_CHANGED = new Reply(409,
      "{\"status\":409,\"errors\":[{\"field\":\"quoteId\",\"message\":\"The price changed.\"}]}", Kind.CLIENT_4XX);
  static final Reply OTHER_CONFLICT = new Reply(409,
      "{\"status\":409,\"errors\":[{\"field\":\"version\",\"message\":\"Someone else changed this\"}]}", Kind.CLIENT_4XX);
  static final Reply PLACED = new Reply(201, "{\"orderNumber\":\"LN-1\"}", Kind.OK_2XX);

  @TempDir Path out;

  @Test
  void onlyAConflictNamingTheQuoteIsAChangedQuote() {
    assertThat(MixedLoad.quoteChanged(QUOTE_CHANGED)).isTrue();
    assertThat(MixedLoad.quoteChanged(OTHER_CONFLICT)).isFalse();
    assertThat(MixedLoad.quoteChanged(new Reply(409, "not json", Kind.CLIENT_4XX))).isFalse();
    assertThat(MixedLoad.quoteChanged(PLACED)).isFalse();
  }

  @Test
  void aCheckoutWhoseKeyIsStillInFlightIsAskedAgainUntilItsOrderIsThere() throws Exception {
    ArrayDeque<Reply> answers = new ArrayDeque<>(List.of(OTHER_CONFLICT, OTHER_CONFLICT, PLACED));
    AtomicInteger asked = new AtomicInteger();
    Reply placed = new MixedLoad("http://127.0.0.1:9", out).placedOnce(() -> {
      asked.incrementAndGet();
      return answers.poll();
    });
    assertThat(placed).isEqualTo(PLACED);
    assertThat(asked).hasValue(3);
  }

  @Test
  void aChangedQuoteIsADefiniteAnswer() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    Reply placed = new MixedLoad("http://127.0.0.1:9", out).placedOnce(() -> {
      asked.incrementAndGet();
      return QUOTE_CHANGED;
    });
    assertThat(placed).isEqualTo(QUOTE_CHANGED);
    assertThat(asked).hasValue(1);
  }
}
