package com.quicktakes.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void charactersXmlForbidsAreReplacedSoTheDocumentStaysWellFormed() throws Exception {
        String hostile = "Bell\u0007 escape\u001b vt\u000b nul\u0000 lone\ud800 fffe\ufffe <&>\"' emoji \ud83d\ude00 tab\tnl\n";
        String escaped = Xml.escape(hostile);
        assertThat(escaped).doesNotContain("\u0007", "\u001b", "\u000b", "\u0000", "\ufffe")
                .contains("&lt;&amp;&gt;&quot;&apos;", "\ud83d\ude00", "\t", "\n");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><t a=\"" + escaped + "\">" + escaped + "</t>";
        var parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.getDocumentElement().getTextContent()).startsWith("Bell\ufffd escape\ufffd");
    }
}
