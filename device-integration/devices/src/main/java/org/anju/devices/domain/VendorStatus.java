package org.anju.devices.domain;

/** Whether a vendor may call the vendor API: a SUSPENDED vendor's every call is refused, its keys and authorisations stay. */
public enum VendorStatus {
    ACTIVE, SUSPENDED
}
