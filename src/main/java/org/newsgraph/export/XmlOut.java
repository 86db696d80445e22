package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JDK's XML stream writer, with checked XML errors turned into IOExceptions and unsafe characters dropped. */
final class XmlOut {
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut(OutputStream out) throws IOException {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException("cannot start the XML document: " + e.getMessage(), e);
        }
    }

    /** Opens an element; the default namespace, if given, is declared on it. */
    XmlOut open(String name, String namespace) throws IOException {
        try {
            newline();
            xml.writeStartElement(name);
            if (namespace != null) {
                xml.writeDefaultNamespace(namespace);
            }
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    XmlOut open(String name) throws IOException {
        return open(name, null);
    }

    /** Declares a prefix on the element just opened, for elements of another vocabulary inside it. */
    XmlOut prefix(String prefix, String namespace) throws IOException {
        try {
            xml.writeNamespace(prefix, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Opens an element of a vocabulary whose prefix an enclosing element declared. */
    XmlOut open(String prefix, String name, String namespace) throws IOException {
        try {
            newline();
            xml.writeStartElement(prefix, name, namespace);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    XmlOut attribute(String name, Object value) throws IOException {
        try {
            if (value != null) {
                xml.writeAttribute(name, GraphWriter.xmlSafe(GraphWriter.text(value)));
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    XmlOut text(Object value) throws IOException {
        try {
            xml.writeCharacters(GraphWriter.xmlSafe(GraphWriter.text(value)));
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Closes the innermost open element; {@code inline} keeps it on the line of its text. */
    XmlOut close(boolean inline) throws IOException {
        try {
            depth--;
            if (!inline) {
                newline();
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    XmlOut close() throws IOException {
        return close(false);
    }

    void finish() throws IOException {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
