package com.quicktakes.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class SubjectRepository implements PanacheRepository<Subject> {

    public Optional<Subject> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Subjects that have questions to list, by name. */
    public List<Subject> listed() {
        return list("questionCount > 0 order by name");
    }

    // Writes, used by the import inside its transaction.

    public Subject create(String slug, String name, Instant now) {
        Subject subject = new Subject();
        subject.slug = slug;
        subject.name = name;
        subject.updatedAt = now;
        // Flushed at once: questions that refer to it are inserted through a stateless session.
        persistAndFlush(subject);
        return subject;
    }

    /**
     * Recomputes what a subject derives from its questions after they changed: its name (the most
     * common spelling; ties go to the first file in path order), its count, and its listing,
     * newest first. A subject left without questions is deleted.
     */
    public void refresh(Long subjectId) {
        var em = getEntityManager();
        List<?> names = em.createNativeQuery("""
                SELECT subject_name FROM question WHERE subject_id = ?1
                GROUP BY subject_name ORDER BY COUNT(*) DESC, MIN(source_path) LIMIT 1""")
                .setParameter(1, subjectId)
                .getResultList();
        if (names.isEmpty()) {
            delete("id", subjectId);
            return;
        }
        em.createNativeQuery("DELETE FROM listing WHERE subject_id = ?1").setParameter(1, subjectId).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO listing (subject_id, position, question_id)
                SELECT subject_id, ROW_NUMBER() OVER (ORDER BY published DESC NULLS LAST, url) - 1, id
                FROM question WHERE subject_id = ?1 AND NOT no_index""")
                .setParameter(1, subjectId)
                .executeUpdate();
        em.createNativeQuery("""
                UPDATE subject SET name = ?2, updated_at = CURRENT_TIMESTAMP,
                    question_count = (SELECT COUNT(*) FROM question WHERE subject_id = ?1 AND NOT no_index)
                WHERE id = ?1""")
                .setParameter(1, subjectId)
                .setParameter(2, names.get(0))
                .executeUpdate();
    }
}
