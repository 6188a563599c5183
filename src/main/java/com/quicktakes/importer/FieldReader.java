package com.quicktakes.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.SitePaths;
import com.quicktakes.catalog.SitePaths.QuestionAddress;

/** Maps the fields of one file, collecting warnings; throws {@link RejectedFile} on a fatal gap. */
final class FieldReader {

    private static final Pattern RELATED_KEY = Pattern.compile("related_article([0-9]{1,9})");
    private static final String DEFAULT_POST_ON_TEXT = "Posted on";
    private static final double DEFAULT_SCORE = -1.0;
    /** Values quoted in problem messages are cut to this length. */
    private static final int QUOTED_LENGTH = 100;

    private final String path;
    private final FrontMatter fields;
    private final String body;
    private final List<ImportProblem> problems;
    /** The url as written, when {@link #address} had to replace it: it redirects to the replacement. */
    private Optional<String> replacedUrl = Optional.empty();

    FieldReader(String path, FrontMatter fields, String body, List<ImportProblem> problems) {
        this.path = path;
        this.fields = fields;
        this.body = body;
        this.problems = problems;
    }

    ParsedQuestion question() {
        Optional<String> title = text(fields, "title");
        Optional<String> questionText = text(fields, "question");
        if (title.isEmpty() && questionText.isEmpty()) {
            throw new RejectedFile(fields.line(), "required field missing: 'title' (or 'question')");
        }
        String subjectName = text(fields, "subject")
                .orElseThrow(() -> new RejectedFile(fields.line(), "required field missing: 'subject'"));
        String subjectSlug = Slugs.slug(subjectName);
        if (subjectSlug.isEmpty()) {
            throw new RejectedFile(fields.lineOf("subject"),
                    "the subject '" + quote(subjectName) + "' has no letters or digits to make a url from");
        }
        String answer = answer();
        QuestionAddress address = address(subjectName, subjectSlug);
        LocalDate published = date();
        List<String> aliases = new ArrayList<>(aliases(address.url()));
        replacedUrl.filter(url -> !aliases.contains(url)).ifPresent(aliases::add);
        return ParsedQuestion.builder()
                .address(address)
                .subjectName(fit(fields, "subject", subjectName, Question.NAME_LENGTH))
                .exportId(exportId())
                .title(fit(fields, title.isPresent() ? "title" : "question", title.orElseGet(questionText::get), Question.TEXT_LENGTH))
                .articleTitle(fitted(fields, "article_title", Question.TEXT_LENGTH))
                .questionText(questionText.map(q -> fit(fields, "question", q, Question.QUESTION_LENGTH)).orElse(null))
                .answerMarkdown(answer)
                .seo(seoText("title"), seoText("page_description"), seoText("page_keywords"))
                .author(fitted(fields, "author", Question.NAME_LENGTH))
                .published(published, published == null ? null : publishedText(published),
                        text(fields, "post_on_text").map(t -> fit(fields, "post_on_text", t, Question.LABEL_LENGTH))
                                .orElse(DEFAULT_POST_ON_TEXT))
                .score(score())
                .noIndex(noIndex())
                .related(related(address.url()))
                .aliases(aliases)
                .build();
    }

    /** The answer from front matter, with the export's {@code \n} decoded, or else the Markdown body. */
    private String answer() {
        Optional<String> fromFrontMatter = text(fields, "answer");
        if (fromFrontMatter.isPresent()) {
            return ExportNewlines.decode(fromFrontMatter.get());
        }
        String bodyText = body.strip();
        if (bodyText.isEmpty() || bodyText.equals("&nbsp;")) {
            String what = fields.node("answer").isPresent() ? "the answer is empty" : "required field missing: 'answer'";
            throw new RejectedFile(fields.lineOf("answer"), what + " and the body has no text");
        }
        return bodyText;
    }

    /**
     * The url exactly as written when it is a safe one ({@link SitePaths#questionAddress}); else a
     * url made of slugs, from the written url's last segment or the file name, and the url as
     * written (if it is a path of the site) becomes an alias, so its old address redirects.
     */
    private QuestionAddress address(String subjectName, String subjectSlug) {
        Optional<String> written = text(fields, "url");
        Optional<QuestionAddress> address = written.flatMap(SitePaths::questionAddress);
        if (address.isPresent()) {
            if (!address.get().subjectSlug().equals(subjectSlug)) {
                warn(fields.lineOf("url"), "the url's subject '" + address.get().subjectSlug() + "' differs from subject '"
                        + quote(subjectName) + "' (" + subjectSlug + "); the url wins");
            }
            return address.get();
        }
        if (subjectSlug.length() > SitePaths.SEGMENT_LENGTH) {
            throw new RejectedFile(fields.lineOf("subject"), "the subject is too long to make a url from ("
                    + subjectSlug.length() + " characters in its slug, at most " + SitePaths.SEGMENT_LENGTH + ")");
        }
        String slug = cut(Slugs.slug(written.map(FieldReader::lastSegment).orElse("")), SitePaths.SEGMENT_LENGTH);
        if (slug.isEmpty()) {
            slug = cut(Slugs.slug(fileNameStem()), SitePaths.SEGMENT_LENGTH);
        }
        if (slug.isEmpty()) {
            throw new RejectedFile(fields.lineOf("url"), "no usable 'url', and no file name to make one from");
        }
        String derived = SitePaths.question(subjectSlug, slug);
        warn(fields.lineOf("url"), written.map(w -> "the url '" + quote(w) + "' is not a safe address of the form "
                + "/learn/<subject>/questions/<slug> (letters, digits, '-', '.', '_', '~')").orElse("no 'url'")
                + "; using " + derived + written.filter(SitePaths::isSitePath).map(w -> ", and the url as written redirects there").orElse(""));
        replacedUrl = written.filter(SitePaths::isSitePath).map(SitePaths::canonical)
                .filter(url -> url.length() <= SitePaths.MAX_URL_LENGTH && !url.equals(derived));
        return new QuestionAddress(derived, subjectSlug, slug);
    }

    /** The last path segment of a url, percent-decoded as UTF-8 where it can be. */
    private static String lastSegment(String url) {
        String segment = url.substring(url.lastIndexOf('/') + 1);
        return URLDecoder.decode(segment.replace("+", "%2B").replaceAll("%(?![0-9A-Fa-f]{2})", "%25"), StandardCharsets.UTF_8);
    }

    private String fileNameStem() {
        String name = text(fields, "file_name").orElse(path.substring(path.lastIndexOf('/') + 1));
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private Long exportId() {
        Optional<ScalarNode> id = fields.scalarNode("id");
        if (id.isEmpty()) {
            if (fields.node("id").isPresent()) {
                warn(fields.lineOf("id"), "'id' is not a number; ignored");
            }
            return null;
        }
        try {
            return Long.parseLong(id.get().getValue().strip());
        } catch (NumberFormatException e) {
            warn(fields.lineOf("id"), "'id' is not a whole number ('" + quote(id.get().getValue()) + "'); ignored");
            return null;
        }
    }

    /** A calendar date, read as written: never through a time zone, never rolled over. */
    private LocalDate date() {
        Optional<String> written = text(fields, "date");
        if (written.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(written.get());
        } catch (DateTimeParseException e) {
            warn(fields.lineOf("date"), "invalid date '" + quote(written.get()) + "' (expected YYYY-MM-DD); no date is shown");
            return null;
        }
    }

    /** The date as {@code date_format} shows it. */
    private String publishedText(LocalDate date) {
        String pattern = text(fields, "date_format").orElse(DatePattern.DEFAULT);
        Optional<DatePattern> parsed = DatePattern.parse(pattern);
        if (parsed.isEmpty()) {
            warn(fields.lineOf("date_format"), "date_format '" + quote(pattern)
                    + "' has tokens that cannot be translated; showing the ISO date");
            return date.toString();
        }
        return fit(fields, "date_format", parsed.get().format(date), Question.LABEL_LENGTH);
    }

    private double score() {
        Optional<ScalarNode> score = fields.scalarNode("score");
        if (score.isEmpty()) {
            if (fields.node("score").isPresent()) {
                warn(fields.lineOf("score"), "'score' is not a number; using " + DEFAULT_SCORE);
            }
            return DEFAULT_SCORE;
        }
        Tag tag = score.get().getTag();
        if (tag.equals(Tag.FLOAT) || tag.equals(Tag.INT)) {
            try {
                double value = Double.parseDouble(score.get().getValue());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the warning
            }
        }
        warn(fields.lineOf("score"), "'score' is not a number ('" + quote(score.get().getValue()) + "'); using " + DEFAULT_SCORE);
        return DEFAULT_SCORE;
    }

    private boolean noIndex() {
        Optional<ScalarNode> value = fields.scalarNode("no_index");
        if (value.isPresent() && value.get().getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(value.get().getValue().toLowerCase(Locale.ROOT));
        }
        if (fields.node("no_index").isPresent()) {
            warn(fields.lineOf("no_index"), "'no_index' is not true or false; the page is indexed");
        }
        return false;
    }

    private String seoText(String key) {
        FrontMatter seo = fields.nested("seo");
        if (seo == null) {
            if (fields.node("seo").isPresent()) {
                warn(fields.lineOf("seo"), "'seo' is not a mapping; ignored");
            }
            return null;
        }
        return fitted(seo, key, Question.TEXT_LENGTH);
    }

    /**
     * {@code related_article1 … N} in numeric order, de-duplicated by url (first wins), without
     * the ones that point at this question.
     */
    private List<ParsedQuestion.Related> related(String ownUrl) {
        List<Integer> numbers = new ArrayList<>();
        for (String key : fields.keys()) {
            Matcher matcher = RELATED_KEY.matcher(key);
            if (matcher.matches()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        numbers.sort(Comparator.naturalOrder());
        Set<String> seen = new LinkedHashSet<>();
        List<ParsedQuestion.Related> related = new ArrayList<>();
        for (int number : numbers) {
            String key = "related_article" + number;
            FrontMatter entry = fields.nested(key);
            Optional<String> written = entry == null ? Optional.empty() : text(entry, "url");
            if (written.isEmpty()) {
                warn(fields.lineOf(key), "'" + key + "' has no url; ignored");
                continue;
            }
            // In canonical form, so that it finds the question whatever encoding the file used.
            String url = SitePaths.isSitePath(written.get()) ? SitePaths.canonical(written.get()) : written.get();
            if (url.length() > SitePaths.MAX_URL_LENGTH) {
                warn(fields.lineOf(key), "'" + key + "' has a url of " + url.length() + " characters; ignored");
                continue;
            }
            if (url.equals(ownUrl) || !seen.add(url)) {
                continue;
            }
            related.add(new ParsedQuestion.Related(url, fitted(entry, "title", Question.TEXT_LENGTH),
                    fitted(entry, "subject", Question.NAME_LENGTH), longOrNull(entry, "id")));
        }
        return related;
    }

    /** Former urls of this question, in canonical form; anything that is not a path of the site is a warning. */
    private List<String> aliases(String ownUrl) {
        List<String> written = fields.texts("aliases");
        if (written == null) {
            warn(fields.lineOf("aliases"), "'aliases' should be a list of paths; ignored");
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        for (String alias : written) {
            String path = alias.strip();
            String canonical = SitePaths.canonical(path);
            if (!SitePaths.isSitePath(path) || canonical.length() > SitePaths.MAX_URL_LENGTH) {
                warn(fields.lineOf("aliases"), "alias '" + quote(alias) + "' is not a path of the site (such as /learn/…); ignored");
                continue;
            }
            if (!canonical.equals(ownUrl) && !aliases.contains(canonical)) {
                aliases.add(canonical);
            }
        }
        return aliases;
    }

    private static Long longOrNull(FrontMatter mapping, String key) {
        try {
            return mapping.scalar(key).map(String::strip).map(Long::parseLong).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A non-blank text value; a mapping or list where text belongs is a warning and counts as absent. */
    private Optional<String> text(FrontMatter mapping, String key) {
        if (mapping.node(key).isPresent() && mapping.scalar(key).isEmpty()) {
            warn(mapping.lineOf(key), "'" + key + "' should be text; ignored");
            return Optional.empty();
        }
        return mapping.scalar(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A text field cut to {@code max} characters, if present. */
    private String fitted(FrontMatter mapping, String key, int max) {
        return text(mapping, key).map(value -> fit(mapping, key, value, max)).orElse(null);
    }

    /**
     * The value, or its first {@code max} characters with a warning: the database keeps no more,
     * and one overlong field must not cost the file (or the import).
     */
    private String fit(FrontMatter mapping, String key, String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        warn(mapping.lineOf(key), "'" + key + "' is " + value.length() + " characters long; cut to " + max);
        return cut(value, max - 1) + "…";
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    private static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    /** A value quoted in a problem message: long ones shortened, so a message stays readable. */
    private static String quote(String value) {
        return value.length() <= QUOTED_LENGTH ? value : cut(value, QUOTED_LENGTH) + "…";
    }

    private void warn(int line, String message) {
        problems.add(ImportProblem.warning(path, line, message));
    }
}
