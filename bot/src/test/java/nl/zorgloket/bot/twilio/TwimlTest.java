package nl.zorgloket.bot.twilio;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Body;
import com.twilio.twiml.messaging.Message;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TwimlTest {

    /** What the Twilio SDK's own builder writes for the same messages. */
    private static String sdk(List<String> bodies) {
        MessagingResponse.Builder twiml = new MessagingResponse.Builder();
        for (String body : bodies) {
            twiml.message(new Message.Builder().body(new Body.Builder(body).build()).build());
        }
        return twiml.build().toXml();
    }

    /** The documents as an XML parser reads them: element names and texts. */
    private static List<String> read(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        List<String> seen = new ArrayList<>();
        seen.add(doc.getDocumentElement().getTagName());
        NodeList messages = doc.getElementsByTagName("Message");
        for (int i = 0; i < messages.getLength(); i++) {
            Element body = (Element) ((Element) messages.item(i)).getElementsByTagName("Body").item(0);
            seen.add("Message/Body: " + body.getTextContent());
        }
        return seen;
    }

    @Test
    void saysWhatTheTwilioSdkSays() throws Exception {
        // The SDK escapes more (">" and emoji as character references); a parser reads the same.
        List<String> bodies = List.of("Hoi! Kies een nummer:\n1. Ja\n2. Nee",
                "a < b & c > d \"quoted\" 'single' 😊 coöperatie ]]> <![CDATA[x]]>");
        assertEquals(read(sdk(bodies)), read(Twiml.messages(bodies)));
        assertEquals(List.of("Response", "Message/Body: " + bodies.get(0), "Message/Body: " + bodies.get(1)),
                read(Twiml.messages(bodies)));
    }

    @Test
    void noRepliesIsAnEmptyResponse() {
        assertEquals(sdk(List.of()), Twiml.messages(List.of()));
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreReplaced() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message><Body>a\uFFFDb\uFFFD😊</Body></Message></Response>",
                Twiml.messages(List.of("a\u0001b\uD800😊")));
    }
}
