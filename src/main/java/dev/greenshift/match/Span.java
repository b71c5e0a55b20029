package dev.greenshift.match;

/**
 * A piece of source bound to a metavariable: offsets [start, end) of its code. For a keyword
 * argument, {@code keyword} is its name and {@code valueStart} where its value starts; for
 * {@code **mapping}, {@code keyword} is null and {@code valueStart} points after the stars.
 */
public record Span(int start, int end, String keyword, int valueStart) {

    public static Span of(int start, int end) {
        return new Span(start, end, null, start);
    }
}
