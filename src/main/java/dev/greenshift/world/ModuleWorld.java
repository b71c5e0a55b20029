package dev.greenshift.world;

/**
 * The world of one module and, in a few words, why (which entry points, which patching, what blocks).
 * {@code importedUnpatched}, for a patched module only: why its import-time code runs before the
 * patch (an entry point that patches in {@code main()} after its imports, or below an import of it),
 * so what it binds on import (a name from the standard library, a module-level lock, a class base)
 * is the native one; null when every patch comes first. {@code leftNative}, for a patched module:
 * what of Eventlet's {@code thread} and {@code time} some entry point's patch leaves native (swift
 * patches threads but not time), with {@code partly} saying where in words; empty and null for a
 * full patch.
 */
public record ModuleWorld(World world, String reason, String importedUnpatched, java.util.Set<String> leftNative, String partly) {

    public ModuleWorld {
        leftNative = java.util.Set.copyOf(leftNative);
    }

    public ModuleWorld(World world, String reason) {
        this(world, reason, null);
    }

    public ModuleWorld(World world, String reason, String importedUnpatched) {
        this(world, reason, importedUnpatched, java.util.Set.of(), null);
    }

    public static ModuleWorld stated(World world, String how) {
        return new ModuleWorld(world, "stated by " + how);
    }

    @Override
    public String toString() {
        return world.word() + " (" + reason + (importedUnpatched == null ? "" : "; " + importedUnpatched) + ")";
    }
}
