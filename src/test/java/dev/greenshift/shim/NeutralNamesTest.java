package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented naming rule of neutral functions, and --rename. */
class NeutralNamesTest {
    @Test
    void aPrefixOrSuffixThatSaysHowGoes() {
        assertEquals("fetch_data", NeutralNames.byRule("async_fetch_data"));
        assertEquals("send", NeutralNames.byRule("green_send"));
        assertEquals("pool", NeutralNames.byRule("eventlet_pool"));
        assertEquals("fetch", NeutralNames.byRule("fetch_async"));
        assertEquals("worker_pool", NeutralNames.byRule("worker_pool"));
    }

    @Test
    void aNameThatWouldBeEmptyOrAKeywordStays() {
        assertEquals("async_", NeutralNames.byRule("async_"));
        assertEquals("async_2go", NeutralNames.byRule("async_2go"));
        assertEquals("async_pass", NeutralNames.byRule("async_pass"));
    }

    @Test
    void aRenameWinsOverTheRule() throws ShimException {
        Map<String, String> names = NeutralNames.assign(List.of("async_fetch_data", "worker_pool"),
                NeutralNames.renames(List.of("async_fetch_data=load")));
        assertEquals(Map.of("async_fetch_data", "load", "worker_pool", "worker_pool"), names);
    }

    @Test
    void twoOriginalsOnOneNameAreRefused() {
        ShimException e = assertThrows(ShimException.class, () -> NeutralNames.assign(List.of("async_fetch", "fetch"), Map.of()));
        assertTrue(e.getMessage().startsWith("name collision in the output module: async_fetch and fetch would both be fetch"),
                e.getMessage());
    }

    @Test
    void aRenameMustBeTwoPythonNames() {
        assertThrows(ShimException.class, () -> NeutralNames.renames(List.of("async_fetch")));
        assertThrows(ShimException.class, () -> NeutralNames.renames(List.of("async_fetch=class")));
        assertThrows(ShimException.class, () -> NeutralNames.renames(List.of("a=b", "a=c")));
    }
}
