package com.quicktakes.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.quicktakes.pages.Html;
import com.quicktakes.pages.RawHttp;

import io.quarkus.test.junit.QuarkusTest;

/** Every non-canonical form of a url, and every moved page, answers a single 301 to the page. */
@QuarkusTest
class CanonicalUrlsTest {

    private static final String GRADIENT = "/learn/mathematics/questions/how-do-gradients-point-uphill";

    private static void assertOneRedirect(String from, String to) throws IOException {
        RawHttp.Reply reply = RawHttp.get(from);
        assertThat(reply.status()).as("status of " + from).isEqualTo(301);
        URI location = URI.create(reply.header("Location"));
        String target = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        assertThat(target).as("redirect of " + from).isEqualTo(to);
        assertThat(RawHttp.get(to).status()).as("status of " + to + ", the end of the only hop").isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({
            "/learn/geography/,                                   /learn/geography",
            "/LEARN/Geography,                                    /learn/geography",
            "/learn/%67eography,                                  /learn/geography",
            "/learn/%67%45ography,                                /learn/geography",
            "//learn//geography,                                  /learn/geography",
            "/index.html,                                         /",
            "/learn/geography/index.html,                         /learn/geography",
            "/learn/geography?page=1,                             /learn/geography",
            "/LEARN/Geography/?page=1,                            /learn/geography",
            "/learn/Geography/?page=2,                            /learn/geography?page=2",
            "/learn,                                              /",
            "/Learn/Mathematics/Questions/How-Do-Gradients-Point-Uphill/, " + GRADIENT,
            "/learn/mathematics//questions/how-do-gradients-point-uphill/index.html, " + GRADIENT,
    })
    void nonCanonicalFormsRedirectOnceToTheCanonicalUrl(String from, String to) throws IOException {
        assertOneRedirect(from, to);
    }

    @Test
    void theCanonicalLinkIgnoresQueriesThatDoNotChangeTheContent() {
        var page = Html.get("/learn/geography?utm_source=newsletter&ref=x");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/learn/geography");
        assertThat(Html.get(GRADIENT + "?from=search").select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080" + GRADIENT);
    }

    @Test
    void formerUrlsListedAsAliasesRedirectToTheQuestion() throws IOException {
        assertOneRedirect("/learn/calculus/questions/how-do-gradients-point-uphill", GRADIENT);
        assertOneRedirect("/learn/mathematics/questions/gradients", GRADIENT);
    }

    @Test
    void theRedirectsFileMovesPagesInOneHopEvenThroughAnAlias() throws IOException {
        assertOneRedirect("/learn/physics/questions/what-is-a-derivative", "/learn/mathematics/questions/what-is-a-derivative");
        assertOneRedirect("/old-home", "/");
        assertOneRedirect("/learn/chains/questions/start", GRADIENT);
    }

    @Test
    void unknownAndRemovedPagesAre404() throws IOException {
        assertThat(RawHttp.get("/learn/calculus/questions/no-such-thing").status()).isEqualTo(404);
        assertThat(RawHttp.get("/learn/geography/questions/where-does-the-thames-river-flow-now").status()).isEqualTo(404);
    }
}
