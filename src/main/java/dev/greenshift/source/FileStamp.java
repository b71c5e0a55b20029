package dev.greenshift.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Size and modification time of a file when greenshift read it. Writing compares them (and the
 * bytes) again just before replacing the file, so an edit another program made in between is
 * never overwritten.
 */
public record FileStamp(long size, long modifiedNanos) {
    /** For files that were never on disk (tests, generated text): matches nothing. */
    public static final FileStamp NONE = new FileStamp(-1, Long.MIN_VALUE);

    public static FileStamp of(BasicFileAttributes attrs) {
        return new FileStamp(attrs.size(), attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    public static FileStamp of(Path path) throws IOException {
        return of(Files.readAttributes(path, BasicFileAttributes.class));
    }
}
