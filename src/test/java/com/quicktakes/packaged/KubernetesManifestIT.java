package com.quicktakes.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The manifests quarkus-kubernetes generates at package time (target/kubernetes/kubernetes.yml). */
class KubernetesManifestIT {

    private static Map<String, Object> deployment;
    private static Map<String, Object> service;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readManifests() throws IOException {
        String yaml = Files.readString(Path.of("target", "kubernetes", "kubernetes.yml"));
        for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            Map<String, Object> resource = (Map<String, Object>) document;
            switch ((String) resource.get("kind")) {
                case "Deployment" -> deployment = resource;
                case "Service" -> service = resource;
                default -> {
                }
            }
        }
        assertThat(deployment).as("a Deployment").isNotNull();
        assertThat(service).as("a Service").isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) current).get(key);
            assertThat(current).as(String.join(".", path)).isNotNull();
        }
        return (T) current;
    }

    private static Map<String, Object> container() {
        return at(deployment, "spec", "template", "spec", "containers", "0");
    }

    @Test
    void probesWatchHealthAndReadinessWaitsForTheContent() {
        assertThat((String) at(container(), "readinessProbe", "httpGet", "path")).isEqualTo("/q/health/ready");
        // Liveness stays up during a long first import: the pod gets no traffic but is not restarted.
        assertThat((String) at(container(), "livenessProbe", "httpGet", "path")).isEqualTo("/q/health/live");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat((int) at(container(), probe, "httpGet", "port")).as(probe + " on the management port").isEqualTo(9000);
        }
    }

    @Test
    void everyReplicaHasResourceRequestsAndLimits() {
        assertThat((Map<String, Object>) at(container(), "resources", "requests")).containsKeys("cpu", "memory");
        assertThat((Map<String, Object>) at(container(), "resources", "limits")).containsKeys("cpu", "memory");
        assertThat((int) at(deployment, "spec", "replicas")).isGreaterThan(1);
    }

    @Test
    void contentIsAReadOnlyVolumeAndTheRootFilesystemIsReadOnly() {
        List<Map<String, Object>> mounts = at(container(), "volumeMounts");
        Map<String, Object> content = mounts.stream().filter(m -> "/content".equals(m.get("mountPath"))).findFirst().orElseThrow();
        assertThat(content.get("readOnly")).isEqualTo(true);
        assertThat(mounts).extracting(m -> m.get("mountPath")).contains("/data", "/tmp");
        List<Map<String, Object>> env = at(container(), "env");
        assertThat(env).extracting(e -> e.get("name") + "=" + e.get("value")).contains("SITE_CONTENT_DIR=/content");

        assertThat((boolean) at(container(), "securityContext", "readOnlyRootFilesystem")).isTrue();
        assertThat((boolean) at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isTrue();
    }

    @Test
    void theServiceSpreadsRequestsOverTheReplicas() {
        Map<String, Object> selector = at(service, "spec", "selector");
        Map<String, Object> podLabels = at(deployment, "spec", "template", "metadata", "labels");
        assertThat(podLabels).containsAllEntriesOf(selector);
        List<Map<String, Object>> ports = new ArrayList<>(at(service, "spec", "ports"));
        assertThat(ports).extracting(p -> p.get("targetPort")).containsExactly(8080);
        assertThat(ports).as("the management port is not exposed by the public Service")
                .extracting(p -> p.get("port")).doesNotContain(9000);
    }
}
