package dev.greenshift.recipe;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the bundled rules/ directory: $GREENSHIFT_HOME/rules (set by the launcher), else next to
 * the project the running jar was built in, else ./rules.
 */
public final class RulesLocator {
    private RulesLocator() {
    }

    public static Path bundled() {
        String home = System.getenv("GREENSHIFT_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
            return Path.of(home, "rules");
        }
        try {
            Path jar = Path.of(RulesLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("grammar"))) {
                    return p.resolve("rules");
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through to the working directory
        }
        return Path.of("rules");
    }
}
