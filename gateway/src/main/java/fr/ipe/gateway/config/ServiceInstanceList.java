package fr.ipe.gateway.config;

import java.net.URI;
import java.util.List;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.cloud.loadbalancer.support.ServiceInstanceListSuppliers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The instances of one service, in the load balancer's own context of that service (named by {@code lb://<service>}):
 * not a configuration of the gateway's context, where no service is named ({@link ServiceInstances} names it).
 */
class ServiceInstanceList {

    @Bean
    ServiceInstanceListSupplier staticInstancesWithHealthChecks(ConfigurableApplicationContext context,
                                                               Environment environment, ServiceUrls services) {
        String service = LoadBalancerClientFactory.getName(environment);
        List<URI> urls = services.of(service);
        ServiceInstance[] instances = new ServiceInstance[urls.size()];
        for (int i = 0; i < urls.size(); i++) {
            URI url = urls.get(i);
            instances[i] = new DefaultServiceInstance(service + "-" + (i + 1), service, url.getHost(),
                    url.getPort(), "https".equals(url.getScheme()));
        }
        return ServiceInstanceListSupplier.builder()
                .withBase(ServiceInstanceListSuppliers.from(service, instances))
                .withHealthChecks()
                .build(context);
    }
}
