package dev.greenshift.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our layout tokens agree with CPython's tokenize module on our modern fixtures: the same sequence
 * of kinds, at the same positions. Deliberate differences, normalised before comparing:
 * <ul>
 *   <li>WHITESPACE, CONTINUATION and BOM are trivia CPython does not emit: dropped.</li>
 *   <li>CPython before 3.12 reports an f-string as one STRING; ours (and 3.12's) FSTRING_START ..
 *       FSTRING_END runs are folded into one STRING at the FSTRING_START position.</li>
 *   <li>CPython's columns on line 1 do not count a byte order mark; ours do (it is a token).</li>
 *   <li>In a file without a final line break CPython puts the closing DEDENTs and ENDMARKER at
 *       (last line + 1, 0), a place that does not exist in the text; ours sit at the end of the
 *       text, zero-width. Those end-of-file positions are compared after mapping ours the same way.</li>
 * </ul>
 */
class CPythonAgreementTest {
    @Test
    void layoutTokensAgreeWithCPythonOnEveryModernFixture(@TempDir Path tmp) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path fixture : Fixtures.modern()) {
            Path copy = tmp.resolve(fixture.getFileName().toString());
            Files.copy(fixture, copy);
            files.put(copy.toString(), fixture);
        }
        Map<String, List<String>> cpython = Python.runPerFile(getClass(), "cpython_tokens.py", tmp, new ArrayList<>(files.keySet()));
        cpython.replaceAll((path, lines) -> foldFStrings(lines));
        assertFalse(cpython.isEmpty());
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String name = e.getValue().getFileName().toString();
            List<String> ours = ours(Fixtures.text(e.getValue()));
            assertEquals(String.join("\n", cpython.get(e.getKey())), String.join("\n", ours), name);
        }
    }

    /** Our tokens of {@code text}, normalised as the class comment says, as "KIND row col" lines. */
    static List<String> ours(String text) {
        List<Token> tokens = Tokenizer.tokenize(text).tokens();
        boolean bom = text.startsWith("\uFEFF");
        boolean endsWithBreak = text.endsWith("\n") || text.endsWith("\r");
        int lastLine = tokens.get(tokens.size() - 1).line();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            TokenKind kind = t.kind();
            if (kind == TokenKind.WHITESPACE || kind == TokenKind.CONTINUATION || kind == TokenKind.BOM) {
                continue;
            }
            int row = t.line();
            int col = bom && row == 1 ? t.column() - 1 : t.column();
            if (!endsWithBreak && t.offset() == text.length() && (kind == TokenKind.DEDENT || kind == TokenKind.ENDMARKER)) {
                row = lastLine + 1;
                col = 0;
            }
            String name = kind.name();
            if (kind == TokenKind.FSTRING_START) {
                i = endOfFString(tokens, i);
                name = "STRING";
            }
            out.add(name + " " + row + " " + col);
        }
        return out;
    }

    private static int endOfFString(List<Token> tokens, int start) {
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.FSTRING_START) {
                depth++;
            } else if (k == TokenKind.FSTRING_END && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** CPython 3.12+ emits FSTRING_START..FSTRING_END runs too: fold them as we fold ours. */
    private static List<String> foldFStrings(List<String> lines) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (String line : lines) {
            String kind = line.substring(0, line.indexOf(' '));
            if (kind.equals("FSTRING_START")) {
                if (depth++ == 0) {
                    out.add("STRING" + line.substring(kind.length()));
                }
            } else if (kind.equals("FSTRING_END")) {
                depth--;
            } else if (depth == 0) {
                out.add(line);
            }
        }
        return out;
    }
}
