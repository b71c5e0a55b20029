package dev.greenshift.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which dependency lines go when a library is no longer used: only those understood completely. */
class RequirementsTest {

    private static void assertRemoval(String file, String before, String after) {
        assertEquals(after, Requirements.without("eventlet", file, before));
    }

    private static void assertKept(String file, String text) {
        assertRemoval(file, text, text);
    }

    @Test
    void requirementsLinesWithVersionsExtrasMarkersAndComments() {
        assertRemoval("requirements.txt",
                "pbr>=2.0\neventlet>=0.33.0,!=0.34.1  # green threads\nEventlet[dns] ; python_version >= '3.8'\neventlet-stubs\nrequests\n",
                "pbr>=2.0\neventlet-stubs\nrequests\n");
    }

    @Test
    void pipCompileEntryGoesWithItsHashesAndViaNotes() {
        assertRemoval("requirements.txt", """
                dnspython==2.6.1 \\
                    --hash=sha256:aaa \\
                    --hash=sha256:bbb
                    # via eventlet
                eventlet==0.36.1 \\
                    --hash=sha256:ccc \\
                    --hash=sha256:ddd
                    # via
                    #   -r requirements.in
                    #   oslo.service
                greenlet==3.0.3 \\
                    --hash=sha256:eee
                """, """
                dnspython==2.6.1 \\
                    --hash=sha256:aaa \\
                    --hash=sha256:bbb
                    # via eventlet
                greenlet==3.0.3 \\
                    --hash=sha256:eee
                """);
    }

    @Test
    void anEntryContinuedByAnOptionOtherThanHashIsNotUnderstoodAndStays() {
        assertKept("requirements.txt", "eventlet==0.36.1 \\\n    --config-settings=x=y\nrequests\n");
    }

    @Test
    void urlsAndEditableInstallsThatMerelyMentionTheLibraryStay() {
        assertKept("requirements.txt", "-e git+https://github.com/eventlet/eventlet#egg=eventlet\n-r eventlet-requirements.txt\n");
        assertRemoval("requirements.txt", "eventlet @ https://example.org/eventlet-0.36.tar.gz\nrequests\n", "requests\n");
    }

    @Test
    void setupCfgEntryPointNamedLikeTheLibraryIsNotARequirement() {
        assertRemoval("setup.cfg", """
                [options]
                install_requires =
                    eventlet>=0.30
                    futurist

                [options.entry_points]
                futurist.executors =
                    eventlet = futurist:GreenThreadPoolExecutor

                [options.extras_require]
                green =
                    eventlet
                """, """
                [options]
                install_requires =
                    futurist

                [options.entry_points]
                futurist.executors =
                    eventlet = futurist:GreenThreadPoolExecutor

                [options.extras_require]
                green =
                """);
    }

    @Test
    void toxDepsGoButACommandStartingWithTheLibraryNameStays() {
        assertRemoval("tox.ini", """
                [testenv]
                deps =
                    eventlet>=0.30
                    pytest
                commands =
                    eventlet ; echo this is a command, not a requirement
                    pytest {posargs}

                [testenv:py3-green]
                deps = eventlet
                """, """
                [testenv]
                deps =
                    pytest
                commands =
                    eventlet ; echo this is a command, not a requirement
                    pytest {posargs}

                [testenv:py3-green]
                deps = eventlet
                """);
    }

    @Test
    void factorConditionalToxDependencyIsNotUnderstoodAndStays() {
        assertKept("tox.ini", "[testenv]\ndeps =\n    green: eventlet\n");
    }

    @Test
    void pyprojectDependencyArraysOnlyAndOneRequirementPerLine() {
        assertRemoval("pyproject.toml", """
                [project]
                name = "svc"
                dependencies = [
                    "eventlet>=0.33",  # green threads
                    'requests',
                ]
                keywords = [
                    "eventlet",
                ]

                [project.optional-dependencies]
                green = [
                    "eventlet[dns]; python_version >= '3.8'",
                ]

                [project.entry-points."futurist.executors"]
                eventlet = "futurist:GreenThreadPoolExecutor"
                """, """
                [project]
                name = "svc"
                dependencies = [
                    'requests',
                ]
                keywords = [
                    "eventlet",
                ]

                [project.optional-dependencies]
                green = [
                ]

                [project.entry-points."futurist.executors"]
                eventlet = "futurist:GreenThreadPoolExecutor"
                """);
    }

    @Test
    void crlfLinesKeepTheirEndings() {
        assertRemoval("requirements.txt", "eventlet\r\nrequests\r\n", "requests\r\n");
    }
}
