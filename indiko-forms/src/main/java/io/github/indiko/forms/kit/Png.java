package io.github.indiko.forms.kit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG encoder for square black-and-white images (ISO/IEC 15948): a signature, {@code
 * IHDR} (1-bit greyscale, no interlace), one {@code IDAT} of zlib-compressed scanlines (filter 0)
 * and {@code IEND}, each chunk with its CRC-32. It needs nothing beyond {@code java.base}.
 */
final class Png {
  /** Whether the pixel at column x, row y is black. */
  interface Pixels {
    boolean black(int x, int y);
  }

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Png() {}

  /** The PNG file of a square image of {@code side} pixels. */
  static byte[] bilevel(int side, Pixels pixels) {
    int rowBytes = (side + 7) / 8;
    byte[] raw = new byte[side * (rowBytes + 1)];
    for (int y = 0; y < side; y++) {
      int row = y * (rowBytes + 1);
      // raw[row] is the filter type of the scanline: 0, none.
      for (int x = 0; x < side; x++) {
        if (!pixels.black(x, y)) {
          // At bit depth 1, sample 1 is white; samples are packed from the high bit.
          raw[row + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
        }
      }
    }
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(side).putInt(side);
    header.put((byte) 1); // bit depth
    header.put((byte) 0); // colour type: greyscale
    header.put((byte) 0); // compression: deflate
    header.put((byte) 0); // filter method: adaptive, with filter types per scanline
    header.put((byte) 0); // no interlace
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SIGNATURE);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", deflate(raw));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    out.writeBytes(chunk.array());
  }
}
