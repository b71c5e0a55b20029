package dev.greenshift.audit;

import dev.greenshift.recipe.Category;

/**
 * A project name that wraps Eventlet: a function or class built on it, a re-export or alias of it,
 * or (form {@code module}) a module whose import runs Eventlet code such as monkey patching.
 * {@code wraps} is the Eventlet API reached in the end, {@code via} the name it calls directly;
 * {@code depth} is the depth of that inner use, so each use of the wrapper is one deeper.
 */
public record Wrapper(String name, String form, String path, int line, String wraps, String via, Category kind,
                      int depth, int uses) {
}
