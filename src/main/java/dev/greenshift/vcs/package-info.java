/**
 * Git: putting a rewrite on a new branch as one commit.
 */
package dev.greenshift.vcs;
