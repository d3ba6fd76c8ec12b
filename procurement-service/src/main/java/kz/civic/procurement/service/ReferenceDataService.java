package kz.civic.procurement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Page;
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

    /** {@code limit + 1} MCI values after the cursor (a year), oldest first. */
    public List<MciRate> mciRates(String cursor, int limit) {
        return rates.page(Pages.after(cursor, Integer::valueOf), limit + 1);
    }

    /** {@code limit + 1} grant bands after the cursor (a sort order), shortest first. */
    public List<GrantBand> grantBands(String cursor, int limit) {
        return bands.page(Pages.after(cursor, Integer::valueOf), limit + 1);
    }

    public Set<String> eligibleLegalForms() {
        return new TreeSet<>(config.eligibleLegalForms());
    }

    /** A page of the eligible legal forms in alphabetical order (configuration, sliced in memory). */
    public Page<String> eligibleLegalForms(String cursor, int limit) {
        return Pages.slice(List.copyOf(eligibleLegalForms()), cursor, limit, f -> f);
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
