package org.pyrust.launcher;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A program file (or standard input) whose bytes are not UTF-8. CPython refuses such a program before it
 * runs, and so does PyRust: the report is a LexError at the first byte that does not decode, in the form
 * of every other lexical error. The polyglot API only ever sees characters, so the launcher, which reads
 * the bytes, is where this is found.
 */
final class UndecodableSource extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The program text up to the bad byte, decoded: what the position is counted in. */
    private final String decodedPrefix;
    private final int badByte;

    private UndecodableSource(String decodedPrefix, int badByte) {
        super(null, null, false, false);
        this.decodedPrefix = decodedPrefix;
        this.badByte = badByte;
    }

    /** The text of {@code bytes}; a byte sequence that is not UTF-8 is an UndecodableSource. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never has fewer bytes than UTF-16 chars
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw new UndecodableSource(out.toString(), bytes[in.position()] & 0xFF);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The first line of the report: {@code LexError at <line>:<column>: <message>}. */
    String firstLine() {
        return "LexError at " + line() + ":" + column() + ": Non-UTF-8 code starting with '" + badByteEscaped()
                + "' (PyRust source must be UTF-8)";
    }

    /** The bad byte as Python writes it in a bytes literal: {@code \xff}. */
    String badByteEscaped() {
        return PythonRepr.escape(badByte);
    }

    /** The 1-based line of the bad byte; lines end as the lexer ends them. */
    int line() {
        int line = 1;
        for (int i = 0; i < decodedPrefix.length(); i++) {
            char c = decodedPrefix.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == decodedPrefix.length() || decodedPrefix.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of the bad byte, in code points (a leading byte-order mark not counted). */
    int column() {
        String line = lineBefore();
        return line.codePointCount(0, line.length()) + 1;
    }

    /** The bad byte's line up to the bad byte. */
    String lineBefore() {
        int start = Math.max(decodedPrefix.lastIndexOf('\n'), decodedPrefix.lastIndexOf('\r')) + 1;
        if (start == 0 && decodedPrefix.startsWith("\uFEFF")) {
            start = 1;
        }
        return decodedPrefix.substring(start);
    }
}
