package vn.langnghe.market.media;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import vn.langnghe.market.platform.Problems;

/** Reading an uploaded picture's part at a resource, the same for every kind of picture. */
public final class Uploads {

  private Uploads() {}

  /**
   * The part's bytes, read up to the limit plus one byte so that a huge upload is refused without
   * filling memory; a missing part or one over 8 MB is a problem naming {@code field}.
   */
  public static byte[] picture(EntityPart part, String field) {
    if (part == null) {
      throw new Problems.InvalidInputException(field, "attach the picture as the '" + field + "' part");
    }
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(ImageInspector.MAX_BYTES + 1);
      if (bytes.length > ImageInspector.MAX_BYTES) {
        throw new Problems.PayloadTooLargeException(field, "A picture may be at most 8 MB.");
      }
      return bytes;
    } catch (IOException e) {
      throw new Problems.InvalidInputException(field, "the upload could not be read");
    }
  }
}
