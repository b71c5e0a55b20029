package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which code of the rewritten module the threading side copies, and how it renames it. */
class ThreadingSideTest {
    @Test
    void onlyTheStatementsTheFunctionsNeedAreCopied() {
        ThreadingSide.Copy copy = ThreadingSide.of("""
                import logging
                import os

                from pkg import concurrency

                LOG = logging.getLogger(__name__)
                UNUSED = os.getcwd()


                def _helper(work):
                    LOG.debug('starting')
                    return concurrency.spawn(work)


                def start(work):
                    return _helper(work)


                def unrelated():
                    return UNUSED
                """, "pkg.api", List.of("start"));
        assertEquals(List.of("import logging\n", "from pkg import concurrency\n"), copy.imports());
        assertEquals(List.of("LOG = logging.getLogger(__name__)\n", """
                def _helper(work):
                    LOG.debug('starting')
                    return concurrency.spawn(work)
                """, """
                def _threading_start(work):
                    return _helper(work)
                """), copy.statements());
    }

    @Test
    void callsBetweenBoundaryFunctionsFollowTheRenameButLocalsAndKeywordsDoNot() {
        ThreadingSide.Copy copy = ThreadingSide.of("""
                def fetch(key):
                    return key


                def fetch_all(keys, fetch_one=None):
                    fetch = fetch_one
                    return [fetch(k) for k in keys] + [dict(fetch=1)]


                def first(keys):
                    return fetch(keys[0])
                """, "pkg.api", List.of("fetch", "fetch_all", "first"));
        assertEquals(List.of("""
                def _threading_fetch(key):
                    return key
                """, """
                def _threading_fetch_all(keys, fetch_one=None):
                    fetch = fetch_one
                    return [fetch(k) for k in keys] + [dict(fetch=1)]
                """, """
                def _threading_first(keys):
                    return _threading_fetch(keys[0])
                """), copy.statements());
    }

    @Test
    void anEventletImportFlaggedCodeStillNeedsIsOptional() {
        ThreadingSide.Copy copy = ThreadingSide.of("""
                import eventlet


                def remind(seconds, callback):
                    # TODO(greenshift): spawn_after_local has no dual-mode equivalent
                    return eventlet.spawn_after_local(seconds, callback)
                """, "pkg.api", List.of("remind"));
        assertEquals(List.of("""
                try:
                    import eventlet
                except ImportError:  # threading mode without Eventlet: see the TODO notes
                    eventlet = None
                """), copy.imports());
    }
}
