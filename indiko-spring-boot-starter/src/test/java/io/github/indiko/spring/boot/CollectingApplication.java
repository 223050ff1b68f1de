package io.github.indiko.spring.boot;

import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test application of the starter's tests that need nothing of their own: the starter's
 * auto-configuration and a clock within the 2017 sample's collection ({@link
 * SurveyHttp#collecting()}); no Indiko bean declared by hand.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class CollectingApplication {
  @Bean
  Clock clock() {
    return SurveyHttp.collecting();
  }
}
