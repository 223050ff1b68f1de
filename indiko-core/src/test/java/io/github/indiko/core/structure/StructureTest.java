package io.github.indiko.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.indiko.core.edition.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureTest {
  @Test
  void band_boundariesAreInclusiveLowerBounds() {
    assertThat(SizeBand.of(null)).isEqualTo(SizeBand.NONE);
    assertThat(SizeBand.of(0L)).isEqualTo(SizeBand.XS);
    assertThat(SizeBand.of(3_499L)).isEqualTo(SizeBand.XS);
    assertThat(SizeBand.of(3_500L)).isEqualTo(SizeBand.S);
    assertThat(SizeBand.of(9_999L)).isEqualTo(SizeBand.S);
    assertThat(SizeBand.of(10_000L)).isEqualTo(SizeBand.M);
    assertThat(SizeBand.of(49_999L)).isEqualTo(SizeBand.M);
    assertThat(SizeBand.of(50_000L)).isEqualTo(SizeBand.L);
    assertThat(SizeBand.of(199_999L)).isEqualTo(SizeBand.L);
    assertThat(SizeBand.of(200_000L)).isEqualTo(SizeBand.XL);
    assertThatThrownBy(() -> SizeBand.of(-1L)).hasMessage("population must not be negative: -1");
  }

  @Test
  void category_isTypeSlashBand_andParsesBack() {
    Structure lyon =
        new Structure(
            new StructureId("mairie-lyon"),
            "Mairie de Lyon",
            StructureType.COMMUNE,
            522_250L,
            null,
            null);
    assertThat(lyon.category()).hasToString("commune/xl");
    assertThat(Category.parse("public_transport/none"))
        .isEqualTo(new Category(StructureType.PUBLIC_TRANSPORT, SizeBand.NONE));
    assertThatThrownBy(() -> Category.parse("commune")).hasMessageContaining("type/band");
    assertThatThrownBy(() -> Category.parse("mairie/m"))
        .hasMessage("unknown structure type \"mairie\"");
  }

  @Test
  void offers_everyChannelWhenNoneListed() {
    Structure all =
        new Structure(new StructureId("a"), "A", StructureType.OTHER, null, null, null);
    Structure some =
        new Structure(
            new StructureId("b"), "B", StructureType.OTHER, null, null, List.of(Channel.PHONE));
    assertThat(all.offers(new Channel("kiosk"))).isTrue();
    assertThat(some.offers(Channel.PHONE)).isTrue();
    assertThat(some.offers(Channel.EMAIL)).isFalse();
  }

  @Test
  void level_includesTheLevelsBelow() {
    assertThat(Level.ORGANISATION.includes(Level.RAW)).isTrue();
    assertThat(Level.ANALYSIS.includes(Level.ANALYSIS)).isTrue();
    assertThat(Level.RAW.includes(Level.ANALYSIS)).isFalse();
    assertThat(Level.fromId("organisation")).isEqualTo(Level.ORGANISATION);
  }

  @Test
  void ids_followTheIdentifierRule() {
    assertThat(new StructureId("0a._-z").value()).isEqualTo("0a._-z");
    assertThatThrownBy(() -> new StructureId("Mairie"))
        .hasMessage("structure id must match [a-z0-9][a-z0-9._-]{0,63}: \"Mairie\"");
    assertThatThrownBy(() -> new StructureId("-a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StructureId("a".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StructureId("a".repeat(64)).value()).hasSize(64);
  }
}
