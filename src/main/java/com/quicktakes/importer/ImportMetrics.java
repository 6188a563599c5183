package com.quicktakes.importer;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Import metrics: how long imports take, and what they did with the files. */
@ApplicationScoped
class ImportMetrics {

    @Inject
    MeterRegistry registry;

    void record(ImportReport report) {
        Timer.builder("quicktakes.import.duration").description("Content imports, committed or not")
                .tag("committed", String.valueOf(report.committed())).register(registry)
                .record(Duration.ofMillis((long) (report.seconds() * 1000)));
        countFiles("imported", report.imported());
        countFiles("unchanged", report.unchanged());
        countFiles("removed", report.removed());
        countFiles("skipped", report.skipped());
    }

    private void countFiles(String outcome, long files) {
        Counter.builder("quicktakes.import.files").description("Content files by what an import did with them")
                .tag("outcome", outcome).register(registry).increment(files);
    }
}
