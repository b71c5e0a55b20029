/**
 * The statement tree built from tokens: logical lines, statements, blocks, decorators, bracket pairs; tolerant of Python 2 and of broken code.
 */
package dev.greenshift.syntax;
