package vn.langnghe.market.payouts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.langnghe.market.platform.Problems;

/**
 * The bank's answer to a run, read from a pain.002 (any version: elements are matched by local
 * name) or from a CSV of {@code endToEndId,status,reason}. ACSC/ACCC mean paid, RJCT rejected;
 * other codes (accepted, pending) leave a line as it is. A group or payment-block RJCT rejects
 * every line of the run; a group ACSC/ACCC pays those the file does not name.
 */
record StatusReport(String format, String originalMessageId, String groupReason, Outcome group,
    List<Answer> answers) {

  /** A group or payment-block RJCT rejects every line of the run. */
  boolean allRejected() {
    return group == Outcome.REJECTED;
  }

  /** A group ACSC/ACCC settles every line the file does not answer one by one. */
  boolean restPaid() {
    return group == Outcome.PAID;
  }

  /** The parts of a status reason worth keeping: its code and its words. */
  static final java.util.Set<String> REASON_PARTS = java.util.Set.of("Cd", "Prtry", "AddtlInf");

  enum Outcome { PAID, REJECTED, NONE }

  record Answer(String endToEndId, Outcome outcome, String reason) {}

  static StatusReport read(byte[] file, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean xml = type.contains("xml") || (!type.contains("csv")
        && new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading().startsWith("<"));
    return xml ? pain002(file) : csv(file);
  }

  static Outcome outcome(String code) {
    return switch (code == null ? "" : code.strip().toUpperCase(Locale.ROOT)) {
      case "ACSC", "ACCC", "PAID" -> Outcome.PAID;
      case "RJCT", "REJECTED" -> Outcome.REJECTED;
      default -> Outcome.NONE;
    };
  }

  static StatusReport pain002(byte[] file) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // one element's text in one piece, even around an entity or a buffer's end
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    Deque<String> path = new ArrayDeque<>();
    List<Answer> answers = new ArrayList<>();
    String originalMessageId = null;
    String blockStatus = null;
    String blockReason = null;
    String endToEndId = null;
    String status = null;
    String reason = null;
    boolean sawRoot = false;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(file));
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("CstmrPmtStsRpt")) {
            sawRoot = true;
          }
          path.push(name);
          if (name.equals("TxInfAndSts")) {
            endToEndId = null;
            status = null;
            reason = null;
          }
        } else if (event == XMLStreamConstants.CHARACTERS && !path.isEmpty()) {
          String text = xml.getText().strip();
          if (text.isEmpty()) {
            continue;
          }
          String name = path.peek();
          boolean inTx = path.contains("TxInfAndSts");
          if (inTx) {
            switch (name) {
              case "OrgnlEndToEndId" -> endToEndId = text;
              case "TxSts" -> status = text;
              default -> {
                if (REASON_PARTS.contains(name) && path.contains("StsRsnInf")) {
                  reason = reason == null ? text : reason + " " + text;
                }
              }
            }
          } else if (name.equals("OrgnlMsgId") && path.contains("OrgnlGrpInfAndSts")) {
            originalMessageId = text;
          } else if (name.equals("GrpSts") || name.equals("PmtInfSts")) {
            if (outcome(text) == Outcome.REJECTED || blockStatus == null) {
              blockStatus = text;
            }
          } else if (path.contains("StsRsnInf") && REASON_PARTS.contains(name)) {
            blockReason = blockReason == null ? text : blockReason + " " + text;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = path.pop();
          if (name.equals("TxInfAndSts")) {
            if (endToEndId == null) {
              throw new Problems.InvalidInputException("file", "a TxInfAndSts has no OrgnlEndToEndId");
            }
            answers.add(new Answer(endToEndId, outcome(status), reason));
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new Problems.InvalidInputException("file", "is not readable XML: " + e.getMessage());
    }
    if (!sawRoot) {
      throw new Problems.InvalidInputException("file", "is no pain.002 payment status report");
    }
    return new StatusReport("PAIN002", originalMessageId, blockReason, outcome(blockStatus), answers);
  }

  static StatusReport csv(byte[] file) {
    List<Answer> answers = new ArrayList<>();
    try {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).build()
          .parse(new StringReader(new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "")))) {
        String first = row.get(0);
        if (row.getRecordNumber() == 1 && first.equalsIgnoreCase("endToEndId")) {
          continue;
        }
        if (row.size() < 2 || first.isEmpty()) {
          throw new Problems.InvalidInputException("file",
              "line " + row.getRecordNumber() + " needs endToEndId,status[,reason]");
        }
        Outcome outcome = outcome(row.get(1));
        if (outcome == Outcome.NONE) {
          throw new Problems.InvalidInputException("file", "line " + row.getRecordNumber()
              + ": status must be PAID, REJECTED, ACSC, ACCC or RJCT");
        }
        answers.add(new Answer(first, outcome, row.size() > 2 ? row.get(2) : null));
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new Problems.InvalidInputException("file", "is not readable CSV: " + e.getMessage());
    }
    if (answers.isEmpty()) {
      throw new Problems.InvalidInputException("file", "has no line");
    }
    return new StatusReport("CSV", null, null, Outcome.NONE, answers);
  }
}
