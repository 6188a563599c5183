package com.quicktakes.pages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.quicktakes.catalog.Subject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Every unknown url gets a real 404 status and a page that helps the reader on. */
public class NotFoundPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(Page page, Subject subject);
    }

    @Inject
    PageHeads heads;

    @ServerExceptionMapper
    public Response pageNotFound(PageNotFoundException e) {
        return render(e.subject());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return render(null);
    }

    private Response render(Subject subject) {
        Page page = heads.page(heads.title("Page not found"), null, null, "/", true, List.of());
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound(page, subject).render())
                .build();
    }
}
