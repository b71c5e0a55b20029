package dev.greenshift.report;

import dev.greenshift.source.FileStamp;
import dev.greenshift.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.Map;

/**
 * Replaces a file's content so that a crash, Ctrl-C or SIGKILL leaves either the old file or the
 * new one: the bytes go to a temp file in the same directory (same file system), which takes the
 * original's owner, group and mode (setuid and sticky bits included) and is then renamed over it.
 * A symbolic link is kept: its target is replaced. A file with other hard links is refused, since
 * a rename would leave the other names on the old text. A file that changed after greenshift read
 * it is refused too, so that another program's edit is never overwritten.
 */
public final class AtomicWriter {
    private AtomicWriter() {
    }

    /** Why a file was left as it is; the message is for the user. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** Replaces {@code original}'s file with {@code bytes}, if it still holds what was read. */
    public static void replace(SourceFile original, byte[] bytes) throws IOException {
        Path target = original.path().toRealPath();
        Map<String, Object> unix = unixAttributes(target);
        if (unix != null && ((Integer) unix.get("nlink")) > 1) {
            throw new Refused("not written: the file has " + unix.get("nlink")
                    + " hard links and replacing it would split them (edit it through one name, or break the links first)");
        }
        replace(target, bytes, unix, original);
    }

    /** Writes {@code bytes} to {@code target} atomically (a report file: no check of its former content). */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        replace(real, bytes, Files.exists(real) ? unixAttributes(real) : null, null);
    }

    private static void replace(Path target, byte[] bytes, Map<String, Object> unix, SourceFile expected) throws IOException {
        Path temp = TempFiles.create(target.getParent());
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            if (Files.exists(target)) {
                keepMetadata(target, temp, unix);
            }
            if (expected != null) {
                checkUnchanged(target, expected);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            TempFiles.release(temp);
        }
    }

    private static Map<String, Object> unixAttributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, "unix:mode,uid,gid,nlink");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Owner and group first: changing them clears the setuid and setgid bits, which the mode then restores. */
    private static void keepMetadata(Path target, Path temp, Map<String, Object> unix) throws IOException {
        if (unix == null) {
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
            return;
        }
        Map<String, Object> mine = Files.readAttributes(temp, "unix:uid,gid");
        try {
            if (!mine.get("uid").equals(unix.get("uid"))) {
                Files.setAttribute(temp, "unix:uid", unix.get("uid"));
            }
            if (!mine.get("gid").equals(unix.get("gid"))) {
                Files.setAttribute(temp, "unix:gid", unix.get("gid"));
            }
        } catch (IOException | SecurityException e) {
            throw new Refused("not written: cannot keep the file's owner (uid " + unix.get("uid") + ", gid " + unix.get("gid")
                    + ") on its replacement: " + e.getMessage());
        }
        Files.setAttribute(temp, "unix:mode", unix.get("mode"));
    }

    /** Size, modification time and bytes as read: anything else means another program wrote the file meanwhile. */
    private static void checkUnchanged(Path target, SourceFile expected) throws IOException {
        if (expected.stamp().equals(FileStamp.NONE)) {
            return;
        }
        FileStamp now = FileStamp.of(target);
        byte[] read = expected.bytes();
        if (!now.equals(expected.stamp()) || !Arrays.equals(readAtMost(target, read.length), read)) {
            throw new Refused("not written: the file changed on disk after greenshift read it (run greenshift again)");
        }
    }

    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit + 1);
        }
    }
}
