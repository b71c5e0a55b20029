package dev.greenshift.match;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the arguments of one call against a pattern's argument list: positional ones in order,
 * keyword ones in any order, {@code $x*} and {@code $x**} taking the rest. Layout and comments
 * between tokens are ignored; bound spans keep them, since they cover the original text.
 */
public final class Arguments {
    private enum Kind { POSITIONAL, STAR, KEYWORD, DOUBLE_STAR }

    /** One actual argument: its kind, code tokens [first, last], keyword name and value start. */
    private record Actual(Kind kind, int first, int last, String keyword, int value) {
    }

    private Arguments() {
    }

    /** Matches the arguments between {@code open} and {@code close}, adding bindings; false when they do not fit. */
    public static boolean match(TokenStream tokens, int open, int close, List<ArgPattern> pattern, Map<String, List<Span>> bindings,
                                CallSite.Finder calls) {
        List<Actual> actual = split(tokens, open, close);
        List<Actual> positional = new ArrayList<>();
        List<Actual> keywords = new ArrayList<>();
        for (Actual a : actual) {
            (a.kind() == Kind.POSITIONAL || a.kind() == Kind.STAR ? positional : keywords).add(a);
        }
        int next = 0;
        Set<String> usedKeywords = new HashSet<>();
        String rest = null;
        String keywordRest = null;
        for (ArgPattern p : pattern) {
            if (p instanceof ArgPattern.Rest r) {
                rest = r.var();
            } else if (p instanceof ArgPattern.KeywordRest k) {
                keywordRest = k.var();
            } else if (p instanceof ArgPattern.Keyword k) {
                Actual a = keywords.stream().filter(x -> k.name().equals(x.keyword())).findFirst().orElse(null);
                if (a == null && k.optional()) {
                    bindings.put(((ArgPattern.One) k.value()).var(), List.of());
                    continue;
                }
                if (a == null || !value(tokens, a.value(), a.last(), k.value(), bindings, calls)) {
                    return false;
                }
                usedKeywords.add(k.name());
            } else {
                if (next >= positional.size() || positional.get(next).kind() == Kind.STAR) {
                    return false;
                }
                Actual a = positional.get(next++);
                if (!value(tokens, a.first(), a.last(), p, bindings, calls)) {
                    return false;
                }
            }
        }
        List<Span> restSpans = new ArrayList<>();
        for (int i = next; i < positional.size(); i++) {
            restSpans.add(span(tokens, positional.get(i)));
        }
        if (rest == null && !restSpans.isEmpty()) {
            return false;
        }
        if (rest != null && !rest.equals("_")) {
            bindings.put(rest, restSpans);
        }
        List<Span> keywordSpans = new ArrayList<>();
        for (Actual a : keywords) {
            if (!usedKeywords.contains(a.keyword() == null ? "" : a.keyword())) {
                keywordSpans.add(span(tokens, a));
            }
        }
        if (keywordRest == null && !keywordSpans.isEmpty()) {
            return false;
        }
        if (keywordRest != null && !keywordRest.equals("_")) {
            bindings.put(keywordRest, keywordSpans);
        }
        return true;
    }

    private static boolean value(TokenStream tokens, int first, int last, ArgPattern p, Map<String, List<Span>> bindings,
                                 CallSite.Finder calls) {
        if (p instanceof ArgPattern.Call call) {
            CallSite site = calls == null ? null : calls.at(first, last);
            return site != null && site.matches(call.callee())
                    && match(tokens, site.open(), site.close(), call.args(), bindings, calls);
        }
        if (p instanceof ArgPattern.Tuple tuple) {
            return tokens.isOp(first, "(") && tokens.partner(first) == last
                    && match(tokens, first, last, tuple.items(), bindings, calls);
        }
        if (p instanceof ArgPattern.One one) {
            if (!one.var().equals("_")) {
                bindings.put(one.var(), List.of(Span.of(tokens.offset(first), tokens.end(last))));
            }
            return true;
        }
        if (p instanceof ArgPattern.Literal literal) {
            List<String> code = new ArrayList<>();
            for (int i = first; i <= last; i++) {
                if (tokens.kind(i).isCode()) {
                    code.add(tokens.text(i));
                }
            }
            return code.equals(literal.tokens());
        }
        return false;
    }

    /** [first, last] code tokens of each positional argument (not *args) in the parentheses at {@code open}. */
    static List<int[]> positional(TokenStream tokens, int open) {
        List<int[]> out = new ArrayList<>();
        for (Actual a : split(tokens, open, tokens.partner(open))) {
            if (a.kind() == Kind.POSITIONAL) {
                out.add(new int[] {a.first(), a.last()});
            }
        }
        return out;
    }

    private static Span span(TokenStream tokens, Actual a) {
        return new Span(tokens.offset(a.first()), tokens.end(a.last()), a.keyword(), tokens.offset(a.value()));
    }

    private static List<Actual> split(TokenStream tokens, int open, int close) {
        List<Actual> args = new ArrayList<>();
        int start = -1;
        for (int i = open + 1; i <= close; i++) {
            Token t = tokens.get(i);
            if (i == close || t.isOp(",")) {
                if (start >= 0) {
                    args.add(classify(tokens, start, tokens.previousCode(i - 1)));
                }
                start = -1;
                continue;
            }
            if (!t.kind().isCode()) {
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
            }
        }
        return args;
    }

    private static Actual classify(TokenStream tokens, int first, int last) {
        if (tokens.isOp(first, "*")) {
            return new Actual(Kind.STAR, first, last, null, first);
        }
        if (tokens.isOp(first, "**")) {
            return new Actual(Kind.DOUBLE_STAR, first, last, null, tokens.nextCode(first + 1));
        }
        if (tokens.kind(first) == TokenKind.NAME) {
            int next = tokens.nextCode(first + 1);
            if (next <= last && tokens.isOp(next, "=")) {
                return new Actual(Kind.KEYWORD, first, last, tokens.text(first), tokens.nextCode(next + 1));
            }
        }
        return new Actual(Kind.POSITIONAL, first, last, null, first);
    }
}
