package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** recipes list, show and test, as a recipe author uses them. */
class RecipesCommandTest {

    @Test
    void listShowsIdCategorySafetyAndSummary() {
        CliRun run = CliRun.of("recipes", "list");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("eventlet-sleep\\s+green-threads\\s+safe\\s+eventlet\\.sleep\\(s\\) becomes time\\.sleep\\(s\\)")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("eventlet-timeout\\s+green-threads\\s+manual\\s+.*")), run.out());
    }

    @Test
    void showPrintsTheRecipeAsWrittenWithItsGoldenExample() {
        CliRun run = CliRun.of("recipes", "show", "eventlet-sleep");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("recipe eventlet-sleep {"), run.out());
        assertTrue(run.out().contains("# golden example: eventlet-sleep/"), run.out());
        assertTrue(run.out().contains("+++ b/eventlet-sleep/"), run.out());
    }

    @Test
    void showOfAnUnknownRecipeIsAUsageError() {
        assertEquals(2, CliRun.of("recipes", "show", "no-such-recipe").exit());
    }

    @Test
    void testRunsEveryGoldenCaseOfTheLoadedPacks() {
        CliRun run = CliRun.of("recipes", "test", "--rules", "src/test/resources/rules");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("PASS engine/demo-conflict/overlapping-recipes.py"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\d+ passed, 0 failed")), run.out());
    }
}
