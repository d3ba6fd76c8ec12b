-- Reference data of the register: regions (versioned), spheres of activity, legal forms.
-- Sources: /work/shared/docs/domain-brief.md §4.2–4.3 (regions), §1.5 (spheres), §1.4 and §8.1 (legal forms),
-- §10 decisions 2, 3, 5 and 8. Tags as in the brief: [EXT] checked in public reference material,
-- [DK] domain knowledge not in the source text: verify before relying on it as a business rule.

-- ---------------------------------------------------------------------------------------------
-- Regions: the 17 regions (oblystar) and 3 cities of republican significance, plus historical units.
--   code             ISO 3166-2:KZ [EXT, brief §4.2]; a historical unit without an ISO code gets an
--                    internal code (see KZ-YUZ below).
--   valid_from/to    both inclusive; valid_to NULL = still valid.
--   predecessor_code the unit this one replaced or was carved out of (brief §4.3, decision 8).
--   aliases          historical names and spelling variants, for matching free text (brief §4.3, §7.4).
--
-- Dates [DK, verify]:
--   1991-12-16       independence; used as the start of the timeline for units that exist since then.
--                    Earlier boundary changes (e.g. the 1997 mergers of regions) are not modelled.
--   2018-06-19       [DK] Shymkent became a city of republican significance and South Kazakhstan region
--                    was renamed Turkistan region; the brief says only "June 2018" (§4.3).
--   2022-06-08       [DK] Abai, Jetisu and Ulytau regions formed from parts of East Kazakhstan, Almaty and
--                    Karaganda regions; the brief says only "June 2022" (§4.3).
--   Nur-Sultan was the capital's name 2019 to Sept 2022 [DK, brief §4.3]; kept as an alias of KZ-71.
--   "Akmola"/"Aqmola" is also a former name of the capital [DK] and the name of KZ-11: an alias of both.
--   "Zhetysay" is Jetisu region per product decision 5 (brief §10), not Zhetisay district of Turkistan.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE region (
    code             TEXT PRIMARY KEY CHECK (code ~ '^KZ-[0-9A-Z]{2,3}$'),
    name_kk          TEXT   NOT NULL,
    name_ru          TEXT   NOT NULL,
    name_en          TEXT,
    kind             TEXT   NOT NULL CHECK (kind IN ('REGION', 'CITY')),
    aliases          TEXT[] NOT NULL DEFAULT '{}',
    valid_from       DATE   NOT NULL,
    valid_to         DATE,
    predecessor_code TEXT REFERENCES region (code),
    CONSTRAINT region_valid_range CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- KZ-YUZ: South Kazakhstan region (until 2018). The brief gives no code for it. KZ-YUZ is an INTERNAL
-- code of this register; [DK, verify] it equals the region's former ISO 3166-2 letter code, used before
-- the numeric codes (brief §4.2: "the numeric codes replaced the earlier letter codes").
INSERT INTO region (code, name_kk, name_ru, name_en, kind, aliases, valid_from, valid_to, predecessor_code) VALUES
    ('KZ-YUZ', 'Оңтүстік Қазақстан облысы', 'Южно-Казахстанская область', 'South Kazakhstan Region', 'REGION',
        ARRAY['South Kazakhstan', 'Ontustik Qazaqstan', 'Yuzhno-Kazakhstanskaya', 'Chimkent region', 'ЮКО'],
        '1991-12-16', '2018-06-18', NULL);

INSERT INTO region (code, name_kk, name_ru, name_en, kind, aliases, valid_from, valid_to, predecessor_code) VALUES
    ('KZ-10', 'Абай облысы', 'область Абай', 'Abai Region', 'REGION',
        ARRAY['Abay', 'Abai', 'Abay region', 'Абайская область'], '2022-06-08', NULL, 'KZ-63'),
    ('KZ-11', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region', 'REGION',
        ARRAY['Akmola', 'Aqmola'], '1991-12-16', NULL, NULL),
    ('KZ-15', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region', 'REGION',
        ARRAY['Aqtobe', 'Aktyubinsk'], '1991-12-16', NULL, NULL),
    ('KZ-19', 'Алматы облысы', 'Алматинская область', 'Almaty Region', 'REGION',
        ARRAY['Almaty oblysy', 'Alma-Ata region'], '1991-12-16', NULL, NULL),
    ('KZ-23', 'Атырау облысы', 'Атырауская область', 'Atyrau Region', 'REGION',
        ARRAY['Atyrau', 'Guryev region'], '1991-12-16', NULL, NULL),
    ('KZ-27', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region', 'REGION',
        ARRAY['Batys Qazaqstan', 'Uralsk', 'Oral', 'ЗКО'], '1991-12-16', NULL, NULL),
    ('KZ-31', 'Жамбыл облысы', 'Жамбылская область', 'Jambyl Region', 'REGION',
        ARRAY['Zhambyl', 'Jambyl', 'Dzhambul', 'Жамбыл'], '1991-12-16', NULL, NULL),
    ('KZ-33', 'Жетісу облысы', 'область Жетісу', 'Jetisu Region', 'REGION',
        ARRAY['Zhetysu', 'Zhetisu', 'Jetysu', 'Jetisu', 'Zhetysay', 'Zhetysay region', 'Жетысу', 'Жетысуская область'],
        '2022-06-08', NULL, 'KZ-19'),
    ('KZ-35', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region', 'REGION',
        ARRAY['Qaraghandy', 'Karagandy'], '1991-12-16', NULL, NULL),
    ('KZ-39', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region', 'REGION',
        ARRAY['Qostanay', 'Kustanai'], '1991-12-16', NULL, NULL),
    ('KZ-43', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region', 'REGION',
        ARRAY['Qyzylorda', 'Kzyl-Orda'], '1991-12-16', NULL, NULL),
    ('KZ-47', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region', 'REGION',
        ARRAY['Mangistau', 'Mangghystau', 'Mangyshlak'], '1991-12-16', NULL, NULL),
    ('KZ-55', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region', 'REGION',
        ARRAY['Pavlodar'], '1991-12-16', NULL, NULL),
    ('KZ-59', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region', 'REGION',
        ARRAY['Soltustik Qazaqstan', 'Severo-Kazakhstanskaya', 'СКО'], '1991-12-16', NULL, NULL),
    ('KZ-61', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region', 'REGION',
        ARRAY['Turkestan', 'Türkistan', 'Turkistan'], '2018-06-19', NULL, 'KZ-YUZ'),
    ('KZ-62', 'Ұлытау облысы', 'область Ұлытау', 'Ulytau Region', 'REGION',
        ARRAY['Ulytau', 'Улытау', 'Улытауская область'], '2022-06-08', NULL, 'KZ-35'),
    ('KZ-63', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region', 'REGION',
        ARRAY['Shygys Qazaqstan', 'Vostochno-Kazakhstanskaya', 'ВКО'], '1991-12-16', NULL, NULL),
    ('KZ-71', 'Астана қаласы', 'город Астана', 'Astana', 'CITY',
        ARRAY['Nur-Sultan', 'Nursultan', 'Нур-Султан', 'Akmola', 'Aqmola', 'Tselinograd'], '1991-12-16', NULL, NULL),
    ('KZ-75', 'Алматы қаласы', 'город Алматы', 'Almaty', 'CITY',
        ARRAY['Alma-Ata', 'Almaty city', 'Алма-Ата'], '1991-12-16', NULL, NULL),
    ('KZ-79', 'Шымкент қаласы', 'город Шымкент', 'Shymkent', 'CITY',
        ARRAY['Chimkent', 'Шымкент'], '2018-06-19', NULL, 'KZ-YUZ');

CREATE INDEX region_validity ON region (valid_from, valid_to);

-- ---------------------------------------------------------------------------------------------
-- Spheres: the MCI areas of activity (brief §1.5 [EXT], product decision 2): data, not an enum, so the
-- list can grow. The brief notes the published excerpt is incomplete (its shares sum to 73.8%): add the
-- missing areas when the full MCI list is fetched.
-- TRANSLATIONS NEED REVIEW: the English names follow the brief; the Russian and Kazakh names are our
-- translations of them, not quotations of the official MCI list.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE sphere (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_kk    TEXT NOT NULL,
    name_ru    TEXT NOT NULL,
    name_en    TEXT,
    sort_order INT  NOT NULL UNIQUE
);

INSERT INTO sphere (code, name_kk, name_ru, name_en, sort_order) VALUES
    ('SUPPORT_FOR_VULNERABLE_GROUPS', 'Халықтың әлеуметтік осал топтарын қолдау',
        'Поддержка социально уязвимых слоёв населения', 'Support for socially vulnerable segments', 10),
    ('EDUCATION_SCIENCE_INFORMATION_SPORTS', 'Білім беру, ғылым, ақпарат, спорт және дене шынықтыру',
        'Образование, наука, информация, спорт и физическая культура',
        'Education, science, information, sports and physical culture', 20),
    ('PROTECTION_OF_RIGHTS', 'Азаматтар мен ұйымдардың құқықтары мен заңды мүдделерін қорғау',
        'Защита прав и законных интересов граждан и организаций',
        'Protection of rights and legitimate interests of citizens and organisations', 30),
    ('HEALTH_AND_HEALTHY_LIFESTYLE', 'Азаматтардың денсаулығын сақтау, салауатты өмір салтын насихаттау',
        'Охрана здоровья граждан, пропаганда здорового образа жизни', 'Health protection and healthy lifestyle', 40),
    ('FAMILY_DEMOGRAPHY_GENDER', 'Отбасылық-демографиялық және гендерлік мәселелер',
        'Семейно-демографические и гендерные вопросы', 'Family-demographic and gender issues', 50),
    ('CULTURE_AND_ART', 'Мәдениет және өнер', 'Культура и искусство', 'Culture and art', 60),
    ('SOCIAL_HARMONY_NATIONAL_UNITY', 'Қоғамдық келісім және жалпыұлттық бірлік',
        'Общественное согласие и общенациональное единство', 'Social harmony and national unity', 70),
    ('ORPHANS_AND_FAMILIES_WITH_CHILDREN', 'Жетім балаларды, толық емес және көп балалы отбасылардың балаларын қолдау',
        'Поддержка детей-сирот, детей из неполных и многодетных семей',
        'Orphans, children from single-parent and large families', 80),
    ('HISTORICAL_CULTURAL_HERITAGE', 'Тарихи-мәдени мұра', 'Историко-культурное наследие',
        'Historical and cultural heritage', 90),
    ('ENVIRONMENTAL_PROTECTION', 'Қоршаған ортаны қорғау', 'Охрана окружающей среды', 'Environmental protection', 100),
    ('OTHER', 'Өзге бағыттар', 'Иные направления', 'Other', 1000);

-- ---------------------------------------------------------------------------------------------
-- Legal forms (brief §1.4, §8.1, decision 3). Codes and eligible_for_state_ngo_funding must equal the
-- constants and flags of kz.civic.registry.LegalForm (checked by ReferenceLegalFormTest).
-- Eligibility [DK, verify, brief §1.4]: political parties, trade unions and religious associations are
-- not NGOs for state funding; branches and representative offices of foreign NPOs are not either.
-- Names follow the Law "On Non-Profit Organizations" as rendered in the brief; the Kazakh names are
-- our translations and NEED REVIEW.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE legal_form (
    code                           TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_kk                        TEXT    NOT NULL,
    name_ru                        TEXT    NOT NULL,
    name_en                        TEXT,
    eligible_for_state_ngo_funding BOOLEAN NOT NULL,
    sort_order                     INT     NOT NULL UNIQUE
);

INSERT INTO legal_form (code, name_kk, name_ru, name_en, eligible_for_state_ngo_funding, sort_order) VALUES
    ('PUBLIC_ASSOCIATION', 'Қоғамдық бірлестік', 'Общественное объединение', 'Public association', TRUE, 10),
    ('PUBLIC_FOUNDATION', 'Қоғамдық қор', 'Общественный фонд', 'Public foundation', TRUE, 20),
    ('CORPORATE_FOUNDATION', 'Корпоративтік қор', 'Корпоративный фонд', 'Corporate foundation', TRUE, 30),
    ('ASSOCIATION_OF_LEGAL_ENTITIES', 'Қауымдастық (одақ) нысанындағы заңды тұлғалар бірлестігі',
        'Объединение юридических лиц в форме ассоциации (союза)',
        'Association of legal entities in the form of an association (union)', TRUE, 40),
    ('INSTITUTION', 'Мекеме', 'Учреждение', 'Institution', TRUE, 50),
    ('NON_PROFIT_JSC', 'Коммерциялық емес акционерлік қоғам', 'Некоммерческое акционерное общество',
        'Non-profit joint-stock company', TRUE, 60),
    ('CONSUMER_COOPERATIVE', 'Тұтыну кооперативі', 'Потребительский кооператив', 'Consumer cooperative', TRUE, 70),
    ('RELIGIOUS_ASSOCIATION', 'Діни бірлестік', 'Религиозное объединение', 'Religious association', FALSE, 80),
    ('POLITICAL_PARTY', 'Саяси партия', 'Политическая партия', 'Political party', FALSE, 90),
    ('TRADE_UNION', 'Кәсіптік одақ', 'Профессиональный союз', 'Trade union', FALSE, 100),
    ('PROPERTY_OWNERS_ASSOCIATION', 'Мүлік иелерінің бірлестігі', 'Объединение собственников имущества',
        'Association of property owners', TRUE, 110),
    ('FOREIGN_NPO_BRANCH', 'Шетелдік немесе халықаралық коммерциялық емес ұйымның филиалы',
        'Филиал иностранной или международной некоммерческой организации',
        'Branch of a foreign or international non-profit organisation', FALSE, 120),
    ('FOREIGN_NPO_REP_OFFICE', 'Шетелдік немесе халықаралық коммерциялық емес ұйымның өкілдігі',
        'Представительство иностранной или международной некоммерческой организации',
        'Representative office of a foreign or international non-profit organisation', FALSE, 130),
    ('OTHER', 'Заңда көзделген өзге нысандар', 'Иные формы, предусмотренные законом',
        'Other forms provided by law', TRUE, 1000);
