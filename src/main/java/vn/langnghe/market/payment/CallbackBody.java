package vn.langnghe.market.payment;

import java.io.IOException;
import java.io.InputStream;
import vn.langnghe.market.platform.Problems;

/**
 * The body of a gateway's POST callback, read as raw bytes (signatures cover them exactly) and
 * never past a bound: every real event is a few KB, so a bigger body is refused unread and
 * nothing of it is stored.
 */
public final class CallbackBody {

  public static final int MAX_BYTES = 256 * 1024;

  private CallbackBody() {}

  public static byte[] read(InputStream body) throws IOException {
    byte[] raw = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
    if (raw.length > MAX_BYTES) {
      throw new Problems.PayloadTooLargeException("body", "A callback's body is at most 256 KB.");
    }
    return raw;
  }
}
