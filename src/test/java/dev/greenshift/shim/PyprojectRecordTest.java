package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Recording neutral-module in pyproject.toml changes that one line and nothing else; config reads it back. */
class PyprojectRecordTest {

    @Test
    void aNewFileHoldsOnlyTheTable() {
        assertEquals("[tool.greenshift]\nneutral-module = \"shop.concurrency\"\n",
                PyprojectRecord.with(null, "neutral-module", "shop.concurrency"));
    }

    @Test
    void theTableIsAppendedAfterEverythingElse() {
        String before = "[project]\nname = \"shop\"  # the name\n";
        assertEquals(before + "\n[tool.greenshift]\nneutral-module = \"shop.concurrency\"\n",
                PyprojectRecord.with(before, "neutral-module", "shop.concurrency"));
    }

    @Test
    void aFileWithoutFinalNewlineGetsOneFirst() {
        assertEquals("[project]\nname = \"shop\"\n\n[tool.greenshift]\nneutral-module = \"shop.c\"\n",
                PyprojectRecord.with("[project]\nname = \"shop\"", "neutral-module", "shop.c"));
    }

    @Test
    void anExistingTableGetsTheKeyUnderItsHeader() {
        String before = "[tool.greenshift]\nexclude = [\"docs\"]\n\n[tool.black]\nline-length = 99\n";
        assertEquals("[tool.greenshift]\nneutral-module = \"shop.concurrency\"\nexclude = [\"docs\"]\n\n[tool.black]\nline-length = 99\n",
                PyprojectRecord.with(before, "neutral-module", "shop.concurrency"));
    }

    @Test
    void anExistingKeyIsReplacedInPlaceKeepingCrlf() {
        String before = "[tool.greenshift]\r\nneutral-module = \"old.concurrency\"\r\nexclude = []\r\n";
        assertEquals("[tool.greenshift]\r\nneutral-module = \"shop.concurrency\"\r\nexclude = []\r\n",
                PyprojectRecord.with(before, "neutral-module", "shop.concurrency"));
    }

    @Test
    void theSameKeyInAnotherTableIsNotTouched() {
        String before = "[tool.other]\nneutral-module = \"x\"\n[tool.greenshift]\n";
        assertEquals("[tool.other]\nneutral-module = \"x\"\n[tool.greenshift]\nneutral-module = \"shop.c\"\n",
                PyprojectRecord.with(before, "neutral-module", "shop.c"));
    }

    @Test
    void theConfigReaderReadsWhatWasRecorded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = PyprojectRecord.with("[project]\nname = \"shop\"\n[tool.greenshift]\nrecipes = [\"neutral\"]\n",
                "neutral-module", "shop.concurrency");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("pyproject.toml"), text);
        assertEquals(java.util.Optional.of("shop.concurrency"), dev.greenshift.config.PyProject.read(file).neutralModule());
    }
}
