package dev.greenshift.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one {@code .gitignore}, or of an {@code --include}/{@code --exclude} list, with the
 * directory they are relative to. Within one list the last matching pattern decides, as in git.
 *
 * @param base absolute, normalized directory the patterns are written relative to
 */
public record IgnoreFile(Path base, List<Glob> globs) {

    /** What a list says about a path: it matches (ignored, or taken for an include list), a {@code !} pattern took it back, or nothing matched. */
    public enum Verdict { MATCHED, NEGATED, UNDECIDED }

    public IgnoreFile {
        base = base.toAbsolutePath().normalize();
        globs = List.copyOf(globs);
    }

    public static IgnoreFile of(Path base, List<String> patterns) {
        List<Glob> globs = new ArrayList<>();
        patterns.forEach(p -> Glob.parse(p).ifPresent(globs::add));
        return new IgnoreFile(base, globs);
    }

    /** The ignore file in {@code dir}, or null when there is none or it cannot be read (then nothing is ignored by it). */
    static IgnoreFile read(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // git reads ignore files as bytes; Latin-1 keeps every byte as one char, so no line is lost.
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            IgnoreFile read = of(dir, List.of(text.split("\n", -1)));
            return read.globs.isEmpty() ? null : read;
        } catch (IOException e) {
            return null;
        }
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    /** The verdict for a path, relative to {@link #base()}; a path outside the base is undecided. */
    public Verdict check(Path absolute, boolean isDirectory) {
        Path abs = absolute.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? check(relative(base, abs), isDirectory) : Verdict.UNDECIDED;
    }

    /** The verdict for a path already written relative to the base with {@code /}. */
    public Verdict check(String relative, boolean isDirectory) {
        for (int i = globs.size() - 1; i >= 0; i--) {
            Glob g = globs.get(i);
            if (g.matches(relative, isDirectory)) {
                return g.negated() ? Verdict.NEGATED : Verdict.MATCHED;
            }
        }
        return Verdict.UNDECIDED;
    }

    /**
     * {@code absolute} (normalized, under {@code base}) written relative to {@code base} with {@code /}: the
     * text after the base's, as {@link Path#relativize} would give it, without building the path name by
     * name (discovery asks this of every ignore file for every file).
     */
    static String relative(Path base, Path absolute) {
        String b = base.toString();
        String a = absolute.toString();
        if (!a.startsWith(b) || a.length() <= b.length()) {
            return base.relativize(absolute).toString().replace('\\', '/');
        }
        char last = b.charAt(b.length() - 1);
        boolean endsInSeparator = last == '/' || last == java.io.File.separatorChar;
        if (!endsInSeparator && a.charAt(b.length()) != java.io.File.separatorChar) {
            return base.relativize(absolute).toString().replace('\\', '/');
        }
        return a.substring(endsInSeparator ? b.length() : b.length() + 1).replace('\\', '/');
    }
}
