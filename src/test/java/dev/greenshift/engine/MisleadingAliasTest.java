package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.ProjectNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An alias that names the library ({@code green_subprocess}) lies once the import is the standard
 * module: it is dropped and its uses renamed, unless the plain name would collide (the resolver's
 * scope rules) or something outside the code (a string, another module) writes the alias.
 */
class MisleadingAliasTest {

    @Test
    void aGreenAliasIsDroppedAndItsUsesRenamed() {
        assertEquals("""
                import logging
                import subprocess


                def run(cmd):
                    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
                    return proc.communicate()[0]
                """, Rewritten.of("""
                import logging

                from eventlet.green import subprocess as green_subprocess


                def run(cmd):
                    proc = green_subprocess.Popen(cmd, stdout=green_subprocess.PIPE)
                    return proc.communicate()[0]
                """).text());
    }

    @Test
    void theAliasStaysWhenTheplainNameIsBoundWhereTheAliasIsUsed() {
        assertEquals("""
                import logging
                import subprocess as green_subprocess


                def run(cmd, subprocess=None):
                    return green_subprocess.call(cmd)
                """, Rewritten.of("""
                import logging

                from eventlet.green import subprocess as green_subprocess


                def run(cmd, subprocess=None):
                    return green_subprocess.call(cmd)
                """).text());
    }

    @Test
    void theAliasStaysWhenAStringOfTheModuleNamesIt() {
        assertEquals("""
                import logging
                import subprocess as green_subprocess

                __all__ = ['green_subprocess', 'run']


                def run(cmd):
                    return green_subprocess.call(cmd)
                """, Rewritten.of("""
                import logging

                from eventlet.green import subprocess as green_subprocess

                __all__ = ['green_subprocess', 'run']


                def run(cmd):
                    return green_subprocess.call(cmd)
                """).text());
    }

    @Test
    void anAliasThatDoesNotNameTheLibraryStays() {
        assertEquals("""
                import logging
                import subprocess as sp


                def run(cmd):
                    return sp.call(cmd)
                """, Rewritten.of("""
                import logging

                from eventlet.green import subprocess as sp


                def run(cmd):
                    return sp.call(cmd)
                """).text());
    }

    @Test
    void anotherModuleWritingTheAliasKeepsIt() {
        ProjectNames project = new ProjectNames(List.of(
                new ProjectNames.Source("app/tasks.py", "green_subprocess = 1\n", new ModuleLocation("app.tasks", false)),
                new ProjectNames.Source("tests/test_tasks.py", "mock.patch('app.tasks.green_subprocess.call')\n",
                        new ModuleLocation("tests.test_tasks", false))));
        assertTrue(project.mentionedOutside("app.tasks", "green_subprocess"));
        assertFalse(project.mentionedOutside("app.tasks", "green_sub"));
        assertFalse(new ProjectNames(List.of(project.equals(null) ? null
                : new ProjectNames.Source("app/tasks.py", "green_subprocess = 1\n", new ModuleLocation("app.tasks", false))))
                .mentionedOutside("app.tasks", "green_subprocess"));
    }
}
