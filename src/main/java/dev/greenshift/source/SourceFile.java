package dev.greenshift.source;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A Python file as read from disk: its exact bytes, the charset they were decoded with, and the
 * decoded text. Decoding is checked to be reversible ({@link SourceReader}), so encoding
 * {@code text} with {@code charset} gives back {@code bytes} exactly. The stamp is the file's size and
 * modification time when it was read.
 */
public record SourceFile(Path path, String displayPath, byte[] bytes, Charset charset, String text, FileStamp stamp) {

    /** A file not read from disk (or whose stamp does not matter). */
    public SourceFile(Path path, String displayPath, byte[] bytes, Charset charset, String text) {
        this(path, displayPath, bytes, charset, text, FileStamp.NONE);
    }

    public byte[] encode(String newText) {
        return newText.getBytes(charset);
    }

    /** The line ending most used in the file, for text that greenshift adds to it. */
    public String lineEnding() {
        return LineEndings.dominant(text);
    }
}
