package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * TODO(greenshift) notes: one per construct (two flags on one statement make one note, in the order
 * of their spots), above the first decorator of a decorated function, never between decorators,
 * and within the line limit.
 */
class TodoNotesTest {

    @Test
    void aNoteForADecoratorGoesAboveTheFirstDecorator() {
        assertEquals("""
                import functools

                from eventlet import websocket


                class Handler(object):
                    # TODO(greenshift): no stdlib WebSocket server: port this handler to the
                    #   websockets or wsproto library
                    @functools.lru_cache()
                    @websocket.WebSocketWSGI
                    def handle(self, ws):
                        ws.send('hi')
                """, Rewritten.of("""
                import functools

                from eventlet import websocket


                class Handler(object):
                    @functools.lru_cache()
                    @websocket.WebSocketWSGI
                    def handle(self, ws):
                        ws.send('hi')
                """).text());
    }

    @Test
    void twoFlagsOnOneStatementMakeOneNote() {
        assertEquals("""
                import eventlet


                def run():
                    # TODO(greenshift): GreenPile: submit to a concurrent.futures executor,
                    #   keep the futures in a list and iterate f.result() in order; also: this
                    #   GreenPool is used beyond spawn/spawn_n/imap/starmap and a final
                    #   waitall() (results, free(), running(), resize(), or stored): keep the
                    #   futures and wait on them (concurrent.futures.wait), or use futurist for
                    #   resizable pools
                    pile = eventlet.GreenPile(eventlet.GreenPool(5))
                    return pile
                """, Rewritten.of("""
                import eventlet


                def run():
                    pile = eventlet.GreenPile(eventlet.GreenPool(5))
                    return pile
                """).text());
    }

    @Test
    void aSecondRunAddsNoSecondNote() {
        String once = Rewritten.of("""
                import eventlet


                def run():
                    pile = eventlet.GreenPile(eventlet.GreenPool(5))
                    return pile
                """).text();
        assertEquals(once, Rewritten.of(once).text());
    }

    @Test
    void everyNoteLineFitsTheLimit() {
        String out = Rewritten.of("""
                import eventlet


                class A(object):
                    class B(object):
                        def run(self):
                            if True:
                                return eventlet.GreenPile(eventlet.GreenPool(5))
                """).text();
        out.lines().filter(l -> l.strip().startsWith("#"))
                .forEach(l -> assertEquals(true, l.length() <= 79, "over 79 columns: " + l));
    }

    /** swift's wsgi.py: the green socket stays for what Eventlet still serves; one note for the file, not one per use. */
    @Test
    void greenModulesLeftGreenByTheRestOfTheFileMakeOneNote() {
        Rewritten r = Rewritten.of("""
                from eventlet import backdoor
                from eventlet.green import socket


                def serve(port):
                    family = socket.AF_INET
                    kind = socket.SOCK_STREAM
                    sock = socket.socket(family, kind)
                    backdoor.backdoor_server(sock)
                """);
        assertEquals(1, r.notesOf("eventlet-green-modules"), r.notes());
        assertEquals("2 eventlet-green-modules: left green (4 places): this file still uses Eventlet at line 9 (backdoor), and blocking"
                + " stdlib I/O would stall its green threads; migrate that first",
                r.findings().stream().filter(f -> f.recipe().equals("eventlet-green-modules"))
                        .map(f -> f.line() + " " + f.recipe() + ": " + f.message()).findFirst().orElseThrow());
    }

    /** swift's exceptions.py: the base named again inside the subclass is the same decision. */
    @Test
    void aFlaggedBaseNamedAgainInsideItsSubclassMakesOneNote() {
        Rewritten r = Rewritten.of("""
                from eventlet import Timeout


                class MessageTimeout(Timeout):

                    def __init__(self, seconds=None, msg=None):
                        Timeout.__init__(self, seconds=seconds)
                        self.msg = msg

                    def __str__(self):
                        return '%s: %s' % (Timeout.__str__(self), self.msg)
                """);
        assertEquals("4 eventlet-timeout: eventlet.Timeout is raised by the hub at a blocking call: with threads, catch the"
                + " TimeoutError of the call that takes timeout=", r.notes());
    }

    /**
     * A rewrite that only writes notes is not parsed again, and comes out as the full steps after the
     * edits make it: the same notes, and the husk sweep still collapses a block of passes once the
     * file changes.
     */
    @Test
    void aFileThatOnlyGainsNotesComesOutAsAnyRewriteDoes() {
        String pile = """
                import eventlet


                def run():
                    pile = eventlet.GreenPile(eventlet.GreenPool(5))
                    return pile
                """;
        String idle = "\n\ndef idle():\n    pass\n";
        assertEquals(Rewritten.of(pile).text() + idle, Rewritten.of(pile + idle.replace("pass\n", "pass\n    pass\n")).text());
    }
}
