package io.github.indiko.core.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** {@link Swar}'s masks against a byte-by-byte search of the same eight bytes. */
class SwarProperties {
  /** Bytes near every edge the masks look at, so that each word holds several of them. */
  private static final byte[] BYTES = {
    '"', '\\', 0, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0x7e, 0x7f, (byte) 0x80, (byte) 0xc3, (byte) 0xff,
    'a'
  };

  @Test
  void stringSpecial_firstFlaggedByteIsTheFirstQuoteBackslashControlOrNonAscii() {
    qt().withExamples(20_000)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, BYTES.length - 1)).ofSize(8))
        .checkAssert(
            picks -> {
              byte[] bytes = new byte[8];
              int expected = -1;
              for (int i = 0; i < 8; i++) {
                bytes[i] = BYTES[picks.get(i)];
                int unsigned = bytes[i] & 0xff;
                boolean special =
                    unsigned == '"' || unsigned == '\\' || unsigned < 0x20 || unsigned >= 0x80;
                if (special && expected < 0) {
                  expected = i;
                }
              }
              long mask = Swar.stringSpecial(Swar.word(bytes, 0));
              assertThat(mask == 0 ? -1 : Swar.first(mask)).as("%s", picks).isEqualTo(expected);
            });
  }
}
