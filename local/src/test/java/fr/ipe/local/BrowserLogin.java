package fr.ipe.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser front-end does to sign a user in (OAuth 2.0 authorization code flow with PKCE, RFC 7636), with the
 * JDK's HTTP client standing in for the browser: open the authorization endpoint with an S256 code challenge, fill in
 * Keycloak's login form with the session cookies, read the code from the redirect back to the front-end, and exchange
 * it with the code verifier from the front-end's origin.
 */
final class BrowserLogin {

    static final String CLIENT_ID = "ipe-web";
    static final String ORIGIN = "http://localhost:5173";
    static final String REDIRECT_URI = ORIGIN + "/signed-in";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOGIN_FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private final String authorizationEndpoint;
    private final String tokenEndpoint;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Keycloak's session cookies, kept as a browser keeps them for {@code http://localhost}: a secure context, so its
     * {@code Secure} cookies go back over plain HTTP (the JDK's CookieManager refuses both).
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The endpoints as the realm's discovery document names them, as an OpenID client library would find them. */
    BrowserLogin(String discoveryUrl) throws IOException, InterruptedException {
        JsonNode discovery = JSON.readTree(send(HttpRequest.newBuilder(URI.create(discoveryUrl)).build()).body());
        this.authorizationEndpoint = discovery.get("authorization_endpoint").asText();
        this.tokenEndpoint = discovery.get("token_endpoint").asText();
    }

    /** The token endpoint's answer, with its CORS header for the front-end's origin. */
    record Tokens(JsonNode body, String allowedOrigin) {
        String accessToken() {
            return body.get("access_token").asText();
        }
    }

    /** Signs {@code username} in; fails with the step that went wrong. */
    Tokens signIn(String username, String password) throws IOException, InterruptedException {
        String verifier = randomToken(32);
        String state = randomToken(16);
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(authorizationEndpoint + "?" + form(
                "response_type", "code", "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI, "scope", "openid",
                "state", state, "nonce", randomToken(16), "code_challenge", s256(verifier),
                "code_challenge_method", "S256"))).build());
        require(loginPage.statusCode() == 200, "login page", loginPage);
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPage.body());
        require(action.find(), "login form", loginPage);
        String formAction = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");

        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(formAction))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password,
                        "credentialId", ""))).build());
        require(signedIn.statusCode() == 302, "sign-in (the form's answer should redirect to the front-end)", signedIn);
        String location = signedIn.headers().firstValue("Location").orElse("");
        require(location.startsWith(REDIRECT_URI + "?"), "redirect to " + REDIRECT_URI, signedIn);
        Map<String, String> callback = query(URI.create(location));
        require(state.equals(callback.get("state")), "state echoed back", signedIn);
        require(callback.containsKey("code"), "authorization code", signedIn);

        HttpResponse<String> exchanged = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", ORIGIN)
                .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "authorization_code", "client_id", CLIENT_ID,
                        "code", callback.get("code"), "redirect_uri", REDIRECT_URI, "code_verifier", verifier))).build());
        require(exchanged.statusCode() == 200, "code exchange", exchanged);
        return new Tokens(JSON.readTree(exchanged.body()),
                exchanged.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    /** Where the authorization endpoint sends a front-end that asks for a code without a PKCE challenge. */
    URI redirectWithoutChallenge() throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(authorizationEndpoint + "?" + form(
                "response_type", "code", "client_id", CLIENT_ID, "redirect_uri", REDIRECT_URI, "scope", "openid",
                "state", randomToken(16)))).build());
        return URI.create(answer.headers().firstValue("Location").orElse(""));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The claims of a JWT, read without checking its signature (the gateway does that). */
    static JsonNode claims(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(20));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = browser.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, Math.max(eq, 0)).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean condition, String step, HttpResponse<String> response) {
        if (!condition) {
            String body = response.body() == null ? "" : response.body();
            throw new AssertionError("browser login failed at " + step + ": " + response.statusCode() + " "
                    + response.uri() + " Location=" + response.headers().firstValue("Location").orElse("-") + " "
                    + body.substring(0, Math.min(400, body.length())));
        }
    }
}
