package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.quicktakes.PackagedApp;

/** A fresh server is alive at once and ready only when its first import has committed. */
class StartupReadinessIT {

    @TempDir
    Path data;

    @TempDir
    Path content;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        PackagedApp.stop(server);
    }

    @Test
    void readyOnlyOnceTheFirstImportHasCommitted() throws Exception {
        GeneratedCorpus.write(content, "startup", 6000);
        int port = PackagedApp.freePort();
        server = PackagedApp.startServer(data, content, port, data.resolve("server.log"));

        assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/live", 200)).isEqualTo(200);
        List<Integer> readiness = new ArrayList<>();
        readiness.add(PackagedApp.status(PackagedApp.managementPort(port), "/q/health/ready"));
        assertThat(readiness.get(0)).as("ready while the first import runs").isEqualTo(503);
        assertThat(PackagedApp.awaitStatus(PackagedApp.managementPort(port), "/q/health/ready", 200)).isEqualTo(200);
        assertThat(PackagedApp.status(port, "/learn/subject-1/questions/startup-question-1")).isEqualTo(200);
        // Readiness flips at the commit; the summary line follows a moment later.
        Path log = data.resolve("server.log");
        for (int i = 0; i < 100 && !Files.readString(log).contains("import finished:"); i++) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).contains("import finished: 6000 files, 6000 imported");
    }
}
