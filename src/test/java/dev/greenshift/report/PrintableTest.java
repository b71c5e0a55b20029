package dev.greenshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** What reaches a terminal or a Markdown page from the code base is shown, never obeyed. */
class PrintableTest {

    @Test
    void plainTextIsReturnedAsIs() {
        String text = "pkg/caf\u00e9.py:3:1: flag eventlet-spawn: keep the handle";
        assertSame(text, Printable.escape(text));
    }

    @Test
    void escapeSequencesAndLineBreaksAreShownAsEscapes() {
        assertEquals("x\\x1b[2J\\x1b]0;title\\x07.py", Printable.escape("x\u001b[2J\u001b]0;title\u0007.py"));
        assertEquals("a\\nb\\tc\\rd", Printable.escape("a\nb\tc\rd"));
        assertEquals("\\x9b31m \\x7f", Printable.escape("\u009b31m \u007f"));
    }

    @Test
    void bidirectionalOverridesThatReorderTextAreShown() {
        assertEquals("admin\\u202e \\u2066", Printable.escape("admin\u202e \u2066"));
    }

    @Test
    void multiLineTextKeepsItsLinesAndTabs() {
        assertEquals("-x = 1\r\n+\ty = \\x1b[2J\n", Printable.escapeKeepingLines("-x = 1\r\n+\ty = \u001b[2J\n"));
    }

    @Test
    void aMarkdownCodeSpanKeepsPipesBackticksAndHtmlLiteral() {
        assertEquals("`a\\|b<script>.py:3`", Printable.markdownCode("a|b<script>.py:3"));
        assertEquals("``a`b.py``", Printable.markdownCode("a`b.py"));
        assertEquals("`` `x ``", Printable.markdownCode("`x"));
    }

    @Test
    void markdownTextEscapesHtmlAndTableSyntax() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt; \\| a", Printable.markdownText("<img src=x onerror=alert(1)> | a"));
    }
}
