package vn.langnghe.market.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.platform.Problems;

class CallbackBodyTest {

  @Test
  void aBodyOfExactly256KbIsReadWhole() throws IOException {
    assertThat(CallbackBody.read(new ByteArrayInputStream(new byte[CallbackBody.MAX_BYTES])))
        .hasSize(CallbackBody.MAX_BYTES);
  }

  @Test
  void aBiggerBodyIsRefusedWithoutReadingItToTheEnd() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    assertThatThrownBy(() -> CallbackBody.read(endless))
        .isInstanceOf(Problems.PayloadTooLargeException.class);
  }
}
