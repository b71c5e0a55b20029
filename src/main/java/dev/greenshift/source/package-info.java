/**
 * Finding and reading Python files: discovery, decoding (BOM, PEP 263 cookie, CRLF kept) and the refusal, with a reason, of anything greenshift could not write back byte for byte.
 */
package dev.greenshift.source;
