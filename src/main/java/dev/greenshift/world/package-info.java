/**
 * The concurrency world of each module: which entry points run it (console_scripts, {@code __main__}
 * modules and guards, scripts, tests), what they import, where and under which condition the process
 * gets monkey patched, and from that whether a module runs patched, native or in a world nobody can
 * tell ({@link dev.greenshift.world.World}). Values only: it reads parsed modules and writes nothing,
 * so the engine (to gate recipes) and the audit (to report) ask the same analysis.
 */
package dev.greenshift.world;
