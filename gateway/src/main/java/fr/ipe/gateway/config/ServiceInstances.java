package fr.ipe.gateway.config;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * The instances of a service the gateway balances between (round robin, Spring Cloud LoadBalancer): the static list of
 * {@code ipe.services.<service>}, each instance kept in the rotation only while its readiness answers UP (checked every
 * {@code spring.cloud.loadbalancer.health-check.interval}), so a killed instance stops receiving requests and one that
 * comes back is used again. In Kubernetes each service is one URL, its Service, which balances itself.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = ServiceInstanceList.class)
public class ServiceInstances {
}
