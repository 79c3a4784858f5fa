package org.anju.finance.application;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.finance.domain.RentRuleMode;

/** Finance requests, validated at the edge. */
public final class Commands {

    public static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2])";

    private Commands() {
    }

    public record RentStandardInput(@NotNull Long projectId, @NotNull @Min(2000) @Max(2100) Integer year,
                                    @NotNull @DecimalMin("0.01") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2) BigDecimal pricePerSqm,
                                    @Size(max = 300) String note) {
    }

    public record RentRuleInput(@NotNull RentRuleMode mode,
                                @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal value,
                                @Size(max = 300) String note) {
    }

    /** {@code effectiveFrom}: the first period the new rent applies to (default this month); bills already issued
     *  for it and later periods are adjusted when the change is approved. */
    public record AdjustmentInput(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal newRent,
                                  @NotBlank @Size(max = 500) String reason,
                                  @Pattern(regexp = PERIOD, message = "{finance.validation.period}") String effectiveFrom) {
    }

    public record DecisionInput(@Size(max = 500) String note) {
    }

    public record CalculationInput(@NotNull @Min(2000) @Max(2100) Integer year, Long projectId,
                                   @NotBlank @Size(max = 500) String reason) {
    }

    public record RunInput(@NotBlank @Pattern(regexp = PERIOD, message = "{finance.validation.period}") String period) {
    }

    public record CounterPaymentInput(@NotNull Long leaseId,
                                      @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                      @NotBlank @Pattern(regexp = "CASH|POS|TRANSFER|CHEQUE", message = "{finance.validation.method}") String method,
                                      @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]{4,40}", message = "{finance.validation.receipt}") String receiptNo,
                                      @Size(max = 300) String note) {
    }

    public record CheckoutInput(@NotEmpty @Size(max = 24) List<@NotNull Long> billIds,
                                @NotBlank @Pattern(regexp = "SANDBOX|WECHAT|ALIPAY|UNIONPAY", message = "{finance.validation.channel}") String channel) {
    }

    public record SettingsInput(@NotNull @Min(1) @Max(28) Integer dueDay,
                                @NotEmpty @Size(max = 3) List<@NotNull @Min(1) @Max(365) Integer> dunningOffsets,
                                Boolean smsBills) {
    }

    public record MandateInput(@NotBlank @Size(max = 100) String bankName, @NotBlank @Size(max = 50) String accountHolder,
                               @NotBlank @Pattern(regexp = "[0-9 ]{12,30}", message = "{finance.validation.account}") String accountNo,
                               @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.PastOrPresent java.time.LocalDate signedOn) {
        @Override
        public String toString() {
            return "MandateInput[" + bankName + "]";
        }
    }

    public record DepositInput(@DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                               @NotBlank @Pattern(regexp = "CASH|POS|TRANSFER|CHEQUE", message = "{finance.validation.method}") String method,
                               @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,40}", message = "{finance.validation.receipt}") String receiptNo) {
    }

    public record DeductionInput(@NotBlank @Size(max = 100) String item,
                                 @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    public record SettlementInput(@NotNull @Size(max = 30) List<@jakarta.validation.Valid @NotNull DeductionInput> deductions,
                                  Boolean applyToArrears) {
    }

    public record RefundInput(@NotBlank @Size(max = 64) String reference) {
    }

    public record ChannelInput(@NotBlank @Size(max = 64) String merchantId,
                               @NotBlank @Size(max = 4000) @Pattern(regexp = "(?s)\\s*-----BEGIN PUBLIC KEY-----.+-----END PUBLIC KEY-----\\s*",
                                       message = "{finance.validation.channel.key}") String publicKeyPem,
                               @Size(max = 64) String apiKey, Boolean enabled) {
        @Override
        public String toString() {
            return "ChannelInput[" + merchantId + "]";
        }
    }

    public record PaymentRefundInput(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                     @NotBlank @Size(max = 64) String reference, @NotBlank @Size(max = 300) String reason) {
    }

    /** Why a bill is written off or a ledger entry reversed: kept in the entry's memo for the auditor. */
    public record CorrectionInput(@NotBlank @Size(max = 200) String reason) {
    }
}
