package vn.langnghe.market.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decides what an upload really is from its first bytes, decodes it only when its dimensions are
 * sane (a tiny file can claim a gigapixel), and draws the renditions we serve. A large picture
 * is decoded subsampled, so that what it takes in memory is bounded whatever its header claims (a
 * 0.4 MB PNG can unpack to 7000×7000 pixels of 8 bytes each).
 */
public final class ImageInspector {

  public static final int MAX_BYTES = 8 * 1024 * 1024;
  static final long MAX_PIXELS = 50_000_000L;
  static final int MIN_SIDE = 16;
  /** The most a decoded picture may take in memory (the header tells, before any decoding). */
  static final long DECODE_BUDGET_BYTES = 16L * 1024 * 1024;
  /** Decoding more pixels than twice the largest rendition's side buys no visible quality. */
  static final int WORKING_SIDE = 2 * 1200;

  public enum Format {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    public final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  /** Why an upload was refused, in words for the uploader. */
  public static class RejectedImageException extends Exception {
    public RejectedImageException(String message) {
      super(message);
    }
  }

  /** The picture as decoded (perhaps subsampled) and the size the upload itself has. */
  public record Decoded(Format format, int width, int height, BufferedImage image) {}

  public record Rendition(int width, int height, byte[] jpeg) {}

  private ImageInspector() {}

  /** JPEG, PNG and WebP by their magic numbers; anything else (scripts, SVG, GIF…) is refused. */
  public static Optional<Format> sniff(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF) {
      return Optional.of(Format.JPEG);
    }
    if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
        && bytes[3] == 'G' && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A
        && bytes[7] == 0x0A) {
      return Optional.of(Format.PNG);
    }
    if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F'
        && bytes[3] == 'F' && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B'
        && bytes[11] == 'P') {
      return Optional.of(Format.WEBP);
    }
    return Optional.empty();
  }

  public static Decoded decode(byte[] bytes) throws RejectedImageException {
    if (bytes.length == 0) {
      throw new RejectedImageException("the file is empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RejectedImageException("the file is larger than 8 MB");
    }
    Format format =
        sniff(bytes).orElseThrow(() -> new RejectedImageException("only JPEG, PNG or WebP images"));
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = javaReader(ImageIO.getImageReaders(input))
          .orElseThrow(() -> new RejectedImageException("no decoder for " + format.mediaType));
      try {
        reader.setInput(input, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < MIN_SIDE || height < MIN_SIDE) {
          throw new RejectedImageException("the image is smaller than 16×16 pixels");
        }
        if ((long) width * height > MAX_PIXELS) {
          throw new RejectedImageException("the image has more than 50 megapixels");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(width, height, bytesPerPixel(reader));
        param.setSourceSubsampling(step, step, 0, 0);
        return new Decoded(format, width, height, reader.read(0, param));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new RejectedImageException("the file is not a readable " + format.mediaType + " image");
    }
  }

  /**
   * A decoder written in Java: the WebP encoder's library also registers a reader, in native code,
   * and a stranger's upload is not for native code to parse.
   */
  static Optional<ImageReader> javaReader(Iterator<ImageReader> readers) {
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      if (!reader.getClass().getName().startsWith(WebPEncoder.NATIVE_PACKAGE)) {
        return Optional.of(reader);
      }
      reader.dispose();
    }
    return Optional.empty();
  }

  /**
   * The smallest pixel step (1 = every pixel) whose decoded picture fits the memory budget, raised
   * while the picture would still be at least {@link #WORKING_SIDE} on its longest side.
   */
  static int subsampling(int width, int height, int bytesPerPixel) {
    int longest = Math.max(width, height);
    int step = 1;
    while (decodedBytes(width, height, bytesPerPixel, step) > DECODE_BUDGET_BYTES
        || longest / (step + 1) >= WORKING_SIDE) {
      step++;
    }
    return step;
  }

  static long decodedBytes(int width, int height, int bytesPerPixel, int step) {
    long columns = (width + step - 1) / step;
    long rows = (height + step - 1) / step;
    return columns * rows * bytesPerPixel;
  }

  /** Bands × bytes per sample of the picture the reader would make, as its header declares. */
  private static int bytesPerPixel(ImageReader reader) throws IOException, RejectedImageException {
    Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
    if (types == null || !types.hasNext()) {
      throw new RejectedImageException("the image has no pixel layout we can decode");
    }
    ImageTypeSpecifier type = types.next();
    int bits = 0;
    for (int band = 0; band < type.getNumBands(); band++) {
      bits += type.getBitsPerBand(band);
    }
    return Math.max(1, (bits + 7) / 8);
  }

  /** Scales down (never up) to fit the longest side, flattening transparency onto white. */
  public static Rendition render(BufferedImage source, int longestSide) {
    BufferedImage target = fit(source, longestSide, longestSide);
    return new Rendition(target.getWidth(), target.getHeight(), jpeg(target));
  }

  /** The picture scaled down (never up) to fit the box, flattened onto white. */
  static BufferedImage fit(BufferedImage source, int boxWidth, int boxHeight) {
    int[] size = fittedSize(source.getWidth(), source.getHeight(), boxWidth, boxHeight);
    BufferedImage target = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
    draw(target, source, 0, 0, size[0], size[1]);
    return target;
  }

  /** The size a picture of {@code width}×{@code height} takes once fitted in the box. */
  public static int[] fittedSize(int width, int height, int boxWidth, int boxHeight) {
    double scale = Math.min(1.0, Math.min((double) boxWidth / width, (double) boxHeight / height));
    return new int[] {Math.max(1, (int) Math.round(width * scale)),
        Math.max(1, (int) Math.round(height * scale))};
  }

  /**
   * A picture of exactly {@code width}×{@code height} (the link-preview card): the source fills
   * the card as far as cropping at most a fifth of it allows (a product cut in half sells
   * nothing), centred, and white fills what is left.
   */
  static BufferedImage card(BufferedImage source, int width, int height) {
    double contain = Math.min((double) width / source.getWidth(), (double) height / source.getHeight());
    double cover = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
    double scale = Math.min(cover, contain / 0.8);
    int drawnWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int drawnHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    draw(target, source, (width - drawnWidth) / 2, (height - drawnHeight) / 2, drawnWidth, drawnHeight);
    return target;
  }

  private static void draw(BufferedImage target, BufferedImage source, int x, int y, int width,
      int height) {
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, target.getWidth(), target.getHeight());
      g.drawImage(source, x, y, width, height, null);
    } finally {
      g.dispose();
    }
  }

  static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding into memory failed", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
