package dev.greenshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replacing a file keeps everything about it but its bytes, or refuses and says why. */
class AtomicWriterTest {
    private static final String BEFORE = "import eventlet\neventlet.sleep(1)\n";
    private static final String AFTER = "import time\ntime.sleep(1)\n";

    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        dir = Files.createTempDirectory(Path.of("target", "test-work"), "writer").toAbsolutePath();
    }

    @AfterEach
    void removeDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static SourceFile read(Path file) {
        return ((ReadResult.Read) SourceReader.read(file, file.getFileName().toString())).file();
    }

    private static byte[] after() {
        return AFTER.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".greenshift.tmp")).toList();
        }
    }

    @Test
    void anEditMadeByAnotherProgramAfterTheReadIsNeverOverwritten() throws IOException {
        Path file = Files.writeString(dir.resolve("job.py"), BEFORE);
        SourceFile read = read(file);
        Files.writeString(file, BEFORE + "# edited in an editor meanwhile\n");
        AtomicWriter.Refused refused = assertThrows(AtomicWriter.Refused.class, () -> AtomicWriter.replace(read, after()));
        assertTrue(refused.getMessage().contains("changed on disk after greenshift read it"), refused.getMessage());
        assertEquals(BEFORE + "# edited in an editor meanwhile\n", Files.readString(file));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aSameSizeEditWithTheOldModificationTimeIsCaughtByTheBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("job.py"), BEFORE);
        FileTime mtime = Files.getLastModifiedTime(file);
        SourceFile read = read(file);
        Files.writeString(file, BEFORE.replace("sleep(1)", "sleep(2)"));
        Files.setLastModifiedTime(file, mtime);
        assertThrows(AtomicWriter.Refused.class, () -> AtomicWriter.replace(read, after()));
        assertTrue(Files.readString(file).contains("sleep(2)"));
    }

    @Test
    void modeWithSetuidOwnerAndGroupAreKept() throws IOException {
        Path file = Files.writeString(dir.resolve("tool.py"), BEFORE);
        Files.setAttribute(file, "unix:mode", 04751);
        boolean root = ((Integer) Files.getAttribute(file, "unix:uid")) == 0;
        if (root) {
            Files.setAttribute(file, "unix:uid", 4242);
            Files.setAttribute(file, "unix:gid", 4343);
            Files.setAttribute(file, "unix:mode", 04751); // chown cleared setuid
        }
        AtomicWriter.replace(read(file), after());
        assertEquals(AFTER, Files.readString(file));
        assertEquals(04751, ((Integer) Files.getAttribute(file, "unix:mode")) & 07777);
        if (root) {
            assertEquals(4242, Files.getAttribute(file, "unix:uid"));
            assertEquals(4343, Files.getAttribute(file, "unix:gid"));
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsRewritten() throws IOException {
        Path target = Files.writeString(dir.resolve("real.py"), BEFORE);
        Path link = Files.createSymbolicLink(dir.resolve("link.py"), Path.of("real.py"));
        AtomicWriter.replace(read(link), after());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("real.py"), Files.readSymbolicLink(link));
        assertEquals(AFTER, Files.readString(target));
    }

    @Test
    void aFileWithAnotherHardLinkIsRefusedAndBothNamesKeepTheirText() throws IOException {
        Path file = Files.writeString(dir.resolve("a.py"), BEFORE);
        Path other = Files.createLink(dir.resolve("b.py"), file);
        AtomicWriter.Refused refused = assertThrows(AtomicWriter.Refused.class, () -> AtomicWriter.replace(read(file), after()));
        assertTrue(refused.getMessage().contains("2 hard links"), refused.getMessage());
        assertEquals(BEFORE, Files.readString(file));
        assertEquals(BEFORE, Files.readString(other));
        assertEquals(2, Files.getAttribute(file, "unix:nlink"));
    }

    @Test
    void aFileNameOf255BytesCanBeReplaced() throws IOException {
        Path file = Files.writeString(dir.resolve("m".repeat(252) + ".py"), BEFORE);
        AtomicWriter.replace(read(file), after());
        assertEquals(AFTER, Files.readString(file));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aTempFileOfAProcessThatIsGoneIsStaleOneOfThisProcessIsNot() {
        long self = ProcessHandle.current().pid();
        assertFalse(TempFiles.isStale("." + self + ".123.greenshift.tmp"), "this run may still be writing it");
        assertTrue(TempFiles.isStale(".999999999.123.greenshift.tmp"), "no such process");
        assertTrue(TempFiles.isStale(".job.py.8812763.greenshift.tmp"), "the name older releases used");
        assertFalse(TempFiles.isStale("job.py"));
        assertFalse(TempFiles.isStale("notes.greenshift.tmp"), "not a hidden temp name of ours");
    }

    @Test
    void sweepRemovesStaleTempFilesAndNothingElse() throws IOException {
        Files.createDirectories(dir.resolve("pkg"));
        Path stale = Files.createFile(dir.resolve("pkg/.999999999.55.greenshift.tmp"));
        Path old = Files.createFile(dir.resolve(".job.py.8812763.greenshift.tmp"));
        Path live = Files.createFile(dir.resolve("." + ProcessHandle.current().pid() + ".1.greenshift.tmp"));
        Path code = Files.writeString(dir.resolve("job.py"), BEFORE);
        List<Path> removed = TempFiles.sweep(List.of(dir));
        assertEquals(2, removed.size(), removed.toString());
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(code));
    }
}
