package com.quicktakes.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Reads of the question pages and listings. Every query is bounded by an index and a page size,
 * never by the size of the corpus.
 */
@ApplicationScoped
public class QuestionRepository implements PanacheRepository<Question> {

    /** How many of the site's newest questions the import numbers. */
    public static final int NEWEST_KEPT = 50;

    private static final String SUMMARY = "select new com.quicktakes.catalog.QuestionSummary("
            + "q.url, q.title, q.published, q.publishedText, s.name, q.description, q.author, q.updatedAt) "
            + "from Question q join q.subject s ";

    public Optional<Question> findByUrl(String url) {
        return find("from Question q join fetch q.subject where q.url = ?1", url).firstResultOptional();
    }

    /** One page of a subject's listing, newest first; positions are numbered at import. */
    public List<QuestionSummary> listing(Subject subject, int firstPosition, int count) {
        return listingRange(subject.id, firstPosition, firstPosition + count - 1, -1L);
    }

    private List<QuestionSummary> listingRange(Long subjectId, int first, int last, Long exceptQuestionId) {
        return getEntityManager().createQuery(SUMMARY
                + "join ListingEntry l on l.questionId = q.id "
                + "where l.subjectId = ?1 and l.position >= ?2 and l.position <= ?3 and q.id <> ?4 order by l.position",
                QuestionSummary.class)
                .setParameter(1, subjectId)
                .setParameter(2, first)
                .setParameter(3, last)
                .setParameter(4, exceptQuestionId)
                .getResultList();
    }

    /** The first question of every page of a subject's listing in a range of positions. */
    public List<PageStart> pageStarts(Subject subject, int firstPosition, int count, int pageSize) {
        return getEntityManager().createQuery("select new com.quicktakes.catalog.PageStart(l.position, q.published) "
                + "from ListingEntry l join Question q on q.id = l.questionId "
                + "where l.subjectId = ?1 and l.position >= ?2 and l.position < ?3 and mod(l.position, ?4) = 0 order by l.position",
                PageStart.class)
                .setParameter(1, subject.id)
                .setParameter(2, firstPosition)
                .setParameter(3, firstPosition + count)
                .setParameter(4, pageSize)
                .getResultList();
    }

    /** The newest listed questions of the whole site (at most {@link #NEWEST_KEPT}), numbered at import. */
    public List<QuestionSummary> newest(int count) {
        return getEntityManager().createQuery(SUMMARY
                + "join NewestEntry n on n.questionId = q.id where n.position < ?1 order by n.position", QuestionSummary.class)
                .setParameter(1, count)
                .getResultList();
    }

    /** The related articles of a question that resolve to a question of the site, in the file's order. */
    public List<QuestionSummary> related(Question question) {
        return getEntityManager().createQuery(SUMMARY
                + "join RelatedArticle r on r.targetUrl = q.url where r.questionId = ?1 order by r.position",
                QuestionSummary.class)
                .setParameter(1, question.id)
                .getResultList();
    }

    /** Questions listed next to this one in its subject (or the subject's newest, for an unlisted one). */
    public List<QuestionSummary> neighbours(Question question, int count) {
        int center = getEntityManager().createQuery("select l.position from ListingEntry l where l.questionId = ?1", Integer.class)
                .setParameter(1, question.id)
                .getResultStream().findFirst().orElse(0);
        int last = question.subject.questionCount - 1;
        int first = Math.max(0, Math.min(center - count / 2, last - count));
        return listingRange(question.subjectId, first, first + count, question.id);
    }

    /** Every question with what the search index needs of it, as a stream (inside a transaction). */
    public Stream<SearchSource> searchSources() {
        return getEntityManager().createQuery("select new com.quicktakes.catalog.SearchSource("
                + "q.sourcePath, q.url, q.title, q.questionText, s.slug, q.subjectName, a.htmlDeflated) "
                + "from Question q join q.subject s join Answer a on a.questionId = q.id", SearchSource.class)
                .getResultStream();
    }

    // Writes, used by the import inside its transaction.

    public List<Long> subjectIdsOfSources(List<String> sourcePaths) {
        return getEntityManager().createQuery(
                "select distinct q.subject.id from Question q where q.sourcePath in ?1", Long.class)
                .setParameter(1, sourcePaths)
                .getResultList();
    }

    /** Numbers the site's newest listed questions again, after an import changed questions. */
    public void renumberNewest() {
        var em = getEntityManager();
        em.createNativeQuery("DELETE FROM newest").executeUpdate();
        em.createNativeQuery("""
                INSERT INTO newest (position, question_id)
                SELECT ROW_NUMBER() OVER (ORDER BY published DESC NULLS LAST, url) - 1, id
                FROM question WHERE NOT no_index
                ORDER BY published DESC NULLS LAST, url
                FETCH FIRST ?1 ROWS ONLY""")
                .setParameter(1, NEWEST_KEPT)
                .executeUpdate();
    }

    /**
     * Marks the questions whose title or description another question has too, after an import
     * changed questions. A MERGE with the duplicates as its source runs the grouping once and
     * finds their questions by index (an {@code IN (subquery)} would run the subquery per row).
     */
    public void markSharedTexts() {
        var em = getEntityManager();
        for (String column : new String[] { "title", "description" }) {
            String shared = column + "_shared";
            em.createNativeQuery("UPDATE question SET " + shared + " = FALSE WHERE " + shared).executeUpdate();
            em.createNativeQuery("MERGE INTO question q USING (SELECT " + column + " AS text FROM question WHERE " + column
                    + " IS NOT NULL GROUP BY " + column + " HAVING COUNT(*) > 1) duplicates ON q." + column
                    + " = duplicates.text WHEN MATCHED THEN UPDATE SET " + shared + " = TRUE").executeUpdate();
        }
    }

    /** Deletes the questions of these files; their related articles go with them (ON DELETE CASCADE). */
    public int deleteBySourcePaths(List<String> sourcePaths) {
        return (int) delete("sourcePath in ?1", sourcePaths);
    }
}
