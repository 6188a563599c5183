package com.quicktakes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.quicktakes.browser.View.Theme;
import com.quicktakes.browser.View.Viewport;

import io.quarkus.test.junit.QuarkusTest;

/** A student on a phone searches from the header of a question page and reads the results, without any script. */
@QuarkusTest
class SearchBrowserTest extends BrowserTestBase {

    @Test
    void searchingFromTheHeaderOnAPhoneShowsReadableResults() {
        View phone = new View(Viewport.PHONE, Theme.LIGHT);
        open("/learn/computer-science/questions/what-is-a-stack", phone);
        WebElement box = browser.driver().findElement(By.cssSelector("header form[role=search] input[type=search]"));
        assertThat(box.isDisplayed()).as("the search box is on screen").isTrue();
        box.sendKeys("mississipi river", Keys.ENTER);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q="));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/search?q=mississipi+river");
        List<WebElement> results = browser.driver().findElements(By.cssSelector("ol.results > li"));
        assertThat(results).isNotEmpty();
        WebElement first = results.get(0).findElement(By.tagName("a"));
        assertThat(first.getAttribute("href")).endsWith("/learn/geography/questions/where-does-the-mississippi-river-flow");
        assertThat(first.isDisplayed()).isTrue();
        double fontSize = Double.parseDouble(first.getCssValue("font-size").replace("px", ""));
        assertThat(fontSize).as("result titles are readable on a phone").isGreaterThanOrEqualTo(16);
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(Axe.violations(browser.driver())).isEmpty();
    }
}
