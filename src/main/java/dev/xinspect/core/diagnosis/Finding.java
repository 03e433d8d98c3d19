package dev.xinspect.core.diagnosis;

import java.util.List;
import java.util.Map;

/**
 * One thing the diagnosis found. {@code type} is the problem slug ({@code usage-capped}), {@code about:blank},
 * {@code v1.1:88}, {@code oauth:invalid_request}, a status ({@code status:429}) or a hint id; {@code fields}
 * keeps every extra field of the error in body order (non-text values as compact JSON); {@code checklists}
 * are checklist ids, most specific first.
 */
public record Finding(FindingSource source, Severity severity, String type, String title, String detail,
                      Map<String, String> fields, List<String> checklists) {
    public Finding {
        detail = detail == null ? "" : detail;
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        checklists = checklists == null ? List.of() : List.copyOf(checklists);
    }
}
