package fr.ipe.stagebank.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The rectorat's CSV of établissements, posted as its front-end would (testkit's ApiClient speaks JSON). */
final class CsvImports {

    private CsvImports() {
    }

    static HttpResponse<String> post(int port, String bearer, String academie, String csv) {
        return post(port, bearer, academie, csv.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(int port, String bearer, String academie, byte[] csv) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/stage-bank/academies/" + academie + "/etablissements"))
                            .header("Authorization", bearer).header("Content-Type", "text/csv")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
