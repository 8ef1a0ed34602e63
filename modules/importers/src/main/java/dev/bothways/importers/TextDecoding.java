package dev.bothways.importers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an artifact's bytes into text: UTF-8 when it is valid, else ISO-8859-1 so that nothing
 * is lost; and tells binary input apart from text by a bounded look at its head.
 */
public final class TextDecoding {
    private static final int LOOK = 8192;

    private TextDecoding() {
    }

    /** True when the head holds NUL bytes or mostly control bytes: not something a terminal printed. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, LOOK);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1b && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** The text, and whether it had to fall back from UTF-8. */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes));
            return new Decoded(stripBom(chars.toString()), false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), true);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Decoded text; {@code fellBack} when the bytes were not valid UTF-8 and were read as Latin-1. */
    public record Decoded(String text, boolean fellBack) {
    }
}
