package dev.xinspect.ui.viewmodel;

import dev.xinspect.core.auth.oauth2.ClientAuthentication;
import dev.xinspect.core.auth.profile.ProfileStatus;
import java.time.Duration;
import java.time.Instant;

/** The Auth tab's one-line summary of a profile: its mode, what it holds, and the token's countdown. */
final class ProfileStatusText {
    private ProfileStatusText() {
    }

    static String describe(ProfileStatus status, Instant now) {
        return switch (status.mode()) {
            case NONE, BASIC -> "No Authorization header is sent.";
            case OAUTH2_APP_ONLY -> "OAuth 2.0 app-only: " + (status.hasBearer() ? "Bearer token stored."
                    : status.hasConsumerKeys() ? "no Bearer token yet. Mint one from the consumer key and secret."
                    : "no Bearer token yet. Edit the profile to paste one.");
            case OAUTH1_USER -> "OAuth 1.0a user context: " + (!status.hasConsumerKeys() ? "consumer key and secret missing. Edit the profile."
                    : status.hasUserToken() ? "consumer keys and user token stored; each request is signed when it is sent."
                    : "consumer keys stored, no user token yet. Get user tokens (PIN) or paste them in Edit.");
            case OAUTH2_USER -> "OAuth 2.0 user context (PKCE), " + client(status.clientAuthentication()) + ": " + token(status, now);
        };
    }

    private static String client(ClientAuthentication authentication) {
        if (authentication == null) {
            return "no Client ID";
        }
        return authentication == ClientAuthentication.BASIC_HEADER ? "confidential client" : "public client";
    }

    private static String token(ProfileStatus status, Instant now) {
        if (!status.hasAccessToken()) {
            return "not signed in.";
        }
        String refresh = status.hasRefreshToken() ? " A refresh token is kept: it is refreshed before it expires."
                : " No refresh token (ask for offline.access to get one).";
        if (status.expiresAt() == null) {
            return "signed in (no lifetime given)." + refresh;
        }
        Duration left = Duration.between(now, status.expiresAt());
        return (left.isNegative() ? "the access token expired " + span(left.negated()) + " ago."
                : "signed in, the access token expires in " + span(left) + ".") + refresh;
    }

    /** 1 h 59 min, 4 min 05 s, 42 s. */
    static String span(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min " + String.format("%02d", seconds % 60) + " s";
        }
        return seconds + " s";
    }
}
