package dev.greenshift.names;

/**
 * Where a module sits in its project: its dotted name ({@code pkg.worker}) and whether it is a
 * package's {@code __init__}. Relative imports are resolved against it; {@link #UNKNOWN} (a file
 * outside any package) leaves them relative, as written.
 */
public record ModuleLocation(String dotted, boolean packageInit) {
    public static final ModuleLocation UNKNOWN = new ModuleLocation(null, false);

    /**
     * The absolute name of an import target: {@code ..utils.spawn} seen from {@code pkg.sub.mod} is
     * {@code pkg.utils.spawn}; an absolute name comes back unchanged.
     */
    public String absolute(String qualified) {
        if (qualified == null || !qualified.startsWith(".") || dotted == null) {
            return qualified;
        }
        int dots = 0;
        while (dots < qualified.length() && qualified.charAt(dots) == '.') {
            dots++;
        }
        String pkg = packageInit ? dotted : parent(dotted);
        for (int i = 1; i < dots && pkg != null; i++) {
            pkg = parent(pkg);
        }
        String rest = qualified.substring(dots);
        if (pkg == null || pkg.isEmpty()) {
            return rest;
        }
        return rest.isEmpty() ? pkg : pkg + "." + rest;
    }

    private static String parent(String module) {
        int dot = module.lastIndexOf('.');
        return dot < 0 ? "" : module.substring(0, dot);
    }
}
