package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.media.ImageInspector;

class DemoPicturesTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  @BeforeAll
  static void headless() {
    // As on the server: no display.
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void drawsADecodablePngOfTheExpectedSize() throws IOException {
    byte[] png = DemoPictures.png(Craft.SILVER, "Nhẫn bạc chạm hoa sen");

    assertThat(png).startsWith(PNG_SIGNATURE);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(DemoPictures.SIZE).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(png.length).isLessThan(ImageInspector.MAX_BYTES);
  }

  @Test
  void everyCraftsPictureIsAcceptedByTheUploadCheck() throws Exception {
    for (Craft craft : Craft.values()) {
      byte[] png = DemoPictures.png(craft, "Sản phẩm thử của làng " + craft.villageName);
      ImageInspector.Decoded decoded = ImageInspector.decode(png);
      assertThat(decoded.format()).as(craft.name()).isEqualTo(ImageInspector.Format.PNG);
      assertThat(decoded.image().getWidth()).isEqualTo(800);
    }
  }

  @Test
  void drawsAPictureNotABlankCanvas() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(
        DemoPictures.png(Craft.SEDGE_MAT, "Chiếu cói Hới in hoa đôi")));
    Set<Integer> colours = new HashSet<>();
    int darkCaptionPixels = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (y > 580 && y < 750 && luminance(rgb) < 80) {
          darkCaptionPixels++;
        }
      }
    }
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(100);
    assertThat(darkCaptionPixels).as("pixels of the caption text").isGreaterThan(300);
  }

  @Test
  void craftsLookDifferentButOneTitleAlwaysGivesTheSamePicture() {
    String title = "Khăn đũi Nam Cao nhuộm vỏ cây";
    assertThat(DemoPictures.png(Craft.DUI, title)).isEqualTo(DemoPictures.png(Craft.DUI, title));
    assertThat(DemoPictures.png(Craft.DUI, title)).isNotEqualTo(DemoPictures.png(Craft.BRONZE, title));
    assertThat(DemoPictures.png(Craft.DUI, title))
        .isNotEqualTo(DemoPictures.png(Craft.DUI, "Khăn đũi Nam Cao nhuộm chàm"));
  }

  @Test
  void fitsALongTitle() throws IOException {
    byte[] png = DemoPictures.png(Craft.EMBROIDERY,
        "Tranh thêu tay thiếu nữ áo dài bên sen khổ lớn dành cho phòng khách rộng");
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(800);
  }

  private static int luminance(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return (r * 299 + g * 587 + b * 114) / 1000;
  }
}
