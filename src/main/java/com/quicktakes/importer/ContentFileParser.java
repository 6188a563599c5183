package com.quicktakes.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads one content file: UTF-8 text, YAML front matter between {@code ---} lines, a Markdown body;
 * the fields are mapped by {@link FieldReader}.
 * Returns the question with the warnings of its fix-ups, or the error that makes the file unusable.
 * Stateless and thread-safe.
 */
final class ContentFileParser {

    private final LoadSettings yamlSettings;

    ContentFileParser(int maxChars) {
        this.yamlSettings = FrontMatter.settings(maxChars);
    }

    /** The outcome for one file: a question (null when the file is skipped) and its problems. */
    record Result(ParsedQuestion question, List<ImportProblem> problems) {
    }

    Result parse(String path, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        try {
            ParsedQuestion question = read(path, bytes, problems);
            return new Result(question, problems);
        } catch (RejectedFile e) {
            problems.add(ImportProblem.error(path, e.line, e.getMessage()));
            return new Result(null, problems);
        }
    }

    private ParsedQuestion read(String path, byte[] bytes, List<ImportProblem> problems) {
        if (bytes.length == 0) {
            throw new RejectedFile(null, "the file is empty (0 bytes)");
        }
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');

        if (!isDelimiter(text, 0)) {
            throw new RejectedFile(1, "no front matter: the first line must be '---'");
        }
        int yamlStart = text.indexOf('\n') + 1;
        int closing = findClosingDelimiter(text, yamlStart);
        if (yamlStart == 0 || closing < 0) {
            throw new RejectedFile(1, "the front matter opened on line 1 is never closed by a line '---'");
        }
        String yaml = text.substring(yamlStart, closing);
        int bodyStart = text.indexOf('\n', closing);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);

        FrontMatter fields = FrontMatter.parse(yaml, 2, yamlSettings);
        return new FieldReader(path, fields, body, problems).question();
    }

    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new RejectedFile(line, String.format("not valid UTF-8: byte 0x%02X at offset %d cannot be decoded",
                    bytes[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A line that is exactly three dashes (trailing spaces tolerated), starting at {@code at}. */
    private static boolean isDelimiter(String text, int at) {
        int end = text.indexOf('\n', at);
        String line = end < 0 ? text.substring(at) : text.substring(at, end);
        return line.stripTrailing().equals("---");
    }

    private static int findClosingDelimiter(String text, int from) {
        int at = from;
        while (at < text.length()) {
            if (text.startsWith("---", at) && isDelimiter(text, at)) {
                return at;
            }
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return -1;
            }
            at = next + 1;
        }
        return -1;
    }
}
