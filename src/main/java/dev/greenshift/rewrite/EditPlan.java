package dev.greenshift.rewrite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edits for one file, accepted in the order they are offered (recipe order), so an earlier
 * recipe always wins an overlap. Edits may nest only inside the other's metavariable spans
 * ({@code eventlet.spawn(f, eventlet.sleep)}); any other overlap is refused and reported.
 */
public final class EditPlan {
    private final List<Edit> accepted = new ArrayList<>();
    /**
     * Accepted edits by start offset, with the longest one's length: the edits that can overlap
     * [start, end) start in [start - longest, end], so each check looks at a few neighbours, not at
     * every edit (20,000 edits in one file stay linear).
     */
    private final java.util.TreeMap<Integer, List<Edit>> byStart = new java.util.TreeMap<>();
    private int longest;

    /** Accepts the edit, or returns the accepted edit it conflicts with. */
    public Edit offer(Edit edit) {
        for (Edit other : near(edit.start(), edit.end())) {
            if (edit.isInsertion() && other.isInsertion() && edit.start() == other.start() && sameText(edit, other)) {
                return null;
            }
            if (compatible(edit, other)) {
                continue;
            }
            return other;
        }
        accept(edit);
        return null;
    }

    private void accept(Edit edit) {
        accepted.add(edit);
        byStart.computeIfAbsent(edit.start(), k -> new ArrayList<>(1)).add(edit);
        longest = Math.max(longest, edit.end() - edit.start());
    }

    /** Accepted edits that start in [start - longest, end]: every one that may overlap or contain [start, end). */
    private List<Edit> near(int start, int end) {
        List<Edit> found = new ArrayList<>();
        for (List<Edit> at : byStart.subMap(start - longest, true, end, true).values()) {
            found.addAll(at);
        }
        return found;
    }

    /**
     * True when an accepted edit already replaces [start, end) as a whole and not through one of
     * its metavariables: code an earlier recipe rewrote away, which later recipes must leave alone
     * without calling it a conflict (the listen() inside a rewritten wsgi.server call).
     */
    public boolean consumes(int start, int end) {
        return near(start, start).stream().anyMatch(e -> replacesWithin(e, start, end) && !(e.start() == start && e.end() == end));
    }

    /** True when an accepted edit replaces [start, end), as a whole or as part of a larger replacement. */
    public boolean replaces(int start, int end) {
        return near(start, start).stream().anyMatch(e -> replacesWithin(e, start, end));
    }

    /** True when an accepted edit (not an insertion) changes any of [start, end). */
    public boolean overlaps(int start, int end) {
        return near(start, end).stream().anyMatch(e -> !e.isInsertion() && e.start() < end && start < e.end());
    }

    private static boolean replacesWithin(Edit e, int start, int end) {
        return !e.isInsertion() && e.start() <= start && end <= e.end() && !e.hosts(start, end);
    }

    /** Accepts all the edits or none of them; returns the accepted edit that blocks them, or null. */
    public Edit offerAll(List<Edit> edits) {
        List<Edit> fresh = new ArrayList<>();
        for (Edit edit : edits) {
            // The same rewrite asked twice (two handles passed to one function share its follow-ups) is one edit.
            if (byStart.getOrDefault(edit.start(), List.of()).contains(edit)) {
                continue;
            }
            for (Edit other : near(edit.start(), edit.end())) {
                if (!compatible(edit, other)) {
                    return other;
                }
            }
            fresh.add(edit);
        }
        fresh.forEach(this::accept);
        return null;
    }

    private static boolean compatible(Edit a, Edit b) {
        if (a.end() <= b.start() || b.end() <= a.start()) {
            return true;
        }
        return b.hosts(a.start(), a.end()) || a.hosts(b.start(), b.end());
    }

    private static boolean sameText(Edit a, Edit b) {
        return a.fixedText() != null && a.fixedText().equals(b.fixedText());
    }

    public List<Edit> edits() {
        List<Edit> sorted = new ArrayList<>(accepted);
        // At one offset, insertions go first (they sit before the code an edit replaces), then outer edits before nested ones.
        sorted.sort(Comparator.comparingInt(Edit::start)
                .thenComparing(e -> !e.isInsertion())
                .thenComparing(Comparator.comparingInt(Edit::end).reversed()));
        return sorted;
    }

    public boolean isEmpty() {
        return accepted.isEmpty();
    }

    /** The text with every edit applied; bytes outside edits are copied unchanged. */
    public String render(String source) {
        return new Renderer(source, edits()).render(0, source.length());
    }

    /** The text with every edit applied, and where in it the edits wrote (for the husk sweep). */
    public Rendering rendering(String source) {
        List<int[]> changed = new ArrayList<>();
        String text = new Renderer(source, edits()).render(changed);
        return new Rendering(text, changed);
    }

    /** A rendered text and the [start, end) ranges of it that edits wrote, in order. */
    public record Rendering(String text, List<int[]> changed) {
    }
}
