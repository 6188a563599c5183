package com.quicktakes.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core in the page. The script comes from the test classpath (the axe-core jar bundles
 * axe.min.js), so the check works offline.
 */
final class Axe {

    private static final String SCRIPT = read("/axe.min.js");

    // One line per violation: rule, impact, help text, and every offending element with why.
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(
                results => done(results.violations.map(v =>
                    v.id + ' (' + v.impact + '): ' + v.help + ' <' + v.helpUrl + '>'
                    + v.nodes.map(n => '\\n    ' + n.target.join(' ') + ': '
                        + n.any.concat(n.all, n.none).map(c => c.message).join('; ')).join(''))),
                error => done(['axe failed: ' + error]));
            """;

    private Axe() {
    }

    /** The violations of every rule axe enables by default (WCAG 2.x A and AA, best practices). */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor page) {
        page.executeScript(SCRIPT);
        return (List<String>) page.executeAsyncScript(RUN);
    }

    static String version(JavascriptExecutor page) {
        return (String) page.executeScript("return axe.version");
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
