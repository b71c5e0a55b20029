package dev.greenshift.audit;

import dev.greenshift.recipe.Category;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which usage kind of the migration guide an Eventlet API belongs to, and what type a call
 * returns (so that {@code gt.wait()} on {@code gt = eventlet.spawn(...)} is known). The table
 * follows the bundled recipe catalogue; the longest matching prefix of a canonical name decides.
 */
public final class ApiCatalogue {
    /** Kinds that are not program code: they never make a module an Eventlet user. */
    public static final Set<Category> OUTSIDE_CODE = EnumSet.of(Category.TESTS, Category.DEPENDENCY, Category.CONFIG, Category.DOCS);
    /** Kinds whose Eventlet use is non-blocking network I/O: the guide's case for asyncio. */
    public static final Set<Category> NETWORK = EnumSet.of(Category.WSGI_SERVER, Category.NETWORK_CALLS,
            Category.SOCKET_COMPATIBILITY, Category.WEBSOCKET);
    /** Kinds about running work concurrently: green threads, executors, deferred and long tasks. */
    public static final Set<Category> THREADS = EnumSet.of(Category.GREEN_THREADS, Category.BACKGROUND_TASKS,
            Category.DEFERRED_TASKS);

    private static final Map<String, Category> KINDS = new LinkedHashMap<>();
    private static final Map<String, String> RETURNS = Map.of(
            "eventlet.spawn", "eventlet.GreenThread",
            "eventlet.spawn_after", "eventlet.GreenThread",
            "eventlet.spawn_after_local", "eventlet.GreenThread",
            "eventlet.GreenPool.spawn", "eventlet.GreenThread",
            "eventlet.listen", "eventlet.greenio.GreenSocket",
            "eventlet.connect", "eventlet.greenio.GreenSocket",
            "eventlet.green.socket.socket", "eventlet.greenio.GreenSocket");

    static {
        kind(Category.WSGI_SERVER, "eventlet.wsgi");
        kind(Category.WEBSOCKET, "eventlet.websocket");
        kind(Category.SOCKET_COMPATIBILITY, "eventlet.green.socket", "eventlet.green.ssl", "eventlet.green.select",
                "eventlet.green.selectors", "eventlet.greenio", "eventlet.listen", "eventlet.connect", "eventlet.serve",
                "eventlet.wrap_ssl", "eventlet.StopServe", "eventlet.convenience", "eventlet.support.greendns");
        kind(Category.NETWORK_CALLS, "eventlet.green.urllib", "eventlet.green.urllib2", "eventlet.green.httplib",
                "eventlet.green.http", "eventlet.green.zmq", "eventlet.green.OpenSSL", "eventlet.green.ftplib",
                "eventlet.green.BaseHTTPServer", "eventlet.green.SimpleHTTPServer", "eventlet.green.asyncore");
        // Where a bundled recipe rewrites an API, its kind is the recipe's category (ApiCatalogueTest checks it).
        kind(Category.NETWORK_CALLS, "eventlet.pools", "eventlet.db_pool");
        kind(Category.MONKEY_PATCHING, "eventlet.green", "eventlet.monkey_patch", "eventlet.patcher",
                "eventlet.import_patched", "eventlet.hubs", "eventlet.debug", "eventlet.backdoor", "eventlet.tpool");
        kind(Category.BACKGROUND_TASKS, "eventlet.GreenPool", "eventlet.GreenPile", "eventlet.greenpool");
        kind(Category.DEFERRED_TASKS, "eventlet.spawn_after", "eventlet.spawn_after_local", "eventlet.event");
    }

    private ApiCatalogue() {
    }

    private static void kind(Category kind, String... prefixes) {
        for (String p : prefixes) {
            KINDS.put(p, kind);
        }
    }

    /** The usage kind of a canonical Eventlet name; green thread management when nothing more specific fits. */
    public static Category kindOf(String symbol) {
        for (String s = symbol; ; ) {
            Category k = KINDS.get(s);
            if (k != null) {
                return k;
            }
            int dot = s.lastIndexOf('.');
            if (dot < 0) {
                return Category.GREEN_THREADS;
            }
            s = s.substring(0, dot);
        }
    }

    public static boolean isEventlet(String qualified) {
        return qualified.equals("eventlet") || qualified.startsWith("eventlet.");
    }

    /** The type of the object a call of {@code callee} returns: a class returns itself, a few functions are known. */
    public static String returnType(String callee) {
        String known = RETURNS.get(callee);
        if (known != null) {
            return known;
        }
        String last = callee.substring(callee.lastIndexOf('.') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) ? callee : null;
    }

    public static boolean isMonkeyPatch(Category kind, String symbol) {
        return kind == Category.MONKEY_PATCHING && (symbol.endsWith("monkey_patch") || symbol.contains("monkey_patch."));
    }
}
