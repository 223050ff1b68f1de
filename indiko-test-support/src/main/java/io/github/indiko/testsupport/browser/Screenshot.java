package io.github.indiko.testsupport.browser;

import java.awt.image.BufferedImage;

/**
 * A screenshot, as its PNG bytes and decoded, with counts over every other pixel of every other
 * row (the sample): its distinct colours and the pixels that are not white.
 *
 * @param png the PNG file's bytes
 * @param image the decoded image
 * @param colours distinct RGB colours of the sample
 * @param inked pixels of the sample that are not pure white
 * @param sampled pixels in the sample
 */
public record Screenshot(byte[] png, BufferedImage image, int colours, long inked, long sampled) {}
