package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.engine.Engine;
import dev.greenshift.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipe {@code shim adopt} runs, before and after, on one caller file. */
class AdoptionRecipeTest {
    private static final Map<String, String> NAMES = Map.of("async_fetch_data", "fetch_data");

    @Test
    void everyImportFormAndPatchTargetMovesToTheNeutralName() throws ShimException {
        assertEquals("""
                from unittest import mock

                import shop.api as shared
                from shop.neutral.api import fetch_data


                def load(keys):
                    first = fetch_data(keys, str, shared.DEFAULT_WORKERS)
                    second = fetch_data(keys, str)
                    return first, second, fetch_data


                @mock.patch('shop.neutral.api.fetch_data')
                def test_load(fetch):
                    pass
                """, adopted("""
                from unittest import mock

                import shop.api as shared
                from shop.api import async_fetch_data as fetch_later


                def load(keys):
                    first = shared.async_fetch_data(keys, str, shared.DEFAULT_WORKERS)
                    second = fetch_later(keys, str)
                    return first, second, shared.async_fetch_data


                @mock.patch('shop.api.async_fetch_data')
                def test_load(fetch):
                    pass
                """));
    }

    @Test
    void otherNamesOfTheModuleAndShadowingLocalsStay() throws ShimException {
        String code = """
                from shop import api


                def workers(async_fetch_data):
                    return async_fetch_data(api.DEFAULT_WORKERS)
                """;
        assertEquals(code, adopted(code));
    }

    private static String adopted(String code) throws ShimException {
        Engine engine = new Engine(AdoptionRecipe.load("shop.api", "shop.neutral.api", NAMES));
        SourceFile file = new SourceFile(Path.of("shop/orders/load.py"), "shop/orders/load.py", StandardCharsets.UTF_8, code);
        return engine.process(file).output();
    }
}
