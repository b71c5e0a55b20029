package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names Python gives files: packages by their __init__.py, and namespace directories inside them. */
class ModuleNamesTest {
    @TempDir
    Path dir;

    private Path file(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "");
        return p;
    }

    @Test
    void aFileInsidePackagesIsNamedFromTheTopmostPackage() throws IOException {
        file("cinder/__init__.py");
        file("cinder/volume/__init__.py");
        assertEquals("cinder.volume.api", ModuleNames.packaged(file("cinder/volume/api.py")));
        assertEquals("cinder.volume", ModuleNames.packaged(dir.resolve("cinder/volume/__init__.py")));
    }

    @Test
    void aDirectoryWithoutInitInsideAPackageIsANamespacePackage() throws IOException {
        file("cinder/__init__.py");
        file("cinder/drivers/__init__.py");
        assertEquals("cinder.drivers.xp.hpe_xp_fc", ModuleNames.packaged(file("cinder/drivers/xp/hpe_xp_fc.py")));
    }

    @Test
    void aFileOutsideAnyPackageOrUnderANameNoImportCanSpellIsAScript() throws IOException {
        file("cinder/__init__.py");
        assertNull(ModuleNames.packaged(file("tools/check.py")));
        assertNull(ModuleNames.packaged(file("cinder/release-notes/conf.py")));
    }
}
