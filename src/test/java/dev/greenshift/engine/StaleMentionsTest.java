package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Comments and log strings that name an API the rewrite took out of the file are reported as
 * review findings with their place and text; the text itself is left as it is.
 */
class StaleMentionsTest {

    private static final String BEFORE = """
            import logging

            import eventlet

            LOG = logging.getLogger(__name__)


            def settle():
                # eventlet.sleep yields here
                LOG.debug('Calling eventlet.sleep(0)')
                eventlet.sleep(0)
                LOG.debug('eventlet.sleeper is another name')
            """;

    @Test
    void aCommentAndALogStringNamingTheRemovedCallAreReported() {
        Rewritten after = Rewritten.of(BEFORE);
        assertEquals("""
                9 stale-mention: names eventlet.sleep, which this file no longer uses: # eventlet.sleep yields here
                10 stale-mention: names eventlet.sleep, which this file no longer uses: 'Calling eventlet.sleep(0)'""",
                after.notes());
        assertEquals(true, after.text().contains("    # eventlet.sleep yields here\n    LOG.debug('Calling eventlet.sleep(0)')\n"));
    }

    @Test
    void aNameStillCalledInTheFileIsNotStale() {
        Rewritten after = Rewritten.of("""
                import eventlet


                def settle(sock):
                    # eventlet.sleep yields here
                    eventlet.sleep(0)
                    eventlet.sleep(0)  # greenshift: ignore
                """);
        assertEquals(0, after.notesOf("stale-mention"));
    }
}
