package dev.greenshift.shim;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Statement;
import java.util.ArrayList;
import java.util.List;

/** The parts of a {@code def} or {@code class} header: its name and, for a def, its parameters. */
final class Definitions {

    /** How a parameter receives its argument, which decides how a wrapper passes it on. */
    enum Passing { POSITIONAL, VARIADIC, KEYWORD, VARIADIC_KEYWORD }

    /**
     * One parameter ({@code workers: int = 4}): token indices of its annotation and default, -1
     * when absent. Markers ({@code /}, a bare {@code *}) are not parameters.
     */
    record Parameter(String name, Passing passing, int annotationFrom, int defaultFrom, int defaultTo) {
        /** How a wrapper with the same signature passes it on: {@code a}, {@code *args}, {@code b=b}, {@code **kw}. */
        String forwarded() {
            return switch (passing) {
                case POSITIONAL -> name;
                case VARIADIC -> "*" + name;
                case KEYWORD -> name + "=" + name;
                case VARIADIC_KEYWORD -> "**" + name;
            };
        }
    }

    private Definitions() {
    }

    /** Index of the name after 'def' or 'class' (after decorators and 'async'). */
    static int nameIndex(TokenStream tokens, Statement s) {
        int i = s.first();
        while (i < s.last() && !tokens.isName(i, "def") && !tokens.isName(i, "class")) {
            i++;
        }
        return tokens.nextCode(i + 1);
    }

    static String name(TokenStream tokens, Statement s) {
        return tokens.text(nameIndex(tokens, s));
    }

    /** The '(' of a def's parameter list. */
    static int openParen(TokenStream tokens, Statement def) {
        return tokens.nextCode(nameIndex(tokens, def) + 1);
    }

    static List<Parameter> parameters(TokenStream tokens, Statement def) {
        int open = openParen(tokens, def);
        List<Parameter> out = new ArrayList<>();
        if (!tokens.isOp(open, "(")) {
            return out;
        }
        boolean keywordOnly = false;
        for (int[] range : NameTable.arguments(tokens, open)) {
            Token first = tokens.get(range[0]);
            if (first.isOp("/")) {
                continue;
            }
            if (first.isOp("*") && range[0] == range[1]) {
                keywordOnly = true;
                continue;
            }
            Passing passing = keywordOnly ? Passing.KEYWORD : Passing.POSITIONAL;
            int nameAt = range[0];
            if (first.isOp("*")) {
                passing = Passing.VARIADIC;
                keywordOnly = true;
                nameAt = tokens.nextCode(range[0] + 1);
            } else if (first.isOp("**")) {
                passing = Passing.VARIADIC_KEYWORD;
                nameAt = tokens.nextCode(range[0] + 1);
            }
            out.add(parameter(tokens, tokens.text(nameAt), passing, nameAt, range[1]));
        }
        return out;
    }

    private static Parameter parameter(TokenStream tokens, String name, Passing passing, int nameAt, int last) {
        int annotation = -1;
        int defaultFrom = -1;
        for (int i = tokens.nextCode(nameAt + 1); i <= last; i = tokens.nextCode(i + 1)) {
            Token t = tokens.get(i);
            if (t.isOp(":") && annotation < 0 && defaultFrom < 0) {
                annotation = tokens.nextCode(i + 1);
            } else if (t.isOp("=")) {
                defaultFrom = tokens.nextCode(i + 1);
                break;
            } else if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
            }
        }
        return new Parameter(name, passing, annotation, defaultFrom, defaultFrom < 0 ? -1 : last);
    }
}
