package dev.greenshift.world;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Green code that does not import Eventlet: an oslo.messaging {@code executor='eventlet'}, futurist's
 * green executors, oslo.service's Eventlet backend. A process that runs them needs monkey patching
 * as much as one that calls Eventlet itself.
 */
public final class GreenLeftovers {
    private static final Pattern INDIRECT = Pattern.compile(
            "executor\\s*=\\s*['\"]eventlet['\"]|\\bGreenThreadPoolExecutor\\b|\\bGreenFuture\\b|\\bGreenThreadPool\\b"
                    + "|BackendType\\.EVENTLET\\b");

    private GreenLeftovers() {
    }

    /** The first indirect green construct in a module's text, as written, or null. */
    public static String find(String text) {
        if (!text.contains("eventlet") && !text.contains("Green") && !text.contains("EVENTLET")) {
            return null;
        }
        Matcher m = INDIRECT.matcher(text);
        return m.find() ? m.group() : null;
    }
}
