package vn.langnghe.market.tax;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.langnghe.market.platform.Money;
import vn.langnghe.market.platform.PdfDocuments;
import vn.langnghe.market.reporting.ReportTable;
import vn.langnghe.market.tax.Withholding.Certificate;
import vn.langnghe.market.tax.Withholding.CertificateMonth;
import vn.langnghe.market.tax.Withholding.Declaration;
import vn.langnghe.market.tax.Withholding.DeclarationRow;
import vn.langnghe.market.tax.Withholding.Sums;

/** The declaration as a table for CSV and XLSX, and the certificate as a PDF. */
final class WithholdingFiles {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final String NO_TAX_ID = "(chưa khai)";

  private WithholdingFiles() {}

  static String declarationFileName(Declaration declaration, String extension) {
    return "ke-khai-thue-khau-tru_" + declaration.month() + "." + extension;
  }

  static String certificateFileName(Certificate certificate) {
    return "chung-tu-khau-tru-thue_" + certificate.seller().slug() + "_" + certificate.year()
        + ".pdf";
  }

  /** Amounts as whole VND; a seller without a tax identity yet says so rather than a blank. */
  static ReportTable declaration(Declaration declaration) {
    List<String> on = List.of(
        "Kỳ kê khai: tháng " + MONTH.format(declaration.month()) + " (giờ Việt Nam)",
        "Thuế GTGT và thuế TNCN sàn khấu trừ của hộ, cá nhân kinh doanh (Nghị định 117/2025/NĐ-CP)",
        "Lập lúc: " + MOMENT.format(declaration.madeAt().atZone(Withholding.VIETNAM)));
    List<String> headers = List.of("STT", "Cửa hàng", "Họ tên người bán", "Mã số thuế/Số CCCD",
        "Xã/phường", "Doanh thu bán hàng (VND)", "Thuế GTGT đã khấu trừ (VND)",
        "Thuế TNCN đã khấu trừ (VND)");
    List<List<Object>> rows = new ArrayList<>();
    int number = 0;
    for (DeclarationRow row : declaration.rows()) {
      rows.add(List.of(++number, row.seller().shopName(), row.seller().ownerName(),
          row.seller().taxId() == null ? NO_TAX_ID : row.seller().taxId(),
          row.seller().commune() == null ? "" : row.seller().commune(),
          row.sums().goodsVnd(), row.sums().vatWithheldVnd(), row.sums().pitWithheldVnd()));
    }
    Sums totals = declaration.totals();
    rows.add(List.of("Tổng cộng", "", "", "", "", totals.goodsVnd(), totals.vatWithheldVnd(),
        totals.pitWithheldVnd()));
    return new ReportTable("Bảng kê thuế đã khấu trừ theo người bán — tháng "
        + MONTH.format(declaration.month()), on, headers, rows);
  }

  static byte[] certificate(Certificate c) {
    String title = "CHỨNG TỪ KHẤU TRỪ THUẾ";
    return PdfDocuments.write(title + " " + c.year(), document -> {
      PdfDocuments.add(document, PdfDocuments.title(title));
      PdfDocuments.add(document, PdfDocuments.paragraph("Năm " + c.year()
          + " — thuế GTGT và thuế TNCN khấu trừ theo Nghị định 117/2025/NĐ-CP", 10, false,
          Element.ALIGN_CENTER));
      PdfDocuments.add(document, PdfDocuments.paragraph("Tổ chức khấu trừ thuế", 11, true,
          Element.ALIGN_LEFT));
      PdfDocuments.add(document, line("Tên: " + c.operator().name()));
      PdfDocuments.add(document, line("Mã số thuế: " + c.operator().taxCode()));
      PdfDocuments.add(document, line("Địa chỉ: " + c.operator().address()));
      PdfDocuments.add(document, PdfDocuments.paragraph("Người nộp thuế", 11, true,
          Element.ALIGN_LEFT));
      PdfDocuments.add(document, line("Họ tên: " + c.seller().ownerName()));
      PdfDocuments.add(document, line("Cửa hàng: " + c.seller().shopName()));
      PdfDocuments.add(document, line("Mã số thuế/Số CCCD: "
          + (c.seller().taxId() == null ? NO_TAX_ID : c.seller().taxId())));
      PdfDocuments.add(document, line("Xã/phường: "
          + (c.seller().commune() == null ? "" : c.seller().commune())));

      PdfPTable table = PdfDocuments.table(new float[] {2, 4, 4, 4},
          List.of("Tháng", "Doanh thu", "Thuế GTGT đã khấu trừ", "Thuế TNCN đã khấu trừ"));
      for (CertificateMonth month : c.months()) {
        PdfDocuments.text(table, MONTH.format(month.month()), false);
        amounts(table, month.sums(), false);
      }
      PdfDocuments.text(table, "Tổng cộng", true);
      amounts(table, c.totals(), true);
      PdfDocuments.add(document, table);
      PdfDocuments.add(document, line("Tổng số thuế đã khấu trừ: "
          + Money.formatVnd(c.totals().vatWithheldVnd() + c.totals().pitWithheldVnd())));
      PdfDocuments.add(document, PdfDocuments.paragraph("Lập lúc "
          + MOMENT.format(c.madeAt().atZone(Withholding.VIETNAM)) + " (giờ Việt Nam)", 8, false,
          Element.ALIGN_RIGHT));
    });
  }

  private static Element line(String text) {
    return PdfDocuments.paragraph(text, 10, false, Element.ALIGN_LEFT);
  }

  private static void amounts(PdfPTable table, Sums sums, boolean bold) {
    PdfDocuments.money(table, sums.goodsVnd(), bold);
    PdfDocuments.money(table, sums.vatWithheldVnd(), bold);
    PdfDocuments.money(table, sums.pitWithheldVnd(), bold);
  }
}
