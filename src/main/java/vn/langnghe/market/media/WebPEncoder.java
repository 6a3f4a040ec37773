package vn.langnghe.market.media;

import com.luciad.imageio.webp.WebPImageWriterSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Lossy WebP through libwebp, which com.github.usefulness:webp-imageio carries inside its jar for
 * each platform it supports (loaded from there at first use; no system package). Where it cannot
 * load (another processor, a locked-down temp folder) pictures stay JPEG only: pages then list
 * no WebP sources and nothing else changes.
 */
final class WebPEncoder {

  private static final Logger LOG = Logger.getLogger(WebPEncoder.class.getName());
  /** The library's classes; its native reader is never used on uploads (see ImageInspector). */
  static final String NATIVE_PACKAGE = "com.luciad.imageio.webp.";
  /** libwebp's quality 80 is about JPEG's 85 to the eye, at some 25–35 % fewer bytes. */
  static final float QUALITY = 0.80f;

  private static volatile Boolean available;

  private WebPEncoder() {}

  /** Whether WebP renditions can be made on this machine (tries the library once). */
  static boolean available() {
    Boolean known = available;
    if (known == null) {
      synchronized (WebPEncoder.class) {
        if (available == null) {
          available = encode(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), true).isPresent();
        }
        known = available;
      }
    }
    return known;
  }

  /** The picture as lossy WebP, or empty where the library cannot work here. */
  static Optional<byte[]> encode(BufferedImage image) {
    return available() ? encode(image, false) : Optional.empty();
  }

  private static Optional<byte[]> encode(BufferedImage image, boolean probing) {
    ImageWriter writer = null;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer = new WebPImageWriterSpi().createWriterInstance(null);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Lossy");
      param.setCompressionQuality(QUALITY);
      try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(output);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      return Optional.of(out.toByteArray());
    } catch (IOException | RuntimeException | LinkageError e) {
      if (probing) {
        LOG.log(Level.WARNING, "WebP encoding is not available here; pictures stay JPEG only", e);
        return Optional.empty();
      }
      throw new IllegalStateException("WebP encoding into memory failed", e);
    } finally {
      if (writer != null) {
        writer.dispose();
      }
    }
  }
}
