package com.quicktakes.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/** axe-core finds nothing to fix on any page, at phone and desktop size, in light and dark mode. */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("com.quicktakes.browser.SitePage#inEveryView")
    void hasNoAxeViolations(SitePage page, View view) {
        assertNoAxeViolations(page.path, view);
    }
}
