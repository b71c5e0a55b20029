package dev.greenshift.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which rewrites need no compile check: before and after texts, and whether after only adds comment
 * lines where a comment cannot change what compiles. Each "compile it" case is one where a comment
 * line does change what compiles, or could.
 */
class CommentLinesTest {
    private static final String BEFORE = """
            import eventlet


            def f(pool):
                pool.spawn(work)
                return pool
            """;

    private static boolean onlyAdded(String before, String after) {
        return CommentLines.onlyAdded(before, after, StandardCharsets.UTF_8);
    }

    @Nested
    class NoCompileNeeded {
        @Test
        void aNoteAboveACall() {
            assertTrue(onlyAdded(BEFORE, BEFORE.replace("    pool.spawn", "    # TODO(greenshift): use a thread\n    pool.spawn")));
        }

        @Test
        void notesOfSeveralLinesInSeveralPlacesWithWindowsLineEnds() {
            String before = BEFORE.replace("\n", "\r\n");
            String after = before.replace("    pool.spawn", "    # TODO(greenshift): one\r\n    #   two\r\n    pool.spawn")
                    .replace("def f", "# TODO(greenshift): three\r\ndef f");
            assertTrue(onlyAdded(before, after));
        }

        @Test
        void aNoteInsideBracketsOrAPlainTripleQuotedString() {
            String before = "x = 1\ny = 2\ncall(\n    a,\n    b)\ndoc = \"\"\"\ntext\n\"\"\"\n";
            String after = "x = 1\ny = 2\ncall(\n    a,\n    # note\n    b)\ndoc = \"\"\"\n# note\ntext\n\"\"\"\n";
            assertTrue(onlyAdded(before, after));
        }
    }

    @Nested
    class CompileIt {
        @Test
        void whenACodeLineChanged() {
            assertFalse(onlyAdded(BEFORE, BEFORE.replace("pool.spawn(work)", "# note\n    pool.submit(work)")));
        }

        @Test
        void whenALineWentAway() {
            assertFalse(onlyAdded(BEFORE, BEFORE.replace("    return pool\n", "    # note\n")));
        }

        @Test
        void whenTheAddedLineIsCode() {
            assertFalse(onlyAdded(BEFORE, BEFORE.replace("    pool.spawn", "    x = 1  # note\n    pool.spawn")));
        }

        @Test
        void whenTheCommentIsInTheFirstTwoLinesWhereItCouldDeclareTheEncoding() {
            assertFalse(onlyAdded(BEFORE, "# -*- coding: latin-1 -*-\n" + BEFORE));
            assertFalse(onlyAdded(BEFORE, "import eventlet\n# vim: set fileencoding=latin-1 :\n" + BEFORE.substring("import eventlet\n".length())));
        }

        @Test
        void whenTheLineAboveEndsInABackslashThatWouldJoinTheComment() {
            String before = "import os\n\nx = 1 + \\\n    2\n";
            assertFalse(onlyAdded(before, "import os\n\nx = 1 + \\\n# note\n    2\n"));
        }

        @Test
        void whenTheFileHasATripleQuotedFormatString() {
            String before = "import os\n\nx = 1\ns = f\"\"\"{\nx\n}\"\"\"\n";
            assertFalse(onlyAdded(before, "import os\n\nx = 1\ns = f\"\"\"{\n# note\nx\n}\"\"\"\n"));
        }

        @Test
        void whenTheFileHasARawTripleQuotedFormatStringWhateverItsCase() {
            String before = "import os\n\nx = 1\ns = Rf'''{\nx\n}'''\n";
            assertFalse(onlyAdded(before, "import os\n\nx = 1\ns = Rf'''{\n# note\nx\n}'''\n"));
        }

        @Test
        void whenTheCommentHoldsOtherThanPrintableAscii() {
            assertFalse(onlyAdded(BEFORE, BEFORE.replace("    pool.spawn", "    # caf\u00e9\n    pool.spawn")));
            assertFalse(onlyAdded(BEFORE, BEFORE.replace("    pool.spawn", "    # a\rb = 1\n    pool.spawn")));
        }

        @Test
        void whenLinesEndWithALoneCarriageReturn() {
            String before = BEFORE.replace("\n", "\r");
            assertFalse(onlyAdded(before, before.replace("    pool.spawn", "    # note\r    pool.spawn")));
        }

        @Test
        void whenTheEncodingIsNotAsciiCompatible() {
            assertFalse(CommentLines.onlyAdded(BEFORE, BEFORE.replace("    pool.spawn", "    # note\n    pool.spawn"), StandardCharsets.UTF_16));
        }

        @Test
        void whenNothingChanged() {
            assertFalse(onlyAdded(BEFORE, BEFORE));
        }
    }
}
