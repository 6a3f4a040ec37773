package vn.langnghe.market.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A4 documents with OpenPDF in a font that has every Vietnamese letter: the Liberation Sans that
 * ships inside OpenPDF's jar, embedded (subset), so the PDF reads the same on any reader. The
 * PDF's own standard fonts are Latin-1 and would drop "ặ", "ữ" and "₫".
 */
public final class PdfDocuments {

  public static final String TYPE = "application/pdf";

  private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
  private static final BaseFont UNICODE = unicodeFont();
  private static final Color HEADER_FILL = new Color(235, 235, 235);

  private PdfDocuments() {}

  public static Font font(float size, boolean bold) {
    return new Font(UNICODE, size, bold ? Font.BOLD : Font.NORMAL);
  }

  /** The bytes of an A4 document whose content {@code write} adds. */
  public static byte[] write(String title, Consumer<Document> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.addCreator("Làng Nghề Market");
      document.open();
      write.accept(document);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the PDF " + title, e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  public static Paragraph paragraph(String text, float size, boolean bold, int alignment) {
    Paragraph paragraph = new Paragraph(text, font(size, bold));
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  public static Paragraph title(String text) {
    Paragraph title = paragraph(text, 16, true, Element.ALIGN_CENTER);
    title.setSpacingAfter(12);
    return title;
  }

  /** A full-width table with a shaded header row repeated on every page. */
  public static PdfPTable table(float[] widths, List<String> headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, font(9, true)));
      cell.setBackgroundColor(HEADER_FILL);
      table.addCell(cell);
    }
    return table;
  }

  public static void text(PdfPTable table, String text, boolean bold) {
    table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, font(9, bold))));
  }

  /** An amount as Vietnamese money (1.250.000 ₫), right-aligned so the digits line up. */
  public static void money(PdfPTable table, long amountVnd, boolean bold) {
    PdfPCell cell = new PdfPCell(new Phrase(Money.formatVnd(amountVnd), font(9, bold)));
    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(cell);
  }

  public static void add(Document document, Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not add to the PDF", e);
    }
  }

  private static BaseFont unicodeFont() {
    try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("OpenPDF's jar has no " + FONT);
      }
      return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not load " + FONT, e);
    }
  }
}
