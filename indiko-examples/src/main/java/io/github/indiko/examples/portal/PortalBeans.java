package io.github.indiko.examples.portal;

import io.github.indiko.store.EditionStore;
import io.github.indiko.store.ImportCounts;
import java.nio.file.Path;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The portal's beans beside the starter's: its request log and the sample's data in the store. */
@Configuration(proxyBeanMethods = false)
class PortalBeans {
  /**
   * @return the request log, before every other filter (the login's too)
   */
  @Bean
  FilterRegistrationBean<RequestLog> portalRequestLog() {
    FilterRegistrationBean<RequestLog> registration =
        new FilterRegistrationBean<>(new RequestLog());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Imports the sample edition's responses and audits into the store, before the portal serves:
   * the reports then show the sample's figures with the portal's responses. An import stores only
   * the lines the store does not keep yet, so each start after the first stores nothing.
   *
   * @param store the starter's store of the edition
   * @param settings the portal's data folder
   * @return what the import did
   */
  @Bean
  ImportCounts portalSampleData(EditionStore store, PortalSettings settings) {
    Path edition = settings.data().toAbsolutePath().resolve(Portal.EDITION);
    return store.importFolder(edition, reject -> {});
  }
}
