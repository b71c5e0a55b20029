package dev.greenshift.world;

/**
 * A place that monkey patches the process: a call of {@code eventlet.monkey_patch} (however it is
 * spelled: alias, {@code patcher.monkey_patch}, a project's re-export) or of a project function that
 * patches ({@code via} is then that function's qualified name). {@code scope} is the enclosing
 * function ({@code module.func}), null at module level. {@code unpatched} says what a partial patch
 * leaves native of what the threading recipes rely on ("time stays unpatched"), null when it patches
 * both threading and time (see PatchArguments).
 */
public record PatchSite(String path, String module, int line, int column, String via, String scope, Guard guard,
                        String snippet, String unpatched) {

    /** True when threading and time both turn green here, so stdlib threads and sleeps are green threads. */
    public boolean patchesThreads() {
        return unpatched == null;
    }

    /** Eventlet's keywords among thread and time that this call leaves native. */
    public java.util.Set<String> leftNative() {
        return PatchArguments.leftNative(unpatched);
    }

    /** Runs when its module is imported: module level, outside a main guard, unconditional. */
    public boolean patchesOnImport() {
        return scope == null && guard.kind() == Guard.Kind.UNCONDITIONAL;
    }

    /** True for a direct call of Eventlet's monkey_patch, false for a call of a project wrapper. */
    public boolean direct() {
        return via.startsWith("eventlet.");
    }
}
