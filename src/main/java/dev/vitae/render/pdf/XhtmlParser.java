package dev.vitae.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses the XHTML our templates write, without reading the XHTML DTD its DOCTYPE names: the
 * templates use only XML's own entities, and loading the DTD cost more than the whole layout.
 */
final class XhtmlParser {

  private final DocumentBuilder builder;

  /** One parser, for one thread: making a builder costs more than parsing a résumé. */
  XhtmlParser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A template wrote XHTML that is not well-formed XML. */
  static final class NotWellFormed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotWellFormed(String message) {
      super(message);
    }
  }

  Document parse(String xhtml) {
    try {
      builder.reset();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (SAXException e) {
      throw new NotWellFormed("wrote XHTML that is not well-formed: " + e.getMessage());
    }
  }
}
