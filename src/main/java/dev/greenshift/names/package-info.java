/**
 * What names are bound to: imports and aliases per scope, local rebinding, objects bound to constructors; the only place that knows Python's scoping rules.
 */
package dev.greenshift.names;
