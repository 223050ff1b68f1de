package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotTableTest {
  /** Fills every slot with values of its own, then reads them all back. */
  private static void assertSlotsIndependent(SlotTable table) {
    long capacity = table.capacity();
    for (long slot = 0; slot < capacity; slot++) {
      assertThat(table.reference(slot)).as("slot %d starts empty", slot).isZero();
      table.set(slot, -slot * 31, slot + 1);
    }
    for (long slot = 0; slot < capacity; slot++) {
      assertThat(table.hash(slot)).as("hash of slot %d", slot).isEqualTo(-slot * 31);
      assertThat(table.reference(slot)).as("reference of slot %d", slot).isEqualTo(slot + 1);
    }
    table.release();
  }

  @Test
  void set_onHeap_slotsIndependent() {
    assertSlotsIndependent(new SlotTable.OnHeap(64));
  }

  @Test
  void set_mappedOverSixteenMappings_slotsIndependent(@TempDir Path directory) {
    assertSlotsIndependent(new SlotTable.Mapped(directory, 64, 2));
  }

  @Test
  void set_mappedInOneMapping_slotsIndependent(@TempDir Path directory) {
    assertSlotsIndependent(
        new SlotTable.Mapped(directory, 1 << 12, SlotTable.Mapped.SEGMENT_SHIFT));
  }

  @Test
  void home_withinCapacity_spreadsSequentialHashes() {
    SlotTable table = new SlotTable.OnHeap(16);
    boolean[] reached = new boolean[16];
    for (long hash = 0; hash < 64; hash++) {
      long home = table.home(hash);
      assertThat(home).isBetween(0L, 15L);
      reached[(int) home] = true;
    }
    for (int slot = 0; slot < 16; slot++) {
      assertThat(reached[slot]).as("slot %d is the home of a hash in 0..63", slot).isTrue();
    }
  }
}
