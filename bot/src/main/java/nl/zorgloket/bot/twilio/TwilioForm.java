package nl.zorgloket.bot.twilio;

import io.micronaut.http.HttpStatus;
import nl.zorgloket.admin.web.ProblemException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses Twilio's form-encoded webhook body strictly: malformed escapes or bytes that are not
 * UTF-8 are a clear 400, never a guess that silently changes what the client wrote.
 */
public final class TwilioForm {
    private TwilioForm() {
    }

    public static Map<String, String> parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw bad("The request body is empty; expected Twilio's form parameters.");
        }
        Map<String, String> params = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '&') {
                if (i > start) {
                    int eq = indexOf(body, (byte) '=', start, i);
                    String key = decode(body, start, eq < 0 ? i : eq);
                    String value = eq < 0 ? "" : decode(body, eq + 1, i);
                    if (params.putIfAbsent(key, value) != null) {
                        throw bad("The parameter " + key + " appears more than once.");
                    }
                }
                start = i + 1;
            }
        }
        return params;
    }

    private static String decode(byte[] body, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw bad("The form has an incomplete %-escape.");
                }
                int hi = Character.digit(body[i + 1], 16);
                int lo = Character.digit(body[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    throw bad("The form has an invalid %-escape.");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw bad("The form is not valid UTF-8.");
        }
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static ProblemException bad(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Bad webhook request", detail);
    }
}
