package dev.greenshift.rewrite;

/** An edit left out because it overlaps one from an earlier recipe. */
public record Conflict(String path, int line, String skipped, String kept) {
    @Override
    public String toString() {
        return "conflict: recipe " + skipped + " skipped at " + path + ":" + line + ", overlaps " + kept;
    }
}
