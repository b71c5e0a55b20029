package dev.greenshift.source;

/** What reading one path gives: a decoded file, or the reason it cannot be used. */
public sealed interface ReadResult {
    record Read(SourceFile file) implements ReadResult {
    }

    /** A file greenshift will not touch, with a message naming the place (line:col where known). */
    record Unreadable(String displayPath, String reason) implements ReadResult {
    }
}
