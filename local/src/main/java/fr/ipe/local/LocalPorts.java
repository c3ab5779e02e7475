package fr.ipe.local;

import fr.ipe.testkit.engines.FreePorts;

/** The ports of one local stack: fixed ones for the local run (the same as docker-compose), free ones for tests. */
public record LocalPorts(int gateway, int convention, int mission, int action, int stageBank, int reporting,
                         int keycloak, int kafka, int kafkaController, int postgres, int mongo) {

    public static LocalPorts standard() {
        return new LocalPorts(8080, 8081, 8082, 8083, 8084, 8085, 8090, 9092, 9093, 5432, 27017);
    }

    public static LocalPorts free() {
        return new LocalPorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
    }
}
