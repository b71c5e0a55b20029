/**
 * Shims: project-local Python modules greenshift generates for a dual-mode migration. The
 * concurrency shim is one module whose backend (Eventlet or native threads) is chosen once per
 * process, so that rewritten code is correct in both worlds; the {@code neutral} recipe pack
 * rewrites Eventlet calls onto it. Generated files carry a header line and are never written over
 * when it is missing.
 */
package dev.greenshift.shim;
