package dev.greenshift.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.match.Context;
import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeCase;
import dev.greenshift.recipe.RecipeSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit's kind of an Eventlet API is the category of the bundled recipe that rewrites it: one answer, not two. */
class ApiCatalogueTest {

    @Test
    void everyBundledRecipeApiHasTheRecipesCategoryAsItsKind() throws Exception {
        RecipeSet recipes = AuditFixturesTest.bundled();
        List<String> disagreements = new ArrayList<>();
        for (Recipe r : recipes.recipes()) {
            if (r.category() == dev.greenshift.recipe.Category.TESTS) {
                continue; // patch-target strings: their kind is where they stand, not what they name
            }
            for (RecipeCase c : r.cases()) {
                if (c.pattern().context() == Context.IMPORT) {
                    continue;
                }
                String api = recipes.canonical(c.pattern().key());
                if (ApiCatalogue.isEventlet(api) && ApiCatalogue.kindOf(api) != r.category()) {
                    String line = api + ": catalogue " + ApiCatalogue.kindOf(api).slug() + ", recipe " + r.id() + " " + r.category().slug();
                    if (!disagreements.contains(line)) {
                        disagreements.add(line);
                    }
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }
}
