package vn.langnghe.market.payouts;

import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.SchemaOutputResolver;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The pain.001.001.09 message definition as far as it can be had here: no artifact on Maven
 * Central carries the ISO 20022 XSD, so the schema is generated from Prowide's JAXB classes of
 * the message (made from the official XSD: element order, required elements, code lists,
 * decimal and date types), and the length and pattern facets JAXB drops are checked from the
 * XSD's simple types (Max35Text, Max140Text, Max34Text, Max15NumericText, the currency code,
 * the amount's digits) with the payment method's code list, which the generated schema lacks.
 */
final class Pain001Definition {

  /** Element (local name) → the facet of its XSD type. */
  static final Map<String, Pattern> FACETS = Map.ofEntries(
      Map.entry("MsgId", Pattern.compile(".{1,35}")),
      Map.entry("PmtInfId", Pattern.compile(".{1,35}")),
      Map.entry("EndToEndId", Pattern.compile(".{1,35}")),
      Map.entry("MmbId", Pattern.compile(".{1,35}")),
      Map.entry("Nm", Pattern.compile(".{1,140}")),
      Map.entry("Ustrd", Pattern.compile(".{1,140}")),
      Map.entry("Id", Pattern.compile(".{1,34}")),
      Map.entry("PmtMtd", Pattern.compile("CHK|TRF|TRA")),
      Map.entry("NbOfTxs", Pattern.compile("[0-9]{1,15}")),
      Map.entry("CtrlSum", Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,17})?")),
      Map.entry("InstdAmt", Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,5})?")));
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private static Schema schema;

  private Pain001Definition() {}

  /** Every way the file breaks the definition; empty when it keeps it. */
  static List<String> violations(byte[] file) throws Exception {
    List<String> found = new ArrayList<>();
    Element message = message(file);
    Validator validator = schema().newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        found.add(e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        found.add(e.getMessage());
      }
    });
    validator.validate(new DOMSource(message));
    facets(message, found);
    return found;
  }

  /** Throws on the first way the file breaks the definition. */
  static void validate(byte[] file) throws Exception {
    List<String> found = violations(file);
    if (!found.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", found));
    }
  }

  /**
   * The message element, out of its namespace: Prowide's classes are shared by every version of
   * the message, so their generated schema has none (the document's namespace is checked here).
   */
  private static Element message(byte[] file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    Element root = parsed.getDocumentElement();
    if (!root.getLocalName().equals("Document") || !Pain001.NAMESPACE.equals(root.getNamespaceURI())) {
      throw new IllegalArgumentException("not a pain.001.001.09 Document: " + root.getNamespaceURI());
    }
    Document bare = factory.newDocumentBuilder().newDocument();
    Element message = null;
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        message = (Element) bare.appendChild(withoutNamespace(bare, e));
      }
    }
    return message;
  }

  private static Node withoutNamespace(Document into, Node node) {
    if (node instanceof Element e) {
      Element copy = into.createElementNS(null, e.getLocalName());
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        Node a = e.getAttributes().item(i);
        if (!"xmlns".equals(a.getPrefix()) && !"xmlns".equals(a.getNodeName())) {
          copy.setAttributeNS(null, a.getLocalName(), a.getNodeValue());
        }
      }
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        copy.appendChild(withoutNamespace(into, child));
      }
      return copy;
    }
    return into.importNode(node, false);
  }

  private static void facets(Element element, List<String> found) {
    boolean leaf = true;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        leaf = false;
        facets(e, found);
      }
    }
    String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
    Pattern facet = FACETS.get(name);
    if (leaf && facet != null && !facet.matcher(element.getTextContent()).matches()) {
      found.add(name + " '" + element.getTextContent() + "' breaks its facet " + facet);
    }
    if (name.equals("InstdAmt") && !CURRENCY.matcher(element.getAttribute("Ccy")).matches()) {
      found.add("InstdAmt without a currency code");
    }
  }

  private static synchronized Schema schema() throws Exception {
    if (schema == null) {
      List<DOMResult> generated = new ArrayList<>();
      JAXBContext.newInstance(CustomerCreditTransferInitiationV09.class)
          .generateSchema(new SchemaOutputResolver() {
            @Override
            public javax.xml.transform.Result createOutput(String namespace, String fileName) {
              DOMResult result = new DOMResult();
              result.setSystemId(fileName);
              generated.add(result);
              return result;
            }
          });
      // the message element itself, of the type Prowide's class maps (one schema: no namespace)
      Document generatedSchema = (Document) generated.get(0).getNode();
      Element element = generatedSchema.createElementNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "xs:element");
      element.setAttribute("name", "CstmrCdtTrfInitn");
      element.setAttribute("type", "CustomerCreditTransferInitiationV09");
      generatedSchema.getDocumentElement().appendChild(element);
      List<Source> sources = new ArrayList<>();
      for (DOMResult result : generated) {
        sources.add(new DOMSource(result.getNode(), result.getSystemId()));
      }
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      schema = factory.newSchema(sources.toArray(Source[]::new));
    }
    return schema;
  }
}
