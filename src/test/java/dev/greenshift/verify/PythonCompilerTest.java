package dev.greenshift.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compile check answers for every source, or says it cannot: never a wrong or shifted verdict. */
class PythonCompilerTest {

    private static byte[] py(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static PythonCompiler python() {
        PythonCompiler python = PythonCompiler.find();
        assumeTrue(python != null, "python3 is not installed");
        return python;
    }

    /** A fake python3: a shell script in a fresh directory. */
    private static Path fake(String script) throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        Path dir = Files.createTempDirectory(Path.of("target", "test-work"), "python");
        Path exe = Files.writeString(dir.resolve("python3"), "#!/bin/sh\n" + script + "\n");
        exe.toFile().setExecutable(true);
        return exe;
    }

    @Test
    void syntaxWarningsDoNotShiftTheAnswers() throws IOException {
        List<String> answers = python().compile(List.of(py("x = 1\nif x is 1:\n    pass\n"), py("r = \"\\d+\"\n"), py("def f(:\n")));
        assertEquals(3, answers.size());
        assertNull(answers.get(0));
        assertNull(answers.get(1));
        assertTrue(answers.get(2).startsWith("1:"), answers.get(2));
    }

    @Test
    void bomsCookiesNulBytesAndDeepNestingAreAnsweredOneByOne() throws IOException {
        List<String> answers = python().compile(List.of(
                py("\uFEFFimport os\n"),
                "# -*- coding: latin-1 -*-\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1),
                py("x = 1\u0000\n"),
                py("x = " + "(".repeat(5000) + ")".repeat(5000) + "\n"),
                py("ok = True\n")));
        assertNull(answers.get(0));
        assertNull(answers.get(1));
        assertTrue(answers.get(2) != null, "a NUL byte does not compile");
        assertTrue(answers.get(3) != null, "too deep for CPython's parser");
        assertNull(answers.get(4));
    }

    @Test
    void aBatchLargerThanAPipeBufferDoesNotDeadlock() throws IOException {
        List<byte[]> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(py("x = " + i + "  # " + "y".repeat(100) + "\n"));
        }
        List<String> answers = python().compile(many);
        assertEquals(5000, answers.size());
        assertTrue(answers.stream().allMatch(a -> a == null));
    }

    @Test
    void severalProcessesAnswerEachSourceInBatchOrder() throws IOException {
        List<byte[]> sources = List.of(py("a = 1\n" + "b = 2\n".repeat(2000)), py("def f(:\n"), py("c = 3\n"), py("d = (\n"), py("e = 5\n"));
        List<String> answers;
        try (PythonCompiler.Session session = python().open(3)) {
            answers = session.compile(sources);
        }
        assertEquals(5, answers.size());
        assertNull(answers.get(0));
        assertTrue(answers.get(1).startsWith("1:"), answers.get(1));
        assertNull(answers.get(2));
        assertTrue(answers.get(3) != null);
        assertNull(answers.get(4));
    }

    @Test
    void severalProcessesCompileAFallbackOnlyWhereItsPrimaryFails() throws IOException {
        // (broken output, broken input), (good output, broken input): the second input is never compiled.
        List<String> answers;
        try (PythonCompiler.Session session = python().open(2)) {
            answers = session.compileUntilFirstOk(List.of(py("def f(:\n"), py("x = (\n"), py("ok = 1\n"), py("y = (\n")));
        }
        assertTrue(answers.get(0) != null);
        assertTrue(answers.get(1) != null);
        assertNull(answers.get(2));
        assertNull(answers.get(3), "skipped: its primary compiled");
    }

    @Test
    void aBrokenPython3AmongSeveralMakesTheCheckUnavailable() throws IOException {
        Path broken = fake("echo 'Fatal Python error: init_fs_encoding'\nexit 1");
        try (PythonCompiler.Session session = PythonCompiler.at(broken).open(2)) {
            PythonCompiler.Unavailable e = assertThrows(PythonCompiler.Unavailable.class,
                    () -> session.compile(List.of(py("import os\n"), py("import sys\n"))));
            assertTrue(e.getMessage().contains("answered 0 of 2 files and exited with status 1"), e.getMessage());
        }
    }

    @Test
    void whatPython3PrintsAtStartUpIsNotTakenForAnAnswer() throws IOException {
        python();
        Path noisy = fake("echo 'ok'\necho 'error 1:1: start-up noise'\necho 'noise on stderr' >&2\nexec python3 \"$@\"");
        List<String> answers = PythonCompiler.at(noisy).compile(List.of(py("import os\n"), py("def f(:\n")));
        assertNull(answers.get(0));
        assertTrue(answers.get(1) != null);
    }

    @Test
    void aPython3ThatExitsAtOnceMakesTheCheckUnavailable() throws IOException {
        Path broken = fake("echo 'Fatal Python error: init_fs_encoding'\nexit 1");
        PythonCompiler.Unavailable e = assertThrows(PythonCompiler.Unavailable.class,
                () -> PythonCompiler.at(broken).compile(List.of(py("import os\n"))));
        assertTrue(e.getMessage().contains("answered 0 of 1 files and exited with status 1"), e.getMessage());
    }

    @Test
    void aPython3ThatCannotBeStartedMakesTheCheckUnavailable() {
        assertThrows(PythonCompiler.Unavailable.class,
                () -> PythonCompiler.at(Path.of("target", "no-such-dir", "python3")).compile(List.of(py("import os\n"))));
    }
}
