package com.quicktakes.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.quicktakes.catalog.Alias;
import com.quicktakes.catalog.Answer;
import com.quicktakes.catalog.Deflated;
import com.quicktakes.catalog.Question;
import com.quicktakes.catalog.RelatedArticle;
import com.quicktakes.markdown.RenderedMarkdown;
import com.quicktakes.search.AnswerText;
import com.quicktakes.search.SearchDocument;

/**
 * The rows of one question, built from its parsed file and rendered answer on a worker thread,
 * ready to insert but for the ids the database gives them, and its document for the search index.
 */
record QuestionRows(ParsedQuestion parsed, Question question, Answer answer, List<RelatedArticle> related,
        List<Alias> aliases, SearchDocument search) {

    static QuestionRows of(String path, ParsedQuestion parsed, RenderedMarkdown rendered, Instant now) {
        Question question = new Question();
        question.url = parsed.url();
        question.slug = parsed.address().slug();
        question.subjectName = parsed.subjectName();
        question.sourcePath = path;
        question.exportId = parsed.exportId();
        question.title = parsed.title();
        question.articleTitle = parsed.articleTitle();
        question.questionText = parsed.questionText();
        question.seoTitle = parsed.seoTitle();
        question.description = Descriptions.of(parsed.description(), rendered.textStart());
        question.keywords = parsed.keywords();
        question.author = parsed.author();
        question.published = parsed.published();
        question.publishedText = parsed.publishedText();
        question.postOnText = parsed.postOnText();
        question.score = parsed.score();
        question.noIndex = parsed.noIndex();
        question.hasMath = rendered.hasMath();
        question.readingMinutes = rendered.minutes();
        question.updatedAt = now;

        Answer answer = new Answer();
        answer.markdownDeflated = Deflated.deflate(parsed.answerMarkdown());
        answer.htmlDeflated = Deflated.deflate(rendered.html());
        // A table of contents longer than its column (an answer of thousands of headings) is left out.
        answer.contents = rendered.contents() != null && rendered.contents().length() <= Answer.CONTENTS_LENGTH ? rendered.contents() : null;

        List<RelatedArticle> related = new ArrayList<>(parsed.related().size());
        for (ParsedQuestion.Related entry : parsed.related()) {
            RelatedArticle article = new RelatedArticle();
            article.position = related.size();
            article.targetUrl = entry.url();
            article.title = entry.title();
            article.subjectName = entry.subjectName();
            article.exportId = entry.exportId();
            related.add(article);
        }
        List<Alias> aliases = new ArrayList<>(parsed.aliases().size());
        for (String aliasPath : parsed.aliases()) {
            Alias alias = new Alias();
            alias.path = aliasPath;
            aliases.add(alias);
        }
        // Made here, on a worker thread: turning the answer into text costs about as much as deflating it.
        SearchDocument search = new SearchDocument(path, question.url, question.title, question.questionText,
                parsed.address().subjectSlug(), parsed.subjectName(), AnswerText.fromHtml(rendered.html()));
        return new QuestionRows(parsed, question, answer, related, aliases, search);
    }

    /** Gives the rows that belong to the question the id the database gave it. */
    void linkTo(Long questionId) {
        answer.questionId = questionId;
        related.forEach(article -> article.questionId = questionId);
        aliases.forEach(alias -> alias.questionId = questionId);
    }
}
