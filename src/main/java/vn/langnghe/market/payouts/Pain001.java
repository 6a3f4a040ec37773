package vn.langnghe.market.payouts;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A run as an ISO 20022 customer credit transfer initiation (pain.001.001.09): one payment
 * information block from the marketplace's account, one transfer per line to the artisan's
 * account, banks named by their NAPAS BIN as clearing system member. Amounts in whole đồng.
 */
final class Pain001 {

  static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

  /** The account the transfers leave from. */
  record Debtor(String name, String account, String bankBin) {}

  /** One transfer as the file carries it. */
  record Transfer(String endToEndId, long amountVnd, String bankBin, String accountNumber,
      String accountName, String remittance) {}

  private Pain001() {}

  static byte[] write(String messageId, Instant createdAt, LocalDate executionDate, Debtor debtor,
      List<Transfer> transfers) {
    long controlSum = transfers.stream().mapToLong(Transfer::amountVnd).sum();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "Document");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "CstmrCdtTrfInitn");

      xml.writeStartElement(NAMESPACE, "GrpHdr");
      text(xml, "MsgId", messageId);
      text(xml, "CreDtTm", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          createdAt.truncatedTo(ChronoUnit.SECONDS).atZone(PayoutSchedule.VIETNAM)));
      text(xml, "NbOfTxs", Integer.toString(transfers.size()));
      text(xml, "CtrlSum", Long.toString(controlSum));
      xml.writeStartElement(NAMESPACE, "InitgPty");
      text(xml, "Nm", BankText.of(debtor.name(), 140));
      xml.writeEndElement();
      xml.writeEndElement();

      xml.writeStartElement(NAMESPACE, "PmtInf");
      text(xml, "PmtInfId", messageId);
      text(xml, "PmtMtd", "TRF");
      text(xml, "NbOfTxs", Integer.toString(transfers.size()));
      text(xml, "CtrlSum", Long.toString(controlSum));
      xml.writeStartElement(NAMESPACE, "ReqdExctnDt");
      text(xml, "Dt", executionDate.toString());
      xml.writeEndElement();
      party(xml, "Dbtr", debtor.name());
      account(xml, "DbtrAcct", debtor.account());
      agent(xml, "DbtrAgt", debtor.bankBin());
      for (Transfer t : transfers) {
        xml.writeStartElement(NAMESPACE, "CdtTrfTxInf");
        xml.writeStartElement(NAMESPACE, "PmtId");
        text(xml, "EndToEndId", t.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "Amt");
        xml.writeStartElement(NAMESPACE, "InstdAmt");
        xml.writeAttribute("Ccy", "VND");
        xml.writeCharacters(Long.toString(t.amountVnd()));
        xml.writeEndElement();
        xml.writeEndElement();
        agent(xml, "CdtrAgt", t.bankBin());
        party(xml, "Cdtr", t.accountName());
        account(xml, "CdtrAcct", t.accountNumber());
        xml.writeStartElement(NAMESPACE, "RmtInf");
        text(xml, "Ustrd", BankText.of(t.remittance(), 140));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();

      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("pain.001 could not be written", e);
    }
    return out.toByteArray();
  }

  private static void party(XMLStreamWriter xml, String element, String name)
      throws XMLStreamException {
    nested(xml, BankText.of(name, 140), element, "Nm");
  }

  private static void account(XMLStreamWriter xml, String element, String number)
      throws XMLStreamException {
    nested(xml, number, element, "Id", "Othr", "Id");
  }

  private static void agent(XMLStreamWriter xml, String element, String bin)
      throws XMLStreamException {
    nested(xml, bin, element, "FinInstnId", "ClrSysMmbId", "MmbId");
  }

  /** One value inside the elements ISO 20022 wraps it in, outermost first. */
  private static void nested(XMLStreamWriter xml, String value, String... path)
      throws XMLStreamException {
    for (int i = 0; i < path.length - 1; i++) {
      xml.writeStartElement(NAMESPACE, path[i]);
    }
    text(xml, path[path.length - 1], value);
    for (int i = 0; i < path.length - 1; i++) {
      xml.writeEndElement();
    }
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
