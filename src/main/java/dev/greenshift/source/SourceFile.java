package dev.greenshift.source;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A Python file as read from disk: the decoded text and the charset it was decoded with. Decoding is
 * checked to be reversible ({@link SourceReader}), so the file's exact bytes are the text encoded
 * again ({@link #bytes()}): they are not kept beside it, which held every file of a run twice (the
 * bytes are wanted only for the few files a run changes). The stamp is the file's size and
 * modification time when it was read.
 */
public record SourceFile(Path path, String displayPath, Charset charset, String text, FileStamp stamp) {

    /** A file not read from disk (or whose stamp does not matter). */
    public SourceFile(Path path, String displayPath, Charset charset, String text) {
        this(path, displayPath, charset, text, FileStamp.NONE);
    }

    /** The file's exact bytes, as read: the text encoded again (a new array on each call). */
    public byte[] bytes() {
        return encode(text);
    }

    public byte[] encode(String newText) {
        return newText.getBytes(charset);
    }

    /** The line ending most used in the file, for text that greenshift adds to it. */
    public String lineEnding() {
        return LineEndings.dominant(text);
    }
}
