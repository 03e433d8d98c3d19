package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.diagnosis.Finding;

/**
 * The line under a finding's title: what X called it and where in the exchange it was read, in words
 * ("usage-capped · problem in the body"). A finding from the status alone says so rather than "status:500 · status".
 */
public final class FindingCaption {
    private static final String STATUS_TYPE = "status:";

    private FindingCaption() {
    }

    public static String of(Finding finding) {
        if (finding.type().startsWith(STATUS_TYPE)) {
            return "From the HTTP status " + finding.type().substring(STATUS_TYPE.length()) + " alone: the body says nothing more";
        }
        String where = switch (finding.source()) {
            case PROBLEM -> "problem in the body";
            case PARTIAL_ERROR -> "errors[] beside the data";
            case V1_ERROR -> "v1.1 error body";
            case OAUTH_ERROR -> "OAuth error body";
            case STREAM -> "line of the stream";
            case STATUS -> "HTTP status";
            case HEADER -> "response header";
            case HINT -> "from the request sent";
            case NETWORK -> "no response";
            case BODY -> "the body itself";
        };
        return finding.type().isBlank() ? where : finding.type() + "  ·  " + where;
    }
}
