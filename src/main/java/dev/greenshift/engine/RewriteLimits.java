package dev.greenshift.engine;

/**
 * How big a module greenshift rewrites. The largest hand-written modules we have met are about
 * 1.5 MB (nova's libvirt driver tests) with lines of a few hundred characters; generated modules
 * far beyond that (tens of megabytes, or one line of a hundred thousand ';'-separated calls) cost
 * time and memory out of proportion to any review of their diff. Past a limit the file is one
 * clear error that names the limit and the way out, and the run goes on with the other files.
 */
final class RewriteLimits {
    static final int MAX_CHARS = 2 * 1024 * 1024;
    static final int MAX_LINE = 100_000;

    private RewriteLimits() {
    }

    /** Why the text is past a limit ({@code line:col: reason}), or null when it is within them. */
    static String exceeded(String text) {
        if (text.length() > MAX_CHARS) {
            return "1:1: " + text.length() + " characters: greenshift rewrites modules of up to " + MAX_CHARS
                    + " characters (2 MB); split the module, or --exclude it and migrate it by hand";
        }
        if (text.length() <= MAX_LINE) {
            // No line can be longer than the module.
            return null;
        }
        int line = 1;
        int start = 0;
        // The next CR and LF at or after 'start', each searched for again only once passed (a file
        // without CR is searched for one once, not once a line).
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        while (start <= text.length()) {
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            if (lf >= 0 && lf < start) {
                lf = text.indexOf('\n', start);
            }
            int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            end = end < 0 ? text.length() : end;
            if (end - start > MAX_LINE) {
                return line + ":1: a line of " + (end - start) + " characters: greenshift rewrites lines of up to " + MAX_LINE
                        + " characters; split the line, or --exclude the file and migrate it by hand";
            }
            if (end == text.length()) {
                break;
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
            line++;
        }
        return null;
    }
}
