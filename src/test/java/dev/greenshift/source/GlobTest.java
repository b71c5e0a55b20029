package dev.greenshift.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gitignore syntax, case by case as git's documentation states it. */
class GlobTest {

    private static boolean file(String pattern, String path) {
        return Glob.parse(pattern).orElseThrow().matches(path, false);
    }

    private static boolean dir(String pattern, String path) {
        return Glob.parse(pattern).orElseThrow().matches(path, true);
    }

    @Test
    void aPatternWithoutSlashMatchesAtAnyDepth() {
        assertTrue(file("*.pyc", "a.pyc"));
        assertTrue(file("*.pyc", "pkg/sub/a.pyc"));
        assertTrue(dir("build", "src/build"));
        assertFalse(file("*.pyc", "a.pyc.txt"));
    }

    @Test
    void aLeadingOrInnerSlashAnchorsToTheBase() {
        assertTrue(file("/setup.py", "setup.py"));
        assertFalse(file("/setup.py", "pkg/setup.py"));
        assertTrue(file("doc/conf.py", "doc/conf.py"));
        assertFalse(file("doc/conf.py", "src/doc/conf.py"));
    }

    @Test
    void aTrailingSlashMatchesDirectoriesOnly() {
        assertTrue(dir("vendored/", "pkg/vendored"));
        assertFalse(file("vendored/", "pkg/vendored"));
        assertTrue(dir("/build/", "build"));
        assertFalse(dir("/build/", "src/build"));
    }

    @Test
    void starQuestionAndClassesNeverCrossASlash() {
        assertFalse(file("/pkg*.py", "pkg/a.py"));
        assertTrue(file("mod?.py", "mod1.py"));
        assertFalse(file("mod?.py", "mod/.py"));
        assertTrue(file("test_[a-c].py", "test_b.py"));
        assertFalse(file("test_[a-c].py", "test_d.py"));
        assertTrue(file("test_[!a-c].py", "test_d.py"));
        assertFalse(file("test_[!a-c].py", "test_a.py"));
        assertFalse(file("a[/]b", "a/b"));
    }

    @Test
    void doubleStarSegmentsCrossDirectories() {
        assertTrue(file("**/migrations", "migrations"));
        assertTrue(file("**/migrations", "app/db/migrations"));
        assertTrue(file("nova/**/fake_*.py", "nova/fake_a.py"));
        assertTrue(file("nova/**/fake_*.py", "nova/tests/unit/fake_a.py"));
        assertFalse(file("nova/**/fake_*.py", "other/tests/fake_a.py"));
        assertTrue(file("tests/**", "tests/unit/test_a.py"));
        assertFalse(dir("tests/**", "tests"), "everything inside, not the directory itself");
        assertTrue(file("a**b.py", "axxb.py"), "a ** inside a name is a plain star");
        assertFalse(file("a**b.py", "ax/xb.py"));
    }

    @Test
    void negationBackslashesAndCommentsFollowGit() {
        assertTrue(Glob.parse("!keep.py").orElseThrow().negated());
        assertTrue(Glob.parse("\\!bang.py").map(g -> !g.negated() && g.matches("!bang.py", false)).orElseThrow());
        assertTrue(Glob.parse("\\#hash.py").orElseThrow().matches("#hash.py", false));
        assertTrue(Glob.parse("# a comment").isEmpty());
        assertTrue(Glob.parse("   ").isEmpty());
        assertTrue(file("trailing.py   ", "trailing.py"), "unescaped trailing spaces are dropped");
        assertTrue(file("space\\ ", "space "), "an escaped trailing space is kept");
        assertTrue(file("a+b(1).py", "a+b(1).py"), "regex characters are literal");
    }

    @Test
    void inOneFileTheLastMatchingPatternDecides() {
        IgnoreFile rules = IgnoreFile.of(Path.of("/p"), List.of("*.py", "!keep*.py", "keep_not.py"));
        assertEquals(IgnoreFile.Verdict.MATCHED, rules.check("drop.py", false));
        assertEquals(IgnoreFile.Verdict.NEGATED, rules.check("keep_me.py", false));
        assertEquals(IgnoreFile.Verdict.MATCHED, rules.check("keep_not.py", false));
        assertEquals(IgnoreFile.Verdict.UNDECIDED, rules.check("notes.txt", false));
        assertEquals(IgnoreFile.Verdict.MATCHED, rules.check(Path.of("/p/sub/x.py"), false));
        assertEquals(IgnoreFile.Verdict.UNDECIDED, rules.check(Path.of("/elsewhere/x.py"), false), "outside its base it says nothing");
    }

    @Test
    void theCommonShapesAreComparedWithoutARegexAndAnswerAsItWould() {
        // Before: every pattern ran its regex on every path. After: these shapes compare strings.
        assertEquals(Glob.Plain.Shape.NAME, Glob.parse(".tox").orElseThrow().plain().shape());
        assertEquals(Glob.Plain.Shape.NAME_SUFFIX, Glob.parse("*.pyc").orElseThrow().plain().shape());
        assertEquals(Glob.Plain.Shape.NAME_PREFIX, Glob.parse("venv*").orElseThrow().plain().shape());
        assertEquals(Glob.Plain.Shape.PATH, Glob.parse("/nova/vcsversion.py").orElseThrow().plain().shape());
        assertEquals(Glob.Plain.Shape.NAME, Glob.parse("build/").orElseThrow().plain().shape());
        for (String wild : List.of("*", "**.pyc", "doc/build/*", "mod?.py", "test_[ab].py", "a\\*b", "*.py*")) {
            assertEquals(null, Glob.parse(wild).orElseThrow().plain(), wild + " is left to the regex");
        }
        List<String> patterns = List.of(".tox", "*.pyc", "venv*", "/nova/vcsversion.py", "nova/vcsversion.py", "build/", "*~", "AUTHORS");
        List<String> paths = List.of(".tox", "a/.tox", "a.tox", "a/b.tox/c", "x.pyc", "a/b/x.pyc", "x.pyc/y", "venv", "venv2/x", "a/venv3",
                "a/xvenv", "nova/vcsversion.py", "x/nova/vcsversion.py", "build", "src/build", "rebuild", "a~", "a/b~", "AUTHORS",
                "doc/AUTHORS", "AUTHORS.txt", "a\nb/.tox", "a\nb/x.pyc", "a\nb/venv1", "a/x\ny.pyc");
        for (String pattern : patterns) {
            Glob glob = Glob.parse(pattern).orElseThrow();
            for (String path : paths) {
                for (boolean directory : new boolean[] {false, true}) {
                    boolean byRegex = (directory || !glob.directoryOnly()) && glob.regex().matcher(path).matches();
                    assertEquals(byRegex, glob.matches(path, directory), pattern + " on " + path.replace("\n", "\\n"));
                }
            }
        }
    }

    @Test
    void aPathRelativeToItsBaseIsTheTextAfterTheBase() {
        assertEquals("sub/x.py", IgnoreFile.relative(Path.of("/p"), Path.of("/p/sub/x.py")));
        assertEquals("p/x.py", IgnoreFile.relative(Path.of("/"), Path.of("/p/x.py")));
        assertEquals("../pq/x.py", IgnoreFile.relative(Path.of("/p"), Path.of("/pq/x.py")), "a sibling sharing a prefix is not under the base");
    }
}
