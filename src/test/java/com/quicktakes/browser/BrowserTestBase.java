package com.quicktakes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * One headless Chromium per test class, looking at the {@code @QuarkusTest} app. Without
 * Chromium every test skips with a message saying how to install it.
 */
abstract class BrowserTestBase {

    static Browser browser;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.startIfInstalled();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void browserReady() {
        assumeTrue(browser != null, Browser.MISSING);
    }

    void open(String path, View view) {
        browser.open(site + path.substring(1), view);
    }

    /**
     * Opens a page and checks that it loads without console errors, does not scroll sideways and
     * shows its one h1 above the fold; saves a screenshot whatever the outcome.
     */
    void assertFitsTheScreenWithoutErrors(String path, View view, String screenshotName) throws IOException {
        open(path, view);
        SoftAssertions checks = new SoftAssertions();

        checks.assertThat(browser.consoleErrors()).as("console errors").isEmpty();

        // clientWidth is the width left of a vertical scrollbar: wider content scrolls sideways.
        Map<?, ?> width = (Map<?, ?>) browser.script("""
                const root = document.documentElement;
                return { scroll: root.scrollWidth, client: root.clientWidth, inner: window.innerWidth };""");
        checks.assertThat(width.get("inner")).as("window.innerWidth").isEqualTo((long) view.viewport().width());
        checks.assertThat((Long) width.get("scroll")).as(() -> "document scrollWidth; sticking out: " + widerThanScreen())
                .isLessThanOrEqualTo((Long) width.get("client"));

        List<WebElement> headings = browser.driver().findElements(By.tagName("h1"));
        checks.assertThat(headings).as("h1 elements").hasSize(1);
        if (!headings.isEmpty()) {
            checks.assertThat(headings.get(0).isDisplayed()).as("h1 is displayed").isTrue();
            Map<?, ?> box = (Map<?, ?>) browser.script("""
                    const box = document.querySelector('h1').getBoundingClientRect();
                    return { top: box.top, bottom: box.bottom, fold: window.innerHeight };""");
            checks.assertThat(number(box.get("top"))).as("h1 top").isGreaterThanOrEqualTo(0);
            checks.assertThat(number(box.get("bottom"))).as("h1 bottom, above the fold at %s", box.get("fold"))
                    .isLessThanOrEqualTo(number(box.get("fold")));
        }
        browser.screenshot(screenshotName);
        checks.assertAll();
    }

    /** Opens a page and runs axe-core in it; the failure lists every violation. */
    void assertNoAxeViolations(String path, View view) {
        open(path, view);
        List<String> violations = Axe.violations(browser.driver());
        assertThat(violations)
                .as("axe-core %s violations on %s at %s", Axe.version(browser.driver()), path, view)
                .isEmpty();
    }

    /** The innermost elements whose right edge is past the viewport: what to fix when the page scrolls sideways. */
    private static Object widerThanScreen() {
        return browser.script("""
                const limit = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > limit + 0.5)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > limit + 0.5))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : ''));""");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
