package dev.greenshift.shim;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a neutral interface module: the backend choice (read once per process), the
 * threading side ({@link ThreadingSide}), and one function per boundary function with the same
 * parameters, defaults, annotations and docstring, which calls the original on Eventlet and the
 * threading side otherwise, and hands back no Eventlet object (the concurrency module's
 * {@code from_eventlet}). Pure: renders text, writes nothing.
 */
public final class NeutralApiWriter {
    public static final String HEADER = dev.greenshift.engine.Engine.GENERATED + " shim generate";
    /** The names the module defines for itself; neither the threading side nor a neutral function may take one. */
    static final Set<String> OWN_NAMES = Set.of("ORIGINAL", "SWITCH", "NEUTRAL_NAMES", "backend", "_backend", "_chosen", "_choice_lock",
            "_original", "_importlib", "_os", "_native", "_concurrency");

    /** What a neutral module is made from. {@code names}: original function name to neutral name, in module order. */
    public record Input(ApiModule api, String concurrencyModule, String switchName, Map<String, String> names,
                        ThreadingSide.Copy threading, Set<String> raisingTimeout) {
    }

    private NeutralApiWriter() {
    }

    /** The module text; refused when two of its top-level names would collide. */
    public static String render(Input in) throws ShimException {
        checkNames(in);
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append("; regenerating rewrites this file.\n");
        out.append(docstring(in));
        out.append("\nimport importlib as _importlib\nimport os as _os\nimport threading as _native\n\n");
        out.append(fromImport(in.concurrencyModule(), "_concurrency")).append('\n');
        if (!in.threading().imports().isEmpty()) {
            out.append("\n# Imports of the threading side.\n");
            in.threading().imports().forEach(out::append);
        }
        out.append("\nORIGINAL = ").append(quoted(in.api().module())).append('\n');
        out.append("SWITCH = ").append(quoted(in.switchName())).append('\n');
        out.append("# Neutral name: original name (shim adopt reads this).\n");
        out.append("NEUTRAL_NAMES = {\n");
        in.names().forEach((original, neutral) -> out.append("    ").append(quoted(neutral)).append(": ").append(quoted(original)).append(",\n"));
        out.append("}\n\n");
        out.append(BACKEND);
        out.append("\n\n# The threading backend: the original's code, rewritten by greenshift's\n# neutral recipes (from ")
                .append(in.api().relativePath()).append(").\n");
        boolean first = true;
        for (String statement : in.threading().statements()) {
            out.append(first && !isDefinition(statement) ? "" : isDefinition(statement) ? "\n\n" : "\n").append(statement);
            first = false;
        }
        out.append("\n\n# The neutral interface.\n");
        first = true;
        for (Map.Entry<String, String> e : in.names().entrySet()) {
            out.append(first ? "" : "\n\n").append(function(in.threading(), e.getKey(), e.getValue(),
                    in.raisingTimeout().contains(e.getKey())));
            first = false;
        }
        return out.toString();
    }

    private static void checkNames(Input in) throws ShimException {
        Set<String> taken = new LinkedHashSet<>(OWN_NAMES);
        for (String name : in.threading().boundNames()) {
            if (OWN_NAMES.contains(name)) {
                throw new ShimException("name collision in the output module: " + in.api().module() + " defines " + name
                        + ", which the neutral module defines for itself");
            }
            taken.add(name);
        }
        for (Map.Entry<String, String> e : in.names().entrySet()) {
            if (taken.contains(e.getValue())) {
                throw new ShimException("name collision in the output module: the neutral name " + e.getValue() + " of " + e.getKey()
                        + " is already a name there (" + (OWN_NAMES.contains(e.getValue()) ? "the module's own" : "needed by the threading side")
                        + "): --rename " + e.getKey() + "=NEW");
            }
        }
    }

    private static String docstring(Input in) {
        String module = in.api().module();
        return "\"\"\"Neutral interface of " + module + ": its functions, free of Eventlet's types.\n\n"
                + "Written by ``greenshift shim generate`` from " + in.api().relativePath() + ". Each process\n"
                + "picks its backend once: the environment variable " + in.switchName() + "\n"
                + "(``eventlet`` or ``threading``; unset, the backend of " + in.concurrencyModule() + ").\n"
                + "On eventlet a function calls the original in " + module + "; on threading it\n"
                + "runs the original's code rewritten onto " + in.concurrencyModule() + " (below). Either\n"
                + "way a green thread comes back as a Task, a GreenPool as a Pool and an\n"
                + "Event as a ValueEvent of " + in.concurrencyModule() + ".\n\"\"\"\n";
    }

    private static final String BACKEND = """
            _backend = None
            _choice_lock = _native.Lock()


            def backend():
                \"""The backend of this process, chosen on first use and then kept.\"""
                global _backend
                if _backend is None:
                    with _choice_lock:
                        if _backend is None:
                            _backend = _chosen()
                return _backend


            def _chosen():
                name = _os.environ.get(SWITCH, '').strip().lower()
                if not name:
                    return _concurrency.backend()
                if name not in _concurrency.BACKENDS:
                    raise ValueError('the %s environment variable: expected %s, not %r'
                                     % (SWITCH, ' or '.join(_concurrency.BACKENDS), name))
                _concurrency.init_backend(name)
                if _concurrency.backend() != name:
                    raise RuntimeError('%s is %s, but %s runs on %s' % (
                        SWITCH, name, _concurrency.__name__, _concurrency.backend()))
                return name


            def _original():
                return _importlib.import_module(ORIGINAL)
            """;

    /** One neutral function: the threading side's header under the neutral name, its docstring, the two calls. */
    private static String function(ThreadingSide.Copy copy, String original, String neutral, boolean raisesTimeout) {
        Statement def = copy.definitions().get(original);
        TokenStream tokens = copy.tokens();
        int nameAt = Definitions.nameIndex(tokens, def);
        StringBuilder out = new StringBuilder();
        for (int i = def.first(); i <= def.last(); i++) {
            out.append(i == nameAt ? neutral : tokens.text(i));
        }
        out.append('\n');
        List<Statement> body = def.children();
        String indent = body.isEmpty() || body.get(0).indentation().isEmpty() ? "    " : body.get(0).indentation();
        if (!body.isEmpty() && isDocstring(tokens, body.get(0))) {
            Statement doc = body.get(0);
            out.append(indent).append(tokens.textOf(doc.first(), doc.last())).append('\n');
        }
        List<String> arguments = new ArrayList<>();
        Definitions.parameters(tokens, def).forEach(p -> arguments.add(p.forwarded()));
        String args = String.join(", ", arguments);
        String inner = indent + indent;
        out.append(indent).append("if backend() == _concurrency.EVENTLET:\n");
        if (raisesTimeout) {
            // The original raises eventlet.Timeout; callers catch the concurrency module's on both backends.
            out.append(inner).append("with _concurrency.timeouts_from_eventlet():\n");
            inner = inner + indent;
        }
        out.append(inner).append("return _concurrency.from_eventlet(\n");
        out.append(wrapped(inner + indent, "_original()." + original, args, ")")).append('\n');
        out.append(wrapped(indent, "return " + ThreadingSide.renamed(original), args, "")).append('\n');
        return out.toString();
    }

    /** {@code head(args)} on one line within 79 columns, else with the arguments on a hanging indented line. */
    private static String wrapped(String indent, String head, String args, String tail) {
        String line = indent + head + "(" + args + ")" + tail;
        if (line.length() <= LINE_LENGTH || args.isEmpty()) {
            return line;
        }
        return indent + head + "(\n" + indent + "        " + args + ")" + tail;
    }

    private static final int LINE_LENGTH = 79;

    private static boolean isDefinition(String statement) {
        String code = statement.stripLeading();
        return code.startsWith("def ") || code.startsWith("class ") || code.startsWith("@") || code.startsWith("async def ");
    }

    private static boolean isDocstring(TokenStream tokens, Statement s) {
        if (s.kind() != StatementKind.EXPRESSION) {
            return false;
        }
        for (int i = s.first(); i <= s.last(); i = tokens.nextCode(i + 1)) {
            if (tokens.kind(i) != TokenKind.STRING) {
                return false;
            }
        }
        return true;
    }

    private static String fromImport(String module, String alias) {
        int dot = module.lastIndexOf('.');
        return dot < 0 ? "import " + module + " as " + alias
                : "from " + module.substring(0, dot) + " import " + module.substring(dot + 1) + " as " + alias;
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
