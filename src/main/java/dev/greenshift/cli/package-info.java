/**
 * The command line (picocli): thin commands over the engine, exit codes as black and ruff use them.
 */
package dev.greenshift.cli;
