package dev.greenshift.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Processes share a batch by size, whole units at a time, each share in batch order. */
class SharesTest {

    @Test
    void oneProcessTakesTheWholeBatchInOrder() {
        assertEquals(List.of(List.of(0, 1, 2)), Shares.of(List.of(5, 1, 9), 1, 1));
    }

    @Test
    void aLargeSourceGetsAProcessToItselfWhileTheOthersShareTheRest() {
        assertEquals(List.of(List.of(1), List.of(0, 2, 3)), Shares.of(List.of(10, 100, 20, 30), 1, 2));
    }

    @Test
    void aPrimaryAndItsFallbackStayTogetherAndThePrimaryWeighs() {
        // Units (0,1) weighing 50, (2,3) weighing 40, (4,5) weighing 30: fallbacks' sizes do not count.
        assertEquals(List.of(List.of(0, 1), List.of(2, 3, 4, 5)), Shares.of(List.of(50, 1, 40, 1000, 30, 1000), 2, 2));
    }

    @Test
    void moreProcessesThanSourcesLeavesSomeIdle() {
        assertEquals(List.of(List.of(0), List.of(), List.of()), Shares.of(List.of(7), 1, 3));
    }
}
