package com.quicktakes.pages;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.quicktakes.catalog.RedirectRepository;
import com.quicktakes.catalog.Subject;
import com.quicktakes.web.PageNotFoundException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/** Every unknown url gets a real 404 status and a page that helps the reader on. */
public class NotFoundMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(PageHead head, Subject subject);
    }

    @Inject
    PageHeads heads;

    @Inject
    RedirectRepository redirects;

    /** A moved page answers one 301 to where it lives now; anything else gets the 404 page. */
    @ServerExceptionMapper
    public Response pageNotFound(PageNotFoundException e, HttpServerRequest request) {
        var target = redirects.target(request.path());
        if (target.isPresent()) {
            try {
                return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(target.get())).build();
            } catch (IllegalArgumentException invalidTarget) {
                // not a url a client could follow: the page is not found
            }
        }
        return render(e.subject());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return render(null);
    }

    private Response render(Subject subject) {
        PageHead head = heads.notFound();
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(head, subject).render())
                .build();
    }
}
