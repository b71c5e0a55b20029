/**
 * The lossless token stream: every character of a file in exactly one token, with CPython's layout tokens (NEWLINE, NL, INDENT, DEDENT) added to what the ANTLR lexer cuts.
 */
package dev.greenshift.lex;
