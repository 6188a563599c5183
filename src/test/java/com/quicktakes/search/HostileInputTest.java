package com.quicktakes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a user types, a search gives results or a clean empty outcome, never an exception. */
class HostileInputTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexQuestions() {
        index = Questions.indexed();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<String> hostileInputs() {
        return Stream.of(
                "", " ", "   \t\n  ", "\u00a0\u2003",
                "x".repeat(10_000), "osmosis ".repeat(1_250),
                "title:(", "title:(osmosis", "*", "?", "osmo*", "AND OR", "NOT", "AND OR NOT osmosis", "~", "osmosis~2",
                "\"unclosed", "\"osmosis", "\\", "\\\\", "osmosis\\", "[a TO z]", "{}", "^2", "a:b:c", "/regex.*/", "+-&&||!(){}[]^\"~*?:\\/",
                "\u0000", "osmosis\u0000membrane", "\u0001\u0002\u001f\u007f", "\r\n",
                "😀", "🧬 osmosis 🧪", "👨‍👩‍👧‍👦", "\uD83D", "\uDE00 osmosis", "osmosis\uD83D",
                "مرحبا بالعالم", "שלום", "\u202Eosmosis\u202C", "e\u0301\u0301\u0301", "\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
                "日本語の質問", "ｏｓｍｏｓｉｓ", "\uFEFFosmosis", "\uFFFF\uFFFE",
                "the", "the a an of to", "!!!", "...", "---", "' ' '",
                "<script>alert(1)</script>", "&amp;", "%00", "'; DROP TABLE question; --",
                "a".repeat(300), ("supercalifragilistic" + "x".repeat(60)),
                IntStream.range(0, 200).mapToObj(i -> "word" + i).collect(Collectors.joining(" ")),
                IntStream.range(0, 40).mapToObj(i -> "photosynthesisz" + (char) ('a' + i % 26)).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void anyInputGivesResultsOrAnEmptyQueryNeverAnException(String input) {
        for (String subject : new String[] { null, "biology", "no-such-subject", "\u0000" }) {
            SearchResults results = index.search(new SearchQuery(input, subject, 1));
            assertThat(results).isNotNull();
            assertThat(results.query().length()).isLessThanOrEqualTo(QueryWords.MAX_CHARS);
            assertThat(results.hits().size()).isLessThanOrEqualTo(SearchQuery.PAGE_SIZE);
            if (results.emptyQuery()) {
                assertThat(results.hits()).isEmpty();
                assertThat(results.totalHits()).isZero();
            }
            results.hits().forEach(hit -> assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", ""))
                    .doesNotContain("<", ">"));
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "the", "!!!", "\u0000", "to be or not to be" })
    void inputWithNothingToSearchIsAnEmptyQuery(String input) {
        SearchResults results = index.search(new SearchQuery(input, null, 1));
        assertThat(results.emptyQuery()).isTrue();
        assertThat(results.subjects()).isEmpty();
        assertThat(results.suggestion()).isEmpty();
    }

    @Test
    void queryOperatorsAreOrdinaryWords() {
        assertThat(index.search(SearchQuery.of("title:(osmosis")).hits()).extracting(SearchHit::url)
                .contains(Questions.OSMOSIS.url());
        assertThat(index.search(SearchQuery.of("\"osmosis")).hits()).extracting(SearchHit::url)
                .contains(Questions.OSMOSIS.url());
        assertThat(index.search(SearchQuery.of("osmosis~2 AND")).hits()).extracting(SearchHit::url)
                .contains(Questions.OSMOSIS.url());
    }

    @Test
    void wordsPastTheLimitAreIgnored() {
        String manyWords = IntStream.range(0, 30).mapToObj(i -> "filler" + i).collect(Collectors.joining(" "));
        QueryWords words = QueryWords.parse(manyWords + " osmosis");
        assertThat(words.terms()).hasSize(QueryWords.MAX_TERMS).doesNotContain("osmosi");
        assertThat(QueryWords.parse("x".repeat(10_000)).text()).hasSize(QueryWords.MAX_CHARS);
    }

    @Test
    void cuttingLongInputNeverSplitsACharacter() {
        String text = "a".repeat(QueryWords.MAX_CHARS - 1) + "😀😀";
        String cut = QueryWords.parse(text).text();
        assertThat(cut).hasSize(QueryWords.MAX_CHARS - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void randomUnicodeNeverThrows() {
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            SearchQuery query = new SearchQuery(text.toString(), null, 1 + random.nextInt(3));
            assertThat(index.search(query)).isNotNull();
        }
    }

    @Test
    void everyPossiblePageNumberIsHandled() {
        for (int page : List.of(Integer.MIN_VALUE, -1, 0, 1, 2, SearchQuery.MAX_PAGE, SearchQuery.MAX_PAGE + 1, Integer.MAX_VALUE)) {
            SearchResults results = index.search(new SearchQuery("osmosis", null, page));
            assertThat(results.page()).isPositive();
        }
    }
}
