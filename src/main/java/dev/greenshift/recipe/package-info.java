/**
 * The recipe language as data: loading rules/ (grammar/Recipe.g4), checking recipes before any code is seen, selecting packs, aliases.
 */
package dev.greenshift.recipe;
