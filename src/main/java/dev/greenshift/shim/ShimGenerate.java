package dev.greenshift.shim;

import dev.greenshift.verify.PythonCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code shim generate}: writes the neutral interface of each shared module, next to it by
 * default ({@code shop/api.py} gets {@code shop/neutral/api.py}, with the package's
 * {@code __init__.py}). Every module is planned, rendered and checked before the first byte is
 * written, so bad input leaves the project as it was.
 */
public final class ShimGenerate {
    private static final java.util.regex.Pattern ENV_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final java.util.regex.Pattern SWITCH_LINE = java.util.regex.Pattern.compile("(?m)^SWITCH = '([A-Za-z_][A-Za-z0-9_]*)'$");

    /** {@code out} and {@code switchName} may be null (the defaults); {@code renames} are OLD=NEW texts. */
    public record Request(Path project, List<String> apis, String out, String switchName, List<String> renames) {
    }

    /**
     * One written module: file, dotted name, original to neutral names, whether a generated file was
     * replaced, and the notes its threading side carries ("name: recipe (line): message").
     */
    public record Written(Path file, String module, Map<String, String> names, boolean replaced, List<String> notes) {
    }

    private record Planned(Path file, String module, Map<String, String> names, String text, boolean newPackage, List<String> notes) {
    }

    private ShimGenerate() {
    }

    public static List<Written> run(Request request) throws ShimException, IOException {
        ProjectLayout layout = ShimPlan.checkedLayout(request.project());
        if (request.apis() == null || request.apis().isEmpty()) {
            throw new ShimException("name the shared modules with --api MODULE (shim plan lists candidates)");
        }
        List<String> apis = List.copyOf(new LinkedHashSet<>(request.apis()));
        if (request.out() != null && apis.size() > 1) {
            throw new ShimException("--out names one module: give one --api with it");
        }
        Map<String, String> renames = NeutralNames.renames(request.renames());
        String concurrency = ShimPlan.concurrencyModule(layout);
        String concurrencyText = concurrencyModuleText(layout, concurrency);
        String switchName = request.switchName() != null ? request.switchName() : recordedSwitch(concurrencyText, concurrency);
        if (!ENV_NAME.matcher(switchName).matches()) {
            throw new ShimException("--backend-switch '" + switchName + "' is not a valid environment variable name"
                    + " (letters, digits and _, not starting with a digit)");
        }
        List<Planned> planned = new ArrayList<>();
        Set<String> renamed = new HashSet<>();
        Set<Path> targets = new HashSet<>();
        for (String name : apis) {
            ApiModule api = ApiModule.read(layout, name);
            NeutralRewrite rewrite = NeutralRewrite.of(api, concurrency);
            List<ApiBoundary.Entry> boundary = BoundaryPlanner.plan(api, rewrite, CallerIndex.NONE).functions();
            List<String> functions = boundary.stream().map(ApiBoundary.Entry::name).toList();
            List<String> notes = boundary.stream().flatMap(e -> e.notes().stream().map(n -> e.name() + ": " + n)).toList();
            if (functions.isEmpty()) {
                throw new ShimException("--api " + name + ": no public function of it uses Eventlet; nothing to generate");
            }
            Map<String, String> mine = new LinkedHashMap<>();
            renames.forEach((k, v) -> {
                if (functions.contains(k)) {
                    mine.put(k, v);
                    renamed.add(k);
                }
            });
            Map<String, String> names = NeutralNames.assign(functions, mine);
            Path file = request.out() != null ? layout.targetFile(request.out(), "--out") : defaultTarget(layout, name);
            String module = layout.moduleOf(file);
            checkTarget(layout, file, module, name, concurrency, targets, request.out() == null);
            ThreadingSide.Copy copy = ThreadingSide.of(rewrite.text(), name, functions);
            Set<String> raising = new HashSet<>();
            boundary.stream().filter(e -> e.exposes().contains(BoundaryPlanner.RAISES_TIMEOUT)).forEach(e -> raising.add(e.name()));
            String text = NeutralApiWriter.render(new NeutralApiWriter.Input(api, concurrency, switchName, names, copy, raising));
            checkCompiles(file, text);
            planned.add(new Planned(file, module, names, text, request.out() == null, notes));
        }
        Set<String> unknown = new LinkedHashSet<>(renames.keySet());
        unknown.removeAll(renamed);
        if (!unknown.isEmpty()) {
            throw new ShimException("--rename " + String.join(", ", unknown) + ": not a boundary function of the --api modules"
                    + " (shim plan lists them)");
        }
        List<Written> written = new ArrayList<>();
        for (Planned p : planned) {
            boolean replaced = Files.exists(p.file());
            if (p.newPackage()) {
                Files.createDirectories(p.file().getParent());
                Path init = p.file().getParent().resolve("__init__.py");
                if (!Files.exists(init)) {
                    ConcurrencyShim.write(init, new byte[0]);
                }
            }
            ConcurrencyShim.write(p.file(), p.text().getBytes(StandardCharsets.UTF_8));
            written.add(new Written(p.file(), p.module(), p.names(), replaced, p.notes()));
        }
        return written;
    }

    /** {@code <package>/neutral/<module>.py}: {@code shop.api} gets {@code shop.neutral.api}. */
    static Path defaultTarget(ProjectLayout layout, String api) {
        int dot = api.lastIndexOf('.');
        String neutral = dot < 0 ? "neutral." + api : api.substring(0, dot) + ".neutral." + api.substring(dot + 1);
        return layout.fileOf(neutral);
    }

    private static void checkTarget(ProjectLayout layout, Path file, String module, String api, String concurrency, Set<Path> targets,
                                    boolean defaultTarget)
            throws ShimException, IOException {
        if (module.equals(api) || module.equals(concurrency)) {
            throw new ShimException("the neutral module " + module + " would overwrite " + (module.equals(api) ? "the --api module" : "the concurrency module"));
        }
        if (!targets.add(file)) {
            throw new ShimException("two --api modules would both be written to " + layout.root().relativize(file));
        }
        Path dir = file.getParent();
        if (!defaultTarget && !Files.isDirectory(dir)) {
            throw new ShimException("directory " + dir + " does not exist: create the package first");
        }
        if (Files.exists(file) && !ConcurrencyShim.generatedBy(file, NeutralApiWriter.HEADER)) {
            throw new ShimException(file + " exists and was not written by greenshift (its first line is not '" + NeutralApiWriter.HEADER
                    + "...'): not overwritten");
        }
    }

    /** The concurrency module's text: it must be one greenshift generated, recent enough to convert Eventlet's objects. */
    private static String concurrencyModuleText(ProjectLayout layout, String concurrency) throws ShimException, IOException {
        Path file = layout.fileOf(concurrency);
        String again = "run 'greenshift shim concurrency " + layout.root() + "' first";
        if (!Files.isRegularFile(file)) {
            throw new ShimException("the concurrency module " + concurrency + " (" + layout.root().relativize(file)
                    + ") does not exist: the threading side is written onto it; " + again);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith(ConcurrencyShim.HEADER)) {
            throw new ShimException(file + " was not written by greenshift shim concurrency: the neutral module needs that one");
        }
        if (!text.contains("\nclass timeouts_from_eventlet:")) {
            throw new ShimException(file + " predates from_eventlet() and timeouts_from_eventlet, which the neutral module needs: regenerate it ("
                    + again.substring(4) + ")");
        }
        return text;
    }

    private static String recordedSwitch(String concurrencyText, String concurrency) throws ShimException {
        Matcher m = SWITCH_LINE.matcher(concurrencyText);
        if (!m.find()) {
            throw new ShimException("cannot read the SWITCH of " + concurrency + ": give --backend-switch ENV");
        }
        return m.group(1);
    }

    /** A module that does not compile is never written (it would be greenshift's error, so it is reported as one). */
    private static void checkCompiles(Path file, String text) throws ShimException {
        PythonCompiler python = PythonCompiler.find();
        if (python == null) {
            return;
        }
        try {
            String problem = python.compile(List.of(text.getBytes(StandardCharsets.UTF_8))).get(0);
            if (problem != null) {
                throw new ShimException("internal error: the neutral module for " + file + " does not compile (" + problem
                        + "); nothing written");
            }
        } catch (IOException e) {
            // no usable python3: the check is skipped, as apply's is
        }
    }
}
