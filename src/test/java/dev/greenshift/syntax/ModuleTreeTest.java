package dev.greenshift.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Climbing the statement tree: each statement's parent, and the block a statement sits in. */
class ModuleTreeTest {
    private static final Module MODULE = Module.parse("""
            import os


            @decorated
            def serve(port):
                if port:
                    listen(port)
                else:
                    idle()
            """);

    @Test
    void aTopLevelStatementHasNoParentAndSitsInTheModulesBlock() {
        Statement imports = MODULE.body().statements().get(0);
        assertNull(MODULE.parents().get(imports));
        assertSame(MODULE.body().statements(), MODULE.block(MODULE.parents().get(imports)));
    }

    @Test
    void aNestedStatementsParentIsTheClauseWhoseBodyHoldsIt() {
        Statement def = MODULE.body().statements().get(1);
        Statement ifClause = def.children().get(0);
        Statement elseClause = def.children().get(1);
        Statement idle = elseClause.children().get(0);
        assertSame(def, MODULE.parents().get(ifClause));
        assertSame(elseClause, MODULE.parents().get(idle));
        assertEquals(List.of(ifClause, elseClause), MODULE.block(def));
    }

    @Test
    void aDecoratorHasTheParentOfTheDefItDecorates() {
        Statement def = MODULE.body().statements().get(1);
        assertNull(MODULE.parents().get(def.decorators().get(0)));
    }
}
