package dev.greenshift.world;

/** The world of one module and, in a few words, why (which entry points, which patching, what blocks). */
public record ModuleWorld(World world, String reason) {

    public static ModuleWorld stated(World world, String how) {
        return new ModuleWorld(world, "stated by " + how);
    }

    @Override
    public String toString() {
        return world.word() + " (" + reason + ")";
    }
}
