package kz.civic.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.civic.platform.event.OutboxWriter;
import kz.civic.platform.problem.ApiException;
import kz.civic.platform.web.Cursor;
import kz.civic.platform.web.Etags;
import kz.civic.platform.web.Page;

@ApplicationScoped
@Transactional
public class WidgetService {

    public static final String TOPIC = "test.widgets";
    public static final String CREATED = "kz.civic.test.widget.created.v1";

    private final OutboxWriter outbox;

    public WidgetService(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Widget create(String name, boolean failAfterOutbox, long delayMs) {
        Widget w = new Widget();
        w.id = UUID.randomUUID();
        w.name = name;
        w.persist();
        outbox.append(TOPIC, CREATED, w.id.toString(), Map.of("id", w.id.toString(), "name", name));
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failAfterOutbox) {
            throw ApiException.unprocessable("test-failure", "asked to fail after writing the outbox");
        }
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Widget get(UUID id) {
        Widget w = Widget.findById(id);
        if (w == null) {
            throw ApiException.notFound("widget", id);
        }
        return w;
    }

    public Widget rename(UUID id, String ifMatch, String name) {
        Widget w = get(id);
        Etags.requireMatch(ifMatch, w.version);
        w.name = name;
        Widget.getEntityManager().flush();
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Widget> list(String cursor, int limit) {
        List<String> after = Cursor.decode(cursor, 1);
        List<Widget> rows = after == null
                ? Widget.find("order by id").page(0, limit + 1).list()
                : Widget.find("id > ?1 order by id", parse(after.get(0))).page(0, limit + 1).list();
        return Page.of(rows, limit, w -> List.of(w.id.toString()));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-cursor", "bad cursor");
        }
    }
}
