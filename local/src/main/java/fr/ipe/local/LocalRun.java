package fr.ipe.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./run-local [--reset] [--no-demo-data]}: starts every engine and service, loads the demo data, prints how to
 * use them, and stops everything on Ctrl-C. Data lives in {@code .local-data/} and survives a restart; {@code --reset}
 * starts from nothing.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        for (String option : options) {
            if (!List.of("--reset", "--no-demo-data", "--help").contains(option)) {
                System.err.println("Unknown option " + option + ". Usage: ./run-local [--reset] [--no-demo-data]");
                System.exit(2);
            }
        }
        if (options.contains("--help")) {
            System.out.println("Usage: ./run-local [--reset] [--no-demo-data]");
            return;
        }
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".local-data");
        if (options.contains("--reset")) {
            deleteRecursively(data);
            System.out.println("Local data reset: " + data);
        }
        long started = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(root, data, LocalPorts.standard());
        } catch (Exception e) {
            System.err.println("\nipe-platform did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ServiceWatchdog watchdog = ServiceWatchdog.watch(stack, stack.serviceNames());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and engines…");
            watchdog.close();
            stack.close();
            System.out.println("Stopped. Data kept in " + data + " (./run-local --reset starts from nothing).");
            stopped.countDown();
        }, "local-run-shutdown"));
        if (!options.contains("--no-demo-data")) {
            try {
                new DemoData(stack.gatewayUrl(), stack.tokenUrl()).loadUnlessPresent();
            } catch (RuntimeException e) {
                // the shutdown hook stops everything that started
                System.err.println("\nThe demo data could not be loaded: " + e.getMessage());
                System.exit(1);
            }
        }
        printWelcome(stack, (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }

    private static void printWelcome(LocalStack stack, long readyMillis) {
        LocalPorts p = stack.ports();
        String gateway = stack.gatewayUrl();
        System.out.printf("""

                ipe-platform is running (ready in %.1f s). Ctrl-C stops everything.

                  Console (in a browser)          %s
                    sign in as rectorat-lyon / demo: bilan live, actions, missions, stage bank, conventions
                    (ops / demo: rebuilds, dead letters, snapshots)
                  Gateway (the only entry point)  %s
                  API docs (Swagger UI)           %s/swagger-ui.html
                  Keycloak, realm ipe             %s  (console %s/admin, admin/admin)
                  Token endpoint                  %s
                  Services                        convention :%d  mission :%d  action :%d  stage-bank :%d  reporting :%d
                  Engines                         PostgreSQL :%d  Kafka :%d  MongoDB :%d
                  Logs                            .local-data/logs/

                Demo users (password "demo"): national, association, finance, ops,
                  rectorat-lyon, rectorat-aix-marseille (académie-scoped), ipe-lyon
                Front-ends: client ipe-web, authorization code flow with PKCE (S256), redirect to http://localhost:*

                Get a token and call the API:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=ipe-cli -d username=national -d password=demo \\
                    %s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %s/api/conventions
                  curl -H "Authorization: Bearer $TOKEN" %s/api/reports/conventions

                """, readyMillis / 1000.0, stack.consoleUrl(), gateway, gateway, stack.issuer(), keycloakBase(stack), stack.tokenUrl(),
                p.convention(), p.mission(), p.action(), p.stageBank(), p.reporting(), p.postgres(), p.kafka(), p.mongo(),
                stack.tokenUrl(), gateway, gateway);
    }

    private static String keycloakBase(LocalStack stack) {
        return stack.issuer().substring(0, stack.issuer().indexOf("/realms/"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
