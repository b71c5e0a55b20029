package dev.greenshift.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names stand in annotations: parameters', returns' and annotated assignments', not defaults or values. */
class AnnotationsTest {
    /** The names spelled {@code Sem} in {@code source}, each marked A when it stands in an annotation, else -. */
    private static String marks(String source) {
        Module module = Module.parse(source);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < module.tokens().size(); i++) {
            if (module.tokens().get(i).text().equals("Sem")) {
                out.add(module.inAnnotation(i) ? "A" : "-");
            }
        }
        return String.join("", out);
    }

    @Test
    void parameterAndReturnAnnotationsAreAnnotationsAndDefaultsAreNot() {
        assertEquals("AA-A", marks("def f(a: Sem, b: Union[Sem, int] = Sem(), c=1, *, d: 'x' = lambda y: y) -> Optional[Sem]:\n    pass\n"));
    }

    @Test
    void aParameterAfterOneWithADefaultStillHasItsAnnotation() {
        assertEquals("A", marks("def f(a=1, b: Sem = None):\n    pass\n"));
        assertEquals("-", marks("def f(a=lambda x: Sem):\n    pass\n"));
    }

    @Test
    void asyncDefsAndMethodsToo() {
        assertEquals("AA", marks("class C:\n    async def f(self, a: Sem) -> Sem:\n        pass\n"));
    }

    @Test
    void anAnnotatedAssignmentIsAnAnnotationUpToItsValue() {
        assertEquals("A-", marks("lock: Sem = Sem(1)\n"));
        assertEquals("-", marks("lock = Sem(1)\n"));
        assertEquals("-", marks("table = {Sem: 1}\n"));
    }

    @Test
    void callsAndTypeChecksInsideABodyAreNotAnnotations() {
        assertEquals("--", marks("def f(x):\n    isinstance(x, Sem)\n    return Sem()\n"));
    }
}
