package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Green code that imports no Eventlet is found as written; mere mentions of green things are not. */
class GreenLeftoversTest {

    @Test
    void findsEachIndirectGreenConstruct() {
        assertEquals("executor='eventlet'", GreenLeftovers.find("server = get_rpc_server(t, executor='eventlet')\n"));
        assertEquals("executor = \"eventlet\"", GreenLeftovers.find("kw = dict(executor = \"eventlet\")\n"));
        assertEquals("GreenThreadPoolExecutor", GreenLeftovers.find("from futurist import GreenThreadPoolExecutor\n"));
        assertEquals("GreenThreadPool", GreenLeftovers.find("pool = futurist.GreenThreadPool()\n"));
        assertEquals("GreenFuture", GreenLeftovers.find("f = GreenFuture()\n"));
        assertEquals("BackendType.EVENTLET", GreenLeftovers.find("init_backend(BackendType.EVENTLET)\n"));
    }

    @Test
    void theFirstConstructInTheTextIsTheOneNamed() {
        assertEquals("GreenFuture", GreenLeftovers.find("GreenFuture()\nrun(executor='eventlet')\n"));
    }

    @Test
    void mentionsOfGreenThingsThatAreNoConstructAreNotFound() {
        assertNull(GreenLeftovers.find("# eventlet was removed; GreenPool is gone\nEVENTLET = False\n"));
        assertNull(GreenLeftovers.find("executor = 'threading'  # not eventlet\n"), "executor and eventlet, but not as the option");
        assertNull(GreenLeftovers.find("class MyGreenThreadPoolExecutorish: pass\n"));
        assertNull(GreenLeftovers.find(""));
    }
}
