package dev.greenshift.audit;

import java.util.List;

/** One step of the migration plan: what to migrate, why now, and the work per functional part. */
public record Phase(int number, String title, String why, List<PartWork> parts) {

    /** The uses of one functional part in a phase, how many a recipe rewrites, and which recipes. */
    public record PartWork(String part, int uses, int automatable, List<String> recipes) {
    }

    public int uses() {
        return parts.stream().mapToInt(PartWork::uses).sum();
    }

    public int automatable() {
        return parts.stream().mapToInt(PartWork::automatable).sum();
    }
}
