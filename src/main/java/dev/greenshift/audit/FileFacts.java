package dev.greenshift.audit;

import java.util.List;

/**
 * What one Python file tells the audit before anything is known about the rest of the project:
 * its direct Eventlet uses, its references to project names (resolved later against the wrapper
 * index), and the names it defines that could wrap Eventlet.
 */
record FileFacts(String path, String module, boolean entryPoint, List<Usage> direct, List<Ref> refs,
                 List<Candidate> candidates) {

    /** How a project name is referenced: used in code, named by a test patch, imported, or a method on an object it made. */
    enum Shape { USE, PATCH, IMPORT, METHOD }

    /**
     * A reference to the absolute project name {@code qualified}; for METHOD, {@code qualified} is
     * the constructor that made the receiver and {@code member} the attribute used on it.
     */
    record Ref(String qualified, String member, Shape shape, Usage at) {
    }

    /** How a module-level name can wrap Eventlet. MODULE: importing the module runs Eventlet code (monkey patching). */
    enum Form { REEXPORT, ALIAS, FUNCTION, CLASS, MODULE }

    /**
     * A module-level name that wraps Eventlet if one of its targets does. A target that is not
     * {@code wrapping} (a call deep in a long function) counts only when it monkey patches: calling
     * such a function patches the process, whatever else it does.
     */
    record Candidate(String qualified, Form form, int line, String path, List<Target> targets) {
    }

    record Target(String qualified, boolean wrapping) {
    }
}
