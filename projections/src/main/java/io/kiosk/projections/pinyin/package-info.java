/**
 * Pinyin of Chinese text, for search: the readings of names when their search documents are built
 * ({@link io.kiosk.projections.pinyin.PinyinReadings}), and what a shopper typed in pinyin split into syllables or
 * initials ({@link io.kiosk.projections.pinyin.TypedPinyin}), so that both meet as the same tokens in the index.
 */
package io.kiosk.projections.pinyin;
