/**
 * Consumers of results: unified diffs, the summary, atomic writes.
 */
package dev.greenshift.report;
