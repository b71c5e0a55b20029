package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * No husks: code a rewrite emptied goes, before and after side by side. An assignment that became
 * {@code x = x} goes; an if/elif/else whose bodies all became {@code pass} goes when its conditions
 * call nothing; a function whose body went keeps its docstring, else {@code pass}. Husks the author
 * wrote stay.
 */
class HuskRemovalTest {

    @Test
    void anUnwrappedProxyAssignedToItselfGoesAndTheIfAroundItWithIt() {
        assertEquals("""
                import logging


                class Driver(object):
                    def __init__(self, volume, use_tpool):
                        self.volume = volume


                def connect(client):
                    return client
                """, Rewritten.of("""
                import logging

                from eventlet import tpool


                class Driver(object):
                    def __init__(self, volume, use_tpool):
                        self.volume = volume
                        if use_tpool:
                            self.volume = tpool.Proxy(self.volume)


                def connect(client):
                    client = tpool.Proxy(client)
                    return client
                """).text());
    }

    @Test
    void anIfChainWhoseBodiesAllBecamePassGoesWhenItsConditionsCallNothingAndLeavesItsCallOtherwise() {
        assertEquals("""
                import logging


                def configure(threads):
                    pass


                def start(conf):
                    conf.get('threads')
                    run()
                """, Rewritten.of("""
                import logging

                from eventlet import tpool


                def configure(threads):
                    if threads > 10:
                        tpool.set_num_threads(threads)
                    elif threads and not conf.debug:
                        tpool.set_num_threads(4)
                    else:
                        tpool.killall()


                def start(conf):
                    if conf.get('threads'):
                        tpool.set_num_threads(conf['threads'])
                    run()
                """).text());
    }

    @Test
    void aFunctionWhoseBodyWentKeepsItsDocstringOnlyIfItHadOne() {
        assertEquals("""
                import logging


                def setup():
                    \"\"\"Prepare the worker threads.\"\"\"


                def teardown():
                    pass
                """, Rewritten.of("""
                import logging

                from eventlet import tpool


                def setup():
                    \"\"\"Prepare the worker threads.\"\"\"
                    tpool.set_num_threads(2)


                def teardown():
                    tpool.killall()
                """).text());
    }

    @Test
    void huskTheAuthorWroteStays() {
        assertEquals("""
                import time

                x = 1
                x = x
                if x:
                    pass
                time.sleep(1)
                """, Rewritten.of("""
                import eventlet

                x = 1
                x = x
                if x:
                    pass
                eventlet.sleep(1)
                """).text());
    }

    @Test
    void aSelfAssignmentThatIsNotTheWholeStatementStays() {
        assertEquals("""
                import logging


                def connect(client, other):
                    client, other = client, other
                    client = client.wrapped
                    return client
                """, Rewritten.of("""
                import logging

                from eventlet import tpool


                def connect(client, other):
                    client, other = tpool.Proxy(client), other
                    client = tpool.Proxy(client.wrapped)
                    return client
                """).text());
    }
}
