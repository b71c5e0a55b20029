package dev.greenshift.rewrite;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of the standard-library objects that rewrites construct in place of Eventlet's
 * (read from CPython 3.11's {@code dir()} and instance attributes). An Eventlet object used through
 * an attribute missing here ({@code Queue.resize}, {@code getcurrent().throw}) must not change type.
 */
public final class StandardTypes {
    private static final Set<String> QUEUE = Set.of("empty", "full", "get", "get_nowait", "join", "put", "put_nowait", "qsize",
            "task_done", "maxsize", "queue", "mutex", "not_empty", "not_full", "all_tasks_done", "unfinished_tasks");
    private static final Set<String> THREAD = Set.of("daemon", "getName", "ident", "isDaemon", "is_alive", "join", "name", "native_id",
            "run", "setDaemon", "setName", "start");
    private static final Set<String> SEMAPHORE = Set.of("acquire", "release");
    private static final Map<String, Set<String>> MEMBERS = Map.of(
            "queue.Queue", QUEUE,
            "queue.PriorityQueue", QUEUE,
            "queue.LifoQueue", QUEUE,
            "threading.Event", Set.of("clear", "isSet", "is_set", "set", "wait"),
            "threading.Semaphore", SEMAPHORE,
            "threading.BoundedSemaphore", SEMAPHORE,
            "threading.current_thread", THREAD);
    /** The first call of a template, after an optional {@code $target =}. */
    private static final Pattern CONSTRUCTOR = Pattern.compile("^\\s*(?:[$\\w.]+\\s*=\\s*)?([A-Za-z_][\\w.]*)\\s*\\(");

    private StandardTypes() {
    }

    /** The type whose attributes the object a template makes has ({@code queue.Queue}), or null when not one of ours. */
    public static String constructedBy(String template) {
        Matcher m = CONSTRUCTOR.matcher(template);
        return m.find() && MEMBERS.containsKey(m.group(1)) ? m.group(1) : null;
    }

    /** The attributes objects of that type have. */
    public static Set<String> members(String type) {
        return MEMBERS.getOrDefault(type, Set.of());
    }
}
