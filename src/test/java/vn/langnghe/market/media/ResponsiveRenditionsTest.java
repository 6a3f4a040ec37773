package vn.langnghe.market.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.langnghe.market.testing.TestImages;

/** The sizes a phone-first page picks from, the link-preview card and the WebP copies. */
class ResponsiveRenditionsTest {

  @Test
  void everySizeIsDrawnAsJpegAndTheFittingOnesAlsoAsWebP() throws Exception {
    BufferedImage upload = ImageInspector.decode(TestImages.png(1600, 1000)).image();

    List<Images.Encoded> drawn = Images.render(upload, EnumSet.allOf(ImageRendition.Size.class));

    assertThat(drawn).filteredOn(r -> r.contentType().equals(Images.JPEG))
        .extracting(r -> r.size() + " " + r.width() + "×" + r.height())
        .containsExactly("LARGE 1200×750", "MEDIUM 800×500", "THUMB 400×250", "OG 1200×630");
    assertThat(drawn).filteredOn(r -> r.contentType().equals(Images.WEBP))
        .extracting(r -> r.size() + " " + r.width() + "×" + r.height())
        .containsExactly("LARGE 1200×750", "MEDIUM 800×500", "THUMB 400×250");
    for (Images.Encoded r : drawn) {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.bytes()));
      assertThat(decoded).as(r.size() + " " + r.contentType() + " decodes").isNotNull();
      assertThat(decoded.getWidth()).isEqualTo(r.width());
      assertThat(decoded.getHeight()).isEqualTo(r.height());
      if (r.contentType().equals(Images.WEBP)) {
        assertThat(ImageInspector.sniff(r.bytes())).contains(ImageInspector.Format.WEBP);
        Images.Encoded jpeg = drawn.stream()
            .filter(j -> j.size() == r.size() && j.contentType().equals(Images.JPEG)).findFirst().orElseThrow();
        assertThat(r.bytes().length).as(r.size() + ": WebP is smaller than the JPEG").isLessThan(jpeg.bytes().length);
      }
    }
  }

  @Test
  void theLinkPreviewCardIsAlways1200By630AndCropsAtMostAFifth() throws IOException {
    // a square red picture: the card shows all of its width, crops a fifth of its height at most
    BufferedImage square = filled(1000, 1000, Color.RED);
    BufferedImage card = ImageInspector.card(square, 1200, 630);
    assertThat(card.getWidth()).isEqualTo(1200);
    assertThat(card.getHeight()).isEqualTo(630);
    assertThat(new Color(card.getRGB(600, 315))).isEqualTo(Color.RED);
    assertThat(new Color(card.getRGB(5, 315))).as("padded on white").isEqualTo(Color.WHITE);
    int redColumns = 0;
    for (int x = 0; x < 1200; x++) {
      if (card.getRGB(x, 315) == Color.RED.getRGB()) {
        redColumns++;
      }
    }
    // drawn 788 px square (630 / 0.8): 158 px of its height cropped, exactly a fifth
    assertThat(redColumns).isBetween(786, 790);

    // a picture already 1.91:1 fills the card without white
    BufferedImage wide = ImageInspector.card(filled(2400, 1260, Color.BLUE), 1200, 630);
    assertThat(new Color(wide.getRGB(1, 1))).isEqualTo(Color.BLUE);
    assertThat(new Color(wide.getRGB(1198, 628))).isEqualTo(Color.BLUE);
  }

  @Test
  void srcsetsListEachSizeWithItsRealWidthSmallestFirst() {
    assertThat(Images.srcset("k", 1600, 1000)).isEqualTo(
        "/api/media/k/thumb 400w, /api/media/k/medium 800w, /api/media/k/large 1200w");
    // portrait: the longest side is the height, so the widths are smaller
    assertThat(Images.srcset("k", 900, 1200)).isEqualTo(
        "/api/media/k/thumb 300w, /api/media/k/medium 600w, /api/media/k/large 900w");
    // a small upload is never enlarged: each distinct width once
    assertThat(Images.srcset("k", 500, 300)).isEqualTo(
        "/api/media/k/thumb 400w, /api/media/k/medium 500w");
    assertThat(Images.webpSrcset("k", 1600, 1000)).isEqualTo(
        "/api/media/k/thumb.webp 400w, /api/media/k/medium.webp 800w, /api/media/k/large.webp 1200w");

    Images.Responsive card = Images.responsive("k", 1600, 1000, ImageRendition.Size.THUMB);
    assertThat(card.src()).isEqualTo("/api/media/k/thumb");
    assertThat(card.width()).isEqualTo(400);
    assertThat(card.height()).isEqualTo(250);
    assertThat(Images.ogUrl("k")).isEqualTo("/api/media/k/og");
    assertThat(Images.renditionSize(1600, 1000, ImageRendition.Size.OG)).containsExactly(1200, 630);
  }

  @Test
  void uploadsAreDecodedInJavaEvenWithTheNativeWebPReaderInstalled() throws Exception {
    byte[] webp = WebPEncoder.encode(filled(64, 48, Color.GREEN)).orElseThrow();
    try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(webp))) {
      var reader = ImageInspector.javaReader(ImageIO.getImageReaders(input)).orElseThrow();
      assertThat(reader.getClass().getName()).doesNotStartWith(WebPEncoder.NATIVE_PACKAGE);
    }
    ImageInspector.Decoded decoded = ImageInspector.decode(webp);
    assertThat(decoded.format()).isEqualTo(ImageInspector.Format.WEBP);
    assertThat(decoded.width()).isEqualTo(64);
  }

  private static BufferedImage filled(int width, int height, Color color) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return image;
  }
}
