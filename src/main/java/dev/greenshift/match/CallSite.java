package dev.greenshift.match;

/** A call found in code: its canonical callee and its parentheses, for nested call patterns. */
public record CallSite(String callee, int open, int close) {

    /** Finds the call that spans exactly tokens [first, last], or returns null. */
    public interface Finder {
        CallSite at(int first, int last);
    }
}
