package dev.greenshift.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.lex.TokenStream;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The statement tree: which statements a file has, how they nest, and where new ones go. */
class StructureParserTest {

    /** The tree as text: one line per statement, "KIND header", nested by two spaces; decorators as "@ text". */
    private static String outline(String source) {
        Module module = Module.parse(source);
        assertEquals(source, module.renderFromTree(), "the tree must render back to the source");
        StringBuilder out = new StringBuilder();
        outline(module.tokens(), module.body().statements(), "", out);
        return out.toString();
    }

    private static void outline(TokenStream tokens, List<Statement> statements, String indent, StringBuilder out) {
        for (Statement s : statements) {
            for (Statement d : s.decorators()) {
                out.append(indent).append("@ ").append(tokens.textOf(d.first(), d.last()).replace("\n", "\\n")).append('\n');
            }
            out.append(indent).append(s.async() ? "async " : "").append(s.kind()).append(' ')
                    .append(tokens.textOf(s.first(), s.last()).replace("\n", "\\n"))
                    .append(s.body() != null && s.body().inline() ? " (inline)" : "").append('\n');
            outline(tokens, s.children(), indent + "  ", out);
        }
    }

    @Nested
    class Statements {
        @Test
        void ifElifElseAreSiblingsEachWithItsBlock() {
            assertEquals("""
                    IF if a:
                      EXPRESSION f()
                    ELIF elif b:
                      PASS pass
                    ELSE else:
                      RETURN return 1
                    """, outline("if a:\n    f()\nelif b:\n    pass\nelse:\n    return 1\n"));
        }

        @Test
        void loopsTryAndWithOwnTheirBlocks() {
            assertEquals("""
                    FOR for i in x:
                      WHILE while i:
                        AUGMENTED_ASSIGNMENT i -= 1
                      ELSE else:
                        BREAK break
                    TRY try:
                      WITH with open(p) as f, g:
                        EXPRESSION f.read()
                    EXCEPT except (A, B) as e:
                      RAISE raise
                    FINALLY finally:
                      DEL del e
                    """, outline("for i in x:\n    while i:\n        i -= 1\n    else:\n        break\n"
                    + "try:\n    with open(p) as f, g:\n        f.read()\nexcept (A, B) as e:\n    raise\nfinally:\n    del e\n"));
        }

        @Test
        void defAndClassHeadersMaySpanLines() {
            assertEquals("""
                    CLASS class A(B,\\n        C):
                      DEF def f(self,\\n          x) -> int:
                        RETURN return x
                    """, outline("class A(B,\n        C):\n    def f(self,\n          x) -> int:\n        return x\n"));
        }

        @Test
        void asyncFormsAreMarkedAsync() {
            assertEquals("""
                    async DEF async def f():
                      async WITH async with lock:
                        EXPRESSION await g()
                      async FOR async for x in y:
                        PASS pass
                    """, outline("async def f():\n    async with lock:\n        await g()\n    async for x in y:\n        pass\n"));
        }

        @Test
        void matchCaseWithBlockAndOneLineSuites() {
            // The one-line 'case _: y += 2' used to be read as an augmented assignment.
            assertEquals("""
                    MATCH match p:
                      CASE case [1, 2]:
                        ASSIGNMENT x = 1
                      CASE case {"k": v} if v:
                        PASS pass
                      CASE case _: (inline)
                        AUGMENTED_ASSIGNMENT y += 2
                    """, outline("match p:\n    case [1, 2]:\n        x = 1\n    case {\"k\": v} if v:\n        pass\n"
                    + "    case _: y += 2\n"));
        }

        @Test
        void softKeywordsUsedAsNamesAreSimpleStatements() {
            assertEquals("""
                    ASSIGNMENT match = re.match(p, s)
                    EXPRESSION case[1]: int
                    ASSIGNMENT type = 3
                    """, outline("match = re.match(p, s)\ncase[1]: int\ntype = 3\n"));
        }

        @Test
        void oneLineSuitesHoldTheirStatements() {
            assertEquals("""
                    IF if x: (inline)
                      EXPRESSION spawn(f)
                    IF if y: (inline)
                      EXPRESSION a()
                      EXPRESSION b()
                    """, outline("if x: spawn(f)\nif y: a(); b()\n"));
        }

        @Test
        void semicolonsSeparateStatements() {
            assertEquals("""
                    IMPORT import os
                    ASSIGNMENT x = 1
                    FROM_IMPORT from a import (b,\\n  c)
                    """, outline("import os; x = 1;\nfrom a import (b,\n  c)\n"));
        }

        @Test
        void lambdaColonDoesNotEndAHeaderAndDoesNotMakeACompound() {
            assertEquals("""
                    ASSIGNMENT f = lambda x: x
                    IF if (lambda: 1)(): (inline)
                      PASS pass
                    """, outline("f = lambda x: x\nif (lambda: 1)(): pass\n"));
        }

        @Test
        void decoratorsAttachToTheirDefOrClass() {
            assertEquals("""
                    @ @a
                    @ @b.c(1,\\n   2)
                    DEF def f():
                      PASS pass
                    CLASS class K:
                      @ @property
                      DEF def p(self): (inline)
                        RETURN return 1
                    """, outline("@a\n@b.c(1,\n   2)\ndef f():\n    pass\nclass K:\n    @property\n    def p(self): return 1\n"));
        }

        @Test
        void decoratorBeforeAnIndentedLineStaysInOrder() {
            // Found by the property test: renderFromTree used to throw here.
            assertEquals("""
                    DECORATOR @dec
                    EXPRESSION x
                    """, outline("@dec\n    x\n"));
        }

        @Test
        void commentsAndBlankLinesAreNotStatements() {
            assertEquals("""
                    IF if a:
                      EXPRESSION b
                      EXPRESSION c
                    """, outline("# head\nif a:\n\n    b\n  # odd\n    c\n\n# tail\n"));
        }

        @Test
        void compoundWithoutBodyAtEndOfFileHasAnEmptyBlock() {
            Statement s = Module.parse("if x:\n").body().statements().get(0);
            assertEquals(StatementKind.IF, s.kind());
            assertTrue(s.children().isEmpty());
        }
    }

    @Nested
    class Positions {
        @Test
        void statementKnowsItsIndentationLineAndColumn() {
            Module m = Module.parse("def f():\n\tif x:\n\t    y = 1\n");
            Statement assignment = m.allStatements().get(2);
            assertEquals("\t    ", assignment.indentation());
            assertEquals(3, assignment.line());
            assertEquals(5, assignment.column());
        }

        @Test
        void statementsAfterASemicolonShareTheLineIndentation() {
            Module m = Module.parse("if x:\n    a(); b()\n");
            Statement b = m.allStatements().get(2);
            assertEquals("    ", b.indentation());
            assertEquals(9, b.column());
        }

        @Test
        void byteOrderMarkIsNotIndentation() {
            assertEquals("", Module.parse("\uFEFFimport os\n").allStatements().get(0).indentation());
        }

        @Test
        void tooDeepNestingIsALimitWithAPosition() {
            StringBuilder deep = new StringBuilder();
            for (int i = 0; i < StructureParser.MAX_DEPTH + 5; i++) {
                deep.append(" ".repeat(i)).append("if x:\n");
            }
            deep.append(" ".repeat(StructureParser.MAX_DEPTH + 5)).append("pass\n");
            SyntaxLimitException e = assertThrows(SyntaxLimitException.class, () -> Module.parse(deep.toString()));
            assertTrue(e.line() > StructureParser.MAX_DEPTH, "line " + e.line());
        }
    }

    @Nested
    class Calls {
        @Test
        void callsOfFindsDottedCallsAcrossLineBreaksAndComments() {
            String src = "eventlet.spawn(f)\nx = (eventlet  # the hub\n     .spawn(g))\ny = eventlet.\\\n    spawn (h)\n";
            Module m = Module.parse(src);
            List<Integer> calls = m.callsOf("eventlet.spawn");
            assertEquals(3, calls.size(), calls.toString());
            assertEquals(List.of(1, 2, 4), calls.stream().map(i -> m.tokens().get(i).line()).toList());
        }

        @Test
        void callsOfIgnoresAttributesReferencesAndOtherNames() {
            Module m = Module.parse("self.eventlet.spawn(f)\ng = eventlet.spawn\neventlet.spawn_n(f)\neventlet.spawn.x(f)\n");
            assertEquals(List.of(), m.callsOf("eventlet.spawn"));
        }

        @Test
        void callsOfDoesNotLookInsideStringsOrComments() {
            Module m = Module.parse("s = 'eventlet.spawn(f)'  # eventlet.spawn(g)\n");
            assertEquals(List.of(), m.callsOf("eventlet.spawn"));
        }
    }

    @Nested
    class Insertion {
        private static String insertAfter(String source, int statement) {
            Module m = Module.parse(source);
            Statement after = m.allStatements().get(statement);
            Module.Insertion at = m.insertAfter(after, "new()", dev.greenshift.source.LineEndings.dominant(source));
            return source.substring(0, at.offset()) + at.text() + source.substring(at.offset());
        }

        @Test
        void insertedStatementCopiesIndentation() {
            assertEquals("def f():\n\t x = 1\n\t new()\n\t y = 2\n", insertAfter("def f():\n\t x = 1\n\t y = 2\n", 1));
        }

        @Test
        void insertedStatementUsesTheFileLineEnding() {
            assertEquals("x = 1\r\nnew()\r\ny = 2\r\n", insertAfter("x = 1\r\ny = 2\r\n", 0));
            assertEquals("x = 1\rnew()\ry = 2\r", insertAfter("x = 1\ry = 2\r", 0));
        }

        @Test
        void afterACompoundStatementMeansAfterItsWholeBody() {
            assertEquals("if x:\n    a()\n    if y:\n        b()\nnew()\n\n# c\nc()\n",
                    insertAfter("if x:\n    a()\n    if y:\n        b()\n\n# c\nc()\n", 0));
        }

        @Test
        void afterAStatementThatSpansLines() {
            assertEquals("x = f(1,\n      2)  # c\nnew()\ny\n", insertAfter("x = f(1,\n      2)  # c\ny\n", 0));
        }

        @Test
        void atTheEndOfAFileWithoutTrailingNewline() {
            assertEquals("def f():\n    if y:\n        b()\n    new()", insertAfter("def f():\n    if y:\n        b()", 1));
            assertEquals("x = 1\nnew()", insertAfter("x = 1", 0));
        }

        @Test
        void afterAOneLineCompoundStatement() {
            assertEquals("if x: a(); b()\nnew()\nc\n", insertAfter("if x: a(); b()\nc\n", 0));
        }
    }
}
