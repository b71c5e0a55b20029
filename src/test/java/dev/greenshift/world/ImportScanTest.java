package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.greenshift.syntax.Module;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The import graph's reading without a parse: for a module it reads, it must say exactly what the
 * parsed scan says about imports, re-exports and the main guard; where it could differ, it reads nothing.
 */
class ImportScanTest {

    private static ModuleFacts light(String source) {
        return ImportScan.scan(source, "pkg/mod.py", "pkg.mod", false, false, false);
    }

    private static ModuleFacts parsed(String source) {
        return ModuleScan.scan(Module.parse(source), "pkg/mod.py", "pkg.mod", false, false, false, q -> true);
    }

    private static void agrees(String source) {
        ModuleFacts light = light(source);
        assertNotNull(light, "read without a parse");
        ModuleFacts full = parsed(source);
        assertEquals(full.imports(), light.imports());
        assertEquals(full.exports(), light.exports());
        assertEquals(full.mainGuard(), light.mainGuard());
    }

    @Test
    void importsWhereverTheyRunAgreeWithTheParsedScan() {
        agrees("""
                \"\"\"Docstring with import os and a ( bracket.\"\"\"
                import os, sys as system
                import a.b.c
                from . import sibling
                from ..up import (x as y,
                                  z)  # a comment ) with a bracket
                from pkg.other import *
                try:
                    import json
                except ImportError:
                    import simplejson as json
                finally:
                    pass


                class Holder:
                    import inside_class


                async def run():
                    import in_function
                    s = f"{os.sep!r:>{width}} {{literal}}"


                CONF = a.b.c.CONF
                LOG = logging.getLogger(__name__)
                text = 'line' \\
                    'continued'

                if __name__ == '__main__':
                    import under_main
                """);
    }

    @Test
    void aliasOfAnImportedModuleIsAReExport() {
        ModuleFacts facts = light("""
                from oslo_config import cfg
                CONF = cfg.CONF
                print(cfg.CONF.debug)
                """);
        assertEquals(Map.of("cfg", "oslo_config.cfg", "CONF", "oslo_config.cfg.CONF"), facts.exports());
    }

    @Test
    void whatOnlyTheParserKnowsIsLeftToIt() {
        for (String source : List.of(
                "import os\nif os.name == 'nt':\n    import nt\n",          // the condition's words decide
                "try: import json\nexcept ImportError: json = None\n",        // one-line compound statement
                "import os; import sys\n",                                     // two statements on a line
                "x = f\"{d['k']}\"\nimport os\n",                              // quotes inside an f-string field
                "if True:\n\timport os\n",                                     // tabs in indentation
                "import cfg\ncfg = None\nCONF = cfg.CONF\n")) {                // an alias whose head is rebound
            assertNull(light(source), source);
        }
    }
}
