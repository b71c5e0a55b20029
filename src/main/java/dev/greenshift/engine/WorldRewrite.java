package dev.greenshift.engine;

import dev.greenshift.world.ModuleWorld;
import java.util.Set;

/**
 * One file's rewrite with what it asked of the rest of the run: the world gate it met and the targets
 * it looked up among the names the run removed ({@link Engine#lostNames}); both null when it asked
 * nothing that was recorded, as for a file that could not be read as Python. A round of the world
 * analysis that moves the file to another world runs the rewrite again only when that world answers
 * one of the gate's questions otherwise; most files move between worlds their rewrite reads the same
 * (native to patched, say).
 */
record WorldRewrite(FileResult result, WorldGate gate, Set<String> askedLost) {

    /** A result that recorded nothing it asked: whatever changes, it is made again. */
    static WorldRewrite unrecorded(FileResult result) {
        return new WorldRewrite(result, null, null);
    }

    /** The same rewrite as it comes out in {@code world}, without running it again; null when it must run again. */
    WorldRewrite in(ModuleWorld world) {
        WorldGate next = gate == null ? null : gate.in(world);
        return next == null ? null : new WorldRewrite(next.reworded(result, gate), next, askedLost);
    }

    /**
     * True when this rewrite would take another path if the run's removed names were {@code after}
     * instead of {@code before}: it looked one of them up and the answer differs (or it recorded nothing).
     */
    boolean asksOtherwise(Set<String> before, Set<String> after) {
        return askedLost == null || askedLost.stream().anyMatch(t -> before.contains(t) != after.contains(t));
    }
}
