package vn.langnghe.market.payment.vietqr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code as a black-and-white PNG. ZXing encodes; the pixels are written here with
 * javax.imageio, which needs nothing beyond the JDK (ZXing's own image module pulls in more).
 */
public final class QrImage {

  /** Medium error correction (15%) and the standard quiet zone of four modules. */
  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, 4,
      EncodeHintType.CHARACTER_SET, "UTF-8");

  private QrImage() {}

  /** The text as a QR code about {@code size} pixels wide, each module a whole number of pixels. */
  public static byte[] png(String text, int size) {
    BitMatrix modules;
    try {
      // asked at size 0, ZXing answers one pixel per module; scaled by whole pixels below, so no
      // module is blurred or one pixel wider than its neighbour
      modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode this text as a QR code: " + e.getMessage(), e);
    }
    int scale = Math.max(1, size / modules.getWidth());
    int width = modules.getWidth() * scale;
    BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < width; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, modules.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
