package dev.xinspect.core.report;

import dev.xinspect.core.http.FormPart;
import java.util.List;

/**
 * One {@code -F name=content} of curl (curl's tool_formparse.c, checked against curl 7.88): {@code @file} is a file
 * part, {@code <file} a text part read from a file, anything else text; {@code ;type=} and {@code ;filename=} follow
 * the content, and a text that is not in double quotes ends at its first {@code ;}.
 */
final class CurlFormField {
    private CurlFormField() {
    }

    /** The part, or null (with a note) when it cannot be imported. */
    static FormPart parse(String field, ShellWord word, List<String> notes) throws CurlCommandParser.NotCurlException {
        int equals = field.indexOf('=');
        if (equals <= 0) {
            throw new CurlCommandParser.NotCurlException("The -F at " + word.at() + " needs name=content, and curl refuses `"
                    + field + "` (\"Illegal formdata input\").");
        }
        String name = field.substring(0, equals);
        String content = field.substring(equals + 1);
        if (content.startsWith("<")) {
            notes.add("Not imported: the part " + name + " at " + word.at() + " takes its text from the file " + content.substring(1) + ".");
            return null;
        }
        boolean file = content.startsWith("@");
        String rest = file ? content.substring(1) : content;
        int[] end = new int[1];
        String value = word(rest, 0, end);
        String type = "";
        String filename = "";
        int i = end[0];
        while (i < rest.length() && rest.charAt(i) == ';') {
            int eq = rest.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = rest.substring(i + 1, eq).strip();
            String parameter = word(rest, eq + 1, end);
            i = end[0];
            switch (key) {
                case "type" -> type = parameter;
                case "filename" -> filename = parameter;
                default -> notes.add("Not imported: `;" + key + "=` of the part " + name + " at " + word.at() + ".");
            }
        }
        return file ? new FormPart(name, "", value, type, filename) : new FormPart(name, value, "", type, "");
    }

    /** A value up to the next {@code ;}, or a double-quoted one with {@code \"} and {@code \\} escapes. */
    private static String word(String text, int from, int[] end) {
        StringBuilder out = new StringBuilder();
        int i = from;
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                    i++;
                }
                out.append(text.charAt(i++));
            }
            end[0] = Math.min(i + 1, text.length());
            return out.toString();
        }
        int semicolon = text.indexOf(';', i);
        end[0] = semicolon < 0 ? text.length() : semicolon;
        return text.substring(i, end[0]);
    }
}
