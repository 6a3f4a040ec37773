package vn.langnghe.market.media;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import vn.langnghe.market.platform.Problems;

/** The 'file' part of a multipart picture upload, read for {@link Images#store}. */
public final class PictureUploads {

  private PictureUploads() {}

  /**
   * The part's bytes: 400 naming {@code file} when it is missing or unreadable, 413 beyond 8 MB.
   * Reads at most the limit plus one byte, so a huge upload is refused without filling memory.
   */
  public static byte[] read(EntityPart part) {
    if (part == null) {
      throw new Problems.InvalidInputException("file", "attach the picture as the 'file' part");
    }
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(ImageInspector.MAX_BYTES + 1);
      if (bytes.length > ImageInspector.MAX_BYTES) {
        throw new Problems.PayloadTooLargeException("file", "A picture may be at most 8 MB.");
      }
      return bytes;
    } catch (IOException e) {
      throw new Problems.InvalidInputException("file", "the upload could not be read");
    }
  }
}
