package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.civic.platform.problem.ApiException;
import kz.civic.procurement.GrantBand;
import kz.civic.procurement.MciRate;
import kz.civic.procurement.config.ProcurementConfig;
import kz.civic.procurement.repository.GrantBandRepository;
import kz.civic.procurement.repository.MciRateRepository;

/** MCI values, grant bands and eligible legal forms. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDataService {

    private final MciRateRepository rates;
    private final GrantBandRepository bands;
    private final ProcurementConfig config;

    public ReferenceDataService(MciRateRepository rates, GrantBandRepository bands, ProcurementConfig config) {
        this.rates = rates;
        this.bands = bands;
        this.config = config;
    }

    public List<MciRate> mciRates() {
        return rates.listAll(Sort.by("year"));
    }

    public List<GrantBand> grantBands() {
        return bands.listAll(Sort.by("sortOrder"));
    }

    public Set<String> eligibleLegalForms() {
        return new TreeSet<>(config.eligibleLegalForms());
    }

    /** @throws ApiException 422 (field {@code field}) when no MCI value is recorded for {@code year} */
    public MciRate mci(int year, String field) {
        return rates.findByIdOptional(year).orElseThrow(() -> Violations.of("unknown-mci-year", field,
                "no MCI value is recorded for " + year));
    }

    /** @throws ApiException 422 (field {@code field}) for an unknown band code */
    public GrantBand band(String code, String field) {
        return bands.findByIdOptional(code).orElseThrow(() -> Violations.of("unknown-grant-band", field,
                "no grant band " + code + "; known: SHORT_TERM, MEDIUM_TERM, LONG_TERM"));
    }
}
