package com.quicktakes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.quicktakes.browser.View.Theme;
import com.quicktakes.browser.View.Viewport;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A long answer of the bundled sample (six headings, tables, math, a table of contents): it fits
 * the screen without errors, axe-core finds nothing, and its table of contents leads to its
 * headings. The test content has no answer long enough for a table of contents, and a new file
 * there would change the counts other tests check.
 */
@QuarkusTest
@TestProfile(SampleContentProfile.class)
class LongAnswerBrowserTest extends BrowserTestBase {

    static final String LONG_QUESTION = "/learn/physics/questions/what-are-newtons-three-laws-of-motion";

    @ParameterizedTest(name = "at {0}")
    @MethodSource("com.quicktakes.browser.View#all")
    void fitsTheScreenWithoutErrors(View view) throws IOException {
        assertFitsTheScreenWithoutErrors(LONG_QUESTION, view, "long-question-" + view);
    }

    @ParameterizedTest(name = "at {0}")
    @MethodSource("com.quicktakes.browser.View#all")
    void hasNoAxeViolations(View view) {
        assertNoAxeViolations(LONG_QUESTION, view);
    }

    @ParameterizedTest(name = "at {0}")
    @EnumSource(Viewport.class)
    void tableOfContentsLinksScrollToTheirHeadings(Viewport viewport) {
        open(LONG_QUESTION, new View(viewport, Theme.LIGHT));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.toc a"));
        assertThat(links).as("links of nav.toc on %s", LONG_QUESTION).isNotEmpty();

        for (WebElement link : links) {
            String href = link.getDomAttribute("href");
            assertThat(href).as("a table of contents link").startsWith("#");
            String id = href.substring(1);
            List<WebElement> targets = browser.driver().findElements(By.id(id));
            assertThat(targets).as("elements with id %s", id).hasSize(1);

            browser.script("window.scrollTo(0, 0)");
            link.click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .withMessage("after clicking " + href + ": location.hash is " + href + " and #" + id + " is in view")
                    .until(driver -> browser.script("""
                            const box = arguments[0].getBoundingClientRect();
                            return decodeURIComponent(location.hash.slice(1)) === arguments[1]
                                && box.top >= 0 && box.top < window.innerHeight;""", targets.get(0), id));
        }
    }
}
