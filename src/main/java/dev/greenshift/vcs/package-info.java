/**
 * Git: putting a rewrite on a new branch, as one commit or one per recipe, with plumbing that leaves the checkout alone.
 */
package dev.greenshift.vcs;
