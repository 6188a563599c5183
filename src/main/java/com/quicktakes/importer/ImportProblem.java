package com.quicktakes.importer;

/**
 * Something wrong with one content file. An {@link Severity#ERROR} means the file was skipped;
 * a {@link Severity#WARNING} means it was imported with a fix-up described in the message.
 *
 * @param path file path relative to the content folder, with {@code /} separators
 * @param line 1-based line in the file, or null where no single line is to blame
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public record ImportProblem(String path, Integer line, Severity severity, String message) {

    /** What the database keeps of a message; a longer one (it may quote a file's value) is cut. */
    static final int MESSAGE_LENGTH = 4000;

    public ImportProblem {
        if (message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH - 1) + "…";
        }
    }

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ImportProblem error(String path, Integer line, String message) {
        return new ImportProblem(path, line, Severity.ERROR, message);
    }

    public static ImportProblem warning(String path, Integer line, String message) {
        return new ImportProblem(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: severity: message}, the shape compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return path + (line == null ? "" : ":" + line) + ": " + severity.label() + ": " + message;
    }
}
