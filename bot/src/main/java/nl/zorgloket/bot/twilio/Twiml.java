package nl.zorgloket.bot.twilio;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The TwiML answer to a message webhook: {@code <Response><Message><Body>..</Body></Message>..</Response>}.
 * Written with the JDK's streaming XML writer, which escapes text: the Twilio SDK's TwiML builder
 * makes a new DOM document builder and XSLT transformer for every answer, which cost a tenth of
 * the service's CPU under load (docs/benchmarks.md).
 */
final class Twiml {
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private Twiml() {
    }

    static String messages(List<String> bodies) {
        StringWriter out = new StringWriter(256);
        // The declaration as Twilio's own builder writes it; the JDK writer would use single quotes.
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartElement("Response");
            for (String body : bodies) {
                xml.writeStartElement("Message");
                xml.writeStartElement("Body");
                xml.writeCharacters(xmlSafe(body));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing TwiML to a string cannot fail", e);
        }
        return out.toString();
    }

    /** XML 1.0 cannot carry most control characters even escaped; a client's text may hold them. */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c) && validSurrogate(text, i);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
