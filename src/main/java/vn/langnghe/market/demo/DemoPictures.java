package vn.langnghe.market.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a product's demo picture: the craft's colours, a simple emblem of the craft and the
 * product's name, so that every card in the demo has a picture of its own without shipping photos.
 * Uses only the logical SansSerif font, which a headless Debian JVM maps to a font with Vietnamese
 * glyphs (DejaVu).
 */
final class DemoPictures {

  static final int SIZE = 800;

  private static final int CENTRE_X = SIZE / 2;
  private static final int CENTRE_Y = 320;
  private static final int TEXT_WIDTH = SIZE - 140;

  private record Palette(Color top, Color bottom, Color motif, Color accent) {}

  private DemoPictures() {}

  /** An 800×800 PNG for that product; the same title always gives the same picture. */
  static byte[] png(Craft craft, String title) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      Palette palette = palette(craft);
      // Varies angle and shade between products of one craft, but never between two runs.
      Random random = new Random(title.hashCode());
      g.setPaint(new GradientPaint(0, 0, palette.top(), 0, SIZE, palette.bottom()));
      g.fillRect(0, 0, SIZE, SIZE);
      drawEmblem(g, craft, palette, random);
      drawCaption(g, craft, palette, title);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding into memory failed", e);
    }
    return out.toByteArray();
  }

  private static Palette palette(Craft craft) {
    return switch (craft) {
      case SILVER -> new Palette(new Color(0x23324A), new Color(0x6E7F99), new Color(0xE4E7EC),
          new Color(0x8D97A8));
      case DUI -> new Palette(new Color(0xE8D8B8), new Color(0x9C7A4B), new Color(0xC98E2B),
          new Color(0x6B4A2B));
      case SEDGE_MAT -> new Palette(new Color(0x7FA05A), new Color(0x3E5B2C), new Color(0xE3CF8E),
          new Color(0xB3262E));
      case BANH_CAY -> new Palette(new Color(0xF6D28B), new Color(0xC8553D), new Color(0xF1E1B0),
          new Color(0xB7312C));
      case EMBROIDERY -> new Palette(new Color(0x6E1423), new Color(0xB23A48), new Color(0xFFF4E0),
          new Color(0xE05780));
      case WEAVING -> new Palette(new Color(0xBFDDF2), new Color(0x3F7CAC), new Color(0xFFFFFF),
          new Color(0x2E5E8C));
      case FORGE -> new Palette(new Color(0x3A3A3A), new Color(0x7F4F24), new Color(0xC9CED6),
          new Color(0x5C3A1E));
      case BRONZE -> new Palette(new Color(0x4A2C12), new Color(0xA8702F), new Color(0xD49A4A),
          new Color(0x7A4A1C));
      case COM -> new Palette(new Color(0xDCEFC1), new Color(0x5C8A2E), new Color(0x3F7A2A),
          new Color(0x9BC46A));
    };
  }

  private static void drawEmblem(Graphics2D g, Craft craft, Palette p, Random random) {
    AffineTransform saved = g.getTransform();
    g.translate(CENTRE_X, CENTRE_Y);
    g.rotate(Math.toRadians(random.nextInt(17) - 8));
    switch (craft) {
      case SILVER -> lotus(g, p);
      case DUI -> weave(g, p, random);
      case SEDGE_MAT -> mat(g, p);
      case BANH_CAY -> cakeSlices(g, p, random);
      case EMBROIDERY -> hoop(g, p);
      case WEAVING -> towels(g, p);
      case FORGE -> knife(g, p);
      case BRONZE -> bell(g, p);
      case COM -> leaf(g, p, random);
    }
    g.setTransform(saved);
  }

  private static void lotus(Graphics2D g, Palette p) {
    g.setStroke(new BasicStroke(4f));
    for (int i = 0; i < 8; i++) {
      AffineTransform t = g.getTransform();
      g.rotate(Math.PI * 2 * i / 8);
      Ellipse2D petal = new Ellipse2D.Double(-45, -200, 90, 190);
      g.setPaint(new GradientPaint(0, -200, p.motif(), 0, 0, p.accent()));
      g.fill(petal);
      g.setColor(p.top());
      g.draw(petal);
      g.setTransform(t);
    }
    g.setColor(p.motif());
    g.fill(new Ellipse2D.Double(-55, -55, 110, 110));
    g.setColor(p.accent());
    g.setStroke(new BasicStroke(10f));
    g.draw(new Ellipse2D.Double(-35, -35, 70, 70));
  }

  private static void weave(Graphics2D g, Palette p, Random random) {
    int cells = 8;
    int cell = 40;
    int half = cells * cell / 2;
    int gap = 5;
    // Plain weave: the weft runs across, the warp shows over every other crossing.
    g.setColor(p.accent().brighter());
    for (int row = 0; row < cells; row++) {
      g.fillRect(-half, -half + row * cell + gap, cells * cell, cell - 2 * gap);
    }
    g.setColor(p.motif());
    for (int row = 0; row < cells; row++) {
      for (int col = (row % 2); col < cells; col += 2) {
        g.fillRect(-half + col * cell + gap, -half + row * cell - 2, cell - 2 * gap, cell + 4);
      }
    }
    // A few slubs: the uneven knots that mark hand-reeled đũi.
    g.setColor(p.accent());
    for (int i = 0; i < 12; i++) {
      g.fill(new Ellipse2D.Double(-half + random.nextInt(2 * half), -half + random.nextInt(2 * half),
          8, 5));
    }
  }

  private static void mat(Graphics2D g, Palette p) {
    RoundRectangle2D mat = new RoundRectangle2D.Double(-230, -170, 460, 340, 16, 16);
    g.setColor(p.motif());
    g.fill(mat);
    g.setColor(p.motif().darker());
    g.setStroke(new BasicStroke(1.5f));
    for (int y = -165; y < 170; y += 7) {
      g.drawLine(-228, y, 228, y);
    }
    g.setColor(p.accent());
    g.fillRect(-230, -170, 460, 18);
    g.fillRect(-230, 152, 460, 18);
    for (int side : new int[] {-1, 1}) {
      Path2D diamond = new Path2D.Double();
      diamond.moveTo(side * 90, -90);
      diamond.lineTo(side * 90 + 70, 0);
      diamond.lineTo(side * 90, 90);
      diamond.lineTo(side * 90 - 70, 0);
      diamond.closePath();
      g.setStroke(new BasicStroke(10f));
      g.draw(diamond);
      g.fill(new Ellipse2D.Double(side * 90 - 16, -16, 32, 32));
    }
  }

  private static void cakeSlices(Graphics2D g, Palette p, Random random) {
    for (int row = -1; row <= 1; row++) {
      for (int col = -1; col <= 1; col++) {
        int x = col * 130 - 58;
        int y = row * 110 - 48;
        g.setColor(p.motif());
        g.fill(new RoundRectangle2D.Double(x, y, 116, 96, 14, 14));
        for (int i = 0; i < 18; i++) {
          g.setColor(i % 3 == 0 ? Color.BLACK : i % 3 == 1 ? p.accent() : new Color(0xE0A526));
          g.fill(new Ellipse2D.Double(x + 8 + random.nextInt(94), y + 8 + random.nextInt(76), 9, 6));
        }
      }
    }
  }

  private static void hoop(Graphics2D g, Palette p) {
    g.setColor(p.motif());
    g.fill(new Ellipse2D.Double(-200, -200, 400, 400));
    g.setColor(new Color(0xB5835A));
    g.setStroke(new BasicStroke(22f));
    g.draw(new Ellipse2D.Double(-200, -200, 400, 400));
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int petal = 0; petal < 5; petal++) {
      double angle = Math.PI * 2 * petal / 5;
      for (int stitch = -9; stitch <= 9; stitch++) {
        double a = angle + stitch * 0.045;
        double inner = 30;
        double outer = 135 - Math.abs(stitch) * 6;
        g.setColor(stitch % 2 == 0 ? p.accent() : p.bottom());
        g.draw(new Line2D.Double(Math.cos(a) * inner, Math.sin(a) * inner,
            Math.cos(a) * outer, Math.sin(a) * outer));
      }
    }
    g.setColor(new Color(0xF2C14E));
    g.fill(new Ellipse2D.Double(-28, -28, 56, 56));
  }

  private static void towels(Graphics2D g, Palette p) {
    for (int i = 0; i < 3; i++) {
      int y = 60 - i * 95;
      int x = -200 + i * 14;
      g.setColor(i % 2 == 0 ? p.motif() : new Color(0xF3E9D2));
      g.fill(new RoundRectangle2D.Double(x, y, 400, 110, 30, 30));
      g.setColor(p.accent());
      g.fillRect(x + 20, y + 70, 360, 12);
      g.fillRect(x + 20, y + 88, 360, 5);
    }
  }

  private static void knife(Graphics2D g, Palette p) {
    GeneralPath blade = new GeneralPath();
    blade.moveTo(-250, -30);
    blade.lineTo(110, -50);
    blade.lineTo(110, 40);
    blade.quadTo(-120, 60, -250, -30);
    blade.closePath();
    g.setPaint(new GradientPaint(0, -50, p.motif(), 0, 50, p.motif().darker().darker()));
    g.fill(blade);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(3f));
    g.drawLine(-200, -30, 100, -44);
    g.setColor(p.accent());
    g.fill(new RoundRectangle2D.Double(100, -40, 170, 70, 24, 24));
    g.setColor(new Color(0xD4A84B));
    for (int x : new int[] {140, 190, 240}) {
      g.fill(new Ellipse2D.Double(x - 8, -13, 16, 16));
    }
  }

  private static void bell(Graphics2D g, Palette p) {
    GeneralPath bell = new GeneralPath();
    bell.moveTo(-60, -170);
    bell.quadTo(0, -200, 60, -170);
    bell.curveTo(120, -120, 110, 60, 180, 140);
    bell.lineTo(-180, 140);
    bell.curveTo(-110, 60, -120, -120, -60, -170);
    bell.closePath();
    g.setPaint(new GradientPaint(-180, 0, p.accent(), 180, 0, p.motif()));
    g.fill(bell);
    g.setColor(p.top());
    g.setStroke(new BasicStroke(6f));
    g.draw(bell);
    g.drawLine(-150, 100, 150, 100);
    g.drawLine(-112, 10, 112, 10);
    g.setStroke(new BasicStroke(14f));
    g.draw(new Ellipse2D.Double(-30, -235, 60, 55));
  }

  private static void leaf(Graphics2D g, Palette p, Random random) {
    g.setColor(p.motif());
    g.fill(new Ellipse2D.Double(-210, -190, 420, 380));
    g.setColor(p.accent());
    g.setStroke(new BasicStroke(4f));
    for (int i = 0; i < 12; i++) {
      double a = Math.PI * 2 * i / 12;
      g.draw(new Line2D.Double(0, 0, Math.cos(a) * 200, Math.sin(a) * 180));
    }
    // A heap of flattened young-rice grains in the middle of the leaf.
    for (int i = 0; i < 260; i++) {
      double r = 110 * Math.sqrt(random.nextDouble());
      double a = random.nextDouble() * Math.PI * 2;
      g.setColor(i % 4 == 0 ? new Color(0xC9E08A) : new Color(0x8DBF4F));
      g.fill(new Ellipse2D.Double(Math.cos(a) * r - 6, Math.sin(a) * r - 4, 12, 8));
    }
  }

  private static void drawCaption(Graphics2D g, Craft craft, Palette palette, String title) {
    g.setColor(new Color(255, 255, 255, 230));
    g.fill(new RoundRectangle2D.Double(40, 570, SIZE - 80, 190, 36, 36));

    Font font = null;
    List<String> lines = List.of();
    for (int size = 56; size >= 26; size -= 2) {
      font = new Font(Font.SANS_SERIF, Font.BOLD, size);
      lines = wrap(title, g.getFontMetrics(font));
      if (lines.size() <= 2) {
        break;
      }
    }
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(new Color(0x2B2118));
    int lineHeight = metrics.getHeight();
    int shown = Math.min(lines.size(), 3);
    int y = 570 + (190 - shown * lineHeight) / 2 + metrics.getAscent();
    for (int i = 0; i < shown; i++) {
      String line = lines.get(i);
      g.drawString(line, (SIZE - metrics.stringWidth(line)) / 2, y);
      y += lineHeight;
    }

    String village = craft.villageName;
    String header = "Làng Nghề Market · " + village.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi"))
        + village.substring(1);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
    g.setColor(isLight(palette.top()) ? new Color(0x2B2118) : new Color(0xF5F5F5));
    g.drawString(header, 40, 50);
  }

  private static List<String> wrap(String text, FontMetrics metrics) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (metrics.stringWidth(candidate) <= TEXT_WIDTH || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines.size() == 2 ? balanced(text, metrics, lines) : lines;
  }

  /**
   * Two lines of similar width rather than a full line and an orphan word, never cutting a place
   * name ("An | Tiêm") when another cut will do.
   */
  private static List<String> balanced(String text, FontMetrics metrics, List<String> greedy) {
    String[] words = text.split(" ");
    List<String> best = null;
    int bestWidth = Integer.MAX_VALUE;
    for (int cut = 1; cut < words.length; cut++) {
      if (Character.isUpperCase(words[cut - 1].charAt(0)) && Character.isUpperCase(words[cut].charAt(0))) {
        continue;
      }
      String first = String.join(" ", List.of(words).subList(0, cut));
      String second = String.join(" ", List.of(words).subList(cut, words.length));
      int width = Math.max(metrics.stringWidth(first), metrics.stringWidth(second));
      if (width <= TEXT_WIDTH && width < bestWidth) {
        bestWidth = width;
        best = List.of(first, second);
      }
    }
    return best == null ? greedy : best;
  }

  private static boolean isLight(Color colour) {
    return colour.getRed() * 299 + colour.getGreen() * 587 + colour.getBlue() * 114 > 160_000;
  }
}
