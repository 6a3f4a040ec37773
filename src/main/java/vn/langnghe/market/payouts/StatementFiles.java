package vn.langnghe.market.payouts;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.langnghe.market.ledger.LedgerEntry;
import vn.langnghe.market.ledger.LedgerViews.EntryView;
import vn.langnghe.market.payouts.Statements.MonthlyStatement;
import vn.langnghe.market.payouts.Statements.PayoutMovement;
import vn.langnghe.market.platform.Money;
import vn.langnghe.market.platform.PdfDocuments;
import vn.langnghe.market.reporting.ReportTable;

/**
 * The monthly statement as CSV and PDF. Both show the equation with the month's figures and one
 * row per movement whose columns add up to them, with the balance after each, so a reader can
 * check every đồng.
 */
final class StatementFiles {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final List<String> HEADERS = List.of("Thời điểm", "Diễn giải", "Doanh số bán (VND)",
      "Hoàn tiền (VND)", "Hoa hồng (VND)", "Thuế khấu trừ (VND)", "Chi trả (VND)",
      "Số dư tăng/giảm (VND)", "Số dư (VND)");

  private StatementFiles() {}

  static String fileName(MonthlyStatement s, String extension) {
    return "sao-ke_" + s.shop().slug() + "_" + s.month() + "." + extension;
  }

  /** One movement: a ledger line or a payout, with its part of each figure. */
  private record Movement(Instant at, String what, long sales, long refunds, long commission,
      long withholding, long payouts) {
    long change() {
      return sales - refunds - commission - withholding - payouts;
    }

    static Movement of(EntryView line) {
      boolean sale = line.kind() == LedgerEntry.Kind.SALE;
      return new Movement(line.createdAt(),
          (sale ? "Bán hàng, đơn " : "Huỷ/hoàn tiền, đơn ") + line.orderNumber(),
          sale ? line.grossVnd() : 0, sale ? 0 : -line.grossVnd(), line.commissionVnd(),
          line.vatWithheldVnd() + line.pitWithheldVnd(), 0);
    }

    static Movement of(PayoutMovement payout) {
      return new Movement(payout.at(), payout.rejected()
          ? "Ngân hàng từ chối chi trả số " + payout.lineId() + ", tiền trả lại số dư"
          : "Chi trả về tài khoản, số " + payout.lineId(), 0, 0, 0, 0, payout.amountVnd());
    }
  }

  private static List<Movement> movements(MonthlyStatement s) {
    List<Movement> movements = new ArrayList<>();
    s.lines().forEach(line -> movements.add(Movement.of(line)));
    s.payouts().forEach(payout -> movements.add(Movement.of(payout)));
    movements.sort(Comparator.comparing(Movement::at));
    return movements;
  }

  static String equation(MonthlyStatement s) {
    return "Số dư đầu kỳ " + Money.formatVnd(s.openingVnd()) + " + doanh số bán "
        + Money.formatVnd(s.salesVnd()) + " − hoa hồng " + Money.formatVnd(s.commissionVnd())
        + " − thuế khấu trừ " + Money.formatVnd(s.withholdingVnd()) + " − hoàn tiền "
        + Money.formatVnd(s.refundsVnd()) + " − chi trả " + Money.formatVnd(s.payoutsVnd())
        + " = số dư cuối kỳ " + Money.formatVnd(s.closingVnd());
  }

  private static String title(MonthlyStatement s) {
    return "Sao kê tháng " + MONTH.format(s.month()) + " — " + s.shop().shopName();
  }

  static ReportTable table(MonthlyStatement s) {
    List<String> on = List.of("Chủ cửa hàng: " + s.shop().ownerName(),
        "Tháng " + MONTH.format(s.month()) + " theo giờ Việt Nam; số tiền tính bằng đồng",
        equation(s),
        "Lập lúc: " + MOMENT.format(s.madeAt().atZone(Statements.VIETNAM)));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList(MOMENT.format(s.month().atDay(1).atStartOfDay()), "Số dư đầu kỳ",
        null, null, null, null, null, null, s.openingVnd()));
    long balance = s.openingVnd();
    for (Movement m : movements(s)) {
      balance += m.change();
      rows.add(List.of(MOMENT.format(m.at().atZone(Statements.VIETNAM)), m.what(), m.sales(),
          m.refunds(), m.commission(), m.withholding(), m.payouts(), m.change(), balance));
    }
    rows.add(Arrays.asList("", "Cộng trong tháng", s.salesVnd(), s.refundsVnd(),
        s.commissionVnd(), s.withholdingVnd(), s.payoutsVnd(), s.closingVnd() - s.openingVnd(),
        null));
    rows.add(Arrays.asList("", "Số dư cuối kỳ", null, null, null, null, null, null,
        s.closingVnd()));
    return new ReportTable(title(s), on, HEADERS, rows);
  }

  static byte[] pdf(MonthlyStatement s) {
    return PdfDocuments.write(title(s), document -> {
      PdfDocuments.add(document, PdfDocuments.title("SAO KÊ THÁNG " + MONTH.format(s.month())));
      PdfDocuments.add(document, PdfDocuments.paragraph("Cửa hàng: " + s.shop().shopName(), 10,
          false, Element.ALIGN_LEFT));
      PdfDocuments.add(document, PdfDocuments.paragraph("Chủ cửa hàng: " + s.shop().ownerName(),
          10, false, Element.ALIGN_LEFT));

      PdfPTable summary = PdfDocuments.table(new float[] {1, 6, 4}, List.of("", "Khoản", "Số tiền"));
      summaryRow(summary, "", "Số dư đầu kỳ", s.openingVnd());
      summaryRow(summary, "+", "Doanh số bán", s.salesVnd());
      summaryRow(summary, "−", "Hoa hồng sàn", s.commissionVnd());
      summaryRow(summary, "−", "Thuế GTGT và TNCN khấu trừ", s.withholdingVnd());
      summaryRow(summary, "−", "Hoàn tiền (đơn huỷ, trả hàng)", s.refundsVnd());
      summaryRow(summary, "−", "Chi trả về tài khoản", s.payoutsVnd());
      summaryRow(summary, "=", "Số dư cuối kỳ", s.closingVnd());
      PdfDocuments.add(document, summary);
      PdfDocuments.add(document, PdfDocuments.paragraph(equation(s), 9, false, Element.ALIGN_LEFT));

      PdfPTable lines = PdfDocuments.table(new float[] {3, 5, 3, 3, 3, 3, 3, 3},
          List.of("Thời điểm", "Diễn giải", "Doanh số", "Hoàn tiền", "Hoa hồng", "Thuế",
              "Chi trả", "Số dư"));
      long balance = s.openingVnd();
      for (Movement m : movements(s)) {
        balance += m.change();
        PdfDocuments.text(lines, MOMENT.format(m.at().atZone(Statements.VIETNAM)), false);
        PdfDocuments.text(lines, m.what(), false);
        for (long amount : new long[] {m.sales(), m.refunds(), m.commission(), m.withholding(),
            m.payouts(), balance}) {
          PdfDocuments.money(lines, amount, false);
        }
      }
      if (!s.lines().isEmpty() || !s.payouts().isEmpty()) {
        PdfDocuments.add(document, lines);
      } else {
        PdfDocuments.add(document, PdfDocuments.paragraph("Không có phát sinh trong tháng.", 10,
            false, Element.ALIGN_LEFT));
      }
      PdfDocuments.add(document, PdfDocuments.paragraph("Lập lúc "
          + MOMENT.format(s.madeAt().atZone(Statements.VIETNAM)) + " (giờ Việt Nam)", 8, false,
          Element.ALIGN_RIGHT));
    });
  }

  private static void summaryRow(PdfPTable table, String sign, String what, long amountVnd) {
    boolean total = sign.isEmpty() || sign.equals("=");
    PdfDocuments.text(table, sign, total);
    PdfDocuments.text(table, what, total);
    PdfDocuments.money(table, amountVnd, total);
  }
}
