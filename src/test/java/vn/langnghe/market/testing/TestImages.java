package vn.langnghe.market.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Real images made on the spot, in the formats an artisan's phone produces. */
public final class TestImages {

  private TestImages() {}

  public static byte[] png(int width, int height) {
    return encode(width, height, "png");
  }

  public static byte[] jpeg(int width, int height) {
    return encode(width, height, "jpeg");
  }

  public static byte[] gif(int width, int height) {
    return encode(width, height, "gif");
  }

  /**
   * A decompression bomb: a 7000×7000 PNG of 16-bit RGBA (8 bytes a pixel, 392 MB once decoded,
   * within 50 megapixels) whose rows of zeros deflate to about 0.4 MB. Written row by row, so
   * making it never holds the decoded size.
   */
  public static byte[] pngBomb() {
    int side = 7000;
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream ihdr = new DataOutputStream(header);
      ihdr.writeInt(side);
      ihdr.writeInt(side);
      ihdr.write(new byte[] {16, 6, 0, 0, 0}); // 16 bits a sample, RGBA, deflate, no filter, no interlace
      chunk(png, "IHDR", header.toByteArray());
      ByteArrayOutputStream idat = new ByteArrayOutputStream();
      byte[] row = new byte[1 + side * 8]; // filter byte "none", then the row's samples
      try (DeflaterOutputStream deflate =
          new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 65536)) {
        for (int y = 0; y < side; y++) {
          deflate.write(row);
        }
      }
      chunk(png, "IDAT", idat.toByteArray());
      chunk(png, "IEND", new byte[0]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeInt(data.length);
    out.write(typeBytes);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }

  private static byte[] encode(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xC0, 0xC0, 0xC8));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x8A, 0x5A, 0x2B));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
