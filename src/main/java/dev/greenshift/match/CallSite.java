package dev.greenshift.match;

/** A call found in code: its canonical callee and its parentheses, for nested call patterns. */
public record CallSite(String callee, int open, int close, java.util.function.UnaryOperator<String> canonical) {

    /** True when this call's callee is the pattern's (both compared in canonical spelling). */
    public boolean matches(String patternCallee) {
        return callee.equals(canonical.apply(patternCallee));
    }

    /** Finds the call that spans exactly tokens [first, last], or returns null. */
    public interface Finder {
        CallSite at(int first, int last);
    }
}
