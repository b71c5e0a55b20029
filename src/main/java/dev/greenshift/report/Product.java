package dev.greenshift.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * greenshift's own name, version and home page, as pom.xml declares them (Maven copies them into
 * product.properties at build time), for reports that name their tool (SARIF) and {@code --version}.
 */
public record Product(String name, String version, String url) {
    private static final Product CURRENT = load();

    public static Product current() {
        return CURRENT;
    }

    private static Product load() {
        Properties p = new Properties();
        try (InputStream in = Product.class.getResourceAsStream("product.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A jar without the file still runs; the report then says "dev".
        }
        return new Product(value(p, "name", "greenshift"), value(p, "version", "dev"), value(p, "url", ""));
    }

    /** Unfiltered placeholders (a build that skipped resource filtering) count as missing. */
    private static String value(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v;
    }
}
