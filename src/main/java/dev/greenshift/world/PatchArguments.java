package dev.greenshift.world;

import java.util.HashMap;
import java.util.Map;

/**
 * What a call of Eventlet's {@code monkey_patch(...)} patches of what the threading recipes rely on:
 * {@code thread} (threading, _thread and queue turn green) and {@code time} (time.sleep yields to the
 * hub). Read as Eventlet reads its keywords: {@code all=} sets the default; without it, the default is
 * on unless some keyword is {@code True} ({@code monkey_patch(socket=True)} patches the socket alone).
 * An explicit {@code None} switches a module off, as {@code setdefault} leaves it in place.
 *
 * <p>Why it matters: swift's {@code monkey_patch(all=False, socket=True, select=True, thread=True)}
 * leaves {@code time} alone, so {@code eventlet.sleep} to {@code time.sleep} would block every green
 * thread of the process; nova's {@code monkey_patch(thread=False)} (under its debugger) leaves
 * threading native, so a Thread is a real thread beside the hub.
 *
 * @param arguments the text between the call's parentheses, whitespace removed
 */
record PatchArguments(String arguments) {

    /** "time stays unpatched by monkey_patch(all=False,socket=True)", or null when the call patches thread and time. */
    static String unpatchedBy(String arguments) {
        String leaves = new PatchArguments(arguments).leavesUnpatched();
        return leaves == null ? null : leaves + " by monkey_patch(" + arguments + ")";
    }

    /**
     * The keywords ({@code thread}, {@code time}) a site's {@link #unpatchedBy} words leave native:
     * both when the call's arguments are known only at run time; none for null.
     */
    static java.util.Set<String> leftNative(String unpatched) {
        if (unpatched == null) {
            return java.util.Set.of();
        }
        if (unpatched.startsWith(TIME_STAYS)) {
            return java.util.Set.of("time");
        }
        if (unpatched.startsWith(THREADING_STAYS)) {
            return java.util.Set.of("thread");
        }
        return java.util.Set.of("thread", "time");
    }

    private static final String TIME_STAYS = "time stays";
    private static final String THREADING_STAYS = "threading stays";

    /** What the call leaves native, in words, or null when it patches both thread and time. */
    String leavesUnpatched() {
        Map<String, String> on = keywords();
        if (on == null) {
            return "which modules it patches depends on values known only at run time";
        }
        String all = on.remove("all");
        boolean defaultOn = all != null ? "True".equals(all) : !on.containsValue("True");
        boolean thread = "True".equals(on.getOrDefault("thread", defaultOn ? "True" : "False"));
        boolean time = "True".equals(on.getOrDefault("time", defaultOn ? "True" : "False"));
        if (thread && time) {
            return null;
        }
        return (thread ? TIME_STAYS : time ? THREADING_STAYS : "threading and time stay") + " unpatched";
    }

    /** Keyword to literal ({@code True}, {@code False}, {@code None}), or null when any argument is not such a keyword. */
    private Map<String, String> keywords() {
        Map<String, String> on = new HashMap<>();
        if (arguments.isEmpty()) {
            return on;
        }
        for (String argument : arguments.split(",", -1)) {
            if (argument.isEmpty() && on.size() > 0) {
                continue; // a trailing comma
            }
            int eq = argument.indexOf('=');
            String value = eq < 0 ? null : argument.substring(eq + 1);
            if (value == null || argument.startsWith("*")
                    || !(value.equals("True") || value.equals("False") || value.equals("None"))) {
                return null;
            }
            String key = argument.substring(0, eq);
            on.put(key.equals("__builtin__") ? "builtins" : key, value);
        }
        return on;
    }
}
