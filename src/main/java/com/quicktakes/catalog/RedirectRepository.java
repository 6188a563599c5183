package com.quicktakes.catalog;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Where the old addresses of moved pages lead: question aliases first, then the redirects file. */
@ApplicationScoped
public class RedirectRepository implements PanacheRepositoryBase<Redirect, String> {

    /** Enough to follow an alias to a redirect to an alias; a loop ends here too. */
    private static final int MAX_HOPS = 5;

    /** The final address of a moved page, following chains so that a client needs one redirect. */
    public Optional<String> target(String path) {
        String current = path;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<String> next = nextHop(current);
            if (next.isEmpty()) {
                return hop == 0 ? Optional.empty() : Optional.of(current);
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    private Optional<String> nextHop(String path) {
        List<String> questionUrls = getEntityManager().createQuery(
                "select q.url from Alias a join Question q on q.id = a.questionId where a.path = ?1 order by q.sourcePath",
                String.class)
                .setParameter(1, path)
                .setMaxResults(1)
                .getResultList();
        if (!questionUrls.isEmpty()) {
            return Optional.of(questionUrls.get(0));
        }
        return findByIdOptional(path).map(redirect -> redirect.target);
    }

    /** Replaces every redirect of the redirects file; used by the import inside its transaction. */
    public void replaceAll(java.util.Map<String, String> redirects) {
        deleteAll();
        redirects.forEach((path, target) -> {
            Redirect redirect = new Redirect();
            redirect.path = path;
            redirect.target = target;
            persist(redirect);
        });
    }
}
