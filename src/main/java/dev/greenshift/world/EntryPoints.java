package dev.greenshift.world;

/** Which files are tests, the way test runners find them. */
public final class EntryPoints {
    private EntryPoints() {
    }

    /** Test code: under a tests/ or test/ directory, or a test_*.py / *_test.py / conftest.py file. */
    public static boolean isTestPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return ("/" + path).contains("/tests/") || ("/" + path).contains("/test/") || name.startsWith("test_")
                || name.endsWith("_test.py") || name.equals("conftest.py");
    }

    /** A module a test runner imports by itself: test_*.py, *_test.py, conftest.py. */
    static boolean isTestModule(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("test_") && name.endsWith(".py") || name.endsWith("_test.py") || name.equals("conftest.py");
    }
}
