/**
 * Support code for the ANTLR grammars in grammar/: the f-string and replacement-field state the lexer modes cannot hold alone.
 */
package dev.greenshift.grammar;
