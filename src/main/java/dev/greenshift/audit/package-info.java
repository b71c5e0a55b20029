/**
 * The audit: an exact inventory of Eventlet in a project (code resolved through imports, aliases,
 * constructor-bound objects and the project's own wrappers; test patch strings; requirements,
 * config and docs), and the advice built on it: can Eventlet be switched off, which alternative,
 * and in which order to migrate. Values only; {@code audit.report} prints them.
 */
package dev.greenshift.audit;
