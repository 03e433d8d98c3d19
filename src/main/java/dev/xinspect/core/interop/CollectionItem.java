package dev.xinspect.core.interop;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.Objects;

/**
 * One imported request and how it authenticates ({@code auth}, after Postman's inheritance); its
 * {@link SavedRequest#authProfile()} is empty until the import picks a profile of that mode.
 */
public record CollectionItem(SavedRequest request, AuthMode auth) {
    public CollectionItem {
        Objects.requireNonNull(request, "request");
        auth = auth == null ? AuthMode.NONE : auth;
    }
}
