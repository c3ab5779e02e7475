package fr.ipe.local.run;

import fr.ipe.testkit.engines.FreePorts;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ports of one local stack: fixed ones for the local run (the same as docker-compose), free ones for tests. The
 * services' and gateway's further instances ({@code ./run-local --instances 2}) take {@link #instance(int)}'s.
 */
public record LocalPorts(int gateway, int convention, int mission, int action, int stageBank, int reporting,
                         int keycloak, int kafka, int kafkaController, int postgres, int mongo, boolean fixed) {

    /** Between the fixed ports of an instance and the next one's: the second gateway is on 8180, convention on 8181. */
    static final int INSTANCE_STEP = 100;

    public static LocalPorts standard() {
        return new LocalPorts(8080, 8081, 8082, 8083, 8084, 8085, 8090, 9092, 9093, 5432, 27017, true);
    }

    public static LocalPorts free() {
        return new LocalPorts(next(), next(), next(), next(), next(), next(), next(), next(), next(), next(), next(),
                false);
    }

    /** Ports handed out by this JVM: the OS may answer a port it gave a moment ago, once its probe socket closed. */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private static int next() {
        int port = FreePorts.next();
        while (!GIVEN.add(port)) {
            port = FreePorts.next();
        }
        return port;
    }

    /**
     * The ports of the gateway's and services' {@code n}th instance (from 1: these), the engines' and Keycloak's
     * unchanged: fixed ones {@link #INSTANCE_STEP} apart, or free ones.
     */
    public LocalPorts instance(int n) {
        if (n == 1) {
            return this;
        }
        if (fixed) {
            int shift = (n - 1) * INSTANCE_STEP;
            return new LocalPorts(gateway + shift, convention + shift, mission + shift, action + shift,
                    stageBank + shift, reporting + shift, keycloak, kafka, kafkaController, postgres, mongo, true);
        }
        return new LocalPorts(next(), next(), next(), next(), next(), next(), keycloak, kafka, kafkaController, postgres,
                mongo, false);
    }
}
