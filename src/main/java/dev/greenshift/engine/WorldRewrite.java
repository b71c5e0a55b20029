package dev.greenshift.engine;

import dev.greenshift.world.ModuleWorld;

/**
 * One file's rewrite with the world gate it met ({@code gate} null: it met none, as for a file that
 * could not be read as Python). A round of the world analysis that moves the file to another world
 * runs the rewrite again only when that world answers one of the gate's questions otherwise; most
 * files move between worlds their rewrite reads the same (native to patched, say).
 */
record WorldRewrite(FileResult result, WorldGate gate) {

    /** The same rewrite as it comes out in {@code world}, without running it again; null when it must run again. */
    WorldRewrite in(ModuleWorld world) {
        WorldGate next = gate == null ? null : gate.in(world);
        return next == null ? null : new WorldRewrite(next.reworded(result, gate), next);
    }
}
