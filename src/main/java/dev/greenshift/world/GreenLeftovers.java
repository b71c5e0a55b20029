package dev.greenshift.world;

import dev.greenshift.match.Needles;
import java.util.Set;
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

    /**
     * A word each construct above spells in full: a text holding none of them holds no construct,
     * whatever else it says about Green threads. One pass for all of them, and the pattern only
     * for the few texts that hold one (it ran for every module that merely wrote "Green" or "eventlet").
     */
    private static final Needles WORDS = Needles.of(Set.of("executor", "GreenThreadPool", "GreenFuture", "BackendType.EVENTLET"));

    private GreenLeftovers() {
    }

    /** The first indirect green construct in a module's text, as written, or null. */
    public static String find(String text) {
        if (!WORDS.foundIn(text)) {
            return null;
        }
        Matcher m = INDIRECT.matcher(text);
        return m.find() ? m.group() : null;
    }
}
