package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where a rewrite needs more than an expression it calls a small helper written once into the
 * module: on the module's own logger when it has one, under a name the module does not use, and
 * not written again by a second run.
 */
class HelperEmissionTest {

    @Test
    void thePoolErrorHelperLogsOnTheModulesLoggerAndIsWrittenOnce() {
        assertEquals("""
                import concurrent.futures
                import logging

                logger = logging.getLogger(__name__)


                def _log_task_error(future):
                    \"\"\"Log the error a pool task ended with (a green thread printed it).\"\"\"
                    error = future.exception()
                    if error is not None:
                        logger.error('Unhandled error in a pool task', exc_info=error)


                def fetch_all(urls, fetch):
                    pool = concurrent.futures.ThreadPoolExecutor(max_workers=20)
                    for url in urls:
                        pool.submit(fetch, url).add_done_callback(_log_task_error)
                    pool.submit(fetch, None).add_done_callback(_log_task_error)
                    pool.shutdown(wait=True)
                """, Rewritten.of("""
                import logging

                import eventlet

                logger = logging.getLogger(__name__)


                def fetch_all(urls, fetch):
                    pool = eventlet.GreenPool(20)
                    for url in urls:
                        pool.spawn(fetch, url)
                    pool.spawn_n(fetch, None)
                    pool.waitall()
                """).text());
    }

    @Test
    void aModuleWithoutALoggerLogsThroughLoggingGetLogger() {
        String after = Rewritten.of("""
                import eventlet


                def fetch_all(urls, fetch):
                    pool = eventlet.GreenPool(20)
                    for url in urls:
                        pool.spawn(fetch, url)
                    pool.waitall()
                """).text();
        assertEquals(true, after.contains("import logging\n"), after);
        assertEquals(true, after.contains("        logging.getLogger(__name__).error(\n"), after);
    }

    @Test
    void theTimerHelperTakesAFreeNameAndASecondRunChangesNothing() {
        String once = Rewritten.of("""
                import eventlet


                def later(job, _start_timer=None):
                    eventlet.spawn_after(5, job, 'now', retries=2)
                """).text();
        assertEquals("""
                import threading


                def _start_timer2(seconds, function, /, *args, **kwargs):
                    \"\"\"Call function(*args, **kwargs) in seconds on a daemon thread.\"\"\"
                    timer = threading.Timer(seconds, function, args=args, kwargs=kwargs)
                    timer.daemon = True
                    timer.start()
                    return timer


                def later(job, _start_timer=None):
                    _start_timer2(5, job, 'now', retries=2)
                """, once);
        assertEquals(once, Rewritten.of(once).text());
    }
}
