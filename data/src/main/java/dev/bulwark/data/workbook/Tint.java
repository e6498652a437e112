package dev.bulwark.data.workbook;

/** The font colour of a cell, as far as the publishers use it to flag figures. */
enum Tint {
  /** Black or any colour without meaning. */
  PLAIN,
  /** Blue: SIPRI's mark of an estimate. */
  BLUE,
  /** Red: SIPRI's mark of a highly uncertain figure (in its regional totals, of a large share of estimates). */
  RED;

  /** Classifies an RGB colour: clearly blue or clearly red, else plain. */
  static Tint of(byte[] rgb) {
    if (rgb == null || rgb.length < 3) {
      return PLAIN;
    }
    int r = rgb[rgb.length - 3] & 0xff;
    int g = rgb[rgb.length - 2] & 0xff;
    int b = rgb[rgb.length - 1] & 0xff;
    if (b >= 0x80 && r < 0x80 && g < 0x80) {
      return BLUE;
    }
    if (r >= 0x80 && g < 0x80 && b < 0x80) {
      return RED;
    }
    return PLAIN;
  }
}
