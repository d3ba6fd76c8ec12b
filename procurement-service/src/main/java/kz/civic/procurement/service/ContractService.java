package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.security.Caller;
import kz.civic.platform.web.Etags;
import kz.civic.procurement.Award;
import kz.civic.procurement.Contract;
import kz.civic.procurement.ContractHistoryEntry;
import kz.civic.procurement.ContractStatus;
import kz.civic.procurement.Tranche;
import kz.civic.procurement.event.ContractSignedEvent;
import kz.civic.procurement.repository.AwardRepository;
import kz.civic.procurement.repository.ContractHistoryRepository;
import kz.civic.procurement.repository.ContractRepository;
import kz.civic.procurement.repository.TrancheRepository;
import kz.civic.procurement.rest.ContractRequest;
import kz.civic.procurement.rest.ContractRequest.TrancheRequest;

/**
 * Contracts of awards: signing (one per award; the award's row is locked, so two signings of one
 * award cannot both succeed), termination, and the history every contract service appends to.
 * The contract's amount may be less than the award's (a negotiated budget) but never more.
 */
@ApplicationScoped
@Transactional
public class ContractService {

    private final ContractRepository contracts;
    private final TrancheRepository tranches;
    private final AwardRepository awards;
    private final ContractHistoryRepository history;
    private final OutboxWriter outbox;
    private final Caller caller;

    public ContractService(ContractRepository contracts, TrancheRepository tranches, AwardRepository awards,
            ContractHistoryRepository history, OutboxWriter outbox, Caller caller) {
        this.contracts = contracts;
        this.tranches = tranches;
        this.awards = awards;
        this.history = history;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** A contract with its tranche schedule. */
    public record Details(Contract contract, List<Tranche> tranches) {
    }

    /**
     * @throws ApiException 409 contract-exists; 422 unknown-award, amount-above-award, contract-period,
     *                      tranche-sequence, tranche-sum, tranche-date (errors[] names the field)
     */
    public Details sign(ContractRequest request) {
        // PESSIMISTIC_FORCE_INCREMENT: FOR UPDATE serialises signings of the award, and its version
        // moves because its answer now links the contract.
        Award award = awards.findByIdOptional(request.awardId(), LockModeType.PESSIMISTIC_FORCE_INCREMENT)
                .orElseThrow(() -> Violations.of("unknown-award", "awardId", "award " + request.awardId()
                        + " does not exist"));
        contracts.ofAward(award.id).ifPresent(existing -> {
            throw ApiException.conflict("contract-exists", "award " + award.id + " already has contract " + existing.id)
                    .with("contractId", existing.id);
        });
        BigDecimal amount = request.amount().amount();
        if (amount.signum() <= 0 || amount.compareTo(award.amountKzt) > 0) {
            throw Violations.of("amount-above-award", "amount.amount", "a contract is for more than 0 and at most the "
                    + award.amountKzt.toPlainString() + " KZT awarded");
        }
        if (!request.periodEnd().isAfter(request.periodStart())) {
            throw Violations.of("contract-period", "periodEnd", "the period ends after it starts");
        }
        List<TrancheRequest> schedule = checkedSchedule(request, amount);

        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.awardId = award.id;
        c.callId = award.callId;
        c.applicationId = award.applicationId;
        c.ngoId = award.ngoId;
        c.amountKzt = amount;
        c.periodStart = request.periodStart();
        c.periodEnd = request.periodEnd();
        c.status = ContractStatus.SIGNED;
        c.signedBy = caller.id();
        c.signedAt = Times.now();
        c.updatedAt = c.signedAt;
        contracts.persist(c);
        List<Tranche> created = new ArrayList<>();
        for (TrancheRequest t : schedule) {
            Tranche tranche = new Tranche();
            tranche.id = UUID.randomUUID();
            tranche.contractId = c.id;
            tranche.sequence = t.sequence();
            tranche.amountKzt = t.amount().amount();
            tranche.plannedOn = t.plannedOn();
            tranche.status = Tranche.PLANNED;
            tranches.persist(tranche);
            created.add(tranche);
        }
        record(c, ContractHistoryEntry.SIGNED, "award " + award.id + ", " + schedule.size() + " tranche(s)");
        contracts.flush();
        outbox.append(ContractSignedEvent.TOPIC, ContractSignedEvent.TYPE, c.id.toString(), ContractSignedEvent.of(c));
        return new Details(c, created);
    }

    /** The schedule in sequence order, once sequences are 1..n, amounts sum to the contract's and dates fit the period. */
    private static List<TrancheRequest> checkedSchedule(ContractRequest request, BigDecimal amount) {
        List<TrancheRequest> schedule = request.tranches().stream().sorted(Comparator.comparing(TrancheRequest::sequence))
                .toList();
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i).sequence() != i + 1) {
                throw Violations.of("tranche-sequence", "tranches", "tranche sequences are 1.." + schedule.size()
                        + ", each once");
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (TrancheRequest t : schedule) {
            if (t.amount().amount().signum() <= 0) {
                throw Violations.of("tranche-sum", "tranches", "tranche " + t.sequence() + " is for more than 0 KZT");
            }
            sum = sum.add(t.amount().amount());
        }
        if (sum.compareTo(amount) != 0) {
            throw Violations.of("tranche-sum", "tranches", "the tranches sum to " + sum.toPlainString() + " KZT, not the "
                    + amount.toPlainString() + " KZT of the contract").with("sum", sum);
        }
        LocalDate previous = request.periodStart();
        for (TrancheRequest t : schedule) {
            if (t.plannedOn().isBefore(previous) || t.plannedOn().isAfter(request.periodEnd())) {
                throw Violations.of("tranche-date", "tranches", "tranche " + t.sequence() + " is planned inside the period "
                        + "and not before the tranche preceding it");
            }
            previous = t.plannedOn();
        }
        return schedule;
    }

    /**
     * Terminates a SIGNED contract (reason required). COMPLETED is reached by approving the FINAL report.
     *
     * @throws ApiException 404, 428/412 If-Match, 409 illegal-transition (allowed) / completed-by-final-report,
     *                      422 reason-required
     */
    public Details change(UUID id, String ifMatch, ContractStatus to, String reason) {
        Contract c = lock(id);
        Etags.requireMatch(ifMatch, c.version);
        if (c.status != ContractStatus.SIGNED) {
            throw ApiException.conflict("illegal-transition", c.status + " is terminal").with("allowed", List.of());
        }
        if (to == ContractStatus.COMPLETED) {
            throw ApiException.conflict("completed-by-final-report", "a contract is completed by approving its FINAL "
                    + "report").with("allowed", List.of(ContractStatus.TERMINATED.name()));
        }
        if (to != ContractStatus.TERMINATED) {
            throw ApiException.conflict("illegal-transition", "SIGNED cannot move to " + to)
                    .with("allowed", List.of(ContractStatus.TERMINATED.name()));
        }
        if (reason == null || reason.isBlank()) {
            throw Violations.of("reason-required", "reason", "a termination states its reason");
        }
        c.status = ContractStatus.TERMINATED;
        c.terminationReason = reason;
        touch(c);
        record(c, ContractHistoryEntry.TERMINATED, reason);
        contracts.flush();
        return new Details(c, tranches.ofContract(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Details get(UUID id) {
        Contract c = contracts.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("contract", id));
        return new Details(c, tranches.ofContract(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Details> page(UUID callId, UUID ngoId, UUID awardId, String cursor, int limit) {
        return contracts.page(callId, ngoId, awardId, Pages.after(cursor), limit + 1).stream()
                .map(c -> new Details(c, tranches.ofContract(c.id))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContractHistoryEntry> history(UUID id, String cursor, int limit) {
        if (contracts.findByIdOptional(id).isEmpty()) {
            throw ApiException.notFound("contract", id);
        }
        return history.page(id, Pages.after(cursor, Long::valueOf), limit + 1);
    }

    /**
     * Locks the contract's row for the rest of the transaction and returns it, so that payments and
     * reviews of one contract run one after the other.
     *
     * @throws ApiException 404
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Contract lock(UUID id) {
        if (!contracts.lock(id)) {
            throw ApiException.notFound("contract", id);
        }
        return contracts.findById(id);
    }

    /** Marks the contract changed, so its version (ETag) moves on flush. */
    public void touch(Contract c) {
        c.updatedAt = Times.now();
    }

    /** Appends a step to the contract's history. */
    public void record(Contract c, String action, String detail) {
        ContractHistoryEntry e = new ContractHistoryEntry();
        e.id = UUID.randomUUID();
        e.contractId = c.id;
        e.action = action;
        e.status = c.status;
        e.detail = detail;
        e.changedBy = caller.id();
        e.changedAt = Times.now();
        history.persist(e);
    }
}
