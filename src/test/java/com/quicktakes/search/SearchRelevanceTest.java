package com.quicktakes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader finds: stemming, typos, ranking, "did you mean", subject counts and filter, pages. */
class SearchRelevanceTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexQuestions() {
        index = Questions.indexed();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResults search(String text) {
        return index.search(SearchQuery.of(text));
    }

    private static List<String> urls(SearchResults results) {
        return results.hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void pluralSingularAndCaseDoNotMatter() {
        assertThat(urls(search("FRACTION"))).containsExactly(Questions.FRACTIONS.url());
        assertThat(urls(search("Chloroplast"))).containsExactly(Questions.PHOTOSYNTHESIS.url());
        assertThat(urls(search("gamete"))).containsExactly(Questions.MITOSIS.url());
        assertThat(urls(search("accelerating"))).containsExactly(Questions.NEWTON.url());
    }

    @Test
    void misspelledTitleWordStillFindsTheQuestion() {
        assertThat(urls(search("photosynthsis"))).first().isEqualTo(Questions.PHOTOSYNTHESIS.url());
        assertThat(urls(search("pythagorus"))).first().isEqualTo(Questions.PYTHAGORAS.url());
        assertThat(urls(search("hypotenuese"))).first().isEqualTo(Questions.PYTHAGORAS.url());
    }

    @Test
    void exactMatchesRankAboveNearMisses() {
        SearchDocument cell = new SearchDocument("/learn/biology/questions/cells", "Cells", "", "biology", "Biology", "");
        SearchDocument call = new SearchDocument("/learn/biology/questions/calls", "Calls", "", "biology", "Biology", "");
        try (SearchIndex small = SearchIndex.inMemory()) {
            small.rebuild(List.of(call, cell).stream(), 1);
            // "cellular" stems to "cellular"; "cells" to "cell": too far apart, but "celss" is one typo from "cell"
            assertThat(urls(small.search(SearchQuery.of("cells")))).containsExactly(cell.url());
            SearchDocument osmotic = new SearchDocument("/a", "Osmotic", "", "x", "X", "");
            SearchDocument osmosis = new SearchDocument("/b", "Osmosis", "", "x", "X", "");
            small.rebuild(List.of(osmotic, osmosis).stream(), 2);
            assertThat(urls(small.search(SearchQuery.of("osmosis")))).first().isEqualTo(osmosis.url());
        }
    }

    @Test
    void shortWordsAreNotFuzzy() {
        assertThat(search("cels").totalHits()).isZero();
        assertThat(search("cell").totalHits()).isPositive();
    }

    @Test
    void titleAndQuestionWeighMoreThanTheAnswer() {
        // "osmosis" is the title of one, the answer of another (osmotic pressure), a near-miss of nothing else
        assertThat(urls(search("osmosis"))).startsWith(Questions.OSMOSIS.url()).contains(Questions.OSMOSIS_IN_PHYSICS.url());
        // "cells" is in the answers of three questions and no title; "mitosis" is a title word
        assertThat(urls(search("cells mitosis"))).first().isEqualTo(Questions.MITOSIS.url());
    }

    @Test
    void mostWordsMustMatchSoFillerWordsDoNotSinkTheHits() {
        // four words, three needed: the for loop ("how does … work") matches too, below the one about photosynthesis
        assertThat(urls(search("how does photosynthesis work"))).first().isEqualTo(Questions.PHOTOSYNTHESIS.url());
        SearchResults strict = search("osmosis membrane");
        assertThat(strict.partialMatch()).isFalse();
        assertThat(urls(strict)).containsExactlyInAnyOrder(Questions.OSMOSIS.url(), Questions.OSMOSIS_IN_PHYSICS.url());
    }

    @Test
    void whenNoQuestionHasEnoughOfTheWordsTheBestPartialMatchesAreShown() {
        SearchResults results = search("define osmosis zebra");
        assertThat(results.partialMatch()).isTrue();
        assertThat(urls(results)).first().isEqualTo(Questions.OSMOSIS.url());
    }

    @Test
    void didYouMeanOffersTheCorrectedQueryWhenNothingIsFound() {
        // a wrong first letter: no near-miss is searched for, and only "what" matches
        SearchResults results = search("what is asmosis");
        assertThat(results.partialMatch()).isTrue();
        assertThat(results.suggestion()).hasValue("what is osmosis");
        SearchResults tooFar = search("zqxv");
        assertThat(tooFar.totalHits()).isZero();
        assertThat(tooFar.suggestion()).isEmpty();
    }

    @Test
    void didYouMeanCorrectsWordsThatFuzzyMatchingCannotReach() {
        // short words get no near-misses, nor do words with a wrong first letter; the spell checker knows better
        SearchResults shortWord = search("plnts");
        assertThat(shortWord.totalHits()).isZero();
        assertThat(shortWord.suggestion()).hasValue("plants");
        SearchResults firstLetter = search("asmosis");
        assertThat(firstLetter.totalHits()).isZero();
        assertThat(firstLetter.suggestion()).hasValue("osmosis");
        assertThat(index.search(SearchQuery.of(firstLetter.suggestion().orElseThrow())).totalHits()).isPositive();
    }

    @Test
    void didYouMeanIsLeftOutWhenNearMissesFoundTheQuestions() {
        SearchResults results = search("photosynthsis");
        assertThat(results.totalHits()).isPositive();
        assertThat(results.suggestion()).isEmpty();
    }

    @Test
    void didYouMeanIsOfferedWithPartialMatches() {
        SearchResults results = search("osmosis plnts");
        assertThat(results.partialMatch()).isTrue();
        assertThat(results.suggestion()).hasValue("osmosis plants");
    }

    @Test
    void aQueryOfKnownWordsGetsNoSuggestion() {
        assertThat(search("osmosis").suggestion()).isEmpty();
        assertThat(search("the force").suggestion()).isEmpty();
    }

    @Test
    void subjectCountsCoverTheWholeQueryMostFirst() {
        SearchResults results = search("osmosis");
        assertThat(results.subjects()).containsExactly(new SubjectCount("biology", "Biology", 1),
                new SubjectCount("physics", "Physics", 1));
        assertThat(results.totalHits()).isEqualTo(2);
        SearchResults cells = search("cells");
        assertThat(cells.subjects()).first().isEqualTo(new SubjectCount("biology", "Biology", 2));
    }

    @Test
    void aSubjectFilterKeepsTheCountsOfEverySubject() {
        SearchResults physics = index.search(SearchQuery.of("osmosis").inSubject("physics"));
        assertThat(urls(physics)).containsExactly(Questions.OSMOSIS_IN_PHYSICS.url());
        assertThat(physics.totalHits()).isEqualTo(1);
        assertThat(physics.subjects()).extracting(SubjectCount::slug).containsExactlyInAnyOrder("biology", "physics");

        SearchResults unknown = index.search(SearchQuery.of("osmosis").inSubject("astrology"));
        assertThat(unknown.hits()).isEmpty();
        assertThat(unknown.totalHits()).isZero();
        assertThat(unknown.subjects()).hasSize(2);
    }

    @Test
    void hitsCarryUrlTitleSubjectAndAHighlightedSnippet() {
        SearchHit hit = search("turgid").hits().get(0);
        assertThat(hit.url()).isEqualTo(Questions.OSMOSIS.url());
        assertThat(hit.title()).isEqualTo("What is osmosis?");
        assertThat(hit.subjectSlug()).isEqualTo("biology");
        assertThat(hit.subjectName()).isEqualTo("Biology");
        assertThat(hit.snippetHtml()).contains("become <mark>turgid</mark>.");
        assertThat(hit.titleHtml()).isEqualTo("What is osmosis?");
    }

    @Test
    void titleMatchesAreMarkedAndNearMissesToo() {
        SearchHit hit = search("photosynthsis").hits().get(0);
        assertThat(hit.titleHtml()).isEqualTo("How does <mark>photosynthesis</mark> work?");
        assertThat(hit.snippetHtml()).startsWith("<mark>Photosynthesis</mark> turns light");
    }

    @Test
    void aQuestionMatchedOnlyByItsTitleShowsTheStartOfItsAnswer() {
        SearchHit hit = search("second law").hits().get(0);
        assertThat(hit.url()).isEqualTo(Questions.NEWTON.url());
        assertThat(hit.snippetHtml()).startsWith("Force equals mass");
    }

    @Test
    void titlesAndSnippetsAreEscapedExceptForTheMarks() {
        SearchHit hit = search("rock roll").hits().get(0);
        assertThat(hit.title()).isEqualTo("Where did <script>alert(1)</script> rock & roll come from?");
        assertThat(hit.titleHtml()).isEqualTo(
                "Where did &lt;script&gt;alert(1)&lt;/script&gt; <mark>rock</mark> &amp; <mark>roll</mark> come from?");
        assertThat(hit.snippetHtml()).startsWith("<mark>Rock</mark> &amp; <mark>roll</mark> grew from rhythm &amp; blues");
        for (String words : List.of("rock", "bold", "script", "quoted single", "answer")) {
            String snippet = search(words).hits().get(0).snippetHtml();
            String text = snippet.replace("<mark>", "").replace("</mark>", "");
            assertThat(text).as(words).doesNotContain("<", ">", "\"", "'");
            String unescaped = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&").replace(MarkFormatter.ELLIPSIS, "").strip();
            assertThat(Questions.ROCK_AND_ROLL.answerText()).as(words).contains(unescaped);
        }
        assertThat(search("quoted").hits().get(0).snippetHtml()).contains("&quot;<mark>quoted</mark>&quot; and &#39;single&#39;");
    }

    @Test
    void mathAndCodeAreSearchableAsText() {
        assertThat(urls(search("reciprocal"))).containsExactly(Questions.FRACTIONS.url());
        SearchHit fraction = search("reciprocal").hits().get(0);
        assertThat(fraction.snippetHtml()).doesNotContain("\\", "frac", "neq");
        assertThat(urls(search("printf"))).containsExactly(Questions.LOOPS.url());
        assertThat(search("printf").hits().get(0).snippetHtml()).contains("<mark>printf</mark>(&quot;%d\\n&quot;, i);");
    }

    @Test
    void longAnswersGetSnippetsAroundTheMatchWithEllipses() {
        String filler = String.join(" ", IntStream.range(0, 80).mapToObj(i -> "padding" + i).toList());
        SearchDocument longOne = new SearchDocument("/long", "A long one", "", "x", "X",
                filler + " the mitochondria is the powerhouse of the cell " + filler);
        try (SearchIndex small = SearchIndex.inMemory()) {
            small.rebuild(List.of(longOne).stream(), 1);
            String snippet = small.search(SearchQuery.of("powerhouse")).hits().get(0).snippetHtml();
            assertThat(snippet).startsWith(MarkFormatter.ELLIPSIS + " ").endsWith(" " + MarkFormatter.ELLIPSIS)
                    .contains("<mark>powerhouse</mark>");
            assertThat(snippet.length()).isLessThan(2 * Snippets.PASSAGE_CHARS + 40);
        }
    }

    @Test
    void resultsComeInPagesOfTwenty() {
        List<SearchDocument> many = IntStream.rangeClosed(1, 45)
                .mapToObj(i -> new SearchDocument("/learn/x/questions/q" + i, "Question " + i + " about enzymes", "", "x", "X",
                        "Enzymes speed up reactions."))
                .toList();
        try (SearchIndex small = SearchIndex.inMemory()) {
            small.rebuild(many.stream(), 1);
            SearchResults first = small.search(SearchQuery.of("enzyme"));
            assertThat(first.totalHits()).isEqualTo(45);
            assertThat(first.pageCount()).isEqualTo(3);
            assertThat(first.hits()).hasSize(SearchQuery.PAGE_SIZE);
            SearchResults third = small.search(SearchQuery.of("enzyme").onPage(3));
            assertThat(third.hits()).hasSize(5);
            assertThat(third.hits()).extracting(SearchHit::url).doesNotContainAnyElementsOf(urls(first));
            assertThat(small.search(SearchQuery.of("enzyme").onPage(4)).hits()).isEmpty();
            assertThat(small.search(SearchQuery.of("enzyme").onPage(SearchQuery.MAX_PAGE + 1)).hits()).isEmpty();
            assertThat(small.search(SearchQuery.of("enzyme").onPage(-3)).page()).isEqualTo(1);
        }
    }
}
