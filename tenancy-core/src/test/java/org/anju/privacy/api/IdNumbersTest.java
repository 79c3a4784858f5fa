package org.anju.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/**
 * R8.2.1: mainland resident ID numbers (GB 11643) are checked before they are sealed and indexed: 18 characters, a real
 * birth date, and the ISO 7064 MOD 11-2 check digit, which may be X.
 */
class IdNumbersTest {

    /** The example of GB 11643 itself: born 1949-12-31, check digit X. */
    private static final String WITH_X = "11010519491231002X";

    /** A 17-digit prefix completed with its own check digit, so that only the part under test is wrong. */
    private static String complete(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    @Test
    void validNumbersPass() {
        assertThat(IdNumbers.valid(WITH_X)).isTrue();
        assertThat(IdNumbers.valid("330106199001010018")).isTrue();
        assertThat(IdNumbers.valid("440304200002290014")).as("29 February of a leap year").isTrue();
    }

    @Test
    void checkDigitIsComputedWithMod11Including10AsX() {
        assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkDigit("33010619900101001")).isEqualTo('8');
        assertThat(IdNumbers.checkDigit("44030420000229001")).isEqualTo('4');
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(IdNumbers.valid("110105194912310021")).isFalse();
        assertThat(IdNumbers.valid("330106199001010019")).isFalse();
        // 330106199001011237 looks right but its check digit is X
        assertThat(IdNumbers.valid("330106199001011237")).isFalse();
        assertThat(IdNumbers.valid("33010619900101123X")).isTrue();
    }

    @Test
    void aTypoInTheBodyIsCaughtByTheCheckDigit() {
        // two digits swapped: the check digit no longer fits
        assertThat(IdNumbers.valid("330106199001010108")).isFalse();
        assertThat(IdNumbers.valid("330160199001010018")).isFalse();
    }

    @Test
    void lowerCaseXAndSpacesAreNormalised() {
        assertThat(IdNumbers.normalize("11010519491231002x")).isEqualTo(WITH_X);
        assertThat(IdNumbers.normalize(" 110105 19491231 002x ")).isEqualTo(WITH_X);
        assertThat(IdNumbers.valid("11010519491231002x")).isTrue();
        assertThat(IdNumbers.valid("110105 19491231 002X")).isTrue();
        assertThat(IdNumbers.normalize(null)).isNull();
    }

    @Test
    void badLengthOrCharactersAreRefused() {
        assertThat(IdNumbers.valid(null)).isFalse();
        assertThat(IdNumbers.valid("")).isFalse();
        assertThat(IdNumbers.valid("11010519491231002")).as("17 characters").isFalse();
        assertThat(IdNumbers.valid("11010519491231002X1")).as("19 characters").isFalse();
        assertThat(IdNumbers.valid("110105491231002")).as("the old 15-digit form").isFalse();
        assertThat(IdNumbers.valid("X10105194912310020")).as("X only as the check digit").isFalse();
        assertThat(IdNumbers.valid("11010519491231A02X")).isFalse();
        assertThat(IdNumbers.valid("11010519491231002Y")).isFalse();
        assertThat(IdNumbers.valid("1101051949-231002X")).isFalse();
    }

    @Test
    void anImpossibleBirthDateIsRefusedEvenWithTheRightCheckDigit() {
        assertThat(IdNumbers.valid(complete("33010619900230001"))).as("30 February").isFalse();
        assertThat(IdNumbers.valid(complete("33010619901301001"))).as("month 13").isFalse();
        assertThat(IdNumbers.valid(complete("33010619900100001"))).as("day 0").isFalse();
        assertThat(IdNumbers.valid(complete("33010619000229001"))).as("1900 was not a leap year").isFalse();
        assertThat(IdNumbers.valid(complete("33010618991231001"))).as("before 1900").isFalse();
        String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(IdNumbers.valid(complete("330106" + tomorrow + "001"))).as("born tomorrow").isFalse();
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(IdNumbers.valid(complete("330106" + today + "001"))).as("born today").isTrue();
    }

    @Test
    void birthDateIsReadFromTheNumber() {
        assertThat(IdNumbers.birthDate(WITH_X)).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate("11010519491231002x")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate("440304200002290014")).contains(LocalDate.of(2000, 2, 29));
        assertThat(IdNumbers.birthDate(complete("33010619900230001"))).isEmpty();
        assertThat(IdNumbers.birthDate("110105491231002")).isEmpty();
        assertThat(IdNumbers.birthDate(null)).isEmpty();
    }
}
