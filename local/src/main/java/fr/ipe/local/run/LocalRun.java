package fr.ipe.local.run;

import fr.ipe.local.demo.DemoData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./run-local [--reset] [--no-demo-data] [--instances N]}: starts every engine and service, loads the demo data,
 * prints how to use them, and stops everything on Ctrl-C. Data lives in {@code .local-data/} and survives a restart;
 * {@code --reset} starts from nothing; {@code --instances 2} starts two instances of the gateway and of every service
 * (the second ones on ports 8180 to 8185), each gateway balancing between the instances.
 */
public final class LocalRun {

    private LocalRun() {
    }

    static final String USAGE = "Usage: ./run-local [--reset] [--no-demo-data] [--instances N (1 to 3)]";

    public static void main(String[] args) throws Exception {
        List<String> options = new ArrayList<>();
        int instances = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--instances") && i + 1 < args.length && args[i + 1].matches("[1-3]")) {
                instances = Integer.parseInt(args[++i]);
            } else if (List.of("--reset", "--no-demo-data", "--help").contains(args[i])) {
                options.add(args[i]);
            } else {
                System.err.println("Unknown option " + args[i] + ". " + USAGE);
                System.exit(2);
            }
        }
        if (options.contains("--help")) {
            System.out.println(USAGE);
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
            stack = LocalStack.start(root, data, LocalPorts.standard(), true, instances);
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
                  Services                        convention :%d  mission :%d  action :%d  stage-bank :%d  reporting :%d%s
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
                p.convention(), p.mission(), p.action(), p.stageBank(), p.reporting(), furtherInstances(stack),
                p.postgres(), p.kafka(), p.mongo(),
                stack.tokenUrl(), gateway, gateway);
    }

    /** The further instances' gateways and services (the gateways share their rate limits), if any. */
    private static String furtherInstances(LocalStack stack) {
        StringBuilder further = new StringBuilder();
        for (int n = 2; n <= stack.instances(); n++) {
            LocalPorts p = stack.ports(n);
            further.append(String.format("%n  Instance %d                      gateway %s  services :%d :%d :%d :%d :%d",
                    n, stack.gatewayUrl(n), p.convention(), p.mission(), p.action(), p.stageBank(), p.reporting()));
        }
        return further.toString();
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
