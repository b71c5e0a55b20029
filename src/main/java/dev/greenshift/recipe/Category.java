package dev.greenshift.recipe;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The audit kinds: the usage scenarios of the migration guide ("Audit your Code"), plus the
 * places outside program logic where Eventlet also hides.
 */
public enum Category {
    WSGI_SERVER("wsgi-server", "WSGI server"),
    NETWORK_CALLS("network-calls", "Asynchronous network calls"),
    BACKGROUND_TASKS("background-tasks", "Background execution of long tasks"),
    DEFERRED_TASKS("deferred-tasks", "Deferred task management"),
    GREEN_THREADS("green-threads", "Green thread management"),
    SOCKET_COMPATIBILITY("socket-compatibility", "Socket compatibility"),
    WEBSOCKET("websocket", "WebSocket support"),
    MONKEY_PATCHING("monkey-patching", "Integration with other libraries (monkey patching)"),
    TESTS("tests", "Tests"),
    CONFIG("config", "Configuration"),
    DEPENDENCY("dependency", "Dependency"),
    DOCS("docs", "Documentation");

    private final String slug;
    private final String title;

    Category(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static Category bySlug(String slug) {
        for (Category c : values()) {
            if (c.slug.equals(slug)) {
                return c;
            }
        }
        return null;
    }

    public static String slugs() {
        return Arrays.stream(values()).map(Category::slug).collect(Collectors.joining(", "));
    }
}
