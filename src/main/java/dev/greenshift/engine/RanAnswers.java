package dev.greenshift.engine;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The recipes that made edits in the whole run, as one file's rewrite sees them ({@code where ran
 * ...}), remembering which ones it asked about: a later round, where other files changed what
 * ran, redoes the file only if one of those answers changed. Most test files ask about one or two
 * recipes; without this every round rewrote each of them again.
 */
public final class RanAnswers extends AbstractSet<String> {
    private final Set<String> ran;
    private final Set<Object> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set when the rewrite read the whole set: then any change counts. */
    private volatile boolean readAll;

    public RanAnswers(Set<String> ran) {
        this.ran = Set.copyOf(ran);
    }

    @Override
    public boolean contains(Object recipe) {
        asked.add(recipe);
        return ran.contains(recipe);
    }

    @Override
    public Iterator<String> iterator() {
        readAll = true;
        return ran.iterator();
    }

    @Override
    public int size() {
        readAll = true;
        return ran.size();
    }

    /**
     * True when a rewrite that asked {@code asked} (null: unknown, as for a file processed without
     * recording) would get a different answer from {@code now}, so must be done again.
     */
    public static boolean answeredOtherwise(RanAnswers asked, Set<String> now) {
        return asked == null || !asked.sameAnswers(now);
    }

    /** True when {@code now} answers every question this rewrite asked as this set did. */
    public boolean sameAnswers(Set<String> now) {
        if (readAll) {
            return ran.equals(now);
        }
        for (Object recipe : asked) {
            if (ran.contains(recipe) != now.contains(recipe)) {
                return false;
            }
        }
        return true;
    }
}
