package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of threading and time a monkey_patch call leaves native, read as Eventlet reads its keywords. */
class PatchArgumentsTest {

    @ParameterizedTest(name = "monkey_patch({0}) leaves: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "                                        | -",
            "os=False                                | -",
            "all=True                                | -",
            "all=True,socket=True                    | -",
            "thread=True,time=True                   | -",
            "all=False,thread=True,time=True         | -",
            "socket=False,time=False                 | time stays unpatched",
            "all=False,socket=True,select=True,thread=True | time stays unpatched",
            "thread=False                            | threading stays unpatched",
            "thread=None                             | threading stays unpatched",
            "socket=True                             | threading and time stay unpatched",
            "all=False,socket=True                   | threading and time stay unpatched",
            "subprocess=True                         | threading and time stay unpatched",
            "time=False,thread=False                 | threading and time stay unpatched",
            "**on                                    | which modules it patches depends on values known only at run time",
            "thread=notDEBUG                         | which modules it patches depends on values known only at run time",
    })
    void readsTheKeywordsAsEventletDoes(String arguments, String leaves) {
        assertEquals(leaves, new PatchArguments(arguments == null ? "" : arguments).leavesUnpatched());
    }
}
