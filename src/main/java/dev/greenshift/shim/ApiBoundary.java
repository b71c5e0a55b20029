package dev.greenshift.shim;

import java.util.List;
import java.util.Map;

/**
 * The boundary of one shared module: its public functions, classes and methods whose bodies use
 * Eventlet (directly, or through each other), what each hands its callers of Eventlet, the notes
 * the threading side carries, and who calls each, by part. Found by {@link BoundaryPlanner}.
 */
public record ApiBoundary(ApiModule api, List<Entry> entries) {

    public ApiBoundary {
        entries = List.copyOf(entries);
    }

    public enum Kind { FUNCTION, CLASS, METHOD }

    /** A call site (or other reference) of an entry, in a file of the project. */
    public record Caller(String path, int line, int column) {
    }

    /**
     * One boundary name: {@code name} is {@code async_fetch_data}, {@code Fetcher} or
     * {@code Fetcher.start}; {@code exposes} says what of Eventlet it hands over ("returns a
     * GreenThread"); {@code notes} are the threading side's findings; {@code callers} go by part,
     * in part order.
     */
    public record Entry(String name, Kind kind, int line, List<String> exposes, List<String> notes,
                        Map<String, List<Caller>> callers) {
        public Entry {
            exposes = List.copyOf(exposes);
            notes = List.copyOf(notes);
        }

        public String kindName() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The module-level functions: what {@code shim generate} writes a neutral twin for. */
    public List<Entry> functions() {
        return entries.stream().filter(e -> e.kind() == Kind.FUNCTION).toList();
    }
}
