package dev.greenshift.lex;

import dev.greenshift.bench.Corpus;
import dev.greenshift.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ANTLR lexer as the reference for {@link RawScanner}: lexes a text both ways and reports the
 * first difference, in the raw tokens (type and text) or in the finished {@link TokenStream}
 * (kind, text, offset, line, column of every token, and the bracket partners).
 *
 * <p>Over real trees: {@code java -cp ... dev.greenshift.lex.LexerOracle DIR...} prints one line
 * per differing file and a summary. Each file is compared as decoded and again decoded as
 * Latin-1, which turns every non-ASCII byte into a character the scanner must classify.
 */
final class LexerOracle {
    private LexerOracle() {
    }

    record Raw(int type, String text) {
    }

    static List<Raw> antlrRaw(String text) {
        List<Raw> raw = new ArrayList<>();
        AntlrRawLexer.lexAll(text, (type, piece) -> raw.add(new Raw(type, piece)));
        return raw;
    }

    static List<Raw> fastRaw(String text) {
        List<Raw> raw = new ArrayList<>();
        RawScanner.scan(text, (type, piece) -> raw.add(new Raw(type, piece)));
        return raw;
    }

    /** The first difference between the two lexers on {@code text}, if any. */
    static Optional<String> difference(String text) {
        List<Raw> expected = antlrRaw(text);
        List<Raw> actual = fastRaw(text);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            Raw e = i < expected.size() ? expected.get(i) : null;
            Raw a = i < actual.size() ? actual.get(i) : null;
            if (e == null || !e.equals(a)) {
                return Optional.of("raw token " + i + ": antlr " + show(e) + ", fast " + show(a));
            }
        }
        TokenStream reference = Tokenizer.tokenize(text, false);
        TokenStream fast = Tokenizer.tokenize(text, true);
        if (!reference.tokens().equals(fast.tokens())) {
            for (int i = 0; i < reference.size(); i++) {
                if (i >= fast.size() || !reference.get(i).equals(fast.get(i))) {
                    return Optional.of("token " + i + ": antlr " + reference.get(i) + ", fast " + (i < fast.size() ? fast.get(i) : "none"));
                }
            }
            return Optional.of("fast path has " + (fast.size() - reference.size()) + " extra tokens");
        }
        Optional<String> misplaced = misplaced(fast);
        if (misplaced.isPresent()) {
            return misplaced;
        }
        for (int i = 0; i < reference.size(); i++) {
            if (reference.partner(i) != fast.partner(i)) {
                return Optional.of("partner of token " + i + ": antlr " + reference.partner(i) + ", fast " + fast.partner(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The first token whose offset, line or column differs from a character-by-character count
     * (a line break is \n, \r\n or a lone \r; columns count characters, a \r before \n none):
     * both paths share the Tokenizer's shortcut for this, so it is checked against the long way.
     */
    static Optional<String> misplaced(TokenStream tokens) {
        int offset = 0;
        int line = 1;
        int column = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (token.offset() != offset || token.line() != line || token.column() != column) {
                return Optional.of("token " + t + " " + token + " should be at offset " + offset + ", line " + line + ", column " + column);
            }
            String raw = token.text();
            offset += raw.length();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == raw.length() || raw.charAt(i + 1) != '\n'))) {
                    line++;
                    column = 0;
                } else if (c != '\r') {
                    column++;
                }
            }
        }
        return Optional.empty();
    }

    private static String show(Raw raw) {
        if (raw == null) {
            return "none";
        }
        String name = dev.greenshift.grammar.PythonLexer.VOCABULARY.getSymbolicName(raw.type());
        return name + " " + Lexed.describe(new Token(TokenKind.OP, raw.text(), 0, 0, 0)).substring(3);
    }

    public static void main(String[] args) {
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            roots.add(Path.of(arg));
        }
        Corpus corpus = Corpus.load(roots);
        int compared = 0;
        int differing = 0;
        int withFStrings = 0;
        for (SourceFile file : corpus.files()) {
            String latin1 = new String(file.bytes(), StandardCharsets.ISO_8859_1);
            if (antlrRaw(file.text()).stream().anyMatch(r -> r.type() == dev.greenshift.grammar.PythonLexer.FSTRING_START)) {
                withFStrings++;
            }
            for (String text : List.of(file.text(), latin1)) {
                compared++;
                Optional<String> diff = difference(text);
                if (diff.isPresent()) {
                    differing++;
                    System.out.println(file.displayPath() + (text == latin1 ? " (latin-1)" : "") + ": " + diff.get());
                }
            }
        }
        System.out.printf("oracle: %d files (%d unreadable), %d texts compared, %d differ; %d files with f-strings (%.1f%%)%n",
                corpus.files().size(), corpus.unreadable().size(), compared, differing, withFStrings,
                100.0 * withFStrings / Math.max(1, corpus.files().size()));
    }
}
