package org.anju.devices.infrastructure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Monthly range partitions of the devices' time series (access records, meter readings): a table created
 * {@code PARTITION BY RANGE (<time column>)} with a DEFAULT partition gets {@code <table>_yYYYYmMM} for each month.
 * Partitions are made ahead (this month and the next two) by the devices' daily job and at start, in the current
 * tenant's schema; a row outside every partition lands in DEFAULT and is never lost. A month whose rows already sit in
 * DEFAULT is left there (PostgreSQL refuses the new partition), logged once.
 *
 * <p>Month bounds are Asia/Shanghai midnights: a month's partition holds that month as people there count it.
 */
@ApplicationScoped
public class MonthlyPartitions {

    private static final Logger LOG = Logger.getLogger(MonthlyPartitions.class.getName());
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The partitioned tables; names are fixed here, never taken from input. */
    public static final Set<String> TABLES = Set.of("access_record", "meter_reading");

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    /** Partition names for the months from {@code first} to {@code last}, for unit tests and for the SQL below. */
    public static String partitionName(String table, YearMonth month) {
        return String.format("%s_y%04dm%02d", table, month.getYear(), month.getMonthValue());
    }

    /** Creates the missing partitions of {@code table} for {@code months} months from {@code first}. Call in a transaction. */
    public List<String> ensure(String table, YearMonth first, int months) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a partitioned devices table: " + table);
        }
        List<String> created = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth m = first.plusMonths(i);
            String name = partitionName(table, m);
            Number exists = (Number) em.createNativeQuery(
                            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    + "WHERE c.relname = ?1 AND n.nspname = current_schema()")
                    .setParameter(1, name).getSingleResult();
            if (exists.intValue() > 0) {
                continue;
            }
            LocalDate from = m.atDay(1);
            LocalDate to = m.plusMonths(1).atDay(1);
            String lower = from.atStartOfDay(ZONE).toOffsetDateTime().toString();
            String upper = to.atStartOfDay(ZONE).toOffsetDateTime().toString();
            em.createNativeQuery("SAVEPOINT anju_partition").executeUpdate();
            try {
                em.createNativeQuery("CREATE TABLE " + name + " PARTITION OF " + table
                        + " FOR VALUES FROM ('" + lower + "') TO ('" + upper + "')").executeUpdate();
                em.createNativeQuery("RELEASE SAVEPOINT anju_partition").executeUpdate();
                created.add(name);
            } catch (RuntimeException e) {
                em.createNativeQuery("ROLLBACK TO SAVEPOINT anju_partition").executeUpdate();
                LOG.warning("Partition " + name + " not created (rows of that month are in the DEFAULT partition?): " + e);
            }
        }
        return created;
    }

    /** This month and the next two. */
    public List<String> ensureAhead(String table) {
        return ensure(table, YearMonth.now(ZONE), 3);
    }
}
