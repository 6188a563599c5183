package com.quicktakes.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ContentFileParserTest {

    private final ContentFileParser parser = new ContentFileParser(1 << 20);

    private ContentFileParser.Result parse(String text) {
        return parser.parse("subject/file.md", text.getBytes(UTF_8));
    }

    private ParsedQuestion question(String text) {
        ContentFileParser.Result result = parse(text);
        assertThat(result.problems()).filteredOn(ImportProblem::isError).isEmpty();
        return result.question();
    }

    private static final String EXPORT = """
            ---
            _schema: default
            id: 171623
            date: 2025-02-08
            title: >-
                How does collaboration help?
            article_title: >-
                How does collaboration help?
            date_format: MMM DD, YYYY
            post_on_text: Posted on
            seo:
              title: QuickTakes | History of the World
              page_description: >-
                Collaboration pools resources: a description with a : colon, # hash, <b> & "quotes".
              page_keywords: >-
                collaboration, space
            author: QuickTakes
            question: >-
                How does collaboration help? Explain with examples.
            answer: >-
                Intro:\\n\\n1. **Sharing**: costs.\\n2. **Expertise**: skills.
            subject: History of the World
            file_name: collaboration.md
            url: /learn/history-of-the-world/questions/how-does-collaboration-help
            score: -1.0
            unknown_extra_key: ignored
            related_article1:
                id: 1
                title: >-
                    First
                subject: History of the World
                url: /learn/history-of-the-world/questions/first
            related_article2:
                id: 1
                title: >-
                    First again
                subject: History of the World
                url: /learn/history-of-the-world/questions/first
            related_article10:
                id: 10
                title: >-
                    Tenth
                subject: Physics
                url: /learn/physics/questions/tenth
            related_article9:
                id: 171623
                title: >-
                    Itself
                subject: History of the World
                url: /learn/history-of-the-world/questions/how-does-collaboration-help
            related_article3:
                id: 3
                title: >-
                    Third, folded
                    over two lines
                subject: History of the World
                url: /learn/history-of-the-world/questions/third
            ---

            &nbsp;""";

    @Test
    void mapsEveryFieldOfTheExportFormat() {
        ContentFileParser.Result result = parse(EXPORT);
        assertThat(result.problems()).isEmpty();
        ParsedQuestion q = result.question();
        assertThat(q.url()).isEqualTo("/learn/history-of-the-world/questions/how-does-collaboration-help");
        assertThat(q.address().subjectSlug()).isEqualTo("history-of-the-world");
        assertThat(q.address().slug()).isEqualTo("how-does-collaboration-help");
        assertThat(q.subjectName()).isEqualTo("History of the World");
        assertThat(q.exportId()).isEqualTo(171623L);
        assertThat(q.title()).isEqualTo("How does collaboration help?");
        assertThat(q.articleTitle()).isEqualTo("How does collaboration help?");
        assertThat(q.questionText()).isEqualTo("How does collaboration help? Explain with examples.");
        assertThat(q.answerMarkdown()).isEqualTo("Intro:\n\n1. **Sharing**: costs.\n2. **Expertise**: skills.");
        assertThat(q.seoTitle()).isEqualTo("QuickTakes | History of the World");
        assertThat(q.description()).isEqualTo("Collaboration pools resources: a description with a : colon, # hash, <b> & \"quotes\".");
        assertThat(q.keywords()).isEqualTo("collaboration, space");
        assertThat(q.author()).isEqualTo("QuickTakes");
        assertThat(q.published()).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(q.publishedText()).isEqualTo("Feb 08, 2025");
        assertThat(q.postOnText()).isEqualTo("Posted on");
        assertThat(q.score()).isEqualTo(-1.0);
        assertThat(q.noIndex()).isFalse();
    }

    @Test
    void relatedArticlesAreInNumericOrderDeduplicatedByUrlAndNeverSelf() {
        ParsedQuestion q = question(EXPORT);
        assertThat(q.related()).extracting(ParsedQuestion.Related::url).containsExactly(
                "/learn/history-of-the-world/questions/first",
                "/learn/history-of-the-world/questions/third",
                "/learn/physics/questions/tenth");
        assertThat(q.related().get(0).title()).isEqualTo("First");
        assertThat(q.related().get(1).title()).isEqualTo("Third, folded over two lines");
        assertThat(q.related().get(2).subjectName()).isEqualTo("Physics");
        assertThat(q.related().get(2).exportId()).isEqualTo(10L);
    }

    @Test
    void theBodyIsTheAnswerWhenTheAnswerIsMissing() {
        ParsedQuestion q = question("""
                ---
                title: A queue
                subject: Computer Science
                url: /learn/computer-science/questions/a-queue
                ---

                A queue is **FIFO**.\\n stays literal in a body.
                """);
        assertThat(q.answerMarkdown()).isEqualTo("A queue is **FIFO**.\\n stays literal in a body.");
    }

    @Test
    void theFrontMatterAnswerWinsOverTheBody() {
        ParsedQuestion q = question("""
                ---
                title: Both
                subject: Physics
                url: /learn/physics/questions/both
                answer: From front matter.
                ---

                From the body.
                """);
        assertThat(q.answerMarkdown()).isEqualTo("From front matter.");
    }

    @Test
    void noIndexTrueAsTheExportWritesIt() {
        ParsedQuestion q = question("""
                ---
                title: Draft
                subject: Physics
                url: /learn/physics/questions/draft
                answer: Text.
                no_index: True
                ---
                """);
        assertThat(q.noIndex()).isTrue();
    }

    @Test
    void titleFallsBackToQuestionAndQuestionToTitle() {
        ParsedQuestion onlyQuestion = question("""
                ---
                question: What is light?
                subject: Physics
                url: /learn/physics/questions/what-is-light
                answer: Text.
                ---
                """);
        assertThat(onlyQuestion.title()).isEqualTo("What is light?");
        assertThat(onlyQuestion.articleTitle()).isEqualTo("What is light?");
        ParsedQuestion onlyTitle = question("""
                ---
                title: What is sound?
                subject: Physics
                url: /learn/physics/questions/what-is-sound
                answer: Text.
                ---
                """);
        assertThat(onlyTitle.questionText()).isEqualTo("What is sound?");
    }

    @Test
    void withoutAUrlTheAddressComesFromSubjectAndFileName() {
        ContentFileParser.Result result = parse("""
                ---
                title: Gödel
                subject: Arts & Humanities
                file_name: Gödel’s Theorems.md
                answer: Text.
                ---
                """);
        assertThat(result.question().url()).isEqualTo("/learn/arts-humanities/questions/godels-theorems");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).isEqualTo("no 'url'; using /learn/arts-humanities/questions/godels-theorems");
        });
    }

    @Test
    void withoutFileNameTheRealFileNameIsUsed() {
        ContentFileParser.Result result = parse("""
                ---
                title: T
                subject: Physics
                answer: Text.
                ---
                """);
        assertThat(result.question().url()).isEqualTo("/learn/physics/questions/file");
    }

    @Test
    void defaultsForOptionalFields() {
        ParsedQuestion q = question("""
                ---
                title: Minimal
                subject: Physics
                url: /learn/physics/questions/minimal
                answer: Text.
                date: 2024-11-03
                ---
                """);
        assertThat(q.publishedText()).isEqualTo("Nov 03, 2024");
        assertThat(q.postOnText()).isEqualTo("Posted on");
        assertThat(q.score()).isEqualTo(-1.0);
        assertThat(q.exportId()).isNull();
        assertThat(q.author()).isNull();
        assertThat(q.description()).isNull();
        assertThat(q.related()).isEmpty();
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() {
        String crlf = "\uFEFF" + EXPORT.replace("\n", "\r\n");
        ContentFileParser.Result result = parse(crlf);
        assertThat(result.problems()).isEmpty();
        assertThat(result.question().title()).isEqualTo("How does collaboration help?");
        assertThat(result.question().answerMarkdown()).isEqualTo("Intro:\n\n1. **Sharing**: costs.\n2. **Expertise**: skills.");
    }

    @Test
    void anImpossibleDateIsNeverRolledOver() {
        ContentFileParser.Result result = parse("""
                ---
                title: T
                subject: Physics
                url: /learn/physics/questions/t
                answer: Text.
                date: 2025-02-30
                ---
                """);
        assertThat(result.question().published()).isNull();
        assertThat(result.question().publishedText()).isNull();
        assertThat(result.problems()).singleElement()
                .extracting(ImportProblem::line, ImportProblem::message)
                .containsExactly(6, "invalid date '2025-02-30' (expected YYYY-MM-DD); no date is shown");
    }

    /** A minimal valid file with the given url and extra front-matter lines. */
    private static String file(String url, String... extraLines) {
        return "---\ntitle: T\nsubject: Biology\n" + (url == null ? "" : "url: " + url + "\n")
                + String.join("\n", extraLines) + (extraLines.length > 0 ? "\n" : "") + "answer: An answer.\n---\n";
    }

    @Test
    void aSafeUrlIsKeptExactlyAsWrittenHyphensCapitalsAndAll() {
        for (String url : new String[] { "/learn/biology/questions/how-does-the-na--k-pump-work",
                "/learn/mathematics/questions/r-cos-x---performed", "/learn/biology/questions/trailing-",
                "/learn/chemistry/questions/Caffeine_and_v1.2~x" }) {
            ParsedQuestion q = question(file(url));
            assertThat(q.url()).isEqualTo(url);
            assertThat(q.aliases()).isEmpty();
        }
    }

    @Test
    void anUnsafeUrlIsReplacedWithAWarningAndTheWrittenUrlRedirects() {
        ContentFileParser.Result result = parse(file("/learn/chemistry/questions/Caf%c3%a9-au-lait"));
        assertThat(result.question().url()).isEqualTo("/learn/biology/questions/cafe-au-lait");
        assertThat(result.question().aliases()).containsExactly("/learn/chemistry/questions/Caf%C3%A9-au-lait");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("not a safe address").contains("redirects there");
        });

        ParsedQuestion raw = question(file("/learn/biology/questions/Café au lait"));
        assertThat(raw.url()).isEqualTo("/learn/biology/questions/cafe-au-lait");
        assertThat(raw.aliases()).containsExactly("/learn/biology/questions/Caf%C3%A9%20au%20lait");

        for (String dotted : new String[] { "/learn/biology/questions/..", "/learn/../questions/x", "/learn/biology/questions/a/b" }) {
            assertThat(question(file(dotted)).url()).as(dotted).startsWith("/learn/biology/questions/");
            assertThat(question(file(dotted)).url()).as(dotted).isNotEqualTo(dotted);
        }
        assertThat(question(file("//evil.example/x")).aliases()).as("not a path of the site: no redirect from it").isEmpty();
    }

    @Test
    void overlongTextsAreCutToWhatTheDatabaseKeepsWithAWarning() {
        String longTitle = "T".repeat(4100);
        ContentFileParser.Result result = parse("---\ntitle: " + longTitle + "\nauthor: " + "a".repeat(600)
                + "\nsubject: Biology\nurl: /learn/biology/questions/x\nanswer: A.\n---\n");
        assertThat(result.question().title()).hasSize(4000).endsWith("…");
        assertThat(result.question().author()).hasSize(500);
        assertThat(result.problems()).extracting(ImportProblem::message)
                .contains("'title' is 4100 characters long; cut to 4000", "'author' is 600 characters long; cut to 500");
    }

    @Test
    void problemMessagesQuoteLongValuesShortly() {
        ContentFileParser.Result result = parse(file("/learn/biology/questions/x", "date: " + "9".repeat(5000)));
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).hasSizeLessThan(200)
                .startsWith("invalid date '9999"));
        assertThat(ImportProblem.warning("p", 1, "m".repeat(9000)).message()).hasSize(ImportProblem.MESSAGE_LENGTH);
    }

    @Test
    void aSubjectTooLongForAUrlIsAnError() {
        ContentFileParser.Result result = parse("---\ntitle: T\nsubject: " + "word ".repeat(60) + "\nanswer: A.\n---\n");
        assertThat(result.question()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("subject is too long"));
    }

    @Test
    void relatedUrlsAreCanonicalSoAnyEncodingFindsTheQuestion() {
        ParsedQuestion q = question(file("/learn/biology/questions/x",
                "related_article1:", "    url: /learn/biology/questions/%61bc", "related_article2:", "    url: /learn/biology//questions/d/"));
        assertThat(q.related()).extracting(ParsedQuestion.Related::url)
                .containsExactly("/learn/biology/questions/abc", "/learn/biology/questions/d");
    }
}
