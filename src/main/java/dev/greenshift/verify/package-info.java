/**
 * Checks that output can be trusted: the round trip, python3 compilation of changed files, golden cases.
 */
package dev.greenshift.verify;
