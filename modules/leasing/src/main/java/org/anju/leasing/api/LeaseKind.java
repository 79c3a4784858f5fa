package org.anju.leasing.api;

/** Why a lease exists: a first allocation, a renewal, a change re-signed on the same unit, or a swap to another unit. */
public enum LeaseKind {
    NEW, RENEWAL, CHANGE, SWAP
}
