package dev.greenshift.match;

import java.util.List;

/**
 * How a bound handle may be used: {@code $t.wait()} as written in a recipe's {@code where ... only}
 * or {@code then} clause. {@code statement}: the call must be a whole statement (its result is
 * discarded); {@code last}: it must be the handle's last use in the file.
 */
public record UsePattern(String var, String method, List<ArgPattern> args, boolean statement, boolean last) {
    public UsePattern {
        args = List.copyOf(args);
    }
}
