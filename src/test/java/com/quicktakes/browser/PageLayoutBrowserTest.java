package com.quicktakes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.quicktakes.browser.View.Theme;
import com.quicktakes.browser.View.Viewport;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages of the test content in a real browser: they load without console errors, fit a
 * phone and a desktop screen in light and dark mode, and typeset their math. Every page is saved
 * as a screenshot under target/screenshots/.
 */
@QuarkusTest
class PageLayoutBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("com.quicktakes.browser.SitePage#inEveryView")
    void fitsTheScreenWithoutErrors(SitePage page, View view) throws IOException {
        assertFitsTheScreenWithoutErrors(page.path, view, page.screenshotName(view));
    }

    @Test
    void mathIsTypesetByKatex() throws IOException {
        open(SitePage.MATH_QUESTION.path, new View(Viewport.DESKTOP, Theme.LIGHT));
        long formulas = count(".answer .math");
        assertThat(formulas).as("formulas on the page").isGreaterThan(0);

        // Waits rather than assumes: math.js may typeset in slices that end after the load event.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .withMessage("all " + formulas + " formulas typeset by KaTeX")
                .until(driver -> count(".answer .math.math-typeset:has(.katex)") == formulas);
        // htmlAndMathml output: screen readers read the MathML
        assertThat(count(".answer .math:has(.katex-mathml math)")).as("formulas with MathML").isEqualTo(formulas);
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
        browser.screenshot("math-typeset");
    }

    /** A missing favicon is a console error (a 404) on the first page a browser opens. */
    @Test
    void theFaviconIsFound() {
        open(SitePage.HOME.path, new View(Viewport.DESKTOP, Theme.LIGHT));
        Object favicon = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = document.querySelector('link[rel~="icon"]');
                const url = link ? link.href : new URL('/favicon.ico', location).href;
                fetch(url).then(response => done(url + ' ' + response.status), error => done(url + ' ' + error));""");
        assertThat(favicon).as("the favicon's url and status").asString().endsWith(" 200");
    }

    private long count(String selector) {
        return (Long) browser.script("return document.querySelectorAll(arguments[0]).length", selector);
    }
}
