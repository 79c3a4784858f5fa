package org.anju.devices.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.Device;
import org.anju.devices.domain.DeviceKind;
import org.anju.devices.domain.Registration;
import org.anju.devices.infrastructure.DevicesStore;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantContext;

/**
 * Meter readings pushed by a vendor (docs/api/vendor-api.md section 4). A vendor names its own meters by device id — an
 * approved water or electricity meter it registered, installed on a unit — never a unit or an OPC UA node directly:
 * that is what keeps a vendor to its own devices. The readings then go through {@link MeterReadings}, the same rules as
 * from a building system (a reading sent twice is stored once). Call inside the organization's tenant scope, outside a
 * transaction.
 */
@ApplicationScoped
public class VendorReadings {

    /** One reading of one of the vendor's meters: the cumulative value (m³, kWh) at the meter's time. */
    public record Reading(@NotBlank @Pattern(regexp = DeviceCommands.DEVICE_ID, message = "{devices.validation.deviceId}") String deviceId,
                          @NotNull @DecimalMin("0") BigDecimal value,
                          @NotNull Instant sourceTime) {
    }

    public record ReadingsInput(@NotNull @Size(min = 1, max = MeterReadings.MAX_PUSH) List<@NotNull @Valid Reading> readings) {
    }

    @Inject
    DevicesStore devices;

    @Inject
    Transactions transactions;

    @Inject
    MeterReadings readings;

    public OpcUaViews.RecordResult push(VendorViews.Caller caller, ReadingsInput in) {
        TenantContext.require();
        List<String> ids = in.readings().stream().map(Reading::deviceId).distinct().toList();
        Map<String, Device> mine = transactions.inNew(() -> devices.byDeviceIds(ids)).stream()
                .filter(d -> caller.code().equals(d.vendorCode()))
                .collect(Collectors.toMap(Device::deviceId, Function.identity()));
        ProblemException.Violations v = new ProblemException.Violations();
        List<MeterReadings.ReadingInput> inputs = new ArrayList<>();
        for (int i = 0; i < in.readings().size(); i++) {
            Reading r = in.readings().get(i);
            String field = "readings[" + i + "].deviceId";
            Device d = mine.get(r.deviceId());
            MeterKind kind = d == null ? null : kindOf(d.kind());
            if (d == null) {
                // The same answer for another vendor's device and for none at all.
                v.add(field, "devices.vendor.validation.reading.device", r.deviceId());
            } else if (kind == null) {
                v.add(field, "devices.vendor.validation.reading.kind", r.deviceId());
            } else if (d.registration() != Registration.APPROVED) {
                v.add(field, "devices.vendor.validation.reading.approved", r.deviceId());
            } else if (d.unitId() == null) {
                v.add(field, "devices.vendor.validation.reading.unit", r.deviceId());
            } else {
                inputs.add(new MeterReadings.ReadingInput(null, d.unitId(), kind, r.value(), r.sourceTime()));
            }
        }
        v.throwIfAny();
        return readings.record(caller.actor(), inputs);
    }

    static MeterKind kindOf(DeviceKind kind) {
        return switch (kind) {
            case WATER_METER -> MeterKind.WATER;
            case ELECTRICITY_METER -> MeterKind.ELECTRICITY;
            default -> null;
        };
    }
}
