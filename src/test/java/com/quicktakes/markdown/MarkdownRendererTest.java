package com.quicktakes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html());
    }

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        Document html = render("Hi <script>alert('x')</script> <img src=x onerror=alert(1)>\n\n<iframe src=\"https://evil\"></iframe>");
        assertThat(html.select("script, img, iframe")).isEmpty();
        assertThat(html.select("[onerror]")).isEmpty();
        assertThat(html.body().text()).contains("<script>alert('x')</script>").contains("<iframe src=\"https://evil\"></iframe>");
    }

    @Test
    void unsafeLinkSchemesLoseTheirTarget() {
        Document html = render("[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) "
                + "[d](vbscript:msgbox(1)) [e](https://example.org/) [f](/learn/physics/questions/x) [g](mailto:a@b.c)");
        assertThat(html.select("a").eachAttr("href")).containsExactly(
                "", "", "", "", "https://example.org/", "/learn/physics/questions/x", "mailto:a@b.c");
    }

    @Test
    void externalLinksGetNoopenerAndSiteLinksStayRelative() {
        Document html = render("[ext](https://example.org/) [site](/learn/physics/questions/x) <https://auto.example/> and www.bare.example");
        assertThat(html.select("a[href=https://example.org/]").attr("rel")).isEqualTo("noopener");
        assertThat(html.select("a[href=/learn/physics/questions/x]").hasAttr("rel")).isFalse();
        assertThat(html.select("a[href=https://auto.example/]").attr("rel")).isEqualTo("noopener");
        assertThat(html.select("a[href=http://www.bare.example]").attr("rel")).isEqualTo("noopener");
    }

    @Test
    void aLinkBrowsersWouldTakeToAnotherHostIsExternal() {
        Document html = render("[a](/\\evil.example/x) [b](//evil.example/y)");
        assertThat(html.select("a")).hasSize(2).allSatisfy(a -> assertThat(a.attr("rel")).as(a.attr("href")).isEqualTo("noopener"));
    }

    @Test
    void gfmTablesStrikethroughAndAutolinks() {
        Document html = render("| Name | Cost |\n|:---|---:|\n| a | 1 |\n\n~~old~~ https://example.org");
        assertThat(html.select("table th")).extracting(e -> e.attr("align")).containsExactly("left", "right");
        assertThat(html.select("del").text()).isEqualTo("old");
        assertThat(html.select("a[href=https://example.org]")).hasSize(1);
    }

    @Test
    void headingsStartAtH2KeepTheirOrderAndGetStableIds() {
        RenderedMarkdown rendered = renderer.render("# Top\n\ntext\n\n### Skipped a level\n\n## Top\n\n###### Deep");
        Document html = Jsoup.parseBodyFragment(rendered.html());
        assertThat(html.select("h1")).isEmpty();
        assertThat(html.select("h2, h3, h4, h5, h6")).extracting(e -> e.tagName() + "#" + e.id()).containsExactly(
                "h2#top", "h4#skipped-a-level", "h3#top-1", "h5#deep");
        assertThat(rendered.headings()).extracting(RenderedMarkdown.Heading::id).containsExactly("top", "skipped-a-level", "top-1", "deep");
    }

    @Test
    void plainTextForDescriptionsAndAWordCount() {
        RenderedMarkdown rendered = renderer.render("**Bold** and `code`.\n\n- item\n\n" + "word ".repeat(500));
        assertThat(rendered.textStart()).startsWith("Bold and code. item word word").hasSizeLessThanOrEqualTo(400);
        assertThat(rendered.words()).isEqualTo(504);
    }
}
