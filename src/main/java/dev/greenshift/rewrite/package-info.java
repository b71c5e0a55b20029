/**
 * Edits and their rendering: one conflict-checked plan per file, nested templates, statement removal, import renames and the import fix-up, requirements files.
 */
package dev.greenshift.rewrite;
