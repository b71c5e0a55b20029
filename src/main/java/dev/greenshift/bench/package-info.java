/**
 * Throughput and memory measurement of the lex + structure stages over files held in memory.
 * A benchmark, not a test: nothing here asserts a speed; the numbers are for people to read.
 */
package dev.greenshift.bench;
