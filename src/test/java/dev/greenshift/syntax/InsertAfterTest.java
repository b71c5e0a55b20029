package dev.greenshift.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Inserting a statement after another keeps it in the same suite. */
class InsertAfterTest {

    private static String insertAfterFirstOfKind(String source, StatementKind kind, int nth, String text) {
        Module module = Module.parse(source);
        Statement target = module.allStatements().stream().filter(s -> s.kind() == kind).skip(nth).findFirst().orElseThrow();
        Module.Insertion insertion = module.insertAfter(target, text, "\n");
        return source.substring(0, insertion.offset()) + insertion.text() + source.substring(insertion.offset());
    }

    @Test
    void afterAnIndentedStatementTheNewLineHasItsIndentation() {
        assertEquals("def f():\n    a()\n    t.start()\n    b()\n",
                insertAfterFirstOfKind("def f():\n    a()\n    b()\n", StatementKind.EXPRESSION, 0, "t.start()"));
    }

    @Test
    void insideAOneLineSuiteTheStatementIsJoinedWithASemicolon() {
        assertEquals("if x: a(); t.start()\nb()\n",
                insertAfterFirstOfKind("if x: a()\nb()\n", StatementKind.EXPRESSION, 0, "t.start()"));
    }

    @Test
    void betweenSemicolonSeparatedStatementsItStaysOnTheLine() {
        assertEquals("a(); t.start(); b()\n",
                insertAfterFirstOfKind("a(); b()\n", StatementKind.EXPRESSION, 0, "t.start()"));
    }

    @Test
    void afterACompoundStatementItGoesAfterItsWholeBody() {
        assertEquals("for i in x:\n    a(i)\nt.start()\nb()\n",
                insertAfterFirstOfKind("for i in x:\n    a(i)\nb()\n", StatementKind.FOR, 0, "t.start()"));
    }

    @Test
    void atTheEndOfAFileWithoutNewlineItAddsOne() {
        assertEquals("a()\nt.start()", insertAfterFirstOfKind("a()", StatementKind.EXPRESSION, 0, "t.start()"));
    }
}
