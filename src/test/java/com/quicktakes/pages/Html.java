package com.quicktakes.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;

/** Fetches a page the way a browser or crawler does and parses it. */
public final class Html {

    private Html() {
    }

    public static Document get(String path) {
        return parse(fetch(path, 200));
    }

    public static Response fetch(String path, int expectedStatus) {
        Response response = given().redirects().follow(false).urlEncodingEnabled(false).when().get(path);
        assertThat(response.statusCode()).as("status of " + path).isEqualTo(expectedStatus);
        return response;
    }

    public static Document parse(Response response) {
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.body().asString(), "http://localhost:8080/");
    }
}
