package com.quicktakes.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RedirectsFileTest {

    @Test
    void loopsAreErrorsAndLeftOutTheOtherRedirectsStay() {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> redirects = RedirectsFile.parse("""
                /a /b
                /b /a
                /c /d
                /d /e
                /e /c
                /f /a
                /g /h
                """, problems);
        assertThat(redirects).containsOnly(Map.entry("/f", "/a"), Map.entry("/g", "/h"));
        assertThat(problems).allMatch(ImportProblem::isError).extracting(ImportProblem::line).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(problems.get(0).message()).isEqualTo("redirect loop /a -> /b -> /a; ignored");
    }

    @Test
    void aPathABrowserWouldTakeOffSiteIsNoPathOfTheSite() {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> redirects = RedirectsFile.parse("/old /\\\\evil.example/x\n/\\\\evil.example /new\n/old2 //evil.example\n", problems);
        assertThat(redirects).isEmpty();
        assertThat(problems).hasSize(3).noneMatch(ImportProblem::isError);
    }
}
