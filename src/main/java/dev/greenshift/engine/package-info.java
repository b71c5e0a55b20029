/**
 * Running recipes over files and projects: one FileRewrite per file, project re-exports as aliases, verification and the requirements step.
 */
package dev.greenshift.engine;
