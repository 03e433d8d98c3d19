package dev.xinspect.core.diagnosis;

import java.util.List;

/** A v1.1 error code still seen through v2-era tools ({@code {"errors":[{"code":88,...}]}}). */
public record V1ErrorCode(int code, String title, String meaning, List<String> checklists) {
    public V1ErrorCode {
        checklists = List.copyOf(checklists);
    }
}
