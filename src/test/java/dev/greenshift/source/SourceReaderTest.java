package dev.greenshift.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.lex.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Decoding as CPython does, and refusing what could not be written back byte for byte. */
class SourceReaderTest {
    private static final Path NOWHERE = Path.of("x.py");

    private static SourceFile read(byte[] bytes) {
        return assertInstanceOf(ReadResult.Read.class, SourceReader.decode(NOWHERE, "x.py", bytes)).file();
    }

    private static String refusal(byte[] bytes) {
        return assertInstanceOf(ReadResult.Unreadable.class, SourceReader.decode(NOWHERE, "x.py", bytes)).reason();
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void latin1FileWithACodingCookieDecodesAndRoundTripsItsBytes() {
        byte[] bytes = latin1("# -*- coding: latin-1 -*-\nname = 'caf\u00e9'\n");
        SourceFile file = read(bytes);
        assertEquals(StandardCharsets.ISO_8859_1, file.charset());
        assertTrue(file.text().contains("caf\u00e9"));
        assertArrayEquals(bytes, file.encode(Tokenizer.tokenize(file.text()).render()));
    }

    @Test
    void cookieOnTheSecondLineCountsAfterAShebang() {
        assertEquals(StandardCharsets.ISO_8859_1, read(latin1("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = '\u00ff'\n")).charset());
    }

    @Test
    void cookieAfterCodeIsIgnored() {
        assertEquals(StandardCharsets.UTF_8, read(latin1("x = 1\n# coding: latin-1\n")).charset());
    }

    @Test
    void utf8ByteOrderMarkStaysInTheTextSoTheFileRoundTrips() {
        byte[] bytes = "\uFEFFx = '\u00e9'\n".getBytes(StandardCharsets.UTF_8);
        SourceFile file = read(bytes);
        assertTrue(file.text().startsWith("\uFEFF"));
        assertArrayEquals(bytes, file.encode(Tokenizer.tokenize(file.text()).render()));
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() {
        byte[] bytes = {'x', ' ', '=', '\n', 'y', ' ', (byte) 0xff, '\n'};
        assertEquals("invalid UTF-8 at 2:2 (byte offset 6)", refusal(bytes));
    }

    @Test
    void binaryFileIsRefused() {
        assertEquals("binary file (NUL byte at offset 3)", refusal(new byte[] {'a', 'b', 'c', 0, 'd'}));
    }

    @Test
    void unknownCookieEncodingIsRefused() {
        assertEquals("1:1: unknown encoding in coding cookie: klingon", refusal(latin1("# coding: klingon\n")));
    }

    @Test
    void lineEndingOfAFileIsItsMostUsedOne() {
        assertEquals("\r\n", read(latin1("a\r\nb\r\nc\n")).lineEnding());
        assertEquals("\r", read(latin1("a\rb\r")).lineEnding());
        assertEquals("\n", read(latin1("a")).lineEnding());
    }

    @Test
    void theBytesAreNotKeptButComeBackExactlyFromTheText() {
        // Before: a file held its bytes beside its text. After: only the text; bytes() encodes it again.
        for (byte[] bytes : java.util.List.of(latin1("# -*- coding: latin-1 -*-\nname = 'caf\u00e9'\r\n"),
                "\uFEFFx = '\u00e9'\n".getBytes(StandardCharsets.UTF_8), "s = '\ud83d\ude00'\n".getBytes(StandardCharsets.UTF_8))) {
            SourceFile file = read(bytes);
            assertArrayEquals(bytes, file.bytes());
            assertTrue(file.bytes() != file.bytes(), "a fresh array each time: no caller can change what another reads");
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsTextNotAnError() {
        // The quick UTF-8 read tells malformed bytes by the U+FFFD they decode to: a real U+FFFD must still read.
        byte[] bytes = "s = '\ufffd'\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("s = '\ufffd'\n", read(bytes).text());
    }

    @Test
    void malformedUtf8AfterValidMultiByteTextIsStillRefused() {
        byte[] bytes = {'s', '=', '\'', (byte) 0xc3, (byte) 0xa9, '\'', '\n', (byte) 0xc3, '\n'};
        assertEquals("invalid UTF-8 at 2:0 (byte offset 7)", refusal(bytes));
    }

    @Test
    void aFileDeclaredAsciiThatHoldsOtherBytesIsRefused() {
        assertEquals("invalid US-ASCII at 2:5 (byte offset 21)", refusal(latin1("# coding: ascii\nx = '\u00e9'\n")));
    }

    @Test
    void surrogatesEncodedOneByOneAreNotUtf8() {
        // CESU-8 (a surrogate pair as two 3-byte sequences) decodes to replacement characters: refused, not rewritten.
        byte[] bytes = {'s', '=', (byte) 0xed, (byte) 0xa0, (byte) 0xbd, (byte) 0xed, (byte) 0xb8, (byte) 0x80, '\n'};
        assertEquals("invalid UTF-8 at 1:2 (byte offset 2)", refusal(bytes));
    }
}
