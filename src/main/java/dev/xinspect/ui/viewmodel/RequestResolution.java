package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.MultipartBody;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import dev.xinspect.core.workspace.RequestAssembler;
import dev.xinspect.core.workspace.SavedRequest;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The editor's request as the current environment makes it: what Send sends (a body that is not valid JSON refused
 * first, a multipart form encoded under a fresh boundary), what the exports show, which variables are missing. The
 * environment is read at each call, so switching it applies at once; nothing is kept between calls.
 */
final class RequestResolution {
    private final RequestFields fields;
    private final Supplier<Map<String, String>> environment;
    private Supplier<String> boundaries = () -> MultipartBody.freshBoundary(new SecureRandom());

    RequestResolution(RequestFields fields, Supplier<Map<String, String>> environment) {
        this.fields = fields;
        this.environment = environment;
    }

    /**
     * The request to send, Authorization not yet added.
     *
     * @throws IllegalStateException when the body is not valid JSON or a part's file cannot be read (the message says so)
     */
    SentRequest toSend() throws Variables.UnknownVariableException {
        if (fields.isMultipart()) {
            try {
                return assembler().withParts(fields.snapshot(), boundaries.get());
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        String problem = fields.bodyProblem().get();
        if (!problem.isEmpty()) {
            throw new IllegalStateException(problem + " Fix it or clear the body before sending.");
        }
        return assembler().withText(fields.snapshot());
    }

    /** As {@link #toSend()} would build it, except that a multipart body is left out (no file is read): for the exports. */
    SentRequest forExport() throws Variables.UnknownVariableException {
        return fields.isMultipart() ? assembler().withoutParts(fields.snapshot()) : toSend();
    }

    /** The multipart parts with variables resolved; empty when the body is text. */
    List<FormPart> parts() throws Variables.UnknownVariableException {
        return assembler().parts(fields.snapshot());
    }

    List<String> missingVariables() {
        return assembler().missingVariables(fields.snapshot());
    }

    String previewUrl() {
        return assembler().previewUrl(fields.url().get());
    }

    boolean defines(String variable) {
        return environment.get().containsKey(variable);
    }

    /** Where fresh multipart boundaries come from (tests make them fixed). */
    void useBoundaries(Supplier<String> source) {
        boundaries = source;
    }

    private RequestAssembler assembler() {
        return new RequestAssembler(environment.get());
    }
}
