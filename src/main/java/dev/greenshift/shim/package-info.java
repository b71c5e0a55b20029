/**
 * Shims: project-local Python modules greenshift generates for a dual-mode migration. The
 * concurrency shim is one module whose backend (Eventlet or native threads) is chosen once per
 * process, so that rewritten code is correct in both worlds; the {@code neutral} recipe pack
 * rewrites Eventlet calls onto it. Generated files carry a header line and are never written over
 * when it is missing. For code whose parts share an internal API built on Eventlet, the package
 * also finds that API's boundary ({@link dev.greenshift.shim.BoundaryPlanner}), writes its neutral
 * interface onto the concurrency module ({@link dev.greenshift.shim.NeutralApiWriter}) and moves one
 * part at a time onto it ({@link dev.greenshift.shim.PartAdopter}).
 */
package dev.greenshift.shim;
