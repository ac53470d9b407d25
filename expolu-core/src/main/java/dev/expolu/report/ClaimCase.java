package dev.expolu.report;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A claim ({@code compare}, {@code across}, {@code agree}) as a test case of an experiment's Surefire XML. */
final class ClaimCase {

    private ClaimCase() {
    }

    /** A claim's test case: its verdict as the case's output, and as a failure where it does not hold. */
    static void write(XMLStreamWriter xml, String suite, String name, boolean holds, String verdict,
            String failureType) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", name);
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n    ");
        if (!holds) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", verdict);
            xml.writeAttribute("type", failureType);
            xml.writeCharacters(verdict);
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeStartElement("system-out");
        xml.writeCharacters(verdict);
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
