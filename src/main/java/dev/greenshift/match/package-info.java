/**
 * Patterns and templates: compiling recipe patterns and finding where they match a module, with names resolved through imports; uses of bound handles.
 */
package dev.greenshift.match;
