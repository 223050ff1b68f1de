package io.github.indiko.scoring.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class StrategiesTest {
  @Test
  void builtIns_meanTopBoxShareAtLeast() {
    assertThat(Strategies.builtIns())
        .extracting(ItemStrategy::name)
        .containsExactly("mean", "top-box", "share-at-least");
    assertThat(Strategies.builtIns().get(2)).isEqualTo(Strategies.shareAtLeast(80));
  }

  @Test
  void shareAtLeast_defaultThreshold80() {
    assertThat(Strategies.shareAtLeast()).isEqualTo(Strategies.shareAtLeast(80));
    assertThat(Strategies.shareAtLeast()).isNotEqualTo(Strategies.shareAtLeast(70));
  }

  @Test
  void serviceLoader_onModulePath_findsBuiltIns() {
    List<ItemStrategy> found = new ArrayList<>();
    ServiceLoader.load(ItemStrategy.class).forEach(found::add);

    // The tests run in the named module: its provider() methods give the built-ins themselves.
    assertThat(ItemStrategy.class.getModule().isNamed()).isTrue();
    assertThat(found).containsExactlyInAnyOrderElementsOf(Strategies.builtIns());
  }

  @Test
  void serviceLoader_onClassPath_findsBuiltIns() throws Exception {
    URL classes = ItemStrategy.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> names = new ArrayList<>();
    // The parent is the bootstrap loader: the platform one would find the named module's classes.
    try (URLClassLoader classPath = new URLClassLoader(new URL[] {classes}, null)) {
      Class<?> service = Class.forName(ItemStrategy.class.getName(), false, classPath);
      getClass().getModule().addUses(service);
      Method name = service.getMethod("name");
      for (Object provider : ServiceLoader.load(service, classPath)) {
        names.add((String) name.invoke(provider));
      }

      assertThat(service.getModule().isNamed()).isFalse();
    }

    assertThat(names).containsExactlyInAnyOrder("mean", "top-box", "share-at-least");
  }
}
