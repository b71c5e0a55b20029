package dev.greenshift.shim;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.Migration;
import dev.greenshift.source.Selection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code shim adopt}: moves the callers inside one part of the project onto the neutral
 * interface of a shared module, with the adoption recipe ({@link AdoptionRecipe}) through the
 * same engine run as {@code diff} and {@code apply} ({@link Migration}: compile check included).
 * Files outside the part are not read for rewriting; a second run finds nothing to change.
 */
public final class PartAdopter {

    /** {@code to} may be null: the default neutral module of {@code api}. */
    public record Request(Path project, String part, String api, String to, boolean verify) {
    }

    /** What the run would write, and onto which neutral module. */
    public record Adoption(NeutralInterface neutral, Path part, Migration.Outcome outcome) {
    }

    private PartAdopter() {
    }

    public static Adoption run(Request request) throws ShimException, IOException {
        ProjectLayout layout = ShimPlan.checkedLayout(request.project());
        Path part = partDirectory(layout, request.part());
        ApiModule.read(layout, request.api());
        String to = request.to() != null ? request.to() : layout.moduleOf(ShimGenerate.defaultTarget(layout, request.api()));
        if (!ProjectLayout.isDottedName(to)) {
            throw new ShimException("--to '" + to + "' is not a dotted module name");
        }
        NeutralInterface neutral = NeutralInterface.read(layout, to);
        if (!neutral.original().equals(request.api())) {
            throw new ShimException(to + " is the neutral interface of " + neutral.original() + ", not of " + request.api());
        }
        Engine engine = new Engine(AdoptionRecipe.load(request.api(), to, neutral.names()));
        Migration.Outcome outcome = Migration.run(engine, List.of(part), Selection.DEFAULT, request.verify(), null);
        return new Adoption(neutral, part, outcome);
    }

    /** The part's directory: relative to the project (as {@code shim plan} prints it) or absolute, inside the project. */
    private static Path partDirectory(ProjectLayout layout, String part) throws ShimException {
        Path dir = layout.root().resolve(part).toAbsolutePath().normalize();
        if (!dir.startsWith(layout.root())) {
            throw new ShimException("--part " + part + " is outside the project " + layout.root());
        }
        if (!Files.isDirectory(dir)) {
            throw new ShimException("--part " + part + ": no such directory in " + layout.root() + " (shim plan lists the parts)");
        }
        return dir;
    }
}
