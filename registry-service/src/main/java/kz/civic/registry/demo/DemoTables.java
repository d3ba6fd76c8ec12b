package kz.civic.registry.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;
import kz.civic.platform.event.CloudEvent;
import kz.civic.registry.Ngo;
import kz.civic.registry.NgoPerson;
import kz.civic.registry.NgoStatusChange;
import kz.civic.registry.event.NgoEvents;
import kz.civic.registry.event.NgoSnapshot;

/**
 * The demo data as PostgreSQL {@code COPY … (FORMAT csv)} input, one {@link Table} per table in
 * insertion order (parents first). The loader streams these rows into the database; the digest of
 * the same rows shows the generator is deterministic.
 */
final class DemoTables {

    private DemoTables() {
    }

    /** A table: its COPY column list and how to write its rows. */
    record Table(String name, String columns, RowWriter rows) {

        String copySql() {
            return "COPY " + name + " (" + columns + ") FROM STDIN (FORMAT csv)";
        }
    }

    @FunctionalInterface
    interface RowWriter {
        void write(DemoData data, ObjectMapper mapper, Csv out);
    }

    static final List<Table> TABLES = List.of(
            new Table("ngo", "id, bin, legacy, name_kk, name_ru, name_en, short_name, legal_form, region_code, registration_date, "
                    + "status, created_at, version, aliases, address, settlement, parent_ngo_id, contact_email, contact_phone, "
                    + "website, volunteers_count, beneficiaries_count, updated_at, search_key, sort_name, last_report_year, "
                    + "last_report_on_time", (data, mapper, out) -> {
                        for (Ngo n : data.ngos()) {
                            out.row(n.id, n.bin, n.legacy, n.nameKk, n.nameRu, n.nameEn, n.shortName, n.legalForm, n.regionCode,
                                    n.registrationDate, n.status, n.createdAt, n.version, Csv.array(n.aliases), n.address,
                                    n.settlement, n.parentNgoId, n.contactEmail, n.contactPhone, n.website, n.volunteersCount,
                                    n.beneficiariesCount, n.updatedAt, n.searchKey, n.sortName, n.lastReportYear,
                                    n.lastReportOnTime);
                        }
                    }),
            new Table("ngo_sphere", "ngo_id, sphere_code", (data, mapper, out) -> {
                for (Ngo n : data.ngos()) {
                    for (String sphere : n.spheres) {
                        out.row(n.id, sphere);
                    }
                }
            }),
            new Table("ngo_person", "ngo_id, position, role, full_name, iin, iin_hash", (data, mapper, out) -> {
                for (Ngo n : data.ngos()) {
                    for (int i = 0; i < n.persons.size(); i++) {
                        NgoPerson p = n.persons.get(i);
                        out.row(n.id, i, p.role, p.fullName, p.iin, p.iinHash);
                    }
                }
            }),
            new Table("ngo_status_change", "id, ngo_id, from_status, to_status, reason, legal_basis, actor, request_id, "
                    + "changed_at, ngo_version", (data, mapper, out) -> {
                        for (NgoStatusChange c : data.statusChanges()) {
                            out.row(c.id, c.ngoId, c.from, c.to, c.reason, c.legalBasis, c.actor, c.requestId, c.changedAt,
                                    c.ngoVersion);
                        }
                    }),
            new Table("ngo_report", "id, ngo_id, year, revision, deadline, filed_at, on_time, amended_at", (data, mapper, out) -> {
                for (DemoData.Report r : data.reports()) {
                    out.row(r.id(), r.ngoId(), r.year(), r.revision(), r.deadline(), r.filedAt(), r.onTime(), r.amendedAt());
                }
            }),
            new Table("ngo_report_revision", "report_id, revision, filed_at, actor, content", (data, mapper, out) -> {
                for (DemoData.Revision r : data.revisions()) {
                    out.row(r.reportId(), r.revision(), r.filedAt(), r.actor(), json(mapper, r.content()));
                }
            }),
            new Table("ngo_membership", "id, ngo_id, member_of_id, since, valid_until, created_at, ended_at",
                    (data, mapper, out) -> {
                        for (DemoData.Membership m : data.memberships()) {
                            out.row(m.id(), m.ngoId(), m.memberOfId(), m.since(), m.validUntil(), m.createdAt(), m.endedAt());
                        }
                    }));

    /** The outbox: one {@code ngo.registered.v1} event per NGO, as {@code OutboxWriter.append} writes it. */
    static final String OUTBOX_COPY = "COPY outbox_event (event_id, topic, record_key, event_type, payload) FROM STDIN (FORMAT csv)";

    static void registeredEvents(DemoData data, ObjectMapper mapper, String source, OffsetDateTime time, Csv out) {
        for (Ngo n : data.ngos()) {
            CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, java.util.UUID.randomUUID().toString(), source,
                    NgoEvents.REGISTERED, n.id.toString(), time, "application/json", null,
                    mapper.valueToTree(NgoSnapshot.of(n)));
            out.row(event.id(), NgoEvents.TOPIC, n.id, NgoEvents.REGISTERED, json(mapper, event));
        }
    }

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes CSV rows: null is an unquoted empty field, every other value is quoted. */
    static final class Csv {
        private final Writer out;
        private long rows;

        Csv(Writer out) {
            this.out = out;
        }

        void row(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    Object v = values[i];
                    if (v != null) {
                        out.write('"');
                        out.write(v.toString().replace("\"", "\"\""));
                        out.write('"');
                    }
                }
                out.write('\n');
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long rows() {
            return rows;
        }

        /** A PostgreSQL array literal of text values. */
        static String array(String[] values) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return b.append('}').toString();
        }
    }
}
