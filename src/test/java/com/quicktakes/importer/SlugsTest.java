package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Arts & Humanities|arts-humanities",
            "Économie|economie",
            "Gödel’s|godels",
            "Haber–Bosch|haber-bosch",
            "Computer science|computer-science",
            "  --Straße ø Æther--  |strasse-o-aether",
            "What's \"new\"?|whats-new",
            "你好|''",
    })
    void followsTheFormatsSlugRule(String text, String slug) {
        assertThat(Slugs.slug(text)).isEqualTo(slug);
    }
}
