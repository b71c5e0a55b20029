package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Usage;
import dev.greenshift.recipe.Category;
import dev.greenshift.recipe.Recipe;
import dev.greenshift.report.Product;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings as SARIF 2.1.0 for code scanning: one rule per recipe (uses a recipe rewrites) or
 * per kind (uses no recipe covers), one result per finding with its location relative to the root.
 * Rules carry what GitHub code scanning requires (a full description and help in text and
 * Markdown), and locations are percent-encoded relative URIs, so a file named {@code a#1%.py} is
 * still found.
 */
public final class SarifReport {
    /** What each kind means for a migration, for rules no recipe stands behind. */
    private static final Map<Category, String> KIND_HELP = new EnumMap<>(Category.class);

    static {
        KIND_HELP.put(Category.WSGI_SERVER, "The code serves WSGI with Eventlet's server (eventlet.wsgi). Move the app to another "
                + "WSGI or ASGI server (uvicorn, gunicorn with threads) and check uses of the eventlet.* environ keys.");
        KIND_HELP.put(Category.NETWORK_CALLS, "The code makes network calls through Eventlet's green modules (green urllib, "
                + "httplib, zmq). The standard module does the same call, blocking; run it on a thread or move it to asyncio.");
        KIND_HELP.put(Category.BACKGROUND_TASKS, "The code pushes blocking work off the hub with eventlet.tpool. Once monkey "
                + "patching is gone the call can be made directly; until then it must stay.");
        KIND_HELP.put(Category.DEFERRED_TASKS, "The code schedules or signals work with Eventlet (spawn_after, event.Event). "
                + "threading.Timer and threading.Event replace them; an Event that carries a value needs a Future.");
        KIND_HELP.put(Category.GREEN_THREADS, "The code manages green threads (spawn, sleep, GreenPool, Timeout, GreenThread "
                + "methods). Threads or a concurrent.futures executor replace them; kill() and Timeout have no thread equivalent.");
        KIND_HELP.put(Category.SOCKET_COMPATIBILITY, "The code uses Eventlet's green sockets (eventlet.listen, connect, "
                + "green.socket). The socket module does the same, blocking.");
        KIND_HELP.put(Category.WEBSOCKET, "The code serves WebSockets with eventlet.websocket, which has no standard library "
                + "equivalent: move to the websockets or wsproto libraries.");
        KIND_HELP.put(Category.MONKEY_PATCHING, "The code monkey patches the standard library, or uses what only works once it "
                + "is patched (hubs, patcher, green modules). Remove it last, once the explicit green calls are migrated.");
        KIND_HELP.put(Category.TESTS, "A test patches or stubs an Eventlet name by its dotted string. After the migration it "
                + "must name the API that replaced it, as looked up in the module under test.");
        KIND_HELP.put(Category.CONFIG, "A configuration option, environment variable or command-line value selects Eventlet. "
                + "Deprecate it before the code stops honouring it.");
        KIND_HELP.put(Category.DEPENDENCY, "A requirements file or package metadata depends on Eventlet. Remove the line once "
                + "no use remains in the project.");
        KIND_HELP.put(Category.DOCS, "The documentation mentions Eventlet. Update it with the code.");
    }

    private SarifReport() {
    }

    public static String render(AuditReport r) {
        Map<String, Usage> ruleExamples = new TreeMap<>();
        for (Usage u : r.findings()) {
            ruleExamples.putIfAbsent(ruleId(u), u);
        }
        List<String> ruleIds = new ArrayList<>(ruleExamples.keySet());
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(rule(id, ruleExamples.get(id), r.recipes().get(id)));
        }
        List<Object> results = new ArrayList<>();
        for (Usage u : r.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", ruleId(u));
            result.put("ruleIndex", ruleIds.indexOf(ruleId(u)));
            result.put("level", level(u));
            result.put("message", Map.of("text", message(u)));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", u.line());
            region.put("startColumn", u.column());
            Map<String, Object> physical = new LinkedHashMap<>();
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", uri(u.path()));
            artifact.put("uriBaseId", "%SRCROOT%");
            physical.put("artifactLocation", artifact);
            physical.put("region", region);
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("symbol", u.symbol());
            props.put("kind", u.kind().slug());
            props.put("depth", u.depth());
            result.put("properties", props);
            results.add(result);
        }
        Product product = Product.current();
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", product.name());
        driver.put("version", product.version());
        if (!product.url().isEmpty()) {
            driver.put("informationUri", product.url());
        }
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        return Json.write(doc);
    }

    private static Map<String, Object> rule(String id, Usage example, Recipe recipe) {
        String shortText;
        String fullText;
        StringBuilder help = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        if (recipe != null) {
            String safety = recipe.safety().name().toLowerCase(Locale.ROOT);
            shortText = sentence(recipe.summary());
            fullText = "Eventlet use that recipe " + id + " rewrites (" + recipe.category().title() + ", safety " + safety
                    + "): " + sentence(recipe.summary())
                    + (recipe.message() == null || recipe.message().isBlank() ? "" : " " + sentence(recipe.message()));
            help.append(fullText).append(' ').append(safetyAdvice(safety)).append(" Preview the rewrite with: greenshift diff PATH --recipes ")
                    .append(id);
            markdown.append("**").append(markdownText(sentence(recipe.summary()))).append("**\n\n")
                    .append("Kind: ").append(recipe.category().title()).append(". Safety: `").append(safety).append("`. ")
                    .append(safetyAdvice(safety)).append("\n\n");
            if (recipe.message() != null && !recipe.message().isBlank()) {
                markdown.append(markdownText(sentence(recipe.message()))).append("\n\n");
            }
            markdown.append("Preview the rewrite with `greenshift diff PATH --recipes ").append(id).append("`.");
        } else {
            Category kind = example.kind();
            shortText = "Eventlet use of kind " + kind.title() + " that no recipe rewrites";
            fullText = KIND_HELP.get(kind);
            help.append(fullText).append(" No greenshift recipe rewrites these uses: migrate them by hand.");
            markdown.append("**").append(markdownText(kind.title())).append("**\n\n").append(markdownText(fullText))
                    .append("\n\nNo greenshift recipe rewrites these uses: migrate them by hand.");
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("name", pascalCase(id));
        rule.put("shortDescription", Map.of("text", shortText));
        rule.put("fullDescription", Map.of("text", fullText));
        Map<String, Object> helpObject = new LinkedHashMap<>();
        helpObject.put("text", help.toString());
        helpObject.put("markdown", markdown.toString());
        rule.put("help", helpObject);
        rule.put("defaultConfiguration", Map.of("level", level(example)));
        rule.put("properties", Map.of("tags", List.of("eventlet", (recipe != null ? recipe.category() : example.kind()).slug())));
        return rule;
    }

    private static String safetyAdvice(String safety) {
        return switch (safety) {
            case "safe" -> "The rewrite keeps behaviour for ordinary programs.";
            case "review" -> "The rewrite needs a human look before it is merged.";
            default -> "No faithful rewrite exists: the spot is flagged, never guessed.";
        };
    }

    static String ruleId(Usage u) {
        return u.recipe() != null ? u.recipe() : "eventlet/" + u.kind().slug();
    }

    /** A user-facing rule name distinct from the opaque id: {@code eventlet/green-threads} -> {@code EventletGreenThreads}. */
    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    /**
     * A relative path as an RFC 3986 URI reference: every byte of its UTF-8 form outside the
     * unreserved set (and the segment separator) is percent-encoded, so that {@code #}, {@code %},
     * {@code ?}, spaces and non-ASCII names stay part of the path.
     */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String sentence(String s) {
        String t = s.strip();
        if (t.matches("[a-z]+ .*")) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1); // prose, not a code name such as eventlet.sleep(s)
        }
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** Text that goes into Markdown help as prose: characters Markdown would read as markup are escaped. */
    private static String markdownText(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
    }

    private static String level(Usage u) {
        return u.inCode() ? "warning" : "note";
    }

    private static String safety(Usage u) {
        return u.safety().name().toLowerCase(Locale.ROOT);
    }

    private static String message(Usage u) {
        String depth = u.depth() > 1 ? " through " + (u.depth() - 1) + " project wrapper(s)" : "";
        String recipe = u.recipe() == null ? "; no recipe rewrites it" : "; recipe " + u.recipe() + " (" + safety(u) + ") rewrites it";
        return u.kind().title() + ": " + u.symbol() + depth + recipe;
    }
}
