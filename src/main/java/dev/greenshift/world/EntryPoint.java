package dev.greenshift.world;

/** A module the process starts from, and how it is started. {@code function}: the console_script's function, or null. */
public record EntryPoint(String module, String path, Kind kind, String function) {

    public enum Kind {
        CONSOLE_SCRIPT("console_scripts entry"),
        MAIN_MODULE("__main__ module"),
        MAIN_GUARD("if __name__ == '__main__'"),
        SCRIPT("script outside any package that nothing imports"),
        TEST("test module"),
        TEST_PACKAGE("test package __init__");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean test() {
        return kind == Kind.TEST || kind == Kind.TEST_PACKAGE;
    }
}
