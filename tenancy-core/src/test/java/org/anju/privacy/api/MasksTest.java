package org.anju.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R8.2.1: what someone without {@code pii:read} sees of personal data: enough to recognise, not enough to use. */
class MasksTest {

    @Test
    void idNumberKeepsTheFirstAndLastFour() {
        assertThat(Masks.idNumber("330106199001011234")).isEqualTo("3301**********1234");
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masks.idNumber("110105491231002")).isEqualTo("1101*******1002");
        assertThat(Masks.idNumber("330106199001011234")).doesNotContain("19900101");
    }

    @Test
    void shortIdNumbersKeepOnlyTheirFirstCharacter() {
        assertThat(Masks.idNumber("E1234567")).isEqualTo("E*******");
        assertThat(Masks.idNumber("G12")).isEqualTo("G**");
        assertThat(Masks.idNumber("")).isEmpty();
        assertThat(Masks.idNumber(null)).isNull();
    }

    @Test
    void phoneKeepsTheFirstThreeAndLastFour() {
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phone("057188886666")).isEqualTo("057*****6666");
        assertThat(Masks.phone("0101234567")).as("shortest landline with area code").isEqualTo("010***4567");
        assertThat(Masks.phone("123456")).isEqualTo("******");
        assertThat(Masks.phone("")).isEmpty();
        assertThat(Masks.phone(null)).isNull();
    }

    @Test
    void aLocalNumberWithoutAreaCodeIsNeverShownWhole() {
        // 7 to 9 digits: first three plus last four would leave (almost) nothing hidden
        assertThat(Masks.phone("8888666")).isEqualTo("***8666");
        assertThat(Masks.phone("88886666")).isEqualTo("****6666");
        assertThat(Masks.phone("888866661")).isEqualTo("*****6661");
    }

    @Test
    void bankAccountKeepsTheFirstAndLastFourInGroups() {
        assertThat(Masks.bankAccount("6222020200112233445")).isEqualTo("6222 **** **** 3445");
        assertThat(Masks.bankAccount("62220202")).isEqualTo("6222 **** **** 0202");
        assertThat(Masks.bankAccount("6222020200112233445")).doesNotContain("0200112233");
        assertThat(Masks.bankAccount("1234567")).isEqualTo("*******");
        assertThat(Masks.bankAccount("")).isEmpty();
        assertThat(Masks.bankAccount(null)).isNull();
    }

    @Test
    void nameKeepsTheFirstAndLastCharacter() {
        assertThat(Masks.name("张三丰")).isEqualTo("张*丰");
        assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.name("李")).isEqualTo("李");
        assertThat(Masks.name("")).isEmpty();
        assertThat(Masks.name(null)).isNull();
    }

    @Test
    void nameCountsCharactersNotUtf16Units() {
        // 𠀋 is outside the BMP (two UTF-16 units): it stays whole, never half a surrogate pair
        assertThat(Masks.name("𠀋小明")).isEqualTo("𠀋*明");
        assertThat(Masks.name("𠀋明")).isEqualTo("𠀋*");
    }
}
